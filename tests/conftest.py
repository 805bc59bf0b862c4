"""Shared fixtures and helpers: the project's paths, the spaCy pipeline (loaded once), example articles,
the actors and timeline of a text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARTICLES = ROOT / "articles"
EXAMPLE_ID = "2016-09-23-how-failed-peace-talks-in-syria-help-al-qaeda"
EXAMPLE = ARTICLES / f"{EXAMPLE_ID}.md"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files in tests/golden/ from the current output",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def nlp():
    from briefwright import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def all_briefings():
    """Every article in articles/ extracted once: {id: Briefing}."""
    from briefwright.articles import article_files, read_file
    from briefwright.extract import extract_many

    arts = [a for p in article_files(ARTICLES) for a in read_file(p, root=ROOT)]
    return {b.id: b for b in extract_many(arts)}


@pytest.fixture(scope="session")
def example_briefing(all_briefings):
    return all_briefings[EXAMPLE_ID]


def shared_file(*parts: str) -> Path:
    """A file of ../shared (the reference annotations and scorers beside the project).

    Without ../shared the quality tests fail, saying why — unless ``BRIEFWRIGHT_SKIP_QUALITY=1``
    (set on GitHub's runners, which have no ../shared): then they skip.
    """
    import os

    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} not found: the quality floors need ../shared beside the project"
        if os.environ.get("BRIEFWRIGHT_SKIP_QUALITY") == "1":
            pytest.skip(message)
        pytest.fail(message + " (set BRIEFWRIGHT_SKIP_QUALITY=1 to skip them)")
    return path


def load_score():
    """``score(pred, gold)`` of ../shared/eval/score.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("briefwright_score", shared_file("eval", "score.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.fixture(scope="session")
def score():
    return load_score()


# ---------------------------------------------------------------- helpers for table-driven tests

WIRE_PUBLISHED = dt.date(2003, 5, 14)  # a Wednesday: the publication date of the invented wire stories


def actors_of(nlp, text: str) -> dict[str, Any]:
    """The actors of ``text`` by id."""
    from briefwright.actors import extract_actors

    return {a.id: a for a in extract_actors(nlp(text))}


def assert_actors(found: dict[str, Any], expected: dict[str, tuple], absent: list[str]) -> None:
    """``expected``: {id: (type, roles that must be there, aliases that must be there)} or, without roles,
    {id: (type, aliases)}; ``absent``: ids that must not be actors."""
    for aid, want in expected.items():
        typ, roles, aliases = want if len(want) == 3 else (want[0], [], want[1])
        assert aid in found, f"{aid} not in {sorted(found)}"
        actor = found[aid]
        assert actor.type == typ, f"{aid}: type {actor.type}"
        for role in roles:
            assert role in actor.roles, f"{aid}: roles {actor.roles}"
        for alias in aliases:
            assert alias in actor.aliases, f"{aid}: aliases {actor.aliases}"
    for aid in absent:
        assert aid not in found, f"{aid} should not be an actor: {sorted(found)}"


def assert_roles(found: dict[str, Any], aid: str, roles: list[str], not_roles: list[str]) -> None:
    """``aid`` is found with every role of ``roles`` and none of ``not_roles``."""
    assert aid in found, f"{aid} not in {sorted(found)}"
    for role in roles:
        assert role in found[aid].roles, f"{aid}: roles {found[aid].roles}"
    for role in not_roles:
        assert role not in found[aid].roles, f"{aid}: roles {found[aid].roles}"


def events_of(
    nlp, text: str, published: dt.date = WIRE_PUBLISHED, actors: list | None = None
) -> dict[str, list[str]]:
    """The timeline of ``text`` as {date: [event, …]}."""
    from briefwright.dates import extract_temporal
    from briefwright.timeline import build_timeline

    doc = nlp(text)
    out: dict[str, list[str]] = {}
    for e in build_timeline(doc, extract_temporal(doc, published), actors or [], [], published):
        out.setdefault(e.date, []).append(e.event)
    return out
