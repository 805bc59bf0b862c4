"""Reading articles: encodings, formats, metadata, and one clear error per bad file."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest
from briefwright.articles import ArticleError, article_files, decode, read_file, read_records

from .conftest import ARTICLES, ROOT

BODY = "The minister said on Tuesday that the plan “will work”.\n\nCritics said it would not."
ARTICLE_MD = "---\ntitle: Plan approved\npublished: 2021-03-04\n---\n\n" + BODY + "\n"


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _one(path: Path):
    articles = read_file(path, root=path.parent)
    assert len(articles) == 1
    return articles[0]


def _error(path: Path, **kw) -> str:
    with pytest.raises(ArticleError) as info:
        read_file(path, root=path.parent, **kw)
    assert info.value.path == str(path)
    return str(info.value)


# ---------------------------------------------------------------- encodings

ENCODED = {
    "utf8": ARTICLE_MD.encode("utf-8"),
    "utf8-bom": codecs.BOM_UTF8 + ARTICLE_MD.encode("utf-8"),
    "utf16-le-bom": ARTICLE_MD.encode("utf-16"),
    "utf16-be-bom": codecs.BOM_UTF16_BE + ARTICLE_MD.encode("utf-16-be"),
    "utf16-le-no-bom": ARTICLE_MD.encode("utf-16-le"),
    "cp1252": ARTICLE_MD.encode("cp1252"),
    "crlf": ARTICLE_MD.replace("\n", "\r\n").encode("utf-8"),
    "crlf-utf16": ARTICLE_MD.replace("\n", "\r\n").encode("utf-16"),
    "cr-only": ARTICLE_MD.replace("\n", "\r").encode("utf-8"),
}


@pytest.mark.parametrize("encoding", list(ENCODED))
def test_articles_encodings_give_the_same_article(tmp_path: Path, encoding: str) -> None:
    article = _one(_write(tmp_path, "plan.md", ENCODED[encoding]))
    assert article.title == "Plan approved"
    assert article.source.published == "2021-03-04"
    assert article.text == BODY
    assert [article.text[s:e] for s, e in article.paragraphs] == BODY.split("\n\n")


def test_articles_cp1252_smart_quotes_and_accents(tmp_path: Path) -> None:
    raw = b"Caf\xe9 owners protest\n\n\x93We will stay open,\x94 said Ren\xe9e Dupont\x97the owner."
    article = _one(_write(tmp_path, "cafe.txt", raw))
    assert article.title == "Café owners protest"
    assert article.text == "“We will stay open,” said Renée Dupont—the owner."


def test_articles_mixed_utf8_and_cp1252(tmp_path: Path) -> None:
    raw = "Café owners\n\n".encode() + b"\x93We stay,\x94 said Ren\xe9e, " + "“really”.".encode()
    assert _one(_write(tmp_path, "mixed.txt", raw)).text == "“We stay,” said Renée, “really”."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("said\u00a0the\u00a0minister.", "said the minister."),  # no-break spaces
        ("said the\u200b mini\u200dster\ufeff.", "said the minister."),  # zero-width characters
        ("said  the \t minister\u202f.", "said the minister ."),  # runs of odd spaces
        ("a line\nwrapped here.", "a line wrapped here."),  # a wrapped line joins its paragraph
        ("soft\u00adhyphen.", "softhyphen."),
        ('it\'s "straight" and ‘curly’ quotes.', 'it\'s "straight" and ‘curly’ quotes.'),
        ("Cafe\u0301 NFC.", "Café NFC."),
    ],
)
def test_articles_spaces_and_quotes_normalised(tmp_path: Path, raw: str, expected: str) -> None:
    article = _one(_write(tmp_path, "a.txt", "Title\n\n" + raw))
    assert article.text == expected


# ---------------------------------------------------------------- formats


def test_articles_text_title_first_line_repeat_dropped(tmp_path: Path) -> None:
    raw = "Storm hits coast\nStorm hits coast\n\nThe storm hit the coast.\n"
    article = _one(_write(tmp_path, "t.txt", raw))
    assert article.title == "Storm hits coast"
    assert article.text == "The storm hit the coast."
    assert article.id == "t"


def test_articles_title_of_signs_alone_repeats_no_text(tmp_path: Path) -> None:
    raw = '{"title": "<", "published": "2001-02-03", "text": ": - :"}'
    article = _one(_write(tmp_path, "t.json", raw))
    assert article.text == ": - :"  # both are empty once the signs go: that is no repeated title


def test_articles_markdown_markup_unwrapped(tmp_path: Path) -> None:
    md = (
        "---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\n"
        "The **storm** hit [the coast](https://example.org) on *Monday*.\n\n"
        '- Power was cut.\n- Roads were closed.\n\n> "We are safe," the mayor said.\n'
    )
    article = _one(_write(tmp_path, "storm.md", md))
    assert article.text.split("\n\n") == [
        "The storm hit the coast on Monday.",
        "Power was cut.",
        "Roads were closed.",
        '"We are safe," the mayor said.',
    ]


@pytest.mark.parametrize(
    ("md", "title", "text"),
    [
        ("# Storm hits *coast*\n\nThe storm hit.\n", "Storm hits coast", "The storm hit."),
        ("Storm hits coast\n=====\n\nThe storm hit.\n", "Storm hits coast", "The storm hit."),
        ("---\nauthor: A\n---\n# Storm hits coast\nThe storm hit.\n", "Storm hits coast", "The storm hit."),
        ("The storm hit.\n\nIt rained.\n", "storm report", "The storm hit.\n\nIt rained."),
    ],
)
def test_articles_markdown_title_without_front_matter(tmp_path: Path, md: str, title: str, text: str) -> None:
    article = _one(_write(tmp_path, "storm-report.md", md))
    assert (article.title, article.text) == (title, text)


HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ministers agree on a new water plan | The Daily Example</title>
<meta property="og:title" content="Ministers agree on a new water plan">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:url" content="https://example.org/news/water-plan">
<meta name="author" content="Jane Roe">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Ministers agree on a new water plan", "datePublished": "2021-03-04",
 "author": {"@type": "Person", "name": "Jane Roe"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers agree on a new water plan</h1>
<p>Water ministers from five countries agreed on Tuesday to share the river's flow, officials said.</p>
<p>"This is a fair deal for every farmer," said Maria Lopez, the minister of agriculture.</p>
<p>Critics said the agreement came too late for the south, where wells have been dry since summer.</p>
</article><footer>Copyright 2021 The Daily Example. All rights reserved.</footer></body></html>
"""


