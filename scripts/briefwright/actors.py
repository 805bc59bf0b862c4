"""Actors: who acts and speaks — people, organisations, countries, places — with roles and other names.

spaCy's named entities are the starting point; general rules for news repair them (names of
organisations, name particles, titles glued onto names), add what the model misses (organisation
names, anonymous sources, acronyms defined in parentheses), then merge every mention of one actor
(surnames, acronyms, spelling variants, demonyms and capitals of countries) into one ``Actor``
whose id is the slug of its canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .identity import actor_id
from .model import Actor

_NER = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
}
_CONNECT = frozenset(
    {"of", "for", "the", "a", "and", "on", "de", "al", "el", "du", "des", "-", "&", "la", "le"}
)
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "to", "into", "toward", "towards"}
)
_STOP_ROLE = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "[", "]", '"', "“", "”", "‘", "’", "?", "!"})
_ROLE_TRIM = frozenset({"of", "for", "the", "a", "an", "and", "to", "at", "on", "'s", "’s", "late"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})
_KIN = frozenset(
    "son daughter wife husband widow father mother brother sister fiancee fiancée nephew niece".split()
)
_ROLE_HEADS = lx.TITLE_HEADS | (lx.NAME_TITLES - lx.TITLE_MODIFIERS - _HONORIFICS) | _KIN
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,6}$|^(?=(?:[a-z]?[A-Z]){3})(?:[A-Z][a-z]?){3,8}$")
_PLURAL_HEADS = {h + "s" for h in lx.ANONYMOUS_HEADS}
_VOWELS = frozenset("aeiouy")
_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]{3,}")
_COMPASS = frozenset({"west", "east", "north", "south"})
_ORG_NOUNS = frozenset(
    "party group company firm newspaper broadcaster agency charity organisation organization network "
    "channel magazine website militia airline carrier bank outlet platform movement union".split()
)
_GEO_NOUNS = frozenset(
    "island islands city town village region province county district port capital coast river lake "
    "mountain mountains peninsula strait gulf sea valley desert border".split()
)
_COMPASS_ADJ = {"western": "west", "eastern": "east", "northern": "north", "southern": "south"}


@dataclass
class Mention:
    """One mention of an actor: a token span of the Doc, typed."""

    start: int
    end: int
    type: str
    text: str
    country: str | None = None  # canonical country name, when the mention stands for a country
    anonymous: bool = False
    strong: bool = False  # found by a rule, not only by the statistical model
    alias_of: Mention | None = None  # the mention this one renames ("JFS", "formerly known as")


@dataclass
class _Cluster:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # keys of every name form
    country: str | None = None
    anonymous: bool = False


# ---------------------------------------------------------------- helpers on tokens and names


def _words(text: str) -> list[str]:
    return lx.key(text).replace("'", "").split()


def _is_cap(tok: Token) -> bool:
    """A word written as a name: capitalised, and not "U.S.-designated" or "Iranian-backed"."""
    text = tok.text
    return (
        bool(text)
        and text[0].isupper()
        and any(c.isalpha() for c in text)
        and not _LOWER_AFTER_HYPHEN.search(text)
    )


def _strip_particle(word: str) -> str:
    return re.sub(r"^(?:al|el|ad|ash|as|at|an|az)[-‐]", "", word, flags=re.I)


def _surnames(name: str) -> set[str]:
    """Surname forms of a personal name: "Staffan de Mistura" → {"de mistura", "mistura"}."""
    words = name.split()
    if len(words) < 2:
        return set()
    out = {lx.key(words[-1]), lx.key(_strip_particle(words[-1]))}
    for k in range(1, len(words) - 1):
        if lx.key(words[k]).rstrip("-") in lx.PARTICLES:
            out.add(lx.key(" ".join(words[k:])))
            break
    return {s for s in out if s}


def _initials(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-‐]+", name) if p]
    letters = [_strip_particle(p)[:1] for p in parts if p.lower() not in _CONNECT and p[:1].isupper()]
    return "".join(letters).upper()


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.replace(" ", "")))


def _variant(a: str, b: str) -> bool:
    """Spelling variants of one name ("Fatah"/"Fateh", "Osama bin Laden"/"Usama bin Ladin")."""
    wa = [_COMPASS_ADJ.get(w, w) for w in _words(a)]
    wb = [_COMPASS_ADJ.get(w, w) for w in _words(b)]
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    if wa == wb:
        return lx.key(a) != lx.key(b)
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) == len(wa):
        return False
    for x, y in diff:
        if len(x) < 5 or len(y) < 5:
            return False
        if len(x) == len(y) and all(
            c == d or (c in _VOWELS and d in _VOWELS) for c, d in zip(x, y, strict=True)
        ):
            continue
        if min(len(x), len(y)) >= 6 and _edit1(x, y):
            continue
        return False
    return True


def _edit1(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    return x[i + 1 :] == y[i + 1 :] or x[i:] == y[i + 1 :] or x[i + 1 :] == y[i:]


def _country_of(text: str) -> lx.Country | None:
    return lx.COUNTRY_BY_NAME.get(lx.key(text))


# ---------------------------------------------------------------- mentions from the NER, repaired


def _type_of(toks: Span, label: str) -> str:
    words = [t.lower_ for t in toks]
    if _country_of(toks.text):
        return "country"
    if words[0] in lx.ORG_STARTERS and len(words) > 1:
        return "organization"
    if len(words) > 1 and any(w in lx.ORG_HEADS for w in words):
        return "organization"
    return _NER[label]


def _strip_edges(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct or doc[s].lower_ in _HONORIFICS):
        s += 1
    while e > s and (
        doc[e - 1].is_punct
        or doc[e - 1].lower_ in ("'s", "’s", "'", "’")
        or (doc[e - 1].is_lower and doc[e - 1].lower_.rstrip("-") not in lx.PARTICLES)
    ):
        e -= 1
    return s, e


def _extend_left(doc: Doc, s: int, taken: set[int]) -> int:
    while s > 0:
        t = doc[s - 1]
        if (
            t.i in taken
            or t.tag_ != "NNP"
            or not _is_cap(t)
            or t.lower_.rstrip(".") in lx.NAME_TITLES
            or t.ent_type_ not in ("", doc[s].ent_type_)
            or _country_of(t.text)
            or lx.key(t.text) in lx.COUNTRY_BY_DEMONYM
            or t.lower_ in lx.TITLE_HEADS
        ):
            break
        s -= 1
    return s


def _country_mention(doc: Doc, s: int, e: int) -> Mention | None:
    text = doc[s:e].text
    k = lx.key(text)
    country = lx.COUNTRY_BY_NAME.get(k) or lx.COUNTRY_BY_DEMONYM.get(k)
    if country is None and k in lx.COUNTRY_BY_CAPITAL:
        prev = doc[s - 1].lower_ if s > 0 else ""
        if prev in _LOCATIVE or doc[e - 1].dep_ == "compound":
            return Mention(s, e, "place", text)
        country = lx.COUNTRY_BY_CAPITAL[k]
    if country is None:
        return None
    return Mention(s, e, "country", text, country=country.name)


def _name_like(tail: Span) -> bool:
    words = [t.lower_ for t in tail]
    return (
        len(tail) >= 2
        and not any(w in lx.ORG_HEADS for w in words)
        and words[0] not in lx.ORG_STARTERS
        and words[0] not in lx.NAME_TITLES
        and all(
            _is_cap(t)
            or t.lower_.rstrip("-") in lx.PARTICLES
            or t.text in ("-", "‐")
            or t.nbor(-1).text == "-"
            for t in tail
        )
        and _is_cap(tail[0])
    )


def _split_glued(doc: Doc, s: int, e: int, people: set[str]) -> list[Mention] | None:
    """A name glued onto what precedes it: "Syria Staffan de Mistura", "NPR Hamza bin Laden",
    "Amnesty International Man-kei Tam" → the country or organisation, and the person."""
    for cut in range(s + 1, e - 1):
        head, tail = doc[s:cut], doc[cut:e]
        last = doc[cut - 1]
        is_country = bool(_country_of(head.text) or lx.key(head.text) in lx.COUNTRY_BY_DEMONYM)
        glue = (
            is_country
            or _is_acronym(last.text)
            or last.lower_ in lx.ORG_HEADS
            or last.lower_ == "international"
            or lx.key(tail.text) in people
        )
        if not glue or not _name_like(tail):
            continue
        first = _country_mention(doc, s, cut) if is_country else Mention(s, cut, "organization", head.text)
        return [m for m in (first, Mention(cut, e, "person", tail.text, strong=True)) if m]
    return None


def _split_and(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """ "Crete and Cyprus" tagged as one entity → its parts, when one part is a country."""
    if any(t.lower_ in lx.ORG_HEADS for t in doc[s:e]) or not any(t.lower_ == "and" for t in doc[s:e]):
        return [(s, e)]
    parts, start = [], s
    for t in doc[s:e]:
        if t.lower_ == "and" and t.i > start:
            parts.append((start, t.i))
            start = t.i + 1
    parts.append((start, e))
    if not any(_country_mention(doc, a, b) for a, b in parts if b > a):
        return [(s, e)]
    return [p for p in parts if p[1] > p[0]]


def _ner_mentions(doc: Doc, blocked: set[str]) -> list[Mention]:
    out: list[Mention] = []
    ent_tokens = {t.i for ent in doc.ents for t in ent}
    people = {lx.key(ent.text) for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2}
    for ent in doc.ents:
        if ent.label_ not in _NER:
            continue
        s0, e0 = _strip_edges(doc, ent.start, ent.end)
        for s, e in _split_and(doc, s0, e0) if s0 < e0 else []:
            out.extend(
                _repair(doc, ent.label_, s, e, ent_tokens - set(range(ent.start, ent.end)), people, blocked)
            )
    return out


def _repair(
    doc: Doc, label: str, s: int, e: int, taken: set[int], people: set[str], blocked: set[str]
) -> list[Mention]:
    while s < e and doc[s].lower_.rstrip(".") in lx.NAME_TITLES and _is_cap(doc[s]) and label == "PERSON":
        s += 1
        if s < e and doc[s].lower_ == "of":  # "Archbishop of Gdańsk": a title and its place
            s, label = s + 1, "GPE"
    if s >= e or not any(c.isalpha() for c in doc[s:e].text):
        return []
    if label == "NORP" or any(t.text in blocked for t in doc[s:e]):
        return [m for t in doc[s:e] if (m := _country_mention(doc, t.i, t.i + 1))]
    if label in ("PERSON", "ORG", "FAC") and (split := _split_glued(doc, s, e, people)):
        return split
    if (m := _country_mention(doc, s, e)) is not None:
        return [m]
    if label in ("PERSON", "FAC", "ORG"):
        s = _extend_left(doc, s, taken)
    span = doc[s:e]
    if e - s == 1 and s >= 2 and doc[s - 1].lower_ in ("of", "the") and label != "PERSON":
        k = s - 2 if doc[s - 1].lower_ == "of" else s - 3
        if k >= 0 and doc[k].lower_ in ("of",) + tuple(_ROLE_HEADS) or (k >= 0 and _is_cap(doc[k])):
            return []  # the tail of a longer name: "Secretary of State", "Law of the Sea"
    if (
        label == "LOC"
        and e - s == 1
        and span.text.lower() in _COMPASS
        and s > 0
        and doc[s - 1].lower_ == "the"
    ):
        return [Mention(s - 1, e, "other", doc[s - 1 : e].text)]
    typ = _type_of(span, label)
    if label == "PERSON" and typ == "person" and e - s == 1 and lx.key(span.text) in lx.COUNTRY_BY_DEMONYM:
        return []
    return [Mention(s, e, typ, span.text, strong=typ != _NER[label])]


# ---------------------------------------------------------------- mentions found by rules


def _org_runs(doc: Doc) -> list[Mention]:
    """Capitalised phrases holding an organisation word ("High Negotiations Committee")."""
    out: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        if not _is_cap(doc[i]) or doc[i].ent_type_ in ("PERSON", "DATE", "TIME"):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if t.ent_type_ in ("PERSON", "DATE", "TIME"):
                break
            if _is_cap(t):
                j += 1
            elif t.lower_ in _CONNECT:
                k = j
                while k < n and doc[k].lower_ in _CONNECT and k - j < 3:
                    k += 1
                if k < n and _is_cap(doc[k]) and doc[k].ent_type_ not in ("PERSON", "DATE", "TIME"):
                    j = k
                else:
                    break
            else:
                break
        s, e = i, j
        if doc[s].is_sent_start and doc[s].tag_ not in ("NNP", "NNPS"):
            s += 1
        while s < e and (
            doc[s].lower_ in lx.NAME_TITLES or doc[s].lower_ in _CONNECT or doc[s].lower_ in _ROLE_HEADS
        ):
            s += 1
        caps = [t for t in doc[s:e] if _is_cap(t)]
        if len(caps) >= 2 and (
            any(t.lower_ in lx.ORG_HEADS for t in caps) or caps[0].lower_ in lx.ORG_STARTERS
        ):
            if not any(t.lower_ in _ROLE_HEADS - lx.ORG_HEADS for t in caps):
                out.append(Mention(s, e, "organization", doc[s:e].text, strong=True))
        i = max(j, i + 1)
    return out


def _norp_orgs(doc: Doc) -> list[Mention]:
    """An adjective of belief or nationality followed by a proper noun names a group ("Islamic State")."""
    out: list[Mention] = []
    for t in doc:
        if t.ent_type_ != "NORP" or t.ent_iob_ != "B" or t.i + 1 >= len(doc):
            continue
        j = t.i + 1
        while j < len(doc) and doc[j].ent_type_ == "NORP" and doc[j].ent_iob_ == "I":
            j += 1
        k = j
        while (
            k < len(doc)
            and doc[k].tag_ == "NNP"
            and _is_cap(doc[k])
            and doc[k].ent_type_ in ("", "ORG", "NORP")
            and lx.key(doc[k].text) not in lx.COUNTRY_BY_DEMONYM
        ):
            k += 1
        if k == j or any(x.lower_ in _ROLE_HEADS or x.lower_ in lx.NAME_TITLES for x in doc[j:k]):
            continue
        out.append(Mention(t.i, k, "organization", doc[t.i : k].text, strong=True))
    return out


def _anonymous(doc: Doc) -> list[Mention]:
    """ "a senior U.S. official" and later "the official": one anonymous person."""
    out: list[Mention] = []
    for t in doc:
        if t.lower_ not in lx.ANONYMOUS_HEADS or t.tag_ != "NN":
            continue
        i = t.i - 1
        while (
            i >= 0
            and doc[i].lower_ not in ("a", "an", "another", "one", "the")
            and doc[i].pos_ in ("ADJ", "PROPN", "NOUN", "PUNCT", "NUM")
            and doc[i].text not in _STOP_ROLE
            and t.i - i <= 5
        ):
            i -= 1
        if i < 0 or doc[i].sent != t.sent:
            continue
        det = doc[i].lower_
        if i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON":
            continue  # "Mohammed Reda, an airport protocol officer": a named person's role
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (
            nxt.ent_type_ == "PERSON"
            or (nxt.text == "," and t.i + 2 < len(doc) and doc[t.i + 2].ent_type_ == "PERSON")
        ):
            continue
        if det == "the" and t.i - i == 1:
            out.append(Mention(i, t.i + 1, "person", doc[i : t.i + 1].text, anonymous=True, strong=True))
        elif det in ("a", "an", "another", "one") and t.i - i >= 2:
            out.append(
                Mention(i + 1, t.i + 1, "person", doc[i + 1 : t.i + 1].text, anonymous=True, strong=True)
            )
    return out


def _addressees(doc: Doc, taken: set[int]) -> list[Mention]:
    """ "told Foreign Policy", "according to Reuters": the named outlet is an actor."""
    out: list[Mention] = []
    for t in doc:
        if t.lower_ == "told" or (t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according"):
            s = t.i + 1
            if s < len(doc) and doc[s].lower_ == "the":
                s += 1
            e = s
            while (
                e < len(doc)
                and _is_cap(doc[e])
                and doc[e].pos_ in ("PROPN", "ADJ", "NOUN")
                and e not in taken
            ):
                e += 1
            if e > s and not any(i in taken for i in range(s, e)) and doc[s].ent_type_ != "PERSON":
                out.append(Mention(s, e, "organization", doc[s:e].text, strong=True))
    return out


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


def _acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Syrian Democratic Forces (SDF)": the acronym and its later uses rename the actor."""
    by_end = {m.end: i for i, m in enumerate(mentions)}
    extra: list[Mention] = []
    defined: dict[str, Mention] = {}
    for i in range(1, len(doc) - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")" and _is_acronym(doc[i + 1].text) and i in by_end:
            defined[doc[i + 1].text] = mentions[by_end[i]]
    taken = {k for m in mentions for k in range(m.start, m.end)}
    for t in doc:
        if t.text in defined and t.i not in taken:
            owner = defined[t.text]
            extra.append(
                Mention(
                    t.i,
                    t.i + 1,
                    owner.type,
                    t.text,
                    country=owner.country,
                    strong=True,
                    alias_of=owner,
                )
            )
    for m in mentions:
        if m.text in defined and m.alias_of is None and defined[m.text] is not m:
            m.alias_of = defined[m.text]
    return extra


def _known_as(doc: Doc, mentions: list[Mention]) -> None:
    """ "X, a group formerly known as Y": Y is another name of X."""
    at = {k: i for i, m in enumerate(mentions) for k in range(m.start, m.end)}
    for t in doc:
        if t.lower_ != "known" or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "as":
            continue
        k = t.i + 2
        while k < len(doc) and doc[k].lower_ in ("the", "a"):
            k += 1
        if k not in at:
            continue
        noun = t.head
        while noun.i not in at and noun.dep_ == "appos" and noun.head.i != noun.i:
            noun = noun.head
        owner = at.get(noun.i)
        if owner is None:
            owner = next(
                (
                    at[j]
                    for j in range(t.i - 1, t.sent.start - 1, -1)
                    if j in at and any(doc[x].text == "," for x in range(j, t.i))
                ),
                None,
            )
        if owner is not None and owner != at[k]:
            mentions[at[k]].alias_of = mentions[owner]
            mentions[at[k]].type = mentions[owner].type


# ---------------------------------------------------------------- merging mentions into actors


def _cluster(mentions: list[Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    of: dict[int, _Cluster] = {}  # id() of a mention → its cluster

    def add(i: int, c: _Cluster) -> None:
        m = mentions[i]
        c.mentions.append(m)
        c.names.add(lx.key(m.text))
        of[id(m)] = c

    def root(m: Mention) -> Mention:
        seen = set()
        while m.alias_of is not None and id(m) not in seen:
            seen.add(id(m))
            m = m.alias_of
        return m

    order = sorted(
        range(len(mentions)),
        key=lambda i: (mentions[i].alias_of is not None, -len(_words(mentions[i].text)), i),
    )
    for i in order:
        m = mentions[i]
        k = lx.key(m.text)
        target: _Cluster | None = None
        if m.alias_of is not None and id(root(m)) in of:
            target = of[id(root(m))]
        elif m.country:
            target = next((c for c in clusters if c.country == m.country), None)
        elif m.anonymous and m.text.lower().startswith("the "):
            head = k.split()[-1]
            prior = [
                c
                for c in clusters
                if c.anonymous
                and min(x.start for x in c.mentions) < m.start
                and any(n.split()[-1] == head for n in c.names)
            ]
            target = prior[-1] if prior else None
            if target is None:
                continue  # "the official" with no one introduced before
        else:
            target = _find_cluster(clusters, m, k)
        if target is None:
            target = _Cluster(type=m.type, country=m.country, anonymous=m.anonymous)
            clusters.append(target)
        add(i, target)
    return clusters


def _country_key(k: str) -> str:
    """A key with country names made canonical: "us embassy" → "united states embassy"."""
    words = k.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            country = lx.COUNTRY_BY_NAME.get(" ".join(words[i : i + n]))
            if country is not None:
                out.append(lx.key(country.name))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def _find_cluster(clusters: list[_Cluster], m: Mention, k: str) -> _Cluster | None:
    exact = [c for c in clusters if k in c.names and not c.anonymous]
    if not exact and " " in k:
        ck = _country_key(k)
        exact = [c for c in clusters if not c.anonymous and ck in {_country_key(n) for n in c.names}]
    if exact:
        return exact[0]
    if _is_acronym(m.text):
        acr = m.text.replace(".", "").upper()
        hits = [c for c in clusters if not c.country and any(_initials(x.text) == acr for x in c.mentions)]
        if len(hits) == 1:
            return hits[0]
    variants = [c for c in clusters if c.type == m.type and any(_variant(m.text, x.text) for x in c.mentions)]
    if len(variants) == 1:
        return variants[0]
    single = " " not in m.text and not _is_acronym(m.text) and not m.strong
    if single and m.type == "organization":
        heads = [
            c
            for c in clusters
            if c.type == "organization"
            and any(len(_words(x.text)) > 1 and _words(x.text)[-1] == k for x in c.mentions)
        ]
        if len(heads) == 1:
            return heads[0]
    maybe_person = single and m.type in ("organization", "place")
    if (m.type == "person" or maybe_person) and len(_words(m.text)) <= 2:
        people = [c for c in clusters if c.type == "person" and not c.anonymous]
        hits = [c for c in people if any(k in _surnames(x.text) for x in c.mentions)]
        if not hits and len(_words(m.text)) == 1:
            hits = [
                c
                for c in people
                if any(len(x.text.split()) >= 2 and _words(x.text)[0] == k for x in c.mentions)
            ]
        if len(hits) == 1:
            m.type = "person"
            return hits[0]
    return None


def _canonical(c: _Cluster) -> str:
    if c.country:
        return c.country
    if c.anonymous:
        return next(m.text for m in c.mentions if not m.text.lower().startswith("the "))
    first = min(c.mentions, key=lambda m: m.start)
    forms = (
        [m for m in c.mentions if not _is_acronym(m.text) and m.alias_of is None]
        or [m for m in c.mentions if not _is_acronym(m.text)]
        or c.mentions
    )
    best = max(forms, key=lambda m: (len(_words(m.text)), m is first, -m.start))
    return best.text if best.type == "other" else re.sub(r"^[Tt]he\s+", "", best.text)


def _cluster_type(c: _Cluster) -> str:
    if c.country:
        return "country"
    votes: dict[str, float] = {}
    for m in c.mentions:
        votes[m.type] = votes.get(m.type, 0) + (2.0 if m.strong else 1.0)
    return max(votes, key=lambda t: (votes[t], t == "organization"))


# ---------------------------------------------------------------- roles


Role = tuple[str, int, int]  # text, token start, token end


def _role_text(doc: Doc, s: int, e: int, need_head: bool = False) -> Role | None:
    while s < e and (doc[s].lower_ in _ROLE_TRIM or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].lower_ in _ROLE_TRIM or doc[e - 1].is_punct):
        e -= 1
    if s >= e:
        return None
    words = [t.lower_ for t in doc[s:e]]
    if not any(w.rstrip(".") in _ROLE_HEADS for w in words) and (need_head or doc[e - 1].pos_ != "NOUN"):
        return None
    return doc[s:e].text, s, e


def _premodifier_role(doc: Doc, s: int) -> Role | None:
    """ "Russian Foreign Minister Sergei Lavrov" → "Russian Foreign Minister"."""
    i = s - 1
    while i >= 0:
        t = doc[i]
        if t.sent != doc[s].sent or t.text in _STOP_ROLE or t.lower_ in ("a", "an", "the", "this", "that"):
            break
        ok = (
            t.lower_ in _ROLE_HEADS
            or t.lower_ in lx.TITLE_MODIFIERS
            or t.lower_ in lx.NAME_TITLES
            or t.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
            or lx.key(t.text) in lx.COUNTRY_BY_DEMONYM
            or (t.lower_ in ("of", "to", "for", "at", "and", "'s", "’s", "-") and i < s - 1)
            or (t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "nmod", "amod") and t.head.i >= t.i)
        )
        if not ok or t.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL"):
            break
        i -= 1
    if i == s - 1:
        return None
    role = _role_text(doc, i + 1, s, need_head=True)
    if role and all(w in _HONORIFICS for w in lx.key(role[0]).split()):
        return None
    return role


def _apposition_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "Andrew Tabler, a Syria expert at …," and "The Italian foreign minister, Luigi Di Maio,"."""
    if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].ent_type_ != "PERSON":
        first = doc[e + 1]
        if (
            first.lower_ in ("a", "an", "the")
            or first.lower_ in _ROLE_HEADS
            or first.tag_ == "PRP$"
            or (first.ent_type_ in ("GPE", "NORP") and e + 2 < len(doc) and doc[e + 2].lower_ in ("'s", "’s"))
        ):
            j = e + 1
            while (
                j < len(doc)
                and j - e <= 20
                and doc[j].text not in _STOP_ROLE
                and doc[j].sent == doc[e].sent
                and doc[j].lower_ not in ("who", "which", "whose", "said", "says", "told")
            ):
                j += 1
            s2 = e + 2 if first.lower_ in ("a", "an", "the") else e + 1
            if (
                j > s2
                and (j >= len(doc) or doc[j].text in _STOP_ROLE)
                and doc[e + 1 : j].root.pos_ in ("NOUN", "PROPN")
            ):
                return _role_text(doc, s2, j)
    if s >= 2 and doc[s - 1].text == "," and (e >= len(doc) or doc[e].text in (",", ".")):
        i = s - 2
        while (
            i >= 0
            and doc[i].text not in _STOP_ROLE
            and doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "DET", "PART")
            and doc[i].lower_ not in ("a", "an")
            and doc[i].ent_type_ != "PERSON"
        ):
            if doc[i].lower_ == "the":
                break
            i -= 1
        if (
            i < s - 2
            and doc[s - 2].lower_ in _ROLE_HEADS
            and (i < 0 or doc[i].lower_ in ("the", "a", "an") or doc[i].text in _STOP_ROLE)
        ):
            return _role_text(doc, i + 1, s - 1)
    return None


def _copula_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "al-Muhandis was the deputy commander of the Popular Mobilization Forces" → that role."""
    root = doc[s:e].root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.i > root.i), None)
    if attr is None or attr.lower_ not in _ROLE_HEADS:
        return None
    j = attr.left_edge.i
    end = attr.i + 1
    while (
        end < len(doc)
        and end - attr.i <= 12
        and doc[end].text not in _STOP_ROLE
        and doc[end].pos_ not in ("VERB", "AUX", "PRON", "SCONJ")
        and doc[end].sent == attr.sent
    ):
        end += 1
    return _role_text(doc, j, end, need_head=True)


