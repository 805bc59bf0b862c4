"""The timeline: dated events in date order, short readable clauses, with their actors."""

from __future__ import annotations

import datetime as dt

import pytest
from briefwright.dates import extract_temporal
from briefwright.model import Actor, Quote
from briefwright.timeline import build_timeline

from .conftest import events_of

PUBLISHED = dt.date(2016, 9, 23)

TEXT = (
    "On Tuesday, the army shelled the northern districts of the city, killing dozens of people, "
    "officials said. "
    "The government signed a truce with the rebels on March 3, 2014, after months of talks that had "
    "repeatedly stalled. "
    "President Maria Lopez, who took office in 2012, will visit the capital on Monday. "
    "“We will not give up tomorrow,” Lopez said."
)


def actors_for(text: str) -> list[Actor]:
    def spans(word: str) -> list[tuple[int, int]]:
        out, at = [], text.find(word)
        while at >= 0:
            out.append((at, at + len(word)))
            at = text.find(word, at + 1)
        return out

    return [
        Actor(id="maria-lopez", name="Maria Lopez", type="person", mentions=spans("Lopez")),
        Actor(id="army", name="army", type="organization", mentions=spans("army")),
        Actor(id="rebels", name="rebels", type="other", mentions=spans("rebels")),
    ]


@pytest.fixture(scope="module")
def timeline(nlp):
    doc = nlp(TEXT)
    quotes = [
        Quote(
            text="We will not give up tomorrow,",
            start=TEXT.index("“"),
            end=TEXT.index("”") + 1,
            speaker="maria-lopez",
        )
    ]
    return build_timeline(doc, extract_temporal(doc, PUBLISHED), actors_for(TEXT), quotes, PUBLISHED)


def test_timeline_orders_entries_by_date(timeline):
    assert [e.date for e in timeline] == ["2012", "2014-03-03", "2016-09-20", "2016-09-26"]


def test_timeline_event_is_a_short_clause_without_the_date(timeline):
    shelling = next(e for e in timeline if e.date == "2016-09-20")
    assert shelling.event.startswith("The army shelled the northern districts")
    assert "Tuesday" not in shelling.event
    assert len(shelling.event.split()) <= 18
    truce = next(e for e in timeline if e.date == "2014-03-03")
    assert truce.event.startswith("The government signed a truce with the rebels")
    assert "stalled" not in truce.event


def test_timeline_pronoun_free_future_event(timeline):
    visit = next(e for e in timeline if e.date == "2016-09-26")
    assert visit.event == "President Maria Lopez will visit the capital"
    assert visit.when == {"text": "Monday", "start": TEXT.index("Monday"), "end": TEXT.index("Monday") + 6}


def test_timeline_entry_lists_actors_of_its_sentence(timeline):
    by_date = {e.date: e.actors for e in timeline}
    assert by_date["2016-09-20"] == ["army"]
    assert by_date["2014-03-03"] == ["rebels"]
    assert by_date["2016-09-26"] == ["maria-lopez"]


def test_timeline_source_span_covers_the_event(timeline):
    for e in timeline:
        source = TEXT[e.start : e.end]
        assert e.event.split()[0].lower() in source.lower() and e.when["text"] in source


def test_timeline_skips_dates_inside_quotes(timeline):
    assert all(e.when["text"] != "tomorrow" for e in timeline)


def test_timeline_without_publication_date_keeps_only_absolute_dates(nlp):
    doc = nlp(TEXT)
    entries = build_timeline(doc, extract_temporal(doc, None), actors_for(TEXT), [], None)
    assert [e.date for e in entries] == ["2012", "2014-03-03"]


def test_timeline_ignores_durations_and_references_and_tells_quarters_at_their_year(nlp):
    text = "Sales rose in the third quarter. The firm has grown for five years and is now profitable."
    doc = nlp(text)
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), [], [], PUBLISHED)
    assert [(e.date, e.event) for e in entries] == [
        (PUBLISHED.isoformat()[:4], "Sales rose in the third quarter")
    ]


