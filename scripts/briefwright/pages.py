"""The derived pages of the site: plain functions of the briefings, rendered with Jinja2.

Home, briefing index, source texts, actors, timeline, quotes, tags and about pages:
``derived_pages(briefings)`` returns their HTML, keyed by the Markdown path they stand for
(``actors/<id>.md``). Repeated fragments (a briefing in a list, a quote, a paragraph link) are
Python with escaping, cached; page layouts are the templates in ``templates/pages/``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path

import jinja2
from markupsafe import Markup

from .articles import slugify
from .indexes import ActorEntry, Event, group_timeline, index_actors, link_surnames, merge_timeline  # noqa: F401
from .model import Briefing, Quote

PAGE_LIMIT = 1000  # entries on one index page; above it the index is split into pages
HOME_LATEST = 20
NO_SPEAKER = "Speaker not identified"  # the speaker of a quote that has none (as in briefing_page)


@dataclass
class Page:
    """A derived page: its source URI (``actors/kerry.md``), title and HTML body."""

    uri: str
    title: str
    html: str  # empty for a stamped page until ``Renderer.body`` renders it
    search: bool = False  # indexed by Pagefind
    stamp: bool = False  # one of many pages at depth two, written from a shell page (see write_stamped)
    template: str = ""
    context: dict = field(default_factory=dict)


# ---------------------------------------------------------------- URLs


def url_of(uri: str) -> str:
    """The directory URL of a page source URI: ``actors/kerry.md`` -> ``actors/kerry/``."""
    stem = uri[:-3] if uri.endswith(".md") else uri
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None (article metadata is untrusted)."""
    return url.strip() if url and re.match(r"^https?://[^\s\x00-\x1f]+$", url.strip(), re.I) else None


def readable_url(url: str) -> str:
    """A URL as people read it: percent-escapes of letters decoded ("Fern%C3%A1ndez" -> "Fernández");
    spaces, controls and invalid UTF-8 are left escaped."""
    from urllib.parse import unquote

    try:
        decoded = unquote(url, errors="strict") if "%" in url else url
    except UnicodeDecodeError:
        return url
    return url if re.search(r"[\s\x00-\x1f\x7f]", decoded) else decoded


def base_of(uri: str) -> str:
    """The relative prefix from the page of ``uri`` to the site root."""
    return "../" * url_of(uri).count("/")


def actor_uri(actor_id: str) -> str:
    return f"actors/{actor_id if actor_id != 'index' else 'index-'}.md"


def source_publishable(b: Briefing) -> bool:
    """May the article text be published on the site: the article's ``publish`` flag, else its licence."""
    from .markdown import source_publishable as rule

    return rule(b)


# ---------------------------------------------------------------- indexes


def newest_first(briefings: Iterable[Briefing]) -> list[Briefing]:
    return sorted(briefings, key=lambda b: (b.source.published or "", b.id), reverse=True)


def split(items: list, key: Callable, limit: int = PAGE_LIMIT) -> dict[str, list]:
    """Items grouped by ``key`` (insertion order kept), or one group ``""`` when they fit one page."""
    if len(items) <= limit:
        return {"": items}
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def initial(name: str) -> str:
    ch = slugify(name[:3] or "-")[:1]
    return ch if ch.isalpha() else "0"


# ---------------------------------------------------------------- rendering


