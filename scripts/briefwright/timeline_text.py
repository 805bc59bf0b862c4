"""The words of a timeline statement: shortening a long clause and joining the kept tokens."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .timeline_rules import bare_head, essential

MAX_WORDS = 18


def shorten(verb: Token, out: set[int], skip: set[int]) -> None:
    """Drop prepositional phrases, last first, then clausal complements, until the clause is short."""
    for deps in (("prep", "npadvmod", "advmod"), ("ccomp", "xcomp", "conj", "acl")):
        if len([i for i in out if not verb.doc[i].is_punct]) <= MAX_WORDS:
            return
        cands = [
            t for i in sorted(out, reverse=True) for t in [verb.doc[i]] if t.dep_ in deps and t.i != verb.i
        ]
        for t in cands:
            if len([i for i in out if not verb.doc[i].is_punct]) <= MAX_WORDS:
                return
            if t.i in out and not bare_head(t) and not _hyphenated(t) and not essential(t):
                out -= {s.i for s in t.subtree}
    if len(out) > MAX_WORDS + 6:
        for i in sorted(out)[MAX_WORDS + 6 :]:
            out.discard(i)


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
