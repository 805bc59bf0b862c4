"""The site: derived pages (``pages.py``), then ``mkdocs build``, then the Pagefind index.

``build_site`` prepares a session (the briefings and their derived pages) that the MkDocs hook
(``mkdocs_hooks.py``) reads: it hands the derived pages to MkDocs, decorates the briefing pages
and makes untrusted HTML inert (``safe_html``).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import pickle
import re
import sys
import tempfile
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from .model import Briefing
from .pages import (  # noqa: F401  (the site's API: used by the hook and the tests)
    PAGE_LIMIT,
    Page,
    Renderer,
    base_of,
    derived_pages,
    index_actors,
    merge_timeline,
    readable_url,
    render_pages,
    source_publishable,
    templates_dir,
    url_of,
    web_url,
)
from .prerender import can_fork
from .search import SearchIndex  # noqa: F401  (the hook makes it)

log = logging.getLogger("mkdocs.plugins.briefwright")


def _setting(root: Path, key: str) -> object:
    try:
        config = yaml.safe_load((root / "mkdocs.yml").read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    return ((config.get("extra") or {}).get("briefwright") or {}).get(key)


AUTO_PART = 600  # briefings per search index when the setting is unset


def search_part(root: Path, count: int = 0) -> int:
    """Briefings per search index (0: one index): the setting `extra: briefwright: search_part:` of
    mkdocs.yml (0 or false: one index), or when unset parts of at most ``AUTO_PART`` of ``count``
    briefings, of even size (Pagefind holds ~230 KB per briefing until its index is written)."""
    value = _setting(root, "search_part")
    if value is False or value == 0:
        return 0
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if count <= AUTO_PART:
        return 0
    parts = -(-count // AUTO_PART)
    return -(-count // parts)


def publish_setting(root: Path) -> bool | None:
    """The setting `extra: briefwright: publish_sources:` of mkdocs.yml (true, false; unset: by article)."""
    value = _setting(root, "publish_sources")
    return value if isinstance(value, bool) else None


# ---------------------------------------------------------------- untrusted HTML

SAFE_TAGS = frozenset(
    "a abbr b blockquote br caption cite code dd del details div dl dt em figcaption figure h1 h2 h3 h4 h5 h6"
    " hr i ins kbd li mark ol p pre q s section small span strong sub summary sup table tbody td tfoot th"
    " thead time tr u ul".split()
)
SAFE_ATTRS = frozenset("href title id class colspan rowspan align start datetime cite lang dir open".split())
URL_ATTRS = frozenset({"href", "cite"})
_TAG = re.compile(r"<(/?)([a-zA-Z0-9]*)(.?)", re.S)
_ATTR = re.compile(
    r"\s(?:on[a-z]+\s*=|style\s*=|(?:href|cite|src)\s*=\s*[\"']?(?!(?:https?://|mailto:)[^\"'\s<>]*[\"']|[\w./#-]*[\"'>]))",
    re.I,
)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)


def safe_url(url: str) -> bool:
    """Relative, http(s) or mailto URLs only: no ``javascript:``, ``data:`` and the like."""
    clean = re.sub(r"[\x00-\x20\x7f]+", "", url)
    m = _SCHEME.match(clean)
    return m is None or m.group(1).lower() in ("http", "https", "mailto")


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def _start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in SAFE_TAGS:
            self.out.append(escape(self.get_starttag_text() or ""))
            return
        kept = [
            f' {k}="{escape(v or "")}"'
            for k, v in attrs
            if k in SAFE_ATTRS and (k not in URL_ATTRS or safe_url(v or ""))
        ]
        self.out.append(f"<{tag}{''.join(kept)}>")

    handle_starttag = handle_startendtag = _start

    def handle_endtag(self, tag: str) -> None:
        self.out.append(f"</{tag}>" if tag in SAFE_TAGS else escape(f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self.out.append(escape(data))

    def handle_comment(self, data: str) -> None:
        pass

    def handle_decl(self, decl: str) -> None:
        self.out.append(escape(f"<!{decl}>"))

    handle_pi = unknown_decl = handle_decl


def _suspect(html: str) -> bool:
    """Anything but known tags with plain attributes: an unknown tag, an event handler, a style, or a
    URL that is not plainly http(s), mailto or relative."""
    for m in _TAG.finditer(html):
        after = m[3]
        if m[2].lower() not in SAFE_TAGS or not after or not (after.isspace() or after in "/>"):
            return True
    return _ATTR.search(html) is not None


def safe_html(html: str) -> str:
    """``html`` with nothing that runs or loads: unknown tags shown as text, event handlers,
    styles and unsafe URLs dropped. Markdown's own output passes a quick screen unchanged."""
    if not _suspect(html):
        return html
    s = _Sanitizer()
    s.feed(html)
    s.close()
    return "".join(s.out)


