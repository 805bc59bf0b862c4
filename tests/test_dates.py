"""Temporal expressions: what is tagged, its type and its TIMEX3 value against a publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from briefwright.articles import read_file
from briefwright.dates import extract_temporal
from briefwright.extract import extract

from .conftest import EXAMPLE, shared_file

PUBLISHED = dt.date(2016, 9, 23)  # a Friday

# (sentence, expected text, type, value)
CASES = [
    ("The talks collapsed on Thursday.", "Thursday", "DATE", "2016-09-22"),
    ("Rebels attacked the town on Monday.", "Monday", "DATE", "2016-09-19"),
    ("The ministers will meet again on Friday.", "Friday", "DATE", "2016-09-23"),
    ("The ministers will meet on Monday in Geneva.", "Monday", "DATE", "2016-09-26"),
    # a verb with no auxiliary of its own under "will begin …": the tense of the verb it completes
    ("The rebels say they will begin pulling out of the town on Monday.", "Monday", "DATE", "2016-09-26"),
    ("The army began pulling out of the town on Monday.", "Monday", "DATE", "2016-09-19"),
    # the day right after "said", which the parse may hang on the reported clause: the day it was said
    ("Acme Corp said on Tuesday it would cut 500 jobs.", "Tuesday", "DATE", "2016-09-20"),
    ("The envoy is scheduled to arrive Tuesday.", "Tuesday", "DATE", "2016-09-27"),
    ("Early Friday, aircraft struck the market.", "Early Friday", "DATE", "2016-09-23"),
    ("Shelling resumed Thursday night.", "Thursday night", "TIME", "2016-09-22TNI"),
    ("Police arrived this morning.", "this morning", "TIME", "2016-09-23TMO"),
    ("Traders sold at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2016-09-22TAF"),
    ("The index dipped in mid afternoon.", "mid afternoon", "TIME", "2016-09-23TAF"),
    ("A truce was agreed on Sept. 9 by both sides.", "Sept. 9", "DATE", "2016-09-09"),
    ("The vote took place on Aug. 30, 2015.", "Aug. 30, 2015", "DATE", "2015-08-30"),
    ("The treaty was signed on 9 November 1989.", "9 November 1989", "DATE", "1989-11-09"),
    ("The law took effect in March 2015.", "March 2015", "DATE", "2015-03"),
    ("Elections will be held in November.", "November", "DATE", "2016-11"),
    ("The new law will take effect in June.", "June", "DATE", "2017-06"),
    ("The strike began in December.", "December", "DATE", "2015-12"),
    ("The mayor said it was the worst flood since 1998.", "1998", "DATE", "1998"),
    ("Prices rose sharply last week.", "last week", "DATE", "2016-W37"),
    ("Parliament will debate the bill next month.", "next month", "DATE", "2016-10"),
    ("The deal was announced earlier this month.", "earlier this month", "DATE", "2016-09"),
    ("Turnout fell last year.", "last year", "DATE", "2015"),
    # the month just gone is "last month": "last August" in September is a year back, "last July" is not
    ("Two barges sank in the harbour last August.", "last August", "DATE", "2015-08"),
    ("Two barges sank in the harbour last July.", "last July", "DATE", "2016-07"),
    ("Profits rose in the third quarter.", "the third quarter", "DATE", "2016-Q3"),
    ("The drought ruined crops last summer.", "last summer", "DATE", "2015-SU"),
    ("The militia was formed in the 1990s.", "the 1990s", "DATE", "199"),
    ("The fortress was built in the 19th century.", "the 19th century", "DATE", "18"),
    ("The bridge opened two years ago.", "two years ago", "DATE", "2014"),
    ("The plant closed yesterday.", "yesterday", "DATE", "2016-09-22"),
    ("The court will rule tomorrow.", "tomorrow", "DATE", "2016-09-24"),
    ("Crowds gathered at 10 a.m. today.", "10 a.m. today", "TIME", "2016-09-23T10:00"),
    ("She has lived in the city for five years.", "five years", "DURATION", "P5Y"),
    ("The siege lasted a month.", "a month", "DURATION", "P1M"),
    ("Inflation has risen over the past two months.", "the past two months", "DURATION", "P2M"),
    ("The council meets each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
    ("The mission is now over.", "now", "DATE", "PRESENT_REF"),
    ("The company currently employs 300 people.", "currently", "DATE", "PRESENT_REF"),
    ("The company recently cut jobs.", "recently", "DATE", "PAST_REF"),
    ("Such attacks were rare in the past.", "the past", "DATE", "PAST_REF"),
    ("Talks may resume in the future.", "the future", "DATE", "FUTURE_REF"),
    ("The boat sank on Christmas Eve.", "Christmas Eve", "DATE", "2015-12-24"),
    ("The general spoke in Iowa on Veteran’s Day.", "Veteran’s Day", "DATE", "2015-11-11"),  # possessive
    ("The shop sold out before Valentine’s Day.", "Valentine’s Day", "DATE", "2016-02-14"),
    ("The strike ended at Easter.", "Easter", "DATE", "2016-03-27"),
    ("Voters go to the polls on Election Day.", "Election Day", "DATE", "2016-11-08"),
    ("Until Wednesday, the police had not named a suspect.", "Wednesday", "DATE", "2016-09-21"),
    ("The office stays open until Wednesday.", "Wednesday", "DATE", "2016-09-28"),
    ("The first team to reach the summit on Tuesday was Nepalese.", "Tuesday", "DATE", "2016-09-20"),
    ("A plan to hold a vote on Tuesday was rejected.", "Tuesday", "DATE", "2016-09-27"),
    ("The index closed higher than the previous Friday.", "the previous Friday", "DATE", "2016-09-16"),
    (
        "The strike began on Sept. 1, 2016, and ended the following Monday.",
        "the following Monday",
        "DATE",
        "2016-09-05",
    ),
    ("Sales have fallen for the past two quarters.", "the past two quarters", "DURATION", "P2Q"),
    ("The fund pays interest every quarter.", "every quarter", "SET", "P1Q"),
    ("Output is below its level of two quarters ago.", "two quarters ago", "DATE", "2016-Q1"),
    ("The council publishes its figures daily.", "daily", "SET", "P1D"),
    ("Prices will stay high in the near term.", "the near term", "DATE", "FUTURE_REF"),
    ("The firm expects more losses in coming months.", "coming months", "DATE", "FUTURE_REF"),
    ("Such mergers were rare in past years.", "past years", "DATE", "PAST_REF"),
    ("The board will vote on the plan at a later date.", "a later date", "DATE", "FUTURE_REF"),
    ("The trial may open the week of Oct. 10.", "the week of Oct. 10", "DATE", "2016-W41"),
    ("Among the first three states to vote on Tuesday was Ohio.", "Tuesday", "DATE", "2016-09-20"),
    ("“Today, we begin again,” she said.", "Today", "DATE", "2016-09-23"),
    (
        "The bank lost $2 million in the second quarter. Costs in that quarter rose.",
        "that quarter",
        "DATE",
        "2016-Q2",
    ),
    (
        "The blast hit at 10:35 a.m. local time Thursday.",
        "10:35 a.m. local time Thursday",
        "TIME",
        "2016-09-22T10:35",
    ),
    (
        "The judge was attacked on June 3, 2015. Police said the gunman fled the house at 10 p.m. by car.",
        "10 p.m.",
        "TIME",
        "2015-06-03T22:00",
    ),
    (
        "The ferry sank on May 2, 2014, and rescuers gave up later that day.",
        "later that day",
        "DATE",
        "2014-05-02",
    ),
    (
        "Output should recover in the first two quarters of 2017.",
        "the first two quarters of 2017",
        "DATE",
        "2017-H1",
    ),
    ("Wages stagnated in the last half of the '80s.", "the '80s", "DATE", "198"),
    ("Few trusted the post-1989 order.", "post-1989", "DATE", "1989"),
    ("Her aides believe she will one day lead the party.", "one day", "DATE", "FUTURE_REF"),
    ("The strike lasted one day.", "one day", "DURATION", "P1D"),
    (
        "The plant was shut on May 2, 2014, and workers were told that same day.",
        "that same day",
        "DATE",
        "2014-05-02",
    ),
    ("Leaders will gather in Lisbon on April 24 and 25.", "25", "DATE", "2017-04-25"),
    (
        "The bomb went off at 10:35 a.m. (0735 GMT) Thursday near the port.",
        "10:35 a.m. (0735 GMT) Thursday",
        "TIME",
        "2016-09-22T10:35",
    ),
    ("Holders may buy shares at the then current price.", "then current", "DATE", "PAST_REF"),
    (
        "Leaving the talks at this critical moment would be a mistake.",
        "this critical moment",
        "DATE",
        "PRESENT_REF",
    ),
    ("It is the third day of the blockade.", "the third day", "DATE", "2016-09-23"),
    ("Today is the fifth day of the strike.", "the fifth day", "DATE", "2016-09-23"),
    ("Sales will double over the next couple of years.", "the next couple of years", "DURATION", "P2Y"),
    ("The bank made a profit after several quarters of losses.", "several quarters", "DURATION", "PXQ"),
    (
        "The fund lost money in the year-earlier nine months.",
        "the year-earlier nine months",
        "DURATION",
        "P9M",
    ),
    ("The senator won seven states on Super Tuesday.", "Super Tuesday", "DATE", "2016-09-20"),
    ("The club meets annually in Riga.", "annually", "SET", "P1Y"),
    ("The board reviews the fees quarterly.", "quarterly", "SET", "P3M"),
    ("The hardships of daily life wore them down.", "daily", "SET", "P1D"),
    ("She spoke in her weekly radio address.", "weekly", "SET", "P1W"),
    ("Nurses handle hundreds of calls a day.", "a day", "SET", "P1D"),
    ("The airline runs four flights a week to Perth.", "a week", "SET", "P1W"),
    ("The two sides meet twice a month.", "a month", "SET", "P1M"),
    ("She stayed a day in Paris.", "a day", "DURATION", "P1D"),
    # a weekday joined to weekdays that recur recurs too
    ("Ferries leave on Monday and Thursday nights.", "Monday", "SET", "XXXX-WXX-1TNI"),
    ("The market opens on Saturday and Sundays.", "Saturday", "SET", "XXXX-WXX-6"),
    ("They met on Monday and Tuesday.", "Monday", "DATE", "2016-09-19"),
    # a past month two or more ahead of the publication has not come yet: last year's
    ("The carmaker moved its head office to Dublin in November.", "November", "DATE", "2015-11"),
    ("The vote was moved to October.", "October", "DATE", "2016-10"),
    ("The museum will reopen in November.", "November", "DATE", "2016-11"),
    # a weekday's event still ahead: "ahead of"/"before" under a verb not in the past
    ("Ahead of Saturday’s caucus, the rivals must court young voters.", "Saturday’s", "DATE", "2016-09-24"),
    ("Before Sunday's final, the coach will name his team.", "Sunday's", "DATE", "2016-09-25"),
    # "before" alone looks neither way: a state in the present reports a day gone by
    ("The firm's share before Friday's purchases is far below.", "Friday's", "DATE", "2016-09-23"),
    ("Its share before Monday's sale is small.", "Monday's", "DATE", "2016-09-19"),
    ("Ahead of Tuesday's vote, protesters gathered in the square.", "Tuesday's", "DATE", "2016-09-20"),
    ("The mayor criticized Tuesday’s vote.", "Tuesday’s", "DATE", "2016-09-20"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value"), CASES, ids=[c[1] for c in CASES])
def test_dates_normalises_expression(nlp, sentence, text, kind, value):
    found = extract_temporal(nlp(sentence), PUBLISHED)
    match = [t for t in found if t.text == text]
    assert match, f"{text!r} not tagged in {sentence!r}: {found}"
    assert (match[0].type, match[0].value) == (kind, value)
    assert sentence[match[0].start : match[0].end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "We may need 2,000 more troops and $1,500 each, up 12 percent from 1,990.",
        "The index closed at 1987.5 points, and 2010 people signed the petition.",
        "We march on, said the organisers of the May Day Committee.",
        "Ask the Sun reporter what we know.",
        "Prime Minister Theresa May spoke to Brian May.",
        "The long term effects of the drug are unclear.",
        "She told USA Today she would run, and spoke on ABC's This Week program.",
        "The visitors scored twice in the second half of the match.",
        "The quarter-to-quarter comparison flattered the bank.",
        "The leaders of tomorrow met in Oslo.",
        "Thousands joined the annual March for Life in Washington.",
        "She joined a venture called Orion 1980, which makes parts.",
        "The firm, Delta 2000 Holdings, said revenue fell.",
        "The party daily Pravda printed the letter.",
        "The firm raised its quarterly dividend.",
        "He told CBS's 60 Minutes that he would stay.",
        "He said on the show ''48 Hours'' that he would stay.",
        "She loved the western ``High Noon'' as a child.",
        "The senator hosts a Sunday talk show and writes a column.",
        "Her aunt ran a Saturday market stall in the town.",
    ],
)
def test_dates_ignores_money_numbers_and_words(nlp, sentence):
    assert extract_temporal(nlp(sentence), PUBLISHED) == []


def test_dates_day_and_count_is_not_a_second_day(nlp):
    found = extract_temporal(nlp("On Sept. 5 and 6 villages were flooded."), PUBLISHED)
    assert [(t.text, t.value) for t in found] == [("Sept. 5", "2016-09-05")]


def test_dates_abbreviated_month_keeps_its_full_stop_and_day(nlp):
    (t,) = extract_temporal(nlp("The cease-fire began on Sept. 12 at sundown."), PUBLISHED)
    assert (t.text, t.value) == ("Sept. 12", "2016-09-12")


def test_dates_relative_date_in_quote_anchors_on_when_it_was_said(nlp):
    doc = nlp("“We will sign the agreement tomorrow,” the minister said on Monday.")
    values = {t.text: t.value for t in extract_temporal(doc, PUBLISHED)}
    assert values == {"tomorrow": "2016-09-20", "Monday": "2016-09-19"}


def test_dates_quote_after_a_dated_attribution_anchors_on_it(nlp):
    doc = nlp("Speaking on Thursday night, the envoy said: “We will meet again tomorrow.”")
    values = {t.text: t.value for t in extract_temporal(doc, PUBLISHED)}
    assert values == {"Thursday night": "2016-09-22TNI", "tomorrow": "2016-09-23"}


def test_dates_quarter_year_ago_follows_the_quarter_in_the_text(nlp):
    doc = nlp("The bank earned $5 million in the third quarter, up from $3 million a year earlier.")
    values = {t.text: t.value for t in extract_temporal(doc, PUBLISHED)}
    assert values["a year earlier"] == "2015-Q3"


def test_dates_background_quarter_is_not_the_one_compared(nlp):
    doc = nlp(
        "The bank earned $5 million in the third quarter. After a weak second quarter, "
        "deposits grew. A year earlier, it lost $1 million."
    )
    values = {t.text: t.value for t in extract_temporal(doc, PUBLISHED)}
    assert values["A year earlier"] == "2015-Q3"


def test_dates_forecast_quarter_is_not_the_one_compared(nlp):
    doc = nlp(
        "The steelmaker's third-quarter profit fell 20%. It expects losses through the second "
        "quarter of 2017. In the year-ago period, it earned $5 million."
    )
    values = {t.text: t.value for t in extract_temporal(doc, dt.date(2016, 10, 27))}
    assert values["the year-ago period"] == "2015-Q3"


def test_dates_fiscal_quarter_ended_is_the_one_compared(nlp):
    doc = nlp(
        "For its fourth quarter ended Aug. 31, the retailer earned $3 million, against $1 million "
        "a year earlier. Sales in the latest period rose 4%."
    )
    values = {t.text: t.value for t in extract_temporal(doc, dt.date(2016, 10, 27))}
    assert (values["a year earlier"], values["the latest period"]) == ("2015-Q4", "2016-Q4")


def test_dates_fiscal_quarter_keeps_its_number_when_given_by_its_close(nlp):
    doc = nlp(
        "The chipmaker returned to profit in the fiscal second quarter. Sales for the quarter ended "
        "Sept. 30 rose 12% from a year earlier, and margins in the latest period widened."
    )
    values = {t.text: t.value for t in extract_temporal(doc, dt.date(2016, 10, 27))}
    assert values == {
        "the fiscal second quarter": "2016-Q2",
        "the quarter": "2016-Q2",
        "Sept. 30": "2016-09-30",
        "a year earlier": "2015-Q2",
        "the latest period": "2016-Q2",
    }


def test_dates_without_publication_date_leave_relative_values_unresolved(nlp):
    doc = nlp(
        "The talks collapsed on Thursday, a year after the truce of Sept. 9, 2015, "
        "and it rained for two days."
    )
    values = {t.text: t.value for t in extract_temporal(doc, None)}
    assert values == {"Thursday": None, "a year": "P1Y", "Sept. 9, 2015": "2015-09-09", "two days": "P2D"}


def test_dates_example_article_recall_floor():
    """Every gold date of the example article is found with its value (score.py's matching)."""

    (article,) = read_file(EXAMPLE)
    briefing = extract(article)
    gold = yaml.safe_load(shared_file("examples", "syria-ceasefire-2016", "gold.yaml").read_text("utf-8"))[
        "timeline"
    ]
    found = [(t.text, t.value) for t in briefing.temporal_expressions]
    found += [(e.when["text"], e.date) for e in briefing.timeline if e.when]

    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s.lower()).strip()

    hits = sum(
        any(
            (norm(g["text"]) in norm(t) or norm(t) in norm(g["text"]))
            and norm(t)
            and str(v) == str(g["date"])
            for t, v in found
        )
        for g in gold
    )
    assert hits / len(gold) >= 1.0


