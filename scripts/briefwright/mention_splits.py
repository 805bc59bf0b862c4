"""Where the model's entities are cut or joined wrongly: countries and cities inside longer names, two names
glued into one entity, lists joined by "and" or commas, possessives (see ``mentions``)."""

from __future__ import annotations

from spacy.tokens import Doc

from . import companies
from . import lexicon as lx
from . import mention_news as mn
from . import mention_places as mp
from . import mention_rules as mr
from . import mention_types as mt
from .doccache import cap_flags, lowers, span_text, texts, tokens
from .mention_model import Mention
from .names import country_of, is_acronym, surnames

_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "to", "into", "toward", "towards"}
)
_REGION_WORDS = frozenset(
    {"latin", "north", "south", "central", "east", "west", "native", "african", "arab", "pan"}
)
_GOT_FROM = frozenset(
    "get obtain receive secure win extract demand request seek expect hear need want accept wring pressure "
    "support response reaction signal message assurance guarantee concession promise help aid word".split()
)


def place_ahead(doc: Doc, s: int) -> bool:
    """The name the model found from ``s`` is a place's: a town, or one ending in "Road", "Square"."""
    T = tokens(doc)
    k = s
    while k + 1 < len(doc) and T[k + 1].ent_iob_ == "I":
        k += 1
    return T[s].ent_type_ in ("GPE", "LOC", "FAC") or lowers(doc)[k] in lx.STREET_HEADS


def city_named(doc: Doc, p: int, e: int) -> bool:
    """A capital one comes from ("call in from Paris", but not "a promise secured from Moscow") or one
    followed by ", D.C." or a state ("Washington, D.C.") is the city, not its country's government."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    if p >= 0 and L[p] == "from" and T[p].head.lemma_.lower() not in _GOT_FROM:
        return True
    return (
        e + 1 < len(doc) and X[e] == "," and (X[e + 1] in ("D.C.", "DC") or lx.key(X[e + 1]) in lx.US_STATES)
    )


# Seats of government that are no city: "Kremlin spokesman X" speaks for the country's government.
_SEATS = frozenset({"kremlin", "downing street", "whitehall"})


def country_mention(doc: Doc, s: int, e: int) -> Mention | None:
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    text = span_text(doc, s, e)
    k = lx.key(text)
    country = lx.COUNTRY_BY_NAME.get(k)
    if (
        country is None
        and k in lx.COUNTRY_BY_DEMONYM
        and not (s > 0 and L[s - 1] in _REGION_WORDS)
        and not (e - s == 1 and mn.language_named(doc, s))  # "when speaking Spanish": a language
    ):
        country = lx.COUNTRY_BY_DEMONYM[k]  # "Latin American", "South African" name no country here
    if country is None and k in lx.COUNTRY_BY_CAPITAL:
        p = s - 1
        while p >= 0 and L[p] == "the":
            p -= 1
        prev = L[p] if p >= 0 else ""
        if e + 1 < len(doc) and X[e] == "," and X[e + 1] in ("D.C.", "DC"):
            return Mention(s, e + 2, "place", span_text(doc, s, e + 2))  # "Washington, D.C." is one place
        if (
            prev in _LOCATIVE
            or prev in ("of", "capital", "city")
            or (T[e - 1].dep_ == "compound" and k not in _SEATS)  # "Moscow officials", not "Kremlin aides"
            or city_named(doc, p, e)
            or mp.city_part(doc, e)
            or mp.country_after(doc, e)
        ):
            return Mention(s, e, "place", text)
        country = lx.COUNTRY_BY_CAPITAL[k]
    if country is None:
        return None
    return Mention(s, e, "country", text, country=country.name)


def name_like(doc: Doc, s: int, e: int) -> bool:
    """The tokens ``s:e`` (``s >= 1``) are written like a personal name."""
    L, X = lowers(doc), texts(doc)
    capf = cap_flags(doc)
    words = L[s:e]
    return (
        e - s >= 2
        and not any(w in lx.ORG_HEADS for w in words)
        and words[0] not in lx.ORG_STARTERS
        and words[0] not in lx.NAME_TITLES
        and all(
            capf[i] or L[i].rstrip("-") in lx.PARTICLES or X[i] in ("-", "‐") or X[i - 1] == "-"
            for i in range(s, e)
        )
        and capf[s]
        and words[-1] not in mr.BUILDINGS  # "Sultan Qaboos Grand Mosque": a building, not a sultan
        and words[-1] not in lx.NOT_ACTOR_HEADS
    )


def split_glued(
    doc: Doc,
    s: int,
    e: int,
    people: set[str],
    orgs: frozenset[str] | set[str] = frozenset(),
    label: str = "ORG",
) -> list[Mention] | None:
    """A name glued onto what precedes it: "Syria Staffan de Mistura", "NPR Hamza bin Laden",
    "Amnesty International Man-kei Tam" → the country or organisation, and the person. Not a name
    cut short before its organisation word ("Thai Raksa Chart" of "Thai Raksa Chart Party")."""
    T = tokens(doc)
    L = lowers(doc)
    whole = lx.key(span_text(doc, s, e))
    thing = L[e - 1] in lx.STRUCTURE_HEADS  # "the King James Bible": no King James Bible
    if (e < len(doc) and L[e] in lx.ORG_HEADS | mt.ORG_NOUNS) or any(o.startswith(whole + " ") for o in orgs):
        return None
    for cut in range(s + 1, e - 1):
        last = T[cut - 1]
        htext, ttext = span_text(doc, s, cut), span_text(doc, cut, e)
        is_country = bool(country_of(htext) or lx.key(htext) in lx.COUNTRY_BY_DEMONYM)
        glue = (
            is_country
            or is_acronym(last.text)
            or last.lower_ in lx.ORG_HEADS
            or last.lower_ == "international"
            or (lx.key(ttext) in people and not (label == "PERSON" and cut - s == 1))  # a first name
        )
        if last.lower_ in lx.ROLE_HEADS and not is_country and name_like(doc, cut, e) and not thing:
            return [Mention(cut, e, "person", ttext, strong=True)]  # "Presidential Spokesperson Harry Roque"
        if not glue or not name_like(doc, cut, e):
            continue
        first = country_mention(doc, s, cut) if is_country else Mention(s, cut, "organization", htext)
        return [m for m in (first, Mention(cut, e, "person", ttext, strong=True)) if m]
    return None


def split_and(
    doc: Doc,
    s: int,
    e: int,
    orgs: set[str] | frozenset[str] = frozenset(),
    people: set[str] | frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """ "Crete and Cyprus" tagged as one entity → its parts, when one part is a country; "the Associated Press
    and Television Networks" → its parts, when the first is named alone elsewhere; "Hale and Drug Enforcement
    Administration" → the body alone, when the word before "and" is the surname of a person named."""
    T = tokens(doc)
    L = lowers(doc)
    if not any(w == "and" for w in L[s:e]):
        return [(s, e)]
    k = next(t.i for t in T[s:e] if t.lower_ == "and")
    if k - s >= 2 and e - (k + 1) >= 2 and lx.key(span_text(doc, s, k)) in orgs:
        return [(s, k), (k + 1, e)]
    if k - s == 1 and e - (k + 1) >= 2 and any(p.rsplit(" ", 1)[-1] == L[s] for p in people):
        return [(k + 1, e)]
    if any(w in lx.ORG_HEADS for w in L[s:e]):
        return [(s, e)]
    parts, start = [], s
    for t in T[s:e]:
        if t.lower_ == "and" and t.i > start:
            parts.append((start, t.i))
            start = t.i + 1
    parts.append((start, e))
    if not any(country_mention(doc, a, b) for a, b in parts if b > a):
        return [(s, e)]
    return [p for p in parts if p[1] > p[0]]


