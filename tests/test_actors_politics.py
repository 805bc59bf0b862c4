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
]


@pytest.mark.parametrize(("text", "expected", "absent"), POLITICS, ids=[c[0][:40] for c in POLITICS])
def test_actors_politics(nlp, text: str, expected: dict, absent: list) -> None:
    assert_actors(actors_of(nlp, text), expected, absent)