# ---------------------------------------------------------------- the build


@dataclass
class Session:
    """What the MkDocs hook needs during one build."""

    root: Path
    renderer: Renderer
    pages: dict[str, Page]
    by_id: dict[str, Briefing]
    stamper: Stamper | None = None  # the process writing the stamped pages
    search: SearchIndex | None = None
    prerender: Any = None  # the process converting briefings' Markdown (prerender.Prerender)
    split: Any = None  # the process rendering briefings through the theme (prerender.Split)
    nav: Any = None  # MkDocs's navigation, kept from on_nav for the split
    signature: tuple | None = None  # of docs/briefings when the session was read from it (mkdocs serve)


_SESSION: Session | None = None


PARALLEL_LOAD = 200  # briefings from which the second half is parsed by a forked process


def load_briefings(root: Path, on_error: Callable[[Exception], None] | None = None) -> list[Briefing]:
    """Every briefing of ``docs/briefings``; one that does not parse is reported (to ``on_error``,
    by default a warning) and left out. Many briefings are parsed by two processes (the second
    half by a fork, sent back pickled: a tenth of the cost of parsing)."""
    paths = [p for p in sorted((root / "docs" / "briefings").glob("*.md")) if p.name != "index.md"]
    if len(paths) >= PARALLEL_LOAD and can_fork():
        middle = len(paths) // 2
        child = _fork_parse(paths[middle:], root)
        parsed = _parse_all(paths[:middle], root) + _collect(child, paths[middle:], root)
    else:
        parsed = _parse_all(paths, root)
    briefings = []
    for item in parsed:
        if isinstance(item, Exception):
            if on_error is None:
                log.warning("%s (run briefwright check)", item)
            else:
                on_error(item)
        else:
            briefings.append(item)
    return briefings


def _parse_all(paths: list[Path], root: Path) -> list[Briefing | Exception]:
    from .markdown import BriefingError, parse_file

    out: list[Briefing | Exception] = []
    for path in paths:
        try:
            b = parse_file(path, root=root)
        except BriefingError as exc:
            out.append(exc)
            continue
        for a in b.actors:  # only source pages mark them (``Renderer.source_html`` finds them again):
            a.mentions = []  # ~60 MB at 5,000 briefings the build's process need not hold
        out.append(b)
    return out


def _fork_parse(paths: list[Path], root: Path) -> tuple[int, int] | None:
    """A forked process parsing ``paths``; its pid and the pipe its pickled results come through."""
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:
        code = 0
        try:
            os.close(read_fd)
            data = pickle.dumps(_parse_all(paths, root), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(data)
        except BaseException:  # noqa: BLE001 — the parent parses them itself
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _collect(child: tuple[int, int] | None, paths: list[Path], root: Path) -> list[Briefing | Exception]:
    """The forked process's results; parsed here if it failed."""
    if child is None:
        return _parse_all(paths, root)
    pid, read_fd = child
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    try:
        if os.waitstatus_to_exitcode(status) == 0:
            items = pickle.loads(data)
            if len(items) == len(paths):
                return items
    except Exception:  # noqa: BLE001
        pass
    return _parse_all(paths, root)


def _signature(root: Path) -> tuple:
    folders = [root / "docs" / "briefings", root / "articles"]
    return tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for f in folders for p in sorted(f.glob("*"))
    )


@lru_cache(maxsize=16)
def _resolved(root: Path) -> Path:
    return root.resolve()  # the hook asks for the session ~3 times per page


def session(root: Path, refresh: bool = False) -> Session:
    """The current build's data: set by ``build_site``, or read from ``docs/briefings`` (``mkdocs build``
    and ``mkdocs serve``; with ``refresh``, read again when a briefing or an article has changed)."""
    global _SESSION
    root = _resolved(root) if root.is_absolute() else root.resolve()
    stale = refresh and _SESSION is not None and _SESSION.signature not in (None, _signature(root))
    if _SESSION is None or _SESSION.root != root or stale:
        signature = _signature(root)
        prepare(root, load_briefings(root)).signature = signature
    assert _SESSION is not None
    return _SESSION


def abort() -> None:
    """After a failed build: stop the helper processes, so that the next build starts afresh."""
    import gc

    gc.unfreeze()
    s = _SESSION
    if s is None:
        return
    if s.stamper is not None:
        for pid in (s.stamper.render_pid, s.stamper.write_pid):
            if pid is not None:
                os.kill(pid, 15)
                os.waitpid(pid, 0)
        if s.stamper.spool is not None:
            s.stamper.spool.close()
    if s.search is not None:
        s.search.proc.kill()
        s.search.proc.wait()
    if s.prerender is not None:
        s.prerender.stop()
    if s.split is not None:
        s.split.stop()
    s.stamper = s.search = s.prerender = s.split = s.nav = None


