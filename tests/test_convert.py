"""``briefwright convert``: bad input reported per file, edited briefings kept, incremental runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from briefwright import convert as convert_mod
from briefwright.cli import main
from briefwright.model import Briefing
from click.testing import CliRunner

from .conftest import ARTICLES, ROOT

REAL = sorted(ARTICLES.glob("20*.md"))[1:4]  # three short Wikinews articles


def _fake_extract_many(articles, n_process=1):
    """A stand-in for the NLP: the briefing of an article with its first sentence as key point."""
    for a in articles:
        yield Briefing(
            id=a.id,
            title=a.title,
            source=a.source,
            text=a.text,
            paragraphs=list(a.paragraphs),
            summary=[a.text.split(". ")[0].rstrip(".") + "."],
            tags=list(a.tags),
        )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with three real articles, as the current folder; the NLP faked."""
    (tmp_path / "articles").mkdir()
    for path in REAL:
        shutil.copy(path, tmp_path / "articles" / path.name)
    monkeypatch.chdir(tmp_path)
    import briefwright.extract

    monkeypatch.setattr(briefwright.extract, "extract_many", _fake_extract_many)
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(main, ["convert", *args])


def _briefings(project: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted((project / "docs" / "briefings").glob("*.md"))}


def _lead_with(path: Path, paragraph: str) -> None:
    """Put ``paragraph`` first in the article's body (so that its briefing changes)."""
    original = path.read_text("utf-8")
    body_at = original.index("\n---\n", 4) + 5
    path.write_text(original[:body_at] + f"\n{paragraph}\n" + original[body_at:], "utf-8")


def _no_nlp(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefwright.extract

    def fail(*args, **kwargs):
        raise AssertionError("the NLP ran")

    monkeypatch.setattr(briefwright.extract, "extract_many", fail)


def test_convert_writes_one_briefing_per_article(project: Path) -> None:
    result = _run()
    assert result.exit_code == 0, result.stderr
    assert sorted(_briefings(project)) == sorted(p.stem + ".md" for p in REAL)
    assert "3 articles: 3 written, 0 unchanged (extracted 3, from cache 0)" in result.stderr
    text = _briefings(project)[REAL[0].stem + ".md"]
    assert text.startswith("---\n") and "fingerprint:" in text
    assert not list((project / "docs" / "briefings").glob(".*"))  # no temporary file left


BAD_FILES = [
    ("empty.md", b"", "the file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50, "binary file, not text"),
    ("broken.md", b"---\ntitle: No end\n\nText.", "broken front matter"),
    ("big.txt", b"Title\n\n" + b"word " * 20_000, "too large (100,007 bytes, limit 60,000)"),
    ("date.md", b"---\ntitle: T\npublished: 31/31/2020\n---\nText here.", "unparseable date '31/31/2020'"),
    ("page.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text found"),
]


def test_convert_bad_input_one_line_each_rest_converts(project: Path) -> None:
    for name, data, _ in BAD_FILES:
        (project / "articles" / name).write_bytes(data)
    result = _run("--max-bytes", "60000")
    assert result.exit_code == 1
    lines = result.stderr.strip().split("\n")
    for name, _, message in BAD_FILES:
        [line] = [li for li in lines if li.startswith(f"articles/{name}: ")]
        assert message in line
    assert lines[-1] == (
        "briefwright convert: 9 articles: 3 written, 0 unchanged, 6 failed (extracted 3, from cache 0)"
    )
    assert len(_briefings(project)) == 3


def test_convert_missing_folder_fails(project: Path) -> None:
    result = _run("nowhere")
    assert result.exit_code == 1
    assert "nowhere: no such folder of articles" in result.stderr


def test_convert_reserved_id_refused(project: Path) -> None:
    (project / "articles" / "index.txt").write_text("Index\n\nA story called index.\n")
    result = _run()
    assert result.exit_code == 1
    assert "articles/index.txt: the briefing id 'index' is reserved for the list of briefings" in (
        result.stderr
    )
    assert "index.md" not in _briefings(project)


def test_convert_empty_folder_says_so(project: Path) -> None:
    (project / "none").mkdir()
    result = _run("none")
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "none: no article files (.md, .txt, .html, .json, .jsonl) — nothing to convert"
    )


def test_convert_duplicate_id_error_names_both(project: Path) -> None:
    (project / "articles" / "more").mkdir()
    shutil.copy(REAL[0], project / "articles" / "more" / REAL[0].name)
    result = _run()
    assert result.exit_code == 1
    assert (
        f"articles/{REAL[0].name}: duplicate briefing id '{REAL[0].stem}': articles/more/{REAL[0].name} "
        "has it already"
    ) in result.stderr or (
        f"articles/more/{REAL[0].name}: duplicate briefing id '{REAL[0].stem}': articles/{REAL[0].name} "
        "has it already"
    ) in result.stderr
    assert len(_briefings(project)) == 3


def test_convert_edited_briefing_left_as_is_then_force(project: Path) -> None:
    assert _run().exit_code == 0
    target = project / "docs" / "briefings" / f"{REAL[0].stem}.md"
    edited = target.read_text("utf-8").replace("## Key points\n", "## Key points\n- A point added by hand.\n")
    target.write_text(edited, "utf-8")
    _lead_with(project / "articles" / REAL[0].name, "A paragraph added later. It leads now.")
    result = _run()
    assert result.exit_code == 0
    proposal = Path(".briefwright/proposed") / f"{REAL[0].stem}.md"
    assert (
        f"docs/briefings/{REAL[0].stem}.md: edited by hand, left as is; the machine version is in "
        f"{proposal.as_posix()} — use --force to overwrite (a backup is kept)"
    ) in result.stderr
    assert (
        f"to see what the machine would change: git diff --no-index docs/briefings/{REAL[0].stem}.md "
        f"{proposal.as_posix()}"
    ) in result.stderr
    assert target.read_text("utf-8") == edited
    machine = (project / proposal).read_text("utf-8")
    assert "A paragraph added later" in machine and "A point added by hand" not in machine

    result = _run("--force")
    assert result.exit_code == 0
    backup = project / ".briefwright" / "backup" / f"{REAL[0].stem}.1.md"
    assert backup.read_text("utf-8") == edited
    assert target.read_text("utf-8") == machine
    assert not (project / proposal).exists()


def test_convert_second_run_does_no_nlp(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run().exit_code == 0
    before = _briefings(project)
    _no_nlp(monkeypatch)
    result = _run()
    assert result.exit_code == 0, result.stderr
    assert "3 articles: 0 written, 3 unchanged (extracted 0, from cache 3)" in result.stderr
    assert _briefings(project) == before


def test_convert_adding_one_article_extracts_one(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run().exit_code == 0
    (project / "articles" / "new.txt").write_text("Storm hits coast\n\nThe storm hit the coast on Monday.\n")
    calls: list[int] = []

    def counting(articles, n_process=1):
        articles = list(articles)
        calls.append(len(articles))
        return _fake_extract_many(articles)

    import briefwright.extract

    monkeypatch.setattr(briefwright.extract, "extract_many", counting)
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True)
    assert (result.extracted, result.cached, calls) == (1, 3, [1])
    assert [p.name for p in result.written] == ["new.md"]


def test_convert_actors_file_change_invalidates_cache(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run().exit_code == 0
    (project / "actors.yaml").write_text("actors: []\n")
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True)
    assert (result.extracted, result.cached) == (3, 0)
    elsewhere = project / "curated.yaml"
    elsewhere.write_text("actors: []\n# another file\n")
    monkeypatch.setenv("BRIEFWRIGHT_ACTORS", str(elsewhere))
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True)
    assert (result.extracted, result.cached) == (3, 0)
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True)
    assert (result.extracted, result.cached) == (0, 3)


