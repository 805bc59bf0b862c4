"""Actors and roles in older wire, newspaper and business copy: states of the last century, kin and titles
set off before the name. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from .conftest import actors_of, assert_actors, assert_roles

# (text, {id: (type, roles that must be there, aliases that must be there)}, ids that must NOT be there)
ARCHIVE = [
    (  # states that no longer exist are countries, their adjectives aliases
        "Troops of the Soviet Union left Czechoslovakia in 1991, and Yugoslavia broke apart. A former "
        "Soviet diplomat said East Germany had been the first to go.",
        {
            "soviet-union": ("country", [], ["Soviet"]),
            "czechoslovakia": ("country", [], []),
            "yugoslavia": ("country", [], []),
            "east-germany": ("country", [], []),
        },
        [],
    ),
    (  # a people "for" a cause, written as a name, is a campaign group, not the country
        "Members of Canadians for a Fair Vote rallied on Monday, and Canadians voted.",
        {"canadians-for-a-fair-vote": ("organization", [], []), "canada": ("country", [], ["Canadians"])},
        [],
    ),
    (  # a surname before "and" is no part of the body the model read with it
        "Senator Mark Hale met the family. The grandmothers wrote to Hale and Drug Enforcement "
        "Administration Administrator Mona Pratt asking for help.",
        {
            "drug-enforcement-administration": ("organization", [], []),
            "mona-pratt": ("person", ["Drug Enforcement Administration Administrator"], []),
        },
        ["hale-and-drug-enforcement-administration"],
    ),
    (  # the given names alone, after the full name, are the same person
        "The boy's father, Juan Pablo Ruiz, arrived on Monday. Friends said Juan Pablo had never flown.",
        {"juan-pablo-ruiz": ("person", ["boy's father"], ["Juan Pablo"])},
        ["juan-pablo"],
    ),
    (  # "Treasurer" is a title before the name
        "Treasurer Alan Pryce and Health Minister Rosa Kent voted for the bill.",
        {"alan-pryce": ("person", ["Treasurer"], [])},
        ["treasurer-alan-pryce"],
    ),
]

# (text, person id, roles that must be there, roles that must not)
ROLES = [
    (  # kin before the name: an age between them is no part of the role
        "The court heard from Anna Berg's 58-year-old brother, Oskar Berg, on Monday.",
        "oskar-berg",
        ["Anna Berg's brother"],
        [],
    ),
    ("Another cousin, Teresa Vidal, said the family was united.", "teresa-vidal", ["cousin"], []),
    ("Custody may pass to another great-uncle, Ramon Ortiz.", "ramon-ortiz", ["great-uncle"], []),
    (  # a place after the kin word stays in the role
        "A letter came from Tomas's mother in Lisbon, Ines Duarte, last week.",
        "ines-duarte",
        ["Tomas's mother in Lisbon"],
        [],
    ),
    (
        "The deal depends on whether his stepfather, Carl Brandt, signs the papers.",
        "carl-brandt",
        ["stepfather"],
        [],
    ),
    ("It was a plot by the hated general, Ivan Petrov, they said.", "ivan-petrov", ["hated general"], []),
    (  # an apposition after an inverted "said", up to "Ltd." before a sentence the model did not split
        '"Where is the money?" asked Paul Dubois-Martin, an analyst and broker with Montreal securities '
        "dealer Fraser Lyle Ltd. Mr. Dubois-Martin said he doubted it.",
        "paul-dubois-martin",
        ["analyst and broker with Montreal securities dealer Fraser Lyle Ltd."],
        [],
    ),
    (  # the article inside a body's name before the title
        "Canadians for a Fair Vote executive director Jane Roe said the count was wrong.",
        "jane-roe",
        ["Canadians for a Fair Vote executive director"],
        ["executive director"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ARCHIVE, ids=[c[0][:40] for c in ARCHIVE])
def test_actors_archive(nlp, text: str, expected: dict, absent: list) -> None:
    assert_actors(actors_of(nlp, text), expected, absent)


@pytest.mark.parametrize(("text", "aid", "roles", "not_roles"), ROLES, ids=[c[1] for c in ROLES])
def test_actors_archive_roles(nlp, text: str, aid: str, roles: list, not_roles: list) -> None:
    assert_roles(actors_of(nlp, text), aid, roles, not_roles)


def test_actors_apposition_before_a_paragraph_break(nlp) -> None:
    """ "…, a consultant at Pacific Research Partners Inc.\n\nNext paragraph": the break ends the role and is
    no part of the firm's name."""
    text = (
        '"If you want a bargain, look elsewhere," said Kenji Sato, a management-consultant at Osaka-based '
        "Pacific Research Partners Inc.\n\nFigures on mergers vary widely.\n"
    )
    found = actors_of(nlp, text)
    assert found["kenji-sato"].roles == [
        "management-consultant at Osaka-based Pacific Research Partners Inc."
    ]
    assert found["pacific-research-partners-inc"].name == "Pacific Research Partners Inc."


def test_actors_dateline_agency_glued_to_dashes(nlp) -> None:
    """ "(AP)--" read as one token: the agency is "AP", without the bracket and dashes."""
    found = actors_of(nlp, "SPRINGFIELD, Ill. (AP)--\n\nThe council met today in Springfield.")
    assert found["ap"].name == "AP" and found["ap"].type == "organization"
    assert found["springfield"].type == "place"
