"""Key points: the article's most informative sentences, most important first.

Extractive and deterministic. News puts the most important facts first (the inverted
pyramid), so position dominates; sentences that carry named actors, numbers and dates
gain; direct quotes, questions, very short or very long sentences lose. Each key point is
a sentence of the article as written, so it can always be traced to its paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_QUOTE_MARKS = '"“”«»'
_INFO_ENTS = {
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "LAW",
    "DATE",
    "CARDINAL",
    "MONEY",
    "PERCENT",
}


def _score(sent: Span, index: int) -> float:
    n_words = sum(1 for t in sent if t.is_alpha)
    if n_words < 7 or n_words > 60:
        return -1.0
    text = sent.text.strip()
    if text.endswith("?") or not text[:1].isupper():
        return -1.0
    score = 3.0 / (1 + index)  # position: the lead matters most
    ents = [e for e in sent.ents if e.label_ in _INFO_ENTS]
    score += min(len({e.text for e in ents}), 4) * 0.25
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return -1.0  # the sentence splitter cut a quotation: not readable on its own
    if any(m in text for m in _QUOTE_MARKS):
        score -= 1.2  # someone's words: the quotes section holds them
    if re.match(r"^(But|And|Or|So|Yet|It|This|That|These|They|He|She)\b", text):
        score -= 0.5  # leans on the sentence before
    return score


def key_points(doc: Doc, title: str = "", limit: int = 4) -> list[str]:
    """Up to ``limit`` key sentences of ``doc``, most important first."""
    scored = [(s, _score(sent, i), i) for i, sent in enumerate(doc.sents) if (s := sent.text.strip())]
    ranked = sorted((x for x in scored if x[1] > 0), key=lambda x: (-x[1], x[2]))
    points: list[str] = []
    for text, _, _ in ranked:
        if text not in points:
            points.append(text)
        if len(points) == limit:
            break
    if not points and scored:
        points = [scored[0][0]]
    return points
