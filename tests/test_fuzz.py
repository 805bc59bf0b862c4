"""Fuzzing the readers and the briefing parser: whatever the input, an article or a clear error."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from briefwright.articles import Article, ArticleError, decode, read_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# BRIEFWRIGHT_FUZZ=20 runs twenty times as many examples (a longer hunt, on demand).
SCALE = int(os.environ.get("BRIEFWRIGHT_FUZZ", "1"))
SETTINGS = settings(
    max_examples=150 * SCALE, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Pieces that real articles and their near misses are made of.
PIECES = [
    "---\n",
    "title: ",
    "published: ",
    "2020-01-12",
    "2020-13-45",
    "yesterday",
    "tags: [a, b]\n",
    "id: X y\n",
    "publish: true\n",
    "author:\n  - A\n",
    "\n",
    "\r\n",
    "\n\n",
    "“",
    "”",
    '"',
    "'",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "# ",
    "- ",
    "> ",
    "**",
    "[link](http://x)",
    "<p>",
    "</p>",
    "<html><body>",
    "{",
    "}",
    "[",
    "]",
    ": ",
    ",",
    "\x00",
    "\x1b",
    "é",
    "The minister said on Tuesday.",
    "Text",
    "\\",
    "`",
    "...\n",
    "&amp;",
    "\t",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=10)), max_size=30).map("".join),
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])


def _check(records: list[Article | ArticleError], path: Path) -> None:
    assert records, "a file gives articles or errors, never nothing"
    for rec in records:
        if isinstance(rec, ArticleError):
            assert (
                rec.path == str(path)
                and rec.reason
                and "\n" not in str(rec)
                and "Traceback" not in rec.reason
            )
            continue
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", rec.id)
        assert rec.text and rec.text == rec.text.strip() and rec.title
        for start, end in rec.paragraphs:
            para = rec.text[start:end]
            assert para and para == para.strip() and "\n" not in para
        assert "\n\n".join(rec.text[s:e] for s, e in rec.paragraphs) == rec.text
        assert rec.source.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec.source.published)
        assert not re.search(r"[\x00-\x08\x0b-\x1f\u200b\ufeff]", rec.text)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@SETTINGS
@given(data=st.binary(max_size=600))
def test_fuzz_decode_bytes_text_or_clear_error(data: bytes) -> None:
    try:
        text = decode(data, "x.txt")
    except ArticleError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
    else:
        assert text.strip() and "\r" not in text


@SETTINGS
@given(suffix=st.sampled_from([".md", ".txt", ".json", ".jsonl"]), data=st.binary(max_size=400))
def test_fuzz_readers_random_bytes(folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"bytes{suffix}"
    path.write_bytes(data)
    _check(read_records(path, root=folder), path)


@SETTINGS
@given(suffix=st.sampled_from([".md", ".txt", ".json", ".jsonl"]), text=texts, encoding=encodings)
def test_fuzz_readers_near_miss_text(folder: Path, suffix: str, text: str, encoding: str) -> None:
    path = folder / f"text{suffix}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _check(read_records(path, root=folder), path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
json_records = st.fixed_dictionaries(
    {},
    optional={
        k: json_values | texts
        for k in (
            "title",
            "headline",
            "text",
            "body",
            "date",
            "published",
            "author",
            "publisher",
            "url",
            "id",
        )
    },
)


@SETTINGS
@given(records=st.lists(json_records, max_size=4), as_lines=st.booleans())
def test_fuzz_readers_json_records(folder: Path, records: list[dict], as_lines: bool) -> None:
    import json

    path = folder / ("records.jsonl" if as_lines else "records.json")
    text = "\n".join(json.dumps(r) for r in records) if as_lines else json.dumps(records)
    path.write_text(text, "utf-8")
    _check(read_records(path, root=folder), path)


@settings(max_examples=25 * SCALE, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=texts)
def test_fuzz_readers_html(folder: Path, text: str) -> None:
    path = folder / "page.html"
    path.write_text(
        f"<html><head><title>{text[:40]}</title></head><body><p>{text}</p></body></html>", "utf-8"
    )
    _check(read_records(path, root=folder), path)


# ---------------------------------------------------------------- the briefing parser

ARTICLE = """---
title: Water ministers agree to share the river
published: 2021-03-04
publisher: The Daily Example
url: https://example.org/news/water-plan
---

