"""Political parties named by their members: "the Democrats", "Republicans", "the GOP", "the Tories".

The model labels "Democrats" and "Republicans" as a group of people (NORP), so the party, one of the main
actors of political news, was never listed. A capitalised plural of a party's members, standing alone, names
the party; every name of one party ("the Republican Party", "the GOP", "Republicans") gets one canonical name,
so that the party is one actor with one id in every briefing.

The table holds only party names that news writes as a plural of members or a nickname; a party named in
full ("the Liberal Democratic Party") needs no entry.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from .doccache import span_text, tokens
from .mention_model import Mention

# canonical name → keys (``lx.key``) of its other names
_PARTIES: dict[str, frozenset[str]] = {
    "Democratic Party": frozenset({"democrats", "dems", "democratic party", "democrat party", "democratic"}),
    "Republican Party": frozenset(
        {"republicans", "gop", "g.o.p.", "grand old party", "republican party", "republican"}
    ),
    "Conservative Party": frozenset({"tories", "conservative party"}),
    "Labour Party": frozenset({"labour", "labour party"}),
}
_BY_KEY = {k: name for name, keys in _PARTIES.items() for k in keys}
# Plurals of members written alone: new mentions where the model found none.
_MEMBERS = frozenset({"democrats", "dems", "republicans", "tories"})
# Capitalised words that may stand before the plural without making a longer name: "House Republicans",
# "Texas Democrats" are members of the party; "Young Republicans", "Social Democrats" are other bodies.
_CHAMBERS = frozenset("house senate congressional assembly state statehouse".split())


def party_of(text: str) -> str | None:
    """The canonical name of the party ``text`` names ("Senate Democrats": the Democrats there), or None."""
    k = lx.key(text)
    ws = k.split()
    if len(ws) >= 2 and ws[-1] in _MEMBERS and all(w in _CHAMBERS or w in lx.US_STATES for w in ws[:-1]):
        k = ws[-1]
    return _BY_KEY.get(k)


def _member_plural(doc: Doc, i: int) -> bool:
    T = tokens(doc)
    t = T[i]
    if t.lower_ not in _MEMBERS or not t.is_title:
        return False
    prev = T[i - 1] if i > 0 else None
    if prev is not None and prev.is_title and not prev.is_sent_start:
        words = prev.lower_
        if words not in _CHAMBERS and words not in lx.US_STATES and words not in lx.DETERMINERS:
            return False  # "Social Democrats", "Young Republicans": a name of its own
    nxt = T[i + 1] if i + 1 < len(doc) else None
    return not (nxt is not None and nxt.is_title and nxt.tag_ in ("NNP", "NNPS"))  # "Democrats Abroad"


def party_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with every mention naming a party given the party's canonical name, and the plurals of
    members the model left out added."""
    for m in mentions:
        if m.type in ("organization", "other") and not m.country and (name := party_of(m.text)):
            m.canonical, m.type, m.strong = name, "organization", True
    taken = {k for m in mentions for k in range(m.start, m.end)}
    added = [
        Mention(i, i + 1, "organization", span_text(doc, i, i + 1), strong=True, canonical=party_of(t.text))
        for i, t in enumerate(tokens(doc))
        if i not in taken and _member_plural(doc, i)
    ]
    return sorted(mentions + added, key=lambda m: (m.start, m.anonymous)) if added else mentions
