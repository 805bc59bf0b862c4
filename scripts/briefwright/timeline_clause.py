"""The clause a timeline statement is told from: which commas stay, whether it is finite, and which
phrases lost the complement they need (see ``timeline.describe``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .doccache import tokens
from .timeline_mends import headline_participle
from .timeline_rules import ARGUMENTS, FINITE, SUBJECT

DASH = re.compile(r"[—–;_]|-{2,}")  # "_": the dash of wire copy ("three people _ a doctor …")
COMPLEMENTS = frozenset(ARGUMENTS + ("prep", "pcomp", "pobj", "advcl", "prt", "agent"))
UNITS = frozenset({"prep", "advcl", "acl", "relcl", "amod", "advmod", "npadvmod", "conj", "appos", "pcomp"})


def drop_stray_commas(doc: Doc, out: set[int], skip: set[int]) -> None:
    """A comma stays only between two kept words: the commas of a left-out aside go with it
    (dates, spaces and quotation marks are looked past)."""
    T = tokens(doc)

    def word(j: int, step: int) -> int:
        while 0 <= j < len(doc) and (j in skip or T[j].is_space or T[j].is_quote):
            j += step
        return j

    def attribution(i: int) -> bool:  # "X will appeal the ruling, the lawyer said": the told clause shortened
        head = T[i].head
        return T[i].text == "," and any(
            c.dep_ in ("ccomp", "parataxis") and c.i < i and c.i in out for c in head.children
        )

    for i in sorted(out):
        if (T[i].text == "," or DASH.fullmatch(T[i].text)) and (
            word(i - 1, -1) not in out and not attribution(i) or word(i + 1, 1) not in out
        ):
            out.discard(i)
    for i in sorted(out):  # "Ana Ruiz, 44, of Lyon, was seen": the aside went, its last comma goes too
        before, after = word(i - 1, -1), word(i + 1, 1)
        if T[i].text != "," or not (0 <= before and after < len(doc)):
            continue
        prev, nxt = T[before], T[after]
        subject = next((a for a in [prev, *prev.ancestors] if a.dep_ in SUBJECT), None)
        verb = subject.head if subject is not None else None
        if verb is None or nxt.i not in (verb.i, *(c.i for c in verb.children)):
            continue
        if nxt.i == verb.i or nxt.dep_ in ("aux", "auxpass", "neg"):
            if not any(T[j].text == "," for j in out if subject.left_edge.i <= j < i):
                out.discard(i)


def finite(verb: Token, out: set[int]) -> bool:
    """Whether the clause of ``verb`` is finite: a tensed verb or a kept tensed auxiliary."""
    if headline_participle(verb):
        return True  # "A poll found last week that …": the noun root is the subject
    if verb.dep_ == "acl" and not any(
        c.dep_ in SUBJECT or c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        return False  # "the sites struck overnight": a participle of a noun, whatever its tag
    if verb.tag_ in FINITE or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # a past participle with an active subject is a past tense the tagger missed
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE and c.i in out for c in verb.children)


def _dangling(tok: Token, verb: Token, out: set[int], skip: set[int]) -> bool:
    """Whether ``tok`` lost the complement it needs: "comparable" without "to …", "as early" without
    "as July", "this is" without "for …", "announcing" without what was announced."""
    lost = [c for c in tok.rights if c.i not in out and not c.is_punct and c.dep_ in COMPLEMENTS]
    if tok.pos_ == "ADJ" and tok.dep_ == "amod":  # "notes due" without "March 1, 2011"
        lost += [c for c in tok.rights if c.i not in out and c.dep_ == "npadvmod"]
    if tok.pos_ in ("VERB", "AUX"):
        lost = [c for c in lost if c.i not in skip]  # a verb without its date is whole
    if not lost:
        return False
    kept = [c for c in tok.rights if c.i in out and not c.is_punct]
    if tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in lost):
        return not any(c.dep_ in ARGUMENTS for c in kept)  # "said", "announcing to journalists"
    if kept or tok.i == verb.i and tok.pos_ == "VERB":
        return False
    if tok.pos_ in ("ADJ", "ADV"):
        return tok.dep_ in ("amod", "advmod", "pcomp", "npadvmod")
    if tok.pos_ == "NOUN" and tok.dep_ == "npadvmod":
        return True  # ", this time" without what this time was
    if tok.pos_ == "AUX":
        return tok.dep_ not in ("aux", "auxpass")
    if tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl", "amod"):
        return True  # "… the party leading", "thousands of Germans protesting": the participle lost its all
    return tok.pos_ == "VERB" and any(c.dep_ in ARGUMENTS or c.dep_ == "prt" or _infinitive(c) for c in lost)


def _infinitive(tok: Token) -> bool:
    """An infinitive the verb needs ("decided to leave"); not a clause with its own conjunction ("wait
    until the primaries to decide", where the parse made "the primaries" the subject of "decide")."""
    return (
        tok.dep_ == "advcl"
        and any(c.tag_ == "TO" for c in tok.children)
        and not any(c.dep_ == "mark" for c in tok.children)
    )


def complete(verb: Token, out: set[int], skip: set[int]) -> bool:
    """Remove the phrases that lost a needed complement (the smallest modifier holding one);
    False when the clause itself lost it."""
    T = tokens(verb.doc)
    for _ in range(6):
        bad = next((T[i] for i in sorted(out) if _dangling(T[i], verb, out, skip)), None)
        if bad is None:
            return True
        unit = bad
        while unit.i != verb.i and unit.dep_ not in UNITS:
            unit = unit.head
        if unit.i == verb.i:
            return False
        absolute = unit.head.dep_ == "pobj" and unit.head.head.lower_ in ("with", "without")
        if unit.dep_ in ("acl", "relcl") and absolute and unit.head.head.i != verb.i:
            unit = unit.head.head  # "with officials saying this is": the whole absolute phrase
        out -= {t.i for t in unit.subtree}
        if unit.dep_ == "conj":
            out -= {c.i for c in unit.head.children if c.dep_ == "cc" and unit.head.i < c.i < unit.i}
    return True
