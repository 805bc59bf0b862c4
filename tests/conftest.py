"""Shared fixtures: the project's paths, the spaCy pipeline (loaded once), example articles."""

from __future__ import annotations

from pathlib import Path

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
