"""Roles told in a clause of their own: a copula ("X was the deputy commander of …", "X became mayor")
and a naming ("a nurse named Ana Ruiz", "a protester using the pseudonym Katya")."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from . import role_rules as rr
from .doccache import lowers, sent_ids, span_root, texts, tokens
from .role_text import CLAUSE_STARTS, HYPOTHETICAL, ROLE_TRIM, Role, after_age, role_text


def copula_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "al-Muhandis was the deputy commander of the Popular Mobilization Forces" → that role."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    root = span_root(doc, s, e)
    if root.dep_ == "appos" and root.head.i < s and s > 0 and X[s - 1] == ",":
        h = root.head  # "A refugee in Oslo, X, is a senior official of …": the appositive subject
        while h.dep_ in ("pobj", "prep") and h.head.i < h.i:
            h = h.head
        root = h if h.dep_ == "nsubj" else root
    e = after_age(doc, e)
    if e + 1 < len(doc) and X[e] == "," and L[e + 1] == "who" and T[e + 1].head.i > e + 1:
        root = T[e + 1]  # "X, who was press secretary to …,"
    if root.dep_ != "nsubj" or root.head.lemma_ not in ("be", "become"):
        return None  # "X was the deputy commander", "X became prime minister"
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL for c in root.head.children):
        return None  # "if X is president, …": a condition, not a role held
    if any(c.dep_ == "neg" or c.lower_ in ("would", "could", "might", "should") for c in root.head.children):
        return None  # "X is not even a member of …", "X would be president": a role denied or wished
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.i > root.i), None)
    if attr is None or (attr.lower_ not in lx.ROLE_HEADS and attr.lower_ not in lx.STATUS_HEADS):
        return None
    j = attr.left_edge.i
    if T[j].tag_ == "PRP$":
        j += 1  # "his chief of staff": whose is said before
    ranked = any(w in _RANKS for w in L[j : attr.i]) and any(
        c.dep_ in ("relcl", "acl") for c in attr.children
    )
    if (
        ranked
        or any(w == "only" or T[k].tag_ in ("JJS", "RBS") for k, w in enumerate(L[j : attr.i], j))
        or rr.quoted(doc, root.i)
    ):
        return None  # "X is the only candidate who …", "X is our best debater", “X is a leader”: a judgement
    end = attr.i + 1
    while (
        end < len(doc)
        and end - attr.i <= 12
        and X[end] not in lx.STOP_ROLE
        and T[end].pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "ADV")
        and L[end] not in CLAUSE_STARTS
        and L[end] not in ("until", "since")  # "… envoy to X until December"
        and not (L[end] in ("in", "on") and T[end + 1 : end + 2] and T[end + 1].ent_type_ in ("DATE", "TIME"))
        and sent_ids(doc)[end] == sent_ids(doc)[attr.i]
    ):
        end += 1  # "X became mayor in 2009": not when
    while end > attr.i + 1 and L[end - 1] in ROLE_TRIM:
        end -= 1
    if L[end - 3 : end] == ["at", "the", "time"]:
        end -= 3  # "was his chief of staff at the time"
    status = attr.lower_ in lx.STATUS_HEADS
    return role_text(doc, j, end, noun_ok=status, need_head=not status)


# Words that make "X was the … woman to …" a distinction, not a post ("the first woman to lead …").
_RANKS = frozenset("first second third last next latest".split())
_NAMING = frozenset({"named", "called", "dubbed"})
_PSEUDONYM = frozenset({"pseudonym", "name", "alias", "nickname"})


def named_role(doc: Doc, s: int) -> Role | None:
    """ "a protester using the pseudonym Katya", "a nurse named Ana Ruiz" → "protester", "nurse"."""
    T = tokens(doc)
    L = lowers(doc)
    cue = s - 1
    if cue >= 2 and L[cue] in _PSEUDONYM and L[cue - 1] in ("the", "a"):
        cue -= 2
        if L[cue] not in ("using", "under", "with"):
            return None
    elif cue < 1 or L[cue] not in _NAMING:
        return None
    i = cue - 1
    sids = sent_ids(doc)
    while i >= 0 and cue - i <= 5 and T[i].pos_ in ("ADJ", "NOUN", "PROPN") and sids[i] == sids[s]:
        i -= 1
    if i < 0 or L[i] not in ("a", "an") or i == cue - 1:
        return None
    return role_text(doc, i + 1, cue, need_head=True)
