"""The combined brief: ``briefwright pdf`` over a selection of briefings (dates, tags, actors), with a
title page, a table of contents, and each briefing from a new page with its own notes.

The single briefing's PDF, its print template and options are in ``pdf``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from .model import Briefing
from .pdf import briefing_view, find_root, format_date, renderer, site_options


def _published(b: Briefing) -> str:
    return b.source.published or ""


def select(
    briefings: Iterable[Briefing],
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    tags: Sequence[str] = (),
    actors: Sequence[str] = (),
) -> list[Briefing]:
    """The briefings published in [date_from, date_to] having any of ``tags`` and any of ``actors``.

    An actor matches by id, name or alias, ignoring case. The result is in order of publication.
    """
    lo = str(date_from) if date_from else None
    hi = str(date_to) if date_to else None
    want_tags = {t.casefold() for t in tags}
    want_actors = {a.casefold() for a in actors}
    chosen = []
    for b in briefings:
        day = _published(b)[:10]
        if (lo or hi) and not day:
            continue
        if (lo and day < lo) or (hi and day > hi):
            continue
        if want_tags and not want_tags & {t.casefold() for t in b.tags}:
            continue
        if want_actors and not any(
            want_actors & {n.casefold() for n in (a.id, a.name, *a.aliases)} for a in b.actors
        ):
            continue
        chosen.append(b)
    return sorted(chosen, key=lambda b: (_published(b), b.id))


def combined_pdf(
    briefings: Sequence[Briefing],
    out: Path,
    title: str = "Brief",
    subtitle: str | None = None,
    site_name: str | None = None,
    site_url: str | None = None,
    date: str | None = None,
    root: Path | None = None,
) -> Path:
    """One PDF of ``briefings`` in the given order: title page, contents with page numbers, then
    each briefing from a new page with its own notes.

    The title page's date is ``date`` if given, else the span of the briefings' published dates.
    """
    root = root or find_root(out.parent)
    opts = site_options(root, site_name, site_url, date)
    days = sorted(d for d in (_published(b)[:10] for b in briefings) if d)
    span = ""
    if days:
        first, last = format_date(days[0]), format_date(days[-1])
        span = first if first == last else f"{first} – {last}"
    views = []
    for n, b in enumerate(briefings, 1):
        view = briefing_view(b, opts, anchor=f"b{n}")
        views.append(view)
    r = renderer()
    html = r.html(
        "combined.html.j2",
        title=title,
        subtitle=subtitle,
        span=span,
        cover_date=opts.date or span,
        site_name=opts.site_name,
        briefings=views,
        lang="en",
    )
    return r.write(html, out, title=f"combined:{title}")


def selection_subtitle(
    date_from: dt.date | str | None = None,
    date_to: dt.date | str | None = None,
    tags: Sequence[str] = (),
    actors: Sequence[str] = (),
) -> str | None:
    """What a selection chose, in words: ``From 1 March 2019 to 31 March 2019 · tag: x``."""
    parts = []
    if date_from and date_to:
        parts.append(f"From {format_date(str(date_from))} to {format_date(str(date_to))}")
    elif date_from:
        parts.append(f"From {format_date(str(date_from))}")
    elif date_to:
        parts.append(f"Until {format_date(str(date_to))}")
    if tags:
        parts.append(("tag: " if len(tags) == 1 else "tags: ") + ", ".join(tags))
    if actors:
        parts.append(("actor: " if len(actors) == 1 else "actors: ") + ", ".join(actors))
    return " · ".join(parts) or None


def load_briefings(folder: Path, root: Path) -> tuple[list[Briefing], list[str]]:
    """The briefings of ``folder`` (read by ``markdown.parse_file``) and the errors, one per bad file."""
    from .markdown import BriefingError, parse_file

    briefings, errors = [], []
    for path in sorted(folder.glob("*.md")):
        if path.name == "index.md":
            continue
        try:
            briefings.append(parse_file(path, root=root))
        except BriefingError as exc:
            errors.append(str(exc))
    return briefings, errors


def extract_briefings(folder: Path, root: Path) -> tuple[list[Briefing], list[str]]:
    """Briefings extracted afresh from the articles of ``folder``, and the errors of unreadable files."""
    from .articles import ArticleError, article_files, read_file
    from .extract import extract_many

    articles, errors = [], []
    for path in article_files(folder):
        try:
            articles.extend(read_file(path, root=root))
        except ArticleError as exc:
            errors.append(str(exc))
    return list(extract_many(articles)), errors
