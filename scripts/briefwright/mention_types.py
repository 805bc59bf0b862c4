"""Types of actor mentions decided by context (see ``mentions.py``): "the island Crete" and "on Crete" are
places, "news agency Fars" an organisation, "spokesperson Carlotta Weibl" a person, "wrote … on Twitter" a
platform, a name listed among people a person and a one-word name among places a place."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from . import mention_rules as mr
from .doccache import lowers, span_text, texts, tokens
from .given_names import gender_of
from .mention_model import Mention
from .names import is_acronym

ORG_NOUNS = frozenset(
    "party group company firm newspaper broadcaster agency charity organisation organization network "
    "channel magazine website militia airline carrier bank outlet platform movement union "
    "daily weekly".split()  # "Greek daily Kathimerini"
)
GEO_NOUNS = frozenset(
    "island islands city town village region province county district port capital coast river lake "
    "mountain mountains peninsula strait gulf sea valley desert border rainforest forest jungle basin delta "
    "plateau bay reef glacier canal ocean".split()
)
# Settlements named after "the … of": "the community of Niquero" is a place, not a body.
_SETTLEMENTS = frozenset("community municipality township hamlet suburb neighborhood neighbourhood".split())


_FAMILY = frozenset({"family", "clan", "dynasty"})
# Events a name may premodify ("the X massacres"): the name is the event's, no person's.
_EVENTS = frozenset(
    "massacre killing attack bombing riot protest uprising rebellion revolution genocide famine coup "
    "insurgency offensive".split()
)
_ROOMS = frozenset({"office", "room", "wing", "garden"})
_PART_OF_BODY = frozenset(
    "affiliate affiliates subsidiary subsidiaries chapter chapters member members".split()
)


def retype(doc: Doc, mentions: list[Mention]) -> None:
    """Context decides types the model gets wrong: "the island Crete", "on Crete", a name among names."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    for m in mentions:
        t = T[m.start]
        m.modifier = (
            m.end - m.start == 1
            and t.dep_ == "compound"
            and t.head.i >= m.end
            and t.head.pos_ == "NOUN"
            and t.head.is_lower
        )
        if (
            m.type == "place"
            and not m.country
            and m.start >= 3
            and L[m.start - 3 : m.start] == ["h", "/", "t"]
        ):
            m.type = "organization"  # "(h/t Mediaite)": a hat tip credits an outlet
            continue
        if m.strong or m.country or m.type not in ("organization", "person", "place"):
            continue
        if m.type == "person" and (
            m.modifier
            and (t.head.lemma_ in _EVENTS or t.head.lower_ in lx.NOT_ACTOR_HEADS)
            or m.start > 0
            and L[m.start - 1] == "ethnic"
        ):
            m.type, m.strong = "other", True  # "the Gukurahundi massacres", "ethnic Ndebele": no one person
            continue
        prev = T[m.start - 1] if m.start > 0 else None
        prev2 = T[m.start - 2] if m.start > 1 else None
        nxt = T[m.end] if m.end < len(doc) else None
        geo = (
            (prev is not None and prev.text in GEO_NOUNS)
            or (
                prev is not None
                and prev.lower_ == "of"
                and prev2 is not None
                and (prev2.text in GEO_NOUNS or prev2.text in _SETTLEMENTS)
            )
            or (nxt is not None and nxt.text in GEO_NOUNS)
        )
        plain = not is_acronym(m.text) and not any(w in lx.ORG_HEADS for w in L[m.start : m.end])
        if lx.key(m.text) in lx.PLATFORMS:
            m.type, m.strong = "organization", True  # "On Twitter, X said"
        elif m.type == "organization" and _initialled(T[m.start : m.end]):
            m.type, m.strong = "person", True  # "Dwight D. Eisenhower"
        elif mr.EXIT.match(m.text) or (
            plain and m.type == "organization" and mr.phenomenon_named(doc, m.start)
        ):
            m.type, m.strong = "other", True
        elif plain and mr.building_named(doc, m.start, m.end):
            m.type, m.strong = "place", True  # "Hagia Sophia, formerly a church and now a museum"
        elif mr.platform_position(doc, m.start) and m.type == "person":
            m.type, m.strong = "organization", True  # "wrote … on Twitter"
        elif m.type == "person" and m.end - m.start == 1 and nxt is not None and nxt.lower_ in _FAMILY:
            m.end, m.text = m.end + 1, span_text(doc, m.start, m.end + 1)  # "the Bass family": no one person
            m.type, m.strong, m.modifier = "other", True, False
        elif (
            m.type == "person"
            and mr.publishing_subject(doc, m.start, m.end)
            and not _correspondent(T[m.end - 1].head)
        ):
            m.type, m.strong = "organization", True  # "…, Rudaw reported": an outlet
        elif (
            m.type == "place"  # not a person: "the party named Ann Cole its leader"
            and prev is not None
            and prev.lower_ in ("called", "named", "dubbed")
            and prev.tag_ == "VBN"
            and prev2 is not None
            and prev2.lower_ in ORG_NOUNS | {"pac", "committee", "fund", "coalition", "campaign"}
        ) or (m.type in ("place", "person") and _known_as_org(T, m.start)):
            m.type, m.strong = "organization", True  # "a super PAC called Oakmont", "a group known as X"
        elif m.type in ("place", "person") and _org_apposition(doc, m):
            m.type, m.strong = "organization", True  # "Uhuru, a Swahili newspaper owned by …"
        elif m.type == "person" and _town_of_region(doc, m):
            m.type, m.strong = "place", True  # "Hamilton, Ontario; and ...": a town
        elif m.type in ("place", "organization") and _show_owner(T, m, prev):
            m.type, m.strong = "organization", True  # "on Mesa TV’s “Nightly”": a broadcaster
        elif m.type == "place" and mr.published_in(doc, m.start, m.end):
            m.type, m.strong = "organization", True  # "an article in Politico": an outlet
        elif geo and plain:
            m.type, m.strong = "place", True
        elif (
            m.type == "person"
            and m.end - m.start == 1
            and prev is not None
            and prev.lower_ in ("for", "of")
            and prev2 is not None
            and prev2.lower_ in lx.TITLE_HEADS
            and prev2.text.istitle()
            and not any(
                o.type == "person" and o.end - o.start > 1 and L[o.end - 1] == L[m.start] for o in mentions
            )
        ):
            m.type, m.strong = "place", True  # "the Commissioner for Kent", "the Bishop of Durham"
        elif prev is not None and prev.text in ORG_NOUNS and m.type in ("person", "place"):
            m.type, m.strong = "organization", True  # "news agency Fars", "former party Civic Platform"
        elif (
            m.type == "place"
            and prev is not None
            and prev.lower_ == "of"
            and prev2 is not None
            and prev2.lower_ in _PART_OF_BODY
            and plain
        ):
            m.type, m.strong = "organization", True  # "the state affiliate of Naral": a body
        elif m.type == "organization" and plain and prev is not None and prev.lower_ in ("in", "on", "near"):
            m.type = "place"
        elif m.type == "organization" and plain and mr.titled(doc, m, mentions):
            m.type, m.strong = "person", True  # "spokesperson Carlotta Weibl", "Ambassador to X Nikki Haley"
        elif m.type == "organization" and plain and mr.person_by_context(doc, m, mentions):
            m.type, m.strong = "person", True  # "hopeful, Carly Fiorina, says …, she plans"
        elif m.type in ("organization", "place") and plain and _given_named(T, m, prev, mentions):
            m.type, m.strong = "person", True  # "the bust of Winston Churchill": a given name and a surname
    for i, m in enumerate(mentions):
        if (
            m.strong
            or m.type != "organization"
            or is_acronym(m.text)
            or any(w in lx.ORG_HEADS for w in L[m.start : m.end])
            or L[m.end - 1] == "international"
        ):
            continue
        near = [
            o
            for o in (mentions[i - 1] if i > 0 else None, mentions[i + 1] if i + 1 < len(mentions) else None)
            if o is not None and _listed(doc, o, m)
        ]
        if near and all(o.type == "person" for o in near):
            m.type = "person"
    for i, m in enumerate(mentions):  # "town halls in Manchester and Londonderry": a place among places
        if m.strong or m.type != "person" or m.end - m.start != 1:
            continue
        near = [
            o
            for o in (mentions[i - 1] if i > 0 else None, mentions[i + 1] if i + 1 < len(mentions) else None)
            if o is not None and _listed(doc, o, m)
        ]
        if near and all(o.type in ("place", "country") for o in near):
            m.type = "place"
    for m in mentions:  # "met in the Oval Office": a room, not the body that works there
        if (
            m.type == "organization"
            and m.end - m.start == 2
            and m.start > 1
            and L[m.end - 1] in _ROOMS
            and L[m.start - 1] in ("the", "his", "her", "their")
            and L[m.start - 2] in ("in", "into", "inside", "from")
        ):
            m.type = "place"
    firsts = {L[o.start] for o in mentions if o.type == "organization" and o.end - o.start >= 2}
    for m in mentions:  # "told Kestrel London": the London edition of the outlet Kestrel News
        if (
            m.type == "person"
            and m.end - m.start >= 2
            and lx.key(X[m.end - 1]) in lx.COUNTRY_BY_CAPITAL
            and L[m.start] in firsts
        ):
            m.type, m.strong = "organization", True
    ends = {o.end for o in mentions if o.type == "person" and not o.anonymous}
    for m in mentions:  # "Orin Voss of Baxter Crane": the firm of a person, not another person
        if m.type == "person" and not m.anonymous and m.start > 1 and L[m.start - 1] == "of":
            if m.start - 1 in ends:
                m.type, m.strong = "organization", True


