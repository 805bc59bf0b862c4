"""The briefing's Markdown: ``render`` a ``Briefing`` to a human-editable file, ``parse`` it back.

A briefing file is YAML front matter (id, title, source, tags and a ``briefwright:`` block
holding the converter's fingerprint, see ``fingerprints``) followed by ``# Title``, a source
credit line and four sections, each a plain Markdown list (the grammar is documented in
``docs/contributing.md``)::

    ## Key points
    - <sentence>
    ## Timeline
    - **<date>**, *<when text>*: <event> — <actor refs> — [¶N](<paragraph link>)
    ## Actors
    - **<name>** `<id>` — <type>[, anonymous]
        - role: <role>  |  also called: <alias>  |  part of: `<id>`
    ## Quotes
    - <speaker ref> *<cue>*[ (partial)]: “<quoted words>” — [¶N](<paragraph link>)

An actor reference is ``[Name](../actors/<id>.md)`` or ``\u0060<id>\u0060``. Offsets are
never written: ``parse`` reads the source article and finds each quote, date and name in it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote as urlquote

import yaml

from .fingerprints import _FP_PLACEHOLDER, _with_fingerprint, fingerprint, is_edited  # noqa: F401  (the API)
from .model import ACTOR_TYPES, Actor, Briefing, Quote, Source, TimelineEntry, Timex
from .offsets import _Finder, ensure_mentions, recompute_mentions  # noqa: F401  (the API)

GRAMMAR_VERSION = 1
SECTIONS = ("Key points", "Timeline", "Actors", "Quotes")
NONE_LINE = "*None found.*"
_ID = r"[a-z0-9][a-z0-9-]*"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class BriefingError(ValueError):
    """A briefing that does not follow the grammar; ``str()`` is ``path:line: message``."""

    def __init__(self, path: str | Path | None, line: int, message: str, issues: list[Issue] | None = None):
        super().__init__(f"{path or '<briefing>'}:{line}: {message}")
        self.path = str(path) if path else None
        self.line = line
        self.message = message
        self.issues = issues or []


@dataclass
class Issue:
    """One problem found while reading a briefing: line (1-based), what is wrong, how to fix it."""

    line: int
    message: str
    fix: str = ""
    grammar: bool = True


@dataclass
class Parsed:
    """What ``read`` returns: the briefing (None when the front matter is unusable) and every issue."""

    briefing: Briefing | None
    issues: list[Issue] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # "quote#3", "actor#0", "timeline#2", "part:<a>:<b>"
    links: dict[str, tuple[int, int]] = field(default_factory=dict)  # "quote#3" -> (¶N, occurrence)
    names: list[tuple[int, str, str]] = field(default_factory=list)  # (line, link text, actor id)

    def add(self, line: int, message: str, fix: str = "", grammar: bool = True) -> None:
        self.issues.append(Issue(line, message, fix, grammar))


# ---------------------------------------------------------------- escaping

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}])|([&<>])")
_UNESCAPE = re.compile(r"\\([\\`*_\[\]{}#+\-.!])|&(amp|lt|gt);")
_BLOCK_START = re.compile(r"^(?:(\d+)(\.)|([#+\-!]))")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_UNENTITIES = {"amp": "&", "lt": "<", "gt": ">"}


def escape(text: str) -> str:
    """Article text as inert Markdown: no emphasis, code, link or HTML can come out of it."""
    text = " ".join(text.split("\n"))
    return _MD_SPECIAL.sub(lambda m: "\\" + m[1] if m[1] else _ENTITIES[m[2]], text)


def escape_item(text: str) -> str:
    """``escape``, and a first character that would start a heading, list or admonition made literal."""
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escape(text), count=1)


def unescape(text: str) -> str:
    return _UNESCAPE.sub(lambda m: m[1] if m[1] else _UNENTITIES[m[2]], text)


def _safe_url(url: str | None) -> str | None:
    """An http(s) URL made safe inside ``(...)``; None for any other scheme (javascript:, data:...)."""
    if not url or not re.match(r"^https?://[^\s]+$", url.strip(), re.I):
        return None
    return urlquote(url.strip(), safe="/:?#[]@!$&'*+,;=%~-._")


# ---------------------------------------------------------------- publishing rights

_OPEN_LICENCE = re.compile(r"\bcc[ -]?(by|0|zero)\b|creative\s*commons|public\s*domain", re.I)


def source_publishable(b: Briefing) -> bool:
    """May the source text be shown on the site? The article's ``publish`` flag, else its licence."""
    flag = getattr(b.source, "publish", None)
    if isinstance(flag, bool):
        return flag
    return bool(b.source.license and _OPEN_LICENCE.search(b.source.license))


