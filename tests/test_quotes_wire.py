"""Quotes in wire copy: TeX quotation marks and the constructions of agency news, one table row each."""

from __future__ import annotations

import pytest
from briefwright.quote_marks import tex_quotes

from .test_quotes import names, run

# (text, [(quote text, speaker word, cue, kind), ...]) as in test_quotes.CASES; None: no speaker.
CASES = [
    pytest.param(
        "Harbour Minister Lena Voss said the new piers ``will open the town to the world.''\n\n"
        "``We waited twenty years for this,'' Voss said. ``The ferries will come back.''\n\n"
        "Her deputy said the port had ``more than enough money'' for the work.",
        [
            ("will open the town to the world.", "voss", "said", "partial"),
            ("We waited twenty years for this,", "voss", "said", "direct"),
            ("The ferries will come back.", "voss", "said", "direct"),
            ("more than enough money", "deputy", "said", "partial"),
        ],
        id="tex-quotes",
    ),
    pytest.param(  # wire copy that opens quotes with two apostrophes too; "rock 'n' roll" stays text
        "Harbour Minister Lena Voss said the new piers ''will open the town to the world.''\n\n"
        "''We waited twenty years for this,'' Voss said. ''The ferries will come back.''\n\n"
        "Her deputy, a fan of rock 'n' roll, said the port had ''more than enough money'' for the work.",
        [
            ("will open the town to the world.", "voss", "said", "partial"),
            ("We waited twenty years for this,", "voss", "said", "direct"),
            ("The ferries will come back.", "voss", "said", "direct"),
            ("more than enough money", "deputy", "said", "partial"),
        ],
        id="two-apostrophe-quotes",
    ),
    pytest.param(  # ``TeX'' opening marks kept one token: split in two, they broke the parse of the chant
        "Hundreds of farmers rallied outside the ministry on Tuesday, blowing whistles and chanting "
        "``bread first'' and ``hands off our land.''",
        [
            ("bread first", "farmers", "chanting", "partial"),
            ("hands off our land.", "farmers", "chanting", "partial"),
        ],
        id="tex-quotes-chanted",
    ),
    pytest.param(  # the parse hangs “by” on the last quoted name, not on the participle
        "Called “cowards” and “thieves” by the regime, the exiled judges rarely speak in public.",
        [
            ("cowards", "regime", "Called", "partial"),
            ("thieves", "regime", "Called", "partial"),
        ],
        id="a-naming-participle-with-its-agent",
    ),
    pytest.param(  # the parse hangs the name on the quoted verb: the speaker is not looked for in the quote
        "The union called the offer an insult. Replied Transport Ministry deputy spokesman Peter Holm, "
        "``We haven't really studied the letter in detail but it seems to be just another protest.''",
        [
            (
                "We haven't really studied the letter in detail but it seems to be just another protest.",
                "holm",
                "Replied",
                "direct",
            )
        ],
        id="replied-the-spokesman-before-the-quote",
    ),
    pytest.param(  # the parse tags “read” a noun (“opinion read”): the document's words all the same
        "The agency's decision to deny the request was “within the range of reasonable choices,” "
        "the opinion read.",
        [("within the range of reasonable choices,", None, "read", "partial")],
        id="the-opinion-read",
    ),
    pytest.param(  # opened inside the reporter's sentence, it goes on for whole sentences: the speaker's
        "“We are very pleased with the offer,” said Ann Roe, a fund manager.\n\n"
        "The company's “old plan was weak. We think this one is far better. We are surprised.”",
        [
            ("We are very pleased with the offer,", "roe", "said", "direct"),
            (
                "old plan was weak. We think this one is far better. We are surprised.",
                "roe",
                "said",
                "partial",
            ),
        ],
        id="a-partial-quote-running-on-for-sentences",
    ),
    pytest.param(
        "Tens of thousands of nurses marched through the capital on Monday, waving banners and chanting "
        "“Pay us fairly!”",
        [("Pay us fairly!", "nurses", "chanting", "partial")],
        id="a-quantity-of-people-chants",
    ),
    pytest.param(
        "Some of the dock workers, angry at the new rota, dismissed the offer as “an insult.”",
        [("an insult.", "dock workers", "dismissed", "partial")],
        id="some-of-the-workers",
    ),
    pytest.param(
        "The old mill has long been referred to as “the heart of the valley.” "
        "Its owner, Rita Haas, said it “will never close.”",
        [
            ("the heart of the valley.", None, "referred", "partial"),
            ("will never close.", "haas", "said", "partial"),
        ],
        id="a-passive-subject-is-named-not-speaking",
    ),
    pytest.param(
        "Mayor Ann Dobbs said she had been warned about “serious delays” at the plant.",
        [("serious delays", "dobbs", "warned", "partial")],
        id="a-passive-cue-reported-by-a-speaker",
    ),
    pytest.param(
        "Activists calling for the release of Tom Ward said the trial was “a farce.”",
        [("a farce.", "activists", "said", "partial")],
        id="a-name-after-called-for-is-not-the-speakers-name",
    ),
    pytest.param(
        "Norland Airways, which runs the terminal, said on Monday that it would cut two routes.\n\n"
        "The company said the cuts were “painful but necessary.”",
        [("painful but necessary.", "norland", "said", "partial")],
        id="the-company-named-last",
    ),
    pytest.param(
        "Harbor Transit said in a statement that service would resume on Friday.\n\n"
        "Riders waited for hours at the main station.\n\n"
        "“We apologise to every passenger,” the statement said.",
        [("We apologise to every passenger,", "harbor transit", "said", "direct")],
        id="the-statement-of-who-said-in-a-statement",
    ),
    pytest.param(
        "The Health Ministry on Sunday issued a new heat alert for the southern provinces.\n\n"
        "An accompanying statement urged people to “stay indoors at midday.”",
        [("stay indoors at midday.", "health ministry", "urged", "partial")],
        id="the-statement-accompanying-what-was-issued",
    ),
    pytest.param(
        "Veterans of the war that ended in 1975 called the plan “a betrayal.”",
        [("a betrayal.", "veterans of the war", "called", "partial")],
        id="a-description-ends-before-its-clause",
    ),
    pytest.param(
        '"The market will recover by spring," says Ana Ruiz, an economist who has written widely on trade. '
        '"Nobody panics for long."',
        [
            ("The market will recover by spring,", "ruiz", "says", "direct"),
            ("Nobody panics for long.", "ruiz", "says", "direct"),
        ],
        id="a-relative-clause-verb-is-no-cue",
    ),
    pytest.param(
        'With the valley now "sealed," the army has full control of the roads.',
        [],
        id="a-state-verb-after-a-scare-quote-says-nothing",
    ),
    pytest.param(
        "Dana Whitfield, the mayor's deputy, asserted in an interview on a local station that developers "
        'had bought "whole blocks" of the old harbour.',
        [("whole blocks", "whitfield", "asserted", "partial")],
        id="said-in-an-interview-that",
    ),
    pytest.param(
        "The bank lost money last year. Rather, Mr. Okafor said, the bank plans to open branches abroad, "
        'where "there is real hunger for credit."',
        [("there is real hunger for credit.", "okafor", "said", "partial")],
        id="a-cue-set-off-before-the-quote",
    ),
    pytest.param(
        "Union leader Maria Santos spoke for an hour on Tuesday. "
        'She said the strike was "a wake-up call," state television reported.',
        [("a wake-up call,", "santos", "said", "partial")],
        id="the-speaker-not-the-source-that-reported",
    ),
    pytest.param(
        'Although he called the quarter "very difficult," Peter Lund, the firm\'s chief executive, '
        "forecast higher profits for the year.",
        [("very difficult,", "lund", "called", "partial")],
        id="a-pronoun-looking-ahead-to-the-main-subject",
    ),
    pytest.param(
        "Norvale Corp. has sold its chemicals arm.\n\n"
        'Now the company, whose old strategy nearly ruined it, sees its future in what it calls "the clean '
        'energy" business.',
        [("the clean energy", "norvale", "calls", "partial")],
        id="what-it-calls-the-company",
    ),
    pytest.param(
        "Special ambassador Ivan Petrov left for Cairo on Tuesday.\n\n"
        "The Turkish ambassador to Spain said in Madrid that the talks could resume "
        '"once the shelling stops."',
        [("once the shelling stops.", "turkish ambassador", "said", "partial")],
        id="a-description-with-a-nationality-is-not-another-title-holder",
    ),
    pytest.param(
        "Halvard Ltd. previously said it would keep its bid open. "
        "Halvard is controlled by a state-owned group.\n\n"
        'The Norwegian government said the bid offered too little "public benefit" to the country.',
        [("public benefit", "norwegian government", "said", "partial")],
        id="a-national-government-is-not-the-company-named-last",
    ),
    pytest.param(
        "The Harbour Gazette newspaper said on Sunday that the minister would resign. "
        'The newspaper, citing "two senior aides," said the letter was ready.',
        [("two senior aides,", "gazette", "citing", "partial")],
        id="the-newspaper-named-with-its-title",
    ),
    pytest.param(  # the actor pass may take the firm for a person: “he” is still the analyst
        "Analyst Carl Stone and Hill Securities both cut their ratings on the stock. "
        '"The brand is tired," he said.',
        [("The brand is tired,", "carl stone", "said", "direct")],
        id="he-is-a-person-the-ner-names-a-person",
    ),
    pytest.param(  # the parse hangs the second chanted word on the crowd as an apposition
        "Hundreds of dock workers chanting ``Liberty! Liberty!'' blocked the gates of the port.\n\n"
        "Hundreds of nurses chanting ``Dignity! Dignity!'' blocked the entrance to the hospital.",
        [
            ("Liberty! Liberty!", "workers", "chanting", "partial"),
            ("Dignity! Dignity!", "nurses", "chanting", "partial"),
        ],
        id="the-chant-is-not-its-chanters-name",
    ),
    pytest.param(  # parsed as a participle (“the footage called …”), but it names the strikers: a verb
        "A narrator to the footage called the strikers ``traitors'' and ``thieves.''",
        [
            ("traitors", "narrator", "called", "partial"),
            ("thieves.", "narrator", "called", "partial"),
        ],
        id="called-with-an-object-after-a-misparsed-subject",
    ),
    pytest.param(
        "With the mayor sitting in the front row of the town hall, a crowd of retired miners called for "
        "the return of ``our valley'' to the farmers.",
        [("our valley", "miners", "called", "partial")],
        id="called-for-is-a-demand-no-naming",
    ),
    pytest.param(  # the actor pass misses this “SEC”; the speaker is still the commission
        "Mr. Hale was charged last month in a civil suit filed in federal court in Boston by the "
        "Securities and Exchange Commission. In that suit, the SEC accused Mr. Hale of engaging in a "
        "``massive accounting fraud'' to overstate the earnings of his company.",
        [("massive accounting fraud", "securities and exchange commission", "accused", "partial")],
        id="an-acronym-speaker-is-the-body-of-those-initials",
    ),
    pytest.param(  # the girl goes by her given name; the family name alone is her father
        "Maria Lopez's father said in a letter published Monday that he wants her home. ``We miss her "
        "every day,'' Carlos Lopez wrote in the letter. It was likely to be opposed by Maria's aunt, who "
        "says Lopez is being pressured by the government.\n\n"
        "Lopez also wrote to the judge this week. ``I object to every delay,'' Lopez said in the letter.",
        [
            ("We miss her every day,", "carlos lopez", "wrote", "direct"),
            ("I object to every delay,", "carlos lopez", "said", "direct"),
        ],
        id="a-family-name-alone-is-not-the-one-called-by-a-given-name",
    ),
    pytest.param(  # the parse takes a rare past tense for an adjective: its subject still heads the sentence
        "Ruth Olsen ran the meeting. Back from a week in the hills, Karl Weber rubbished Olsen’s claim "
        "that the dam was safe.\n\n“The cracks are getting wider,” he said.",
        [("The cracks are getting wider,", "weber", "said", "direct")],
        id="he-after-a-misparsed-main-verb",
    ),
    pytest.param(  # a man described by a clause right after a named man's quotes: that man again
        "“We will win this seat,” Karl Weber said on Tuesday.\n\nThe dock workers of the town “know who "
        "stands with them. That is me,” said the man who spent thirty years on the cranes.",
        [
            ("We will win this seat,", "weber", "said", "direct"),
            ("know who stands with them. That is me,", "weber", "said", "partial"),
        ],
        id="said-the-man-who-after-his-quotes",
    ),
    pytest.param(  # no named speaker before: the man who called is a new, anonymous witness
        "Police found a body on Tuesday.\n\n“I saw him fall,” said the man who called the ambulance.",
        [("I saw him fall,", "man", "said", "direct")],
        id="said-the-man-who-a-new-witness",
    ),
    pytest.param(  # people who wrote to someone put out a letter: “the letter says” speaks for them
        "Twelve senators wrote to the minister on Friday.\n\n“The ports are not safe,” the letter said.",
        [("The ports are not safe,", "senators", "said", "direct")],
        id="the-letter-of-those-who-wrote",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_wire_constructions(nlp, text, expected):
    quotes, actors = run(nlp, text)
    assert [(q.text, q.cue, q.kind) for q in quotes] == [(t, cue, kind) for t, _, cue, kind in expected]
    for q, (_, who, _, _) in zip(quotes, expected, strict=True):
        assert text[q.start : q.end] == q.text
        if who is None:
            assert q.speaker is None, (q.text, q.speaker)
        else:
            assert who in names(actors.get(q.speaker)), (q.text, q.speaker)


def test_ruler_given_name_is_not_the_family_name(nlp):
    text = (
        "Iraq's Saddam Hussein called the president a liar. After a meeting with King Hussein of Jordan, "
        "the president said he had no hope.\n\n``It's our only outlet to the sea,'' King Hussein said."
    )
    quotes, actors = run(nlp, text)
    assert [q.text for q in quotes] == ["It's our only outlet to the sea,"]
    assert "saddam" not in names(actors.get(quotes[0].speaker))
    assert "hussein" in names(actors.get(quotes[0].speaker))


def test_tex_opening_mark_is_one_token(nlp):
    assert [t.text for t in nlp.tokenizer("said ``no,'' and")] == ["said", "``", "no", ",", "''", "and"]


def test_tex_quotes_keep_offsets():
    text = "He said ``no,'' and left."
    assert len(tex_quotes(text)) == len(text)
    assert tex_quotes(text)[8:15] == "“ no, ”"
    nested = "``As they say, `never again,''' he said."
    assert tex_quotes(nested) == "“ As they say, `never again,' ” he said."
    assert tex_quotes("plain ''text''") == "plain “ text ”"  # two apostrophes open quotes too
    assert tex_quotes("the 1990s'' end and rock 'n' roll") == "the 1990s'' end and rock 'n' roll"  # none open


@pytest.mark.parametrize(
    ("words", "pos", "deps", "heads", "subject", "speaker"),
    [
        pytest.param(  # the parse may hang the paper on its owner as an apposition
            ["The", "Labour", "Party", "daily", "Clarion", "said"],
            ["DET", "PROPN", "PROPN", "ADV", "PROPN", "VERB"],
            ["det", "compound", "nsubj", "advmod", "appos", "ROOT"],
            [2, 2, 5, 4, 2, 5],
            2,
            "Clarion",
            id="the-party-daily-named-after-its-owner",
        ),
    ],
)
def test_named_in_misparsed_subject(nlp, words, pos, deps, heads, subject, speaker):
    from briefwright.quotes import _named_in
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads)
    assert _named_in(doc[subject]).text == speaker
