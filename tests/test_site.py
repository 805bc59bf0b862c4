"""The site: derived pages, safety of untrusted article text, deterministic builds."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from briefwright import site
from briefwright.model import Actor, Briefing, Quote, Source, TimelineEntry

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
WIKINEWS = [
    "2020-01-05-united-states-military-kills-qasem-soleimani",
    "2020-07-02-iran-issues-arrest-warrants-for-36-people-including-us-president",
    "2019-09-06-hong-kong-leader-announces-withdrawal-of-extradition-bill",
]
EVIL = json.dumps(
    {
        "id": "2021-03-04-evil",
        "title": "Minister <script>alert('bw-xss-title')</script> resigns",
        "published": "2021-03-04",
        "publisher": "Example <b>News</b>",
        "url": "javascript:alert('bw-xss-url')",
        "license": "CC BY 4.0",
        "tags": ["<img src=x onerror=alert('bw-xss-tag')>"],
        "text": (
            "The minister <script>alert('bw-xss-1')</script> resigned on Monday, officials said.\n\n"
            "\"We will not <img src=x onerror=alert('bw-xss-2')> accept this,\" said Maria Lopez, the party "
            "leader, on Tuesday. See [the report](javascript:alert('bw-xss-3')) for details.\n\n"
            "John Smith, a spokesman for the Ministry of Finance, said: "
            "\"The <b onmouseover=alert('bw-xss-4')>budget</b> is safe.\""
        ),
    }
)
EVIL_ID = "2021-03-04-evil"


def make_root(folder: Path, names: list[str], extra: dict[str, str] | None = None) -> Path:
    """A project tree in ``folder``: the repository's site files, some articles, their briefings."""
    from briefwright.articles import article_files, read_file
    from briefwright.extract import extract_many
    from briefwright.markdown import render

    root = folder / "project"
    (root / "docs" / "briefings").mkdir(parents=True)
    (root / "articles").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for name in ("scripts", "templates"):
        (root / name).symlink_to(ROOT / name)
    for name in ("stylesheets", "javascripts"):
        (root / "docs" / name).symlink_to(ROOT / "docs" / name)
    for name in names:
        shutil.copy(ARTICLES / f"{name}.md", root / "articles" / f"{name}.md")
    for name, text in (extra or {}).items():
        (root / "articles" / name).write_text(text, "utf-8")
    articles = [a for p in article_files(root / "articles") for a in read_file(p, root=root)]
    for b in extract_many(articles):
        (root / "docs" / "briefings" / f"{b.id}.md").write_text(render(b), "utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_root(tmp_path_factory.mktemp("site"), WIKINEWS, {f"{EVIL_ID}.json": EVIL})
    site.build_site(root)
    return root


def page(root: Path, url: str) -> str:
    return (root / "site" / url / "index.html").read_text("utf-8")


def text_of(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


# ---------------------------------------------------------------- pages


def test_site_has_every_kind_of_page(built: Path) -> None:
    for url in (
        "",
        "briefings/",
        "actors/",
        "timeline/",
        "quotes/",
        "tags/",
        "about/",
        "search/",
        f"briefings/{WIKINEWS[0]}/",
        f"sources/{WIKINEWS[0]}/",
        "actors/qasem-soleimani/",
    ):
        assert (built / "site" / url / "index.html").is_file(), url
    assert (built / "site" / "pagefind" / "pagefind-ui.js").is_file()
    assert not (built / "site" / "_shell").exists()
    assert "_shell" not in (built / "site" / "sitemap.xml").read_text("utf-8")


def test_site_briefing_page_links_pdf_source_and_paragraphs(built: Path) -> None:
    out = page(built, f"briefings/{WIKINEWS[0]}/")
    assert f'href="../../pdf/{WIKINEWS[0]}.pdf"' in out
    assert f'href="../../sources/{WIKINEWS[0]}/#p' in out  # items link to source paragraphs
    assert "data-pagefind-body" in out and 'data-pagefind-filter="actor">Qasem Soleimani<' in out
    assert "edit/main/docs/briefings/" in out  # edit this page
    dates = " ".join(
        text_of(out.split('<aside class="md-source-file', 1)[1].split(">", 1)[1].split("</aside>")[0]).split()
    )
    assert dates == "Published 2020-01-05"  # said in words; no "Updated" when the file sets none


def test_site_source_page_numbers_paragraphs_and_marks(built: Path) -> None:
    out = page(built, f"sources/{WIKINEWS[0]}/")
    assert re.search(r'<p id="p1">', out) and re.search(r'<p id="p9">', out)
    assert '<mark class="bw-q"' in out and 'class="bw-time"' in out
    assert 'class="bw-actor" href="../../actors/qasem-soleimani/"' in out
    assert "Thursday, United States military forces killed Qasem Soleimani" in text_of(out)


def test_site_actor_page_lists_briefings_and_quotes(built: Path) -> None:
    out = text_of(page(built, "actors/qasem-soleimani/"))
    assert "United States military kills Qasem Soleimani" in out
    assert "Iran issues arrest warrants" in out
    quotes = page(built, "quotes/")
    assert "“" in quotes and "bw-quote-text" in quotes


def test_site_home_lists_latest_briefings_with_their_first_key_point(built: Path) -> None:
    from briefwright.markdown import parse_file

    home = page(built, "")
    first = parse_file(built / "docs" / "briefings" / f"{WIKINEWS[0]}.md", built).summary[0]
    assert f'href="briefings/{WIKINEWS[0]}/"' in home
    assert html.escape(first, quote=False) in home or html.escape(first) in home, first


def test_site_about_credits_every_wikinews_source(built: Path) -> None:
    out = page(built, "about/")
    text = text_of(out)
    assert "processed" in text
    for name in WIKINEWS:
        url = "https://en.wikinews.org/wiki/" + name.split("-", 3)[3]
        first = (ARTICLES / f"{name}.md").read_text("utf-8")
        title = re.search(r'^title: "(.*)"$', first, re.M).group(1)  # type: ignore[union-attr]
        item = text[text.index(title) :][:600]
        assert "Wikinews" in item and "CC BY 2.5" in item
        link = re.search(r'^url: "(.*)"$', first, re.M).group(1)  # type: ignore[union-attr]
        assert site.readable_url(link) in item, url  # shown as people read it ('s, not %27s)
        assert f'href="{html.escape(link)}"' in out  # linked exactly
    assert 'href="https://creativecommons.org/licenses/by/2.5/"' in out
    assert "https://en.wikinews.org/wiki/Iran_issues_arrest_warrants_for_36_people" in text
    assert "Interpol's_aid" in text and "Interpol%27s_aid" not in text
    for tool in ("MkDocs", "Material for MkDocs", "Pagefind", "WeasyPrint"):  # the software is credited
        assert tool in text


def test_site_nav_is_lean(built: Path) -> None:
    out = page(built, f"briefings/{WIKINEWS[0]}/")
    assert WIKINEWS[1] not in out  # other briefings are not in each page's navigation
    for label in ("Home", "Briefings", "Actors", "Timeline", "Quotes", "Tags", "About", "Search"):
        assert f">{label}<" in out.replace("\n", "").replace("  ", "") or label in text_of(out)


# ---------------------------------------------------------------- untrusted text


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_script = False
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.bad_urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for k, v in attrs:
            if k.startswith("on"):
                self.handlers.append(f"<{tag} {k}={v}>")
            if k in ("href", "src", "action", "formaction") and v and not site.safe_url(v):
                if v != "javascript:void(0)":
                    self.bad_urls.append(f"<{tag} {k}={v}>")
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.scripts.append(data)


def test_site_untrusted_article_runs_nothing_and_links_nowhere(built: Path) -> None:
    pages = [p for p in (built / "site").rglob("*.html") if "pagefind" not in p.parts]
    assert len(pages) > 20
    for path in pages:
        scan = _Scan()
        scan.feed(path.read_text("utf-8"))
        assert not scan.handlers, (path, scan.handlers)
        assert not scan.bad_urls, (path, scan.bad_urls)
        assert not [s for s in scan.scripts if "bw-xss" in s], path


def test_site_untrusted_article_shows_its_text(built: Path) -> None:
    shown = text_of(page(built, f"sources/{EVIL_ID}/"))
    assert "<script>alert('bw-xss-1')</script>" in shown
    assert "[the report](javascript:alert('bw-xss-3'))" in shown
    assert "We will not <img src=x onerror=alert('bw-xss-2')> accept this" in shown
    briefing = text_of(page(built, f"briefings/{EVIL_ID}/"))
    assert "Minister <script>alert('bw-xss-title')</script> resigns" in briefing
    assert "The <b onmouseover=alert('bw-xss-4')>budget</b> is safe." in briefing


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ('<p>a <a href="../x/#p1">b</a></p>', '<p>a <a href="../x/#p1">b</a></p>'),
        ("<p><script>alert(1)</script></p>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("<p><img src=x onerror=alert(1)></p>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        ('<a href="&#106;avascript:alert(1)">x</a>', "<a>x</a>"),
        ('<a href=" java\tscript:x">x</a>', "<a>x</a>"),
        ('<p onclick="x()" style="color:red">a</p>', "<p>a</p>"),
        ("<p>&lt;b&gt; &amp; c</p>", "<p>&lt;b&gt; &amp; c</p>"),
        ('<a href="https://e.org/a?b=1&amp;c=2">e</a>', '<a href="https://e.org/a?b=1&amp;c=2">e</a>'),
    ],
)
def test_site_safe_html(dirty: str, clean: str) -> None:
    assert site.safe_html(dirty) == clean


# ---------------------------------------------------------------- determinism


def test_site_two_builds_are_byte_identical(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also: the pages converted and written by the forked processes (briefings' Markdown on the
    other core, stamped pages) are the very bytes MkDocs's own process makes without them."""
    first = built.parent / "first"
    shutil.copytree(built / "site", first)
    monkeypatch.setenv("BRIEFWRIGHT_NO_FORK", "1")
    site.build_site(built)
    unstable = re.compile(r"^pagefind/(filter/|pagefind-entry\.json$|pagefind\.[^/]*\.pf_meta$)")

    def files(folder: Path) -> dict[str, bytes]:
        return {
            p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not unstable.match(p.relative_to(folder).as_posix())
        }

    a, b = files(first), files(built / "site")
    assert sorted(a) == sorted(b)
    assert [k for k in a if a[k] != b[k]] == []


def test_site_briefings_converted_on_both_cores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The briefings' Markdown is converted, and their pages rendered, by two processes: the very
    bytes of one."""
    from briefwright import prerender

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: no second process")
    taken: list[str] = []
    take = prerender.Prerender.take

    def counted(self: prerender.Prerender, page: Any, files: Any) -> bool:
        ok = take(self, page, files)
        if ok:
            taken.append(page.file.src_uri)
        return ok

    monkeypatch.setattr(prerender.Prerender, "take", counted)
    written: list[int] = []
    finish = prerender.Split.finish

    def finished(self: prerender.Split) -> None:
        written.append(sum(self.done))
        finish(self)

    monkeypatch.setattr(prerender.Split, "finish", finished)
    # MkDocs's own process slowed down a little, so that the other one gets pages however busy the
    # machine is (otherwise MkDocs may get to every page first: right, but nothing to assert)
    import time

    import mkdocs.commands.build as mkbuild
    from mkdocs.structure.pages import Page as MkPage

    parent, render, build_page = os.getpid(), MkPage.render, mkbuild._build_page

    def slow_render(self: Any, *args: Any) -> None:
        if os.getpid() == parent and self.file.src_uri.startswith("briefings/2"):
            time.sleep(0.05)
        render(self, *args)

    def slow_build(page: Any, *args: Any, **kwargs: Any) -> None:
        build_page(page, *args, **kwargs)  # claims the page first, then lingers
        if os.getpid() == parent and page.file.src_uri.startswith("briefings/2"):
            time.sleep(0.05)

    monkeypatch.setattr(MkPage, "render", slow_render)
    monkeypatch.setattr(mkbuild, "_build_page", slow_build)
    root = make_root(tmp_path, [])
    for path in (ROOT / "docs" / "briefings").glob("*.md"):
        shutil.copy(path, root / "docs" / "briefings" / path.name)
    site.build_site(root)
    count = len(list((root / "docs" / "briefings").glob("*-*.md")))
    assert count >= prerender.MIN_PAGES
    # how many each process does depends on the machine's load; that the other one did some, and
    # that all of it is the very bytes of one process (below), does not
    assert taken and len(taken) <= count and all(uri.startswith("briefings/") for uri in taken)
    assert "Key points" in page(root, taken[0][:-3])
    assert written and 0 < written[0] <= count  # pages written through the theme by the other process

    def pages(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*.html"))}

    forked = pages(root / "site")
    monkeypatch.setenv("BRIEFWRIGHT_NO_FORK", "1")
    site.build_site(root)
    alone = pages(root / "site")
    assert sorted(forked) == sorted(alone)
    assert [k for k in forked if forked[k] != alone[k]] == []


# ---------------------------------------------------------------- derived pages from hand-made briefings


def _briefing(
    bid: str,
    published: str,
    text: str,
    actors: list[Actor],
    quotes: list[Quote],
    timeline: list[TimelineEntry],
    tags: list[str] | None = None,
) -> Briefing:
    return Briefing(
        id=bid,
        title=f"Title {bid}",
        source=Source(
            path=f"articles/{bid}.md", published=published, publisher="Example", license="CC BY 4.0"
        ),
        text=text,
        paragraphs=[(0, len(text))],
        actors=actors,
        quotes=quotes,
        timeline=timeline,
        tags=tags or [],
    )


def _pair() -> list[Briefing]:
    text = "Ann Lee said the bridge would open. “It opens Monday,” Ann Lee said."
    ann = Actor(id="ann-lee", name="Ann Lee", type="person", roles=["mayor"], mentions=[(0, 7)])
    one = _briefing(
        "one",
        "2021-05-01",
        text,
        [ann],
        [Quote("It opens Monday,", 36, 52, "ann-lee")],
        [TimelineEntry("2021-05-03", "the bridge opens to traffic", 0, 30, actors=["ann-lee"])],
        ["roads"],
    )
    ann2 = Actor(id="ann-lee", name="Ann Lee", type="person", roles=["city mayor"], aliases=["Mayor Lee"])
    two = _briefing(
        "two",
        "2021-05-02",
        text,
        [ann2],
        [Quote("It opens Monday,", 36, 52, "ann-lee")],
        [
            TimelineEntry("2021-05-03", "The bridge opens to traffic on Monday", 0, 30, actors=["ann-lee"]),
            TimelineEntry("2021-05-04", "a ferry stops", 0, 30),
        ],
    )
    return [one, two]


def test_site_timeline_shows_a_shared_event_once_with_all_sources() -> None:
    events = site.merge_timeline(_pair())
    assert [(e.date, len(e.reports)) for e in events] == [("2021-05-03", 2), ("2021-05-04", 1)]


def test_site_actor_index_merges_roles_aliases_and_quotes() -> None:
    actors = site.index_actors(_pair())
    ann = actors["ann-lee"]
    assert set(ann.roles) == {"mayor", "city mayor"} and ann.aliases == {"Mayor Lee"}
    assert [b.id for b, _ in ann.quotes] == ["one", "two"] and len(ann.events) == 2


def _surname_only(bid: str = "three", name: str = "Lee") -> Briefing:
    text = f"{name} said the bridge was late. “It opens in June,” {name} said."
    lee = Actor(id=name.lower(), name=name, type="person", roles=["mayor"])
    return _briefing(bid, "2021-06-01", text, [lee], [Quote("It opens in June,", 36, 54, lee.id)], [])


def test_site_surname_alone_joins_the_one_full_name() -> None:
    """An article that names "Lee" alone and others that name "Ann Lee": one actor, one page."""
    pages = site.derived_pages([*_pair(), _surname_only()])
    actors = site.index_actors([*_pair(), _surname_only()])
    assert "lee" not in actors and [b.id for b in actors["ann-lee"].briefings] == ["one", "two", "three"]
    assert "Lee" in actors["ann-lee"].aliases
    assert "It opens in June" in pages["actors/ann-lee.md"].html
    assert "<h1" in pages["actors/lee.md"].html and "Ann Lee" in pages["actors/lee.md"].html
    assert "It opens in June" in pages["quotes/index.md"].html
    assert ">Lee<" not in pages["quotes/index.md"].html


def test_site_surname_shared_by_two_people_stays_apart() -> None:
    bob = _surname_only("four", "Bob Lee")
    bob.actors[0].id = "bob-lee"
    bob.quotes[0].speaker = "bob-lee"
    actors = site.index_actors([*_pair(), bob, _surname_only()])
    assert {"ann-lee", "bob-lee", "lee"} <= set(actors)


def test_site_big_indexes_are_split_into_pages() -> None:
    one, two = _pair()
    two.source.published, two.timeline[1].date = "2022-06-01", "2022-06-04"
    pages = site.derived_pages([one, two], limit=1)
    assert {"archive/2021-05.md", "archive/2022-06.md", "timeline/2021.md", "timeline/2022.md"} <= set(pages)
    assert "archive/2021-05/" in pages["briefings/index.md"].html
    assert (
        "Title two" in pages["archive/2022-06.md"].html
        and "Title one" not in pages["archive/2022-06.md"].html
    )


def test_site_actor_and_tag_pages() -> None:
    pages = site.derived_pages(_pair())
    actor = pages["actors/ann-lee.md"]
    assert actor.stamp and not actor.search
    assert "Mayor Lee" in actor.html and "city mayor" in actor.html
    assert actor.html.index("2021-05-01") < actor.html.index("2021-05-02")  # quotes by date
    assert "../../briefings/one/" in pages["tags/roads.md"].html


def test_site_unpublished_source_has_no_page_and_links_to_the_article() -> None:
    one, two = _pair()
    one.source.url = "https://example.org/one"
    pages = site.derived_pages([one, two], publishable=lambda b: False)
    assert not [uri for uri in pages if uri.startswith("sources/")]
    assert 'href="https://example.org/one"' in pages["actors/ann-lee.md"].html
    assert "sources/" not in pages["actors/ann-lee.md"].html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://example.org/one",
            "[¶2](https://example.org/one) and [source text](https://example.org/one).",
        ),
        ("javascript:alert(1)", "¶2 and source text."),
        (None, "¶2 and source text."),
    ],
)
def test_site_hook_unlinks_unpublished_source_pages(url: str | None, expected: str) -> None:
    from briefwright.mkdocs_hooks import _unlink_source

    one = _pair()[0]
    one.source.url = url
    assert _unlink_source("[¶2](../sources/one.md#p2) and [source text](../sources/one.md).", one) == expected


def test_site_plain_mkdocs_build_makes_the_same_site(built: Path) -> None:
    import subprocess
    import sys

    out = built.parent / "plain-site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": site.source_date_epoch(site.load_briefings(built))}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], cwd=built, env=env,
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    for url in ("actors/qasem-soleimani/", f"sources/{WIKINEWS[0]}/", "timeline/"):
        assert (out / url / "index.html").read_bytes() == (built / "site" / url / "index.html").read_bytes()
    assert (out / "pagefind" / "pagefind-ui.js").is_file()


def test_site_load_briefings_in_two_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsed by two processes: the same briefings in the same order, a broken one reported by name."""
    root = make_root(tmp_path, [])
    folder = root / "docs" / "briefings"
    for path in sorted((ROOT / "docs" / "briefings").glob("*-*.md"))[:8]:
        shutil.copy(path, folder / path.name)
    broken = folder / "zz-broken.md"  # sorted last: in the forked process's half
    broken.write_text("---\ntitle: [unclosed\n---\n# Broken\n", "utf-8")
    monkeypatch.setattr(site, "PARALLEL_LOAD", 2)
    errors: list[Exception] = []
    forked = site.load_briefings(root, on_error=errors.append)
    assert len(errors) == 1 and "zz-broken.md" in str(errors[0])
    monkeypatch.setenv("BRIEFWRIGHT_NO_FORK", "1")
    alone = site.load_briefings(root, on_error=lambda exc: None)
    assert [b.id for b in forked] == [b.id for b in alone] and len(alone) == 8
    assert [b.to_json() for b in forked] == [b.to_json() for b in alone]


@pytest.mark.parametrize(
    ("setting", "count", "part"),
    [("", 27, 0), ("", 600, 0), ("", 601, 301), ("", 5000, 556), (" 0", 5000, 0), (" false", 5000, 0),
     (" 300", 27, 300)],
)  # fmt: skip
def test_site_search_part_setting(tmp_path: Path, setting: str, count: int, part: int) -> None:
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace("    search_part:\n", f"    search_part:{setting}\n")
    (tmp_path / "mkdocs.yml").write_text(config, "utf-8")
    assert site.search_part(tmp_path, count) == part


def test_site_pages_left_by_a_failed_worker_are_rendered_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process rendering briefing pages on the other core fails on one: MkDocs's own process
    renders every page it claimed and did not write; nothing is missing."""
    import mkdocs.commands.build as mkbuild

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: no second process")
    parent = os.getpid()
    real = mkbuild._build_page
    paths = sorted((ROOT / "docs" / "briefings").glob("*-*.md"))
    victim = f"briefings/{paths[-3].name}"  # among the last: the worker's share

    def flaky(page: Any, *args: Any, **kwargs: Any) -> None:
        if os.getpid() != parent and page.file.src_uri == victim:
            raise RuntimeError("worker failure (test)")
        real(page, *args, **kwargs)

    monkeypatch.setattr(mkbuild, "_build_page", flaky)
    root = make_root(tmp_path, [])
    for path in paths:
        shutil.copy(path, root / "docs" / "briefings" / path.name)
    site.build_site(root)
    for path in paths:
        out = page(root, f"briefings/{path.stem}")
        assert "Key points" in out and "</html>" in out, path.name


def test_site_every_page_has_one_title(built: Path) -> None:
    """One <h1> per page: derived pages written from the shell page carry their own title only."""
    for url in ("", "actors/", "timeline/", "quotes/", f"briefings/{WIKINEWS[0]}/", f"sources/{WIKINEWS[0]}/",
                "actors/qasem-soleimani/", "tags/"):  # fmt: skip
        out = page(built, url)
        assert out.count("<h1") == 1, (url, re.findall(r"<h1[^>]*>.*?</h1>", out))


def test_site_actor_roles_differing_in_case_are_one_role() -> None:
    from collections import Counter

    from briefwright.pages import ActorEntry

    e = ActorEntry(id="x", roles=Counter({"general": 2, "General": 1, "head of the army": 1}))
    assert e.role_list == ["general", "head of the army"]


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        # the same role naming its country in three ways is one role; the bare title beside it goes
        (
            {"US President": 3, "President": 2, "President of the United States": 1, "U.S. President": 1},
            ["US President"],
        ),
        # a demonym and the country's name are the same country
        ({"Russian Foreign Minister": 1, "foreign minister of Russia": 1}, ["Russian Foreign Minister"]),
        # a title that adds more than a country is another role: both stay
        ({"President": 1, "former President": 1}, ["President", "former President"]),
        # two countries are two roles
        (
            {"French ambassador": 1, "ambassador": 1, "German ambassador": 1},
            ["French ambassador", "German ambassador"],
        ),
    ],
)
def test_site_actor_roles_said_once(roles: dict[str, int], expected: list[str]) -> None:
    from collections import Counter

    from briefwright.pages import ActorEntry

    assert ActorEntry(id="x", roles=Counter(roles)).role_list == expected


# ---------------------------------------------------------------- what a reader sees on a briefing page


def _section(out: str, heading: str) -> str:
    start = out.index(f'<h2 id="{heading}">')
    end = out.find("<h2", start + 4)
    return out[start : end if end > 0 else len(out)]


def test_site_briefing_key_points_link_to_their_paragraph(built: Path) -> None:
    from briefwright.markdown import parse_file

    b = parse_file(built / "docs" / "briefings" / f"{WIKINEWS[0]}.md", root=built)
    points = _section(page(built, f"briefings/{WIKINEWS[0]}/"), "key-points")
    items = re.findall(r"<li>(.*?)</li>", points, re.S)
    assert len(items) == len(b.summary) >= 2
    for item, point in zip(items, b.summary, strict=True):
        n = b.paragraph_of(b.text.find(point))
        assert n and f'href="../../sources/{WIKINEWS[0]}/#p{n}">¶{n}</a>' in item, item


def test_site_briefing_actors_read_as_names_with_links() -> None:
    from briefwright import briefing_page, pages
    from briefwright.markdown import render

    one = _pair()[0]
    one.actors[0].aliases = ["Lee", "Mayor Lee"]
    one.actors[0].roles = ["mayor", "party leader"]
    one.actors[0].affiliations = ["city-council"]
    one.actors.append(Actor(id="city-council", name="City Council", type="organization"))
    r = pages.Renderer([one], pages.templates_dir(), lambda b: True)
    md = render(one).split("\n---\n", 1)[1]
    out = text_of(briefing_page.decorate(md, one, r, "../../"))
    html_out = briefing_page.decorate(md, one, r, "../../")
    assert '<a class="bw-actor-name" href="../../actors/ann-lee/"' in html_out
    assert "roles: mayor; party leader · also called: Lee, Mayor Lee · part of: City Council" in out
    assert 'part of: <a href="../../actors/city-council/"' in html_out
    assert (
        "also called: Lee · also called" not in out and "`ann-lee`" not in out and "city-council`" not in out
    )


def test_site_quote_without_speaker_reads_speaker_not_identified() -> None:
    from briefwright import briefing_page, pages
    from briefwright.markdown import render

    one = _pair()[0]
    one.quotes[0].speaker, one.quotes[0].cue, one.quotes[0].kind = None, "known", "partial"
    r = pages.Renderer([one], pages.templates_dir(), lambda b: True)
    md = briefing_page.decorate(render(one).split("\n---\n", 1)[1], one, r, "../../")
    line = next(x for x in md.split("\n") if "It opens Monday" in x)
    assert text_of(line).startswith("- Speaker not identified (verb *known*, partial): “It opens Monday,”")
    assert "unknown speaker" not in md
    quotes = site.derived_pages([one, _pair()[1]])["quotes/index.md"].html
    assert "Speaker not identified" in quotes and "unattributed" not in quotes
    assert quotes.index("Ann Lee") < quotes.index("Speaker not identified")  # the unattributed last


def test_site_actor_page_names_affiliations_and_no_bare_titles() -> None:
    one, two = _pair()
    one.actors[0].roles, one.actors[0].aliases = ["US President"], ["President", "Lee"]
    one.actors[0].affiliations = ["city-council"]
    one.actors.append(Actor(id="city-council", name="City Council", type="organization"))
    pages = site.derived_pages([one, two])
    ann = text_of(pages["actors/ann-lee.md"].html)
    assert re.search(
        r"Other names\s*Lee; Mayor Lee\s*Part of\s*City Council\s*Briefings", ann
    )  # no "President"
    council = pages["actors/city-council.md"].html
    assert re.search(r"Includes</dt><dd><a href=\"../../actors/ann-lee/\">Ann Lee</a>", council)


# ---------------------------------------------------------------- publishing details


def _fragments(root: Path) -> dict[str, dict]:
    """Pagefind's record of each indexed page (URL -> content, meta, filters)."""
    import gzip

    out = {}
    for path in (root / "site" / "pagefind" / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[data.index(b"{") :])
        out[record["url"]] = record
    return out


def test_site_credit_line_is_shown_but_not_searched(built: Path) -> None:
    out = page(built, f"briefings/{WIKINEWS[0]}/")
    credit = re.search(r'<p class="bw-credit" data-pagefind-ignore>(.*?)</p>', out, re.S)
    assert credit and "Source:" in text_of(credit[1]) and "Licence: CC BY 2.5" in text_of(credit[1])
    record = _fragments(built)[f"/briefings/{WIKINEWS[0]}/"]
    assert "Licence" not in record["content"] and "This briefing was made" not in record["content"]
    assert record["content"].startswith("United States military kills Qasem Soleimani. Key points.")
    assert record["meta"]["title"] == "United States military kills Qasem Soleimani"
    filters = record["filters"]
    assert "Qasem Soleimani" in filters["actor"] and "person" in filters["actor type"]
    assert filters["year"] == ["2020"] and filters["month"] == ["2020-01"] and filters["tag"]


def test_site_briefing_says_when_it_was_updated(tmp_path: Path) -> None:
    root = make_root(tmp_path, WIKINEWS[:1])
    path = root / "docs" / "briefings" / f"{WIKINEWS[0]}.md"
    path.write_text(
        path.read_text("utf-8").replace("\nbriefwright:\n", "\nupdated: 2020-02-01\nbriefwright:\n", 1)
    )
    site.build_site(root)
    out = page(root, f"briefings/{WIKINEWS[0]}/")
    dates = " ".join(
        text_of(out.split('<aside class="md-source-file', 1)[1].split(">", 1)[1].split("</aside>")[0]).split()
    )
    assert dates == "Published 2020-01-05 Updated 2020-02-01"
    assert '<time datetime="2020-02-01">' in out


def test_site_source_page_says_it_is_the_source_text(built: Path) -> None:
    out = page(built, f"sources/{WIKINEWS[0]}/")
    body = out[out.index('<p class="bw-kicker">') :]
    assert text_of(body).lstrip().startswith("Source text\nUnited States military kills Qasem Soleimani")
    assert '<h1 aria-label="Source text: United States military kills Qasem Soleimani">' in body
    back = re.search(r'<p class="bw-back"><a href="([^"]+)">([^<]+)</a>', body)
    assert back and back[1] == f"../../briefings/{WIKINEWS[0]}/" and back[2] == "← Back to the briefing"
    assert "<title>Source — United States military kills Qasem Soleimani" in out


def _dated(bid: str, published: str, dates: list[str]) -> Briefing:
    text = "The council met. " * 3
    entries = [TimelineEntry(d, f"event {bid} {k} of {d}", 0, 10) for k, d in enumerate(dates)]
    return _briefing(bid, published, text, [], [], entries)


def test_site_timeline_is_grouped_by_year_and_month() -> None:
    months = [f"2021-{m:02d}-0{d}" for m in (3, 4, 5) for d in (1, 2, 3)]
    bs = [*_pair(), _dated("old", "2021-06-01", ["1990", "1995-04-02", "2003"] + months)]
    pages = site.derived_pages(bs)
    html = pages["timeline/index.md"].html
    heads = re.findall(r'<h([23]) id="([^"]+)">(.*?)</h\1>', html)
    assert [(h, i, text_of(t).strip()) for h, i, t in heads] == [
        ("2", "y-1990", "1990–2003 (3)"),  # sparse years share a heading
        ("2", "y-2021", "2021 (11)"),
        ("3", "m-2021-03", "March 2021"),
        ("3", "m-2021-04", "April 2021"),
        ("3", "m-2021-05", "May 2021"),
    ]
    # each entry shows its date; the first of a date is its anchor; a shared event is shown once
    shared = re.search(
        r'<li id="d-2021-05-03"><time class="bw-date" datetime="2021-05-03">2021-05-03</time> (.*?)</li>',
        html,
        re.S,
    )
    assert shared and "2 sources" in text_of(shared[1])
    assert html.count('id="d-2021-05-03"') == 1 and len(re.findall(r"<li[ >]", html)) == 14
    assert site.derived_pages(bs)["timeline/index.md"].html == html  # deterministic
