"""The timeline on wire and business copy: statements that read as sentences, clauses cut at a semicolon,
datelines, dates of a thing the clause names, and quarterly results.

Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from briefwright.dates import extract_temporal
from briefwright.model import Actor
from briefwright.timeline import build_timeline

from .conftest import WIRE_PUBLISHED, events_of

PUBLISHED = WIRE_PUBLISHED


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
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baker Mills reported lower first-quarter earnings.",
         {"2003": ["Baker Mills reported lower first-quarter earnings"]}),
        ("Acme Foods, hurt by the slump in grain prices and the loss of two big clients, announced a loss "
         "for the first quarter of $26 million, or $1.57 a share.",
         {"2003": ["Acme Foods announced a loss for the first quarter of $26 million, or $1.57 a share"]}),
        ("Northern Plains Savings & Loan Association of Great Falls announced a net loss for the first "
         "quarter of $226.3 million, or $11.57 a share.",
         {"2003": ["Northern Plains Savings & Loan Association announced a net loss for the first quarter of "
                   "$226.3 million"]}),
        ("For the quarter a year ago, the bank reported earnings of $6 million.",
         {"2002": ["The bank reported earnings of $6 million"]}),
        ("Total assets rose to $9.1 billion in the latest quarter from $8.8 billion a year earlier.",
         {"2003": ["Total assets rose to $9.1 billion from $8.8 billion"]}),
        ("The staff were told early this week that the plant would close.",
         {"2003-05": ["The staff were told that the plant would close"]}),
        ("The staff were told last week that the plant would close.", {"2003-05": [
            "The staff were told that the plant would close"]}),
    ],
    ids=["quarter-adjective", "quarter-of-an-amount", "quarter-outlasts-shortening", "quarter-a-year-ago",
         "year-earlier-is-the-figures", "week-this", "week-last"],
)  # fmt: skip
def test_timeline_quarters_and_weeks(nlp, text, expected):
    """A quarter dates its event at its year, and the statement names the quarter; "the quarter a year ago"
    is one date; "from $8.8 billion a year earlier" dates the figure compared, not the rise. A week dates
    its event at the month of its Thursday, as ISO 8601 counts, also when it spans two (May 26 to June 1,
    2003: May)."""
    assert events_of(nlp, text) == expected
    if "last week" in text:
        assert events_of(nlp, text, dt.date(2003, 6, 4)) == {"2003-05": [expected["2003-05"][0]]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROME, Italy (AP)_ Alitalia will almost double its flights to Peru by August.",
         {"2003-08": ["Alitalia will almost double its flights to Peru"]}),
        ("ROME, Italy (AP) — Alitalia will almost double its flights to Peru by August.",
         {"2003-08": ["Alitalia will almost double its flights to Peru"]}),
    ],
    ids=["underscore-dash", "em-dash-place-read-as-subject"],
)  # fmt: skip
def test_timeline_dateline_is_no_part_of_a_statement(nlp, text, expected):
    """Wire copy's dateline ("ROME, Italy (AP)_", with an underscore for a dash) is no part of the first
    statement, even when the parser reads the place as the subject and the real one as its apposition."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme plans to redeem on June 2 its $150 million of 6.5% notes due March 1, 2011.",
         {"2003-06-02": ["Acme plans to redeem its $150 million of 6.5% notes"]}),
        ("With the vote due this September, the figures could not have come at a worse time for the mayor.",
         {}),
        ("Acme said the payment, due in June, was made on Monday.", {"2003-05-12": ["The payment was made"]}),
    ],
    ids=["notes-due", "vote-due", "payment-due-aside"],
)  # fmt: skip
def test_timeline_date_an_adjective_gives_a_noun(nlp, text, expected):
    """ "Notes due March 1, 2011": the date is when the notes fall due, not of the clause, and the statement
    keeps no "due" without its date."""
    assert events_of(nlp, text) == expected


