"""Mentions of actors in a parsed article: spaCy's entities repaired, and what the model misses.

General rules for news: names of organisations ("... Committee", "Center for ..."), name particles
("al-", "de", "bin"), titles and countries glued onto names, anonymous sources ("a senior U.S. official"),
demonyms and capitals of countries. Mentions the model misses are found in ``mention_finders``, more rules
are in ``mention_rules`` and places of datelines and towns in ``mention_places``; other names of
one actor (acronyms defined in parentheses, "formerly known as") are linked in ``mention_aliases``; types
that context decides ("the island Crete", "news agency Fars") are set in ``mention_types``.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc

from . import companies
from . import lexicon as lx
from . import mention_aliases as ma
from . import mention_finders as mf
from . import mention_news as mn
from . import mention_parties as mpa
from . import mention_places as mp
from . import mention_rules as mr
from . import mention_transcript as mtr
from . import mention_types as mt
from .doccache import cap_flags, lowers, span_text, texts, tokens
from .doccache import ents as ents_of
from .mention_model import Mention
from .mention_splits import (
    country_mention,
    known_heads,
    place_ahead,
    split_and,
    split_comma,
    split_glued,
    split_possessive,
)
from .names import country_of, is_cap

_NER = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
}
_COMPASS = frozenset({"west", "east", "north", "south"})
_FACILITIES = frozenset({"airport", "station", "terminal"})
_GENERIC = frozenset(
    {"international", "national", "regional", "municipal", "central", "main", "county", "city"}
)
_PAIRED = re.compile(r"^((?:[A-Z]\.){2,})-([A-Z][a-z]+)$")
_STAKE = re.compile(r"^\d[\d.,]*%?-[a-z]+$")


_GLUED_WORD = re.compile(r"^([A-Z][a-z]{4,})[A-Z][a-z]{4,}$")  # a surname and the next line's first word
_ZONE_WORDS = frozenset("eastern central mountain pacific atlantic".split())  # time zones after a clock time
_CLOCK = re.compile(r"^(?:[ap]\.?m\.?|\d{1,2}(?::\d\d)?(?:[ap]m)?)$")


# ---------------------------------------------------------------- mentions from the NER, repaired


def _type_of(doc: Doc, s: int, e: int, label: str) -> str:
    """The type of the name ``s:e`` (``s < e``) the model labelled ``label``."""
    words = lowers(doc)[s:e]
    if country_of(span_text(doc, s, e)):
        return "country"
    if len(words) > 1 and words[-1] in lx.STREET_HEADS and label in ("ORG", "FAC", "LOC"):
        return "place"  # "Garvaghy Road", "Tahrir Square"
    if label in ("GPE", "LOC") and len(words) == 2 and words[0] in _COMPASS:
        return "place"  # "West Bank", "East Bank": a region, not a bank
    if words[0] in lx.ORG_STARTERS and len(words) > 1:
        return "organization"
    if len(words) > 1 and (any(w in lx.ORG_HEADS for w in words) or words[-1] == "international"):
        return "organization"  # "Amnesty International", "Transparency International"
    T = tokens(doc)
    in_place = e + 1 < len(doc) and texts(doc)[e] == "," and T[e + 1].ent_type_ == "GPE"  # "Rising Sun, Ind."
    if len(words) > 1 and words[-1] in lx.NEWSPAPER_HEADS and T[e - 1].is_title and not in_place:
        return "organization"  # "the Las Vegas Sun": a newspaper, not a place
    return _NER[label]


def _strip_edges(doc: Doc, s: int, e: int) -> tuple[int, int]:
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    while s < e and (
        (L[s] in lx.DETERMINERS and not mf.name_word(doc, s, e))
        or (L[s] in ("anti", "pro") and e - s == 3 and X[s + 1] == "-")  # "anti-Castro" alone
        or T[s].is_punct
        or L[s] in lx.HONORIFICS
        or (L[s] in lx.CLAUSE_OPENERS and T[s].is_title and s + 1 < e)
        or (_STAKE.match(X[s]) and s + 1 < e)  # "its 45%-owned Korl Ltd."
        or _faith_before_place(doc, s, e)
        or (L[s] in lx.US_STATE_DEMONYMS and T[s].ent_type_ in ("PERSON", "NORP") and e - s > 2)
    ):
        s += 1
    cut = next((i for i in range(s, e) if mr.web_token(X[i])), e)  # 0 <= s <= e <= len(doc)
    e = cut  # "Twitter @handle", "https://…"
    if s > 0 and X[s - 1] == "#" and not T[s - 1].whitespace_:
        return s, s  # "#RINO": a hashtag
    while e > s and (
        T[e - 1].is_punct
        or T[e - 1].is_space  # "Partners Inc.\n\n": the paragraph break the model took in
        or L[e - 1] in ("'s", "’s", "'", "’")
        or (T[e - 1].is_lower and L[e - 1].rstrip("-") not in lx.PARTICLES)
    ):
        if _hyphen_name_tail(doc, s, e):
            break
        e -= 1
    return s, e


def _faith_before_place(doc: Doc, s: int, e: int) -> bool:
    """ "the Jewish West Bank settlement", "the Catholic Garvaghy Road": a faith's adjective describing the
    place named after it, not part of its name (unlike "Catholic Church" or "Islamic State")."""
    T = tokens(doc)
    if T[s].lower_ not in lx.FAITH_ADJECTIVES or e - s < 3 or not T[s + 1].is_title:
        return False
    return lowers(doc)[e - 1] in lx.STREET_HEADS or T[s + 1].ent_type_ in ("GPE", "LOC", "FAC")


def _glued_parts(doc: Doc, e: int) -> int:
    """ "Chan" + "-o-cha": the model's person span cut inside a hyphenated name goes on to its end."""
    T = tokens(doc)
    k = e
    while (
        k + 1 < len(doc)
        and T[k].text == "-"
        and not T[k - 1].whitespace_
        and not T[k].whitespace_
        and T[k + 1].is_alpha
        and T[k + 1].ent_type_ in ("", "PERSON")
    ):
        k += 2
    return k if k >= e + 4 and T[e - 1].is_title else e  # two glued parts at least: not "Haddad-led"