def paragraph_link(b: Briefing, n: int) -> str:
    """``[¶N](...)`` to paragraph N: the site's source page, else the article URL, else plain ``¶N``."""
    if source_publishable(b):
        return f"[¶{n}](../sources/{b.id}.md#p{n})"
    url = _safe_url(b.source.url)
    return f"[¶{n}]({url})" if url else f"¶{n}"


# ---------------------------------------------------------------- render


def actor_ref(b: Briefing, actor_id: str) -> str:
    actor = b.actor(actor_id)
    name = actor.name if actor else actor_id
    return f"[{escape(name)}](../actors/{actor_id}.md)"


def _front_matter(b: Briefing) -> str:
    src = b.source
    source: dict = {"path": src.path}
    for key in ("publisher", "url", "published"):
        if getattr(src, key):
            source[key] = getattr(src, key)
    if src.authors:
        source["authors"] = list(src.authors)
    source["language"] = src.language
    for key in ("license", "license_url"):
        if getattr(src, key):
            source[key] = getattr(src, key)
    data: dict = {"id": b.id, "title": b.title, "source": source}
    if b.tags:
        data["tags"] = list(b.tags)
    data["briefwright"] = {
        "version": GRAMMAR_VERSION,
        "fingerprint": _FP_PLACEHOLDER,
        "timexes": [f"{t.start}-{t.end} {t.type} {t.value or '~'}" for t in b.temporal_expressions],
    }
    if not b.temporal_expressions:
        del data["briefwright"]["timexes"]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100_000, default_flow_style=False)


def _credit(b: Briefing) -> str:
    src = b.source
    url = _safe_url(src.url)
    title = f"[{escape(b.title)}]({url})" if url else f"*{escape(b.title)}*"
    parts = [p for p in (escape(src.publisher or ""), src.published or "") if p]
    line = f"**Source:** {title}" + (", " + ", ".join(parts) if parts else "")
    if src.authors:
        line += ", by " + escape(", ".join(src.authors))
    line += "."
    if src.license:
        lic_url = _safe_url(src.license_url)
        lic = f"[{escape(src.license)}]({lic_url})" if lic_url else escape(src.license)
        line += f" Licence: {lic}."
    if source_publishable(b):
        line += (
            " This briefing was made from the article by briefwright, which processed its text"
            " (extracted quotes, actors and dates, and summarised it);"
            f" read the [source text](../sources/{b.id}.md)."
        )
    else:
        line += " Quotes are short excerpts; read the full article at its source."
    return line


def _occurrences(b: Briefing) -> list[int]:
    """For each quote, 0 when ``parse`` will find it from its text alone, else which occurrence it is."""
    finder = _Finder(b.text, b.paragraphs)
    last: dict[int, int] = {}
    hints = []
    for q in b.quotes:
        n = b.paragraph_of(q.start)
        span, _ = finder.find(q.text, n, last.get(n, -1), quoted=True)
        hint = 0
        if span != (q.start, q.end) and n and b.text[q.start : q.end] == q.text:
            exact = finder.exact(q.text, *b.paragraphs[n - 1])
            hint = exact.index((q.start, q.end)) + 1 if (q.start, q.end) in exact else 0
        hints.append(hint)
        final = (q.start, q.end) if hint else span
        if final:
            last[n] = final[0] + 1
    return hints


def _para(b: Briefing, offset: int) -> str:
    n = b.paragraph_of(offset)
    return paragraph_link(b, n) if n else ""


def _tail(*parts: str) -> str:
    return "".join(f" — {p}" for p in parts if p)


