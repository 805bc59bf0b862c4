"""The timeline on political news: who a relative clause or a description is about, embedded posts,
verbs hidden by the parse, and dates of another thing than the clause's event.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from briefwright.timeline_rules import calendar_date

from .conftest import events_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank hired Ana Ruiz, the lawyer who founded the firm in 1990.",
         {"1990": ["Ana Ruiz founded the firm"]}),
        ("Her press secretary, Bo Lind, ran the office in 1998.", {"1998": ["Bo Lind ran the office"]}),
        ("The fund listed stakes in Acme Corp. and Delta Mills, both of which moved jobs abroad last year.",
         {"2002": ["Acme Corp. and Delta Mills moved jobs abroad"]}),
        ("The mayor predicted a win in Ohio, which votes on Tuesday.", {"2003-05-20": ["Ohio votes"]}),
    ],
    ids=["description-in-apposition", "possessive-description", "both-of-which", "which-after-a-place"],
)  # fmt: skip
def test_timeline_relative_clause_tells_of_the_name(nlp, text, expected):
    """A relative clause of a description tells of the name beside it; "both of which" stands for the names
    before it, ", which" after a place for the place; a possessive description gives way to its name."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<tweet id="1" author="@josmith" datetime="2003-05-13">Big day in the city. — Jo Smith (@josmith) '
         "May 13, 2003</tweet>. The council met on Monday.", {"2003-05-12": ["The council met"]}),
        ("Big day for the city today. — Jo Smith (@josmith) May 13, 2003\n\nThe council met on Monday.",
         {"2003-05-12": ["The council met"]}),
    ],
    ids=["tweet-markup", "signed-paragraph"],
)  # fmt: skip
def test_timeline_embedded_post_is_no_event(nlp, text, expected):
    """A post embedded in the page is its author's words: its date and its text tell no event."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor is likely to win back the seat Tuesday.",
         {"2003-05-20": ["The governor is likely to win back the seat"]}),
        ("Beginning in 1999, the banker acted as the finance chairman of the campaign.",
         {"1999": ["The banker acted as the finance chairman of the campaign"]}),
        ("A state university poll found last week that the mayor would win the race.",
         {"2003-05": ["A state university poll found that the mayor would win the race"]}),
        ("A military coup removed then-president Ana Ruiz in 1991, and another her brother Bo Ruiz in 1997, "
         "which put the general in office.", {"1991": ["A military coup removed then-president Ana Ruiz"]}),
        ("The governor spent Saturday campaigning in the north.",
         {"2003-05-10": ["The governor spent Saturday campaigning in the north"]}),
    ],
    ids=["likely-to", "beginning-in", "poll-found", "coup-removed", "spent-saturday"],
)  # fmt: skip
def test_timeline_verb_the_parse_hides(nlp, text, expected):
    """An infinitive after "is likely" is told from the copula; "Beginning in 1999," dates the clause it
    opens; a participle hung on a noun root is the verb ("A poll found …"), without the noun's conjuncts; a
    date that is the verb's object stays in the statement."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That is according to spending reports through March 31 that the campaign is filing on Monday.", {}),
        ("Aside from Tuesday night, the governor appears to enjoy the campaign.", {}),
        ("The senator is highlighting his win over the mayor on May 1.", {}),
        ("Despite the senator's loss in the primary Saturday, his aides are hopeful.", {}),
        ("The party met apart from the others on Friday.",
         {"2003-05-09": ["The party met apart from the others"]}),
        ("The union has been on strike since March.", {"2003-03": ["The union has been on strike"]}),
        ("She greeted 500 supporters at a rally late Saturday night and told them every voter counts.",
         {"2003-05-10": ["She greeted 500 supporters at a rally"]}),
    ],
    ids=["period-of-a-noun", "aside-from", "progressive-of-a-past-win", "despite", "apart-stays",
         "since-stays", "every-voter-is-no-schedule"],
)  # fmt: skip
def test_timeline_date_of_another_thing(nlp, text, expected):
    """A date that bounds a noun's period, one set aside, one in a concession, and a past date on a verb in
    the present progressive are another thing's; "every" is a schedule only before a unit of time."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("value", "date"),
    [("2016-W14-WE", "2016-04"), ("2015-W05-WE", "2015"), ("2016-W14", "2016-04"), ("2016-W39", "2016-09")],
    ids=["weekend-in-a-month", "weekend-across-months", "week", "week-across-months-at-its-thursday"],
)
def test_timeline_weekend_is_dated_at_its_month(value, date):
    """ "this past weekend" dates its event at the month of its Saturday and Sunday."""
    assert calendar_date(value) == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rally turned ugly in March, when the candidate had a heckler removed from the hall.",
         {"2003-03": ["The rally turned ugly", "The candidate had a heckler removed from the hall"]}),
        ("The firm opened its first shop in 1988, when its founder was 23.",
         {"1988": ["The firm opened its first shop"]}),
    ],
    ids=["when-clause-event", "when-clause-state"],
)  # fmt: skip
def test_timeline_when_clause_of_a_date_is_an_event_of_that_date(nlp, text, expected):
    """ "in June, when X did Y": the when-clause tells a second event of the date; a state ("when its
    founder was 23") tells none."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will not back down,” Lena Ortiz, 61, told Reuters in an interview in Lima on Monday.",
         {"2003-05-12": ["Lena Ortiz told Reuters in an interview in Lima"]}),
        ("“The plan is dead,” the governor said in a statement on Tuesday.",
         {"2003-05-13": ["The governor said in a statement"]}),
        ("“The plan is dead,” said Tom Hale at a news conference on Tuesday.",
         {"2003-05-13": ["Tom Hale said at a news conference"]}),
        ("“The plan is dead,” Ortiz told CNN on Monday.", {}),
        ("The governor wrote in a statement on Tuesday.", {}),
    ],
    ids=["told-in-an-interview", "said-in-a-statement", "said-before-name", "told-no-occasion",
         "nothing-quoted"],
)  # fmt: skip
def test_timeline_quoted_words_on_an_occasion(nlp, text, expected):
    """What was said stays in the quotes; the occasion it was said on (an interview, a statement) is an
    event of that day. Without an occasion, or without any quote, there is none."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA (AP) — Lena Ortiz called Tuesday for the finance minister to resign over the loans.",
         {"2003-05-13": ["Lena Ortiz called for the finance minister to resign over the loans"]}),
        ("Mayor Tom Hale said on Friday during a press conference that he may wait until the spring to "
         "decide.",
         {"2003-05-09": ["Mayor Tom Hale said during a press conference that he may wait"]}),
        ("One of the longest-serving judges, Ada Moss, died in March.", {"2003-03": ["Ada Moss died"]}),
        ("The driver, Sam Keel, was charged on Monday.", {"2003-05-12": ["Sam Keel was charged"]}),
    ],
    ids=["called-for-after-dateline", "said-that-read-as-relative", "one-of-named", "the-description-named"],
)  # fmt: skip
def test_timeline_verbs_and_names_the_parse_hides(nlp, text, expected):
    """A past tense the parse hung on a name ("X called Tuesday for Y to resign"), a reported clause read as
    a relative of "conference", and a description with the name beside it ("One of the judges, Ada Moss")."""
    assert events_of(nlp, text) == expected