def _hyphen_name_tail(doc: Doc, s: int, e: int) -> bool:
    """ "Chan-o-cha", "Al-e-Ahmad": lower-case parts glued by hyphens to a capitalised name part are the
    name's own."""
    T = tokens(doc)
    k = e - 1
    while k > s and (T[k].is_lower or T[k].text == "-") and not T[k - 1].whitespace_:
        k -= 1
    return k < e - 1 and T[k].is_title and T[e - 1].is_lower and sum(t.text == "-" for t in T[k:e]) >= 2


def _extend_left(doc: Doc, s: int, taken: Container[int]) -> int:
    T = tokens(doc)
    L = lowers(doc)
    while s > 0:
        t = T[s - 1]
        if (
            t.i in taken
            or t.tag_ != "NNP"
            or not is_cap(t)
            or t.lower_.rstrip(".") in lx.NAME_TITLES
            or mf.plural_title(t.lower_)  # "Representatives A, B and C": a title of a list, not a name
            or t.lower_ in lx.HONORIFICS
            or t.ent_type_ not in ("", T[s].ent_type_)
            or country_of(t.text)
            or lx.key(t.text) in lx.COUNTRY_BY_DEMONYM
            or t.lower_ in lx.US_STATE_DEMONYMS
            or t.lower_ in lx.TITLE_HEADS
            or t.lower_ in lx.CLAUSE_OPENERS
            or (t.lower_ in lx.FAITH_ADJECTIVES and place_ahead(doc, s))
            or (t.is_sent_start and _plural_noun(t))  # "Celebrities Ann Fox, Bo Li and …": a kind
            or (T[s].ent_type_ == "PERSON" and s >= 2 and L[s - 2] in ("of", "for"))  # "Hall of Famer X"
        ):
            break
        s -= 1
    return s


def _plural_noun(t) -> bool:
    """A capitalised common noun in the plural opening a sentence ("Celebrities", "Activists")."""
    return t.text.endswith(("ies", "ists", "ers", "ors", "ants", "ents")) and t.ent_type_ == ""


