"""The timeline on wire copy: TeX-style quotes, clock times, misparsed dates, tallies and ranges.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from briefwright.timeline import describe
from spacy.tokens import Doc

from .conftest import events_of


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
    assert events_of(nlp, text) == expected


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
    assert events_of(nlp, text) == expected


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
    assert events_of(nlp, text).get(date) == [event], events_of(nlp, text)


def _parsed(nlp, rows: list[str]):
    """A Doc with the parse given row by row ("word head dep pos tag", head as an index; a word ending in
    "~" has no space after it): the parses the model gives on wire copy, written out."""
    words, heads, deps, pos, tags, spaces = [], [], [], [], [], []
    for row in rows:
        word, head, dep, p, t = row.split()
        words.append(word.rstrip("~"))
        spaces.append(not word.endswith("~"))
        heads.append(int(head))
        deps.append(dep)
        pos.append(p)
        tags.append(t)
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)


WORD_AS_PUNCT = [
    "Clerks 2 nsubjpass NOUN NNS", "were 2 auxpass AUX VBD", "robbed 2 ROOT VERB VBN", "last 4 amod ADJ JJ",
    "March 2 npadvmod PROPN NNP", "in 2 prep ADP IN", "Dayton~ 5 pobj PROPN NNP", ", 6 punct PUNCT ,",
    "Ohio. 2 punct PROPN NNP",
]  # fmt: skip
PARTICIPLE_OF_A_NOUN = [
    "The 1 det DET DT", "report 2 nsubj NOUN NN", "linked 2 ROOT VERB VBD", "the 4 det DET DT",
    "towns 2 dobj NOUN NNS", "to 2 prep ADP IN", "the 7 det DET DT", "dam 5 pobj NOUN NN",
    "flooded 7 acl VERB VBD", "overnight 8 advmod ADV RB",
]  # fmt: skip
HYPHENATED = [
    "The 1 det DET DT", "mayor 2 nsubj NOUN NN", "sued 2 ROOT VERB VBD", "Texas~ 5 npadvmod PROPN NNP",
    "-~ 5 punct PUNCT HYPH", "based 6 amod VERB VBN", "lawyers 2 dobj NOUN NNS", "and 6 cc CCONJ CC",
    "nine 19 nummod NUM CD", "big 19 amod ADJ JJ", "rich 19 amod ADJ JJ", "old 19 amod ADJ JJ",
    "local 19 amod ADJ JJ", "bank 19 compound NOUN NN", "branch 19 compound NOUN NN",
    "office 19 compound NOUN NN", "building 19 compound NOUN NN", "site 19 compound NOUN NN",
    "lot 19 compound NOUN NN", "owners 6 conj NOUN NNS", "on 2 prep ADP IN", "Monday 20 pobj PROPN NNP",
]  # fmt: skip


@pytest.mark.parametrize(
    ("rows", "date", "event"),
    [
        (WORD_AS_PUNCT, (3, 5), "Clerks were robbed in Dayton"),
        (PARTICIPLE_OF_A_NOUN, (9, 10), ""),
        (HYPHENATED, (21, 22), "The mayor sued Texas-based lawyers"),
    ],
    ids=["word-read-as-punctuation", "participle-of-a-noun", "hyphenated-word-stays-whole"],
)
def test_timeline_event_survives_a_bad_parse(nlp, rows, date, event):
    """A word the parser calls punctuation is left out; a participle of a noun tells no event whatever its
    tag; shortening keeps a hyphenated word whole."""
    doc = _parsed(nlp, rows)
    span = doc[date[0] : date[1]]
    assert describe(span, {t.i for t in span})[0] == event


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The council will move the children from the aunts who have been looking after him since he was "
         "found on a beach in early April.", "2003-04", "He was found on a beach"),
        ("The gala ---- a dinner that raises money for the hospital ---- drew 300 guests on Saturday.",
         "2003-05-10", "The gala drew 300 guests"),
    ],
    ids=["relative-word-is-no-antecedent", "double-hyphen-dashes"],
)  # fmt: skip
def test_timeline_event_has_no_relative_word_or_stray_dash(nlp, text, date, event):
    """A "he" is never replaced by "who" (nor by a plural noun); an aside between ---- dashes leaves none."""
    assert events_of(nlp, text).get(date) == [event], events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("The bank added the failed lender and accused fraudster Ann Moss to its list Monday.",
         "2003-05-12", "The bank added the failed lender and accused fraudster Ann Moss to its list"),
        ("The army shelled the town and killed ten people on Monday.", "2003-05-12",
         "The army killed ten people"),
    ],
    ids=["accused-is-of-the-object", "second-verb-stays-a-verb"],
)  # fmt: skip
def test_timeline_participle_read_as_a_verb_is_of_the_object(nlp, text, date, event):
    """ "and accused fraudster X" is part of what was added, not a second event ("the bank accused X")."""
    assert events_of(nlp, text).get(date) == [event], events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With the arrest of a suspect 12 days ago, detectives say they have solved the case.", {}),
        ("Detectives have gathered enough evidence in the March robbery of the bank.",
         {"2003-03": ["The robbery of the bank"]}),  # the robbery is an event of its own
        ("The new levy follows two rulings by the high court last June.", {}),
        ("The reporter has been detained by the police since March 2001.",
         {"2001-03": ["The reporter has been detained by the police"]}),
        ("The reporter was detained by the police in March.",
         {"2003-03": ["The reporter was detained by the police"]}),
        ("The old minister has resigned on Tuesday after the vote.",
         {"2003-05-13": ["The old minister has resigned after the vote"]}),
    ],
    ids=["say-now", "present-perfect", "present-follows", "since-stays", "past-stays", "perfect-on-a-day"],
)  # fmt: skip
def test_timeline_present_clause_is_not_dated_by_a_past_date(nlp, text, expected):
    """A clause in the present tells how things stand now: a past date in it is another thing's."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescued on April 2 by a trawler off the coast, the boy has become the centre of a custody fight.",
         {"2003-04-02": ["The boy was rescued by a trawler off the coast"]}),
        ("Elected in 1998, the senators have served two terms.", {"1998": ["The senators were elected"]}),
        ("Arriving in Lisbon in 2011, the young coach quickly took over the club.", {}),
    ],
    ids=["singular", "plural", "present-participle-stays-out"],
)  # fmt: skip
def test_timeline_opening_participle_tells_a_passive_event(nlp, text, expected):
    """A sentence that opens on a past participle tells what happened to its subject, at the date."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The price of bread rose between 1990 and 1999.", {"1990": ["The price of bread rose"]}),
        ("The firm paid the fines at least twice from 1991 to 1997.",
         {"1991": ["The firm paid the fines at least twice"]}),
        ("Since 1995, four guards and a cook have been killed.", {}),
        ("The firm has hired 40 workers since January.", {}),
        ("The reporter has been detained by the police since March 2001.",
         {"2001-03": ["The reporter has been detained by the police"]}),
    ],
    ids=["between", "from-to", "tally-since", "tally-since-object", "since-of-one-event"],
)  # fmt: skip
def test_timeline_range_is_told_once_and_a_tally_not_at_all(nlp, text, expected):
    """A range is one event at its start; a count of events since a date is none of them."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "date", "event"),
    [
        ("Rebels in the hills will now fight with all their arms to stop the deal, the army predicted "
         "Tuesday.", "2003-05-13", "Rebels in the hills will fight with all their arms, the army predicted"),
        ("Ana Ruiz, 44, of Lyon, was seen in the car of a friend crossing the border days after the attack, "
         "the Daily Post reported Friday.", "2003-05-09",
         "Ana Ruiz of Lyon was seen in the car, the Daily Post reported"),
        ("The mayor, in a speech on Monday, said the plan, which is old, will fail.", "2003-05-12",
         "The mayor in a speech said the plan will fail"),
    ],
    ids=["attribution-comma-stays", "no-comma-between-subject-and-verb", "aside-comma-goes"],
)  # fmt: skip
def test_timeline_commas_follow_the_kept_words(nlp, text, date, event):
    """The comma before an attribution stays after a shortened clause; none is left between a subject and
    its verb once the aside it closed is gone."""
    assert events_of(nlp, text).get(date) == [event], events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Despite the warnings, the couple sailed for Lisbon on Monday.",
         {"2003-05-12": ["The couple sailed for Lisbon"]}),
        ("Despite the warnings, the couple sailed for Lisbon, relatives said on Monday.",
         {"2003-05-12": ["The couple sailed for Lisbon, relatives said"]}),
        ("After long talks over the budget the deadline now stands at June 30.",
         {"2003-06-30": ["The deadline stands"]}),
    ],
    ids=["despite-phrase", "despite-before-attribution", "preposition-read-as-conjunction"],
)  # fmt: skip
def test_timeline_opening_phrase_goes_whole(nlp, text, expected):
    """An opening prepositional phrase is left out whole: never "The warnings, the couple sailed"."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor denounced the ruling by the state governor John Harlan, which was issued on Monday.",
        "Since the port's old licence, Permit No. 4410, lapsed on Monday, the ferry firm could not sail.",
        "In a press release issued on Monday, the ministry rejected the claims.",
    ],
    ids=["which-after-a-name", "subject-lost-in-the-parse", "participle-alone"],
)
def test_timeline_no_event_with_a_subject_it_does_not_have(nlp, text):
    """A "which" never stands for a person, and a verb whose subject the parse lost takes no subject
    from after it: rather no entry than "John Harlan was issued" or "The ferry company was lapsed"."""
    assert events_of(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said on Friday that the car found near the old mill on the edge of the small town of Ashby "
         "belonged to a local farmer, 52.",
         {"2003-05-09": [
             "Police said that the car found near the old mill on the edge belonged to a local farmer"]}),
        ("In the third quarter, the firm had a net loss of $4.1 million, or 12 cents a share, compared "
         "with a profit of $2 million, or 6 cents a share, a year earlier.",
         {"2002": ["The firm had a net loss of $4.1 million, or 12 cents a share"]}),
    ],
    ids=["verb-keeps-its-complement", "no-dangling-compared"],
)  # fmt: skip
def test_timeline_shortening_keeps_what_the_verb_needs(nlp, text, expected):
    """A long clause loses the phrases on its nouns and its adjuncts first: the first phrase after a verb
    with no object ("belonged to X") is most often its argument, and no phrase is cut to one word."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were charged on Sunday. They will appear in court on Monday.",
         {"2003-05-11": ["Two men were charged"], "2003-05-19": ["Two men will appear in court"]}),
        ("The election board met on Monday. They are required to rule by Friday.",
         {"2003-05-12": ["The election board met"],
          "2003-05-16": ["The election board is required to rule"]}),
        ("The mayor and the police met on Monday. They agreed on a plan on Tuesday.",
         {"2003-05-12": ["The mayor and the police met"], "2003-05-13": ["They agreed on a plan"]}),
    ],
    ids=["plural-noun", "collective-body", "not-a-pair"],
)  # fmt: skip
def test_timeline_they_is_the_group_named_before(nlp, text, expected):
    """A "they" opening its sentence is the group the sentence before named by a common noun, and a
    body takes a singular verb; two subjects joined by "and" stay "they"."""
    assert events_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only the envoys have full immunity, but in a 2001 treaty it was extended to their staff.",
         {"2001": ["Full immunity was extended to their staff"]}),
        ("The council passed the bylaw, and in 2015 it was amended.", {"2015": ["The bylaw was amended"]}),
        ("The firm bought the plant, and in 2015 it closed the old mill.",
         {"2015": ["The firm closed the old mill"]}),
    ],
    ids=["plural-subject", "passive-it", "active-it-is-the-subject"],
)  # fmt: skip
def test_timeline_it_of_a_joined_clause(nlp, text, expected):
    """The "it" of a clause joined by "but"/"and" is the object before it when the subject cannot be
    ("workers … have immunity, but it was extended") or when it undergoes the verb ("it was amended")."""
    assert events_of(nlp, text) == expected
