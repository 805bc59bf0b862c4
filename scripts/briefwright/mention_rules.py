"""More mentions of actors found by rules for news, beside spaCy's entities (see ``mentions.py``).

Outlets and platforms named as sources ("TVN24 reported", "via Twitter", "in remarks to UOL.com.br"),
countries the model leaves out ("the Iran–Iraq War"), a family name alone at the start of a sentence
("Merkel seconded …"), the tokens inside quotations; and contexts that make a name a building, an event
or a natural phenomenon rather than a person or an organisation.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from . import datelines
from . import lexicon as lx
from . import mention_news as mn
from .doccache import cap_flags, lowers, sent_of, span_text, texts, tokens, view
from .mention_model import Mention
from .names import country_of, initials, is_acronym, is_cap, surnames

_DOMAIN = re.compile(
    r"^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|org|net|info|news|co|tv|io)(?:\.[a-z]{2})?$"
)
_REPORTING = frozenset(
    """
report say announce tweet write post publish broadcast state confirm reveal quote air claim add tell
note comment follow
""".split()
)
_PAGES = frozenset("page pages account accounts feed channel profile site website blog".split())
_SOURCE_PREPS = frozenset({"to", "told", "via", "by", "from", "on", "according"})
_DASHES = frozenset({"-", "–", "—", "‐"})
_OUTSIDE = ("PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "NORP", "CARDINAL", "EVENT")


def _alphanumeric(text: str) -> bool:
    return any(c.isdigit() for c in text) and any(c.isupper() for c in text) and text[:1].isalpha()


def platform_position(doc: Doc, i: int) -> bool:
    """Token ``i`` names a platform: "via Twitter", "announced on Facebook"."""
    T = tokens(doc)
    L = lowers(doc)
    prev = T[i - 1] if i > 0 else None
    if (
        i >= 2
        and i + 1 < len(doc)
        and L[i + 1] in _PAGES
        and L[i - 1] in ("its", "his", "her", "their", "the", "our")
        and L[i - 2] in ("on", "via")
    ):
        return True  # "touted it on its Facebook page", "via his Instagram account"
    if prev is None or prev.lower_ not in ("via", "on"):
        return False
    if i + 1 < len(doc) and L[i + 1] in ("'s", "’s"):
        return False
    head = prev.head
    return (
        prev.lower_ == "via"
        or head.lemma_ in _REPORTING
        or (head.pos_ != "VERB" and head.head.lemma_ in _REPORTING)  # "wrote X on Twitter"
    )


_PUBLISHING = frozenset({"report", "publish", "broadcast", "air"})


def publishing_subject(doc: Doc, s: int, e: int) -> bool:
    """The name ``s:e`` is the subject of "reported", "published", "broadcast": an outlet
    ("…, Rudaw reported", "Asharq Al-Awsat reported that …")."""
    T = tokens(doc)
    head = T[e - 1]
    if s > 0 and T[s - 1].lower_ in ("'s", "’s"):
        return False  # "X's Ann Lee reported": the outlet's reporter
    return (
        head.dep_ == "nsubj"
        and head.head.lemma_ in _PUBLISHING
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.tag_ in ("VBD", "VBZ", "VBP")
        and all(T[k].head.i < e and T[k].head.i >= s or k == e - 1 for k in range(s, e))
    )


_WRITINGS = frozenset("article report story interview editorial op-ed column piece essay headline".split())


def published_in(doc: Doc, s: int, e: int) -> bool:
    """The name ``s:e`` is where a piece of writing appeared: "an article in Politico", "an op-ed in the
    Daily Sentinel" (an outlet, not a place); not "an op-ed in Iowa's Gazette"."""
    T = tokens(doc)
    L = lowers(doc)
    k = s - 1
    if k >= 0 and L[k] == "the":
        k -= 1
    if k < 1 or L[k] != "in" or (e < len(doc) and L[e] in ("'s", "’s")):
        return False
    before = T[k - 1].lemma_.lower()
    op_ed = k >= 3 and "".join(t.lower_ for t in T[k - 3 : k]) == "op-ed"
    return op_ed or before in _WRITINGS or (T[k].head.lemma_.lower() in _WRITINGS and T[k].head.i < k)