def render(b: Briefing) -> str:
    """The Markdown briefing: deterministic, with the fingerprint of exactly this text."""
    out = ["---", _front_matter(b).rstrip("\n"), "---", "", f"# {escape(b.title)}", "", _credit(b), ""]
    out += ["## Key points", ""]
    out += [f"- {escape_item(s)}" for s in b.summary] or [NONE_LINE]
    out += ["", "## Timeline", ""]
    items = []
    for e in b.timeline:
        when = f", *{escape(e.when['text'])}*" if e.when and e.when.get("text") else ""
        refs = ", ".join(actor_ref(b, a) for a in e.actors)
        items.append(f"- **{escape(e.date)}**{when}: {escape(e.event)}{_tail(refs, _para(b, e.start))}")
    out += items or [NONE_LINE]
    out += ["", "## Actors", ""]
    items = []
    for a in b.actors:
        items.append(f"- **{escape(a.name)}** `{a.id}` — {a.type}" + (", anonymous" if a.anonymous else ""))
        items += [f"    - role: {escape(r)}" for r in a.roles]
        items += [f"    - also called: {escape(x)}" for x in a.aliases]
        items += [f"    - part of: `{x}`" for x in a.affiliations]
    out += items or [NONE_LINE]
    out += ["", "## Quotes", ""]
    items = []
    for q, nth in zip(b.quotes, _occurrences(b), strict=True):
        who = actor_ref(b, q.speaker) if q.speaker else "*unknown speaker*"
        cue = f" *{escape(q.cue)}*" if q.cue else ""
        kind = " (partial)" if q.kind == "partial" else ""
        hint = f" (occurrence {nth})" if nth else ""
        items.append(f"- {who}{cue}{kind}: “{escape(q.text)}”{_tail(_para(b, q.start))}{hint}")
    out += items or [NONE_LINE]
    return _with_fingerprint("\n".join(out) + "\n")


# ---------------------------------------------------------------- parsing the body

_REF = r"\[(?:\\.|[^\]\\])*\]\(\.\./actors/[^)\s]+?\.md\)|`[^`]+`"
_REF_PARTS = re.compile(
    r"\[(?P<text>(?:\\.|[^\]\\])*)\]\(\.\./actors/(?P<link>[^)\s]+?)\.md\)|`(?P<code>[^`]+)`"
)
_PARA = r"(?:\[¶(?P<pn>\d+)\]\([^)\s]*\)|¶(?P<pp>\d+))"
_ITEM = re.compile(r"^[-*+] (?P<body>.*)$")
_SUB = re.compile(r"^(?: {2,}|\t)[-*+] (?P<key>[a-z ]+?):\s*(?P<value>.*)$")
_TIMELINE = re.compile(
    r"^\*\*(?P<date>[^*]+)\*\*(?:, \*(?P<when>(?:\\.|[^*\\])+)\*)?: (?P<event>.*?)"
    rf"(?: — (?P<refs>(?:{_REF})(?:, (?:{_REF}))*))?(?: — {_PARA})?$"
)
_ACTOR = re.compile(
    r"^\*\*(?P<name>(?:\\.|[^*\\])+)\*\* `(?P<id>[^`]+)` — (?P<type>[a-z]+)(?P<anon>, anonymous)?$"
)
_QUOTE = re.compile(
    rf"^(?P<who>{_REF}|\*unknown speaker\*)(?: \*(?P<cue>(?:\\.|[^*\\])+)\*)?(?P<partial> \(partial\))?: "
    rf"[“\"](?P<text>.*)[”\"](?: — {_PARA})?(?: \(occurrence (?P<nth>\d+)\))?$"
)
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2}(?:T[0-9:]+|T(?:MO|AF|EV|NI))?)?)?$")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)

_HOW = {
    "Key points": "write each key point as a list item: '- <sentence>'",
    "Timeline": "write '- **YYYY-MM-DD**, *<date as written>*: <event> — [Name](../actors/<id>.md) — ¶N'",
    "Actors": "write '- **<Name>** `<id>` — <type>', sub-items '    - role: ...', '    - also called: ...'",
    "Quotes": "write '- [Name](../actors/<id>.md) *said*: “<words>” — [¶N](...)'",
}


def _ref_id(ref: str, n: int = 0, parsed: Parsed | None = None) -> str:
    """The actor id of a reference; a link's text is noted in ``parsed.names`` for ``check``."""
    m = _REF_PARTS.fullmatch(ref.strip())
    if not m:
        return ref.strip()
    if m["link"] and parsed is not None:
        parsed.names.append((n, unescape(m["text"]), m["link"].strip()))
    return (m["link"] or m["code"]).strip()