def _person(name: str, text: str) -> Actor:
    last = name.split()[-1]
    spans, at = [], text.find(last)
    while at >= 0:
        spans.append((at, at + len(last)))
        at = text.find(last, at + 1)
    return Actor(id=name.lower().replace(" ", "-"), name=name, type="person", mentions=spans)


@pytest.mark.parametrize(
    ("text", "people", "date", "event"),
    [
        (
            "Tom Berg is running for mayor. His campaign raised $2 million on Tuesday.",
            ["Tom Berg"],
            "2016-09-20",
            "Tom Berg's campaign raised $2 million",
        ),
        (
            "Kim Berg met Robin Ruiz. Her party lost the vote on Tuesday.",
            ["Kim Berg", "Robin Ruiz"],
            "2016-09-20",
            "Her party lost the vote",
        ),
        (
            "Tom Berg met Ana Ruiz. Her party lost the vote on Tuesday.",
            ["Tom Berg", "Ana Ruiz"],
            "2016-09-20",
            "Ana Ruiz's party lost the vote",
        ),
        (
            "The singer Ana Ruiz was taken to hospital on Sunday. She died on Monday.",
            ["Ana Ruiz"],
            "2016-09-19",
            "Ana Ruiz died",
        ),
        (
            "Police said the driver, Tom Berg, lost control. He was charged on Tuesday.",
            ["Tom Berg"],
            "2016-09-20",
            "Tom Berg was charged",
        ),
        (
            "Kim Ruiz met Robin Berg in Oslo. He resigned on Tuesday.",
            ["Kim Ruiz", "Robin Berg"],
            "2016-09-20",
            "He resigned",
        ),
        (
            "A man has been detained after Ana Ruiz, a local judge, was attacked on Tuesday outside court.",
            ["Ana Ruiz"],
            "2016-09-20",
            "Ana Ruiz was attacked outside court",
        ),
        (
            "Critics praised Ana Ruiz. The book sold well. Later, she won a prize in 2015.",
            ["Ana Ruiz"],
            "2015",
            "Ana Ruiz won a prize",
        ),
        (
            "Omar Said ruled for forty years. His reign was long. He was known as a mediator. Most of all, "
            "he backed the talks. His health failed. After a stay abroad, he came home in December.",
            ["Omar Said"],
            "2015-12",
            "Omar Said came home",
        ),
        (
            "Ana Ruiz spoke first. The hall was full. The chairs were new. The doors were open. "
            "The lights were low. He left on Tuesday.",
            ["Ana Ruiz"],
            "2016-09-20",
            "He left",
        ),
        (
            "Tom Berg said he would run. Tom Berg's post as envoy put him at the centre of Ed Lamb's plans. "
            "In July, he met the minister.",
            ["Tom Berg", "Ed Lamb"],
            "2016-07",
            "Tom Berg met the minister",
        ),
        (
            "Kim Ruiz has invited Robin Berg to visit Oslo. He will then travel to Rome on Tuesday.",
            ["Kim Ruiz", "Robin Berg"],
            "2016-09-27",
            "He will then travel to Rome",
        ),
        (
            "Ana Ruiz has invited Tom Berg to visit Oslo. He will then travel to Rome on Tuesday.",
            ["Ana Ruiz", "Tom Berg"],
            "2016-09-27",
            "Tom Berg will then travel to Rome",
        ),
        (
            "Officials said they will order the relatives of Ana Ruiz to hand the girl over to her mother, "
            "who could arrive from Peru as early as Tuesday.",
            ["Ana Ruiz"],
            "2016-09-27",
            "Ana Ruiz's mother could arrive from Peru",
        ),
    ],
    ids=[
        "his-campaign", "her-of-two-unknown", "her-of-two-given-names",
        "previous-sentence", "apposition", "two-people-ambiguous", "passive-after-clause", "two-back",
        "chain-of-his", "no-chain-beyond-reach", "subject-of-known-gender", "subject-of-unknown-gender",
        "subject-of-given-name", "her-noun-who",
    ],
)  # fmt: skip
def test_timeline_event_names_who_did_it(nlp, text, people, date, event):
    doc = nlp(text)
    actors = [_person(p, text) for p in people]
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), actors, [], PUBLISHED)
    entry = next(e for e in entries if e.date == date)
    assert entry.event == event
    named = [a.id for a in actors if a.name in event]
    assert all(i in entry.actors for i in named)