def _ner_mentions(doc: Doc, blocked: set[str]) -> list[Mention]:
    X = texts(doc)
    out: list[Mention] = []
    ents = ents_of(doc)
    ent_tokens = {i for ent in ents for i in range(ent.start, ent.end)}
    people = {
        lx.key(span_text(doc, ent.start, ent.end)) for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
    }
    orgs = {lx.key(span_text(doc, ent.start, ent.end)) for ent in ents if ent.label_ == "ORG"}
    for ent in mr.joined_people(doc, ents):
        if ent.label_ not in _NER:
            continue
        if ent.label_ == "LOC" and _region_adjective(doc, ent.start, ent.end):
            continue  # "Middle Eastern disputes": a region's adjective, as "West African leaders" is
        # "Free Trade Area (AfCFTA"
        end = next((i for i in range(ent.start, ent.end) if X[i] == "("), ent.end)
        if ent.label_ == "ORG" and end == ent.end:
            end = mn.org_tail(doc, ent.start, end)
        if ent.label_ == "PERSON" and end == ent.end:
            end = _glued_parts(doc, end)
            if end + 1 < len(doc) and X[end] == "," and lowers(doc)[end + 1].rstrip(".") in ("jr", "sr"):
                end += 2  # "Tom Reed, Jr.": the suffix after a comma is the name's
        s0, e0 = _strip_edges(doc, ent.start, end)
        for s1, e1, label in split_possessive(doc, s0, e0, ent.label_, people):
            parts = [c for j in mr.split_joined(doc, s1, e1) for c in split_comma(doc, *j, label)]
            taken = _OtherEntities(ent_tokens, ent.start, ent.end)
            for s, e in (p for c in parts for p in split_and(doc, *c, orgs, people)):
                out.extend(_repair(doc, label, s, e, taken, people, blocked, orgs))
    return out


class _OtherEntities:
    """The tokens of the entities other than one (``ent_tokens`` minus its range), without building the set
    for every entity."""

    __slots__ = ("ent_tokens", "lo", "hi")

    def __init__(self, ent_tokens: set[int], lo: int, hi: int) -> None:
        self.ent_tokens, self.lo, self.hi = ent_tokens, lo, hi

    def __contains__(self, i: object) -> bool:
        return i in self.ent_tokens and not (isinstance(i, int) and self.lo <= i < self.hi)


def _titled_list(doc: Doc, s: int) -> bool:
    """A plural title before a person's name ("Senators Ann Lee and …"): people named, no body."""
    T, L = tokens(doc), lowers(doc)
    capf = cap_flags(doc)
    if not mf.plural_title(L[s]) or s + 2 >= len(doc):
        return False
    name = all(capf[k] and T[k].tag_ == "NNP" and L[k] not in lx.CONNECT for k in (s + 1, s + 2))
    return T[s + 1].ent_type_ == "PERSON" or (
        name and L[s + 2] not in lx.ORG_HEADS
    )  # not "Reporters Without …"


def _region_adjective(doc: Doc, s: int, e: int) -> bool:
    """ "Middle Eastern": a region's adjective before a noun, no place named."""
    T = tokens(doc)
    last = T[e - 1].lower_
    return last.endswith("ern") and e < len(doc) and T[e].pos_ in ("NOUN", "ADJ")


