"""Quotation marks: which spans of a paragraph are quoted words.

The double marks of each paragraph (typographic or straight) are paired by their
context. A missing opening or closing mark is recovered without moving the other quotes
of the paragraph; single marks (apostrophes, nested quotes) never open or close a quote;
a quote left open at a paragraph end runs on when the next paragraph opens again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREV = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col sgt capt maj prof rev hon jr sr no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e".split()
)
OPENERS, CLOSERS, AMBIGUOUS = "“„«", "”»", '"'
DOUBLE = OPENERS + CLOSERS + AMBIGUOUS
MARKS = re.compile(r'[“”„«»"]')
SENT_END = re.compile(r"[.!?]['’”\")]*\s+(?=[“\"‘'(]?[A-Z0-9])")
SAID_FORMS = (
    r"said|says|told|tells|added|adds|asked|asks|wrote|writes|explained|noted|continued|stated"
    r"|argued|declared|insisted|warned|replied|tweeted|concluded"
)
SAID_WORDS = frozenset(SAID_FORMS.split("|"))
INTRODUCED = re.compile(rf"\b(?:{SAID_FORMS})\s*[,:]\s*$")
ATTRIBUTION_CUT = re.compile(
    rf"[,?!]\s+(?:(?:he|she|they|it|we|I)|(?:the|a|an)\s+[\w-]+|(?:[A-Z][\w.’'-]*\s+){{1,3}}?[A-Z][\w.’'-]*)"
    rf"\s+(?:{SAID_FORMS})\b|[,?!]\s+(?:{SAID_FORMS})\s+(?:the\s+)?[A-Z]"
)
MINOR_WORDS = frozenset("of the a an and in on for to with at by or from".split())


@dataclass
class Segment:
    """One span of quoted words, and what the marks around it tell."""

    start: int
    end: int
    para: int
    open_mark: int | None  # offset of the opening mark (None: missing)
    close_mark: int | None  # offset of the closing mark (None: missing)
    runs_on: bool = False  # unclosed at the paragraph end; the next paragraph opens again


# Two apostrophes opening quoted words (''like this,'' in wire copy that lost its backquotes).
_TWO_APOSTROPHES_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))''(?=[^\s'])", re.M)


def tex_quotes(text: str) -> str:
    """``TeX quotes'' (wire copy of the 1990s) as typographic marks, offsets kept: each two-character
    mark becomes one mark and a space on its outer side, so the quoted words keep their offsets. Copy
    that opens with two apostrophes too (''Yes,'' she said) is read the same way."""
    if "``" not in text:
        if "''" not in text or not _TWO_APOSTROPHES_OPEN.search(text):
            return text
        text = _TWO_APOSTROPHES_OPEN.sub("“ ", text.replace("'''", "' ”"))
        return text.replace("''", " ”")
    # a single quote nested at an edge (```Yes,' she said'', ``… `never again,''') sits inside the double one
    text = text.replace("```", "“ `").replace("'''", "' ”")
    return text.replace("``", "“ ").replace("''", " ”")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


def _mark_kind(text: str, i: int, lo: int, hi: int) -> str:
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    left_open = prev == "" or prev.isspace() or prev in "([{—–-/:;" or prev in OPENERS
    right_close = nxt == "" or nxt.isspace() or nxt in ".,;:!?)]}—–-…" or nxt in CLOSERS
    ch = text[i]
    if ch in OPENERS:
        return "close" if right_close and not left_open else "open"
    if ch in CLOSERS:
        return "open" if left_open and not right_close else "close"
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    return "toggle"


def sentence_start(text: str, lo: int, hi: int) -> int:
    """Offset where the sentence holding ``hi`` starts, not before ``lo``."""
    start = lo
    for m in SENT_END.finditer(text, lo, hi):
        word = text[max(lo, m.start() - 6) : m.start()].split()
        if word and word[-1].lower().strip('(“"') in ABBREV:
            continue
        if word and len(word[-1]) == 1 and word[-1].isupper():  # an initial
            continue
        start = m.end()
    return start


def sentence_end(text: str, lo: int, hi: int) -> int:
    for m in SENT_END.finditer(text, lo, hi):
        word = text[max(lo, m.start() - 6) : m.start()].split()
        if word and (word[-1].lower().strip('(“"') in ABBREV or (len(word[-1]) == 1 and word[-1].isupper())):
            continue
        return m.start() + 1
    return hi


def _cut_attribution(text: str, lo: int, hi: int) -> int:
    """End of quoted words whose closing mark is missing: before an inner ', she said'."""
    m = ATTRIBUTION_CUT.search(text, lo, hi)
    return m.start() + 1 if m else hi


def _single_close(text: str, lo: int, hi: int, doubled: bool = False) -> int | None:
    """A single mark closing a double quote that has no closer of its own (“a “question’’ that …”,
    “a “mistake’ that …”): the first ’ after a word, before a space, punctuation or another ’ —
    not an apostrophe (“don’t”, “the workers’ union”) nor the closer of a nested ‘…’; with
    ``doubled``, only two single marks standing for a double one."""
    depth = 0
    for i in range(lo, hi):
        ch = text[i]
        if ch == "‘" and (i == lo or not text[i - 1].isalnum()):
            depth += 1
        if ch != "’" or i == lo or text[i - 1].isspace():
            continue
        nxt = text[i + 1] if i + 1 < hi else ""
        if depth:
            depth -= not nxt.isalnum()
            continue
        if nxt == "’":
            return i
        word = text[max(lo, i - 8) : i].split()[-1:]
        if nxt.isalnum() or (text[i - 1] in "sS" and text[i + 1 : i + 3].strip()[:1].islower()):
            continue  # an apostrophe; a plural possessive before its noun
        if word and len(word[0]) > 3 and word[0].endswith("in"):
            continue  # a dropped g: “goin’”, “nothin’”
        if not doubled and (nxt == "" or nxt.isspace() or nxt in ".,;:!?)—–-"):
            return i
    return None


def _closed_by_single(text: str, opened: int, single: int, p: int) -> Segment:
    """The quote opened at ``opened`` and closed by the single mark at ``single`` (its closing mark the
    second of two when they stand for a double one: “…’’)."""
    return Segment(opened + 1, single, p, opened, single + (text[single + 1 : single + 2] == "’"))


def find_segments(text: str, paras: list[tuple[int, int]]) -> list[Segment]:
    """Quoted spans of ``text``, paragraph by paragraph, with broken marks recovered."""
    segs: list[Segment] = []
    for p, (lo, hi) in enumerate(paras):
        marks = [(m.start(), _mark_kind(text, m.start(), lo, hi)) for m in MARKS.finditer(text, lo, hi)]
        if not marks:
            continue
        first = len(segs)
        straight_next = p + 1 < len(paras) and text[paras[p + 1][0]] in AMBIGUOUS
        straight = sum(text[q] in AMBIGUOUS for q, _ in marks)
        if straight % 2 and straight < len(marks) and not straight_next:  # a stray " among “…”
            marks = [(q, kd) for q, kd in marks if text[q] not in AMBIGUOUS]
        opened: int | None = None
        depth = 0
        floor = lo  # quoted words of a recovered quote never reach before this
        for k, (pos, kind) in enumerate(marks):
            if kind == "toggle":
                kind = "close" if opened is not None else "open"
            if kind == "close" and opened is None and INTRODUCED.search(text, lo, pos):  # He says,” we …
                kind = "open"
            if kind == "open":
                if opened is None:
                    opened = pos
                    continue
                ahead = [kd for _, kd in marks[k + 1 : k + 3]]
                if (
                    text[opened] in AMBIGUOUS
                    and text[pos] in OPENERS
                    and (straight_next or any(text[q] in AMBIGUOUS for q, _ in marks[k + 1 :]))
                ):  # "… “Bathroom Bill” …"
                    depth += 1
                    continue
                if ahead == ["close", "close"] or (depth and ahead[:1] == ["close"]):
                    depth += 1
                    continue
                single = _single_close(text, opened + 1, pos)
                if single is not None:  # “a “question’’ that …”: closed by single marks
                    segs.append(_closed_by_single(text, opened, single, p))
                    floor, opened = pos, pos
                    continue
                end = _cut_attribution(text, opened + 1, pos)
                if end == pos:
                    end = max(sentence_start(text, opened + 1, pos), opened + 1)
                    end = pos if end <= opened + 1 else end
                segs.append(Segment(opened + 1, end, p, opened, None))
                floor, opened = pos, pos
            else:
                if depth:
                    depth -= 1
                    continue
                if opened is not None:
                    segs.append(Segment(opened + 1, pos, p, opened, pos))
                elif len(segs) == first:
                    segs.append(Segment(lo, pos, p, None, pos))
                elif (start := sentence_start(text, floor, pos)) > floor:
                    segs.append(Segment(start, pos, p, None, pos))
                floor, opened = pos + 1, None
        if opened is not None:
            nxt = paras[p + 1][0] if p + 1 < len(paras) else None
            runs_on = nxt is not None and text[nxt] in OPENERS + AMBIGUOUS
            single = _single_close(text, opened + 1, hi, doubled=runs_on)
            if single is not None:  # a quote running on has many an apostrophe: only ’’ closes it
                segs.append(_closed_by_single(text, opened, single, p))
            else:
                end = hi if runs_on else _cut_attribution(text, opened + 1, hi)
                segs.append(Segment(opened + 1, end, p, opened, None, runs_on=runs_on))
    out = []
    for s in segs:
        a, b = s.start, s.end
        while a < b and (text[a].isspace() or text[a] in DOUBLE):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in DOUBLE):
            b -= 1
        if b > a and any(ch.isalpha() for ch in text[a:b]):
            s.start, s.end = a, b
            out.append(s)
    return out


def title_like(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return (
        0 < len(words) <= 8
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in MINOR_WORDS for w in words)
    )


def is_direct(text: str, seg: Segment, lo: int, hi: int) -> bool:
    before = text[lo : seg.open_mark if seg.open_mark is not None else seg.start].rstrip()
    starts = seg.open_mark is None or not before or before[-1] in ".!?:,—–-;" or before.endswith(("that",))
    after = seg.close_mark + 1 if seg.close_mark is not None else seg.end
    nxt = text[after:hi].lstrip()[:1]
    inner = text[seg.start : seg.end].rstrip(
        "’'”\" "
    )  # “…, ‘I refuse to …,’” he noted: the nested quote's close
    ends = (inner[-1:] or text[seg.end - 1]) in ".,!?;:—–-…" or nxt in (
        "",
        ",",
        ".",
        "!",
        "?",
        ";",
        ":",
        "—",
        "–",
    )
    return starts and ends