def source_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Outlets and platforms: a web address used as a name, "via Twitter", "announced on Facebook",
    and names with digits ("TVN24") as the subject of a reporting verb. Token spans."""
    T = tokens(doc)
    capf = cap_flags(doc)
    out: list[tuple[int, int]] = []
    for t in (T[i] for i, x in enumerate(texts(doc)) if capf[i] or _DOMAIN.match(x)):
        if t.i in taken or not capf[t.i] and not _DOMAIN.match(t.text):
            continue
        prev = T[t.i - 1] if t.i > 0 else None
        if _DOMAIN.match(t.text):
            if capf[t.i] or (prev is not None and prev.lower_ in _SOURCE_PREPS):
                out.append((t.i, t.i + 1))
            continue
        if t.ent_type_ in _OUTSIDE or t.tag_ not in ("NNP", "NNPS"):
            continue
        via = platform_position(doc, t.i)
        subject = (
            t.dep_ == "nsubj"
            and t.head.lemma_ in _REPORTING
            and (_alphanumeric(t.text) or is_acronym(t.text))
        )
        if via or subject:
            e = t.i + 1
            while e < len(doc) and e not in taken and capf[e] and T[e].tag_ in ("NNP", "NNPS"):
                e += 1
            out.append((t.i, e))
    return out


def loose_countries(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Country names the model left out: joined by a dash to another ("Iran–Iraq War"), or standing
    alone outside any longer name. Token spans with the canonical country name."""
    T = tokens(doc)
    X = texts(doc)
    capf = cap_flags(doc)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(doc):
        hit = None
        if not capf[i] or T[i].tag_ not in ("NNP", "NNPS"):
            i += 1  # every country name starts with a capitalised proper noun
            continue
        for n in (3, 2, 1):
            if i + n > len(doc) or any(k in taken for k in range(i, i + n)):
                continue
            span = T[i : i + n]
            country = country_of(span_text(doc, i, i + n))
            if country is not None and is_cap(span[0]) and all(t.tag_ in ("NNP", "NNPS") for t in span):
                hit = (i, i + n, country.name)
                break
        if hit is None:
            i += 1
            continue
        s, e, name = hit
        before = T[s - 1] if s > 0 else None
        after = T[e] if e < len(doc) else None
        dashed = (before is not None and before.text in _DASHES and s >= 2 and country_of(X[s - 2])) or (
            after is not None and after.text in _DASHES and e + 1 < len(doc) and country_of(X[e + 1])
        )
        alone = not (before is not None and is_cap(before) and not before.is_sent_start) and not (
            after is not None and is_cap(after)
        )
        if dashed or alone:
            out.append(hit)
        i = e
    return out


def surname_echoes(doc: Doc, people: list[str], taken: set[int]) -> list[tuple[int, int]]:
    """A family name alone that the model missed ("Merkel seconded …" after "Angela Merkel")."""
    T = tokens(doc)
    capf = cap_flags(doc)
    keys = {s for name in people if len(name.split()) >= 2 for s in surnames(name) if " " not in s}
    out = []
    for t in (T[i] for i, c in enumerate(capf) if c) if keys else ():
        if (
            t.i in taken
            or not capf[t.i]
            or t.tag_ not in ("NNP", "NNPS")
            or lx.key(t.text) not in keys
            or (t.i + 1 < len(doc) and capf[t.i + 1] and T[t.i + 1].tag_ == "NNP")
            or (
                t.i > 0
                and capf[t.i - 1]
                and not T[t.i - 1].is_sent_start
                and T[t.i - 1].ent_type_ != "NORP"  # "over Republican Trump"
                and T[t.i - 1].ent_type_ not in ("DATE", "TIME")  # "Later on Tuesday Merkel said"
            )
        ):
            continue
        out.append((t.i, t.i + 1))
    return out


