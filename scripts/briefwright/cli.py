"""The command line: a thin layer over one module per command."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__


def _fail(message: str) -> None:
    click.echo(f"briefwright: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefwright")
def main() -> None:
    """Turn news articles into briefings: actors, quotes, a dated timeline, key points."""


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one contract JSON object per article, one per line.")
def extract(articles: tuple[Path, ...], as_json: bool) -> None:
    """Extract the briefing of each ARTICLE (the JSON contract of the schema).

    With several articles, one JSON object per line, in the order given; the spaCy
    pipeline loads once. A file that cannot be read is reported on stderr, prints an
    empty line in its place, and makes the exit status 1.
    """
    from .articles import ArticleError, read_file
    from .extract import extract_many

    failed = False
    items: list = []  # an Article, or None where the file failed
    for path in articles:
        try:
            items.extend(read_file(path))
        except ArticleError as exc:
            _fail(str(exc))
            failed = True
            items.append(None)
    briefings = iter(extract_many([a for a in items if a is not None]))
    for item in items:
        if item is None:
            click.echo("" if as_json else "")
            continue
        b = next(briefings)
        if as_json:
            click.echo(b.to_json())
        else:
            from .markdown import render

            click.echo(render(b))
    sys.exit(1 if failed else 0)