def _para_no(m: re.Match) -> int:
    return int(m["pn"] or m["pp"] or 0)


def valid_date(value: str) -> bool:
    """ISO 8601 at the precision known (YYYY, YYYY-MM, YYYY-MM-DD, optional time) and a real date."""
    if not _DATE.match(value):
        return False
    parts = value.split("T")[0].split("-")
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _iso(value: object) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10] if not isinstance(value, dt.datetime) else value.date().isoformat()
    return str(value)


@lru_cache(maxsize=8)
def _read_articles(path: Path, root: Path, stamp: tuple[int, int]) -> tuple:
    """The articles of one file, read once per version (``stamp``: its mtime and size): many briefings
    may come from one feed file, and a build parses every briefing."""
    from .articles import ArticleError, read_file

    articles = read_file(path, root=root)
    if not articles:
        raise ArticleError(path, "no article in the file")
    return tuple((a.id, a.text, tuple(a.paragraphs), a.publish) for a in articles)


def _load_article(source: Source, root: Path, bid: str) -> tuple[str, list[tuple[int, int]], bool | None]:
    path = Path(source.path)
    path = path if path.is_absolute() else root / path
    try:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = (0, -1)  # read_file reports it
    articles = _read_articles(path, root, stamp)
    _, text, paragraphs, publish = next((a for a in articles if a[0] == bid), None) or articles[0]
    return text, list(paragraphs), publish


def _source(src: dict) -> Source:
    authors = src.get("authors") or []
    return Source(
        path=str(src.get("path") or ""),
        published=_iso(src.get("published")),
        publisher=_iso(src.get("publisher")),
        url=_iso(src.get("url")),
        authors=[str(a) for a in (authors if isinstance(authors, list) else [authors])],
        language=str(src.get("language") or "en"),
        license=_iso(src.get("license")),
        license_url=_iso(src.get("license_url")),
    )