def quoted_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside quotation marks (straight or curly), paragraph by paragraph."""
    inside: set[int] = set()
    open_at: int | None = None
    for i, x in enumerate(texts(doc)):
        if "\n" in x:
            open_at = None
        elif x in ("“", "”", '"'):
            if open_at is None and x != "”":
                open_at = i
            elif open_at is not None and x != "“":
                inside.update(range(open_at + 1, i))
                open_at = None
    return inside


# ---------------------------------------------------------------- things named like actors

BUILDINGS = frozenset(
    "church mosque museum cathedral temple synagogue basilica shrine palace monument stadium castle "
    "fortress".split()
)
_PHENOMENA = frozenset(
    "event events phenomenon phenomena storm storms hurricane hurricanes cyclone cyclones typhoon typhoons "
    "pattern patterns disease diseases virus viruses".split()
)
RELIGIONS = frozenset(
    "islam christianity judaism hinduism buddhism sikhism catholicism protestantism".split()
)
EXIT = re.compile(r"^[A-Z][a-z]{0,4}exit$")  # "Brexit", "Grexit": events, not people


def phenomenon_named(doc: Doc, i: int) -> bool:
    """ "weather events such as El Niño", "the storm Ophelia": a named thing, not an organisation."""
    T = tokens(doc)
    L = lowers(doc)
    prev = T[i - 1] if i > 0 else None
    if prev is not None and prev.lower_ in _PHENOMENA:
        return True
    if i < 3 or L[i - 1] != "as" or L[i - 2] != "such":
        return False
    start = max(sent_of(T[i]).start, i - 9)
    return any(w in _PHENOMENA for w in L[start : i - 2])


def building_named(doc: Doc, s: int, e: int) -> bool:
    """A building named: "the mosque X", "X Museum", "X, formerly a church and now a museum,"."""
    T = tokens(doc)
    prev = T[s - 1] if s > 0 else None
    nxt = T[e] if e < len(doc) else None
    if (prev is not None and prev.lower_ in BUILDINGS) or (nxt is not None and nxt.lower_ in BUILDINGS):
        return True
    if nxt is None or nxt.text != "," or (prev is not None and prev.lower_.rstrip(".") in lx.HONORIFICS):
        return False  # "Dr. Ann Roe, back from synagogue,": a person
    for t in T[e + 1 : e + 9]:
        if t.text in lx.STOP_ROLE or t.ent_type_ == "PERSON":
            return False
        if t.lower_ in BUILDINGS and t.pos_ == "NOUN" and t.dep_ != "pobj":
            return True  # not "X, just back from synagogue,": where X has been
    return False


# ---------------------------------------------------------------- repairs of the model's spans


PERSON_THINGS = frozenset("war act treaty accord summit crisis protocol convention".split())
# Titles said before a given name alone ("King James", "Saint Mary"), which name things after their holder.
_GIVEN_NAME_TITLES = frozenset("king queen prince princess sultan emir pope saint st. sheikh".split())


def named_thing(doc: Doc, label: str, s: int, e: int) -> bool:
    """A war, a law, an economy named like an actor: "the Syrian Civil War", "the Economy of Turkey"."""
    T = tokens(doc)
    L = lowers(doc)
    if e - s < 2 or label not in ("PERSON", "ORG", "FAC", "LOC"):
        return False
    if L[s] in lx.NOT_ACTOR_HEADS and L[s + 1] == "of" and is_cap(T[s]):
        return True  # "Economy of Turkey", "Law of the Sea"
    last = L[e - 1]
    if s > 0 and L[s - 1] in _GIVEN_NAME_TITLES and is_cap(T[s - 1]) and last in lx.STRUCTURE_HEADS:
        return True  # "the King James Bible", "Queen Mary Hospital": a thing named after a monarch
    return last in (PERSON_THINGS if label == "PERSON" else lx.NOT_ACTOR_HEADS) and is_cap(T[e - 1])


_OPENERS = frozenset({"``", "`", '"', "“", "‘", "'"})
_CLOSING = frozenset({"''", "'", '"', "”", "’", "`"})


def nicknamed(doc: Doc, ent: Span) -> Span:
    """A name with a nickname in quotation marks the model cut at the quote: "Ernesto “Che” Guevara",
    "Ernesto ``Che'' Guevara" → the whole name."""
    T = tokens(doc)
    X = texts(doc)
    k = next((t.i for t in T[ent.start : ent.end] if t.text in _OPENERS), ent.end)
    if k == ent.start or ent.label_ != "PERSON":
        return ent
    j = k
    while j < len(doc) and X[j] in _OPENERS and j - k < 2:
        j += 1
    n = j
    while n < len(doc) and is_cap(T[n]) and n - j < 2:
        n += 1
    c = n
    while c < len(doc) and X[c] in _CLOSING and c - n < 2:
        c += 1
    e = c
    while e < len(doc) and is_cap(T[e]) and T[e].ent_type_ in ("", "PERSON") and e - c < 2:
        e += 1
    if j == k or n == j or c == n or e == c:
        return ent
    return Span(doc, ent.start, e, label="PERSON")


def split_joined(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Two names the model took for one across a slash or a hyphen: "New York Times/CBS News poll",
    "ABC News-Washington Post poll" → each; not "Bosnia-Herzegovina" nor "Clinton-Gore administration"
    (one word on a side), nor "Jabhat Fateh al-Sham" (a particle)."""
    T = tokens(doc)
    for k in range(s + 1, e - 1):
        t = T[k]
        slash = t.text == "/"
        hyphen = (
            t.text in ("-", "‐")
            and not t.whitespace_
            and not T[k - 1].whitespace_
            and k - s >= 2
            and e - k - 1 >= 2
            and all(is_cap(x) for x in T[s:k])
            and all(is_cap(x) for x in T[k + 1 : e])
        )
        if slash or hyphen:
            return [p for p in ((s, k), *split_joined(doc, k + 1, e)) if p[1] > p[0]]
    return [(s, e)]


