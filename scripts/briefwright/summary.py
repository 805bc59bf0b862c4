"""Key points: the article's most informative sentences, most important first."""

from __future__ import annotations

from spacy.tokens import Doc


def key_points(doc: Doc, title: str = "", limit: int = 3) -> list[str]:
    sents = [s.text.strip() for s in doc.sents if len(s) > 6]
    return sents[:limit]