def _beside_name(doc: Doc, s: int, e: int) -> bool:
    """A phrase set off by a comma next to a personal name: "the Mayor of X, Jan Kowalski," or "Jan Kowalski,
    the Mayor of X"."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    if s > 0 and L[s - 1] == "the":
        s -= 1
    after = e + 1 < len(doc) and X[e] == "," and _name_starts(doc, e + 1)
    before = s >= 2 and X[s - 1] == "," and T[s - 2].ent_type_ == "PERSON"
    return after or before


def _name_starts(doc: Doc, i: int) -> bool:
    T = tokens(doc)
    capf = cap_flags(doc)
    return T[i].ent_type_ == "PERSON" or (capf[i] and i + 1 < len(doc) and T[i + 1].ent_type_ == "PERSON")


def _repair(
    doc: Doc,
    label: str,
    s: int,
    e: int,
    taken: Container[int],
    people: set[str],
    blocked: set[str],
    orgs: frozenset[str] | set[str] = frozenset(),
) -> list[Mention]:
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    capf = cap_flags(doc)
    if e - s == 1 and (m := _PAIRED.match(X[s])) and country_of(m[2]):
        return []  # "the U.N.-Iraq accord": a pair of parties named in one word, neither a place of its own
    if e - s >= 3 and L[s] in lx.TITLE_HEADS and L[s + 1] == "of" and _beside_name(doc, s, e):
        k = s + 3 if L[s + 2] == "the" else s + 2  # "the Archbishop of Gdańsk, Sławoj Głódź": a role
        return [country_mention(doc, k, e) or Mention(k, e, "place", span_text(doc, k, e))] if k < e else []
    if label in ("ORG", "PERSON") and e - s >= 3 and capf[s] and mf.plural_title(L[s]) and capf[s + 1]:
        s, label = s + 1, "PERSON"  # "Representatives Ana Lutz" read as one body: the title of a list
    while e > s and e < len(doc) and L[e - 1] in lx.TITLE_MODIFIERS and mf.title_word(L[e]):
        e -= 1  # "Breitbart News Executive" of "… Executive Chairman X", "Defense" of "Defense Secretary X"
    while (
        s < e
        and (L[s].rstrip(".") in lx.NAME_TITLES or L[s] in lx.HONORIFICS)
        and capf[s]
        and label == "PERSON"
    ):
        s += 1
        if s < e and L[s] == "of":  # "Archbishop of Gdańsk": a title and its place
            s, label = s + 1, "GPE"
    if (
        s >= e
        or not any(c.isalpha() for c in span_text(doc, s, e))
        or span_text(doc, s, e).upper() in lx.TIME_ZONES
        or (e - s == 1 and L[s] in _ZONE_WORDS and s > 0 and _CLOCK.match(L[s - 1]))  # "9 a.m. Eastern"
    ):
        return []
    if label == "PERSON" and span_text(doc, s, e).islower():
        return []  # "la", "hay": a name is written with a capital
    if all(w in lx.ROLE_HEADS and w not in lx.ORG_HEADS for w in L[s:e]):
        return []  # "Qaboos became Sultan": a title alone names no one
    if label in ("NORP", "ORG", "PERSON") and mn.hyphenated_group(doc, s, e):
        return [Mention(s, e, "other", span_text(doc, s, e), strong=True)]
    if label == "PERSON" and (k := mn.government_of(doc, s, e)) > s:
        return [Mention(k, e, "organization", span_text(doc, k, e), strong=True)]
    if label == "NORP" or any(x in blocked for x in X[s:e]) or mr.named_thing(doc, label, s, e):
        return [m for t in T[s:e] if (m := country_mention(doc, t.i, t.i + 1))]
    if label in ("PERSON", "ORG", "FAC") and (split := split_glued(doc, s, e, people, orgs, label)):
        return split
    if label in ("GPE", "LOC", "FAC"):
        s = mp.extend_place(doc, s, taken)  # "Dar-es-Salaam", "Little Havana"
    if (m := country_mention(doc, s, e)) is not None:
        return [m]
    if label in ("PERSON", "FAC", "ORG"):
        s = _extend_left(doc, s, taken)
    stext = span_text(doc, s, e)
    of_the = L[s - 1] == "of" or (s >= 3 and L[s - 1] == "the" and L[s - 2] in ("of", "and"))
    owned = e < len(doc) and T[e].pos_ == "NOUN"  # "star of the TLC reality show": TLC's show
    if e - s == 1 and s >= 2 and of_the and label != "PERSON" and not owned:
        k = s - 2 if L[s - 1] == "of" else s - 3
        state = k >= 0 and L[k] in lx.ROLE_HEADS and L[s - 1] == "of" and lx.key(stext) in lx.US_STATES
        post_place = (  # "the mayor of Roanoke": but not "founder of Brothers to the Rescue"
            k >= 0
            and label in ("GPE", "LOC")
            and not capf[k]
            and L[k] in lx.ROLE_HEADS
            and L[e : e + 1] != ["to"]
        )
        if k >= 0 and (L[k] in ("of",) + tuple(lx.ROLE_HEADS) or capf[k]) and not state and not post_place:
            return []  # the tail of a longer name: "Secretary of State", "Law of the Sea"; not "Gov. of Ohio"
    if label == "LOC" and e - s == 1 and stext.lower() in _COMPASS and s > 0 and L[s - 1] == "the":
        return [Mention(s - 1, e, "other", span_text(doc, s - 1, e))]
    if label in ("ORG", "FAC", "LOC") and L[e - 1] in lx.NOT_ACTOR_HEADS:
        return []  # "Radio Control Law", "G7 Summit", "Sacred Defence Week": things, not actors
    if (
        label == "ORG"
        and "and" in L[s:e]
        and e < len(doc)
        and L[e] in lx.TITLE_HEADS
        and X[e].istitle()
        and L[e - 1] not in lx.ORG_HEADS
    ):
        return []  # "the Trade and Industry Secretary": the portfolio of a title, no body
    if label == "ORG" and e - s == 1 and e < len(doc) and (T[e].ent_type_ == "PRODUCT" or T[e].tag_ == "CD"):
        return []  # "a Boeing 747", "a Chevrolet Cavalier": the product, not the maker as an actor
    if L[e - 1] in _FACILITIES and all(w in _GENERIC for w in L[s : e - 1]):
        return []  # "Newark, N.J., International Airport": the kind of the place, not its name
    if lx.key(stext) in mr.RELIGIONS:
        return [Mention(s, e, "other", stext, strong=True)]
    typ = _type_of(doc, s, e, label)
    if typ == "person" and any(x in ("``", "''", "“", "”") for x in X[s:e]):
        stext = re.sub(r"\s*(''|”)", '"', re.sub(r"(``|“)\s*", '"', stext))  # Ernesto "Che" Guevara
    if label == "PERSON" and typ == "person" and e - s == 1 and lx.key(stext) in lx.COUNTRY_BY_DEMONYM:
        return []
    if typ == "person" and e - s >= 2 and (glued := _GLUED_WORD.match(X[e - 1])):
        stext = f"{span_text(doc, s, e - 1)} {glued[1]}"  # "Jon StraussCinematography by": a lost line break
    return [Mention(s, e, typ, stext, strong=typ != _NER[label])]


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first, without overlaps; an anonymous source may hold named ones ("a senior U.S. official")."""
    kept: list[Mention] = []
    for group in ([m for m in mentions if not m.anonymous], [m for m in mentions if m.anonymous]):
        used: set[int] = set()
        for m in sorted(group, key=lambda m: (-(m.end - m.start), not m.strong, m.start)):
            if not used.intersection(range(m.start, m.end)):
                kept.append(m)
                used.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: (m.start, m.anonymous))