def test_timeline_dateline_names_no_actor_of_the_event(nlp):
    """The place and agency of the dateline filed the story: they are no actors of its first event."""
    from briefwright.model import Actor

    text = "ROME, Italy (AP) — Alitalia will almost double its flights to Peru by August."
    actors = [
        Actor(
            name.lower().replace(" ", "-"),
            name,
            kind,
            mentions=[(text.index(word), text.index(word) + len(word))],
        )
        for name, kind, word in [
            ("Rome", "location", "ROME"),
            ("Associated Press", "organization", "AP"),
            ("Alitalia", "organization", "Alitalia"),
        ]
    ]
    doc = nlp(text)
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), actors, [], PUBLISHED)
    assert [e.actors for e in entries] == [["alitalia"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His promise to half unemployment by the year two thousand ten has now been abandoned.", {}),
        ("The mayor has promised to open the bridge by 2010.", {}),
        ("The bridge will be finished by 2010.", {"2010": ["The bridge will be finished"]}),
    ],
    ids=["abandoned-promise", "has-promised", "future-stays"],
)  # fmt: skip
def test_timeline_present_perfect_is_not_dated_by_a_later_date(nlp, text, expected):
    """What has happened happened by the day of writing: a later date is of the thing promised or planned."""
    assert events_of(nlp, text) == expected