def test_articles_html_text_and_metadata(tmp_path: Path) -> None:
    article = _one(_write(tmp_path, "water.html", HTML))
    assert article.title == "Ministers agree on a new water plan"
    assert article.source.published == "2021-03-04"
    assert article.source.authors == ["Jane Roe"]
    assert article.source.publisher == "The Daily Example"
    assert article.source.url == "https://example.org/news/water-plan"
    paras = article.text.split("\n\n")
    assert paras[0].startswith("Water ministers from five countries")
    assert len(paras) == 3
    assert "Home" not in article.text and "Copyright" not in article.text


def test_articles_html_declared_charset(tmp_path: Path) -> None:
    page = HTML.replace('charset="utf-8"', 'charset="iso-8859-7"').replace("Maria Lopez", "Μαρία Λόπεζ")
    article = _one(_write(tmp_path, "greek.html", page.encode("iso-8859-7")))
    assert "said Μαρία Λόπεζ, the minister" in article.text


def test_articles_markdown_inline_html_and_entities(tmp_path: Path) -> None:
    md = "# T\n\nSome <em>stress</em> &amp; an <a href='x'>anchor</a>. Also x < y > z at AT&T.\n"
    assert _one(_write(tmp_path, "m.md", md)).text == "Some stress & an anchor. Also x < y > z at AT&T."


