"""Printed briefs: one PDF per briefing and a combined brief, rendered by WeasyPrint.

The HTML comes from our own print templates (``templates/print/``), never from the site's
screen pages. Every link back to the source becomes a numbered endnote (``[n]`` in the text,
"Sources" at the end) that prints its URL. Nothing varies with the wall clock: the running
date is the briefing's published date unless a date is configured.

Per-briefing PDFs are cached in ``.briefwright/pdf-cache/`` with a manifest of content hashes
(briefing data + templates + options), so that a rebuild renders only what changed and then
copies the PDFs into the output folder (``site/pdf/``, which ``mkdocs build`` wipes).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
import yaml

from .model import Briefing

RENDER_VERSION = "2"  # bump when this module changes what a PDF looks like
CACHE_DIR = Path(".briefwright") / "pdf-cache"
MANIFEST = "manifest.json"
DEFAULT_SITE_NAME = "briefwright"
_PACKAGE = Path(__file__).resolve().parent
TEMPLATE_DIRS = (_PACKAGE.parents[1] / "templates" / "print", _PACKAGE / "templates" / "print")

TYPE_HEADINGS = {
    "person": "People",
    "organization": "Organisations",
    "country": "Countries",
    "place": "Places",
    "other": "Other",
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass
class PdfOptions:
    """What the printed pages show besides the briefing itself.

    Attributes:
        site_name: printed in the running header (default: ``site_name`` of mkdocs.yml).
        site_url: when set, notes for a publishable source point at the site's source page.
        date: printed in the running header instead of each briefing's published date.
    """

    site_name: str = DEFAULT_SITE_NAME
    site_url: str | None = None
    date: str | None = None

    def key(self) -> str:
        return json.dumps([self.site_name, self.site_url, self.date])


@dataclass
class PdfBuild:
    """The result of :func:`build_pdf_set`: every PDF path, and which ids were (re)rendered."""

    paths: list[Path] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- configuration


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml safely: tags such as ``!!python/name:`` become ``None``."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def find_root(start: Path) -> Path:
    """The project folder holding ``start``: the nearest with mkdocs.yml, pyproject.toml or .git."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if any((folder / name).exists() for name in ("mkdocs.yml", "pyproject.toml", ".git")):
            return folder
    return Path.cwd()


def site_options(
    root: Path, site_name: str | None = None, site_url: str | None = None, date: str | None = None
) -> PdfOptions:
    """Options from ``root/mkdocs.yml`` (``site_name``, ``site_url``), overridden by the arguments."""
    config: dict[str, Any] = {}
    path = root / "mkdocs.yml"
    if path.is_file():
        try:
            loaded = yaml.load(path.read_text("utf-8"), Loader=_LenientLoader)  # noqa: S506 - safe subclass
            config = loaded if isinstance(loaded, dict) else {}
        except yaml.YAMLError:
            config = {}
    return PdfOptions(
        site_name=site_name or str(config.get("site_name") or DEFAULT_SITE_NAME),
        site_url=site_url or (str(config["site_url"]) if config.get("site_url") else None),
        date=date,
    )


# ---------------------------------------------------------------- the printed view of a briefing


def format_date(value: str | None) -> str:
    """``2019-01-14`` → ``14 January 2019``; ``2019-01`` → ``January 2019``; anything else unchanged."""
    if not value:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value.strip())
    if not m or not 1 <= int(m[2]) <= 12:
        return value
    month = _MONTHS[int(m[2]) - 1]
    return f"{int(m[3])} {month} {m[1]}" if m[3] else f"{month} {m[1]}"


