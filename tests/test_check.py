"""`briefwright check`: every problem at once as path:line: message — fix; and a correction reaching
the derived pages (actor pages, quote index, timeline)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from briefwright import pages as site_pages
from briefwright.check import check_curated, run_check
from briefwright.cli import main
from briefwright.markdown import parse, render
from click.testing import CliRunner

from .test_markdown import demo_briefing

BRIEFING = Path("docs/briefings/lowmere-dam.md")


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, str]:
    md = render(demo_briefing(tmp_path))
    (tmp_path / BRIEFING).parent.mkdir(parents=True)
    (tmp_path / BRIEFING).write_text(md, encoding="utf-8")
    return tmp_path, md


def line_of(md: str, text: str) -> int:
    return next(n for n, line in enumerate(md.split("\n"), 1) if text in line)


def test_check_clean_project_passes(project):
    root, _ = project
    assert run_check(root) == []
    result = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert "checked 1 briefing(s): no problems" in result.output


@pytest.mark.parametrize(
    "old, new, message",
    [
        ("**2024-03-03**", "**2024-02-30**", "invalid date '2024-02-30'"),
        ("*told*: “The work is finished.”", "*told*: “The work is over.”", "quoted text not found"),
        (
            "[Tom Okafor](../actors/tom-okafor.md)",
            "[Tom](../actors/tom-okafa.md)",
            "speaker `tom-okafa` is not a listed",
        ),
        (
            "    - part of: `lowmere`",
            "    - part of: `lowmere-city`",
            "`lowmere-city`, which is not a listed",
        ),
        ("— [Lowmere](../actors/lowmere.md)", "— `lowmere-town`", "the actor `lowmere-town` is not a listed"),
        ("`piet-bakker` — person", "`tom-okafor` — person", "the actor id `tom-okafor` is listed twice"),
        ("## Key points", "## Highlights", "unknown section 'Highlights'"),
        (
            "# Lowmere dam to reopen after repairs",
            "# Lowmere dam reopens",
            "the heading differs from the front",
        ),
        ("“We lost a season,” — [¶3]", "“We lost a season,” — [¶1]", "the quote is in paragraph 3, not ¶1"),
        (
            "[Tom Okafor](../actors/tom-okafor.md)",
            "[Ana Ruiz](../actors/tom-okafor.md)",
            "'Ana Ruiz' is not a name of",
        ),
    ],
)
def test_check_reports_the_line_and_the_fix(project, old, new, message):
    root, md = project
    edited = md.replace(old, new, 1)
    assert edited != md
    (root / BRIEFING).write_text(edited, encoding="utf-8")
    problems = [str(p) for p in run_check(root)]
    changed = next(
        n for n, (a, b) in enumerate(zip(md.split("\n"), edited.split("\n"), strict=True), 1) if a != b
    )
    expected = f"{BRIEFING.as_posix()}:{changed}: "
    assert any(p.startswith(expected) and message in p and " — " in p for p in problems), problems


def test_check_reports_all_problems_at_once_and_exits_1(project):
    root, md = project
    edited = md.replace("**2024-03-03**", "**2024-13-01**").replace(
        "*told*: “The work is finished.”", "*told*: “Done.”"
    )
    edited = edited.replace("[Piet Bakker](../actors/piet-bakker.md)", "`nobody`")
    (root / BRIEFING).write_text(edited, encoding="utf-8")
    (root / "docs/briefings/copy.md").write_text(edited, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert result.exit_code == 1
    out = result.output
    for message in (
        "invalid date '2024-13-01'",
        "quoted text not found",
        "speaker `nobody` is not a listed actor",
        "is also the id of docs/briefings/copy.md",
        "differs from the file name 'copy'",
    ):
        assert message in out, out
    assert "checked 2 briefing(s)" in out


def test_check_unreadable_source_article(project):
    root, _ = project
    (root / "articles/lowmere-dam.md").unlink()
    problems = [str(p) for p in run_check(root)]
    assert any("cannot read the source article" in p and "fix source.path" in p for p in problems), problems


def test_check_curated_actors_file_uses_identity(monkeypatch, tmp_path: Path):
    (tmp_path / "actors.yaml").write_text("kerry:\n  name: John Kerry\n", encoding="utf-8")
    fake = types.ModuleType("briefwright.identity")
    fake.validate_curated = lambda path: [f"{path}:2: duplicate alias 'Kerry' — keep it under one actor"]
    monkeypatch.setitem(sys.modules, "briefwright.identity", fake)
    monkeypatch.setattr("briefwright.identity", fake, raising=False)
    problems = [str(p) for p in check_curated(tmp_path)]
    assert problems == ["actors.yaml:2: duplicate alias 'Kerry' — keep it under one actor"]


def test_check_curated_actors_file_mistakes_have_lines(tmp_path: Path):
    (tmp_path / "actors.yaml").write_text("actors:\n  - id: X Y\n    name: Someone\n", encoding="utf-8")
    problems = [str(p) for p in check_curated(tmp_path)]
    assert problems and all(p.startswith("actors.yaml:") for p in problems), problems
    assert any(p.startswith("actors.yaml:2: ") and "X Y" in p for p in problems), problems
    assert CliRunner().invoke(main, ["check", "--root", str(tmp_path)]).exit_code == 1


def test_check_export_prints_the_contract_json(project):
    root, _ = project
    result = CliRunner().invoke(main, ["export", str(root / BRIEFING), "--json", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert '"speaker": "ana-ruiz"' in result.output and '"schema": "briefwright.briefing/1"' in result.output


def test_check_export_reports_grammar_errors(project):
    root, md = project
    (root / BRIEFING).write_text(md.replace("## Quotes", "## Sayings"), encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(root / BRIEFING), "--json", "--root", str(root)])
    assert result.exit_code == 1
    assert f"lowmere-dam.md:{line_of(md, '## Quotes')}: unknown section 'Sayings'" in result.output


def test_check_correction_reaches_actor_pages_quotes_and_timeline(project):
    root, md = project
    edited = md.replace(
        "- [Ana Ruiz](../actors/ana-ruiz.md) *told*: “The work is finished.”",
        "- [Tom Okafor](../actors/tom-okafor.md) *told*: “The work is finished.”",
    ).replace("**2024-03-03**", "**2024-03-04**")
    back = parse(edited, BRIEFING, root)
    pages = site_pages.derived_pages([back])
    assert "The work is finished." in pages[site_pages.actor_uri("tom-okafor")].html
    assert "The work is finished." not in pages[site_pages.actor_uri("ana-ruiz")].html
    quotes = pages["quotes/index.md"].html
    okafor = quotes.index("Tom Okafor")
    assert quotes.index("The work is finished.") > okafor, "the quote is listed under its corrected speaker"
    timeline = pages["timeline/index.md"].html
    assert "2024-03-04" in timeline and "2024-03-03" not in timeline


def test_check_correction_reaches_the_built_site(tmp_path: Path):
    """Edit a speaker in one briefing, run `briefwright build`: the actor pages show the correction."""
    repo = Path(__file__).resolve().parent.parent
    for name in ("scripts", "templates"):
        (tmp_path / name).symlink_to(repo / name)
    (tmp_path / "mkdocs.yml").write_text((repo / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "contributing.md").write_text("# Contributing\n", encoding="utf-8")
    md = render(demo_briefing(tmp_path))
    edited = md.replace(
        "- [Ana Ruiz](../actors/ana-ruiz.md) *told*: “The work is finished.”",
        "- [Tom Okafor](../actors/tom-okafor.md) *told*: “The work is finished.”",
    )
    (tmp_path / BRIEFING).parent.mkdir(parents=True)
    (tmp_path / BRIEFING).write_text(edited, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--root", str(tmp_path), "--no-pdf"])
    assert result.exit_code == 0, result.output
    site_dir = tmp_path / "site"
    okafor = (site_dir / "actors" / "tom-okafor" / "index.html").read_text(encoding="utf-8")
    ruiz = (site_dir / "actors" / "ana-ruiz" / "index.html").read_text(encoding="utf-8")
    assert "The work is finished." in okafor and "The work is finished." not in ruiz
    page = (site_dir / "briefings" / "lowmere-dam" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/tom-okafor/"' in page
