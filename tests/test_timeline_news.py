"""The timeline on wire copy: TeX-style quotes, clock times, misparsed dates, tallies and ranges.

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
        ("``We are not afraid of what comes tonight,'' the organiser said. The club met on Monday.",
         {"2003-05-12": ["The club met"]}),
        ("``The vote is done and we move on,'' the mayor said Tuesday.", {}),
        ("''The ferry will sail at dawn on Friday,'' the captain said.", {}),
        ("The union shut the plant Monday for breaking ``our safety rules,'' a spokesman said.",
         {"2003-05-12": ["The union shut the plant for breaking our safety rules"]}),
    ],
    ids=["tex-quote-clause", "tex-quote-attributed", "double-apostrophe-opens", "tex-quoted-phrase"],
)  # fmt: skip
def test_timeline_tex_quotes_are_quotes(nlp, text, expected):
    """Wire copy writes ``quotes'' (and sometimes opens with ''): a quoted clause is no event, and a
    quoted phrase of the writer keeps its words without the marks."""
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guard was stabbed at 11 p.m. as he locked the gate.", {}),
        ("The two men met at a cafe in the port at 7 in the morning.", {}),
        ("The blast hit the market at 9:40 a.m. Tuesday.", {"2003-05-13": ["The blast hit the market"]}),
        ("The tanker sank in the storm this morning at 6 a.m.",
         {"2003-05-14": ["The tanker sank in the storm"]}),
    ],
    ids=["bare-clock", "bare-clock-in-words", "clock-and-weekday", "clock-and-this-morning"],
)  # fmt: skip
def test_timeline_clock_time_needs_its_day(nlp, text, expected):
    """A clock time alone does not tell the day: the publication date it falls back on is a guess."""
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The coach said Tuesday his players had broken the rules of the league.", "2003-05-13",
         "The coach said his players had broken the rules of the league"),
        ("The minister announced on Monday the army would leave the town.", "2003-05-12",
         "The minister announced the army would leave the town"),
        ("The knife was discovered May 3 buried two feet below the ground, 40 yards behind the barn.",
         "2003-05-03", "The knife was discovered buried two feet below the ground, 40 yards behind the barn"),
        ("At least 30 people were hurt, the police said as night fell Sunday.", "2003-05-11",
         "At least 30 people were hurt, the police said"),
    ],
    ids=["said-date-clause", "announced-on-date-clause", "date-read-as-subject", "as-night-fell"],
)  # fmt: skip
def test_timeline_date_misplaced_by_the_parse_dates_its_verb(nlp, text, date, event):
    """Wire style puts the date right after the verb of saying ("said Tuesday his …"): the date is the
    saying's. A date read as the subject of the next verb, or a clause of nightfall, dates the verb above."""
    assert _events(nlp, text).get(date) == [event], _events(nlp, text)
