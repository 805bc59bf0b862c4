"""Per-Doc views computed once: spaCy builds a new ``Token`` on every ``doc[i]`` and rebuilds ``doc.text``
on every access, which dominates the cost of the rule-based stages."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .names import is_cap


class _View:
    __slots__ = ("doc", "tokens", "text", "starts", "ends", "sents", "caps", "sent_bounds")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        self.text: str = "".join(t.text_with_ws for t in self.tokens)
        self.starts = [t.idx for t in self.tokens]
        self.ends = [s + len(t) for s, t in zip(self.starts, self.tokens, strict=True)]
        self.sents: list[int] | None = None
        self.caps: list[bool] | None = None
        self.sent_bounds: tuple[list[int], list[int]] | None = None


_last: list[_View] = []


def view(doc: Doc) -> _View:
    if _last and _last[0].doc is doc:
        return _last[0]
    v = _View(doc)
    _last[:] = [v]
    return v


def tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as a list, built once per Doc."""
    return view(doc).tokens


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without building the Span and its tokens."""
    v = view(doc)
    r = range(len(v.tokens))[start:end]
    return v.text[v.starts[r[0]] : v.ends[r[-1]]] if r else ""


def sent_ids(doc: Doc) -> list[int]:
    """The number of each token's sentence: ``sent_ids(doc)[i] == sent_ids(doc)[j]`` iff
    ``doc[i].sent == doc[j].sent``."""
    v = view(doc)
    if v.sents is None:
        ids = [0] * len(v.tokens)
        for k, sent in enumerate(doc.sents):
            ids[sent.start : sent.end] = [k] * (sent.end - sent.start)
        v.sents = ids
    return v.sents


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
    v = view(doc)
    if v.sent_bounds is None:
        first, last = [0] * len(v.tokens), [0] * len(v.tokens)
        for sent in doc.sents:
            first[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
            last[sent.start : sent.end] = [sent.end] * (sent.end - sent.start)
        v.sent_bounds = (first, last)
    first, last = v.sent_bounds
    if isinstance(x, Token):
        return doc[first[x.i] : last[x.i]]
    if x.start >= x.end:
        return x.sent
    return doc[first[x.start] : last[x.end - 1]]
