"""Actors in business news: companies with their legal forms ("Inc.", "Corp.", "PLC", "Oy") named later
without them, stock exchanges, families of investors, executives' compound titles. Every sentence here is
made up for the test."""

from __future__ import annotations

import pytest

from .conftest import actors_of, assert_actors

# (text, {id: (type, aliases that must be there)}, ids that must NOT be there)
COMPANIES = [
    (  # the company's first word alone, after its full name with "Corp."
        "Tarvel Robotics Corp. said its net income rose 40% in the quarter. Tarvel shares fell $2 on the "
        "news, and Tarvel said sales in Asia grew.",
        {"tarvel-robotics-corp": ("organization", ["Tarvel"])},
        ["tarvel"],
    ),
    (  # the name without its legal form and without a kind word ("International")
        "Brennick International Inc.'s chief financial officer, Tom Haldane, resigned, the company said. "
        "Brennick said he would pursue other interests.",
        {"brennick-international-inc": ("organization", ["Brennick"]), "tom-haldane": ("person", [])},
        ["brennick"],
    ),
    (  # two words of a longer name, after a Nordic legal form
        "Creditors of Ostrand Marine Industries Oy met on Monday. Ostrand Marine's two yards stayed shut.",
        {"ostrand-marine-industries-oy": ("organization", ["Ostrand Marine"])},
        ["ostrand-marine"],
    ),
    (  # "Co." after an ampersand
        "Halvey Jones & Co. extended its offer for Norbeck Inc. Halvey Jones said the price was fair, and "
        "Norbeck's directors rejected it.",
        {"halvey-jones-co": ("organization", ["Halvey Jones"]), "norbeck-inc": ("organization", ["Norbeck"])},
        ["halvey-jones", "norbeck"],
    ),
    (  # a company named after a place: its name alone stays the company only when it is no known place
        "Dallas Semiconductor Corp. opened a plant in Ohio. Dallas Semiconductor said the plant would hire "
        "300 people.",
        {"dallas-semiconductor-corp": ("organization", ["Dallas Semiconductor"])},
        ["dallas-semiconductor"],
    ),
    (  # a stock exchange is an organisation, not a place
        "Orlen shares closed at $20 in New York Stock Exchange composite trading on Friday.",
        {"new-york-stock-exchange": ("organization", [])},
        [],
    ),
    (  # a possessive inside a company's name before its legal form
        "Fast-food chains such as Harrigan's Corp. use the trays, and Harrigan's said so.",
        {"harrigan-s-corp": ("organization", [])},
        ["harrigan"],
    ),
    (  # "and" between two companies the model told apart
        "Pellam Inc. builds trays. A venture of Pellam and Ostrova Corp. opened a plant in Ohio.",
        {"pellam-inc": ("organization", ["Pellam"]), "ostrova-corp": ("organization", [])},
        ["pellam-and-ostrova-corp"],
    ),
    (  # ... but not inside "of …" ("High Court of England and Wales")
        "Lawyers for Pellam Inc. said the High Court of England and Wales would hear the appeal in May.",
        {"high-court-of-england-and-wales": ("organization", [])},
        ["high-court-of-england"],
    ),
    (  # a stake written before the name is no part of it
        "It wants control of its 45%-owned Korl Ltd., a Toronto packaging concern.",
        {"korl-ltd": ("organization", [])},
        ["45-owned-korl-ltd"],
    ),
    (  # a family of investors is no person
        "A group including members of the Lindqvist family of Oslo urged the company to act, and the "
        "Berend family sold its stake.",
        {"lindqvist-family": ("other", []), "berend-family": ("other", [])},
        ["lindqvist", "berend"],
    ),
    (  # ... and the family named in the plural is the same family
        "The Harlan family owns 10% of the mill, and the Boston Harlans said they would not sell.",
        {"harlan-family": ("other", [])},
        ["harlan", "boston-harlans"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "absent"), COMPANIES, ids=[c[0][:40] for c in COMPANIES])
def test_actors_business(nlp, text: str, expected: dict, absent: list) -> None:
    assert_actors(actors_of(nlp, text), expected, absent)


# (text, person id, roles that must be there)
ROLES = [
    ("Ostrom Chairman and Chief Executive Sir Paul Vane will remain in both posts.", "paul-vane",
     ["Ostrom Chairman and Chief Executive"]),
    ("Carl Dunst, Ostrom's president and chief executive officer, said the bid was welcome.", "carl-dunst",
     ["Ostrom's president and chief executive officer"]),
    ("The task fell to Ida Berne, FBI agent and terrorism specialist.", "ida-berne",
     ["FBI agent", "terrorism specialist"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "aid", "roles"), ROLES, ids=[c[1] for c in ROLES])
def test_actors_business_roles(nlp, text: str, aid: str, roles: list) -> None:
    found = actors_of(nlp, text)
    assert aid in found, f"{aid} not in {sorted(found)}"
    for role in roles:
        assert role in found[aid].roles, f"{aid}: roles {found[aid].roles}"
