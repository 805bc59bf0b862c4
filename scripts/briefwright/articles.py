"""Reading articles: any supported file in, normalised ``Article`` records out.

Each reader declares the suffixes it handles (like Pelican's readers) and yields
articles; every problem is an ``ArticleError`` naming the file and the reason.
``read_file`` raises the first problem; ``read_records`` yields the good records of a
feed together with the errors of its bad ones, so that one broken line of a JSON Lines
archive does not lose the others.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import Source

_GIVE = "give a text, Markdown, HTML or JSON article"
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

_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_DROP.update({c: None for c in range(32) if chr(c) not in "\n\t"})
_DROP.update({c: None for c in range(0x7F, 0xA0)})
_DROP.update({0x2028: "\n", 0x2029: "\n\n", 0x0C: "\n\n", 0x0B: "\n", 0x85: "\n"})
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def unify_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean_line(text: str) -> str:
    """One line of text: NFC, zero-width and control characters dropped, odd spaces made plain."""
    text = unicodedata.normalize("NFC", unify_newlines(text)).translate(_DROP)
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def normalise_paragraphs(raw: str) -> list[str]:
    """Paragraphs of ``raw``: NFC, line ends unified, odd spaces made plain, blank-line separated."""
    text = unicodedata.normalize("NFC", unify_newlines(raw)).translate(_DROP)
    paras = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
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
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 (with or without BOM), else Windows-1252.

    Line ends come out as ``\\n``; a leading byte-order mark is dropped.
    """
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if not data.strip(b" \t\r\n\x00\x0b\x0c") or data in boms:
        raise ArticleError(path, "the file is empty")
    text = _decode(data, path)
    text = unify_newlines(text).lstrip("\ufeff")
    if not text.strip():
        raise ArticleError(path, "the file is empty")
    if not _looks_like_text(text):
        raise ArticleError(path, f"binary file, not text — {_GIVE}")
    return text


def _decode(data: bytes, path: Path | str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"broken UTF-16 text ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data[:4096])
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"broken UTF-16 text ({exc.reason})") from exc
        raise ArticleError(path, f"binary file, not text (NUL bytes) — {_GIVE}")
    return data.decode("utf-8", errors="briefwright-cp1252")  # UTF-8; any byte that is not, Windows-1252


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as Windows-1252: right for cp1252 files and for mixed ones."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("briefwright-cp1252", _cp1252_fallback)


