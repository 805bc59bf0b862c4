"""Printed briefs: what a reader finds in the PDF text, the notes, the cache, the combined brief."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from briefwright import brief, pdf
from briefwright.model import Actor, Briefing, Quote, Source, TimelineEntry
from click.testing import CliRunner
from pypdf import PdfReader

from .conftest import ARTICLES, ROOT

LONG_URL = "https://news.example.org/world/2024/03/" + "a-slug-that-does-not-fit-on-one-line-" * 3 + "end"


def make_briefing(
    bid: str = "2024-03-05-harbour-talks",
    published: str = "2024-03-05",
    tags: tuple[str, ...] = ("ports",),
    title: str = "Harbour talks resume in <b>Port Ardent</b> & nearby",
    quote: str = "We will not sign a deal that leaves the fishermen behind",
) -> Briefing:
    paras = [
        "Talks over the harbour of Port Ardent resumed on Monday, officials said.",
        f'"{quote}," said Minister Helen Varga, the fisheries minister.',
        '"<script>alert(1)</script> is not a plan," replied Omar Quist, a union leader.',
        "The next round is due in April.",
    ]
    text = "\n\n".join(paras)
    spans, pos = [], 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    q2 = "<script>alert(1)</script> is not a plan"
    return Briefing(
        id=bid,
        title=title,
        source=Source(
            path=f"articles/{bid}.md",
            published=published,
            publisher="Example News",
            url=LONG_URL,
            authors=["A. Writer"],
            license="CC BY 4.0",
            license_url="https://creativecommons.org/licenses/by/4.0/",
        ),
        text=text,
        paragraphs=spans,
        summary=[paras[0], "The next round is due in April."],
        actors=[
            Actor(
                id="helen-varga",
                name="Helen Varga",
                type="person",
                aliases=["Varga"],
                roles=["fisheries minister"],
                mentions=[(text.index("Helen"), text.index("Helen") + 11)],
            ),
            Actor(
                id="omar-quist",
                name="Omar Quist",
                type="person",
                roles=["union leader"],
                mentions=[(text.index("Omar"), text.index("Omar") + 10)],
            ),
            Actor(
                id="port-ardent",
                name="Port Ardent",
                type="place",
                mentions=[(text.index("Port"), text.index("Port") + 11)],
            ),
        ],
        quotes=[
            Quote(quote, *_span(text, quote), speaker="helen-varga"),
            Quote(q2, *_span(text, q2), speaker="omar-quist"),
            Quote("harbour of Port Ardent", *_span(text, "harbour of Port Ardent"), None, kind="partial"),
        ],
        timeline=[
            TimelineEntry(
                date="2024-03-04", event="Harbour talks resumed", start=0, end=30, actors=["port-ardent"]
            ),
            TimelineEntry(date="2024-04", event="Next round of talks", start=spans[3][0], end=spans[3][1]),
        ],
        tags=list(tags),
    )


def _span(text: str, part: str) -> tuple[int, int]:
    return text.index(part), text.index(part) + len(part)


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Text without whitespace: a URL wrapped over two lines reads as one."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def one_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "one.pdf"
    return pdf.render_briefing(make_briefing(), out, pdf.PdfOptions(site_name="Harbour Desk"))


def test_pdf_shows_quotes_with_speakers_and_roles(one_pdf):
    text = " ".join(pdf_text(one_pdf))
    flat = " ".join(text.split())
    assert "We will not sign a deal that leaves the fishermen behind" in flat
    assert "Helen Varga, fisheries minister" in flat
    assert "Omar Quist, union leader" in flat
    assert "Unattributed" in flat and "partial quote" in flat


def test_pdf_prints_article_text_literally_not_as_html(one_pdf):
    flat = " ".join(" ".join(pdf_text(one_pdf)).split())
    assert "<script>alert(1)</script> is not a plan" in flat
    assert "Harbour talks resume in <b>Port Ardent</b> & nearby" in flat


def test_pdf_sources_are_numbered_notes_with_urls(one_pdf):
    text = " ".join(pdf_text(one_pdf))
    assert "Sources" in text
    notes = text[text.rindex("Sources") :]
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", notes)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    assert squash(LONG_URL) in squash(notes)
    assert "https://creativecommons.org/licenses/by/4.0/" in squash(notes)
    assert "paragraph 2" in notes and "paragraph 4" in notes
    body = text[: text.rindex("Sources")]
    assert set(re.findall(r"\[(\d+)\]", body)) == {str(n) for n in numbers}  # every note is cited


def test_pdf_links_only_to_http_urls_and_its_own_notes(tmp_path):
    b = make_briefing()
    b.source.url = "javascript:alert(1)"
    out = pdf.render_briefing(b, tmp_path / "js.pdf")
    targets = []
    for page in PdfReader(str(out)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            if "/URI" in action:
                targets.append(str(action["/URI"]))
    assert targets and all(t.startswith("https://") for t in targets)
    assert "javascript:alert(1)" in " ".join(pdf_text(out))  # printed as text, not a link


def test_pdf_header_has_site_name_date_and_page_numbers(one_pdf):
    pages = pdf_text(one_pdf)
    for n, page in enumerate(pages, 1):
        assert "Harbour Desk" in page
        assert "5 March 2024" in page
        assert f"{n} / {len(pages)}" in page


@pytest.mark.parametrize(
    ("mkdocs", "override", "expected"),
    [
        ("site_name: Gazette Desk\nhooks:\n  - x: !!python/name:os.getcwd\n", None, "Gazette Desk"),
        ("site_name: Gazette Desk\n", "Night Desk", "Night Desk"),
        (None, None, pdf.DEFAULT_SITE_NAME),
    ],
)
def test_pdf_site_name_from_mkdocs_yml_or_override(tmp_path, mkdocs, override, expected):
    if mkdocs is not None:
        (tmp_path / "mkdocs.yml").write_text(mkdocs)
    (tmp_path / "pyproject.toml").write_text("")
    opts = pdf.site_options(tmp_path, site_name=override)
    assert opts.site_name == expected


def _text_right_edges(b: Briefing) -> list[tuple[float, float]]:
    """(rightmost text edge, right margin) of each page of ``b``'s layout."""
    from weasyprint import HTML

    r = pdf.renderer()
    html = r.html("briefing.html.j2", b=pdf.briefing_view(b, pdf.PdfOptions()), site_name="Desk", lang="en")
    fonts, css = r._weasy
    doc = HTML(string=html).render(stylesheets=[css], font_config=fonts)

    def walk(box):
        yield box
        for child in getattr(box, "children", None) or []:
            yield from walk(child)

    edges = []
    for page in doc.pages:
        box = page._page_box
        right = box.margin_width() - box.margin_right
        edges.append((max(t.position_x + t.width for t in walk(box) if type(t).__name__ == "TextBox"), right))
    return edges