# First-level divisions of federal countries besides the states of the United States, which follow a town
# as its address ("Hamilton, Ontario", "Ballarat, Victoria").
_PROVINCES = frozenset(
    "alberta|british columbia|manitoba|new brunswick|newfoundland|nova scotia|ontario|prince edward island"
    "|quebec|saskatchewan|new south wales|queensland|victoria|tasmania|western australia|south australia"
    "|northern territory".split("|")
)


def _town_of_region(doc: Doc, m: Mention) -> bool:
    """ "in Hamilton, Ontario,": one word before a comma, a state, province or country and the end of the
    phrase is a town, whatever the model made of the word ("Hamilton" the family name)."""
    X = texts(doc)
    e = m.end
    if m.end - m.start != 1 or e + 1 >= len(doc) or X[e] != ",":
        return False
    T = tokens(doc)
    for n in (3, 2, 1):
        if e + 1 + n > len(doc) or not all(t.is_alpha for t in T[e + 1 : e + 1 + n]):
            continue
        k = lx.key(span_text(doc, e + 1, e + 1 + n))
        if k in lx.US_STATES or k in _PROVINCES or k in lx.COUNTRY_BY_NAME:
            after = e + 1 + n
            return after >= len(doc) or X[after] in (",", ";", ".", ")", ":") or T[after].is_space
    return False