def prepare(root: Path, briefings: list[Briefing]) -> Session:
    global _SESSION
    root = root.resolve()
    setting = publish_setting(root)
    rule = source_publishable if setting is None else (lambda b: setting)
    renderer = Renderer(briefings, templates_dir(root), rule)
    _SESSION = Session(root, renderer, render_pages(renderer), {b.id: b for b in briefings})
    return _SESSION


def source_date_epoch(briefings: list[Briefing]) -> str:
    """A fixed build date (the newest publication date), so that two builds are byte-identical."""
    dates = [b.source.published for b in briefings if b.source.published]
    day = dt.date.fromisoformat(max(dates)) if dates else dt.date(2000, 1, 1)
    return str(int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()))


def build_site(root: Path = Path("."), briefings: list[Briefing] | None = None, strict: bool = False) -> None:
    """Derived pages, ``mkdocs build`` into ``root/site``, and its Pagefind index (run by the hook)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = root.resolve()
    if briefings is None:
        briefings = load_briefings(root)
    prepare(root, briefings)
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = source_date_epoch(briefings)
    try:
        config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"), strict=strict)
        build(config)
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


# ---------------------------------------------------------------- writing the stamped pages, Pagefind

SHELL_URL = "_shell/page/"
SHELL_TITLE = "BWSHELLTITLE"
# "<h1" in the shell's content: the theme adds no title of its own (each page has its <h1>)
SHELL_CONTENT = "<!--<h1>BWSHELLCONTENT-->"


def render_stamped(s: Session) -> list[tuple[str, str, bytes]]:
    """The stamped pages (URL, title, content compressed until the shell exists: 5,000 briefings
    make ~150 MB of source and actor pages)."""
    out = []
    for page in s.pages.values():
        if page.stamp:
            body = s.renderer.body(page)
            body = f"<div data-pagefind-body>\n{body}</div>\n" if page.search else body
            out.append((url_of(page.uri), page.title, zlib.compress(body.encode("utf-8"), 1)))
    return out


def write_stamped(rendered: list[tuple[str, str, bytes]], shell: str, site_dir: Path) -> None:
    """Each stamped page: the rendered shell page with the page's title, URL and content."""
    for url, title, packed in rendered:
        body = zlib.decompress(packed).decode("utf-8")
        out = shell.replace(SHELL_TITLE, escape(title)).replace(SHELL_URL, url).replace(SHELL_CONTENT, body)
        dest = site_dir / url / "index.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(out, "utf-8")


@dataclass
class Stamper:
    """The processes that render the stamped pages into a spool file, then write them from the
    shell page (no pids: no fork here, they are written in-process)."""

    render_pid: int | None
    spool: Any = None  # the rendered pages, pickled: written by the first process, read by the second
    write_pid: int | None = None


def _forked(work: Callable[[], None]) -> int:
    """A forked process running ``work``, then leaving without running MkDocs (exit status 1 on error)."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work()
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    return pid


def start_stamped(s: Session, site_dir: Path) -> Stamper:
    """Render the stamped pages in a forked process, on the other core while MkDocs converts the
    briefings, into a spool file; the process then leaves, returning its memory (~300 MB at 5,000
    briefings: what it touched of this process's objects became its own). ``send_shell`` forks
    a small process that writes them from the rendered shell page.

    Without ``fork`` (or with ``BRIEFWRIGHT_NO_FORK`` set) ``send_shell`` does it all in-process.
    """
    if not hasattr(os, "fork") or os.environ.get("BRIEFWRIGHT_NO_FORK"):
        return Stamper(None)
    spool = tempfile.TemporaryFile()

    def render() -> None:
        pickle.dump(render_stamped(s), spool, protocol=pickle.HIGHEST_PROTOCOL)
        spool.flush()

    return Stamper(_forked(render), spool)


def _wait(pid: int) -> None:
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("writing the actor, source and tag pages failed (the error is printed above)")


def send_shell(stamper: Stamper, s: Session, shell: str, site_dir: Path) -> None:
    if stamper.render_pid is None:
        write_stamped(render_stamped(s), shell, site_dir)
        return
    _wait(stamper.render_pid)
    stamper.render_pid = None
    spool, stamper.spool = stamper.spool, None

    def write() -> None:
        spool.seek(0)
        write_stamped(pickle.load(spool), shell, site_dir)

    stamper.write_pid = _forked(write)
    spool.close()


def finish_stamped(stamper: Stamper | None) -> None:
    if stamper is None:
        return
    if stamper.spool is not None:  # the shell never came
        stamper.spool.close()
    for pid in (stamper.render_pid, stamper.write_pid):
        if pid is not None:
            _wait(pid)
