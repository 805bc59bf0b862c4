"""Quotes and their speakers. (First stub; replaced by the real extractor.)"""

from __future__ import annotations

from spacy.tokens import Doc

from .model import Actor, Quote


def extract_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    return []
