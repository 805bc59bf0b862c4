"""Actors in broadcast and press copy: transcripts with speakers' labels in capitals and bracketed stage
directions, staff named after their outlet's possessive, groups of Americans, "the X White House".
Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from .conftest import actors_of, assert_actors

# (text, {id: (type, roles that must be there, aliases that must be there)}, ids that must NOT be there)
MEDIA = [
    (  # a label of two words in capitals heads a paragraph: a person, whatever the model reads
        "The senator spoke to the host on Sunday.\n\nMARTHA QUILL: Where do you stand on the bill?\n\n"
        "QUILL: And the vote?\n\nPOSSIBLE DELAY: The vote may slip to May.",
        {"martha-quill": ("person", [], [])},
        ["possible-delay"],
    ),
    (  # one word: the family name of a person named, or a label of two paragraphs
        'Governor Ann Brekke spoke to the host on Sunday.\n\n"HOLLIS: Where do you stand?\n\n'
        'BREKKE: I support it.\n\n"HOLLIS: Why?\n\nBREKKE: Because it works.',
        {"ann-brekke": ("person", ["Governor"], []), "hollis": ("person", [], [])},
        ["brekke"],
    ),
    (  # a part of the text labelled, and a stage direction in brackets: no one
        "The host played a clip.\n\nVIDEO: We will win this state.\n\n(BEGIN VIDEO CLIP)\n\n"
        "Tom Rusk: Thank you all.\n\n(END VIDEO CLIP)",
        {"tom-rusk": ("person", [], [])},
        ["video", "video-clip", "end", "begin-video-clip"],
    ),
    (  # the outlet's reporter: the possessor is the outlet, the reporter a person even when he "reported"
        "As Salon’s Dana Whitfield reported on Monday, the council voted against the plan.",
        {"dana-whitfield": ("person", [], []), "salon": ("organization", [], [])},
        [],
    ),
    (  # a people hyphened to a plural demonym is a group, not the country; "the X White House" is the body
        "Polls show Korean-Americans and Arab-Americans split, and the Reagan White House had said so.",
        {"white-house": ("organization", [], []), "korean-americans": ("other", [], [])},
        ["united-states", "reagan-white-house", "south-korea", "north-korea"],
    ),
    (  # one word in brackets stays a name: the agency of a dateline
        "DENVER (AP) — The governor signed the bill on Monday.",
        {"ap": ("organization", [], [])},
        [],
    ),
    (  # a time zone after a clock time is no body; a court's judges named in the plural are not the court
        "The Morning Hour airs on Radio Nine weekdays from 6:00 a.m. to 9:00 a.m. Eastern.\n\n"
        "Presidents often pick Supreme Court Justices who turn out to be liberal.",
        {"supreme-court": ("organization", [], [])},
        ["eastern", "supreme-court-justices"],
    ),
    (  # a programme named alone elsewhere, glued to its network's camel-case name: two bodies; the host's
        # title runs over both
        "Jane Roe told Farm Radio News SiriusXM host Tom Hale that she would run.\n\n"
        "Farm Radio News airs on SiriusXM Patriot 125 weekdays.",
        {
            "farm-radio-news": ("organization", [], []),
            "siriusxm": ("organization", [], []),
            "tom-hale": ("person", ["Farm Radio News SiriusXM host"], []),
        },
        ["farm-radio-news-siriusxm"],
    ),
    (  # a platform named before "page" or "account" after "on its", "via his"
        "The mayor touted the endorsement on its Facebook page, and the singer shared it via her Instagram "
        "account.",
        {"facebook": ("organization", [], []), "instagram": ("organization", [], [])},
        [],
    ),
    (  # a party's adjective before "White House" names no body of its own
        "Analysts expect a Republican White House to cut taxes.",
        {"white-house": ("organization", [], [])},
        ["republican-white-house"],
    ),
    (  # credits whose line breaks were lost glue the next line's first word onto a surname
        "Photos by Lena MarkowitzEditing by Tom Baird.",
        {"lena-markowitz": ("person", [], []), "tom-baird": ("person", [], [])},
        ["lena-markowitzediting"],
    ),
    (  # a hat tip credits an outlet, whatever place the model takes its name for
        "The mayor repeated the claim on Friday.\n\n(h/t Townhall.)",
        {"townhall": ("organization", [], [])},
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), MEDIA, ids=[c[0][:40] for c in MEDIA])
def test_actors_media(nlp, text: str, expected: dict, absent: list) -> None:
    assert_actors(actors_of(nlp, text), expected, absent)


@pytest.mark.parametrize(
    ("words", "label", "host"),
    [
        (["on", "the", "Late", "Hour", "with", "Dana", "Whitcombe", "."], "WORK_OF_ART", (5, 7)),
        (["on", "the", "Late", "Hour", "with", "Dana", "Whitcombe", "."], "EVENT", (5, 7)),
        (["read", "the", "Talks", "with", "my", "Father", "."], "WORK_OF_ART", None),  # no name after "with"
    ],
)
def test_show_title_ends_with_its_host(nlp, words, label, host) -> None:
    """A show's title the model reads as one work ("the Daily Show with X") ends with its host's name."""
    from briefwright.mention_news import show_hosts
    from spacy.tokens import Doc, Span

    pos = ["ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"][: len(words)]
    if host is None:
        pos = ["VERB", "DET", "PROPN", "ADP", "PRON", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 1, len(words) - 1, label=label)]
    assert show_hosts(doc, set()) == ([host] if host else [])
