"""Per-Doc views computed once: spaCy builds a new ``Token`` on every ``doc[i]`` and rebuilds ``doc.text``
on every access, which dominates the cost of the rule-based stages."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .names import is_cap


class _View:
    __slots__ = (
        "doc",
        "tokens",
        "text",
        "starts",
        "ends",
        "sents",
        "caps",
        "sent_bounds",
        "ents",
        "lower",
        "words",
        "roots",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self.text: str = "".join(t.text_with_ws for t in self.tokens)
        self.starts = [t.idx for t in self.tokens]
        self.ends = [s + len(t) for s, t in zip(self.starts, self.tokens, strict=True)]
        self.sents: list[int] | None = None
        self.caps: list[bool] | None = None
        self.sent_bounds: tuple[list[int], list[int]] | None = None
        self.ents: tuple[Span, ...] | None = None
        self.lower: list[str] | None = None
        self.words: list[str] | None = None
        self.roots: dict[tuple[int, int], Token] = {}


_last: _View | None = None  # the view of the last Doc asked about (a module global: the fastest lookup)


def view(doc: Doc) -> _View:
    global _last
    v = _last
    if v is not None and v.doc is doc:
        return v
    v = _last = _View(doc)
    return v


def tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as a list, built once per Doc."""
    v = _last
    return v.tokens if v is not None and v.doc is doc else view(doc).tokens


def lowers(doc: Doc) -> list[str]:
    """``t.lower_`` of every token of ``doc`` (called in every rule: the fast path first)."""
    v = _last
    if v is None or v.doc is not doc:
        v = view(doc)
    if v.lower is None:
        v.lower = [t.lower_ for t in v.tokens]
    return v.lower


def texts(doc: Doc) -> list[str]:
    """``t.text`` of every token of ``doc``."""
    v = _last
    if v is None or v.doc is not doc:
        v = view(doc)
    if v.words is None:
        v.words = [t.text for t in v.tokens]
    return v.words


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (spaCy builds new Spans on every access)."""
    v = view(doc)
    if v.ents is None:
        v.ents = tuple(doc.ents)
    return v.ents


def span_root(doc: Doc, start: int, end: int) -> Token:
    """``doc[start:end].root``, found once per span: the role rules ask it of every mention several times."""
    v = view(doc)
    root = v.roots.get((start, end))
    if root is None:
        root = v.roots[(start, end)] = doc[start:end].root
    return root


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span and its tokens."""
    v = view(doc)
    r = range(len(v.tokens))[start:end]
    return v.text[v.starts[r[0]] : v.ends[r[-1]]] if r else ""


def _sentences(doc: Doc, v: _View) -> None:
    """Sentence numbers and bounds of every token, from one pass over ``doc.sents``."""
    n = len(v.tokens)
    ids, first, last = [0] * n, [0] * n, [0] * n
    for k, sent in enumerate(doc.sents):
        s, e = sent.start, sent.end
        ids[s:e] = [k] * (e - s)
        first[s:e] = [s] * (e - s)
        last[s:e] = [e] * (e - s)
    v.sents, v.sent_bounds = ids, (first, last)


def sent_ids(doc: Doc) -> list[int]:
    """The number of each token's sentence: ``sent_ids(doc)[i] == sent_ids(doc)[j]`` iff
    ``doc[i].sent == doc[j].sent``."""
    v = view(doc)
    if v.sents is None:
        _sentences(doc, v)
    return v.sents  # type: ignore[return-value]


def sent_range(doc: Doc, i: int) -> tuple[int, int]:
    """``(doc[i].sent.start, doc[i].sent.end)`` without building the sentence."""
    v = view(doc)
    if v.sent_bounds is None:
        _sentences(doc, v)
    first, last = v.sent_bounds  # type: ignore[misc]
    return first[i], last[i]


def cap_flags(doc: Doc) -> list[bool]:
    """``is_cap`` of every token of ``doc``."""
    v = view(doc)
    if v.caps is None:
        v.caps = [is_cap(t) for t in v.tokens]
    return v.caps


def sent_of(x: Token | Span) -> Span:
    """The sentence of a token or span, as ``x.sent`` — which spaCy finds by walking the tokens on every
    call (several microseconds each, in the loops of every stage): here from bounds computed once."""
    doc = x.doc
    if isinstance(x, Token):
        return doc[slice(*sent_range(doc, x.i))]
    if x.start >= x.end:
        return x.sent
    return doc[sent_range(doc, x.start)[0] : sent_range(doc, x.end - 1)[1]]
