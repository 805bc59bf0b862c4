"""The timeline: dated events. (First stub; replaced by the real builder.)"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .model import Actor, Quote, TimelineEntry, Timex


def build_timeline(
    doc: Doc, timexes: list[Timex], actors: list[Actor], quotes: list[Quote], published: dt.date | None
) -> list[TimelineEntry]:
    return []