def _split_role(doc: Doc, role: Role) -> list[Role]:
    """ "FBI agent and terrorism specialist" → two roles, when each part has its own title word."""
    _, s, e = role
    cuts = [t.i for t in doc[s:e] if t.lower_ == "and"]
    parts = list(zip([s] + [c + 1 for c in cuts], cuts + [e], strict=True))
    if len(parts) < 2 or not all(any(t.lower_ in _ROLE_HEADS for t in doc[a:b]) for a, b in parts):
        return [role]
    return [r for a, b in parts if (r := _role_text(doc, a, b))]


def _roles(doc: Doc, c: _Cluster) -> list[Role]:
    found: list[Role] = []
    for m in sorted(c.mentions, key=lambda m: m.start):
        for whole in (
            _premodifier_role(doc, m.start),
            _apposition_role(doc, m.start, m.end),
            _copula_role(doc, m.start, m.end),
        ):
            for role in _split_role(doc, whole) if whole else []:
                if lx.key(role[0]) not in {lx.key(r[0]) for r in found}:
                    found.append(role)
    keys = [lx.key(r[0]) for r in found]
    return [
        r
        for r, k in zip(found, keys, strict=True)
        if not any(k != o and re.search(rf"\b{re.escape(k)}\b", o) for o in keys)
    ]


