"""Temporal expressions, TIMEX3-normalised. (First stub; replaced by the real extractor.)"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .model import Timex


def extract_temporal(doc: Doc, published: dt.date | None) -> list[Timex]:
    return [Timex(e.text, e.start_char, e.end_char, "DATE", None) for e in doc.ents if e.label_ == "DATE"]