def test_dates_dateline_day_anchors_relative_dates(nlp):
    """A story filed "CITY, Month Day (Agency) --" the day before publication counts from the dateline."""
    doc = nlp("LIMA, September 20 (Agency) --\n\nThe mayor resigned on Thursday, a day after the vote.")
    values = {t.text: t.value for t in extract_temporal(doc, PUBLISHED)}
    assert values["Thursday"] == "2016-09-15"
    far = nlp("LIMA, March 2 (Agency) --\n\nThe mayor resigned on Thursday.")
    assert {t.text: t.value for t in extract_temporal(far, PUBLISHED)}["Thursday"] == "2016-09-22"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam broke on May 3. The next day, rescuers reached the village.",
         {"May 3": "2016-05-03", "The next day": "2016-05-04"}),
        ("The dam broke on May 3. The following morning, rescuers arrived.",
         {"May 3": "2016-05-03", "The following morning": "2016-05-04TMO"}),
        ("The dam broke on May 3; engineers had warned of it the day before.",
         {"May 3": "2016-05-03", "the day before": "2016-05-02"}),
        ("Talks ended on Tuesday. Later in the evening, the minister resigned.",
         {"Tuesday": "2016-09-20", "Later in the evening": "2016-09-20TEV"}),
        ("The singer was last seen on May 3, the day before police issued a warrant.",
         {"May 3": "2016-05-03"}),
        ("The next day will be hard for the party.", {}),
        ("The pact was signed on May 3.\n\nIn a statement issued the following day, the rebels rejected it.",
         {"May 3": "2016-05-03"}),
    ],
    ids=["next-day", "following-morning", "day-before", "later-in-the-evening", "day-before-a-clause",
         "no-day-to-count-from", "not-across-paragraphs"],
)  # fmt: skip
def test_dates_day_counted_from_the_last_date_given(nlp, text, expected):
    """ "The next day", "the day before": a day from the last full date the text gave, never from a
    clause's event ("the day before police issued …") nor from nothing."""
    assert {t.text: t.value for t in extract_temporal(nlp(text), PUBLISHED)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports fell to $3 billion last year, down from $4 billion the year before.",
         {"last year": "2015", "the year before": "2014"}),
        ("The bridge opened in 2004; the ferry closed the year after.",
         {"2004": "2004", "the year after": "2005"}),
        ("The mine closed in 2004.\n\nThe year before, nobody saw it coming.", {"2004": "2004"}),
    ],
    ids=["year-before-last-year", "year-after", "not-across-paragraphs"],
)  # fmt: skip
def test_dates_year_before_counts_from_the_last_year_given(nlp, text, expected):
    assert {t.text: t.value for t in extract_temporal(nlp(text), PUBLISHED)} == expected


