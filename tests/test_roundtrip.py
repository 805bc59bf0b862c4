"""Round trip: extract → render → parse keeps quotes, speakers, actors, dates and timeline;
render(parse(md)) == md. A property test over generated briefings, and the real articles."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from briefwright.articles import read_file
from briefwright.markdown import contract, is_edited, parse, render
from briefwright.model import ACTOR_TYPES, Actor, Briefing, Quote, TimelineEntry, Timex, load_schema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCHEMA = load_schema()

# Words with every character that means something in Markdown or HTML, and quotation marks.
WORD = st.sampled_from(["a", "the", "“a”", '"a"', "a,"]) | st.text(
    alphabet="abcXYZ019*_[]{}`<>&\\\"'“”‘’#|~!+=()-:;.,", min_size=1, max_size=7
)
NAME = st.text(alphabet="abcdefgXYZ .'-&<>*_[]", min_size=1, max_size=15).filter(lambda s: s.strip() == s)
DATE = st.dates().map(lambda d: d.isoformat()) | st.integers(1900, 2100).map(str)
PARAGRAPHS = st.lists(st.lists(WORD, min_size=3, max_size=25).map(" ".join), min_size=1, max_size=4)


# Where an item lies: (paragraph index, first word, word count), wrapped to the real sizes.
PLACES = st.tuples(st.integers(0, 3), st.integers(0, 24), st.integers(1, 6))


def word_span(
    paras: list[str], spans: list[tuple[int, int]], p: int, first: int, count: int
) -> tuple[int, int]:
    p %= len(paras)
    words = paras[p].split(" ")
    first %= len(words)
    last = min(len(words), first + count)
    start = spans[p][0] + sum(len(w) + 1 for w in words[:first])
    return start, start + len(" ".join(words[first:last]))


@st.composite
def briefings(draw, root: Path) -> Briefing:
    paras = draw(PARAGRAPHS)
    data = {
        "title": draw(NAME),
        "published": draw(st.dates(min_value=dt.date(1990, 1, 1))).isoformat(),
        "publisher": draw(NAME),
        "url": draw(st.sampled_from(["https://example.org/a?b=(c)", "javascript:alert(1)", None])),
        "license": draw(st.sampled_from(["CC BY 2.5", "All rights reserved", None])),
        "tags": draw(st.lists(NAME, max_size=3)),
        "text": "\n\n".join(paras),
    }
    data = {k: v for k, v in data.items() if v is not None}
    name = hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]
    path = root / "articles" / f"a{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    art = read_file(path, root=root)[0]
    paras = [art.text[s:e] for s, e in art.paragraphs]
    names = draw(st.lists(NAME, min_size=1, max_size=5, unique_by=lambda s: s.lower()))
    actors = [
        Actor(
            id=f"actor-{i}",
            name=n,
            type=draw(st.sampled_from(ACTOR_TYPES)),
            aliases=draw(st.lists(NAME, max_size=2)),
            roles=draw(st.lists(NAME, max_size=2)),
            anonymous=draw(st.booleans()),
        )
        for i, n in enumerate(names)
    ]
    ids = [a.id for a in actors]
    quotes = []
    for p, first, count in draw(st.lists(PLACES, max_size=6)):
        s, e = word_span(paras, art.paragraphs, p, first, count)
        quotes.append(
            Quote(
                art.text[s:e],
                s,
                e,
                draw(st.sampled_from([*ids, None])),
                draw(st.sampled_from(["direct", "partial"])),
                draw(st.sampled_from(["said", "told", None])),
            )
        )
    quotes.sort(key=lambda q: q.start)
    timexes, timeline = [], []
    for p, first, count in draw(st.lists(PLACES, max_size=4)):
        s, e = word_span(paras, art.paragraphs, p, first, min(count, 3))
        timexes.append(
            Timex(art.text[s:e], s, e, draw(st.sampled_from(["DATE", "TIME"])), draw(DATE | st.none()))
        )
        when = draw(st.booleans())
        timeline.append(
            TimelineEntry(
                date=draw(DATE),
                event=" ".join(draw(st.lists(WORD, min_size=1, max_size=8))),
                start=art.paragraphs[p % len(paras)][0],
                end=art.paragraphs[p % len(paras)][1],
                when={"text": art.text[s:e], "start": s, "end": e} if when else None,
                actors=draw(st.lists(st.sampled_from(ids), max_size=2, unique=True)),
            )
        )
    return Briefing(
        id=art.id,
        title=art.title,
        source=art.source,
        text=art.text,
        paragraphs=art.paragraphs,
        summary=draw(st.lists(st.lists(WORD, min_size=1, max_size=10).map(" ".join), max_size=3)),
        actors=actors,
        quotes=quotes,
        temporal_expressions=timexes,
        timeline=timeline,
        tags=list(art.tags),
    )


def same_content(a: Briefing, b: Briefing, exact_when: bool = True) -> None:
    assert [(q.text, q.start, q.end, q.speaker, q.kind, q.cue) for q in b.quotes] == [
        (q.text, q.start, q.end, q.speaker, q.kind, q.cue) for q in a.quotes
    ]
    assert [(x.id, x.name, x.type, x.aliases, x.roles, x.anonymous, x.affiliations) for x in b.actors] == [
        (x.id, x.name, x.type, x.aliases, x.roles, x.anonymous, x.affiliations) for x in a.actors
    ]
    assert [(e.date, e.event, e.actors, (e.when or {}).get("text")) for e in b.timeline] == [
        (e.date, e.event, e.actors, (e.when or {}).get("text")) for e in a.timeline
    ]
    assert [a.paragraph_of(e.start) for e in a.timeline] == [b.paragraph_of(e.start) for e in b.timeline]
    assert b.temporal_expressions == a.temporal_expressions
    assert (b.summary, b.title, b.tags, b.source) == (a.summary, a.title, a.tags, a.source)


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("project")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_roundtrip_generated_briefings(root, data):
    b = data.draw(briefings(root))
    md = render(b)
    assert not is_edited(md)
    back = parse(md, "generated.md", root)
    same_content(b, back)
    assert render(back) == md
    jsonschema.validate(contract(back), SCHEMA)


def test_roundtrip_real_articles(all_briefings):
    root = Path(__file__).resolve().parent.parent
    for b in all_briefings.values():
        md = render(b)
        back = parse(md, f"{b.id}.md", root)
        same_content(b, back)
        assert render(back) == md, b.id
        jsonschema.validate(contract(back), SCHEMA)