def _http(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL (the only links a PDF gets), else None."""
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


def _publishable(b: Briefing) -> bool:
    try:
        from .markdown import source_publishable
    except ImportError:
        return False
    try:
        return bool(source_publishable(b))
    except Exception:  # noqa: BLE001 - a note falls back to the article URL
        return False


class _Notes:
    """Numbered endnotes of one briefing; the same target is cited with the same number."""

    def __init__(self, b: Briefing, opts: PdfOptions, anchor: str):
        self.b = b
        self.anchor = anchor
        self.items: list[dict[str, Any]] = []
        self._numbers: dict[tuple[str, str], int] = {}
        site = opts.site_url.rstrip("/") + "/" if opts.site_url else None
        self._site_source = f"{site}sources/{b.id}/" if site and _publishable(b) else None

    def _add(self, label: str, url: str | None) -> dict[str, Any]:
        key = (label, url or "")
        if key not in self._numbers:
            n = len(self.items) + 1
            self._numbers[key] = n
            self.items.append(
                {"n": n, "id": f"{self.anchor}-n{n}", "label": label, "url": url, "href": _http(url)}
            )
        n = self._numbers[key]
        return {"n": n, "href": f"#{self.anchor}-n{n}"}

    def article(self) -> dict[str, Any]:
        src = self.b.source
        label = ", ".join(x for x in (src.publisher, format_date(src.published)) if x) or "Source article"
        return self._add(f"{label}: “{self.b.title}”", _http(src.url))  # never a local file path

    def licence(self) -> dict[str, Any] | None:
        url = self.b.source.license_url
        return self._add(f"Licence: {self.b.source.license or url}", url) if url else None

    def paragraph(self, offset: int | None) -> dict[str, Any] | None:
        """The note for the source paragraph holding ``offset`` (None when unknown)."""
        if offset is None or offset < 0:
            return None
        n = self.b.paragraph_of(offset)
        if not n:
            return None
        if self._site_source:
            ref = self._add(f"Source, paragraph {n}", f"{self._site_source}#p{n}")
        else:
            ref = self._add(f"Source, paragraph {n}", self.b.source.url)
        self.items[ref["n"] - 1]["para"] = n
        return ref

    def view(self) -> dict[str, Any]:
        """The notes as printed: the article and licence notes, then the paragraph notes, which
        share one address (given once: ``base``, with ``#pN`` on the site) in a compact grid. A short
        list is kept whole (``short``: on the page of the content when it fits, never split)."""
        paras = [n for n in self.items if n.get("para")]
        site = self._site_source
        base = site or self.b.source.url  # printed as text when it is no http(s) URL
        lines = len(self.items) - len(paras) + (-(-len(paras) // PARA_COLUMNS)) + (1 if paras else 0)
        return {
            "items": [n for n in self.items if not n.get("para")],
            "paras": paras,
            "base": base,
            "base_href": _http(base),
            "anchored": bool(site),
            "short": lines <= SHORT_NOTES,
        }


PARA_COLUMNS = 6  # paragraph notes on a printed line
SHORT_NOTES = 12  # lines of notes from which the list may break across pages


def _actor_line(b: Briefing, actor_id: str | None) -> dict[str, Any]:
    actor = b.actor(actor_id)
    if actor is None:
        return {"name": actor_id or "Unattributed", "roles": []}
    return {"name": actor.name, "roles": list(actor.roles)}


def briefing_view(b: Briefing, opts: PdfOptions, anchor: str = "b") -> dict[str, Any]:
    """Everything the print template shows of ``b``, with its notes numbered in reading order."""
    from .markdown import ensure_mentions

    ensure_mentions(b)  # the actors' first mentions are their notes
    notes = _Notes(b, opts, anchor)
    source_ref = notes.article()
    licence_ref = notes.licence()
    key_points = []
    for point in b.summary:
        found = b.text.find(point) if point else -1
        key_points.append({"text": point, "ref": notes.paragraph(found if found >= 0 else None)})
    timeline = [
        {
            "date": format_date(e.date),
            "event": e.event,
            "actors": [_actor_line(b, a)["name"] for a in e.actors],
            "ref": notes.paragraph(e.start),
        }
        for e in b.timeline
    ]
    quotes = [
        {
            "text": q.text,
            "partial": q.kind == "partial",
            "speaker": _actor_line(b, q.speaker),
            "ref": notes.paragraph(q.start),
        }
        for q in b.quotes
    ]
    groups: dict[str, list[dict[str, Any]]] = {}
    for a in b.actors:
        groups.setdefault(a.type if a.type in TYPE_HEADINGS else "other", []).append(
            {
                "name": a.name,
                "roles": a.roles,
                "aliases": a.aliases,
                "ref": notes.paragraph(a.mentions[0][0] if a.mentions else None),
            }
        )
    actors = [{"heading": TYPE_HEADINGS[t], "items": groups[t]} for t in TYPE_HEADINGS if t in groups]
    src = b.source
    return {
        "anchor": anchor,
        "id": b.id,
        "title": b.title,
        "publisher": src.publisher,
        "published": format_date(src.published),
        "authors": src.authors,
        "license": src.license,
        "header_date": opts.date or format_date(src.published),
        "tags": b.tags,
        "source_ref": source_ref,
        "licence_ref": licence_ref,
        "key_points": key_points,
        "timeline": timeline,
        "quotes": quotes,
        "actors": actors,
        "notes": notes.items,
        "notes_view": notes.view(),
    }


# ---------------------------------------------------------------- rendering


def template_dir() -> Path:
    for folder in TEMPLATE_DIRS:
        if (folder / "briefing.html.j2").is_file():
            return folder
    raise FileNotFoundError("print templates not found in " + " or ".join(map(str, TEMPLATE_DIRS)))


def _refuse_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"briefwright PDFs load no external resources ({url[:80]})")


class Renderer:
    """Holds what is costly to set up once: the Jinja environment, the parsed CSS and the fonts."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or template_dir()
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.folder)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    @cached_property
    def version(self) -> str:
        """Hash of the templates, the CSS, this module's render version and WeasyPrint's version."""
        import weasyprint

        h = hashlib.sha256(f"{RENDER_VERSION}|{weasyprint.__version__}".encode())
        for path in sorted(self.folder.rglob("*")):
            if path.is_file():
                h.update(path.relative_to(self.folder).as_posix().encode() + b"\0" + path.read_bytes())
        return h.hexdigest()[:16]

    @cached_property
    def _weasy(self) -> tuple[Any, Any]:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        fonts = FontConfiguration()
        css = CSS(filename=str(self.folder / "print.css"), font_config=fonts, url_fetcher=_refuse_fetch)
        return fonts, css

    def html(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def layout(self, html: str) -> Any:
        from weasyprint import HTML

        fonts, css = self._weasy
        doc = HTML(string=html, url_fetcher=_refuse_fetch, base_url=None)
        return doc.render(stylesheets=[css], font_config=fonts)

    def write(self, html: str, out: Path, title: str) -> Path:
        """``html`` as a PDF at ``out``. A briefing whose short notes would begin a page of their
        own is laid out again with tighter spacing (``article.tight``), kept when it saves pages; a
        combined brief is laid out once."""
        document = self.layout(html)
        if html.count('<article class="briefing"') > 1:  # a combined brief: laid out once (a second
            alone = []  # layout of a hundred briefings doubles its time for a page or two)
        else:
            alone = [a for a in _SHORT_NOTES.findall(html) if _begins_a_page(document, f"{a}-notes")]
        if alone:
            tight = html
            for a in alone:
                tight = tight.replace(
                    f'<article class="briefing" id="{a}">', f'<article class="briefing tight" id="{a}">'
                )
            again = self.layout(tight)
            if len(again.pages) < len(document.pages):
                document = again
        pdf = document.write_pdf(pdf_identifier=hashlib.md5(title.encode()).hexdigest().encode())  # noqa: S324
        _write_atomic(out, pdf)
        return out


_SHORT_NOTES = re.compile(r'<section class="notes short" id="([^"]+)-notes">')
TOP_SLACK = 40  # CSS px below the top of the page area within which an element "begins the page"


def _begins_a_page(document: Any, anchor: str) -> bool:
    """Does the element ``anchor`` begin a page (other than the first) of ``document``?"""
    for page in document.pages[1:]:
        if anchor in page.anchors:
            margin = page._page_box.margin_top  # noqa: SLF001 — the page area's top, in CSS px
            return page.anchors[anchor][1] - margin <= TOP_SLACK
    return False


_RENDERER: Renderer | None = None


def renderer() -> Renderer:
    global _RENDERER
    if _RENDERER is None:
        _RENDERER = Renderer()
    return _RENDERER


def _write_atomic(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render_briefing(b: Briefing, out: Path, opts: PdfOptions | None = None) -> Path:
    """Render one briefing to ``out`` (always; see :func:`build_pdfs` for the cached build)."""
    opts = opts or PdfOptions()
    r = renderer()
    view = briefing_view(b, opts)
    html = r.html("briefing.html.j2", b=view, site_name=opts.site_name, lang=b.source.language)
    return r.write(html, out, title=b.id)


PARALLEL_FROM = 4  # briefings to render before a second process pays for its start


def _render_one(job: tuple[Briefing, Path, PdfOptions]) -> Path:
    b, out, opts = job
    return render_briefing(b, out, opts)


def _render_all(briefings: list[Briefing], cache: Path, opts: PdfOptions) -> Iterable[Path]:
    """Render into ``cache``, on every core where there is fork and enough work; in order."""
    import multiprocessing as mp

    jobs = [(b, cache / f"{b.id}.pdf", opts) for b in briefings]
    workers = min(os.cpu_count() or 1, 4)
    if len(jobs) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        yield from map(_render_one, jobs)
        return
    renderer()  # templates and fonts loaded once, before the fork, and shared
    with mp.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_render_one, jobs)


def content_hash(b: Briefing, opts: PdfOptions, version: str) -> str:
    """What the PDF is made from. Actors' mentions are left out: they follow from the text and the
    names, and a briefing loaded for the site may or may not have them found again yet."""
    d = b.to_dict()
    for a in d.get("actors") or []:
        a.pop("mentions", None)
    data = json.dumps(d, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{version}\0{opts.key()}\0{data}".encode()).hexdigest()


def _load_manifest(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _same_file(a: Path, b: Path) -> bool:
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return False
    return sa.st_size == sb.st_size and a.read_bytes() == b.read_bytes()


def build_pdf_set(
    briefings: Sequence[Briefing],
    out_dir: Path,
    changed_only: bool = True,
    site_name: str | None = None,
    site_url: str | None = None,
    date: str | None = None,
    root: Path | None = None,
    cache_dir: Path | None = None,
) -> PdfBuild:
    """Like :func:`build_pdfs`, and tells which briefings were rendered and which reused."""
    root = root or find_root(out_dir)
    opts = site_options(root, site_name, site_url, date)
    cache = cache_dir or root / CACHE_DIR
    cache.mkdir(parents=True, exist_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = cache / MANIFEST
    manifest = _load_manifest(manifest_path)
    version = renderer().version
    result = PdfBuild()
    todo: list[tuple[Briefing, str]] = []
    for b in briefings:
        if "/" in b.id or "\\" in b.id or b.id.startswith("."):
            raise ValueError(f"unsafe briefing id for a file name: {b.id!r}")
        digest = content_hash(b, opts, version)
        if changed_only and manifest.get(b.id) == digest and (cache / f"{b.id}.pdf").is_file():
            result.reused.append(b.id)
        else:
            todo.append((b, digest))
    for (b, digest), _ in zip(todo, _render_all([b for b, _ in todo], cache, opts), strict=True):
        manifest[b.id] = digest
        _write_atomic(manifest_path, json.dumps(manifest, sort_keys=True, indent=0).encode())
        result.rendered.append(b.id)
    for b in briefings:
        cached = cache / f"{b.id}.pdf"
        target = out_dir / f"{b.id}.pdf"
        if not _same_file(cached, target):
            shutil.copyfile(cached, target)
        result.paths.append(target)
    return result


def build_pdfs(
    briefings: Sequence[Briefing],
    out_dir: Path,
    changed_only: bool = True,
    site_name: str | None = None,
    site_url: str | None = None,
    date: str | None = None,
    root: Path | None = None,
    cache_dir: Path | None = None,
) -> list[Path]:
    """One PDF per briefing at ``out_dir/<id>.pdf``; returns their paths in the given order.

    Args:
        briefings: the briefings to print.
        out_dir: where the PDFs go (``site/pdf``).
        changed_only: reuse a cached PDF when the briefing, the templates and the options are unchanged.
        site_name: the running header's name (default: ``site_name`` of ``root/mkdocs.yml``).
        site_url: base URL of the site, for notes that point at the site's source pages.
        date: the running header's date for every briefing (default: each one's published date).
        root: the project folder (default: found from ``out_dir``).
        cache_dir: default ``root/.briefwright/pdf-cache``.
    """
    return build_pdf_set(briefings, out_dir, changed_only, site_name, site_url, date, root, cache_dir).paths


__all__ = [
    "PdfBuild",
    "PdfOptions",
    "Renderer",
    "briefing_view",
    "build_pdf_set",
    "build_pdfs",
    "format_date",
    "render_briefing",
    "site_options",
]