def _decode_html(data: bytes, path: Path | str) -> str:
    """An HTML page's text: as ``decode``, but a page that is not UTF-8 may name its charset."""
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
    if m and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            codec = codecs.lookup(m[1].decode("ascii")).name
            data.decode("utf-8")
        except LookupError:
            pass
        except UnicodeDecodeError:
            if not codec.startswith("utf"):
                return decode(data.decode(codec, errors="replace").encode("utf-8"), path)
    return decode(data, path)


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit on one side of the byte pairs only, as in UTF-16 text."""
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.02:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.02:
        return "utf-16-be"
    return None


_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _looks_like_text(text: str) -> bool:
    """At most 2% control, private-use, unassigned or replacement characters in the first 4,096."""
    sample = text[:4096]
    bad = len(_BAD_CHARS.findall(sample))
    bad += sum(1 for ch in _NON_ASCII.findall(sample) if unicodedata.category(ch) == "Cn")
    return bad <= len(sample) * 0.02


# ---------------------------------------------------------------- metadata


def parse_date(value: Any, path: Path | str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a front-matter or meta value; None when absent."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ArticleError(path, f"unparseable date {value!r} — write it as YYYY-MM-DD")
    if isinstance(value, int | float) and 1e8 < value < 1e11:  # seconds since 1970, as in some feeds
        return dt.datetime.fromtimestamp(value, dt.UTC).date().isoformat()
    text = clean_line(str(value))
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError as exc:
            raise ArticleError(path, f"unparseable date {text!r} ({exc}) — write it as YYYY-MM-DD") from exc
    if re.search(r"(?<!\d)\d{4}(?!\d)", text) and len(text) <= 64:  # a year is required: no guessing
        try:
            from dateutil import parser as dateutil_parser

            default = dt.datetime(2000, 1, 1)
            return dateutil_parser.parse(text, default=default, fuzzy=False).date().isoformat()
        except (ValueError, OverflowError, TypeError):
            pass
    raise ArticleError(path, f"unparseable date {text!r} — write it as YYYY-MM-DD")


def _names(value: Any) -> list[str]:
    """Author or publisher names from a string, a list, or JSON-LD-like objects ``{"name": ...}``."""
    if not value:
        return []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, str | int | float):
        name = clean_line(str(value))
        return [name] if name else []
    return []


def _text_field(meta: dict[str, Any], key: str, path: Path | str) -> str | None:
    value = meta.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dict | list | bool):
        if key == "publisher":
            names = _names(value)
            return names[0] if names else None
        raise ArticleError(path, f"front matter field {key!r} must be text, not {type(value).__name__}")
    return clean_line(str(value)) or None


def make_article(
    path: Path, meta: dict[str, Any], body: str, root: Path | None = None, suffix_id: str = ""
) -> Article:
    """An ``Article`` from metadata and the raw body; the title repeated atop the body is dropped."""
    paras = normalise_paragraphs(body)
    title = _text_field(meta, "title", path) or ""
    if not title and paras:
        title, paras = paras[0], paras[1:]
    if paras and title and _same_title(paras[0], title):
        paras = paras[1:]  # the title repeated as the first line of the body
    if not paras:
        raise ArticleError(path, "no article text after reading the file")
    text, spans = join_paragraphs(paras)
    published = parse_date(meta.get("published", meta.get("date")), path)
    art_id = _text_field(meta, "id", path) or ""
    if art_id and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", art_id):
        art_id = slugify(art_id)
    tags = meta.get("tags") or []
    tags = tags if isinstance(tags, list) else [tags]
    publish = meta.get("publish")
    return Article(
        id=art_id or slugify(path.stem) + suffix_id,
        title=title or path.stem,
        text=text,
        paragraphs=spans,
        source=Source(
            path=_relpath(path, root),
            published=published,
            publisher=_text_field(meta, "publisher", path),
            url=_text_field(meta, "url", path),
            authors=_names(meta.get("authors", meta.get("author"))),
            language=_text_field(meta, "language", path) or "en",
            license=_text_field(meta, "license", path),
            license_url=_text_field(meta, "license_url", path),
        ),
        tags=[clean_line(str(t)) for t in tags if t is not None and not isinstance(t, dict | list)],
        publish=publish if isinstance(publish, bool) else None,
    )


def _same_title(line: str, title: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s.casefold()).strip()

    return bool(key(title)) and key(line) == key(title)  # a title of signs alone repeats nothing


def _relpath(path: Path, root: Path | None) -> str:
    try:
        return path.resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return path.as_posix()


# ---------------------------------------------------------------- readers


class _FrontMatterLoader(yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML whose dates stay strings, so that a bad date is reported as such by ``parse_date``."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n?^(?:---|\.\.\.)[ \t]*$\n?", re.S | re.M)


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    """``(metadata, body)`` of a Markdown file; ``({}, text)`` when it has no front matter."""
    stripped = text.lstrip(" \t\n")
    if not re.match(r"---[ \t]*\n", stripped):
        return {}, text
    m = _FRONT.match(stripped)
    if not m:
        raise ArticleError(path, "broken front matter: the opening '---' line has no closing '---' line")
    try:
        loaded = yaml.load(m.group(1), Loader=_FrontMatterLoader)  # noqa: S506 — a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise ArticleError(path, f"broken front matter{where}: {problem}") from exc
    except (ValueError, TypeError, RecursionError) as exc:
        raise ArticleError(path, f"broken front matter: {exc}") from exc
    if loaded is not None and not isinstance(loaded, dict):
        raise ArticleError(path, "broken front matter: expected 'key: value' lines")
    meta = {str(k): v for k, v in (loaded or {}).items()}
    return meta, stripped[m.end() :]


_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S.*$", re.M)
_MD_EMPH = re.compile(r"(\*\*|__|\*)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M)


def markdown_to_text(body: str) -> str:
    """Plain text of a Markdown body: headings, links, emphasis, quotes and lists unwrapped."""
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"^```.*?^```[ \t]*$", "", body, flags=re.S | re.M)
    body = _MD_REF_DEF.sub("", body)
    body = re.sub(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", r"\n\1\n", body, flags=re.M)
    body = re.sub(r"^ {0,3}(?:[-*_][ \t]*){3,}$|^ {0,3}=+[ \t]*$", "\n", body, flags=re.M)  # rules
    body = re.sub(r"^[ \t]*>[ \t]?", "", body, flags=re.M)
    body = _MD_LIST.sub("\n", body)  # each list item its own paragraph
    body = _MD_LINK.sub(r"\1", body)
    body = _MD_EMPH.sub(r"\2", body)
    body = re.sub(r"(?<!`)`([^`\n]+)`(?!`)", r"\1", body)  # ``TeX quotes'' are text, not code
    body = re.sub(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", "", body)  # inline HTML tags
    body = re.sub(r"\\([\\`*_{}\[\]()#+\-.!])", r"\1", body)
    return html.unescape(body) if "&" in body else body


def read_markdown(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    """Front matter and body; without a ``title`` key, the leading heading (or the file name) is the title."""
    meta, body = split_front_matter(path, text)
    if not meta.get("title"):
        m = re.match(r"\s*(?: {0,3}#[ \t]+(.+?)[ \t#]*|(\S.*)\n {0,3}=+[ \t]*)$", body, re.M)
        heading = m and (m[1] or m[2])
        title = markdown_to_text(heading).strip() if heading else path.stem.replace("-", " ")
        meta = {**meta, "title": title}
    yield make_article(path, meta, markdown_to_text(body), root)


def read_text(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    lines = text.strip().split("\n")
    title = clean_line(lines[0])
    rest = lines[1:]
    if rest and re.fullmatch(r"[ \t]*(=+|-+)[ \t]*", rest[0]):  # a title underlined
        rest = rest[1:]
    if rest and _same_title(rest[0], title):  # a title repeated on the next line
        rest = rest[1:]
    yield make_article(path, {"title": title}, "\n".join(rest), root)


def read_html(path: Path, text: str, root: Path | None) -> Iterator[Article]:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 — any parser failure is bad input, said plainly
        raise ArticleError(path, f"cannot read the HTML page ({type(exc).__name__})") from exc
    data = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
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
        "license": data.get("license"),
        "tags": [t for t in (data.get("tags") or []) if t],
    }
    try:
        article = make_article(path, meta, body, root)
    except ArticleError as exc:
        if "no article text" in exc.reason:
            raise ArticleError(path, "no article text found in the HTML page") from exc
        if "unparseable date" not in exc.reason:
            raise
        article = make_article(path, {**meta, "published": None}, body, root)  # a page's odd date: no fault
    yield article


_JSON_ALIASES = {
    "title": ("title", "headline", "name"),
    "published": ("published", "date", "datePublished", "pubDate", "published_at", "publishedAt", "created"),
    "author": ("authors", "author", "byline", "creator"),
    "publisher": ("publisher", "source", "site", "sitename", "site_name"),
    "url": ("url", "link", "href"),
    "license": ("license", "licence"),
}
_BODY_KEYS = ("text", "body", "content", "articleBody", "article")


def _html_fragment_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", body)
    body = re.sub(r"(?i)</?(p|div|br|h[1-6]|li|blockquote|section|article)\b[^>]*>", "\n\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def _json_article(path: Path, obj: Any, root: Path | None, n: int | None, line: bool) -> Article:
    where = (f" (line {n})" if line else f" (record {n})") if n is not None else ""
    if not isinstance(obj, dict):
        raise ArticleError(path, f"expected an article object{where}, got {type(obj).__name__}")
    body = next((obj[k] for k in _BODY_KEYS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if body is None:
        raise ArticleError(path, f"no article text{where}: give a 'text' field")
    if re.search(r"(?i)<(p|br|div)\b[^>]*>", body):
        body = _html_fragment_text(body)
    meta: dict[str, Any] = {k: v for k, v in obj.items() if k not in _BODY_KEYS}
    for key, aliases in _JSON_ALIASES.items():
        meta[key] = next((obj[a] for a in aliases if obj.get(a) not in (None, "", [])), None)
    if not meta.get("id") and n is not None:
        try:
            title = _text_field(meta, "title", path)
            date = parse_date(meta.get("published"), path)
        except ArticleError:
            title, date = None, None
        if title:
            meta["id"] = slugify(f"{date or ''} {title}")
    suffix = f"-{n}" if n is not None and not meta.get("id") else ""
    try:
        return make_article(path, meta, body, root, suffix_id=suffix)
    except ArticleError as exc:
        raise ArticleError(path, exc.reason + where) from exc


def _load_json(path: Path, text: str, where: str = "") -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = where or f" at line {exc.lineno}"
        raise ArticleError(path, f"invalid JSON{at}: {exc.msg}") from exc
    except RecursionError as exc:
        raise ArticleError(path, f"invalid JSON{where}: nested too deeply") from exc


def read_json(path: Path, text: str, root: Path | None) -> Iterator[Article | ArticleError]:
    obj = _load_json(path, text)
    if isinstance(obj, dict) and isinstance(obj.get("articles", obj.get("items")), list):
        obj = obj.get("articles", obj.get("items"))
    if isinstance(obj, list):
        if not obj:
            raise ArticleError(path, "no articles in the JSON list")
        for n, item in enumerate(obj, 1):
            try:
                yield _json_article(path, item, root, n, line=False)
            except ArticleError as exc:
                yield exc
    else:
        yield _json_article(path, obj, root, None, line=False)


def read_jsonl(path: Path, text: str, root: Path | None) -> Iterator[Article | ArticleError]:
    found = False
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        found = True
        try:
            yield _json_article(path, _load_json(path, line, f" on line {n}"), root, n, line=True)
        except ArticleError as exc:
            yield exc
    if not found:
        raise ArticleError(path, "the file is empty")


Reader = Callable[[Path, str, "Path | None"], Iterator["Article | ArticleError"]]

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


def read_records(
    path: Path, root: Path | None = None, max_bytes: int = MAX_BYTES
) -> list[Article | ArticleError]:
    """Every article of one file, each record's problem in its place (a JSON feed may hold many)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(READERS)
        return [ArticleError(path, f"unsupported file type {path.suffix!r} — use one of {known}")]
    try:
        size = path.stat().st_size
        if size > max_bytes:
            reason = f"too large ({size:,} bytes, limit {max_bytes:,}) — raise it with --max-bytes"
            return [ArticleError(path, reason)]
        data = path.read_bytes()
    except OSError as exc:
        return [ArticleError(path, f"cannot read the file ({exc.strerror or exc})")]
    try:
        text = _decode_html(data, path) if reader is read_html else decode(data, path)
        return list(reader(path, text, root))
    except ArticleError as exc:
        return [exc]
    except RecursionError:
        return [ArticleError(path, "cannot read the file: nested too deeply")]


def read_file(path: Path, root: Path | None = None, max_bytes: int = MAX_BYTES) -> list[Article]:
    """All articles in one file; raises ``ArticleError`` with the file and the reason."""
    records = read_records(path, root, max_bytes)
    for rec in records:
        if isinstance(rec, ArticleError):
            raise rec
    return records  # type: ignore[return-value]


def article_files(folder: Path) -> list[Path]:
    """The article files of ``folder`` (recursively), sorted; README and hidden files are not articles."""
    folder = Path(folder)
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in READERS
        and not p.name.lower().startswith("readme")
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