def test_timeline_skips_a_bare_existential_clause(nlp):
    text = "The agency said there were more fires in 2019 than there were in 2018."
    doc = nlp(text)
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), [], [], PUBLISHED)
    assert [e.date for e in entries] == ["2019"]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("On Monday the council suspended the mayor until March 30.", "2016-09-19", "2016-03-30"),
        ("The ministry closed the border on Wednesday until further notice, and reopened it after Sunday.",
         "2016-09-21", None),
        ("The talks began on September 5 and lasted until Friday.", "2016-09-05", None),
    ],
)  # fmt: skip
def test_timeline_end_of_a_period_is_not_an_event_date(nlp, text, kept, dropped):
    doc = nlp(text)
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), [], [], PUBLISHED)
    dates = [e.date for e in entries]
    assert kept in dates
    if dropped:
        assert not [d for d in dates if d.endswith(dropped[4:])]


def test_timeline_a_lone_bounding_date_stays(nlp):
    doc = nlp("The embassy will stay closed until Friday.")
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), [], [], PUBLISHED)
    assert len(entries) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ferry strike ends.\n\nDOVER, England, Sept. 23 (Reuters) — Ferry crews returned to work.",
        "LAGOS, Sept. 22 — The airport reopened after the storm.",
    ],
)
def test_timeline_dateline_is_not_an_event(nlp, text):
    """The dateline says when the story was filed; it is no event of the timeline."""
    doc = nlp(text)
    timexes = extract_temporal(doc, PUBLISHED)
    assert timexes, "the dateline's date is still a time expression"
    entries = build_timeline(doc, timexes, [], [], PUBLISHED)
    assert all(e.when["start"] > text.index("—") for e in entries), [e.event for e in entries]


def test_timeline_schedule_times_are_not_events(nlp):
    text = (
        "The minister spoke on the show on Thursday morning. "
        "The show airs weekdays from 6:00 a.m. to 9:00 a.m. on Radio North."
    )
    doc = nlp(text)
    entries = build_timeline(doc, extract_temporal(doc, PUBLISHED), [], [], PUBLISHED)
    assert [e.when["text"] for e in entries] == ["Thursday morning"]


def _events(nlp, text: str, people: tuple[str, ...] = ()) -> dict[str, list[str]]:
    return events_of(nlp, text, PUBLISHED, [_person(p, text) for p in people])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Arriving in Lisbon in 2011, the young coach quickly took over the club.", "2011"),
        ("The singer no longer tours, having retired in 2009 after a long illness.", "2009"),
        ("The report cited a speech given by the governor last March.", "2016-03"),
    ],
    ids=["participle-clause", "perfect-participle", "reduced-relative"],
)
def test_timeline_no_fragment_without_a_finite_verb(nlp, text, date):
    """A participle or infinitive with its date is no statement of who did what: no entry."""
    assert date not in _events(nlp, text), _events(nlp, text)


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        (
            "The company tried to sell its old textile factory near the river as early as March 2014.",
            "2014-03",
            "The company tried to sell its old textile factory near the river",
        ),
        (
            "The regional broadcaster signed off on Sunday.",
            "2016-09-18",
            "The regional broadcaster signed off",
        ),
        (
            "The city closed the old stone bridge over the river to all traffic on Friday, with engineers "
            "saying this was for safety reasons after the floods.",
            "2016-09-23",
            "The city closed the old stone bridge over the river to all traffic",
        ),
        (
            "The mayor, visibly tired, said on Monday that he will finally step down as head of the party "
            "for as long as the inquiry into the missing funds continues.",
            "2016-09-19",
            "The mayor said that he will finally step down as head of the party",
        ),
    ],
    ids=["as-early-as", "particle", "absolute-with", "as-long-as"],
)
def test_timeline_event_keeps_no_dangling_word(nlp, text, date, event):
    """Shortening drops a whole phrase, never a complement its head needs ("as early", "signed")."""
    assert _events(nlp, text).get(date) == [event]