def joined_people(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """Two personal names the model cut apart with nothing between them are one name
    ("Zine El" + "Abidine Ben Ali"); a name cut at its nickname's quotation mark is whole again."""
    out: list[Span] = []
    for ent in ents:
        ent = nicknamed(doc, ent)
        if ent.label_ == "PERSON" and mn.elided_surname(doc, ent.end):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Norah" + "O’Donnell"
        if out and ent.start < out[-1].end:
            continue
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and prev.end == ent.start
            and "\n" not in doc[prev.end - 1].whitespace_
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _short_name(T: list, m: Mention) -> bool:
    """Two or three capitalised words: the shape of a personal name the model may mistype."""
    return 2 <= m.end - m.start <= 3 and all(is_cap(t) and t.is_alpha for t in T[m.start : m.end])


def titled(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """A name the model took for an organisation right after a title: "spokesperson Carlotta Weibl",
    "Ambassador to the United Nations Nikki Haley" (the title may hold one organisation or country)."""
    T = tokens(doc)
    if not _short_name(T, m):
        return False
    inside = {k: o for o in mentions if o is not m for k in range(o.start, o.end)}
    i, crossed = m.start - 1, False
    while i >= 0 and m.start - i <= 8:
        t = T[i]
        if t.lower_ in lx.ROLE_HEADS - lx.ORG_HEADS and t.lower_ not in lx.HONORIFICS and i not in inside:
            return t.pos_ in ("NOUN", "PROPN") and (i == m.start - 1 or crossed)
        if i in inside and not crossed and T[i + 1].i == inside[i].end:
            crossed = True
            i = inside[i].start - 1
            continue
        if t.lower_ not in ("the", "to", "of", "for", "at") or i == m.start - 1:
            return False
        i -= 1
    return False


_PERSON_PRONOUNS = frozenset({"he", "she"})


def person_by_context(doc: Doc, m: Mention, mentions: list[Mention]) -> bool:
    """A two- or three-word name the model took for an organisation that the sentence shows is a
    person: in apposition with a title or occupation ("One Republican presidential hopeful, Carly
    Fiorina, says"; "Carly Fiorina, a candidate,"), or the subject that a "he"/"she" later in the
    sentence refers back to, with no other person named between them."""
    T = tokens(doc)
    L = lowers(doc)
    if not _short_name(T, m):
        return False
    span = doc[m.start : m.end]
    root = span.root
    role = lx.ROLE_HEADS - lx.ORG_HEADS
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "ADJ") and root.head.lower_ in role:
        return True
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in role for c in root.children):
        return True
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    others = {k for o in mentions if o is not m and o.type == "person" for k in range(o.start, o.end)}
    sent_end = sent_of(root).end
    for k in range(m.end, min(sent_end, m.end + 30)):
        if k in others:
            return False
        if L[k] in _PERSON_PRONOUNS and T[k].dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def acronym_extents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name the model cut at a comma or a hyphen, made whole by the acronym that follows it: "United
    Nations Educational, Scientific and Cultural Organization (UNESCO)" is one organisation, not two."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    drop: set[int] = set()
    for i in range(1, len(doc) - 2):
        if X[i] != "(" or X[i + 2] != ")" or not is_acronym(X[i + 1]):
            continue
        acr = X[i + 1].replace(".", "").upper()
        before = [m for m in mentions if not m.anonymous and m.start < i and i - m.end <= 6]
        m = max(before, key=lambda m: m.end, default=None)
        if m is None or any(
            not is_cap(t) and t.lower_ not in lx.CONNECT and X[t.i - 1] != "-" for t in T[m.end : i]
        ):
            continue  # "Free Trade Area (AfCFTA" or "Co-operation and Development (OECD"
        if initials(span_text(doc, m.start, m.end)) == acr:
            continue
        s = m.end
        while s > 0 and m.end - s < 14 and (is_cap(T[s - 1]) or L[s - 1] in lx.CONNECT | {","}):
            s -= 1
            text = span_text(doc, s, i).replace(",", "")
            if is_cap(T[s]) and s <= m.start and initials(text) == acr:
                drop |= {id(o) for o in mentions if o is not m and s <= o.start and o.end <= i}
                m.start, m.end, m.text, m.strong = s, i, span_text(doc, s, i), True
                m.type, m.country = "organization", None
                break
            if len(initials(text)) > len(acr):
                break
    return [m for m in mentions if id(m) not in drop]


