"""Places written the way news agencies write addresses (see ``mentions.py``): "Newark, N.J.", "St. Albans,
Vt." — the town is a place even when the model missed it, and the state's abbreviation names the state
("N.J." is New Jersey), not a place of its own called "N.J."."""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc

from . import lexicon as lx
from .doccache import lowers, span_text, texts, tokens, view
from .mention_model import Mention
from .names import is_cap

# The abbreviations of the states of the United States in news-agency style (AP), which follow a town.
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
    "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
_ABBREVIATION = re.compile(
    r"(?<=[A-Za-z.], )(" + "|".join(re.escape(a) for a in STATE_ABBREVIATIONS) + r")(?=[,;:)]|\s|$)"
)
_STOP = frozenset({"in", "at", "of", "from", "to", "near", "the", "a", "an", "and", "outside", "inside"})


def _town(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The capitalised words before the comma of "Buffalo, N.Y.": "St. Albans", "Oklahoma City"."""
    T = tokens(doc)
    e = s = comma
    while s > 0 and e - s < 4:
        t = T[s - 1]
        if not is_cap(t) or t.lower_ in _STOP or t.lower_ in lx.CLAUSE_OPENERS:
            break
        s -= 1
        if t.is_sent_start:
            break
    return (s, e) if s < e and is_cap(T[s]) else None


def towns_and_states(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Kopp, of St. Albans, Vt., left": the town is a place, "Vt." the state of Vermont (a place named in
    full), whatever the model made of either."""

    T = tokens(doc)
    X = texts(doc)
    out = list(mentions)
    for found in _ABBREVIATION.finditer(view(doc).text):  # doc.text, not rebuilt
        state = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        if state is None or state.start < 2 or X[state.start - 1] != ",":
            continue
        s, e = state.start, state.end
        if e < len(doc) and X[e] == "." and not T[e].whitespace_ and X[e - 1] + "." == found.group(1):
            e += 1  # "Vt" "." split by the tokenizer
        town = _town(doc, s - 1)
        if town is None:
            continue
        kept = [m for m in out if m.end <= town[0] or m.start >= e]
        inside = [m for m in out if m not in kept]
        if any(m.type in ("organization", "person") and m.strong and m.end <= s - 1 for m in inside):
            continue  # "the Daily Ledger, Ind.": named by a rule as something else
        ts, te = town
        body = _body_after(doc, e)
        if body > e:  # "the Amherst, N.Y., Police Department": the town's body, one organisation
            out = [m for m in kept if m.end <= ts or m.start >= body]
            out.append(Mention(ts, body, "organization", span_text(doc, ts, body), strong=True))
            continue
        kept.append(Mention(ts, te, "place", span_text(doc, ts, te), strong=True))
        kept.append(Mention(s, e, "place", STATE_ABBREVIATIONS[found.group(1)], strong=True))
        out = kept
    return sorted(out, key=lambda m: (m.start, m.anonymous))


def _body_after(doc: Doc, e: int) -> int:
    """The end of "Police Department" in "Amherst, N.Y., Police Department": capitalised words after the
    state's comma ending in a word of a body; ``e`` when there are none."""
    T = tokens(doc)
    if e >= len(doc) or T[e].text != ",":
        return e
    k = e + 1
    while k < len(doc) and k - e <= 4 and is_cap(T[k]) and T[k].lower_ not in _STOP:
        k += 1
    return k if k > e + 1 and T[k - 1].lower_ in lx.ORG_HEADS else e


_PLACE_ADJECTIVES = frozenset("little old new greater upper lower".split())


def extend_place(doc: Doc, s: int, taken: Container[int]) -> int:
    """The start of a place's name the model cut short: "Dar-es-" of "Dar-es-Salaam", "Little" of "Little
    Havana", "Old" of "Old Havana" (capitalised: "the old Havana" is the city)."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    k = s
    while k >= 2 and X[k - 1] in ("-", "‐") and not T[k - 1].whitespace_ and not T[k - 2].whitespace_:
        if not T[k - 2].is_alpha or len(X[k - 2]) < 2 or k - 2 in taken:  # not "R-Fla."
            break
        k -= 2
    if k < s and is_cap(T[k]):
        s = k
    if s > 0 and L[s - 1] in _PLACE_ADJECTIVES and T[s - 1].is_title and s - 1 not in taken:
        s -= 1
    return s


_GEO_HEADS = frozenset("capital city town village port".split())
_NAME_PARTICLES = lx.PARTICLES | {"es", "as", "os", "ul", "ur", "ad"}


def after_geo_nouns(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """ "the Tanzanian capital Dar es Salaam", "the port city Kismayo": the name after "capital", "city",
    "town" is a place, when the model missed it."""
    T = tokens(doc)
    out = []
    for t in (T[i] for i, w in enumerate(lowers(doc)) if w in _GEO_HEADS):
        if t.lower_ not in _GEO_HEADS or t.tag_ != "NN" or t.i + 1 >= len(doc):
            continue
        s = e = t.i + 1
        while e < len(doc) and e not in taken and T[e].ent_type_ not in ("DATE", "TIME"):
            w = T[e]
            if is_cap(w) and w.lower_ not in lx.ORG_HEADS and w.lower_ not in lx.NAME_TITLES:
                e += 1
            elif w.lower_ in _NAME_PARTICLES and e + 1 < len(doc) and is_cap(T[e + 1]) and e > s:
                e += 1
            else:
                break
        if e > s and is_cap(T[e - 1]) and (e - s > 1 or T[s].pos_ == "PROPN"):
            out.append((s, e))
    return out


# Parts of a city: "Havana's streets", "Moscow's Red Square", "Cairo's Tahrir Square" name the city, not
# the government of its country ("Moscow's position").
_CITY_PARTS = frozenset(
    """
street streets square squares plaza plazas avenue avenues boulevard suburb suburbs outskirts downtown centre
center neighborhood neighborhoods neighbourhood neighbourhoods district districts quarter airport airports
port harbor harbour river skyline residents mayor city town park parks hospitals hospital metro subway
traffic old
""".split()
)


def city_part(doc: Doc, e: int) -> bool:
    """ "Havana's streets", "Havana's Plaza of the Revolution": a capital in the possessive before a part of
    the city (maybe after adjectives) is the city."""
    T = tokens(doc)
    L = lowers(doc)
    if e + 1 >= len(doc) or L[e] not in ("'s", "’s"):
        return False
    for t in T[e + 1 : e + 5]:
        if t.lower_ in _CITY_PARTS:
            return True
        if t.pos_ not in ("ADJ", "PROPN") and not is_cap(t):
            return False
    return False


def recased(doc: Doc, text: str) -> str:
    """A place of a dateline in capitals ("NAIROBI", "ST. PAUL") as the story writes it elsewhere, or in
    title case: the actor's name is "Nairobi", not "NAIROBI"."""
    if not text.isupper() or len(text.replace(".", "")) <= 3:
        return text  # "DC", "L.A."
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in text.split()) + r"\b"
    for found in re.finditer(pattern, view(doc).text, re.IGNORECASE):
        if not found.group().isupper():
            return " ".join(found.group().split())
    return " ".join(w if re.fullmatch(r"(?:[A-Z]\.)+", w) else w.capitalize() for w in text.split())  # "D.C."