def _org_apposition(doc: Doc, m: Mention) -> bool:
    """ "X, a Swahili newspaper owned by …", "X, or Y, the ruling party,": the noun of the apposition names
    a kind of body (its head, not a modifier: "X, a party official" is a person)."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    k = m.end
    if k + 3 < len(doc) and X[k] == "," and L[k + 1] == "or":  # a gloss between: "Uhuru, or Freedom,"
        k = next((j for j in range(k + 2, min(k + 6, len(doc))) if X[j] == ","), len(doc))
    if k + 2 >= len(doc) or X[k] != "," or L[k + 1] not in ("a", "an", "the"):
        return False
    j = k + 2
    while j < len(doc) and j - k < 7 and (T[j].pos_ in ("ADJ", "NOUN", "PROPN") or X[j] == "-"):
        j += 1
    if j < len(doc) and L[j] in ("'s", "’s"):
        return False  # "X, the firm's chief executive": the body owns the post
    return j > k + 2 and L[j - 1] in ORG_NOUNS - {"daily", "weekly"} | {"newspaper", "paper"}


def _known_as_org(T, s: int) -> bool:
    """ "a terrorist organization known as X", "a militia called X": the name is the body's."""
    if s < 3:
        return False
    if T[s - 1].lower_ == "as" and T[s - 2].lower_ == "known":
        noun = T[s - 3]
    elif T[s - 1].lower_ in ("called", "named", "dubbed") and T[s - 1].tag_ == "VBN":
        noun = T[s - 2]
    else:
        return False
    return noun.lower_ in ORG_NOUNS | {"organisation", "faction", "cell", "sect", "gang", "cartel"}


