"""Reading articles: any supported file in, normalised ``Article`` records out.

Each reader declares the suffixes it handles (like Pelican's readers) and returns
articles; every problem is an ``ArticleError`` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import Source

MAX_BYTES = 5_000_000  # default size limit of one article file; `convert --max-bytes` changes it


class ArticleError(Exception):
    """An article that cannot be read: ``str()`` is ``path: reason``."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Article:
    id: str
    title: str
    text: str
    paragraphs: list[tuple[int, int]]
    source: Source
    tags: list[str] = field(default_factory=list)
    publish: bool | None = None  # may the source text be published on the site (None: by licence)


# ---------------------------------------------------------------- normalising text

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_paragraphs(raw: str) -> list[str]:
    """Paragraphs of ``raw``: NFC, line ends unified, odd spaces made plain, blank-line separated."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n")).translate(_ZERO_WIDTH)
    paras = []
    for block in re.split(r"\n\s*\n", text):
        para = _SPACES.sub(" ", " ".join(line.strip() for line in block.split("\n"))).strip()
        if para:
            paras.append(para)
    return paras


def join_paragraphs(paras: list[str]) -> tuple[str, list[tuple[int, int]]]:
    spans, pos = [], 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return "\n\n".join(paras), spans


def slugify(text: str, max_len: int = 80) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:max_len].rstrip("-") or "article"


# ---------------------------------------------------------------- decoding bytes


def decode(data: bytes, path: Path | str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM), else Windows-1252."""
    if not data.strip():
        raise ArticleError(path, "the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"broken UTF-16 text ({exc.reason})") from exc
    sample = data[:4096]
    if sample.count(b"\x00") > len(sample) // 10:  # UTF-16 without a BOM, or binary
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
        raise ArticleError(path, "binary file, not text (NUL bytes) — give a text, Markdown, HTML or JSON article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not _looks_like_text(text):
        raise ArticleError(path, "binary file, not text — give a text, Markdown, HTML or JSON article")
    return text


def _looks_like_text(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\n\r\t\f")
    return bad <= len(sample) * 0.02


# ---------------------------------------------------------------- metadata


def parse_date(value: Any, path: Path | str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a front-matter or meta value; None when absent."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError as exc:
            raise ArticleError(path, f"unparseable date {text!r} ({exc}) — write it as YYYY-MM-DD") from exc
    try:
        from dateutil import parser as dateutil_parser

        return dateutil_parser.parse(text, fuzzy=False).date().isoformat()
    except (ValueError, OverflowError) as exc:
        raise ArticleError(path, f"unparseable date {text!r} — write it as YYYY-MM-DD") from exc


def _authors(meta: dict[str, Any]) -> list[str]:
    value = meta.get("authors", meta.get("author"))
    if not value:
        return []
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [str(value)]


def make_article(path: Path, meta: dict[str, Any], body: str, root: Path | None = None, suffix_id: str = "") -> Article:
    paras = normalise_paragraphs(body)
    title = str(meta.get("title") or "").strip()
    if not title and paras:
        title, paras = paras[0], paras[1:]
    if paras and title and paras[0].strip().rstrip(".") == title.rstrip("."):
        paras = paras[1:]  # the title repeated as the first line of the body
    if not paras:
        raise ArticleError(path, "no article text after reading the file")
    text, spans = join_paragraphs(paras)
    published = parse_date(meta.get("published", meta.get("date")), path)
    rel = _relpath(path, root)
    art_id = str(meta.get("id") or "") or slugify(path.stem) + suffix_id
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", art_id):
        art_id = slugify(art_id)
    tags = meta.get("tags") or []
    return Article(
        id=art_id,
        title=title or path.stem,
        text=text,
        paragraphs=spans,
        source=Source(
            path=rel,
            published=published,
            publisher=(str(meta["publisher"]) if meta.get("publisher") else None),
            url=(str(meta["url"]) if meta.get("url") else None),
            authors=_authors(meta),
            language=str(meta.get("language") or "en"),
            license=(str(meta["license"]) if meta.get("license") else None),
            license_url=(str(meta["license_url"]) if meta.get("license_url") else None),
        ),
        tags=[str(t) for t in tags] if isinstance(tags, list) else [str(tags)],
        publish=meta.get("publish") if isinstance(meta.get("publish"), bool) else None,
    )


def _relpath(path: Path, root: Path | None) -> str:
    try:
        return path.resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# ---------------------------------------------------------------- readers

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def read_markdown(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    meta: dict[str, Any] = {}
    body = text
    if text.lstrip("\n").startswith("---"):
        stripped = text.lstrip("\n")
        m = _FRONT.match(stripped)
        if not m:
            raise ArticleError(path, "broken front matter: the opening '---' has no closing '---' line")
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark else ""
            raise ArticleError(path, f"broken front matter{where}: {getattr(exc, 'problem', exc)}") from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise ArticleError(path, "broken front matter: expected 'key: value' lines")
        meta = loaded or {}
        body = stripped[m.end():]
    yield make_article(path, meta, body, root)


def read_text(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    lines = text.replace("\r\n", "\n").lstrip().split("\n")
    title = lines[0].strip()
    rest = lines[1:]
    if rest and rest[0].strip() == title:  # a title repeated on the next line
        rest = rest[1:]
    yield make_article(path, {"title": title}, "\n".join(rest), root)


def read_html(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise ArticleError(path, "no article text found in the HTML page")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        raise ArticleError(path, "no article text found in the HTML page")
    body = "\n\n".join(line for line in body.split("\n") if line.strip())
    meta = {
        "title": data.get("title"),
        "published": data.get("date"),
        "author": [a.strip() for a in (data.get("author") or "").split(";") if a.strip()],
        "publisher": data.get("sitename") or data.get("hostname"),
        "url": data.get("url"),
        "language": data.get("language") or "en",
    }
    yield make_article(path, meta, body, root)


def _json_article(path: Path, obj: Any, root: Path | None, n: int | None) -> Article:
    where = f" (record {n})" if n is not None else ""
    if not isinstance(obj, dict):
        raise ArticleError(path, f"expected an article object{where}")
    body = obj.get("text") or obj.get("body") or obj.get("content")
    if not isinstance(body, str) or not body.strip():
        raise ArticleError(path, f"no article text{where}: give a 'text' field")
    meta = {k: v for k, v in obj.items() if k not in ("text", "body", "content")}
    suffix = f"-{n}" if n is not None and not meta.get("id") else ""
    try:
        return make_article(path, meta, body, root, suffix_id=suffix)
    except ArticleError as exc:
        raise ArticleError(path, exc.reason + where) from exc


def read_json(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if isinstance(obj, list):
        for n, item in enumerate(obj, 1):
            yield _json_article(path, item, root, n)
    else:
        yield _json_article(path, obj, root, None)


def read_jsonl(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(path, f"invalid JSON on line {n}: {exc.msg}") from exc
        yield _json_article(path, obj, root, n)


Reader = Callable[[Path, str, "Path | None"], Iterator[Article]]

READERS: dict[str, Reader] = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}


def read_file(path: Path, root: Path | None = None, max_bytes: int = MAX_BYTES) -> list[Article]:
    """All articles in one file; raises ``ArticleError`` with the file and the reason."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleError(path, f"unsupported file type {path.suffix!r} — use one of {', '.join(sorted(READERS))}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(path, f"too large ({size:,} bytes, limit {max_bytes:,}) — raise it with --max-bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read the file ({exc.strerror})") from exc
    return list(reader(path, decode(data, path), root))


def article_files(folder: Path) -> list[Path]:
    """The article files of ``folder`` (recursively), sorted; README files are not articles."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in READERS and not p.name.lower().startswith("readme")
    )
