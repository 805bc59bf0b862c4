"""Quotes and their speakers: one table row per construction, and floors on the example article."""

from __future__ import annotations

import pytest
from briefwright.actors import extract_actors
from briefwright.model import Actor, Quote
from briefwright.quote_marks import find_segments, paragraph_spans
from briefwright.quotes import extract_quotes
from hypothesis import example, given, settings
from hypothesis import strategies as st

from .conftest import shared_file


def run(nlp, text: str) -> tuple[list[Quote], dict[str, Actor]]:
    doc = nlp(text)
    actors = extract_actors(doc)
    quotes = extract_quotes(doc, actors)
    return quotes, {a.id: a for a in actors}


def names(actor: Actor | None) -> str:
    return " | ".join([actor.name, *actor.aliases]).lower() if actor else ""


# (text, [(quote text, speaker word, cue, kind), ...]); the speaker word must stand in the
# speaker actor's name or aliases, or (None) the quote has no speaker (but a speaker span).
CASES = [
    pytest.param(
        "Senator Ruth Olsen criticised the plan on the radio. “It will fail,” Olsen said. "
        "“Nobody asked the farmers.”\n\n"
        "Governor Paul Adeyemi, also on the radio, defended his plan, "
        "“The farmers were consulted for a year.”",
        [
            ("It will fail,", "olsen", "said", "direct"),
            ("Nobody asked the farmers.", "olsen", "said", "direct"),
            ("The farmers were consulted for a year.", "adeyemi", "defended", "direct"),
        ],
        id="introduced-by-any-verb-not-continuation",
    ),
    pytest.param(
        "“We will rebuild the bridge by spring,” Mayor Helen Ortiz said on Monday.",
        [("We will rebuild the bridge by spring,", "ortiz", "said", "direct")],
        id="after",
    ),
    pytest.param(
        "“The budget is balanced,” said Tom Becker, a finance professor at the state university.",
        [("The budget is balanced,", "becker", "said", "direct")],
        id="after-inverted",
    ),
    pytest.param(
        "Prime Minister Ana Silva wrote on Twitter: “I offered my resignation this morning.”",
        [("I offered my resignation this morning.", "silva", "wrote", "direct")],
        id="before-colon",
    ),
    pytest.param(
        "“The vote was close,” wrote Senator Paul Grant on Twitter, “and therefore we must count again.”",
        [
            ("The vote was close,", "grant", "wrote", "direct"),
            ("and therefore we must count again.", "grant", "wrote", "direct"),
        ],
        id="middle",
    ),
    pytest.param(
        "“Nobody warned us,” Maria Lopez told reporters outside the court.",
        [("Nobody warned us,", "lopez", "told", "direct")],
        id="told",
    ),
    pytest.param(
        "According to the harbour authority, “the ship left the port on Tuesday night.”",
        [("the ship left the port on Tuesday night.", "harbour authority", "according to", "direct")],
        id="according-to",
    ),
    pytest.param(
        "“It was chaos,” said Omar Haddad. He added: “We ran for the exits.”",
        [
            ("It was chaos,", "haddad", "said", "direct"),
            ("We ran for the exits.", "haddad", "added", "direct"),
        ],
        id="added-pronoun",
    ),
    pytest.param(
        "Union leader Frank Miller called the offer a “slap in the face.”",
        [("slap in the face.", "miller", "called", "partial")],
        id="called-partial",
    ),
    pytest.param(
        "Analyst Sarah Kim described the talks as “constructive but slow” after the meeting.",
        [("constructive but slow", "kim", "described", "partial")],
        id="described-as",
    ),
    pytest.param(
        "Finance Minister Peter Novak said the negotiations would “drag on for months” without a deal.",
        [("drag on for months", "novak", "said", "partial")],
        id="partial-in-clause",
    ),
    pytest.param(
        "“We are ready,” said coach Dan Wells. “The players have trained all summer.”",
        [
            ("We are ready,", "wells", "said", "direct"),
            ("The players have trained all summer.", "wells", "said", "direct"),
        ],
        id="continuation-sentence",
    ),
    pytest.param(
        "“We are ready,” said coach Dan Wells.\n\n“The players have trained all summer.”",
        [
            ("We are ready,", "wells", "said", "direct"),
            ("The players have trained all summer.", "wells", "said", "direct"),
        ],
        id="continuation-paragraph",
    ),
    pytest.param(
        "“The first phase is finished,” said engineer Lisa Park. “We poured the foundation in May.\n\n"
        "“Next we build the towers.”\n\nThe city council meets on Friday.",
        [
            ("The first phase is finished,", "park", "said", "direct"),
            ("We poured the foundation in May.", "park", "said", "direct"),
            ("Next we build the towers.", "park", "said", "direct"),
        ],
        id="multi-paragraph",
    ),
    pytest.param(
        "The river rose faster than anyone expected,” said Carl Jensen, the harbour master. "
        "“We moved the boats at night.”",
        [
            ("The river rose faster than anyone expected,", "jensen", "said", "direct"),
            ("We moved the boats at night.", "jensen", "said", "direct"),
        ],
        id="missing-opening",
    ),
    pytest.param(
        "“We lost power at noon, said Nora Blake. “The generators failed too.”",
        [
            ("We lost power at noon,", "blake", "said", "direct"),
            ("The generators failed too.", "blake", "said", "direct"),
        ],
        id="missing-closing",
    ),
    pytest.param(
        "“The Smiths’ house was empty,” said neighbour Ruth Adler. “Nobody’s been there since ’09.”",
        [
            ("The Smiths’ house was empty,", "adler", "said", "direct"),
            ("Nobody’s been there since ’09.", "adler", "said", "direct"),
        ],
        id="apostrophes",
    ),
    pytest.param(
        "“He told me, ‘Leave now,’ and I did,” said the driver, Sam Ortega.",
        [("He told me, ‘Leave now,’ and I did,", "ortega", "said", "direct")],
        id="nested-single",
    ),
    pytest.param(
        '"We will appeal," said lawyer Mark Stone. "The ruling ignores the evidence."',
        [
            ("We will appeal,", "stone", "said", "direct"),
            ("The ruling ignores the evidence.", "stone", "said", "direct"),
        ],
        id="straight-marks",
    ),
    pytest.param("The army launched “Operation Desert Shield” on Friday.", [], id="title-not-quote"),
    pytest.param("The so-called “peace dividend” never arrived in the valley.", [], id="scare-quote"),
    pytest.param(
        "General Ivan Petrov called the mission “Operation Clean Sweep” in a briefing.",
        [("Operation Clean Sweep", "petrov", "called", "partial")],
        id="title-with-speaker",
    ),
    pytest.param(
        "Judge Amy Carter questioned the witness for an hour. “Your story keeps changing,” she said.",
        [("Your story keeps changing,", "carter", "said", "direct")],
        id="pronoun-she",
    ),
    pytest.param(
        "Ms. Rita Vance spoke first, and then Mr. Tom Hale answered questions from the board. "
        "“The deal is fair,” she said.",
        [("The deal is fair,", "vance", "said", "direct")],
        id="pronoun-gender",
    ),
    pytest.param(  # the gender of a given name, when nothing else in the article tells it
        "Susan Park opened the fair, escorted by Daniel Ortiz, a volunteer from the county.\n\n"
        "“We waited a year for this,” he said.",
        [("We waited a year for this,", "ortiz", "said", "direct")],
        id="pronoun-given-name-he",
    ),
    pytest.param(
        "Daniel Ortiz introduced Susan Park, who runs the shelter on Main Street.\n\n"
        "“Nobody should sleep outside,” she said.",
        [("Nobody should sleep outside,", "park", "said", "direct")],
        id="pronoun-given-name-she",
    ),
    pytest.param(  # brought in with an apposition that says what he did: the next “he said” is his
        "Mayor John Hill opened the bridge on Friday.\n\n"
        "The ribbon was cut by Tom Reyes, a veteran who served on the river boats.\n\n"
        "“I never thought I would see this day,” he said.",
        [("I never thought I would see this day,", "reyes", "said", "direct")],
        id="pronoun-person-introduced-acting",
    ),
    pytest.param(  # a participle quoting a text speaks for the text's author, not the subject citing it
        "Critics pointed to a tweet by Senator Tom Reid saying the plan was “dead on arrival.”",
        [("dead on arrival.", "reid", "saying", "partial")],
        id="saying-after-a-tweet-by",
    ),
    pytest.param(
        "The mayor's office released a statement from Jane Cole saying she “deeply regrets” the delay.",
        [("deeply regrets", "cole", "saying", "partial")],
        id="saying-after-a-statement-from",
    ),
    pytest.param(
        "Reporters cited Ana Ruiz's letter saying the board had “failed the town.”",
        [("failed the town.", "ruiz", "saying", "partial")],
        id="saying-after-a-possessive-letter",
    ),
    pytest.param(  # after a comma the participle is the main subject's
        "Police arrested Tom Reid on Friday, saying he had “no right to be there.”",
        [("no right to be there.", "police", "saying", "partial")],
        id="saying-after-a-comma",
    ),
    pytest.param(  # what someone promised or asked for, quoted after the noun they own, is theirs
        "Senator Tom Reid has pushed his promise of “free tuition” all week.",
        [("free tuition", "reid", "promise", "partial")],
        id="pledge-noun-with-his",
    ),
    pytest.param(
        "Tom Reid met the board. Members praised his promise of “no new taxes” and his plan.",
        [("no new taxes", "reid", "promise", "partial")],
        id="pledge-noun-under-another-verb",
    ),
    pytest.param(
        "The union rejected the company's demand for “flexible hours” on Friday.",
        [("flexible hours", "company", "demand", "partial")],
        id="pledge-noun-possessive-name",
    ),
    pytest.param(  # an unnamed source is named with what ties it to the story; "the source" is the same
        "A source familiar with the talks said the deal was “close.” "
        "The source added that the parties were “very near” a deal.",
        [
            ("close.", "source familiar with the talks", "said", "partial"),
            ("very near", "source familiar with the talks", "added", "partial"),
        ],
        id="source-familiar-with",
    ),
    pytest.param(  # the reporting verb of the main clause, not the one of the relative clause
        "“No one is safe,” a resident of the town, who asked not to be named, told the agency by phone.",
        [("No one is safe,", "resident of the town", "told", "direct")],
        id="cue-after-a-relative-clause",
    ),
    pytest.param(  # a description of a body's kind speaks as the body it names beside it
        "The opposition coalition, known as the Northern Unity Council, said the plan was “a farce.”",
        [("a farce.", "northern unity council", "said", "partial")],
        id="description-known-as-a-body",
    ),
    pytest.param(
        "A senior defence official described the talks as “difficult” in a call with reporters.\n\n"
        "“There is no agreement yet,” the official said.",
        [
            ("difficult", "official", "described", "partial"),
            ("There is no agreement yet,", "official", "said", "direct"),
        ],
        id="anonymous-official",
    ),
    pytest.param(
        "President Ana Costa opened the summit on Monday.\n\n“We must act now,” the president said.",
        [("We must act now,", "costa", "said", "direct")],
        id="title-description",
    ),
    pytest.param(
        "UN envoy to Libya Omar Haddad called the talks “a first step.”",
        [("a first step.", "haddad", "called", "partial")],
        id="title-phrase-name",
    ),
    pytest.param(
        "“The border will stay closed,” the Foreign Ministry said in a statement.",
        [("The border will stay closed,", "foreign ministry", "said", "direct")],
        id="organisation",
    ),
    pytest.param(
        "The Foreign Ministry characterized the attack as “a grave provocation.”",
        [("a grave provocation.", "foreign ministry", "characterized", "partial")],
        id="characterized-as",
    ),
    pytest.param(
        "After the senator criticised the plan, Maria Gomez shot back, “We wrote that plan together.”",
        [("We wrote that plan together.", "gomez", "shot", "direct")],
        id="comma-verb",
    ),
    pytest.param(
        "Mayor Tom Reyes closed the meeting, saying the city would “fight every cut.”",
        [("fight every cut.", "reyes", "saying", "partial")],
        id="participle",
    ),
    pytest.param(
        "“The shipment was delayed,” according to a company spokesman.",
        [("The shipment was delayed,", "spokesman", "according to", "direct")],
        id="according-to-after",
    ),
    pytest.param(
        "“I never expected to win,” said the 52-year-old.",
        [("I never expected to win,", "52-year-old", "said", "direct")],
        id="age-description",
    ),
    pytest.param(
        "Farmer Joe Kent lost his whole crop. He says,” the rain came too late.”",
        [("the rain came too late.", "kent", "says", "direct")],
        id="misplaced-opening-mark",
    ),
    pytest.param(
        '"Ana Ruiz tried to calm the room by saying, “Let us vote now.” Nobody listened.',
        [("Let us vote now.", "ruiz", "saying", "direct")],
        id="stray-straight-mark",
    ),
    pytest.param("The minister said on “Morning Report” that taxes would fall.", [], id="show-title"),
    pytest.param("Residents met in a hall known as “the Commons” on Monday.", [], id="naming-participle"),
    pytest.param(
        "Governor Paul Kim agreed to a deal in which Carlos Mendes became his deputy. "
        "“Nobody will remove me,” he declared.",
        [("Nobody will remove me,", "kim", "declared", "direct")],
        id="pronoun-main-clause",
    ),
    pytest.param(
        '"The law is called the “Clean Air Act,” and it works.\n\n"We will defend it," said Mayor Lena Fox.',
        [
            ("The law is called the “Clean Air Act,” and it works.", "fox", "said", "direct"),
            ("We will defend it,", "fox", "said", "direct"),
        ],
        id="multi-paragraph-straight",
    ),
    pytest.param(
        "The Harbour Workers Party opposed the law. “The Harbour Workers party will vote against it,” "
        "the party told reporters.",
        [("The Harbour Workers party will vote against it,", "harbour", "told", "direct")],
        id="the-party-is-the-party-named-before",
    ),
    pytest.param(
        "Later on Friday Okafor met the governor. She said “the bridge will be finished in May”.\n\n"
        "Minister Grace Okafor had promised it in 2019.",
        [("the bridge will be finished in May", "okafor", "said", "partial")],
        id="surname-after-a-weekday",
    ),
    pytest.param(
        "The chairman of Norway's Red Cross, Ingrid Dahl, said the agency had “run out of tents”.",
        [("run out of tents", "dahl", "said", "partial")],
        id="named-apposition-of-a-title-subject",
    ),
    pytest.param(
        "A number of senators condemned the vote, calling it “a betrayal of voters”.",
        [("a betrayal of voters", "senators", "calling", "partial")],
        id="a-number-of-people",
    ),
    pytest.param(
        "Mark Duval accused Peter Ellis of deceiving the Queen. On Monday Ellis insisted that the vote "
        "was fair. He said he felt “very confident” about the result.",
        [("very confident", "ellis", "said", "partial")],
        id="gender-not-from-a-neighbouring-phrase",
    ),
    pytest.param(
        "The baker Lucy Hart was pictured beside Mr Grove, the king of the village fair. Hart sold "
        "bread there. She said the stall was “a family affair”.",
        [("a family affair", "hart", "said", "partial")],
        id="gender-from-the-apposition-only",
    ),
    pytest.param(
        "Clara Weiss told reporters that “the factory will stay open.” Her brother says the deal is done.",
        [("the factory will stay open.", "weiss", "told", "direct")],
        id="said-that-before-the-next-sentence",
    ),
    pytest.param(
        "The embassy released the following letter from Ambassador Rosa Klein: “Our doors stay open.”",
        [("Our doors stay open.", "klein", "released", "direct")],
        id="document-from-its-author",
    ),
    pytest.param(
        "“The tenants were never warned,” according to a report written by inspector Hana Berger.",
        [("The tenants were never warned,", "berger", "according to", "direct")],
        id="document-by-the-agent-of-its-participle",
    ),
    pytest.param(
        "The first clash came during a rally at the county fair, when farm workers interrupted the mayor, "
        "chanting “pay us now!”",
        [("pay us now!", "workers", "chanting", "partial")],
        id="saying-takes-the-subject-that-can-speak",
    ),
    pytest.param(
        "The size of the harvest did not surprise the agronomist Lena Osei: “We planted early and it paid.”",
        [("We planted early and it paid.", "osei", "surprise", "direct")],
        id="colon-after-a-thing-that-affects-a-person",
    ),
    pytest.param(
        "“We will stay until the mine closes,” said a student using the pseudonym Leo.",
        [("We will stay until the mine closes,", "leo", "said", "direct")],
        id="speaker-named-by-a-clause-pseudonym",
    ),
    pytest.param(
        "“The ward has no beds left,” said a nurse named Maria Costa.",
        [("The ward has no beds left,", "costa", "said", "direct")],
        id="speaker-named-by-a-clause-named",
    ),
    pytest.param(
        "Pastor Dale Moss spoke at the fair.\n\n"
        "When a child in the crowd yelled, “Pie,” Moss laughed, again using a funny voice, "
        "“Bring that child a slice!”",
        [
            ("Pie,", "child", "yelled", "direct"),
            ("Bring that child a slice!", "moss", "laughed", "direct"),
        ],
        id="said-comma-before-beats-the-clause-after",
    ),
    pytest.param(
        "Senator Omar Baptiste rejected the governor's statement: “This budget forgets the rural schools.”",
        [("This budget forgets the rural schools.", "baptiste", "rejected", "direct")],
        id="answering-a-document-is-no-passing-on",
    ),
    pytest.param(
        "The city council issued a ruling on the bridge on Monday.\n\n"
        "The summary of the decision said: “Work starts in the summer.”",
        [("Work starts in the summer.", "council", "said", "direct")],
        id="document-issued-before-under-another-name",
    ),
    pytest.param(
        "The Fishing Board sent its “warmest congratulations” and said the season would open early.",
        [("warmest congratulations", "fishing board", "said", "partial")],
        id="object-of-a-verb-coordinated-with-said",
    ),
    pytest.param(
        "Mayor Ivo Marsh visited the coast.\n\n"
        "“We are prepared” tweeted Marsh “to send whatever boats we can to the flooded villages.”",
        [
            ("We are prepared", "marsh", "tweeted", "partial"),
            ("to send whatever boats we can to the flooded villages.", "marsh", "tweeted", "partial"),
        ],
        id="inverted-cue-without-a-comma",
    ),
    pytest.param(
        "“He told us, ‘I will never sign it,’” the mayor recalled.",
        [("He told us, ‘I will never sign it,’", "mayor", "recalled", "direct")],
        id="nested-quote-closing-last-is-still-direct",
    ),
    pytest.param(
        "Councillor Ines Varga also made the point that the budget, shaped further by the demands of "
        "her rival Tomas Brenner and of the regional board, would make the plan “a copy of the last "
        "one” in every way.\n\n"
        "“They have actually written in the draft, ‘We cannot afford the northern line this year or "
        "the next,’” she noted. “That is just last year’s plan reheated.”",
        [
            ("a copy of the last one", "varga", "made", "partial"),
            (
                "They have actually written in the draft, ‘We cannot afford the northern line this year "
                "or the next,’",
                "varga",
                "noted",
                "direct",
            ),
            ("That is just last year’s plan reheated.", "varga", "noted", "direct"),
        ],
        id="pronoun-after-a-long-quote-is-the-subject-before-it",
    ),
    pytest.param(
        "The goalkeeper Tom Vale turned to the stands, his arms raised, as if to say, "
        "“Who else could stop that?”",
        [("Who else could stop that?", None, "say", "direct")],
        id="a-body-part-is-no-speaker",
    ),
    pytest.param(
        "The mayor’s low rating is damaging. Asked whether the mayor “deserves another term,” 60 percent of "
        "voters said no.",
        [("deserves another term,", None, "Asked", "partial")],
        id="a-rating-is-no-speaker",
    ),
    pytest.param(
        "Mayor Ann Lowe spoke on Monday.\n\nShe told CBC’s “Morning Show” on Friday the mood of the meeting "
        "was friendly, with tense moments, and predicted voters “will be a little surprised.”",
        [("will be a little surprised.", "lowe", "predicted", "partial")],
        id="said-and-predicted-past-a-reported-clause",
    ),
    pytest.param(
        "Senator Rob Dale spoke in Miami.\n\nHe said his recent visits to Ohio have given his campaign "
        "momentum and said that Ohio did not represent the spirit of the “old party.”",
        [("old party.", "dale", "said", "partial")],
        id="said-and-said-past-a-reported-clause",
    ),
    pytest.param(
        "Pastor Ira Peck spoke at the fair.\n\n"
        "When someone in the audience shouted, “Kerry,” Peck joked, again putting on a silly voice, "
        "“Cheers, friend! Come on up!”",
        [
            ("Kerry,", None, "shouted", "direct"),
            ("Cheers, friend! Come on up!", "peck", "joked", "direct"),
        ],
        id="a-name-parsed-as-a-compound-of-the-cue",
    ),
    pytest.param(
        "The agency quoted Finance Minister Jan Berg as saying the budget was “under control.”",
        [("under control.", "berg", "saying", "partial")],
        id="quoted-as-saying",
    ),
    pytest.param(
        "Mayor Lisa Grant emailed staff on Monday, telling them, “Stay calm.”\n\n"
        "The email goes on to say: “We will not close the library.”",
        [
            ("Stay calm.", "grant", "telling", "direct"),
            ("We will not close the library.", "grant", "say", "direct"),
        ],
        id="the-email-of-who-emailed",
    ),
    pytest.param(
        "Businessman Fred Trump opened a hotel on Monday.\n\n"
        "Trump shot back in a statement, saying he had “made money in bad markets.”",
        [("made money in bad markets.", "fred trump", "saying", "partial")],
        id="a-surname-tagged-as-a-common-noun",
    ),
    pytest.param(
        "Senator Tom Vale spoke in Denver on Monday.\n\n"
        "But in Boulder, the crowd booed when he told them the governor “has taken money from the banks.”",
        [("has taken money from the banks.", "vale", "told", "partial")],
        id="he-is-not-the-crowd",
    ),
    pytest.param(
        "If you doubt the mayor, the Daily Star will brand you a liar and Metro News will accuse you of "
        "engaging in a “panic attack.”",
        [("panic attack.", "metro news", "accuse", "partial")],
        id="a-subject-parsed-as-a-conjunct-of-the-object",
    ),
    pytest.param(
        "The town of Millbrook, called the “Gateway to the Hills” by its citizens, voted for the mayor.",
        [("Gateway to the Hills", "citizens", "called", "partial")],
        id="named-so-by-an-agent",
    ),
    pytest.param(
        "The plan was called “a disaster” by the opposition leader Ana Reyes.",
        [("a disaster", "reyes", "called", "partial")],
        id="called-so-by-an-agent-in-the-passive",
    ),
    pytest.param(
        "Councillor Mary Dunn spoke at the hall. Her neighbours have mocked the plan, calling it “a folly,” "
        "Dunn said as she walked out.\n\n“But it is our folly, and we will build it!”",
        [
            ("a folly,", "neighbours", "calling", "partial"),
            ("But it is our folly, and we will build it!", "dunn", "said", "direct"),
        ],
        id="a-continuation-is-the-speaker-told-last",
    ),
    pytest.param(
        "And how about this new headline from the Daily Star, which hits the council where it hurts: "
        "“Bridge repairs delayed for a third year.”",
        [("Bridge repairs delayed for a third year.", "daily star", "headline", "direct")],
        id="a-document-shown-by-a-colon",
    ),
    pytest.param(
        "Here is the statement from the ministry: “The border stays open.”",
        [("The border stays open.", "ministry", "statement", "direct")],
        id="a-statement-shown-by-a-colon",
    ),
    pytest.param(
        "Former judge Alan Pike spoke at the convention about Senator Jane Moss. Pike said the scandal is "
        "only the latest issue in her long career.\n\n“She should never be president,” he said.",
        [("She should never be president,", "pike", "said", "direct")],
        id="gender-not-from-a-possessive-in-a-reported-clause",
    ),
    pytest.param(
        "A Pentagon report said the base was “in poor shape.”",
        [("in poor shape.", "pentagon", "said", "partial")],
        id="a-document-named-after-its-author",
    ),
    pytest.param(
        "The Reuters report, which came out on Monday, notes, “Half of the rigs are idle.”",
        [("Half of the rigs are idle.", "reuters", "notes", "direct")],
        id="a-document-named-after-its-author-with-a-clause",
    ),
    pytest.param(
        "Gov. Lisa Grant visited the dam.\n\n“It will hold,” the governor said.",
        [("It will hold,", "grant", "said", "direct")],
        id="a-title-abbreviated-before-the-name",
    ),
    pytest.param(
        "Texas Sen. Tom Reed and Florida Sen. Ana Cruz spoke in Miami on Monday. Reed left early.\n\n"
        "“We will win this state,” the Florida senator said.",
        [("We will win this state,", "ana cruz", "said", "direct")],
        id="the-florida-senator-is-the-senator-from-florida",
    ),
    pytest.param(
        "Mayor Tom Hale provided a written statement to the paper.\n\n"
        "“We acted within the rules,” the statement said.",
        [("We acted within the rules,", "hale", "said", "direct")],
        id="the-statement-of-who-provided-it",
    ),
    pytest.param(
        "Ann Reyes was speaking in an interview on this reporter’s talk program, “Harbour Hour,” "
        "broadcast on Boston’s AM 1030 The Tide and FM 98.",
        [],  # the program's title beside its noun: no one's words, and “broadcast” no cue
        id="a-participle-after-a-quote-is-no-cue",
    ),
    pytest.param(
        "The longtime adviser Roger Stone spoke on Monday.\n\n"
        "Stated Stone:\n\n“I think the stakes are high.”",
        [("I think the stakes are high.", "roger stone", "Stated", "direct")],
        id="an-inverted-cue-is-no-part-of-the-name",
    ),
    pytest.param(
        "In an attempt to make its point, the Daily Star focuses on the size of the crowd: "
        "“Ten thousand people came to the square.”",
        [("Ten thousand people came to the square.", "daily star", "make", "direct")],
        id="in-an-attempt-to-make-its-point-the-main-subject",
    ),
    pytest.param(
        "Mayor Tom Hale’s wife is breaking her usual silence.\n\n"
        "Ana Berg tells voters that “he loves you.” She says they will go on to the next town and see what "
        "happens.\n\nShe says her husband will “be the best governor.”",
        [
            ("he loves you.", "berg", "tells", "direct"),
            ("be the best governor.", "berg", "says", "partial"),
        ],
        id="gender-not-from-a-pronoun-inside-a-quote",
    ),
    pytest.param(
        "Earlier this week on television, President Ilhan Demir said — as reported by the Daily Ledger — "
        '"The old museum will no longer be called a museum. Its status will change."',
        [
            (
                "The old museum will no longer be called a museum. Its status will change.",
                "demir",
                "said",
                "direct",
            )
        ],
        id="sourcing-aside-is-not-the-cue",
    ),
    pytest.param(
        "Decree No. 112, also known as the “Clean Rivers Decree”, says “no factory may dump waste.”",
        [("no factory may dump waste.", "decree no. 112", "says", "partial")],
        id="known-as-the-title-is-a-name-and-a-numbered-law-keeps-its-number",
    ),
    pytest.param(
        "Resolution No. 2254 says the parties “must meet in Geneva.”",
        [("must meet in Geneva.", "resolution no. 2254", "says", "partial")],
        id="numbered-text-speaks",
    ),
    pytest.param(
        "The valley had rich soil and, according to the BBC, was called the “granary” of the north.",
        [("granary", "bbc", "called", "partial")],
        id="called-in-the-passive-told-by-according-to",
    ),
    pytest.param(
        "Items labeled “Made by hand” sell for more, according to a survey released Friday.",
        [("Made by hand", "survey", "labeled", "partial")],
        id="labeled-told-by-according-to",
    ),
    pytest.param(
        "According to a statement released by Mayor Ann Holt's office, “rebuilding the bridge quickly” "
        "is the first goal.",
        [("rebuilding the bridge quickly", "holt", "according to", "partial")],
        id="according-to-a-statement-by-an-office-quote-inside-the-clause",
    ),
    pytest.param(
        "In her defence, Judge Mara Lind pointed out she had “followed the law to the letter[.]”",
        [("followed the law to the letter[.]", "lind", "pointed out", "partial")],
        id="verb-with-particle-and-a-clause-reports",
    ),
    pytest.param(
        "Premier Dana Olsen envisioned the treaty to end their “outsider nation” status.",
        [("outsider nation", "olsen", "envisioned", "partial")],
        id="verb-with-an-object-and-to-clause-reports",
    ),
    pytest.param(
        "Reports on the weapon used vary between a knife and a “sharp tool”.",
        [("sharp tool", None, "vary", "partial")],
        id="a-document-subject-reports",
    ),
    pytest.param(
        "In one email, Ann Roe discussed how she had put a note in a “burn bag,” the Ledger reported.",
        [("burn bag,", "ledger", "reported", "partial")],
        id="a-reporting-verb-before-a-frame",
    ),
    pytest.param(
        "Why would any sane voter believe the plan ends the “era of waste”?", [], id="nobody-believes"
    ),
    pytest.param(
        "Saying “there are many fires despite the rain” (Spanish: hay muchos incendios pese a la lluvia), "
        "President Tomas Ruiz elaborated, “A state must protect its forests.”",
        [
            ("there are many fires despite the rain", "ruiz", "Saying", "partial"),
            ("A state must protect its forests.", "ruiz", "elaborated", "direct"),
        ],
        id="fronted-participle-past-a-translation",
    ),
    pytest.param(
        "On Monday, Finnish foreign minister Aino Lehto speaking to the Baltic Policy Forum think tank "
        "called the fishing deal “unfair” and “legally empty”.",
        [("unfair", "lehto", "called", "partial"), ("legally empty", "lehto", "called", "partial")],
        id="called-with-an-object-is-no-participle",
    ),
    pytest.param(
        "The singer Nora Vance thanked the mayor for “keeping the libraries open.”",
        [("keeping the libraries open.", "vance", "thanked", "partial")],
        id="thanked-for-partial",
    ),
    pytest.param(
        "Senator Ida Brandt blamed the shortage on “careless city planners.” Her office said more later.",
        [("careless city planners.", "brandt", "blamed", "partial")],
        id="blamed-on-partial",
    ),
    pytest.param(
        "The editor Sam Reyes shared the remark.\n\n“A fine speech, truly”—@JanePorterMP after the vote."
        "\n\nSenator Jane Porter spoke again on Monday.",
        [("A fine speech, truly", "porter", "posted", "direct")],
        id="post-signed-by-handle",
    ),
    pytest.param(
        "Her supporters responded with chants of “Four more years” until Mayor Ann Lowe spoke again.",
        [("Four more years", "supporters", "chants", "partial")],
        id="chants-of",
    ),
    pytest.param(
        "At one point the crowd loudly reprised the chant “Send them home! Send them home!” in the hall.",
        [("Send them home! Send them home!", "crowd", "chant", "partial")],
        id="reprised-the-chant",
    ),
    pytest.param(
        "Some in the hall booed, and when Lowe thanked Dayton and said it was nice to be back, "
        "a man yelled “Go away!”",
        [("Go away!", "man", "yelled", "partial")],
        id="clause-cue-yelled-after-a-when-clause",
    ),
    pytest.param(
        "In June, Lowe blasted Acme for its “shoddy practices” in forcing 300 Ohio workers to train "
        "their replacements before being laid off.",
        [("shoddy practices", "lowe", "blasted", "partial")],
        id="clause-cue-blasted-for-its",
    ),
    pytest.param(
        "Black, who has in the past described Lowe as “a reckless gambler” and “a dangerous fool,” "
        "clearly intended the audience to hear him.",
        [
            ("a reckless gambler", "black", "described", "partial"),
            ("a dangerous fool,", "black", "described", "partial"),
        ],
        id="clause-cue-has-in-the-past-described-as",
    ),
    pytest.param(
        "On Friday, Lowe groused to a crowd in Ohio that NBC “doesn’t cover me fairly” before "
        "floating the idea that the network should pay her.",
        [("doesn’t cover me fairly", "lowe", "groused", "partial")],
        id="clause-cue-groused-that",
    ),
    pytest.param(
        "Backers of Senator Tom Reed chanted “We want Tom!” outside the hall.",
        [("We want Tom!", "backers", "chanted", "partial")],
        id="supporters-of-a-named-person-chant",
    ),
    pytest.param(
        "An aide to Mayor Ann Lowe said the bill was “dead on arrival.”",
        [("dead on arrival.", "aide", "said", "partial")],
        id="aide-to-a-named-person-speaks",
    ),
    pytest.param(
        "The special envoy to Syria Staffan de Mistura said the talks were “serious.”",
        [("serious.", "mistura", "said", "partial")],
        id="title-phrase-ending-in-the-name",
    ),
]

