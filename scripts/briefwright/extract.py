"""Orchestration: an ``Article`` in, a ``Briefing`` out. Every extractor is registered here.

Each stage is a function of the parsed ``Doc`` (whose character offsets are the offsets
of ``Article.text``) and of what earlier stages found:

    actors.extract_actors(doc)                         -> list[Actor]
    quotes.extract_quotes(doc, actors)                 -> list[Quote]   (may add actors)
    dates.extract_temporal(doc, published)             -> list[Timex]
    timeline.build_timeline(doc, timexes, actors, ...) -> list[TimelineEntry]
    summary.key_points(doc, ...)                       -> list[str]
    topics.topics(doc, title)                          -> list[str]     (when the article has no tags)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from . import actors as actors_mod
from . import dates as dates_mod
from . import identity, nlp
from . import quotes as quotes_mod
from . import summary as summary_mod
from . import timeline as timeline_mod
from . import topics as topics_mod
from .articles import Article
from .model import Briefing

BATCH_SIZE = 16  # articles per nlp.pipe batch: bounds memory (long articles cost ~60 MB each)


def published_date(article: Article) -> dt.date | None:
    return dt.date.fromisoformat(article.source.published) if article.source.published else None


def briefing_from_doc(article: Article, doc: Doc) -> Briefing:
    published = published_date(article)
    actors = actors_mod.extract_actors(doc)
    quotes = quotes_mod.extract_quotes(doc, actors)
    renamed: dict[str, str | None] = {}
    actors = identity.apply_curated(actors, identity.project_curated(), renamed)
    identity.rename_speakers(quotes, renamed)
    timexes = dates_mod.extract_temporal(doc, published)
    timeline = timeline_mod.build_timeline(doc, timexes, actors, quotes, published)
    summary = summary_mod.key_points(doc, title=article.title)
    return Briefing(
        id=article.id,
        title=article.title,
        source=dataclasses.replace(article.source, publish=article.publish),
        text=article.text,
        paragraphs=list(article.paragraphs),
        summary=summary,
        actors=actors,
        quotes=quotes,
        temporal_expressions=timexes,
        timeline=timeline,
        tags=list(article.tags) or topics_mod.topics(doc, article.title),
    )


def extract_many(articles: Iterable[Article], n_process: int = 1) -> Iterator[Briefing]:
    """Briefings in the order of ``articles``; the pipeline loads once."""
    model = nlp.load()
    items = list(articles)
    docs = model.pipe((a.text for a in items), batch_size=BATCH_SIZE, n_process=n_process)
    for article, doc in zip(items, docs, strict=True):
        yield briefing_from_doc(article, doc)


def extract(article: Article) -> Briefing:
    return next(extract_many([article]))