def test_timeline_relative_clause_of_an_apposition_is_about_the_apposition(nlp):
    """ "the United Nations (UN) Security Council which met": the Council met, not the United Nations."""
    text = "Omar traveled to New York for the United Nations (UN) Security Council which met on Monday."
    assert events_of(nlp, text)["2003-05-12"] == ["UN Security Council met"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blue Crane Airways flies to Oslo. The airline was the first private carrier of the country. "
         "It has the largest fleet. It was founded in 1992.", {"1992": ["The airline was founded"]}),
        ("The old bridge reopened last week. It was built in 1890.", {"1890": ["The old bridge was built"]}),
        ("The minister spoke for an hour. It was announced in 1990 that the plant would close.",
         {"1990": ["It was announced that the plant would close"]}),
        ("Ana Ruiz won the race. It was first run in 1950.", {"1950": ["It was first run"]}),
        ("The old bridge is closed. Normally, only buses — and taxis — may use the lane, but in a 1990 "
         "decree it was opened to all cars.", {"1990": ["The lane was opened to all cars"]}),
    ],
    ids=["through-another-it", "previous-sentence", "announcing-it-stays", "person-is-no-it", "then-object"],
)  # fmt: skip
def test_timeline_it_is_the_thing_named_before(nlp, text, expected):
    """An "it" opening a statement is the one thing the sentence before named as its subject."""
    got = events_of(nlp, text)
    assert {d: e for d, e in got.items() if d in ("1992", "1890", "1990", "1950")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru, Chile and Bolivia on Friday signed a pact on fishing rights.",
         {"2003-05-09": ["Peru, Chile and Bolivia signed a pact on fishing rights"]}),
        ("The mayor was warned Tuesday by her deputy, Ann Lee, that she had angered members of the "
         "council, the city staff and the local business community, creating a crisis that puts her job "
         "in doubt, aides said.",
         {"2003-05-13": ["The mayor was warned by her deputy that she had angered members of the council"]}),
        ("Officials said on Monday that permits had been granted for the mayor, her deputy and four "
         "aides _ a lawyer, a driver and two guards.",
         {"2003-05-12": ["Officials said that permits had been granted for the mayor, her deputy and "
                         "four aides"]}),
        ("Late Monday, officials said that visas had been approved for the mayor, her deputy and three "
         "other people _ a lawyer, a driver and one of the mayor's cousins.",
         {"2003-05-12": ["Officials said that visas had been approved for the mayor, her deputy and three "
                         "other people"]}),
        ("Truckloads of goods crossed into Iran from Iraq on Friday and Iranian-bound freight was "
         "unloaded at the port despite the sanctions.",
         {"2003-05-09": ["Truckloads of goods crossed into Iran from Iraq"]}),
        ("Fear had dwindled since the Hope Fund, a charity, started a series of largely unsuccessful "
         "``Safe Night'' patrols in 1994 intended to deter thieves and harass local dealers.",
         {"1994": ["The Hope Fund started a series of unsuccessful Safe Night patrols intended to deter "
                   "thieves"]}),
    ],
    ids=["list-commas-in-subject", "list-after-of-phrase", "wire-underscore-dash",
         "wire-underscore-read-as-preposition", "date-and-next-subject", "series-of"],
)  # fmt: skip
def test_timeline_lists_stay_lists(nlp, text, expected):
    """A list keeps its commas and is cut whole, not inside ("members the city staff"); wire copy's "_" is a
    dash; the subject of the next clause the parse hung on a date ("on Friday and freight") is not the
    object of the date's preposition; "a series of" keeps what it counts."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy was carrying a letter to the president from the rebel leader Ana Ruiz, with whom the "
         "envoy met Monday.",
         {"2003-05-12": ["The envoy met with Ana Ruiz"]}),
        ("One senior aide Monday described the plan as a collection of small groups of ideas.",
         {"2003-05-12": ["One senior aide described the plan as a collection of small groups of ideas"]}),
        ("The board had ruled that the player must be returned to his club, the Rovers, and set Friday "
         "as the deadline for his return.",
         {"2003-05-09": ["The board set Friday as the deadline for his return"]}),
        ("Voters said crime had dwindled since Safe Streets, a citizens group, started a series of night "
         "patrols in 1994 to deter thieves.",
         {"1994": ["Safe Streets started a series of night patrols"]}),
    ],
    ids=["with-whom-after-name", "described-as-keeps-date-out", "past-joined-to-modal-clause",
         "since-name-apposition-active"],
)  # fmt: skip
def test_timeline_subject_and_object_the_parse_misplaced(nlp, text, expected):
    """ ", with whom X met" is about the person named before the comma and keeps its preposition; a past tense
    joined to a clause under "must" shares the subject of the verb above ("ruled … and set"); "since Y, a
    group, started" has Y for subject though the parse read "since Y" as a phrase."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier told his ministers on Sunday that the army was willing to leave the northern "
         "hills provided the border could be secured.",
         {"2003-05-11": ["The premier told his ministers that the army was willing to leave the "
                         "northern hills"]}),
        ("The city built homes and provided shelters on Monday.",
         {"2003-05-12": ["The city provided shelters"]}),
        ("Ana, the girl at the centre of the custody fight, was found clinging to an inner tube Nov. 25 "
         "off the coast of Maine after her mother, stepfather and others died in a failed attempt to "
         "reach U.S. shores.",
         {"2002-11-25": ["Ana was found clinging to an inner tube off the coast of Maine"]}),
    ],
    ids=["provided-is-a-condition", "provided-the-verb", "after-clause-read-as-phrase"],
)  # fmt: skip
def test_timeline_clause_the_parse_broke_is_left_out(nlp, text, expected):
    """A condition ("provided the border could be secured") or an "after" clause the parse split into a phrase
    and a second verb ("after her mother, stepfather and others died") is left out whole, not half kept."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tenants filed a lawsuit to block the sale, but in March a federal judge ruled against them.",
         {"2003-03": ["A federal judge ruled against the tenants"]}),
        ("The farmers protested, and in March the soldiers pushed them back.",
         {"2003-03": ["The soldiers pushed them back"]}),
    ],
    ids=["them-of-the-joined-clause", "them-with-a-plural-subject-stays"],
)  # fmt: skip
def test_timeline_them_names_the_group(nlp, text, expected):
    """A "them" in a clause joined to one whose subject is a group stands for that group, unless the clause's
    own subject is a group too (then which one is not told)."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Peru, today is the fifth day of the strike, the protest designed to force the government "
         "to act.", {}),
        ("Monday was the deadline for the bids.", {}),
        ("The city has sent engineers to the coast to inspect the dam but there was no word in Lima on "
         "Tuesday of any damage so far.", {}),
        ("There were two attacks on the base on Tuesday.",
         {"2003-05-13": ["There were two attacks on the base"]}),
    ],
    ids=["date-is-the-subject", "date-was-the-deadline", "there-was-no-word", "there-were-attacks"],
)  # fmt: skip
def test_timeline_states_of_a_date_are_no_events(nlp, text, expected):
    """A copula whose subject is the date ("Monday was the deadline") tells what the day is, and "there was
    no word" that nothing happened: no event; "there were two attacks" is one."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then, a week or so ago, the general secretly picked Saturday night as the optimal time to start "
         "the offensive.",
         {"2003-05": ["The general secretly picked Saturday night as the optimal time to start the "
                      "offensive"]}),
        ("The man was positively identified Thursday as the driver.",
         {"2003-05-08": ["The man was positively identified as the driver"]}),
        ("The firm attributed its first-quarter slump partly to higher costs of steel in the car parts "
         "business as well as weak demand, which forced deep price cuts.",
         {"2003": ["The firm attributed its first-quarter slump partly to higher costs of steel as well as "
                   "weak demand"]}),
        ("The firm said it expects to report a first-quarter net loss of $7 million to $9 million because "
         "of special charges and continued low copper prices.",
         {"2003": ["The firm expects to report a first-quarter net loss of $7 million to $9 million"]}),
    ],
    ids=["object-date-and-when", "passive-as-is-no-object", "as-well-as", "verb-with-conjunct-is-no-list"],
)  # fmt: skip
def test_timeline_object_dates_and_conjunctions(nlp, text, expected):
    """A date the verb picks "as" something stays in the statement, dated by the clause's other date; a
    passive "identified Thursday as" has no date for object; "as well as" is kept whole; a verb's phrase
    followed by a conjunct of the verb is no list member to keep."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police obtained a warrant for him as a witness in the March 3 shooting of a judge.",
         {"2003-03-03": ["The shooting of a judge"]}),
        ("The new warrant charged Smith with attempted murder in the 1997 stabbing of a shopkeeper in Leeds.",
         {"1997": ["The stabbing of a shopkeeper in Leeds"]}),
        ("A man was arrested in connection with last year's bombing of a bus station in Lagos.",
         {"2002": ["The bombing of a bus station in Lagos"]}),
        ("Lee has been on the run since the January 2001 bombing of a Leeds clinic that killed a guard.",
         {"2001-01": ["The bombing of a Leeds clinic"]}),
        ("Police said last month's discovery of a pistol near the house was a breakthrough.",
         {"2003-04": ["The discovery of a pistol near the house"]}),
        ("The agency warned travellers on Sunday in the aftermath of the May 2 bombings at two hotels.",
         {"2003-05-02": ["The bombings at two hotels"],
          "2003-05-11": ["The agency warned travellers in the aftermath of the bombings at two hotels"]}),
        ("Three people were killed in Tuesday's bombing of a market in Lagos.",
         {"2003-05-13": ["Three people were killed in the bombing of a market in Lagos"]}),
        ("He won the 2002 vote in Leeds.", {"2002": ["He won the vote in Leeds"]}),
        ("The mill was sold after fiscal 2002 sales of $15 million.", {}),
        ("Detectives have made progress in the October killing.", {}),
    ],
    ids=["warrant-in-a-shooting", "charged-in-a-stabbing", "in-connection-with", "on-the-run-since",
         "said-last-months-find", "in-the-aftermath-of", "killed-in-the-bombing-stays", "object-stays",
         "an-amount-is-no-event", "bare-noun-tells-nothing"],
)  # fmt: skip
def test_timeline_event_a_dated_noun_names(nlp, text, expected):
    """A date before a noun of a happening belongs to that happening, not to the clause's verb, when the
    clause only refers to it (a charge, a search, an aftermath): the noun phrase is told at that date; a
    clause that tells the happening itself keeps it."""
    assert events_of(nlp, text) == expected