def test_timeline_reporting_verb_alone_is_no_event(nlp):
    """ "X wrote in a statement" with nothing of what was written tells no event."""
    assert _events(nlp, "The senator finally wrote in a statement on Thursday evening.") == {}


def test_timeline_subject_keeps_its_determiner(nlp):
    """ "No charges" is not "charges": a determiner of the subject is never left out."""
    text = "No charges were filed in 2015. That rule was lifted in 2011."
    assert _events(nlp, text) == {"2011": ["That rule was lifted"], "2015": ["No charges were filed"]}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The army withdrew ahead of the 2018 vote.", "2018"),
        ("Police questioned him after a fight at the club in 2012.", "2012"),
        ("The league gave money to 2012 Olympic athletes.", "2012"),
        ("The court said it would rule if the two sides fail to agree by March 3.", "2016-03-03"),
        ("The regulator said the 2015 licence is still valid.", "2015"),
    ],
    ids=["ahead-of", "after-a-thing-in", "modifier-of-a-mention", "hypothesis", "state-of-a-dated-thing"],
)
def test_timeline_date_of_another_thing_is_not_the_event_date(nlp, text, date):
    """The date of a thing the clause mentions (before or after it, or a hypothesis) dates no event."""
    assert date not in _events(nlp, text), _events(nlp, text)


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The party won the 2014 election by far.", "2014", "The party won the election by far"),
        ("The senator spoke at the 2015 summit in Oslo.", "2015", "The senator spoke at the summit in Oslo"),
    ],
)  # fmt: skip
def test_timeline_date_of_the_event_itself_stays(nlp, text, date, event):
    assert _events(nlp, text).get(date) == [event]


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        (
            "The prime minister, in a televised address to the nation, announced new elections on Sunday.",
            "2016-09-18",
            "The prime minister announced new elections",
        ),
        (
            "On Monday the ministry moved the old archive, which had been kept in a basement since the war, "
            "to a new building.",
            "2016-09-19",
            "The ministry moved the old archive to a new building",
        ),
        ("The senators debated the budget at Tuesday's hearing.", "2016-09-20",
         "The senators debated the budget at the hearing"),
        ("In May, she arranged a meeting between Smith, claiming to speak for the board, and Jones, a judge.",
         "2016-05", "She arranged a meeting between Smith and Jones"),
        ("On Friday the interior minister Ana Ruiz resigned.", "2016-09-23",
         "The interior minister Ana Ruiz resigned"),
    ],
    ids=["aside", "relative-clause-commas", "possessive-date", "and-of-a-name", "title-and-name"],
)  # fmt: skip
def test_timeline_event_reads_as_a_sentence(nlp, text, date, event):
    """Asides leave no commas behind, a possessive date leaves "the", names keep their titles."""
    assert _events(nlp, text).get(date) == [event]


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The governor told reporters that he met the candidate on Tuesday morning.", "2016-09-20",
         "The governor met the candidate"),
        ("The mayor won the seat after she secured the most votes last month.", "2016-08",
         "The mayor secured the most votes"),
    ],
    ids=["that", "after"],
)  # fmt: skip
def test_timeline_borrowed_subject_leaves_the_subordinator(nlp, text, date, event):
    """A subordinate clause told alone loses its 'that'/'after' ('The governor met')."""
    assert _events(nlp, text).get(date) == [event]