# Words quoted by nobody named: (text, [(quote text, cue, kind), ...]); names are no quotes.
UNSPOKEN = [
    pytest.param(
        "The old harbour is known as a “graveyard of ships”.",
        [("graveyard of ships", "known", "partial")],
        id="known-as-a-phrase",
    ),
    pytest.param(
        "She was known for pursuing a quiet foreign policy and mediating in several disputes as a "
        "“friend to all and enemy to none”.",
        [("friend to all and enemy to none", "known", "partial")],
        id="known-for-as-a-phrase",
    ),
    pytest.param(
        "The town was called the “granary” of the north.", [("granary", "called", "partial")], id="called-the"
    ),
    pytest.param(
        "The new fund will informally be dubbed the “Clean Water Fund” and will focus on rivers.",
        [("Clean Water Fund", "dubbed", "partial")],
        id="a-coined-name-is-quoted",
    ),
    pytest.param("The ferry, known as the “Blue Swan”, sank in 1990.", [], id="known-as-the-name"),
    pytest.param("A treaty called the “Northern Accord” was signed in May.", [], id="called-the-name"),
    pytest.param(
        "She took up the cause after a fire at a screening of her latest film, “Deep Water.”"
        "\n\nThe rest followed.",
        [],
        id="title-beside-its-work-noun",
    ),
    pytest.param(
        "He spoke on the weekly radio program, “Morning Hour Live,” broadcast from the capital.",
        [],
        id="program-title-in-apposition",
    ),
    pytest.param("The council met.\n\n“Related:”\n\nA new bridge opens.", [], id="label-alone"),
]