def read(md: str, path: str | Path | None = None, root: Path = Path(".")) -> Parsed:
    """Read a Markdown briefing, collecting every grammar and content issue (see ``parse``)."""
    md = md.replace("\r\n", "\n")
    m = _FRONT.match(md)
    if not m:
        return Parsed(None, [Issue(1, "no front matter", "start the file with '---', YAML keys, then '---'")])
    try:
        meta = yaml.load(m[1] or "", Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = f"broken front matter: {getattr(exc, 'problem', exc)}"
        return Parsed(None, [Issue(mark.line + 2 if mark else 1, problem, "fix the YAML")])
    if not isinstance(meta, dict):
        return Parsed(None, [Issue(2, "broken front matter: expected 'key: value' lines", "fix the YAML")])
    fm_lines: dict[str, int] = {}
    for i, line in enumerate((m[1] or "").split("\n"), 2):
        fm_lines.setdefault(line.split(":")[0].strip(" -"), i)
    bid = str(meta.get("id") or "")
    b = Briefing(id=bid, title=str(meta.get("title") or ""), source=Source(path=""), text="")
    parsed = Parsed(b)
    if not re.fullmatch(_ID, bid):
        parsed.add(fm_lines.get("id", 1), f"invalid id {bid!r}", "use lower-case letters, digits and '-'")
        b.id = bid or (Path(path).stem if path else "briefing")
    src = meta.get("source") if isinstance(meta.get("source"), dict) else {}
    b.source = _source(src)
    tags = meta.get("tags") or []
    b.tags = [str(t) for t in (tags if isinstance(tags, list) else [tags])]
    if not b.source.path:
        parsed.add(fm_lines.get("source", 1), "no source.path", "give the article file under 'source: path:'")
    published = b.source.published
    if published and not valid_date(published):
        parsed.add(
            fm_lines.get("published", 1), f"invalid published date {published!r}", "write YYYY-MM-DD", False
        )
    if b.source.path:
        try:
            b.text, b.paragraphs, publish = _load_article(b.source, root, b.id)
        except Exception as exc:  # noqa: BLE001 - any unreadable source is reported, not fatal
            fix = "fix source.path (relative to the project root) or restore the article"
            parsed.add(fm_lines.get("path", 1), f"cannot read the source article: {exc}", fix, False)
        else:
            if publish is not None:
                b.source.publish = publish  # type: ignore[attr-defined]
    _body(md[m.end() :], md[: m.end()].count("\n") + 1, parsed)
    _timexes(meta.get("briefwright"), b)
    _resolve(parsed)
    return parsed


def _body(body: str, first_line: int, parsed: Parsed) -> None:
    b = parsed.briefing
    assert b is not None
    section: str | None = None
    actor: Actor | None = None
    for n, line in enumerate(body.split("\n"), first_line):
        if line.startswith("# ") and section is None:
            title = unescape(line[2:].strip())
            if title != b.title.strip():
                fix = "change the title in both places: the build reads 'title:' in the front matter"
                parsed.add(n, f"the heading differs from the front matter's title {b.title!r}", fix, False)
            continue
        if line.startswith("## "):
            name = line[3:].strip()
            section = next((s for s in SECTIONS if s.lower() == name.lower()), "?")
            actor = None
            if section == "?":
                parsed.add(n, f"unknown section {name!r}", f"use one of: {', '.join(SECTIONS)}")
            continue
        if section in (None, "?") or not line.strip() or line.strip() == NONE_LINE:
            continue
        sub = _SUB.match(line)
        if sub and section == "Actors":
            if actor is None:
                parsed.add(n, "a sub-item with no actor above it", "indent it under an actor's line")
            else:
                _actor_detail(actor, sub["key"], sub["value"].strip(), n, parsed)
            continue
        item = _ITEM.match(line)
        if not item:
            parsed.add(n, f"expected a list item in {section}", _HOW[str(section)])
        elif section == "Key points":
            b.summary.append(unescape(item["body"].strip()))
        elif section == "Actors":
            actor = _actor_item(b, item["body"].strip(), n, parsed)
        elif section == "Timeline":
            _timeline_item(b, item["body"].strip(), n, parsed)
        else:
            _quote_item(b, item["body"].strip(), n, parsed)


def _actor_detail(actor: Actor, key: str, value: str, n: int, parsed: Parsed) -> None:
    if key == "role":
        actor.roles.append(unescape(value))
    elif key in ("also called", "alias"):
        actor.aliases.append(unescape(value))
    elif key == "part of":
        actor.affiliations.append(_ref_id(value))
        parsed.lines.setdefault(f"part:{actor.id}:{_ref_id(value)}", n)
    else:
        parsed.add(n, f"unknown actor detail {key!r}", "use 'role:', 'also called:' or 'part of:'")


def _actor_item(b: Briefing, body: str, n: int, parsed: Parsed) -> Actor | None:
    m = _ACTOR.match(body)
    if not m:
        parsed.add(n, "an actor line must be '- **Name** `id` — type'", _HOW["Actors"])
        return None
    if m["type"] not in ACTOR_TYPES:
        parsed.add(n, f"unknown actor type {m['type']!r}", f"use one of: {', '.join(ACTOR_TYPES)}")
    actor = Actor(id=m["id"], name=unescape(m["name"]), type=m["type"], anonymous=bool(m["anon"]))
    parsed.lines[f"actor#{len(b.actors)}"] = n
    b.actors.append(actor)
    return actor


def _timeline_item(b: Briefing, body: str, n: int, parsed: Parsed) -> None:
    m = _TIMELINE.match(body)
    if not m:
        parsed.add(n, "a timeline line must start with the date in bold", _HOW["Timeline"])
        return
    refs = [_ref_id(r, n, parsed) for r in re.findall(_REF, m["refs"] or "")]
    entry = TimelineEntry(
        date=unescape(m["date"]).strip(), event=unescape(m["event"]), start=0, end=0, actors=refs
    )
    if m["when"]:
        entry.when = {"text": unescape(m["when"]), "start": 0, "end": 0}
    key = f"timeline#{len(b.timeline)}"
    parsed.lines[key], parsed.links[key] = n, (_para_no(m), 0)
    b.timeline.append(entry)


def _quote_item(b: Briefing, body: str, n: int, parsed: Parsed) -> None:
    m = _QUOTE.match(body)
    if not m:
        parsed.add(n, "a quote line must be '- <speaker> *<verb>*: “<words>” — [¶N](...)'", _HOW["Quotes"])
        return
    who, cue = m["who"], m["cue"]
    speaker = None if who == "*unknown speaker*" else _ref_id(who, n, parsed)
    kind = "partial" if m["partial"] else "direct"
    key = f"quote#{len(b.quotes)}"
    parsed.lines[key], parsed.links[key] = n, (_para_no(m), int(m["nth"] or 0))
    b.quotes.append(Quote(unescape(m["text"]), 0, 0, speaker, kind, unescape(cue) if cue else None))


def _timexes(block: object, b: Briefing) -> None:
    items = block.get("timexes") if isinstance(block, dict) else None
    for item in items or []:
        m = re.fullmatch(r"(\d+)-(\d+) (DATE|TIME|DURATION|SET) (\S+)", str(item))
        if m and int(m[1]) <= int(m[2]) <= len(b.text):
            s, e = int(m[1]), int(m[2])
            b.temporal_expressions.append(Timex(b.text[s:e], s, e, m[3], None if m[4] == "~" else m[4]))


def _resolve(parsed: Parsed) -> None:
    """Offsets from the source text: quotes, dates and names are found in their paragraphs."""
    b = parsed.briefing
    assert b is not None
    finder = _Finder(b.text, b.paragraphs)
    recompute_mentions(b.text, b.actors)
    mentions = {a.id: a.mentions for a in b.actors}
    last: dict[int, int] = {}
    for i, q in enumerate(b.quotes):
        line, (n, nth) = parsed.lines[f"quote#{i}"], parsed.links[f"quote#{i}"]
        span, in_para = finder.find(q.text, n, last.get(n, -1), nth, quoted=True)
        if span is None:
            q.start = q.end = (finder.paragraph(n) or (0, 0))[0]
            where = f"quoted text not found in the source article ({b.source.path})"
            parsed.add(line, where, "copy the words exactly as the source has them", False)
            continue
        q.start, q.end = span
        q.text = b.text[q.start : q.end]
        last[n] = q.start + 1
        p = b.paragraph_of(q.start)
        if not in_para and b.text:
            parsed.add(line, f"the quote is in paragraph {p}, not ¶{n}", f"link it to ¶{p}", False)
        near = [s for s in mentions.get(q.speaker or "", []) if b.paragraph_of(s[0]) == p]
        if near:
            q.speaker_span = min(near, key=lambda s: min(abs(s[0] - q.end), abs(q.start - s[1])))
    for i, e in enumerate(b.timeline):
        line, (n, _) = parsed.lines[f"timeline#{i}"], parsed.links[f"timeline#{i}"]
        span, in_para = None, False
        if e.when:
            span, in_para = finder.find(e.when["text"], n)
            if span:
                e.when = {"text": b.text[span[0] : span[1]], "start": span[0], "end": span[1]}
            else:
                fix = "copy the date as the source writes it, or remove it"
                parsed.add(line, f"the date text “{e.when['text']}” is not in the source article", fix, False)
        if not in_para:
            span, in_para = finder.find(e.event, n)
        if span is None or not (in_para or n == 0):
            e.start, e.end = finder.paragraph(n) or (0, 0)
        else:
            e.start, e.end = finder.sentence(span[0])
            e.end = max(e.end, span[1])


def parse(md: str, path: str | Path | None = None, root: Path = Path(".")) -> Briefing:
    """The briefing a Markdown file describes; offsets recomputed from the source article.

    Raises ``BriefingError`` (``path:line: message — fix``) on grammar errors; content problems
    (a quote not in the source, an unknown speaker) are left to ``briefwright check``.
    """
    parsed = read(md, path, root)
    grammar = [i for i in parsed.issues if i.grammar]
    if grammar or parsed.briefing is None:
        first = grammar[0]
        raise BriefingError(path, first.line, f"{first.message} — {first.fix}", grammar)
    return parsed.briefing


def contract(b: Briefing) -> dict:
    """The contract JSON of a briefing (``export --json``): ``to_dict`` without null ``when`` fields."""
    data = b.to_dict()
    for entry in data["timeline"]:
        if entry.get("when") is None:
            entry.pop("when", None)
    return data


def parse_file(path: str | Path, root: Path = Path(".")) -> Briefing:
    path = Path(path)
    return parse(path.read_text(encoding="utf-8"), path, root)
