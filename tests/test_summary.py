"""Key points: the article's most informative sentences, as written, the lead first."""

from __future__ import annotations

import pytest
from briefwright.summary import key_points

STORY = (
    "ROTTERDAM (Reuters) — Thousands of dock workers walked off the job on Wednesday, halting the "
    "busiest port in Europe as talks over pay collapsed.\n\n"
    "“We will not wait any longer for a fair offer from the employers,” said union chairman Pim Aalders.\n\n"
    "Will the strike last? The port authority said on Thursday that more than 40 ships were waiting "
    "at anchor off the coast.\n\n"
    "Transport Minister Eva Smit urged both sides to return to the negotiating table this week."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(STORY)


def test_summary_lead_first_without_its_dateline(doc) -> None:
    points = key_points(doc)
    assert points[0].startswith("Thousands of dock workers walked off the job on Wednesday")
    assert not any("Reuters" in p or p.startswith("ROTTERDAM") for p in points)


def test_summary_points_are_sentences_of_the_article(doc) -> None:
    points = key_points(doc)
    assert points and all(p in STORY for p in points)  # traceable to the paragraph that says it
    assert not any(p.endswith("?") for p in points)
    assert not any("“" in p for p in points[:2])  # someone's words belong to the quotes, not the lead


def test_summary_limit(doc) -> None:
    assert len(key_points(doc, limit=2)) == 2


def test_summary_quotes_in_tex_marks_weigh_as_quotes(nlp) -> None:
    """``Wire copy'' marks a quotation like “this”: the same sentences rank the same way."""
    curly = (
        "The council voted on Monday to close the old bridge to heavy traffic for a year.\n\n"
        "Council leader Rita Moss said the members had “no other choice” after the inspection.\n\n"
        "Engineers found cracks in two of the bridge's steel supports during a routine check in May."
    )
    tex = curly.replace("“", "``").replace("”", "''")
    rank = [p[:20] for p in key_points(nlp(curly), limit=3)]
    assert rank[-1] == "Council leader Rita "  # someone's words rank below the reporter's facts
    assert [p[:20] for p in key_points(nlp(tex), limit=3)] == rank