def country_after(doc: Doc, e: int) -> bool:
    """ "Nairobi, Kenya": a capital followed by ", <country>" is the city, not the government."""
    X = texts(doc)
    if e + 1 >= len(doc) or X[e] != ",":
        return False
    T = tokens(doc)
    for n in (3, 2, 1):
        if e + 1 + n > len(doc) or not all(t.is_alpha or t.text == "." for t in T[e + 1 : e + 1 + n]):
            continue
        if lx.key(span_text(doc, e + 1, e + 1 + n)) in lx.COUNTRY_BY_NAME:
            return True
    return False


_PLACE_PREPS = frozenset("in at from to near outside around across between".split())


def coordinated_places(doc: Doc, mentions: list[Mention], taken: set[int]) -> list[tuple[int, int]]:
    """ "in Hermosillo and Tolva": a proper noun the model left untagged, joined by "and" to a place it
    tagged, after a preposition of place, is a place too. Token spans."""
    T = tokens(doc)
    out = []
    for m in mentions:
        if m.type != "place":
            continue
        r = doc[m.start : m.end].root
        first = r if r.dep_ == "pobj" and r.head.lower_ in _PLACE_PREPS else None
        if r.dep_ == "conj" and r.head.dep_ == "pobj" and r.head.head.lower_ in _PLACE_PREPS:
            first = r.head  # "in Tolva and Hermosillo": the first one untagged
        if first is None:
            continue
        for t in (first, *(c for c in first.children if c.dep_ == "conj")):
            if t.i in taken or t.ent_type_ or t.pos_ != "PROPN" or not is_cap(t) or t.is_sent_start:
                continue
            s = t.i
            while s > 0 and s - 1 not in taken and T[s - 1].dep_ == "compound" and T[s - 1].pos_ == "PROPN":
                s -= 1  # "San Tolva"
            if all(is_cap(x) for x in T[s : t.i + 1]):
                out.append((s, t.i + 1))
    return out


# Plural last words of names of places, not of teams ("Palm Springs", "the Cayman Islands").
_GEO_PLURALS = frozenset(
    "islands isles keys heights hills falls springs mountains lakes plains rapids woods gardens flats sands "
    "banks shoals narrows straits glades states emirates territories provinces highlands lowlands".split()
)


_GROUPS = frozenset(
    "democrats dems republicans tories liberals conservatives socialists communists greens independents "
    "voters residents catholics christians muslims jews protestants evangelicals".split()
)


def teams(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the Denver Broncos", "Carolina Panthers": a place followed by a capitalised plural is a team, an
    organisation — whether the model named both words a place or only the first."""
    T, X = tokens(doc), texts(doc)
    out = []
    for m in mentions:
        e = m.end
        if m.type == "place" and e < len(doc) and T[e].ent_type_ not in ("GPE", "LOC", "PERSON"):
            e += _team_word(T[e], X[e])  # "Denver" tagged, "Broncos" not
        last = T[e - 1]
        team = (
            m.type == "place"
            and e - m.start >= 2
            and _team_word(last, X[e - 1])
            and (e > m.end or last.ent_type_ not in ("GPE", "LOC"))
        )
        out.append(
            Mention(m.start, e, "organization", span_text(doc, m.start, e), strong=True) if team else m
        )
    return out


def _team_word(t, text: str) -> bool:
    return (
        is_cap(t)
        and t.pos_ == "PROPN"
        and text.endswith("s")
        and not text.endswith(("ss", "is", "us"))
        and t.lower_ not in _GEO_PLURALS
        and t.lower_ not in _GROUPS  # "Ohio Republicans", "Texas Catholics": people of the place
        and lx.key(text) not in lx.COUNTRY_BY_DEMONYM
    )
