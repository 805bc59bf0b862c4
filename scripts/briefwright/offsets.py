"""Where a briefing's texts are in its source article: quotes, sentences and names, found again
modulo whitespace and quotation-mark style (``_Finder``), and the actors' mentions."""

from __future__ import annotations

import bisect
import re

from .model import Actor, Briefing

OPENING, CLOSING = "“‘\"'«„(", "”’\"'»)"

_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r"\s\s+")
_QMARKS = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})


class _Finder:
    """Finds text in the article modulo whitespace and quotation-mark style; returns article offsets."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]):
        self.text, self.paragraphs = text, paragraphs
        plain = text.translate(_QMARKS)
        self.norm = _SPACES.sub(" ", plain)
        self._cuts: list[int] = []  # where a run of spaces was cut to one (its position in ``norm``)
        self._shift: list[int] = [0]  # characters cut before ``norm`` positions past each cut
        for m in _RUNS.finditer(plain):
            self._cuts.append(m.start() - self._shift[-1])
            self._shift.append(self._shift[-1] + len(m[0]) - 1)

    def _at(self, k: int) -> int:
        """The article offset of position ``k`` of ``norm``."""
        return k + self._shift[bisect.bisect_left(self._cuts, k)]

    @staticmethod
    def normalise(needle: str) -> str:
        return " ".join(needle.translate(_QMARKS).split())

    def paragraph(self, n: int) -> tuple[int, int] | None:
        return self.paragraphs[n - 1] if 0 < n <= len(self.paragraphs) else None

    def find_all(self, needle: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Every occurrence of ``needle`` starting in article offsets ``[lo, hi)``."""
        n = self.normalise(needle)
        if not n:
            return []
        hi = len(self.text) if hi is None else hi
        k = self.norm.find(n, bisect.bisect_left(range(len(self.norm)), lo, key=self._at))
        found = []
        while k != -1 and self._at(k) < hi:
            found.append((self._at(k), self._at(k + len(n) - 1) + 1))
            k = self.norm.find(n, k + 1)
        return found

    def exact(self, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
        found, k = [], self.text.find(needle, lo) if needle else -1
        while k != -1 and k < hi:
            found.append((k, k + len(needle)))
            k = self.text.find(needle, k + 1)
        return found

    def _quoted(self, span: tuple[int, int]) -> bool:
        before, after = self.text[: span[0]].rstrip()[-1:], self.text[span[1] :].lstrip()[:1]
        return before in OPENING or after in CLOSING and after != ""

    def find(
        self, needle: str, para: int, after: int = -1, nth: int = 0, quoted: bool = False
    ) -> tuple[tuple[int, int] | None, bool]:
        """The occurrence in paragraph ``para``, else anywhere; and whether it is in that paragraph.

        In the paragraph: the ``nth`` exact occurrence when given; else exact matches before
        matches modulo whitespace and quotation marks, the first at or after ``after``, and with
        ``quoted`` one next to a quotation mark before others.
        """
        bounds = self.paragraph(para)
        if bounds:
            spans = self.exact(needle, *bounds)
            if 0 < nth <= len(spans):
                return spans[nth - 1], True
            spans = spans or self.find_all(needle, *bounds)
            if spans:
                later = [s for s in spans if s[0] >= after] or spans
                return ([s for s in later if quoted and self._quoted(s)] or later)[0], True
        spans = self.find_all(needle)
        return (spans[0] if spans else None), bounds is None and bool(spans)

    def sentence(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset``, cut at ``. ! ?`` (plus closing quotes) and a space."""
        bounds = next(((s, e) for s, e in self.paragraphs if s <= offset < e), (0, len(self.text)))
        start, end = bounds
        for m in re.finditer(r"[.!?][\"'”’)]*\s+", self.text[bounds[0] : bounds[1]]):
            cut = bounds[0] + m.end()
            if cut <= offset:
                start = cut
            else:
                end = bounds[0] + m.start() + len(m[0].rstrip())
                break
        return start, end


def ensure_mentions(b: Briefing) -> None:
    """The actors' mentions, found again if none is there (``site.load_briefings`` leaves them out)."""
    if b.actors and not any(a.mentions for a in b.actors):
        recompute_mentions(b.text, b.actors)


def recompute_mentions(text: str, actors: list[Actor]) -> None:
    """Each actor's mentions: whole-word occurrences of its name and aliases, the longest name winning."""
    owner: dict[str, str] = {}
    for a in actors:
        for form in (a.name, *a.aliases):
            if form.strip():
                owner.setdefault(form, a.id)
    spans: dict[str, list[tuple[int, int]]] = {a.id: [] for a in actors}
    if owner:
        forms = sorted(owner, key=lambda f: (-len(f), f))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        for m in pattern.finditer(text):
            spans[owner[m[0]]].append(m.span())
    for a in actors:
        a.mentions = spans[a.id]


# ---------------------------------------------------------------- parse