def _actors(text: str, *names: str) -> list[Actor]:
    """Actors of ``text``: each name with every place it occurs."""
    out = []
    for name in names:
        spans, at = [], text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = text.find(name, at + 1)
        out.append(Actor(id=name.lower(), name=name, type="organization", mentions=spans))
    return out


def test_timeline_event_told_by_a_clause_is_not_told_again_by_its_noun(nlp):
    """An agreement a clause tells at the same date is not told a second time by its noun."""
    text = (
        "Ruritania and Freedonia agreed on a border on May 3. "
        "Utopia protested on Friday against the May 3 agreement between Ruritania and Freedonia."
    )
    events = events_of(nlp, text, actors=_actors(text, "Ruritania", "Freedonia", "Utopia"))
    assert events["2003-05-03"] == ["Ruritania and Freedonia agreed on a border"]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("The army shelled the city on Tuesday after rebels, who are backed by Utopia, attacked a base.",
         ("army", "rebels", "Utopia"), {"2003-05-13": ["army"]}),
        ("Ruritania, which Utopia once ruled, elected a president on Sunday, Freedonia reported.",
         ("Ruritania", "Utopia", "Freedonia"), {"2003-05-11": ["ruritania"]}),
        ("Utopia protested on Friday against the 1998 invasion of Ruritania by Freedonia.",
         ("Utopia", "Ruritania", "Freedonia"), {"1998": ["ruritania", "freedonia"],
          "2003-05-09": ["utopia", "ruritania", "freedonia"]}),
    ],
    ids=["not-the-adverbial-clause", "not-the-relative-clause", "the-noun-event-its-own"],
)  # fmt: skip
def test_timeline_entry_lists_the_actors_of_its_clause(nlp, text, names, expected):
    """An entry lists the actors its clause names, not those of another clause of its sentence: each entry
    shows on the page of every actor it lists."""
    doc = nlp(text)
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), _actors(text, *names), [], PUBLISHED)
    assert {e.date: e.actors for e in entries} == expected