# ---------------------------------------------------------------- the extractor


def _lowercase_acronyms(doc: Doc) -> set[str]:
    """Acronyms of common nouns ("exclusive economic zone (EEZ)"): never actors."""
    out = set()
    for i in range(1, len(doc) - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")" and _is_acronym(doc[i + 1].text):
            acr = doc[i + 1].text.replace(".", "")
            words = [t for t in doc[max(0, i - len(acr) - 2) : i] if t.is_alpha]
            tail = words[-len(acr) :]
            if (
                len(tail) == len(acr)
                and all(t.is_lower for t in tail)
                and "".join(t.text[0] for t in tail).upper() == acr
            ):
                out.add(doc[i + 1].text)
    return out


def _retype(doc: Doc, mentions: list[Mention]) -> None:
    """Context decides types the model gets wrong: "the island Crete", "on Crete", a name among names."""
    for m in mentions:
        if m.strong or m.country or m.type not in ("organization", "person", "place"):
            continue
        prev = doc[m.start - 1] if m.start > 0 else None
        prev2 = doc[m.start - 2] if m.start > 1 else None
        nxt = doc[m.end] if m.end < len(doc) else None
        geo = (
            (prev is not None and prev.text in _GEO_NOUNS)
            or (prev is not None and prev.lower_ == "of" and prev2 is not None and prev2.text in _GEO_NOUNS)
            or (nxt is not None and nxt.text in _GEO_NOUNS)
        )
        plain = not _is_acronym(m.text) and not any(t.lower_ in lx.ORG_HEADS for t in doc[m.start : m.end])
        if geo and plain:
            m.type, m.strong = "place", True
        elif prev is not None and prev.text in _ORG_NOUNS and m.type == "person" and m.end - m.start > 1:
            m.type, m.strong = "organization", True
        elif m.type == "organization" and plain and prev is not None and prev.lower_ in ("in", "on", "near"):
            m.type = "place"
    for i, m in enumerate(mentions):
        if (
            m.strong
            or m.type != "organization"
            or _is_acronym(m.text)
            or any(t.lower_ in lx.ORG_HEADS for t in doc[m.start : m.end])
        ):
            continue
        near = [
            o
            for o in (mentions[i - 1] if i > 0 else None, mentions[i + 1] if i + 1 < len(mentions) else None)
            if o is not None and _listed(doc, o, m)
        ]
        if near and all(o.type == "person" for o in near):
            m.type = "person"


def _listed(doc: Doc, a: Mention, b: Mention) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = [t.lower_ for t in doc[lo.end : hi.start]]
    return bool(between) and all(w in (",", "and", "or") for w in between)


def find_mentions(doc: Doc) -> list[Mention]:
    """Every actor mention of ``doc``, repaired, without overlaps, aliases linked."""
    blocked = _lowercase_acronyms(doc)
    ner = _ner_mentions(doc, blocked)
    taken = {k for m in ner for k in range(m.start, m.end)}
    rules = _org_runs(doc) + _norp_orgs(doc) + _anonymous(doc) + _addressees(doc, taken)
    rules = [m for m in rules if not any(t.text in blocked for t in doc[m.start : m.end])]
    mentions = _resolve_overlaps(ner + rules)
    mentions = _resolve_overlaps(mentions + _acronyms(doc, mentions))
    _acronyms(doc, mentions)
    _known_as(doc, mentions)
    _retype(doc, mentions)
    return mentions


def extract_actors(doc: Doc) -> list[Actor]:
    """The actors of ``doc``, in order of first mention."""
    clusters = _cluster(find_mentions(doc))
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    actors: list[Actor] = []
    ids: dict[str, Actor] = {}
    owner: dict[int, Actor] = {}  # token index → actor of the mention there
    roles: list[tuple[Actor, Role]] = []
    for c in clusters:
        name = _canonical(c)
        aid = actor_id(name)
        spans = sorted(
            {(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in c.mentions}
        )
        if aid in ids:  # two clusters with one canonical name: one actor
            ids[aid].mentions = sorted(set(ids[aid].mentions) | set(spans))
            owner.update({k: ids[aid] for m in c.mentions for k in range(m.start, m.end)})
            continue
        aliases: list[str] = []
        for m in sorted(c.mentions, key=lambda m: m.start):
            text = re.sub(r"^[Tt]he\s+", "", m.text) if not c.anonymous else m.text
            if lx.key(text) != lx.key(name) and lx.key(text) not in {lx.key(a) for a in aliases}:
                aliases.append(text)
        typ = _cluster_type(c)
        actor = Actor(id=aid, name=name, type=typ, aliases=aliases, mentions=spans, anonymous=c.anonymous)
        if typ == "person" and not c.anonymous:
            found = _roles(doc, c)
            actor.roles = [r[0] for r in found]
            roles.extend((actor, r) for r in found)
        owner.update({k: actor for m in c.mentions for k in range(m.start, m.end)})
        ids[aid] = actor
        actors.append(actor)
    for actor, (_, s, e) in roles:
        for k in range(s, e):
            group = owner.get(k)
            if (
                group is None
                or group.type not in ("organization", "country")
                or group.id in actor.affiliations
            ):
                continue
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if group.type == "organization" or (
                nxt is not None
                and owner.get(k + 1) is not group
                and (
                    nxt.lower_ in ("'s", "’s")
                    or nxt.lower_ in lx.NAME_TITLES
                    or nxt.lower_ in lx.TITLE_MODIFIERS
                )
            ):
                actor.affiliations.append(group.id)
    return actors


# ---------------------------------------------------------------- lookup for other stages


def find_actor(actors: list[Actor], name: str) -> Actor | None:
    """The actor called ``name``: by name, alias, acronym, then (when unambiguous) surname or first name."""
    k = lx.key(name)
    if not k:
        return None
    for a in actors:
        if k == lx.key(a.name) or k in {lx.key(x) for x in a.aliases}:
            return a
    if _is_acronym(name):
        acr = name.replace(".", "").upper()
        hits = [a for a in actors if _initials(a.name) == acr]
        if len(hits) == 1:
            return hits[0]
    people = [a for a in actors if a.type == "person" and not a.anonymous]
    hits = [a for a in people if k in _surnames(a.name) or any(k in _surnames(x) for x in a.aliases)]
    if len(hits) == 1:
        return hits[0]
    if not hits and " " not in k:
        hits = [a for a in people if len(a.name.split()) >= 2 and _words(a.name)[0] == k]
        if len(hits) == 1:
            return hits[0]
    return None
