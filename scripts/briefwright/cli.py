"""The command line: a thin layer over one module per command."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

ROOT_OPTION = click.option(
    "--root",
    type=click.Path(path_type=Path, file_okay=False),
    default=".",
    show_default=True,
    help="The project folder: holds mkdocs.yml, docs/briefings/, articles/ and actors.yaml "
    "(a briefing's source.path is relative to it).",
)


def _fail(message: str) -> None:
    click.echo(f"briefwright: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefwright")
def main() -> None:
    """Turn news articles into briefings: actors, quotes, a dated timeline, key points."""


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--json", "as_json", is_flag=True, help="Print one contract JSON object per article, one per line."
)
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


@main.command()
@click.argument("articles_dir", default="articles", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--out",
    "out_dir",
    default="docs/briefings",
    show_default=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of the briefings.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(min=0),
    help="Extraction processes (0: one per CPU).",
)
@click.option("--force", is_flag=True, help="Overwrite briefings edited by hand (a backup is kept).")
@click.option(
    "--max-bytes",
    default=5_000_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Size limit of one article file.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
def convert(
    articles_dir: Path, out_dir: Path, workers: int, force: bool, max_bytes: int, quiet: bool
) -> None:
    """Convert every article in ARTICLES_DIR (default: articles/) to a briefing in docs/briefings/.

    Incremental: an article whose text, metadata and extractor are unchanged is not extracted
    again (cache in .briefwright/cache/). A briefing edited by hand is left as is; the machine
    version goes to .briefwright/proposed/. Each bad file gets one line on stderr; the exit
    status is 1 when any failed.
    """
    from .convert import convert as run_convert

    result = run_convert(
        articles_dir,
        out_dir,
        workers=workers,
        force=force,
        max_bytes=max_bytes,
        quiet=quiet,
        echo=lambda message: click.echo(message, err=True),
    )
    if not quiet:
        click.echo(f"briefwright convert: {result.summary()}", err=True)
    sys.exit(0 if result.ok else 1)


@main.command()
@ROOT_OPTION
@click.option("--no-pdf", is_flag=True, help="Build the site only, without the PDF briefs.")
def build(root: Path, no_pdf: bool) -> None:
    """Build the site into site/ and one PDF brief per briefing into site/pdf/.

    Reads every briefing in docs/briefings/ (edited ones included) as the truth, derives
    the actor, timeline, quote and source pages from them, runs MkDocs and Pagefind, then
    renders the PDFs (only changed briefings are re-rendered).
    """
    from . import pdf, site

    problems: list[Exception] = []
    briefings = site.load_briefings(root, on_error=problems.append)
    for exc in problems:
        _fail(str(exc))
    failed = bool(problems)
    site.build_site(root, briefings)
    if not no_pdf:
        made = pdf.build_pdf_set(briefings, root / "site" / "pdf", root=root)
        click.echo(
            f"briefwright: {len(briefings)} briefings; PDFs: {len(made.rendered)} rendered, "
            f"{len(made.reused)} unchanged",
            err=True,
        )
    sys.exit(1 if failed else 0)


@main.command("pdf")
@ROOT_OPTION
@click.option(
    "--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="First published date (YYYY-MM-DD)."
)
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Last published date (YYYY-MM-DD).")
@click.option("--tag", "tags", multiple=True, help="Only briefings with this tag (repeatable: any of them).")
@click.option(
    "--actor",
    "actors",
    multiple=True,
    help="Only briefings naming this actor: id, name or alias (repeatable: any of them).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="The combined brief [default: ROOT/briefs/brief.pdf, outside site/, which each build replaces].",
)
@click.option("--title", default="Brief", show_default=True, help="Title of the combined brief.")
@click.option("--site-name", help="Name in the running header [default: site_name of mkdocs.yml].")
@click.option("--date", help="Date on the title page and running header [default: the briefings' dates].")
@click.option("--each", is_flag=True, help="Also write one PDF per selected briefing to ROOT/site/pdf/.")
@click.option(
    "--from-articles",
    is_flag=True,
    help="Extract briefings afresh from ROOT/articles/ instead of reading docs/briefings/.",
)
def pdf_command(
    root: Path,
    date_from,
    date_to,
    tags: tuple[str, ...],
    actors: tuple[str, ...],
    output: Path | None,
    title: str,
    site_name: str | None,
    date: str | None,
    each: bool,
    from_articles: bool,
) -> None:
    """Print a combined brief of the selected briefings: title page, contents, one briefing per page.

    Without --from/--to/--tag/--actor every briefing is included, in order of publication.
    """
    from . import brief, pdf

    d_from = date_from.date() if date_from else None
    d_to = date_to.date() if date_to else None
    if from_articles:
        briefings, errors = brief.extract_briefings(root / "articles", root)
    else:
        briefings, errors = brief.load_briefings(root / "docs" / "briefings", root)
    for message in errors:
        _fail(message)
    if not briefings:
        _fail(
            f"no briefings in {root / 'docs' / 'briefings'}: run `briefwright convert` first, "
            "or print straight from the articles with --from-articles"
        )
        sys.exit(1)
    chosen = brief.select(briefings, d_from, d_to, tags, actors)
    if not chosen:
        _fail(f"no briefing matches the selection (of {len(briefings)})")
        sys.exit(1)
    out = output or root / "briefs" / "brief.pdf"
    subtitle = brief.selection_subtitle(d_from, d_to, tags, actors)
    brief.combined_pdf(chosen, out, title=title, subtitle=subtitle, site_name=site_name, date=date, root=root)
    click.echo(f"briefwright: {out} ({len(chosen)} briefings)", err=True)
    if each:
        done = pdf.build_pdf_set(chosen, root / "site" / "pdf", site_name=site_name, date=date, root=root)
        click.echo(f"briefwright: {len(done.rendered)} PDFs rendered, {len(done.reused)} unchanged", err=True)
    sys.exit(1 if errors else 0)


@main.command()
@click.argument("briefing", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the contract JSON (as extract --json).")
@ROOT_OPTION
def export(briefing: Path, as_json: bool, root: Path) -> None:
    """Read a (possibly edited) Markdown BRIEFING back: its JSON, or its normalised Markdown.

    Offsets are recomputed from the source article. A grammar error is reported as
    path:line: message, with exit status 1.
    """
    import json

    from .markdown import BriefingError, contract, parse_file, render

    try:
        b = parse_file(briefing, root=root)
    except BriefingError as exc:
        _fail(str(exc))
        sys.exit(1)
    click.echo(json.dumps(contract(b), ensure_ascii=False) if as_json else render(b), nl=as_json)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, exists=True))
@ROOT_OPTION
def check(paths: tuple[Path, ...], root: Path) -> None:
    """Check briefings (default: every file in docs/briefings/) and the curated actors file.

    Grammar, valid dates, every quote present in its source article, every speaker a listed
    actor, unique ids. Prints every problem as path:line: message — how to fix; exit 1 when any.
    """
    from .check import briefing_files, run_check

    problems = run_check(root, paths)
    for problem in problems:
        click.echo(str(problem))
    count = len(briefing_files(root, paths))
    summary = f"{len(problems)} problem(s)" if problems else "no problems"
    click.echo(f"briefwright: checked {count} briefing(s): {summary}", err=True)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