@pytest.mark.parametrize(
    "text",
    [
        "“That is a fair worry, because they are angry,” Lopez, 70, told CNN on Monday.",
        "At a rally on Sunday, Lopez said, “We were driving in, and he is laughing.",
        "“They have to leave, right?” at a rally on Sunday.",
    ],
    ids=["quote-first", "unclosed-quote", "quote-tail"],
)
def test_timeline_quoted_clause_is_no_event(nlp, text):
    """What a speaker said is in the quotes: neither the quoted clause nor 'X told CNN' is an event."""
    assert _events(nlp, text) == {}


def test_timeline_quoted_phrase_of_the_writer_stays(nlp):
    text = "The activist has been “unlawfully held” by the two states since March 2012."
    assert _events(nlp, text) == {"2012-03": ["The activist has been unlawfully held by the two states"]}


@pytest.mark.parametrize(
    "text",
    ["The Latest on the 2016 race and two contests on Saturday:", "Copyright © 2015 by Ana Ruiz."],
)
def test_timeline_heading_without_a_verb_is_no_event(nlp, text):
    assert _events(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The voters liked the plan that the council passed in May.", "2016-05",
         "The council passed the plan"),
        ("Fans recall the goal which the striker scored in 2010.", "2010", "The striker scored the goal"),
        ("The court blocked the plan the council approved last March.", "2016-03",
         "The council approved the plan"),
        ("It was the reason she resigned in 2012.", "2012", "She resigned"),
    ],
    ids=["that", "which", "no-relative-word", "adverbial-head"],
)  # fmt: skip
def test_timeline_relative_clause_keeps_its_noun(nlp, text, date, event):
    """A relative clause told alone gets back the noun it leaves out: 'the council passed the plan'."""
    assert _events(nlp, text).get(date) == [event]


def test_timeline_relative_clause_with_nothing_to_say_is_dropped(nlp):
    """'ones she made': neither the main subject ('The remarks made') nor 'she made ones'."""
    assert _events(nlp, "The remarks echoed ones she made on Tuesday.") == {}


def test_timeline_borrowed_name_takes_the_pronouns_place(nlp):
    text = "As he spoke to the crowd on Thursday, the mayor was cheered."
    assert _events(nlp, text) == {"2016-09-22": ["The mayor spoke to the crowd"]}


def test_timeline_adjective_before_the_date_stays(nlp):
    """'made clear Monday': the parser gives 'clear' to the date; it is the verb's."""
    text = "The ministers made clear Monday they have no plans to leave."
    assert _events(nlp, text) == {"2016-09-19": ["The ministers made clear they have no plans to leave"]}


def test_timeline_date_of_a_participle_of_a_noun_is_not_the_event_date(nlp):
    """'the states voting on Tuesday': the date is the voting's, not that of the clause around it."""
    assert _events(nlp, "The other states voting on Tuesday are Ohio and Iowa.") == {}


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The initial estimates are showing that 80,000 registered voters took part in the caucuses across "
         "the whole northern state on Saturday, about 10,000 more than most insiders expected.", "2016-09-17",
         "80,000 voters took part in the caucuses across the whole northern state"),
        ("The long strike of the dock workers began during the wave of protests in the northern port city "
         "in 2010 leading to delays and losses.", "2010",
         "The long strike of the dock workers began during the wave of protests "
         "leading to delays and losses"),
    ],
    ids=["unattached-phrase", "participle-lost-its-object"],
)  # fmt: skip
def test_timeline_event_ends_on_a_whole_phrase(nlp, text, date, event):
    """No trailing ', about 1,000' or 'leading' once shortening took what completed them."""
    assert _events(nlp, text).get(date) == [event]


def test_timeline_one_event_at_its_finest_date(nlp):
    """'in 2015 … on May 2, 2015' is one event on May 2, not also one in the year."""
    text = "In 2015 the firm sent its chief to the summit on May 2, 2015."
    assert _events(nlp, text) == {"2015-05-02": ["The firm sent its chief to the summit"]}