def test_pdf_long_words_and_urls_stay_inside_the_margins():
    b = make_briefing(title="Talks " + "X" * 300, quote="Y" * 400)
    b.timeline[0].event = "Z" * 300
    b.actors[0].name = "W" * 200
    b.summary.append("V" * 500)
    edges = _text_right_edges(b)
    assert edges and all(edge <= right + 0.5 for edge, right in edges)


def test_pdf_briefing_with_nothing_extracted_still_prints_title_and_source(tmp_path):
    b = Briefing(id="bare", title="A bare article", source=Source(path="articles/bare.txt"), text="")
    text = " ".join(pdf_text(pdf.render_briefing(b, tmp_path / "bare.pdf")))
    assert "A bare article" in text and "Sources" in text and "Source article: “A bare article”" in text
    assert "articles/bare.txt" not in text  # a file of the repository means nothing to a reader
    assert "Key points" not in text and "Quotes" not in text


def test_pdf_configured_date_replaces_published_date_in_header(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    [out] = pdf.build_pdfs([make_briefing()], tmp_path / "site" / "pdf", date="Issue 12")
    page = pdf_text(out)[0]
    assert "Issue 12" in page


def test_pdf_output_is_reproducible(tmp_path):
    a = pdf.render_briefing(make_briefing(), tmp_path / "a.pdf")
    b = pdf.render_briefing(make_briefing(), tmp_path / "b.pdf")
    assert a.read_bytes() == b.read_bytes()


def test_pdf_rebuild_renders_only_changed_briefings(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    out = tmp_path / "site" / "pdf"
    first = [make_briefing("2024-03-05-a"), make_briefing("2024-03-06-b", published="2024-03-06")]
    done = pdf.build_pdf_set(first, out)
    assert done.rendered == ["2024-03-05-a", "2024-03-06-b"]
    assert [p.name for p in done.paths] == ["2024-03-05-a.pdf", "2024-03-06-b.pdf"]

    same = [make_briefing("2024-03-05-a"), make_briefing("2024-03-06-b", published="2024-03-06")]
    again = pdf.build_pdf_set(same, out)
    assert again.rendered == [] and again.reused == ["2024-03-05-a", "2024-03-06-b"]

    shutil.rmtree(tmp_path / "site")  # what `mkdocs build` does to site/
    wiped = pdf.build_pdf_set(first, out)
    assert wiped.rendered == [] and all(p.is_file() for p in wiped.paths)

    edited = make_briefing("2024-03-06-b", published="2024-03-06", quote="We will sign nothing before April")
    changed = pdf.build_pdf_set([first[0], edited], out)
    assert changed.rendered == ["2024-03-06-b"]
    assert "We will sign nothing before April" in " ".join(pdf_text(out / "2024-03-06-b.pdf"))

    forced = pdf.build_pdf_set(first, out, changed_only=False)
    assert forced.rendered == ["2024-03-05-a", "2024-03-06-b"]


def test_pdf_unchanged_whether_or_not_mentions_were_found_again(tmp_path):
    """The site loads briefings without the actors' mentions and finds them again only for the pages
    that need them (in whichever process renders them): that is no change to a PDF."""
    (tmp_path / "pyproject.toml").write_text("")
    out = tmp_path / "site" / "pdf"
    with_mentions = make_briefing("2024-03-05-a")
    with_mentions.actors[0].mentions = [(0, 4)]
    assert pdf.build_pdf_set([with_mentions], out).rendered == ["2024-03-05-a"]
    without = make_briefing("2024-03-05-a")
    for a in without.actors:
        a.mentions = []
    assert pdf.build_pdf_set([without], out).rendered == []


def test_pdf_template_change_renders_again(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("")
    templates = tmp_path / "templates"
    shutil.copytree(pdf.template_dir(), templates)
    monkeypatch.setattr(pdf, "_RENDERER", pdf.Renderer(templates))
    out = tmp_path / "site" / "pdf"
    assert pdf.build_pdf_set([make_briefing()], out).rendered
    assert not pdf.build_pdf_set([make_briefing()], out).rendered
    with (templates / "print.css").open("a") as f:
        f.write("\nh1 { color: #000; }\n")
    monkeypatch.setattr(pdf, "_RENDERER", pdf.Renderer(templates))
    assert pdf.build_pdf_set([make_briefing()], out).rendered == [make_briefing().id]


@pytest.fixture(scope="module")
def combined(tmp_path_factory) -> tuple[Path, list[Briefing]]:
    briefings = [
        make_briefing("2024-03-05-a", title="First harbour briefing"),
        make_briefing("2024-03-09-b", published="2024-03-09", title="Second harbour briefing"),
        make_briefing("2024-03-12-c", published="2024-03-12", title="Third harbour briefing"),
    ]
    out = tmp_path_factory.mktemp("combined") / "brief.pdf"
    brief.combined_pdf(briefings, out, title="Harbour week", subtitle="tag: ports", site_name="Harbour Desk")
    return out, briefings


def test_pdf_combined_has_title_page_and_contents_with_page_numbers(combined):
    out, briefings = combined
    pages = pdf_text(out)
    assert "Harbour week" in pages[0] and "tag: ports" in pages[0] and "3 briefings" in pages[0]
    assert "5 March 2024 – 12 March 2024" in pages[0]
    toc = pages[1]
    assert "Contents" in toc
    for b in briefings:
        starts = [n for n, page in enumerate(pages, 1) if b.title in page and "Key points" in page]
        assert len(starts) == 1
        line = next(line for line in toc.splitlines() if b.title in line)
        assert line.rstrip().endswith(str(starts[0])), line


def test_pdf_combined_starts_each_briefing_on_a_new_page(combined):
    out, briefings = combined
    pages = pdf_text(out)
    for b in briefings:
        page = next(p for p in pages[2:] if b.title in p)
        assert page.index(b.title) < page.index("Key points")
        assert sum(t.title in page for t in briefings) == 1
    assert "12 March 2024" in pages[-1]  # the running date is the last briefing's


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["a", "b", "c"]),
        ({"date_from": "2024-03-06"}, ["b", "c"]),
        ({"date_to": "2024-03-09"}, ["a", "b"]),
        ({"date_from": "2024-03-06", "date_to": "2024-03-10"}, ["b"]),
        ({"tags": ["Energy"]}, ["b"]),
        ({"tags": ["ports", "energy"]}, ["a", "b", "c"]),
        ({"actors": ["varga"]}, ["a", "b", "c"]),
        ({"actors": ["Nobody Known"]}, []),
        ({"tags": ["energy"], "date_from": "2024-03-10"}, []),
    ],
)
def test_pdf_select_by_date_tag_and_actor(kwargs, expected):
    briefings = [
        make_briefing("c", published="2024-03-12"),
        make_briefing("a", published="2024-03-05"),
        make_briefing("b", published="2024-03-09", tags=("ports", "energy")),
    ]
    assert [b.id for b in brief.select(briefings, **kwargs)] == expected