def test_dates_the_past_with_a_count_is_not_a_vague_past(nlp):
    found = extract_temporal(nlp("Fires have hit the region for the past three summers."), PUBLISHED)
    assert not [t for t in found if t.value == "PAST_REF"]


def test_dates_holiday_week_is_the_week_at_hand(nlp):
    found = extract_temporal(nlp("Pilgrims filled the city as Easter week began."), dt.date(2017, 4, 10))
    assert [(t.text, t.value) for t in found] == [("Easter week", "2017-W15")]


def test_every_match_holds_a_cue_of_its_pattern() -> None:
    """The tagger skips a pattern in a window without any of its cues: no match may lack one."""
    from briefwright import daterules as R

    assert set(R.CUES) == set(R.PATTERNS)
    texts = [case[0] for case in CASES] + [
        "At 10:30 a.m. (0730 GMT) Tues., Sept. 9, and at midday on New Year's Eve, in the 1990s.",
        "FOR THE PAST TWO WEEKS, EVERY MONDAY MORNING, SINCE THE SECOND QUARTER OF 2015, THE NINETIES.",
        "Twice daily, three years ago, the year-ago period, later in the day, one day, that same evening.",
        "The ſecond half of nineteen ninety-nine, İndependence Day, nowadays, the near term.",
    ]
    for text in texts:
        for name, pat in R.PATTERNS.items():
            for m in pat.finditer(text):
                folded = m.group().translate(R.FOLD).lower()
                assert any(c in folded for c in R.CUES[name] if c != "#") or (
                    "#" in R.CUES[name] and re.search(r"\d", m.group())
                ), (name, m.group())