@lru_cache(maxsize=4)
def _env(folder: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["month"] = lambda d: _month_name(d)
    env.filters["web"] = web_url
    env.filters["readable_url"] = readable_url
    return env


def templates_dir(root: Path | None = None) -> Path:
    here = Path(__file__).resolve().parents[2] / "templates"
    for candidate in ([root / "templates"] if root else []) + [here]:
        if (candidate / "pages").is_dir():
            return candidate
    raise FileNotFoundError("templates/pages not found (the site's Jinja2 templates)")


def _month_name(date: str) -> str:
    try:
        return dt.date.fromisoformat(date[:7] + "-01").strftime("%B %Y")
    except ValueError:
        return date or "Undated"


_OPEN = {
    ("q", True): '<mark class="bw-q" title="Quote: {}">', ("q", False): '<mark class="bw-q" title="Quote">',
    ("time", True): '<span class="bw-time" title="{}">', ("time", False): '<span class="bw-time">',
    ("actor", True): '<a class="bw-actor" href="{}">', ("actor", False): '<span class="bw-actor">',
}  # fmt: skip
_CLOSE = {
    ("q", True): "</mark>", ("q", False): "</mark>", ("time", True): "</span>", ("time", False): "</span>",
    ("actor", True): "</a>", ("actor", False): "</span>",
}  # fmt: skip


class Renderer:
    """Renders derived pages; holds the lookups the templates share."""

    def __init__(self, briefings: list[Briefing], templates: Path, publishable: Callable[[Briefing], bool]):
        self.env = _env(str(templates))
        self.briefings = newest_first(briefings)
        self.publishable = {b.id: publishable(b) for b in briefings}
        self.same: dict[str, str] = {}  # surname-only actor id -> the full name's id
        self.actors = index_actors(self.briefings, self.same)
        self.topics: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.briefings:
            for t in dict.fromkeys(b.tags):
                self.topics[t].append(b)
        self._items: dict[tuple[str, str], Markup] = {}
        self._starts: dict[str, list[int]] = {}
        self.tag_slugs = _unique_slugs(sorted(self.topics, key=lambda t: (t.lower(), t)))

    def render(
        self,
        template: str,
        uri: str,
        title: str,
        search: bool = False,
        stamp: bool = False,
        **context: object,
    ) -> Page:
        if stamp:
            return Page(uri, title, "", search, stamp, template, context)
        html = self.env.get_template(f"pages/{template}.html.j2").render(
            base=base_of(uri), title=title, site=self, **context
        )
        return Page(uri, title, html, search, stamp)

    def body(self, page: Page) -> str:
        if page.html or not page.template:
            return page.html
        return self.env.get_template(f"pages/{page.template}.html.j2").render(
            base=base_of(page.uri), title=page.title, site=self, **page.context
        )

    def briefing_head(self, b: Briefing, uri: str) -> str:
        """The metadata block above a briefing page: date, source, PDF, tags and the search filters."""
        named = [a for a in b.actors if not a.anonymous]
        return self.env.get_template("pages/briefing_head.html.j2").render(
            b=b,
            base=base_of(uri),
            publishable=self.publishable.get(b.id, False),
            tag_slugs=self.tag_slugs,
            actor_names=sorted({self.actor_name(b, a.id) for a in named}),
            actor_types=sorted({a.type for a in named}),
        )

    # fragments repeated on many pages: Python with markupsafe, cached (a Jinja macro call costs ~20 us)

    def entry_links(self, actor_ids: Iterable[str], base: str) -> Markup:
        """Links to the pages of actors of the collection, by name, comma-separated."""
        entries = sorted(
            (self.actors[i] for i in actor_ids if i in self.actors), key=lambda e: (e.name.lower(), e.id)
        )
        return Markup(", ").join(
            Markup(f'<a href="{escape(base)}{escape(url_of(actor_uri(e.id)))}">{escape(e.name)}</a>')
            for e in entries
        )

    def briefing_url(self, b: Briefing) -> str:
        return f"briefings/{b.id}/"

    def actor_url(self, actor_id: str | None) -> str | None:
        actor_id = self.same.get(actor_id or "", actor_id)
        return url_of(actor_uri(actor_id)) if actor_id in self.actors else None

    def actor_name(self, b: Briefing, actor_id: str | None) -> str:
        if actor_id in self.same:
            return self.actors[self.same[actor_id]].name
        if actor_id in self.actors:
            return self.actors[actor_id].name
        a = b.actor(actor_id)
        return a.name if a else (actor_id or NO_SPEAKER)

    def para_no(self, b: Briefing, offset: int) -> int:
        """1-based paragraph of ``offset`` (0 when none), by bisection."""
        starts = self._starts.get(b.id)
        if starts is None:
            starts = self._starts[b.id] = [start for start, _ in b.paragraphs]
        i = bisect_right(starts, offset)
        return i if i and offset < b.paragraphs[i - 1][1] else 0

    def para_link(self, b: Briefing, offset: int, base: str) -> str:
        """Where the paragraph holding ``offset`` of the article of ``b`` can be read."""
        n = self.para_no(b, offset)
        if self.publishable.get(b.id):
            return f"{base}sources/{b.id}/" + (f"#p{n}" if n else "")
        return web_url(b.source.url) or f"{base}{self.briefing_url(b)}"

    def brief_item(self, b: Briefing, base: str, teaser: bool = False) -> Markup:
        """A briefing in a list: title, date and publisher; with ``teaser``, its first key point too."""
        key = (b.id, base, teaser)
        if key not in self._items:
            meta = escape(b.source.published or "undated")
            if b.source.publisher:
                meta += " · " + escape(b.source.publisher)
            lead = f'<span class="bw-teaser">{escape(b.summary[0])}</span>\n' if teaser and b.summary else ""
            self._items[key] = Markup(
                f'<li class="bw-item"><a href="{escape(base)}briefings/{escape(b.id)}/">'
                f"{escape(b.title)}</a>\n"
                f'<span class="bw-meta">{meta}</span>\n{lead}</li>\n'
            )
        return self._items[key]

    def actor_link(self, b: Briefing, actor_id: str | None, base: str) -> Markup:
        name = escape(self.actor_name(b, actor_id))
        href = self.actor_url(actor_id)
        if href:
            return Markup(f'<a class="bw-actor" href="{escape(base)}{escape(href)}">{name}</a>')
        return Markup(f'<span class="bw-actor">{name}</span>')

    def source_link(self, b: Briefing, offset: int, base: str) -> Markup:
        n = self.para_no(b, offset)
        return Markup(
            f'<a class="bw-para" href="{escape(self.para_link(b, offset, base))}" '
            f'title="The paragraph of the source">{f"¶{n}" if n else "source"}</a>'
        )

    def quote_item(self, b: Briefing, q: Quote, base: str) -> Markup:
        return Markup(
            f'<li class="bw-quote-item">\n<blockquote class="bw-quote-text">“{escape(q.text)}”</blockquote>\n'
            f'<p class="bw-meta">{escape(b.source.published or "undated")} · '
            f'<a href="{escape(base)}briefings/{escape(b.id)}/">{escape(b.title)}</a> · '
            f"{self.source_link(b, q.start, base)}</p>\n</li>\n"
        )

    def event_item(self, ev: Event, base: str, anchor: bool = False) -> Markup:
        """An event of the merged timeline: its date, text, actors and the briefings reporting it;
        with ``anchor``, the entry carries the id ``d-<date>`` (the first entry of its date)."""
        b0 = ev.reports[0][0]
        actors = Markup(", ").join(self.actor_link(b0, aid, base) for aid in ev.actors)
        sources = Markup("; ").join(
            Markup(f'<a href="{escape(base)}briefings/{escape(b.id)}/">{escape(b.title)}</a> ')
            + self.source_link(b, t.start, base)
            for b, t in ev.reports
        )
        many = f"{len(ev.reports)} sources: " if len(ev.reports) > 1 else ""
        ident = f' id="d-{escape(ev.date)}"' if anchor else ""
        return Markup(
            f'<li{ident}><time class="bw-date" datetime="{escape(ev.date)}">{escape(ev.date)}</time> '
            f"{escape(ev.text)}\n"
            + (f'<span class="bw-actors">{actors}</span>\n' if ev.actors else "")
            + f'<span class="bw-sources">{many}{sources}</span></li>\n'
        )

    def source_html(self, b: Briefing, base: str) -> Markup:
        """The article's paragraphs with anchors ``#pN``, its quotes, dates and actor mentions marked."""
        from .markdown import ensure_mentions

        ensure_mentions(b)
        out = []
        for n, (start, end) in enumerate(b.paragraphs, 1):
            out.append(f'<p id="p{n}"><a class="bw-pnum" href="#p{n}" aria-label="Paragraph {n}">{n}</a>')
            for op, v, data in self._marked(b, start, end, base):
                if op == "text":
                    out.append(escape(v))
                elif op == "open":
                    out.append(_OPEN[v, bool(data)].format(escape(data or "")))
                else:
                    out.append(_CLOSE[v, bool(data)])
            out.append("</p>\n")
        return Markup("".join(out))

    def _marked(self, b: Briefing, start: int, end: int, base: str) -> list[tuple[str, str, str | None]]:
        spans: list[tuple[int, int, str, str | None]] = []
        for q in b.quotes:
            if start <= q.start < end:
                spans.append((q.start, min(q.end, end), "q", self.actor_name(b, q.speaker)))
        for t in b.temporal_expressions:
            if start <= t.start < end:
                spans.append((t.start, min(t.end, end), "time", t.value))
        for a in b.actors:
            href = self.actor_url(a.id)
            for m0, m1 in a.mentions:
                if start <= m0 < end:
                    spans.append((m0, min(m1, end), "actor", f"{base}{href}" if href else None))
        spans.sort(key=lambda s: (s[0], -s[1]))
        runs: list[tuple[str, str, str | None]] = []
        stack: list[tuple[int, str, str | None]] = []  # (end, kind, data) of the open spans
        pos = start

        def close() -> None:
            nonlocal pos
            s_end, kind, data = stack.pop()
            runs.append(("text", b.text[pos:s_end], None))
            runs.append(("close", kind, data))
            pos = s_end

        for s0, s1, kind, data in spans:
            while stack and stack[-1][0] <= s0:
                close()
            nested_link = kind == "actor" and any(k == "actor" for _, k, _ in stack)
            if s0 < pos or s1 <= s0 or (stack and s1 > stack[-1][0]) or nested_link:
                continue  # crosses an open span, or a link inside a link
            runs.append(("text", b.text[pos:s0], None))
            runs.append(("open", kind, data))
            stack.append((s1, kind, data))
            pos = s0
        while stack:
            close()
        runs.append(("text", b.text[pos:end], None))
        return [r for r in runs if r[0] != "text" or r[1]]


def derived_pages(
    briefings: list[Briefing],
    templates: Path | None = None,
    publishable: Callable[[Briefing], bool] = source_publishable,
    limit: int = PAGE_LIMIT,
) -> dict[str, Page]:
    """Every derived page of the site with its HTML, keyed by source URI, in a deterministic order."""
    r = Renderer(briefings, templates or templates_dir(), publishable)
    pages = render_pages(r, limit)
    for page in pages.values():
        page.html = r.body(page)
    return pages


def render_pages(r: Renderer, limit: int = PAGE_LIMIT) -> dict[str, Page]:
    pages: list[Page] = []
    add = pages.append
    bs = r.briefings
    add(r.render("home", "index.md", "Latest briefings", latest=bs[:HOME_LATEST], total=len(bs)))
    add(r.render("search", "search.md", "Search"))

    months = split(bs, lambda b: (b.source.published or "undated")[:7], limit)
    add(
        r.render(
            "briefings",
            "briefings/index.md",
            "Briefings",
            groups=_groups(bs),
            pages=_links(months, "archive"),
        )
    )
    if len(months) > 1:
        for key, items in months.items():
            uri = f"archive/{key}.md"
            add(
                r.render("briefings", uri, f"Briefings — {_month_name(key)}", groups=_groups(items), pages={})
            )

    for b in bs:
        if r.publishable[b.id]:
            uri = f"sources/{b.id}.md"
            add(
                r.render(
                    "source",
                    uri,
                    f"Source — {b.title}",
                    stamp=True,
                    b=b,
                )
            )

    actors = list(r.actors.values())
    by_letter = split(sorted(actors, key=lambda e: (e.name.lower(), e.id)), lambda e: initial(e.name), limit)
    add(
        r.render(
            "actors",
            "actors/index.md",
            "Actors",
            groups=_by_type(actors) if len(by_letter) == 1 else {},
            pages=_links(by_letter, "actors/letter"),
        )
    )
    if len(by_letter) > 1:
        for key, items in by_letter.items():
            add(
                r.render(
                    "actors",
                    f"actors/letter/{key}.md",
                    f"Actors — {key.upper()}",
                    groups=_by_type(items),
                    pages={},
                )
            )
    pages_of = [(e.id, e) for e in actors] + [
        (alias, r.actors[full]) for alias, full in sorted(r.same.items())
    ]
    for uri_id, e in pages_of:  # a folded id keeps its page: its briefings link to it
        add(
            r.render(
                "actor",
                actor_uri(uri_id),
                e.name,
                stamp=True,
                e=e,
                quotes=sorted(e.quotes, key=lambda x: (x[0].source.published or "", x[0].id, x[1].start)),
                events=sorted(e.events, key=lambda x: (x[1].date, x[0].id, x[1].start)),
                briefings=newest_first(e.briefings),
            )
        )

    events = merge_timeline(bs)
    years = split(events, lambda ev: ev.date[:4], limit)
    add(
        r.render(
            "timeline",
            "timeline/index.md",
            "Timeline",
            years=group_timeline(events) if len(years) == 1 else [],
            pages=_links(years, "timeline"),
        )
    )
    if len(years) > 1:
        for key, items in years.items():
            add(
                r.render(
                    "timeline",
                    f"timeline/{key}.md",
                    f"Timeline — {key}",
                    years=group_timeline(items),
                    pages={},
                )
            )

    speakers: dict[str, list[tuple[Briefing, Quote]]] = defaultdict(list)
    for b in sorted(bs, key=lambda b: (b.source.published or "", b.id)):
        for q in b.quotes:
            speakers[r.actor_name(b, q.speaker)].append((b, q))
    names = sorted(speakers, key=lambda n: (n == NO_SPEAKER, n.lower(), n))  # the unattributed last
    quotes_by_letter = split(names, initial, limit // 10)
    add(
        r.render(
            "quotes",
            "quotes/index.md",
            "Quotes",
            speakers=speakers,
            names=names if len(quotes_by_letter) == 1 else [],
            pages=_links(quotes_by_letter, "quotes"),
        )
    )
    if len(quotes_by_letter) > 1:
        for key, items in quotes_by_letter.items():
            add(
                r.render(
                    "quotes",
                    f"quotes/{key}.md",
                    f"Quotes — {key.upper()}",
                    speakers=speakers,
                    names=items,
                    pages={},
                )
            )

    topics = r.topics
    add(
        r.render(
            "tags",
            "tags/index.md",
            "Tags",
            topics=r.tag_slugs,
            counts={t: len(v) for t, v in topics.items()},
            countries=[e for e in actors if e.type == "country"],
            top=sorted(actors, key=lambda e: (-len(e.briefings), e.name))[:200],
        )
    )
    for tag, slug in r.tag_slugs.items():
        add(r.render("tag", f"tags/{slug}.md", f"Tag: {tag}", stamp=True, tag=tag, briefings=topics[tag]))

    credits: dict[str, list[Briefing]] = defaultdict(list)
    for b in sorted(bs, key=lambda b: (b.title, b.id)):
        credits[b.source.publisher or "Unknown publisher"].append(b)
    add(r.render("about", "about.md", "About", credits=dict(sorted(credits.items()))))
    return {p.uri: p for p in pages}


def _groups(briefings: list[Briefing]) -> dict[str, list[Briefing]]:
    groups: dict[str, list[Briefing]] = {}
    for b in briefings:
        groups.setdefault((b.source.published or "")[:7], []).append(b)
    return groups


def _by_type(actors: list[ActorEntry]) -> dict[str, list[ActorEntry]]:
    order = ("person", "organization", "country", "place", "other")
    groups: dict[str, list[ActorEntry]] = {t: [] for t in order}
    for e in sorted(actors, key=lambda e: (e.name.lower(), e.id)):
        groups.setdefault(e.type, []).append(e)
    return {t: v for t, v in groups.items() if v}


def _links(groups: dict[str, list], folder: str) -> dict[str, tuple[str, int]]:
    """Label -> (URL relative to the root, count) of the pages of a split index."""
    if len(groups) <= 1:
        return {}
    return {key: (url_of(f"{folder}/{key}.md"), len(items)) for key, items in groups.items()}


def _unique_slugs(names: list[str]) -> dict[str, str]:
    seen: dict[str, int] = {}
    out = {}
    for n in names:
        s = slugify(n) if slugify(n) != "index" else "index-"
        seen[s] = seen.get(s, 0) + 1
        out[n] = s if seen[s] == 1 else f"{s}-{seen[s]}"
    return out