def test_pdf_cli_prints_the_selected_briefings(tmp_path, monkeypatch):
    from briefwright.cli import main

    (tmp_path / "mkdocs.yml").write_text("site_name: CLI Desk\n")
    briefings = [
        make_briefing("2024-03-05-a", title="Alpha briefing"),
        make_briefing("2024-03-09-b", published="2024-03-09", title="Beta briefing", tags=("energy",)),
    ]
    monkeypatch.setattr(brief, "load_briefings", lambda folder, root: (briefings, []))
    out = tmp_path / "energy.pdf"
    result = CliRunner().invoke(
        main, ["pdf", "--root", str(tmp_path), "--tag", "energy", "-o", str(out), "--title", "Energy brief"]
    )
    assert result.exit_code == 0, result.output
    text = " ".join(pdf_text(out))
    assert "Energy brief" in text and "CLI Desk" in text
    assert "Beta briefing" in text and "Alpha briefing" not in text

    default = CliRunner().invoke(main, ["pdf", "--root", str(tmp_path)])
    assert default.exit_code == 0, default.output
    assert (tmp_path / "briefs" / "brief.pdf").is_file()  # not in site/: the next build would remove it

    none = CliRunner().invoke(main, ["pdf", "--root", str(tmp_path), "--tag", "nothing", "-o", str(out)])
    assert none.exit_code == 1 and "no briefing matches" in none.output

    monkeypatch.setattr(brief, "load_briefings", lambda folder, root: ([], []))
    empty = CliRunner().invoke(main, ["pdf", "--root", str(tmp_path), "-o", str(out)])
    assert empty.exit_code == 1 and "briefwright convert" in empty.output