# ---------------------------------------------------------------- the dateline


def dateline(doc: Doc) -> tuple[range | None, range | None]:
    """The tokens of the place and of the news agency in a dateline opening one of the first
    paragraphs: "WASHINGTON (AP) —", "PHILADELPHIA, July 25 (UPI) —", "New York (AFP) –"."""
    v = view(doc)
    m = datelines.dateline(v.text)
    if m is None:
        return None, None
    agency = _token_range(v, m.span("agency")) if m.group("agency") else None
    return _token_range(v, m.span("place")), agency


def _token_range(v, span: tuple[int, int]) -> range | None:
    s = bisect.bisect_left(v.starts, span[0])
    e = bisect.bisect_left(v.starts, span[1])
    return range(s, e) if s < e and v.starts[s] == span[0] else None


# ---------------------------------------------------------------- names of things: programmes, taxes

# Common nouns that make the name before them the name of a thing ("the Deferred Action for Childhood
# Arrivals program", "the Cadillac tax", "the DACA and DAPA programs").
THING_NOUNS = frozenset(
    """
program programs programme programmes tax taxes levy plan plans law laws bill bills policy policies scheme
schemes initiative initiatives reform reforms amendment amendments legislation regulation regulations
mandate loophole subsidy subsidies visa visas
""".split()
)
_CLOSERS = frozenset({"”", "’", '"', "'"})


