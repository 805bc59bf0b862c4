"""A lede that describes its subject and names them only in the next sentence: "The top commander of a
rebel force said Monday he … . Gen. Ann Lee, …, said …". The description is a role of the person named as
the subject of the second sentence, when that person is named there for the first time."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .doccache import span_text, tokens
from .model import Actor

_ACQUAINTANCES = frozenset("friend neighbor neighbour colleague classmate acquaintance".split())


def _opening_subject(doc: Doc, sent: Span, owner: dict[int, Actor]) -> Token | None:
    """The name opening ``sent`` when it is a subject ("Ann Lee led …", "Ann Lee, 22, has pleaded …")."""
    T = tokens(doc)
    k = sent.start
    while k < sent.end and T[k].lower_.rstrip(".") in lx.NAME_TITLES:
        k += 1
    who = owner.get(k)
    if who is None:
        return None
    while k + 1 < sent.end and owner.get(k + 1) is who:
        k += 1
    return T[k] if T[k].dep_ in ("nsubj", "nsubjpass") else None


def _subject(sent: Span) -> Token | None:
    root = sent.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _description(doc: Doc, subj: Token, owner: dict[int, Actor]) -> tuple[int, int] | None:
    """ "The top commander of a rebel force", "A friend of the victim's brother": a determiner, modifiers,
    a title word in the singular, maybe "of …"; nobody's name inside but in the "of" phrase."""
    T = tokens(doc)
    if subj.tag_ != "NN" or (subj.lower_ not in lx.ROLE_HEADS and subj.lower_ not in _ACQUAINTANCES):
        return None
    s, e = subj.left_edge.i, subj.right_edge.i + 1
    if T[s].lower_ not in ("a", "an", "the") or any(T[k].text in ",(" for k in range(s, e)):
        return None
    if any(k in owner and owner[k].type == "person" for k in range(s, subj.i + 1)):
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON") and t.dep_ != "amod" for t in T[s:e]):  # "the missing …"
        return None
    return s + 1, e


def lede_roles(doc: Doc, owner: dict[int, Actor]) -> None:
    sents = [s for s in doc.sents if any(t.pos_ == "VERB" for t in s)]
    if len(sents) < 2:
        return
    first, second = sents[0], sents[1]
    subj = _subject(first)
    span = _description(doc, subj, owner) if subj is not None else None
    named = _opening_subject(doc, second, owner)
    if span is None or named is None or named.i not in owner:
        return
    person = owner[named.i]
    if person.type != "person" or person.anonymous:
        return
    k = named.i
    while k > second.start and owner.get(k - 1) is person:
        k -= 1
    T = tokens(doc)
    if any(start < T[k].idx for start, _ in person.mentions):
        return  # named before: the description may be someone else
    if k > second.start and T[k - 1].lower_ in lx.ROLE_HEADS:
        return  # "Police Chief Ann Lee": a role of her own, not the lede's subject
    text = span_text(doc, *span)
    if lx.key(text) not in {lx.key(r) for r in person.roles}:
        person.roles.append(text)