def split_comma(doc: Doc, s: int, e: int, label: str) -> list[tuple[int, int]]:
    """Two organisations of a list tagged as one ("Bright Path Fund, Open Door USA") → each, when both
    have two words or more and neither is a place ("Springfield, Illinois")."""
    X = texts(doc)
    k = next((i for i in range(s + 2, e - 2) if X[i] == ","), None)
    if label != "ORG" or k is None or any(w == "," for w in X[k + 1 : e]):
        return [(s, e)]
    if any(
        country_of(span_text(doc, a, b)) or lx.key(span_text(doc, a, b)) in lx.US_STATES
        for a, b in ((s, k), (k + 1, e))
    ):
        return [(s, e)]
    return [(s, k), (k + 1, e)]


def split_possessive(doc: Doc, s: int, e: int, label: str, people: set[str]) -> list[tuple[int, int, str]]:
    """ "Lasry's Avenue Capital Group", "Patricof's Hamptons" taken for one name: the possessor (a person
    when it is the family name of one named in full), and what is his when that is a name of two words or
    more (one word alone, "Hamptons", "AZ", is too often a place or an adjective)."""
    T = tokens(doc)
    L = lowers(doc)
    k = next((i for i in range(s + 1, e - 1) if L[i] in ("'s", "’s")), None)  # unused when s >= e
    if s >= e or k is None or all(lx.key(t.text) in companies.LEGAL_FORMS for t in T[k + 1 : e]):
        return [(s, e, label)] if s < e else []  # "Harrigan's Corp.": the possessive is in the name
    known = {n for p in people for n in surnames(p)}
    own = "PERSON" if lx.key(span_text(doc, s, k)) in known | people else label
    if own == "PERSON" and label == "PERSON" and e - k >= 3:
        own = "ORG"  # "Breitbart's Joel Pollak": one not named as a person owns a person - his outlet
    out = [(s, k, own)]
    after = k + 1
    while after < e and T[after].is_punct:
        after += 1  # "Trump's “Make …"
    if e - after >= 2:
        out.append((after, e, label))
    return out


def known_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Morning Ledger Daily SiriusXM host": a body named alone elsewhere in the article, glued to one more
    capitalised name by the model → the body and that name, two organisations."""
    T = tokens(doc)
    L = lowers(doc)
    alone = {lx.key(m.text) for m in mentions if m.type == "organization"}
    out = []
    for m in mentions:
        s, e = m.start, m.end
        tail = T[e - 1]
        if (
            m.type == "organization"
            and e - s >= 3
            and lx.key(span_text(doc, s, e - 1)) in alone
            and tail.text[:1].isupper()
            and tail.is_alpha
            and L[e - 1] not in lx.ORG_HEADS | mt.ORG_NOUNS | lx.ROLE_HEADS
            and (tail.ent_type_ not in ("ORG", "GPE") or tail.ent_iob_ == "B")
        ):
            out += [Mention(s, e - 1, "organization", span_text(doc, s, e - 1), strong=True)]
            out += [Mention(e - 1, e, "organization", tail.text, strong=True)]
        else:
            out.append(m)
    return out