def test_convert_damaged_cache_entry_is_extracted_again(project: Path) -> None:
    assert _run().exit_code == 0
    entries = sorted((project / ".briefwright" / "cache").glob("*/*.md"))
    entries[0].write_text("not a briefing")
    entries[1].unlink()
    entries[2].write_text(entries[2].read_text("utf-8").replace("## Key points", "## Key point"))
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True)
    assert (result.extracted, len(result.unchanged)) == (3, 3)


def test_convert_old_cache_generations_pruned(project: Path) -> None:
    cache = project / ".briefwright" / "cache"
    old, recent = cache / ("0" * 16), cache / ("1" * 16)
    for folder in (old, recent):
        folder.mkdir(parents=True)
        (folder / "x.md").write_text("stale")
    os.utime(old, (0, 0))
    assert _run().exit_code == 0
    assert not old.exists() and recent.exists()
    assert len(list(cache.iterdir())) == 2  # the recent one and this run's


def test_convert_failed_write_leaves_the_old_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run().exit_code == 0
    before = _briefings(project)
    _lead_with(project / "articles" / REAL[0].name, "A new first paragraph. It changes the key points.")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True, echo=lambda m: None)
    assert not result.ok
    assert str(result.errors[0]).endswith("cannot write the briefing (No space left on device)")
    assert _briefings(project) == before
    assert not [p for p in (project / "docs" / "briefings").iterdir() if p.name.startswith(".")]