def before_thing(doc: Doc, e: int) -> bool:
    """The name ending at ``e`` is followed by a noun of a thing, maybe after other names joined by "and"
    or commas and a closing quotation mark: "X program", "X and Y programs", "“X tax”"."""
    T = tokens(doc)
    k = e
    while k < len(doc) and k - e < 8:
        t = T[k]
        if t.text in _CLOSERS:
            k += 1
        elif t.lower_ in ("and", ",", "or") or (is_cap(t) and t.lower_ not in THING_NOUNS):
            k += 1
        else:
            return t.lower_ in THING_NOUNS and t.is_lower and t.pos_ == "NOUN"
    return False


def thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms a thing is named by ("… Arrivals program, or DACA", "… tax (XYZ)"): never actors."""
    L, X = lowers(doc), texts(doc)
    out = set()
    for i in range(1, len(doc) - 2):
        if L[i] not in THING_NOUNS:
            continue
        j = i + 1
        if X[j] == "(" or (X[j] == "," and L[j + 1] == "or"):
            j += 1 if X[j] == "(" else 2
            if j < len(doc) and is_acronym(X[j]):
                out.add(X[j])
    return out


def drop_things(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names written only before a noun of a thing ("the Cadillac tax") or as the name of a prize ("the Jane
    Doe award") name no actor; a body named so once ("the Senate bill") or elsewhere alone stays."""
    T = tokens(doc)
    free: set[str] = set()
    for m in mentions:
        if mn.prize_named(doc, m.start, m.end):
            continue  # "the Jane Doe award": the prize's name, not the person
        if m.type == "person" or m.country or not before_thing(doc, m.end):
            free.add(lx.key(m.text))
        elif any(t.lower_ in lx.ORG_HEADS or t.lower_ in lx.LONE_BODIES for t in T[m.start : m.end]):
            free.add(lx.key(m.text))
    return [m for m in mentions if lx.key(m.text) in free]


_ATTITUDES = frozenset("pro anti non post pre intra inter pan neo ultra".split())
_VESSEL_PREFIXES = frozenset("MV MS MT HMS USS RMS HMAS HMCS USNS RV FV".split())  # "MV Sea Star": a ship


def vessel_named(doc: Doc, s: int, e: int) -> bool:
    """ "MV Sea Star", "the USS Cole", or the prefix alone before the ship's name: a vessel, no actor."""
    X, L = texts(doc), lowers(doc)
    k = s - 1
    while k > 0 and X[k][:1].isupper() and L[k].rstrip(".") in lx.NAME_TITLES | lx.HONORIFICS:
        k -= 1  # "MV Professor Albrecht Penck"
    if k >= 0 and X[k] in _VESSEL_PREFIXES:
        return True
    return (
        X[s] in _VESSEL_PREFIXES
        and L[e - 1] not in lx.ORG_HEADS  # "the MS Society"
        and (e - s >= 2 or (e < len(doc) and X[e][:1].isupper() and L[e] not in lx.ORG_HEADS))
    )


# Things named after a person with a possessive: "Lou Gehrig's disease", "Murphy's law".
_EPONYMOUS = frozenset("disease syndrome disorder palsy lymphoma law paradox theorem principle razor".split())
_EPONYMOUS_KINDS = frozenset("diseases syndromes disorders illnesses conditions".split())