def test_articles_json_feed_aliases(tmp_path: Path) -> None:
    record = {
        "headline": "Port strike ends",
        "datePublished": "2022-05-01T08:00:00Z",
        "author": {"name": "Sam Lee"},
        "publisher": {"name": "Harbour News"},
        "link": "https://example.org/port",
        "articleBody": "<p>The strike ended on Sunday.</p><p>Workers returned &amp; ships sailed.</p>",
    }
    article = _one(_write(tmp_path, "feed.json", json.dumps(record)))
    assert article.title == "Port strike ends"
    assert article.source.published == "2022-05-01"
    assert article.source.authors == ["Sam Lee"]
    assert article.source.publisher == "Harbour News"
    assert article.source.url == "https://example.org/port"
    assert article.text == "The strike ended on Sunday.\n\nWorkers returned & ships sailed."


def test_articles_jsonl_bad_line_keeps_the_others(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "First story", "published": "2022-01-01", "text": "One happened."}),
        "{not json",
        json.dumps({"title": "Third story", "text": ""}),
        json.dumps({"title": "Fourth story", "date": "March 3, 2022", "text": "Four happened."}),
    ]
    path = _write(tmp_path, "archive.jsonl", "\n".join(lines))
    records = read_records(path, root=tmp_path)
    good = [r for r in records if not isinstance(r, ArticleError)]
    bad = [str(r) for r in records if isinstance(r, ArticleError)]
    assert [a.id for a in good] == ["2022-01-01-first-story", "2022-03-03-fourth-story"]
    assert bad == [
        f"{path}: invalid JSON on line 2: Expecting property name enclosed in double quotes",
        f"{path}: no article text (line 3): give a 'text' field",
    ]
    assert _error(path).startswith(f"{path}: invalid JSON on line 2")


def test_articles_real_articles_all_read() -> None:
    files = article_files(ARTICLES)
    assert len(files) >= 27
    for path in files:
        [article] = read_file(path, root=ROOT)
        assert article.id == path.stem
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.source.published or "")
        assert article.source.path == f"articles/{path.name}"
        assert article.source.publisher and article.title and len(article.paragraphs) >= 2


def test_articles_files_skip_readme_and_hidden(tmp_path: Path) -> None:
    for name in ("a.md", "README.md", ".hidden/b.md", "sub/c.txt", "notes.docx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in article_files(tmp_path)] == ["a.md", "sub/c.txt"]


# ---------------------------------------------------------------- bad input

BAD = [
    ("empty.md", b"", "the file is empty"),
    ("blank.txt", b"  \r\n\n\t ", "the file is empty"),
    ("bom-only.md", codecs.BOM_UTF8, "the file is empty"),
    ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file, not text"),
    ("noise.txt", bytes((i * 37 + 11) % 32 for i in range(2000)), "binary file, not text"),
    ("open.md", b"---\ntitle: x\n\nBody text.", "broken front matter: the opening '---' line has no closing"),
    ("yaml.md", b"---\ntitle: [a, b\n---\nBody.", "broken front matter (line 3)"),
    ("list.md", b"---\n- a\n- b\n---\nBody.", "broken front matter: expected 'key: value' lines"),
    ("date.md", b"---\ntitle: T\npublished: 2020-13-45\n---\nBody.", "unparseable date '2020-13-45'"),
    ("word.md", b"---\ntitle: T\npublished: yesterday\n---\nBody.", "unparseable date 'yesterday'"),
    ("notext.md", b"---\ntitle: T\n---\n\n", "no article text after reading the file"),
    ("title.txt", b"Only a title\n", "no article text after reading the file"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
    ("bad.json", b'{"title": 1,', "invalid JSON at line 1"),
    ("list.json", b"[]", "no articles in the JSON list"),
    ("scalar.json", b"42", "expected an article object, got int"),
    ("doc.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD, ids=[b[0] for b in BAD])
def test_articles_bad_input_one_clear_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path, name, data)
    error = _error(path)
    assert error.startswith(f"{path}: {message}"), error
    assert "\n" not in error


def test_articles_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", "Title\n\n" + "word " * 400)
    assert _error(path, max_bytes=1000) == (
        f"{path}: too large (2,007 bytes, limit 1,000) — raise it with --max-bytes"
    )
    assert read_file(path, max_bytes=5000)


def test_articles_decode_utf16_binary_is_rejected() -> None:
    with pytest.raises(ArticleError, match="binary file"):
        decode(bytes([0, 1, 2, 3, 0, 0, 255, 254, 0, 7] * 100), "x.bin")