def _more(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Outlets and platforms, countries and family names the model missed (see ``mention_rules``)."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out = [
        Mention(s, e, "organization", span_text(doc, s, e), strong=True)
        for s, e in mr.source_names(doc, taken)
    ]
    taken |= {k for m in out for k in range(m.start, m.end)}
    out += [
        Mention(s, e, "country", span_text(doc, s, e), country=name, strong=True)
        for s, e, name in mr.loose_countries(doc, taken)
    ]
    taken |= {k for m in out for k in range(m.start, m.end)}
    out += [
        Mention(s, e, "place", span_text(doc, s, e), strong=True) for s, e in mp.after_geo_nouns(doc, taken)
    ]
    taken |= {k for m in out for k in range(m.start, m.end)}
    out += [
        Mention(s, e, "place", span_text(doc, s, e)) for s, e in mp.coordinated_places(doc, mentions, taken)
    ]
    out += [Mention(s, e, "person", span_text(doc, s, e), strong=True) for s, e in mn.show_hosts(doc, taken)]
    taken |= {k for m in out for k in range(m.start, m.end)}
    people = [m.text for m in mentions if m.type == "person" and not m.anonymous]
    out += [Mention(s, e, "person", span_text(doc, s, e)) for s, e in mr.surname_echoes(doc, people, taken)]
    return out