@pytest.mark.parametrize(("text", "expected"), UNSPOKEN)
def test_quotes_unspoken(nlp, text, expected):
    quotes, _ = run(nlp, text)
    assert [(q.text, q.cue, q.kind) for q in quotes] == expected
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_constructions(nlp, text, expected):
    quotes, actors = run(nlp, text)
    got = [(q.text, q.cue, q.kind) for q in quotes]
    assert got == [(t, cue, kind) for t, _, cue, kind in expected]
    doc_text = nlp(text).text
    for q, (_, who, _, _) in zip(quotes, expected, strict=True):
        assert doc_text[q.start : q.end] == q.text
        if who is None:
            assert q.speaker is None, (q.text, q.speaker)
        else:
            assert who in names(actors.get(q.speaker)), (q.text, q.speaker)
        assert q.speaker_span is not None


def test_quotes_same_speaker_for_a_continuation(nlp):
    quotes, _ = run(nlp, "“We are ready,” said coach Dan Wells.\n\n“The players have trained all summer.”")
    assert len({q.speaker for q in quotes}) == 1


def test_quotes_anonymous_source_becomes_an_actor(nlp):
    quotes, actors = run(
        nlp,
        "A senior defence official described the talks as “difficult” in a call with reporters. "
        "“There is no agreement yet,” the official said.",
    )
    official = actors[quotes[0].speaker]
    assert official.id == "senior-defence-official"
    assert official.anonymous and official.type == "person"
    assert "the official" in official.aliases
    assert quotes[1].speaker == official.id
    assert official.mentions