def _wikinews_paths() -> list[Path]:
    from briefwright.articles import article_files

    return [p for p in article_files(ARTICLES) if "wikinews.org" in p.read_text("utf-8")[:1000]]


def test_pdf_real_article_text_renders_with_its_notes(tmp_path):
    """Wikinews articles, read without NLP: their paragraphs as key points, printed with notes."""
    from briefwright.articles import read_file

    briefings = []
    for path in _wikinews_paths()[::3]:
        art = read_file(path, root=ROOT)[0]
        points = [art.text[s:e] for s, e in art.paragraphs]
        briefings.append(
            Briefing(
                id=art.id,
                title=art.title,
                source=art.source,
                text=art.text,
                paragraphs=art.paragraphs,
                summary=points,
                tags=art.tags,
            )
        )
    assert len(briefings) >= 5
    out = tmp_path / "all.pdf"
    brief.combined_pdf(briefings, out, title="Every article")
    text = squash(" ".join(pdf_text(out)))
    for b in briefings:
        assert squash(b.title) in text
        assert squash(b.source.url or "missing") in text
        last = b.text[b.paragraphs[-1][0] : b.paragraphs[-1][1]]
        assert squash(last[:60]) in text and squash(last[-40:]) in text  # the page may break in between


def test_pdf_extracted_briefings_render(tmp_path):
    from briefwright.articles import read_file
    from briefwright.extract import extract

    briefings = [extract(read_file(p, root=ROOT)[0]) for p in _wikinews_paths()[:2]]
    (tmp_path / "pyproject.toml").write_text("")
    outs = pdf.build_pdfs(briefings, tmp_path / "site" / "pdf")
    for b, out in zip(briefings, outs, strict=True):
        text = " ".join(pdf_text(out))
        assert squash(b.title) in squash(text)
        assert "Sources" in text
        assert squash(b.source.url or "missing") in squash(text)


