"""The curated actors file: it overrides the machine, merges actors, and its mistakes are reported by line."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefwright import identity
from briefwright.actors import extract_actors
from briefwright.identity import apply_curated, load_curated, rename_speakers, validate_curated
from briefwright.model import Actor, Quote

ROOT = Path(__file__).resolve().parent.parent

CURATED = """\
actors:
  - name: John Kerry
    type: person
    aliases: [Secretary Kerry]
    merge: [kerry]
  - name: United Nations
    type: organization
    aliases: [UN, U.N.]
  - name: Islamic State
    type: organization
    aliases: [ISIS, ISIL]
ignore: [Twitter]
"""


@pytest.fixture
def curated(tmp_path: Path) -> identity.Curated:
    path = tmp_path / "actors.yaml"
    path.write_text(CURATED, encoding="utf-8")
    return load_curated(path)


def _actor(aid: str, name: str, typ: str = "organization", **kw) -> Actor:
    return Actor(id=aid, name=name, type=typ, **kw)


def test_identity_curated_name_type_and_id_override_the_machine(curated) -> None:
    machine = [
        _actor("u-n", "U.N.", mentions=[(10, 14)]),
        _actor("isis", "ISIS", "person", mentions=[(30, 34)]),
    ]
    renamed: dict = {}
    out = apply_curated(machine, curated, renamed)
    assert [(a.id, a.name, a.type) for a in out] == [
        ("united-nations", "United Nations", "organization"),
        ("islamic-state", "Islamic State", "organization"),
    ]
    assert "U.N." in out[0].aliases and out[0].mentions == [(10, 14)]
    assert renamed == {"u-n": "united-nations", "isis": "islamic-state"}


def test_identity_machine_actors_naming_one_curated_actor_are_merged(curated) -> None:
    machine = [
        _actor("kerry", "Kerry", "person", mentions=[(50, 55)], roles=["Secretary of State"]),
        _actor("secretary-kerry", "Secretary Kerry", "person", mentions=[(5, 20)]),
        _actor("russia", "Russia", "country", mentions=[(60, 66)]),
    ]
    renamed: dict = {}
    out = apply_curated(machine, curated, renamed)
    assert [a.id for a in out] == ["john-kerry", "russia"]
    kerry = out[0]
    assert kerry.mentions == [(5, 20), (50, 55)]
    assert kerry.roles == ["Secretary of State"]
    assert {"Kerry", "Secretary Kerry"} <= set(kerry.aliases)
    assert renamed == {"kerry": "john-kerry", "secretary-kerry": "john-kerry"}


def test_identity_ignored_names_are_dropped_and_quotes_follow_renames(curated) -> None:
    machine = [_actor("twitter", "Twitter", "person"), _actor("kerry", "Kerry", "person")]
    renamed: dict = {}
    out = apply_curated(machine, curated, renamed)
    assert [a.id for a in out] == ["john-kerry"]
    quotes = [
        Quote(text="a", start=0, end=1, speaker="kerry"),
        Quote(text="b", start=2, end=3, speaker="twitter"),
    ]
    rename_speakers(quotes, renamed)
    assert [q.speaker for q in quotes] == ["john-kerry", None]


def test_identity_surname_alias_of_another_person_does_not_capture(curated) -> None:
    """A person is matched on its own name; a one-word alias (a family name) is not enough."""
    machine = [_actor("hafez-kerry", "Hafez Kerry", "person", aliases=["Kerry"])]
    assert [a.id for a in apply_curated(machine, curated)] == ["hafez-kerry"]


def test_identity_other_names_match_only_actors_of_the_same_kind(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(
        "actors:\n  - {name: George Washington, type: person, aliases: [Washington]}\n", encoding="utf-8"
    )
    machine = [_actor("united-states", "United States", "country", aliases=["U.S.", "Washington"])]
    assert [a.id for a in apply_curated(machine, load_curated(path))] == ["united-states"]


def test_identity_affiliations_follow_renamed_ids(curated) -> None:
    machine = [_actor("u-n", "U.N."), _actor("jan-eliasson", "Jan Eliasson", "person", affiliations=["u-n"])]
    out = apply_curated(machine, curated)
    assert out[1].affiliations == ["united-nations"]


def test_identity_curated_file_applies_in_extraction(nlp, tmp_path: Path, monkeypatch) -> None:
    """End to end: the curated file named by BRIEFWRIGHT_ACTORS renames what the machine finds."""
    from briefwright.articles import read_file
    from briefwright.extract import briefing_from_doc

    path = tmp_path / "actors.yaml"
    path.write_text(CURATED, encoding="utf-8")
    monkeypatch.setenv(identity.ENV_VAR, str(path))
    article_path = tmp_path / "a.md"
    article_path.write_text(
        "---\ntitle: T\npublished: 2016-09-23\n---\n\nKerry spoke at the U.N. on Friday.\n"
    )
    article = read_file(article_path)[0]
    try:
        briefing = briefing_from_doc(article, nlp(article.text))
    except AttributeError as exc:  # another stage not wired yet
        pytest.skip(f"extraction pipeline incomplete: {exc}")
    ids = {a.id for a in briefing.actors}
    assert {"john-kerry", "united-nations"} <= ids
    assert "kerry" not in ids and "u-n" not in ids


def test_identity_project_curated_comes_from_env_then_cwd(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(identity.ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    assert identity.curated_path() is None
    assert identity.project_curated().actors == []
    (tmp_path / "actors.yaml").write_text(CURATED, encoding="utf-8")
    assert identity.curated_path() == tmp_path / "actors.yaml"
    assert [a.id for a in identity.project_curated().actors] == [
        "john-kerry",
        "united-nations",
        "islamic-state",
    ]
    other = tmp_path / "other.yaml"
    other.write_text("actors:\n  - {name: NATO, type: organization}\n", encoding="utf-8")
    monkeypatch.setenv(identity.ENV_VAR, str(other))
    assert [a.id for a in identity.project_curated().actors] == ["nato"]


def test_identity_cross_briefing_one_id(nlp, curated) -> None:
    """The same person in three articles, named three ways, gets one id (the last with the curated file)."""
    texts = [
        "Secretary of State John Kerry landed in Geneva.",
        "John Kerry, the U.S. secretary of state, spoke on Monday.",
        "Kerry said the talks would resume.",
    ]
    ids = [
        {a.id for a in apply_curated(extract_actors(nlp(t)), curated) if a.type == "person"} for t in texts
    ]
    assert ids == [{"john-kerry"}] * 3


# ---------------------------------------------------------------- validation for `briefwright check`


def test_identity_project_file_is_valid() -> None:
    assert validate_curated(ROOT / "actors.yaml") == []


BAD = [
    ("actors:\n  - name: A\n    type: persn\n", 2, "unknown type"),
    ("actors:\n  - type: person\n", 2, "no `name:`"),
    ("actors:\n  - name: A\n    alias: [B]\n", 3, "unknown key `alias:`"),
    ("actors:\n  - name: A\n  - name: B\n    aliases: [a]\n", 3, "names both"),
    ("actors:\n  - name: A\n    aliases: B: C\n", 3, "not valid YAML"),
    ("actors: [\n", 2, "not valid YAML"),
    ("people:\n  - name: A\n", 1, "unknown key `people:`"),
    ("actors:\n  - name: A\n    aliases: {x: 1}\n", 3, "must be a list"),
    ("actors:\n  - name: Anne\n    id: Anne Smith\n", 2, "lower-case"),
    ("- name: A\n", 1, "must be a mapping"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD, ids=[b[2] for b in BAD])
def test_identity_validate_reports_line_and_fix(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    errors = validate_curated(path)
    assert errors, "a mistake went unreported"
    assert any(n == line and message in m for n, m in errors), errors


def test_identity_empty_file_is_valid_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert validate_curated(path) == []
    machine = [_actor("kerry", "Kerry", "person")]
    assert apply_curated(machine, load_curated(path)) == machine


def test_identity_validate_missing_file(tmp_path: Path) -> None:
    ((line, message),) = validate_curated(tmp_path / "nope.yaml")
    assert line == 0 and "cannot read" in message


def test_identity_bad_entries_are_skipped_when_loading(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - type: person\n  - name: NATO\n    type: organization\n", encoding="utf-8")
    assert [a.id for a in load_curated(path).actors] == ["nato"]
