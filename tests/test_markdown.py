"""The briefing Markdown: render, parse back, escaping, fingerprints, and the four contributor edits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import markdown as markdown_lib
import pytest
from briefwright.articles import read_file
from briefwright.markdown import BriefingError, is_edited, parse, render, source_publishable
from briefwright.model import Actor, Briefing, Quote, TimelineEntry, Timex, load_schema

ARTICLE = """---
title: Lowmere dam to reopen after repairs
published: 2024-02-20
publisher: Valley Courier
author: Staff reporter
url: https://example.org/news/lowmere-dam
license: CC BY 4.0
license_url: https://creativecommons.org/licenses/by/4.0/
tags: [water, infrastructure]
---

The river authority of Lowmere said on Monday that the dam at Kessel Ford would reopen on 3 March.
Director Ana Ruiz called the repairs “long overdue.”

“We are not going to let the valley flood again,” Ruiz told reporters. “The work is finished.” Her
deputy, Tom Okafor, said: “Every gate was tested twice.”

Farmers' union leader Piet Bakker said the delay had cost growers a season. “We lost a season,” he
said. The authority closed the dam in 2022 after a crack was found.
"""


def make_project(root: Path, article: str = ARTICLE, name: str = "lowmere-dam.md") -> Path:
    (root / "articles").mkdir(parents=True, exist_ok=True)
    path = root / "articles" / name
    path.write_text(article, encoding="utf-8")
    return path


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def demo_briefing(root: Path) -> Briefing:
    """A hand-made briefing of the demo article, as the converter would produce it."""
    art = read_file(make_project(root), root=root)[0]
    t = art.text

    def quote(words: str, speaker: str | None, cue: str | None, kind: str = "direct") -> Quote:
        s, e = span(t, words)
        return Quote(words, s, e, speaker, kind, cue)

    when = span(t, "on 3 March")
    closed = span(t, "in 2022")
    actors = [
        Actor(
            "ana-ruiz", "Ana Ruiz", "person", aliases=["Ruiz"], roles=["Director"], affiliations=["lowmere"]
        ),
        Actor("tom-okafor", "Tom Okafor", "person", roles=["deputy director"]),
        Actor("piet-bakker", "Piet Bakker", "person", roles=["Farmers' union leader"]),
        Actor("lowmere", "Lowmere", "place"),
    ]
    return Briefing(
        id=art.id,
        title=art.title,
        source=art.source,
        text=t,
        paragraphs=art.paragraphs,
        summary=["The dam at Kessel Ford reopens on 3 March.", "Repairs were *long* overdue <b>really</b>."],
        actors=actors,
        quotes=[
            quote("long overdue.", "ana-ruiz", "called", "partial"),
            quote("We are not going to let the valley flood again,", "ana-ruiz", "told"),
            quote("The work is finished.", "ana-ruiz", "told"),
            quote("Every gate was tested twice.", "tom-okafor", "said"),
            quote("We lost a season,", "piet-bakker", "said"),
        ],
        temporal_expressions=[
            Timex(t[when[0] : when[1]], *when, "DATE", "2024-03-03"),
            Timex("Monday", *span(t, "Monday"), "DATE", "2024-02-19"),
            Timex("in 2022", *closed, "DATE", "2022"),
        ],
        timeline=[
            TimelineEntry(
                "2022",
                "The authority closed the dam after a crack was found.",
                *span(t, "The authority closed the dam in 2022 after a crack was found."),
                when={"text": "in 2022", "start": closed[0], "end": closed[1]},
                actors=[],
            ),
            TimelineEntry(
                "2024-03-03",
                "The dam at Kessel Ford reopens.",
                *span(
                    t,
                    "The river authority of Lowmere said on Monday that the dam at Kessel Ford"
                    " would reopen on 3 March.",
                ),
                when={"text": "on 3 March", "start": when[0], "end": when[1]},
                actors=["lowmere"],
            ),
        ],
        tags=list(art.tags),
    )


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Briefing, Path]:
    return demo_briefing(tmp_path), tmp_path


def test_markdown_round_trip_keeps_everything(demo):
    b, root = demo
    md = render(b)
    back = parse(md, "x.md", root)
    assert [(q.text, q.start, q.end, q.speaker, q.kind, q.cue) for q in back.quotes] == [
        (q.text, q.start, q.end, q.speaker, q.kind, q.cue) for q in b.quotes
    ]
    assert [(e.date, e.event, e.actors, e.when, e.start, e.end) for e in back.timeline] == [
        (e.date, e.event, e.actors, e.when, e.start, e.end) for e in b.timeline
    ]
    assert [(a.id, a.name, a.type, a.aliases, a.roles, a.affiliations) for a in back.actors] == [
        (a.id, a.name, a.type, a.aliases, a.roles, a.affiliations) for a in b.actors
    ]
    assert back.summary == b.summary
    assert back.temporal_expressions == b.temporal_expressions
    assert (back.id, back.title, back.tags, back.text, back.paragraphs) == (
        b.id,
        b.title,
        b.tags,
        b.text,
        b.paragraphs,
    )
    assert back.source.published == "2024-02-20" and back.source.license == "CC BY 4.0"
    assert render(back) == md


def test_markdown_parse_gives_schema_valid_json(demo):
    b, root = demo
    data = json.loads(parse(render(b), "x.md", root).to_json())
    jsonschema.validate(data, load_schema())
    assert data["actors"][0]["mentions"], "mentions are recomputed from names and aliases"


def test_markdown_reads_as_plain_markdown(demo):
    b, _ = demo
    md = render(b)
    assert "\n# Lowmere dam to reopen after repairs\n" in md
    assert (
        "- **2024-03-03**, *on 3 March*: The dam at Kessel Ford reopens. — [Lowmere](../actors/lowmere.md)"
        in md
    )
    assert (
        "- **Ana Ruiz** `ana-ruiz` — person\n    - role: Director\n    - also called: Ruiz\n"
        "    - part of: `lowmere`" in md
    )
    assert (
        f"- [Ana Ruiz](../actors/ana-ruiz.md) *told*: “The work is finished.” — [¶2](../sources/{b.id}.md#p2)"
    ) in md
    assert "processed its text" in md  # CC BY source: the credit says the text was changed


def test_markdown_escapes_article_text(tmp_path: Path):
    words = "<script>alert(1)</script> [x](javascript:alert(1)) *a* `b` & c_d_ \\* &amp;"
    hostile = {
        "id": "hostile",
        "title": "T",
        "published": "2024-01-01",
        "url": "javascript:alert(1)",
        "text": f"Someone said “{words}” yesterday.\n\nNothing else.",
    }
    art = read_file(make_project(tmp_path, json.dumps(hostile), "hostile.json"), root=tmp_path)[0]
    s, e = span(art.text, words)
    b = Briefing(
        id=art.id,
        title="<img src=x onerror=alert(1)>",
        source=art.source,
        text=art.text,
        paragraphs=art.paragraphs,
        actors=[Actor("x", "X <i>", "person")],
        quotes=[Quote(words, s, e, "x", "partial", "called")],
        summary=[
            words,
            "# not a heading",
            "1. not a list",
            "!!! note",
            "- no",
            "end {: onclick='alert(1)' }",
        ],
    )
    md = render(b)
    html = markdown_lib.markdown(md.split("\n---\n", 1)[1], extensions=["attr_list", "md_in_html", "toc"])
    assert "<script" not in html and "<img" not in html and "<i>" not in html
    assert "javascript:" not in "".join(re.findall(r'href="[^"]*"', html))
    assert "<em>a</em>" not in html and "<code>b</code>" not in html
    tags = "".join(re.findall(r"<[^>]*>", html))
    assert "<h1>" not in tags and "<ol>" not in tags and "admonition" not in tags and "onclick" not in tags
    assert "<li># not a heading</li>" in html and "<li>1. not a list</li>" in html
    back = parse(md, "x.md", tmp_path)
    assert back.quotes[0].text == words and back.summary == b.summary
    assert back.title == b.title and back.actors[0].name == "X <i>"


def test_markdown_fingerprint_detects_edits(demo):
    b, _ = demo
    md = render(b)
    assert not is_edited(md)
    assert not is_edited(md.replace("\n", "\r\n")), "line endings alone are not an edit"
    assert not is_edited(md.replace("## Quotes\n", "## Quotes   \n")), "trailing spaces alone are not an edit"
    assert is_edited(md.replace("*told*", "*said*"))
    assert is_edited(md.replace("- water\n", "- rivers\n"))
    assert is_edited("# A briefing written by hand\n")


@pytest.mark.parametrize(
    "change, line_text, message",
    [
        (("## Quotes", "## Quotations"), "## Quotations", "unknown section"),
        (
            ("- **Tom Okafor** `tom-okafor` — person", "- Tom Okafor (tom-okafor)"),
            "- Tom Okafor (tom-okafor)",
            "an actor line",
        ),
        (("- **2022**, *in 2022*:", "- 2022, in 2022:"), "- 2022, in 2022:", "timeline line"),
        (
            ("*called* (partial): “long overdue.”", "*called* long overdue."),
            "*called* long overdue.",
            "a quote line",
        ),
        (("    - role: Director", "    - job: Director"), "    - job: Director", "unknown actor detail"),
        (("id: lowmere-dam", "id: Lowmere Dam"), "id: Lowmere Dam", "invalid id"),
    ],
)
def test_markdown_grammar_errors_name_the_line(demo, change, line_text, message):
    b, root = demo
    md = render(b).replace(*change, 1)
    expected_line = md.split("\n").index(next(x for x in md.split("\n") if line_text in x)) + 1
    with pytest.raises(BriefingError) as err:
        parse(md, "docs/briefings/lowmere-dam.md", root)
    assert str(err.value).startswith(f"docs/briefings/lowmere-dam.md:{expected_line}: ")
    assert message in str(err.value) and " — " in str(err.value)


def test_markdown_broken_front_matter_is_a_grammar_error(demo):
    b, root = demo
    with pytest.raises(BriefingError, match=r"x.md:\d+: broken front matter"):
        parse(render(b).replace("title: ", "title: [", 1), "x.md", root)


# ---------------------------------------------------------------- the four contributor edits


def test_markdown_edit_fix_a_speaker(demo):
    b, root = demo
    md = render(b).replace(
        "- [Ana Ruiz](../actors/ana-ruiz.md) *told*: “The work is finished.”",
        "- [Tom Okafor](../actors/tom-okafor.md) *told*: “The work is finished.”",
    )
    assert is_edited(md)
    back = parse(md, "x.md", root)
    assert [q.speaker for q in back.quotes if q.text == "The work is finished."] == ["tom-okafor"]
    assert back.quotes[2].speaker_span == span(b.text, "Tom Okafor")


def test_markdown_edit_fix_a_speaker_with_a_code_span(demo):
    b, root = demo
    md = render(b).replace(
        "[Ana Ruiz](../actors/ana-ruiz.md) *told*: “The work", "`tom-okafor` *told*: “The work"
    )
    assert parse(md, "x.md", root).quotes[2].speaker == "tom-okafor"


def test_markdown_edit_add_a_quote_with_straight_quotation_marks(demo):
    b, root = demo
    md = render(b) + '- [Piet Bakker](../actors/piet-bakker.md) *said*: "We lost a  season," — ¶3\n'
    back = parse(md, "x.md", root)
    added = back.quotes[-1]
    assert (added.text, added.speaker, added.kind) == ("We lost a season,", "piet-bakker", "direct")
    assert (added.start, added.end) == span(b.text, "We lost a season,")


def test_markdown_edit_correct_a_date(demo):
    b, root = demo
    md = render(b).replace("- **2024-03-03**, *on 3 March*", "- **2024-03-04**, *on 3 March*")
    back = parse(md, "x.md", root)
    assert [e.date for e in back.timeline] == ["2022", "2024-03-04"]
    assert back.timeline[1].when == {
        "text": "on 3 March",
        **dict(zip(("start", "end"), span(b.text, "on 3 March"), strict=True)),
    }


def test_markdown_edit_merge_two_actors(demo):
    b, root = demo
    md = render(b)
    # Tom Okafor becomes an other name of Ana Ruiz: drop his entry, add the alias, repoint his quote.
    md = md.replace("- **Tom Okafor** `tom-okafor` — person\n    - role: deputy director\n", "")
    md = md.replace("    - also called: Ruiz\n", "    - also called: Ruiz\n    - also called: Tom Okafor\n")
    md = md.replace("[Tom Okafor](../actors/tom-okafor.md)", "[Ana Ruiz](../actors/ana-ruiz.md)")
    back = parse(md, "x.md", root)
    assert "tom-okafor" not in {a.id for a in back.actors}
    ruiz = back.actor("ana-ruiz")
    assert ruiz.aliases == ["Ruiz", "Tom Okafor"] and span(b.text, "Tom Okafor") in ruiz.mentions
    assert {q.speaker for q in back.quotes} == {"ana-ruiz", "piet-bakker"}


# ---------------------------------------------------------------- links and publishing


def test_markdown_links_paragraphs_to_the_url_when_the_source_is_not_publishable(tmp_path: Path):
    article = ARTICLE.replace("license: CC BY 4.0\n", "license: All rights reserved\n")
    b = demo_briefing(tmp_path)
    make_project(tmp_path, article)
    b.source.license = "All rights reserved"
    assert not source_publishable(b)
    md = render(b)
    assert "../sources/" not in md
    assert "— [¶2](https://example.org/news/lowmere-dam)" in md
    assert parse(md, "x.md", tmp_path).quotes[1].start == b.quotes[1].start


def test_markdown_missing_source_is_not_a_grammar_error(demo):
    b, root = demo
    (root / "articles" / "lowmere-dam.md").unlink()
    back = parse(render(b), "x.md", root)
    assert back.text == "" and [q.speaker for q in back.quotes] == [q.speaker for q in b.quotes]


def test_markdown_contributing_page_examples_follow_the_grammar():
    from briefwright import markdown as md_mod

    page = (Path(__file__).resolve().parent.parent / "docs" / "contributing.md").read_text(encoding="utf-8")
    items = [line[4:] for line in page.split("\n") if line.startswith(("    - [", "    - **", "        - "))]
    assert len(items) >= 12
    for item in items:
        if item.startswith("    - "):
            assert md_mod._SUB.match(item), item
            continue
        body = item[2:]
        assert any(rx.match(body) for rx in (md_mod._QUOTE, md_mod._TIMELINE, md_mod._ACTOR)), item
    for edit in ("### Fix a speaker", "### Add a quote", "### Correct a date", "### Merge two actors"):
        assert edit in page


def test_markdown_repeated_quote_text_gets_an_occurrence_hint(tmp_path: Path):
    text = (
        "Critics called it “a failure” and he said it was a failure, “a failure” twice."
        "\n\nIt was a failure, “a failure”."
    )
    art = read_file(
        make_project(tmp_path, json.dumps({"id": "rep", "title": "T", "text": text}), "rep.json")
    )[0]
    starts = [i for i in range(len(art.text)) if art.text.startswith("a failure", i)]
    quotes = [Quote("a failure", s, s + 9, None, "partial", "called") for s in (starts[1], starts[2])]
    b = Briefing(
        id="rep", title="T", source=art.source, text=art.text, paragraphs=art.paragraphs, quotes=quotes
    )
    b.source.path = "articles/rep.json"
    md = render(b)
    assert "(occurrence 2)" in md and "(occurrence 3)" not in md
    assert [q.start for q in parse(md, "x.md", tmp_path).quotes] == [starts[1], starts[2]]
    b.quotes = [Quote("a failure", starts[4], starts[4] + 9, None, "partial", "called")]
    assert "(occurrence" not in render(b), "a quoted occurrence is preferred: no hint needed"
    assert parse(render(b), "x.md", tmp_path).quotes[0].start == starts[4]
