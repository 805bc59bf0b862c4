"""The timeline on wire and business copy: statements that read as sentences, clauses cut at a semicolon,
datelines, dates of a thing the clause names, and quarterly results.

Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from briefwright.dates import extract_temporal
from briefwright.timeline import build_timeline

PUBLISHED = dt.date(2003, 5, 14)  # a Wednesday


def _events(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, list[str]]:
    doc = nlp(text)
    out: dict[str, list[str]] = {}
    for e in build_timeline(doc, extract_temporal(doc, published), [], [], published):
        out.setdefault(e.date, []).append(e.event)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year, the bakery earned $4 million on sales of $30 million.",
         {"2002": ["The bakery earned $4 million on sales of $30 million"]}),
        ("On March 31, loss reserves stood at $108 million.",
         {"2003-03-31": ["Loss reserves stood at $108 million"]}),
        ("The firm's ratio of debt to assets as of March 31 was 3.6%.",
         {"2003-03-31": ["The firm's ratio of debt to assets was 3.6%"]}),
        ("The bank will sell the branch; on Monday, its chief executive resigned.",
         {"2003-05-12": ["Its chief executive resigned"]}),
    ],
    ids=["fronted-date-capital", "on-date-capital", "percent-stays", "semicolon-ends-the-clause"],
)  # fmt: skip
def test_timeline_statement_reads_as_a_sentence(nlp, text, expected):
    """A statement opens with a capital even when its sentence opened on the date; a percent sign is part
    of its number; a clause beyond a semicolon is another sentence."""
    assert _events(nlp, text) == expected