def _only_quoted(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Weak one-word places named only inside quotations, as possessives ("one of Earth's greatest wonders"),
    are left out."""
    L = lowers(doc)
    quoted = mr.quoted_tokens(doc)
    for m in mentions:
        m.quoted = m.start in quoted
    outside = {lx.key(m.text) for m in mentions if not quoted.issuperset(range(m.start, m.end))}
    return [
        m
        for m in mentions
        if not (
            m.type == "place"
            and not m.strong
            and m.end - m.start == 1
            and m.start in quoted
            and m.end < len(doc)
            and L[m.end] in ("'s", "’s")
            and lx.key(m.text) not in outside
        )
    ]


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention of ``doc``, repaired, without overlaps, aliases linked."""
    X = texts(doc)
    L = lowers(doc)
    blocked = ma.lowercase_acronyms(doc) | mr.thing_acronyms(doc)
    ner = _ner_mentions(doc, blocked)
    taken = {k for m in ner for k in range(m.start, m.end)}
    rules = mf.org_runs(doc) + mf.norp_orgs(doc) + mf.anonymous_sources(doc) + mf.addressees(doc, taken)
    rules += mf.titled_people(doc, taken)
    rules = [
        m
        for m in rules
        if not any(w in blocked for w in X[m.start : m.end])
        and not (m.type == "organization" and _titled_list(doc, m.start))  # "Representatives Ann Lee, …"
        and (m.anonymous or L[m.end - 1] not in lx.NOT_ACTOR_HEADS or m.end - m.start < 2)
    ]  # "Christian Monitor Breakfast": an event named, not an organisation
    mentions = mr.drop_things(doc, mr.acronym_extents(doc, _resolve_overlaps(_not_things(doc, ner + rules))))
    mentions = _only_quoted(doc, _resolve_overlaps(mentions + _not_things(doc, _more(doc, mentions))))
    mentions = _resolve_overlaps(mentions + mn.listed_orgs(doc, mentions))
    mentions = known_heads(doc, mp.teams(doc, mp.towns_and_states(doc, mentions)))
    place, agency = mr.dateline(doc)
    mentions = _resolve_overlaps(mentions + ma.acronyms(doc, mentions, agency))
    ma.acronyms(doc, mentions, agency)
    ma.known_as(doc, mentions)
    ma.glosses(doc, mentions)
    mentions = mpa.party_mentions(doc, _resolve_overlaps(mentions + companies.short_forms(doc, mentions)))
    mentions = mtr.stage_directions(doc, mtr.speaker_labels(doc, mentions))
    mn.headline_cuts(doc, mentions)
    mt.retype(doc, mentions)
    mt.us_states(doc, mentions)
    for m in mentions:  # "King Hussein", "Prince Charles": not of a family "Hussein" or a man named Charles X
        m.royal = (
            m.end - m.start == 1 and m.start > 0 and X[m.start - 1].istitle() and L[m.start - 1] in lx.RULERS
        )
    return _dateline(doc, mentions, place, agency)


_COMMON_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NN", "VB", "VBG", "VBN", "IN"})


def _not_things(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Without named days, time zones, prizes and ideas ("Super Tuesday", "Oscar-winning", "Islamophobia");
    "CBS News on Super Tuesday" → "CBS News"."""
    T = tokens(doc)
    L = lowers(doc)
    inside = {lx.key(m.text) for m in mentions if m.start > 0 and not T[m.start].is_sent_start}
    lower: set[str] | None = None  # "Visas for …" opening a sentence, "visas" elsewhere (built when asked)
    out = []
    for m in mentions:
        if (
            m.end - m.start == 1
            and T[m.start].is_sent_start
            and (
                T[m.start].tag_ in _COMMON_TAGS
                or (T[m.start].tag_ == "NNS" and T[m.start].dep_ == "compound")  # "Media reports said"
                or mr.common_pair(doc, m.start, m.end)  # "Arson and bombings …"
                or L[m.start]
                in (lower if lower is not None else (lower := {t.text for t in T if t.is_lower}))
            )
            and not m.country
            and not m.anonymous
            and m.type in ("organization", "person", "place")
            and lx.key(m.text) not in lx.COUNTRY_BY_DEMONYM
            and lx.key(m.text) not in inside
        ):
            continue  # "Outright bans are rare": a common word written capitalised to open a sentence
        if mn.role_plural(doc, m) and lx.key(m.text) not in inside:
            continue  # "Aides said": people of a kind, no one named
        if (s := mr.case_cut(doc, m.start, m.end)) > m.start:  # "Roe vs. Wade Supreme Court"
            if s >= m.end:
                continue
            m.start, m.text = s, span_text(doc, s, m.end)
        e = mr.day_cut(doc, m.start, m.end)
        if e < m.end:
            if e <= m.start:
                continue
            m.end, m.text = e, span_text(doc, m.start, e)
        if m.anonymous or not mr.not_an_actor(doc, m.start, m.end):
            out.append(m)
    return out


def _dateline(doc: Doc, mentions: list[Mention], place: range | None, agency: range | None) -> list[Mention]:
    """ "WASHINGTON (AP) —": the city where the story was written is a place (not the country of its
    capital), the agency in parentheses an organisation of its own."""
    for span, typ in ((place, "place"), (agency, "organization")):
        if span is None:
            continue
        inside = [m for m in mentions if m.start in span or m.end - 1 in span]
        if len(inside) > 1 or (inside and (inside[0].start, inside[0].end) != (span.start, span.stop)):
            # "DAR ES SALAAM" read as "DAR" and "ES SALAAM", "PORT OF SPAIN" as "SPAIN": one place
            mentions = [m for m in mentions if m not in inside]
            inside = []
        for m in inside:
            m.type, m.country, m.strong, m.alias_of = typ, None, True, None
        if not inside:
            text = span_text(doc, span.start, span.stop)
            if typ == "organization":
                text = re.sub(r"[^\w.]+$", "", text)  # "(AP)--" read as one token "AP)--": the agency "AP"
            inside = [Mention(span.start, span.stop, typ, text, strong=True)]
            mentions.extend(inside)
        for m in inside if typ == "place" else ():
            m.text = mp.recased(doc, m.text)
    return sorted(mentions, key=lambda m: (m.start, m.anonymous))