def _show_owner(T, m: Mention, prev) -> bool:
    """ "on X's “Show”", "to X's “Show”": X broadcasts or publishes the show."""
    return (
        prev is not None
        and prev.lower_ in ("on", "to")
        and m.end + 1 < len(T)
        and T[m.end].lower_ in ("'s", "’s")
        and T[m.end + 1].text in ("“", '"')
    )


def _listed(doc: Doc, a: Mention, b: Mention) -> bool:
    L = lowers(doc)
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = L[lo.end : hi.start]
    if not between or not all(w in (",", "and", "or") for w in between):
        return False
    # a comma alone lists only a conjunct: not "at Fratello's Grille, Trump said"
    return "and" in between or "or" in between or doc[hi.start : hi.end].root.dep_ == "conj"


def _given_named(T, m: Mention, prev, mentions: list[Mention]) -> bool:
    """ "Winston Churchill": a given name of one gender (``given_names``) and a surname name a person,
    not a body or a place — unless something is done "at" or "in" it, it ends in a word of places or
    businesses ("Victoria Falls", "Marina Hotel"), or a body's longer name starts with it ("Philip
    Morris" of "Philip Morris Cos.")."""
    words = T[m.start : m.end]
    if not (
        len(words) == 2
        and all(t.is_title and t.is_alpha for t in words)
        and gender_of(m.text) is not None
        and not (prev is not None and prev.lower_ in ("at", "the", "in", "into", "to", "near"))
        and words[1].lower_ not in _NOT_SURNAMES
    ):
        return False
    first, last = words[0].lower_, words[1].lower_
    return not any(
        o is not m
        and o.type == "organization"
        and o.end - o.start > 2
        and T[o.start].lower_ == first
        and T[o.start + 1].lower_ == last
        for o in mentions
    )


# Last words of names that are places or businesses, not surnames ("Beverly Hills", "Marina Hotel").
_NOT_SURNAMES = (
    GEO_NOUNS
    | lx.STREET_HEADS
    | frozenset(
        "hills heights park springs falls beach hotel resort inn club video insurance motors foods".split()
    )
)


def _initialled(toks) -> bool:
    """A name, a middle initial and a family name ("Dwight D. Eisenhower"): a person's name."""
    return (
        len(toks) == 3
        and len(toks[1].text) == 2
        and toks[1].text[0].isupper()
        and toks[1].text[1] == "."
        and all(t.is_alpha and t.is_title and t.lower_ not in lx.ORG_HEADS for t in (toks[0], toks[2]))
    )


def us_states(doc: Doc, mentions: list[Mention]) -> None:
    """A state of the United States is a place, not an organisation; "Georgia" is the state, not the
    country, in an article that names two other states and nothing of the country (no "Georgian", no
    "Tbilisi")."""
    keys = {lx.key(m.text) for m in mentions}
    states = {k for k in keys if k in lx.US_STATES and k not in lx.COUNTRY_BY_NAME}
    for m in mentions:
        k = lx.key(m.text)
        if k not in lx.US_STATES or m.anonymous:
            continue
        country = lx.COUNTRY_BY_NAME.get(k)
        if country is None and m.type in ("organization", "person") and not m.alias_of:
            m.type, m.strong = "place", True  # "American Samoa"
        elif country is not None and m.country and len(states) >= 2:
            own = {lx.key(x) for x in (*country.demonyms, *country.capitals)}
            if not own & keys:
                m.type, m.country, m.strong = "place", None, True


def _correspondent(verb) -> bool:
    """ "Lisa Tarn reports from Geneva": a reporter's sign-off in broadcast copy, not an outlet."""
    return verb.lower_ == "reports" and any(c.lower_ == "from" for c in verb.children)