def test_pdf_source_without_url_prints_no_file_path(tmp_path):
    b = make_briefing()
    b.source.url, b.source.path = None, "articles/example-offline.md"
    text = " ".join(pdf_text(pdf.render_briefing(b, tmp_path / "offline.pdf")))
    notes = text[text.rindex("Sources") :]
    assert "Example News" in notes and "articles/example-offline.md" not in text


def _notes_begin_a_page(html: str) -> bool:
    r = pdf.renderer()
    doc = r.layout(html)
    return any(pdf._begins_a_page(doc, f"{a}-notes") for a in pdf._SHORT_NOTES.findall(html))


def test_pdf_short_notes_stay_with_the_content(tmp_path):
    """A briefing whose few notes would begin a last page of their own is printed tighter, with
    its Sources on the page of its content; the paragraph notes share one printed address."""
    b = make_briefing()
    filler = "The delegations met again in the afternoon and agreed to continue on the next day"
    r = pdf.renderer()
    for n in range(4, 60):
        b.summary = [b.summary[0], *(f"{filler} ({k})." for k in range(n)), b.summary[-1]]
        view = pdf.briefing_view(b, pdf.PdfOptions())
        html = r.html("briefing.html.j2", b=view, site_name="", lang="en")
        if _notes_begin_a_page(html):
            break
    else:
        pytest.fail("no length of briefing put its notes on a page of their own")
    assert view["notes_view"]["short"]
    pages = pdf_text(pdf.render_briefing(b, tmp_path / "fit.pdf"))
    on_last = pages[-1].split("Sources")[0]
    assert "Sources" in pages[-1] and filler in " ".join(on_last.split())  # content above the notes
    notes = " ".join(pages[-1][pages[-1].rindex("Sources") :].split())
    assert "paragraph 1" in notes and "paragraph 4" in notes
    assert squash(notes).count(squash(LONG_URL)) == 2  # the article note, then the paragraphs' address


def test_pdf_long_note_lists_may_break():
    b = make_briefing()
    text = "\n\n".join(f"Paragraph {k} of a long article about the harbour." for k in range(90))
    b.text, pos, b.paragraphs = text, 0, []
    for p in text.split("\n\n"):
        b.paragraphs.append((pos, pos + len(p)))
        pos += len(p) + 2
    b.summary = [text[s:e] for s, e in b.paragraphs]
    b.quotes, b.actors, b.timeline = [], [], []
    view = pdf.briefing_view(b, pdf.PdfOptions())
    assert len(view["notes_view"]["paras"]) == 90 and not view["notes_view"]["short"]
    html = pdf.renderer().html("briefing.html.j2", b=view, site_name="", lang="en")
    assert 'class="notes"' in html and 'class="notes short"' not in html  # no break-inside: avoid
