"""The contract of `briefwright extract --json` (the schema) and the CLI's surface."""

from __future__ import annotations

import json

import jsonschema
import pytest
from briefwright.cli import main
from briefwright.model import Briefing, load_schema
from click.testing import CliRunner

from .conftest import ARTICLES, EXAMPLE


def test_contract_every_article_validates(all_briefings):
    schema = load_schema()
    assert len(all_briefings) == 27
    for b in all_briefings.values():
        jsonschema.validate(b.to_dict(), schema)


def test_contract_offsets_index_the_text(all_briefings):
    for b in all_briefings.values():
        for q in b.quotes:
            assert b.text[q.start : q.end] == q.text, (b.id, q)
        for t in b.temporal_expressions:
            assert b.text[t.start : t.end] == t.text, (b.id, t)
        for a in b.actors:
            for s, e in a.mentions:
                assert 0 <= s < e <= len(b.text), (b.id, a.id)


def test_contract_every_article_has_content(all_briefings):
    for b in all_briefings.values():
        assert b.actors, b.id
        assert b.summary, b.id
        assert b.paragraphs, b.id


def test_contract_roundtrips_through_json(example_briefing):
    data = example_briefing.to_dict()
    assert Briefing.from_dict(json.loads(json.dumps(data))).to_dict() == data


def test_cli_extract_several_articles_one_json_per_line():
    paths = sorted(ARTICLES.glob("*.md"))[:3]
    result = CliRunner().invoke(main, ["extract", *map(str, paths), "--json"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().split("\n")
    assert len(lines) == 3
    for path, line in zip(paths, lines, strict=True):
        data = json.loads(line)
        assert data["schema"] == "briefwright.briefing/1"
        assert data["source"]["path"].endswith(path.name)


def test_cli_extract_reports_a_bad_file_and_goes_on(tmp_path):
    bad = tmp_path / "empty.md"
    bad.write_text("")
    result = CliRunner().invoke(main, ["extract", str(bad), str(EXAMPLE), "--json"])
    assert result.exit_code == 1
    assert "empty.md: the file is empty" in result.stderr
    assert json.loads(result.stdout.strip().split("\n")[-1])["title"].startswith("How Failed")


@pytest.mark.parametrize("command", ["extract", "convert", "build", "export", "check", "pdf"])
def test_cli_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4
