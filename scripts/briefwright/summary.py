"""Key points: the article's most informative sentences, most important first.

Extractive and deterministic. News puts the most important facts first (the inverted
pyramid), so position dominates; sentences that carry named actors, numbers and dates
gain; direct quotes, questions, very short or very long sentences lose. Each key point is
a sentence of the article as written, so it can always be traced to its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .datelines import dateline
from .doccache import ents as ents_of
from .doccache import view

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


_WORD = re.compile(r"[^\W\d_]+")


def _score(text: str, index: int, n_names: int) -> float:
    n_words = len(_WORD.findall(text))
    if n_words < 7 or n_words > 60:
        return -1.0
    if text.endswith("?") or not text[:1].isupper():
        return -1.0
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return -1.0  # the sentence splitter cut a quotation: not readable on its own
    score = 3.0 / (1 + index)  # position: the lead matters most
    score += min(n_names, 4) * 0.25
    if any(m in text for m in _QUOTE_MARKS) or "``" in text:  # ``TeX quotes'' of wire copy too
        score -= 1.2  # someone's words: the quotes section holds them
    if re.match(r"^(But|And|Or|So|Yet|It|This|That|These|They|He|She)\b", text):
        score -= 0.5  # leans on the sentence before
    return score


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, from one pass over the sentence-start flags."""
    if not len(doc):
        return []
    flags = doc.to_array(["SENT_START"]).tolist()
    starts = [0] + [i for i in range(1, len(doc)) if flags[i] == 1]
    bounds = [doc[i].idx for i in starts] + [len(view(doc).text)]
    return [(bounds[k], bounds[k + 1]) for k in range(len(starts))]


def key_points(doc: Doc, title: str = "", limit: int = 4) -> list[str]:
    """Up to ``limit`` key sentences of ``doc``, most important first."""
    sents = sentence_spans(doc)
    starts = [s for s, _ in sents]
    names: list[set[str]] = [set() for _ in sents]
    for ent in ents_of(doc):  # one pass over the entities, not one per sentence
        if ent.label_ in _INFO_ENTS:
            names[bisect_right(starts, ent.start_char) - 1].add(ent.text)
    scored = []
    whole = view(doc).text  # spaCy rebuilds doc.text from the tokens on every access
    line = dateline(whole)
    for i, (start, end) in enumerate(sents):
        if line is not None and start <= line.start() < line.end() < end:
            start = line.end()  # "WASHINGTON (AP) — The Senate voted…": the point starts at "The"
        text = whole[start:end].strip()
        if text:
            scored.append((text, _score(text, i, len(names[i])), i))
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