def test_timeline_lone_end_date_says_until(nlp):
    """A date that only ends the event is told as its end: 'held in prison until 1974', not 'held' in 1974."""
    assert _events(nlp, "The poet was held in prison until 1974.") == {
        "1974": ["The poet was held in prison until 1974"]
    }


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("On Monday the agency reported an official source said the ban on the airline is not part of any "
         "broader plan to raise sanctions on the country.", "2016-09-19",
         "The agency reported an official source said the ban is not part of any broader plan"),
        ("On Friday the Council of Europe on Minority Rights (CEMR) also condemned the decision, this time "
         "not only saying a vote would be needed, but also asking to keep the status of the church as a "
         "museum.", "2016-09-23", "The Council of Europe on Minority Rights also condemned the decision"),
    ],
    ids=["bare-noun-keeps-its-of", "aside-cut-short"],
)  # fmt: skip
def test_timeline_shortening_leaves_no_stub(nlp, text, date, event):
    """Shortening keeps 'part of …' whole and drops ', this time' once what followed it is gone."""
    assert _events(nlp, text).get(date) == [event]


@pytest.mark.parametrize(
    ("text", "people", "date", "event"),
    [
        ("Mrs. Ana Ruiz did not name Mr. Tom Berg. But she said on Tuesday that the plan had failed.",
         ("Ana Ruiz", "Tom Berg"), "2016-09-20", "Ana Ruiz said that the plan had failed"),
        ("Critics praised Ana Ruiz. She won a prize in 2015 and opened a school in 2012.",
         ("Ana Ruiz",), "2012", "Ana Ruiz opened a school"),
    ],
    ids=["gender-tells-which", "conjoined-verb-shares-the-pronoun"],
)  # fmt: skip
def test_timeline_pronoun_finds_its_person(nlp, text, people, date, event):
    assert _events(nlp, text, people).get(date) == [event]


def test_timeline_no_entry_from_a_subject_the_parse_broke(nlp):
    """A parse that cuts 'The birth of | the newest Ruiz' into two subjects loses the object of 'of':
    no entry rather than 'The birth the newest Ruiz is expected …'."""
    from briefwright.timeline import describe
    from spacy.tokens import Doc

    words = "The birth of the newest Ruiz is expected to coincide in July .".split()
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 7, 1, 7, 7, 7, 7, 7, 9, 7, 9, 10, 7],
        deps="det nsubjpass prep det amod nsubjpass auxpass ROOT aux xcomp prep pobj punct".split(),
        pos="DET NOUN ADP DET ADJ PROPN AUX VERB PART VERB ADP PROPN PUNCT".split(),
        tags="DT NN IN DT JJS NNP VBZ VBN TO VB IN NNP .".split(),
        lemmas=[w.lower() for w in words],
    )
    assert describe(doc[11:12]) == ("", 0, 0)


def test_timeline_bracket_kept_whole(nlp):
    text = (
        "Friday on the morning show, Sen. Ana Ruiz (D-NY), a supporter of the plan told host Tom Berg she "
        "believed that the bill would pass."
    )
    assert _events(nlp, text) == {
        "2016-09-23": ["Sen. Ana Ruiz (D-NY) told host Tom Berg she believed that the bill would pass"]
    }


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is moving closer to a deal after three early states wins on Tuesday.",
        "However the party does in the vote on Saturday, the leader will stay.",
    ],
    ids=["plural-noun-read-as-verb", "however-clause"],
)
def test_timeline_no_event_from_a_misread_noun_or_an_any_case_clause(nlp, text):
    assert _events(nlp, text) == {}


def test_timeline_sentence_adverb_however_keeps_the_event(nlp):
    assert _events(nlp, "However, the party won the vote on Saturday.") == {
        "2016-09-17": ["The party won the vote"]
    }