def test_convert_extraction_crash_isolated(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash_on_one(articles, n_process=1):
        for a in articles:
            if a.id == REAL[1].stem:
                raise RuntimeError("extractor bug")
            yield from _fake_extract_many([a])

    import briefwright.extract

    monkeypatch.setattr(briefwright.extract, "extract_many", crash_on_one)
    messages: list[str] = []
    result = convert_mod.convert(Path("articles"), Path("docs/briefings"), quiet=True, echo=messages.append)
    assert messages == [f"articles/{REAL[1].name}: extraction failed (RuntimeError: extractor bug)"]
    assert len(result.written) == 2


def test_convert_real_nlp_then_no_spacy_on_second_run(tmp_path: Path) -> None:
    """End to end with the real pipeline; the second run, in a fresh process, never imports spaCy.

    Both runs use a copy of the package: an edit made meanwhile would (rightly) empty the cache.
    """
    shutil.copytree(
        ROOT / "scripts" / "briefwright",
        tmp_path / "pkg" / "briefwright",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "pkg")}
    project = tmp_path / "project"
    (project / "articles").mkdir(parents=True)
    shutil.copy(REAL[0], project / "articles" / REAL[0].name)
    cli = "import sys; from briefwright.cli import main; sys.exit(main())"
    first = subprocess.run(
        [sys.executable, "-c", cli, "convert"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert first.returncode == 0, first.stderr
    assert "1 article: 1 written, 0 unchanged (extracted 1, from cache 0)" in first.stderr
    briefing = (project / "docs" / "briefings" / f"{REAL[0].stem}.md").read_text("utf-8")
    assert "## Actors" in briefing
    probe = (
        "import sys, json; from pathlib import Path; from briefwright.convert import convert; "
        "r = convert(Path('articles'), Path('docs/briefings'), quiet=True); "
        "print(json.dumps([r.extracted, r.cached, len(r.unchanged), 'spacy' in sys.modules]))"
    )
    second = subprocess.run(
        [sys.executable, "-c", probe], cwd=project, env=env, capture_output=True, text=True, timeout=300
    )
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == [0, 1, 1, False]


def _fake_batch(articles):
    """A picklable stand-in for ``convert.extract_batch`` (runs in the pool's processes)."""
    briefings = _fake_extract_many(articles)
    return [f"failed {a.id}" if a.id == "a-003" else b for a, b in zip(articles, briefings, strict=True)]


def test_convert_pool_gives_every_article_once(tmp_path: Path) -> None:
    from briefwright.articles import read_file

    for i in range(40):
        (tmp_path / f"a-{i:03d}.txt").write_text(f"Story {i}\n\nThing {i} happened.\n")
    articles = [a for p in sorted(tmp_path.glob("*.txt")) for a in read_file(p, root=tmp_path)]
    seen: dict[str, Briefing | str] = {}
    for batch, results in convert_mod.extract_all(articles, workers=2, batch_fn=_fake_batch):
        assert 1 <= len(batch) <= convert_mod.BATCH_SIZE and len(results) == len(batch)
        for article, briefing in zip(batch, results, strict=True):
            assert article.id not in seen
            seen[article.id] = briefing
    assert sorted(seen) == [a.id for a in articles]
    assert seen.pop("a-003") == "failed a-003"
    assert all(isinstance(b, Briefing) and b.id == i for i, b in seen.items())


@pytest.mark.parametrize(
    ("tty", "env", "quiet", "wanted"),
    [
        (True, {}, False, True),
        (False, {}, False, False),  # piped or redirected
        (True, {"CI": "true"}, False, False),
        (True, {"TERM": "dumb"}, False, False),
        (True, {}, True, False),  # --quiet
    ],
)
def test_convert_progress_bar_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, tty: bool, env: dict, quiet: bool, wanted: bool
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    assert convert_mod._progress_wanted(quiet) is wanted


def test_convert_html_read_once_per_content(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefwright import articles

    from .test_articles import HTML as page

    (project / "articles" / "water.html").write_text(page, "utf-8")
    (project / "articles" / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    first = _run()
    assert first.exit_code == 1
    assert "articles/empty.html: no article text found in the HTML page" in first.stderr
    calls: list[str] = []
    real = articles.read_html
    monkeypatch.setitem(articles.READERS, ".html", lambda *a: calls.append(a[0].name) or real(*a))
    second = _run()
    assert (second.exit_code, calls) == (1, [])
    assert second.stderr == first.stderr.replace("4 written, 0 unchanged", "0 written, 4 unchanged").replace(
        "(extracted 4, from cache 0)", "(extracted 0, from cache 4)"
    )
    (project / "articles" / "water.html").write_text(page.replace("five countries", "six countries"), "utf-8")
    assert _run().exit_code == 1 and calls == ["water.html"]


def test_pool_batches_shrink_to_single_articles_at_the_end(tmp_path: Path) -> None:
    """Longest first, at most BATCH_SIZE each, and small batches last: no worker idles on a long tail."""
    from briefwright.articles import read_file

    for i in range(200):
        (tmp_path / f"a-{i:03d}.txt").write_text(
            f"Story {i}\n\n" + "Words of the day. " * (1 + i % 37) + "\n"
        )
    articles = [a for p in sorted(tmp_path.glob("*.txt")) for a in read_file(p, root=tmp_path)]
    batches = convert_mod._pool_batches(articles, workers=2)
    flat = [a for b in batches for a in b]
    assert sorted(a.id for a in flat) == sorted(a.id for a in articles)
    assert [len(a.text) for a in flat] == sorted((len(a.text) for a in flat), reverse=True)
    assert all(1 <= len(b) <= convert_mod.BATCH_SIZE for b in batches)
    assert len(batches[0]) > 4 * len(batches[-1]) and len(batches[-1]) == 1