def test_quotes_pronoun_span_names_the_pronoun(nlp):
    text = "Judge Amy Carter questioned the witness. “Your story keeps changing,” she said."
    quotes, _ = run(nlp, text)
    start, end = quotes[0].speaker_span
    assert text[start:end] == "she"


def test_quotes_broken_pair_keeps_the_other_quotes(nlp):
    text = "“First point, said Ada Moss. “Second point,” she went on. “Third point.”"
    quotes, _ = run(nlp, text)
    assert [q.text for q in quotes] == ["First point,", "Second point,", "Third point."]


# A double mark closed by single marks (“…’’, “…’) ends there; apostrophes and nested ‘…’ do not close.
SINGLE_CLOSERS = [
    pytest.param(
        "The host pressed the mayor with a “question’’ that amounted to a lecture.\n\n“You lied,” she said.",
        ["question", "You lied,"],
        id="two-singles-close-a-double",
    ),
    pytest.param(
        "The ruling, he said, was a “mistake’ that the court would regret.",
        ["mistake"],
        id="stray-single-closer",
    ),
    pytest.param(
        "Reed said: “The workers’ union won’t sign. We ‘tried’ everything.\n\n“It is over.”",
        ["The workers’ union won’t sign. We ‘tried’ everything.", "It is over."],
        id="apostrophes-and-nested-singles-run-on",
    ),
    pytest.param(
        "Reed said: “We’re not goin’ anywhere, and the Smiths’ farm stays.",
        ["We’re not goin’ anywhere, and the Smiths’ farm stays."],
        id="apostrophes-in-an-unclosed-quote",
    ),
    pytest.param(
        "Her aide called it the “rock ’n’ roll budget” and left.", ["rock ’n’ roll budget"], id="n-apos"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_CLOSERS)
def test_quotes_single_marks_closing_a_double(text, expected):
    segs = find_segments(text, paragraph_spans(text))
    assert [text[s.start : s.end] for s in segs] == expected


def test_quotes_segments_without_marks_are_empty():
    text = "No quotation here, only Ann’s apostrophes and the ’90s."
    assert find_segments(text, paragraph_spans(text)) == []


def test_quotes_example_scores_floor(score):
    import yaml
    from briefwright.articles import read_file
    from briefwright.extract import extract

    example_dir = shared_file("examples", "syria-ceasefire-2016")
    briefing = extract(read_file(example_dir / "article.md")[0])
    gold = yaml.safe_load((example_dir / "gold.yaml").read_text(encoding="utf-8"))
    result = score(briefing.to_dict(), gold)
    assert result["quotes"]["f1"] >= 0.95, result["missed_quotes"]
    assert result["speakers"]["accuracy"] >= 0.94, result["wrong_speakers"]


@given(st.lists(st.sampled_from(list('ab .,:\n“”"’‘—') + ["said ", "He ", "\n\n"]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
@example("“a’")  # a single mark closing the text's last character
@example("“a’’")
def test_quotes_segments_stay_inside_their_paragraph(text):
    paras = paragraph_spans(text)
    segs = find_segments(text, paras)
    for prev, seg in zip(segs, segs[1:], strict=False):
        assert prev.end <= seg.start
    for seg in segs:
        lo, hi = paras[seg.para]
        assert lo <= seg.start < seg.end <= hi
        assert not text[seg.start].isspace() and not text[seg.end - 1].isspace()
        assert "“" not in text[seg.start : seg.start + 1]


def test_quotes_indefinite_speaker_is_no_actor(nlp):
    text = "The mayor began to speak. “Sit down!” someone in the crowd shouted."
    quotes, actors = run(nlp, text)
    assert [q.text for q in quotes] == ["Sit down!"]
    assert quotes[0].speaker is None
    start, end = quotes[0].speaker_span
    assert text[start:end] == "someone in the crowd"
    assert not any(a.name.lower().startswith("someone") for a in actors.values())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“I never lost,” said the 52-year-old.", "person"),
        ("Coach Ian Ross spoke after the game. The crowd began softly echoing “one more year.”", "person"),
        ("Ann Lowe stayed calm.\n\n“We won,” her team said.", "organization"),
        ("The council met.\n\nThe resolution it passed said the city “welcomes everyone.”", "other"),
    ],
    ids=["age", "crowd", "team", "resolution"],
)
def test_quotes_new_speaker_kind(nlp, text, kind):
    quotes, actors = run(nlp, text)
    assert [actors[q.speaker].type for q in quotes] == [kind]


def test_quotes_a_law_quoted_is_no_person(nlp):
    law = 'Republic Act No. 4410, also known as the "Open Skies Law", '
    text = law + 'states "no airline may fly without a permit."'
    quotes, actors = run(nlp, text)
    speakers = {actors[q.speaker].type for q in quotes if q.speaker}
    assert speakers and "person" not in speakers
