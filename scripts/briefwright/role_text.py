"""The text of a role between two tokens (trimmed of articles and linking words, holding a title word or
a noun), and the words that end or void one: shared by roles.py and role_clauses.py."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from .doccache import lowers, span_text, texts, tokens

ROLE_TRIM = frozenset(
    {"of", "for", "the", "a", "an", "another", "and", "to", "at", "on", "'s", "’s", "late", "not"}
)

Role = tuple[str, int, int]  # text, token start, token end
CLAUSE_STARTS = frozenset({"who", "which", "whose", "whom"})
HYPOTHETICAL = frozenset(
    {"if", "unless", "whether", "once", "until"}
)  # "…, a UN rapporteur who had …,": cut there


def role_text(doc: Doc, s: int, e: int, need_head: bool = False, noun_ok: bool = False) -> Role | None:
    T = tokens(doc)
    L = lowers(doc)
    while s < e and (L[s] in ROLE_TRIM or T[s].is_punct):
        s += 1
    while e > s and (L[e - 1] in ROLE_TRIM or T[e - 1].is_punct):
        e -= 1
    if s >= e:
        return None
    words = L[s:e]
    if not any(w.rstrip(".") in lx.ROLE_HEADS for w in words) and (
        need_head or not (noun_ok or T[e - 1].pos_ == "NOUN")
    ):
        return None
    return span_text(doc, s, e), s, e


def after_age(doc: Doc, e: int) -> int:
    """ "Jane Roe, 35, the daughter of …": the apposition after the age."""
    T = tokens(doc)
    X = texts(doc)
    if e + 3 < len(doc) and X[e] == "," and T[e + 1].like_num and X[e + 2] == ",":
        return e + 2
    return e
