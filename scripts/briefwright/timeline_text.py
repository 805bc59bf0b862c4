"""The words of a timeline statement: shortening a long clause and joining the kept tokens."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .timeline_rules import bare_head, essential

MAX_WORDS = 18
COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative", "prt"})


def shorten(verb: Token, out: set[int], skip: set[int]) -> None:
    """Drop prepositional phrases, last first, then clausal complements, until the clause is short."""
    for deps in (("prep", "npadvmod", "advmod"), ("ccomp", "xcomp", "conj", "acl")):
        if len([i for i in out if not verb.doc[i].is_punct]) <= MAX_WORDS:
            return
        cands = [
            t for i in sorted(out, reverse=True) for t in [verb.doc[i]] if t.dep_ in deps and t.i != verb.i
        ]
        cands.sort(key=_argument_like)  # stable: last first within each rank
        for t in cands:
            if len([i for i in out if not verb.doc[i].is_punct]) <= MAX_WORDS:
                return
            if t.dep_ == "advmod" and t.head.dep_ == "cc":
                continue  # "as well as": one conjunction
            if t.i in out and not bare_head(t) and not _hyphenated(t) and not essential(t):
                out -= {s.i for s in t.subtree}
    if len(out) > MAX_WORDS + 6:
        for i in sorted(out)[MAX_WORDS + 6 :]:
            out.discard(i)


def _argument_like(tok: Token) -> bool:
    """Whether ``tok`` is the first phrase after a verb with no object, most often what the verb needs
    ("belonged to X", "went to Y"): shortening drops the other phrases first."""
    head = tok.head
    if tok.dep_ != "prep" or head.pos_ != "VERB" or any(c.dep_ in COMPLEMENTS for c in head.children):
        return False
    first = next((c for c in head.rights if c.dep_ == "prep"), None)
    return first is not None and first.i == tok.i


def _hyphenated(tok: Token) -> bool:
    """Whether ``tok`` is part of a hyphenated word ("Miami-based"), which shortening keeps whole."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "HYPH" and not doc[tok.i + 1].whitespace_


def join(toks: list[Token], names: dict[int, str] | None = None) -> str:
    parts: list[str] = []
    for n, t in enumerate(toks):
        parts.append((names or {}).get(t.i, t.text))
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is not None:
            parts.append(t.whitespace_ if nxt.i == t.i + 1 else " ")
    text = "".join(parts).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"[“”\"]|``|''", "", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,;:—-")
    return text
