"""Actors in political news: parties named by their members, names of prizes, headline lists, surnames
with an elided prefix, states named after a title. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from .conftest import actors_of, assert_actors

# (text, {id: (type, roles that must be there, aliases that must be there)}, ids that must NOT be there)
POLITICS = [
    (  # the plural of a party's members names the party; every name of one party is one actor
        "Democrats gathered in Denton for their convention. The Republicans said the Democrats had failed.",
        {
            "democratic-party": ("organization", [], ["Democrats"]),
            "republican-party": ("organization", [], []),
        },
        ["democrats", "republicans"],
    ),
    (
        "Ann Lee told the GOP on Monday that the Democratic Party had lost its way. Republicans disagreed.",
        {
            "republican-party": ("organization", [], ["GOP", "Republicans"]),
            "democratic-party": ("organization", [], []),
        },
        ["gop"],
    ),
    (  # members of a chamber or a state are the party's; "Young …" is a body of its own
        "Senate Democrats blocked the bill, and Ohio Republicans cheered the Tories abroad.",
        {
            "democratic-party": ("organization", [], ["Senate Democrats"]),
            "republican-party": ("organization", [], ["Republicans"]),
            "conservative-party": ("organization", [], ["Tories"]),
        },
        ["senate-democrats"],
    ),
    (  # a name between "the" and "award" names a prize, not a person nor a place
        "This year’s winners are:\n\n— Carla Minton of the Daily Ledger, winner of the Harold Finch award "
        "for local reporting.\n\n— Paul Ortega of the Evening Post, winner of the Lorna Vance award for "
        "broadcast journalism.",
        {"carla-minton": ("person", [], []), "evening-post": ("organization", [], [])},
        ["harold-finch", "lorna-vance"],
    ),
    (  # "O’" opens a family name the model left out of the name; the body after "of" is the newspaper
        "The winners are:\n\n— Mona O’Keefe of NBC News, winner of the Harold Finch award for broadcast "
        "journalism.",
        {"mona-okeefe": ("person", [], []), "nbc-news": ("organization", [], [])},
        ["mona", "okeefe-of-nbc-news"],
    ),
    (  # a state's demonym before a name says where the person is from: it is no part of the name
        "Fellow Ohioan Dana Whitcomb spoke after Texan Lyle Brandt had left the stage.",
        {"dana-whitcomb": ("person", [], []), "lyle-brandt": ("person", [], [])},
        ["fellow-ohioan-dana-whitcomb", "ohioan-dana-whitcomb", "texan-lyle-brandt"],
    ),
    (  # "Fellow Texan" alone names no one
        "Fellow Texan and party rival Sen. Ed Marsh attacked him. The Texan said he would run.",
        {"ed-marsh": ("person", [], [])},
        ["fellow-texan", "texan"],
    ),
    (  # a given name and a surname name a person, whatever the model's label
        "The administration began by returning the bust of Winston Hargreave from the Oval Office.",
        {"winston-hargreave": ("person", [], [])},
        [],
    ),
    (  # a demonym spoken is a language
        "The senator said he had changed his mind when speaking Spanish on local radio.",
        {},
        ["spain"],
    ),
    (  # a state after a title and "of" is a place the person held office in
        "As Governor of Nebraska in 1990, Tom Brill signed the bill.",
        {"nebraska": ("place", [], []), "tom-brill": ("person", ["Governor of Nebraska"], [])},
        [],
    ),
    (  # "a Brit": a demonym of the United Kingdom; "the Great Recession": an event
        "Despite sounding like a Brit in the clip, he is American. He spoke of the recovery from the Great "
        "Recession.",
        {"united-kingdom": ("country", [], ["Brit"])},
        ["brit", "great-recession"],
    ),
    (  # a plural of a role opening a sentence names no one
        "Tom Hale and Ann Kerr spoke.\n\nAides said the talks went well.",
        {"tom-hale": ("person", [], [])},
        ["aides"],
    ),
    (  # in a list of headlines, a name runs into the headline's verb: cut back to the name given before
        "Jane Fox spoke on Monday.\n\nRelated:\n\nJane Fox Slams The Budget Deal Again\nSee photos below.",
        {"jane-fox": ("person", [], [])},
        ["jane-fox-slams-the-budget"],
    ),
    (  # a headline in title case with its short words in lower case
        "Jane Fox spoke on Monday.\n\nRelated:\n\nJane Fox Refuses to Back the Budget Deal\n"
        "See photos below.",
        {"jane-fox": ("person", [], [])},
        ["jane-fox-refuses"],
    ),
    (  # names listed with organisations are organisations
        "The letter was signed by the Sierra Club, Amnesty International, Open Doors Now, Raise the Wage and "
        "We Count Radio.",
        {
            "open-doors-now": ("organization", [], []),
            "raise-the-wage": ("organization", [], []),
            "we-count-radio": ("organization", [], []),
        },
        [],
    ),
    (  # not a word alone, nor names listed with places
        "The chairmen of the committees on Foreign Affairs, Intelligence, and Oversight and Reform met. She "
        "toured Ohio, Maine, Acme Corp. and Globex Inc. on Monday.",
        {"ohio": ("place", [], []), "maine": ("place", [], [])},
        ["oversight", "reform"],
    ),
]


POLITICS += [
    (
        "Acme Motors to Open Plant.\n\nAcme Motors said on Monday it would hire.",
        {},
        ["acme-motors-to-open-plant"],
    ),
    (  # a body named after a person is not the person
        "Ruth Kamara died on Friday. Mourners gathered outside the Ruth Kamara Center, a museum in her town.",
        {"ruth-kamara": ("person", [], []), "ruth-kamara-center": ("organization", [], [])},
        [],
    ),
    (  # a suffix after a comma is the name's; the name without it is the same person
        "Carl Wendt, Jr. wrote the book. His son, Carl Wendt III, spoke. Later Carl Wendt, Jr. was ill.",
        {"carl-wendt-jr": ("person", [], []), "carl-wendt-iii": ("person", [], [])},
        ["jr", "carl-wendt"],
    ),
    (
        "Ross Hale, Jr. founded the paper in 1950. Ross Hale ran it until his death.",
        {"ross-hale-jr": ("person", [], ["Ross Hale"])},
        ["jr", "ross-hale"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), POLITICS, ids=[c[0][:40] for c in POLITICS])
def test_actors_politics(nlp, text: str, expected: dict, absent: list) -> None:
    assert_actors(actors_of(nlp, text), expected, absent)


def test_actors_aged_speaker_is_the_person_named_last(nlp) -> None:
    """“…,” the 61-year-old asked: the person named last outside the quotation, not a new actor."""
    from briefwright.actors import extract_actors
    from briefwright.quotes import extract_quotes

    doc = nlp(
        "Lila Marsh, a painter, posted the video on Friday. “Why would anyone stop?” the 61-year-old "
        "asked in the caption."
    )
    actors = extract_actors(doc)
    quotes = extract_quotes(doc, actors)
    assert [q.speaker for q in quotes] == ["lila-marsh"]
    assert all("year-old" not in a.id for a in actors), [a.id for a in actors]


DESCRIBED_FIRST = [  # (text, speaker ids of the quotes in order, anonymous ids that must not be actors)
    (
        "Ann Lee’s campaign chief warned donors on Friday: “The race is tight.”\n\n"
        "Rita Moss, deputy campaign chief for Lee, later wrote to donors: “Give now.”",
        ["rita-moss", "rita-moss"],
        ["ann-lees-campaign-chief"],
    ),
    (
        "A retired general said on Sunday that “the war is lost.”\n\nJohn Hale, a retired Army general, "
        "spoke at a forum.",
        ["john-hale"],
        ["retired-general"],
    ),
    (  # the next person named holds another post: someone else
        "A police officer said “the man fled on foot.”\n\nTom Reed, a witness, said he saw nothing.",
        ["police-officer"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "speakers", "absent"), DESCRIBED_FIRST, ids=[c[0][:30] for c in DESCRIBED_FIRST]
)
def test_actors_description_before_the_name(nlp, text: str, speakers: list, absent: list) -> None:
    """A description that speaks before the person is named, then the name with a title ending in the same
    noun: one person, not an anonymous actor beside the named one."""
    from briefwright.actors import extract_actors
    from briefwright.quotes import extract_quotes

    doc = nlp(text)
    actors = extract_actors(doc)
    quotes = extract_quotes(doc, actors)
    assert [q.speaker for q in quotes] == speakers
    assert not {a.id for a in actors} & set(absent)


def test_actors_surname_read_as_a_firm_stays_a_person() -> None:
    """The model reads "Ann Reed" as a person once and "Reed" alone as a firm or a place several times: a
    surname alone tells no type, the full name does."""
    from briefwright.actors import _Cluster, _cluster_type
    from briefwright.mention_model import Mention

    c = _Cluster(type="person")
    c.mentions = [Mention(3, 5, "person", "Ann Reed")]
    c.mentions += [Mention(k, k + 1, "organization", "Reed") for k in (9, 20, 31)] + [
        Mention(40, 41, "place", "Reed")
    ]
    assert _cluster_type(c) == "person"
    c.mentions.append(Mention(50, 52, "organization", "Reed Group", strong=True))
    c.mentions.append(Mention(60, 62, "organization", "Reed Group", strong=True))
    assert _cluster_type(c) == "organization"  # a name a rule types says more


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        (
            "Omar Reyes, who leads Neighborly Steps to Peace, spoke on Monday.",
            "Neighborly Steps",
            "Neighborly Steps to Peace",
        ),
        ("Acme Motors to Open Plant.\n\nIt will hire.", "Acme Motors", "Acme Motors"),  # a headline
        ("Nia Bello thanked Interfaith Roads to Peace and hope.", "Interfaith Roads", "Interfaith Roads"),
    ],
)
def test_actors_org_name_cut_before_to(nlp, text: str, name: str, whole: str) -> None:
    """The model's organisation cut before "to"/"for" and one or two capitalised words closing the phrase
    goes on to them; not in a headline, not when the phrase goes on."""
    from briefwright.mention_news import org_tail

    doc = nlp(text)
    s = next(t.i for t in doc if t.text == name.split()[0])
    e = org_tail(doc, s, s + len(name.split()))
    assert doc[s:e].text == whole