Water ministers from five countries agreed on Tuesday to share the river's flow, officials said.

"This is a fair deal for every farmer," said Maria Lopez, the minister of agriculture. "We waited too long."

Critics said the plan, which starts in June, came too late for the south.
"""


def _briefing(article):
    """A briefing made by hand over ``ARTICLE`` (no NLP): actors, quotes, dates, timeline, key points."""
    from briefwright.model import Actor, Briefing, Quote, TimelineEntry, Timex

    text = article.text

    def span(s: str, after: int = 0) -> tuple[int, int]:
        i = text.index(s, after)
        return i, i + len(s)

    q1, q2 = span("This is a fair deal for every farmer,"), span("We waited too long.")
    tue, june = span("Tuesday"), span("June")
    lopez = Actor(
        "maria-lopez",
        "Maria Lopez",
        "person",
        aliases=["Lopez"],
        roles=["minister of agriculture"],
        mentions=[span("Maria Lopez")],
    )
    critics = Actor("critics", "Critics", "other", mentions=[span("Critics")], anonymous=True)
    return Briefing(
        id=article.id,
        title=article.title,
        source=article.source,
        text=text,
        paragraphs=list(article.paragraphs),
        summary=["Water ministers from five countries agreed on Tuesday to share the river's flow."],
        actors=[lopez, critics],
        quotes=[
            Quote(text[q1[0] : q1[1]], *q1, speaker="maria-lopez", cue="said"),
            Quote(text[q2[0] : q2[1]], *q2, speaker="maria-lopez", cue="said"),
        ],
        temporal_expressions=[
            Timex("Tuesday", *tue, "DATE", "2021-03-02"),
            Timex("June", *june, "DATE", "2021-06"),
        ],
        timeline=[
            TimelineEntry(
                "2021-03-02",
                "Water ministers agreed to share the river's flow",
                0,
                text.index(".") + 1,
                when={"text": "Tuesday", "start": tue[0], "end": tue[1]},
            ),
            TimelineEntry(
                "2021-06",
                "The plan starts",
                *span("Critics said the plan, which starts in June"),
                when={"text": "June", "start": june[0], "end": june[1]},
                actors=["critics"],
            ),
        ],
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A briefing rendered in a project folder holding its source article."""
    pytest.importorskip("briefwright.markdown")
    from briefwright.articles import read_file
    from briefwright.markdown import render

    root = tmp_path_factory.mktemp("project")
    (root / "articles").mkdir()
    (root / "articles" / "water.md").write_text(ARTICLE, "utf-8")
    [article] = read_file(root / "articles" / "water.md", root=root)
    return root, render(_briefing(article))


@st.composite
def mutated(draw: st.DrawFn, md: str) -> str:
    lines = md.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        op = draw(st.sampled_from(["delete", "duplicate", "replace", "insert", "cut", "swap"]))
        if op == "delete" and lines:
            del lines[i]
        elif op == "duplicate" and lines:
            lines.insert(i, lines[i])
        elif op == "replace" and lines:
            lines[i] = draw(texts)
        elif op == "insert":
            lines.insert(i, draw(texts))
        elif op == "cut" and lines:
            line = lines[i]
            j = draw(st.integers(0, len(line)))
            lines[i] = (
                line[:j] + draw(st.sampled_from(["", "**", "`", "[", "]", "—", "“", ":", "  - "])) + line[j:]
            )
        elif op == "swap" and len(lines) > 1:
            k = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[k] = lines[k], lines[i]
    return "\n".join(lines)


@settings(max_examples=120 * SCALE, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzz_briefing_parser_mutations(rendered: tuple[Path, str], data: st.DataObject) -> None:
    from briefwright.markdown import BriefingError, parse

    root, md = rendered
    text = data.draw(mutated(md))
    try:
        briefing = parse(text, path="fuzz.md", root=root)
    except BriefingError as exc:
        assert re.match(r"fuzz\.md:\d+: \S", str(exc)), str(exc)
        assert exc.line >= 1
    except ArticleError as exc:  # the source article named in the front matter cannot be read
        assert exc.reason and "\n" not in str(exc)
    else:  # a missing source article is a content problem, left to `briefwright check`
        assert briefing.id


def test_fuzz_briefing_parser_round_trip(rendered: tuple[Path, str]) -> None:
    from briefwright.markdown import parse, render

    root, md = rendered
    assert render(parse(md, path="fuzz.md", root=root)) == md