def not_an_actor(doc: Doc, s: int, e: int) -> bool:
    """Names of days, time zones, prizes, slogans and ideas written like actors: "Super Tuesday", "Eastern
    Standard Time", the "Oscar" of "Oscar-winning", “Stop the Deal”, "Islamophobia", "Trumpism"."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    ws = L[s:e]
    nxt = L[e] if e < len(doc) else ""
    if all(w in lx.DAY_WORDS for w in ws) and nxt in lx.WEEKDAYS:
        return True  # "Super" of "on Super Tuesday"
    if vessel_named(doc, s, e):
        return True
    if all(w in lx.US_STATE_DEMONYMS or w == "fellow" for w in ws):
        return True  # "Fellow Texan and presidential rival X": where someone is from, no one named
    if len(ws) >= 2 and ws[-1] in lx.WEEKDAYS and all(w in lx.DAY_WORDS for w in ws[:-1]):
        return True
    if ws[-2:] in (["standard", "time"], ["daylight", "time"]):
        return True
    if e + 1 < len(doc) and X[e] in _DASHES and not T[e].whitespace_ and L[e + 1] in lx.PRIZE_SUFFIXES:
        return True
    if s > 0 and X[s - 1] in ("“", '"') and T[s].tag_ == "VB" and e - s >= 2:
        return True  # “Make America Great Again”: a slogan
    if e + 1 < len(doc) and L[e] in ("'s", "’s") and X[e + 1] == "Day":
        return True  # "on Veteran's Day": a holiday
    if e + 1 < len(doc) and L[e] in ("'s", "’s") and T[s].ent_type_ == "PERSON":
        if L[e + 1] in _EPONYMOUS:
            return True  # "Lou Gehrig's disease", "Murphy's law": a thing named after a person
        if L[e + 1] in (",", "and", "or") and any(w in _EPONYMOUS_KINDS for w in L[e + 1 : e + 10]):
            return True  # "Alzheimer's, Lou Gehrig's and other fatal diseases"
    if s + 1 < e and T[s].is_lower and L[s] in _ATTITUDES and X[s + 1] in _DASHES and not T[s].whitespace_:
        return True  # "a pro-Tillman group": an attitude
    if (
        e + 1 < len(doc)
        and X[e] in _DASHES
        and not T[e - 1].whitespace_
        and not T[e].whitespace_
        and T[e + 1].is_title
        and not T[e + 1].ent_type_
        and not any(lx.key(w) in lx.COUNTRY_BY_DEMONYM or country_of(w) for w in (X[e + 1], " ".join(ws)))
    ):
        return True  # "Glass" of "the Glass-Steagall rules": a name cut short
    return len(ws) == 1 and ws[0].endswith(("phobia", "phobic", "ism")) and len(ws[0]) > 6


def day_cut(doc: Doc, s: int, e: int) -> int:
    """The end of a name before a named day glued onto it: "CBS News on Super" (Tuesday) → "CBS News"."""
    L = lowers(doc)
    if e < len(doc) and L[e] in lx.WEEKDAYS and L[e - 1] in lx.DAY_WORDS:
        k = e - 1
        while k > s and L[k - 1] in lx.CONNECT:
            k -= 1
        return k
    return e


def web_token(text: str) -> bool:
    """A web address, an account handle or a hashtag: "https://…", "@handle", "#tag", "pic.twitter.com/…"."""
    return "://" in text or text.startswith(("@", "#", "www.")) or bool(_DOMAIN.match(text.split("/")[0]))


_VERSUS = frozenset({"vs.", "vs", "v.", "versus"})


def case_cut(doc: Doc, s: int, e: int) -> int:
    """The start of a mention without the party of a court case before it: "the Roe vs. Wade Supreme Court
    decision" names the Supreme Court, not a "Wade Supreme Court"; a lone name after "vs." is the case's."""
    L = lowers(doc)
    if s == 0 or L[s - 1] not in _VERSUS:
        return s
    if e - s == 1:
        return e
    return s + 1 if any(w in lx.ORG_HEADS for w in L[s + 1 : e]) else s


def common_pair(doc: Doc, s: int, e: int) -> bool:
    """One capitalised word opening a sentence and joined by "and" to a lower-case plural noun: a common
    word ("Arson and bombings are common"), not a name."""
    T = tokens(doc)
    return (
        e - s == 1
        and T[s].is_sent_start
        and e + 1 < len(doc)
        and T[e].lower_ in ("and", "or")
        and T[e + 1].is_lower
        and T[e + 1].tag_ == "NNS"
    )
