"""Mentions the statistical model misses, found by rules: organisations named by their head word ("High
Negotiations Committee"), bodies named by a demonym ("the Syrian government"), anonymous sources ("a senior
U.S. official") and people addressed by title."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from . import mention_news as mn
from . import mention_rules as mr
from .doccache import cap_flags, lowers, sent_ids, span_text, texts, tokens
from .doccache import ents as ents_of
from .mention_model import Mention
from .names import country_of, is_cap, surnames

_SOURCED = frozenset("quoted reported cited published broadcast aired".split())


def name_word(doc: Doc, s: int, e: int) -> bool:
    """ "Our" written capitalised inside a sentence, or before an organisation's name, opens a name ("Our
    Principles PAC", "Our Revolution")."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    if X[s] != "Our" or s + 1 >= e or not is_cap(T[s + 1]):
        return False
    return not T[s].is_sent_start or (e - s >= 3 and L[e - 1] in lx.ORG_HEADS)


_COMPASS = frozenset({"west", "east", "north", "south"})


def org_runs(doc: Doc) -> list[Mention]:
    """Capitalised phrases holding an organisation word ("High Negotiations Committee")."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    capf = cap_flags(doc)
    out: list[Mention] = []
    i, n = 0, len(doc)
    while i < n:
        if not capf[i]:
            i += 1
            continue
        glued = i >= 2 and X[i - 1] == "-" and not T[i - 2].whitespace_ and T[i - 2].is_lower  # "anti-X"
        glued = glued or mn.elided_surname(doc, i)  # "Norah O’Donnell of …": a name's end, no body's start
        if not capf[i] or T[i].ent_type_ in ("PERSON", "DATE", "TIME") or glued:
            i += 1
            continue
        j = i + 1
        while j < n:
            t = T[j]
            if t.ent_type_ in ("PERSON", "DATE", "TIME") or t.is_sent_start:
                break
            if is_cap(t):
                j += 1
            elif t.lower_ in lx.CONNECT and not (t.lower_ == "and" and L[j - 1] in lx.ORG_HEADS):
                k = j
                while k < n and L[k] in lx.CONNECT and k - j < 3:
                    k += 1
                split = (
                    (
                        t.lower_ in ("of", "for")
                        and t.ent_type_ == ""
                        and T[j - 1].ent_type_ != ""
                        and any(x.ent_iob_ == "B" for x in T[j + 1 : k + 1])  # "for the Associated Press"
                        and not any(x.lower_ in lx.ORG_HEADS for x in T[i:j])
                    )
                    or (  # "Acme News Daily on SiriusXM": a name the model closed, then a place it is on
                        t.lower_ == "on"
                        and t.ent_type_ == ""
                        and T[j - 1].ent_type_ == "ORG"
                        and L[j - 1] not in lx.ORG_HEADS  # "Council on Foreign Relations"
                        and (T[k].ent_iob_ == "B" or T[k].ent_type_ == "")
                    )
                    or (  # "units of Pellam and Ostrova Corp.": two companies the model told apart
                        t.lower_ == "and"
                        and t.ent_type_ == ""
                        and T[j - 1].ent_type_ == "ORG"
                        and T[k].ent_iob_ == "B"
                        and T[k].ent_type_ == "ORG"
                        and not any(x.lower_ == "of" for x in T[i:j])  # "High Court of England and Wales"
                    )
                )
                if k < n and capf[k] and T[k].ent_type_ not in ("PERSON", "DATE", "TIME") and not split:
                    j = k  # not across "of" between two names the model told apart ("X of Y Partners")
                else:
                    break
            else:
                break
        s, e = i, j
        if T[s].is_sent_start and T[s].tag_ not in ("NNP", "NNPS") and not name_word(doc, s, e):
            s += 1
        while s < e and (
            (L[s] in lx.NAME_TITLES and not (s + 1 < e and L[s + 1] in lx.ORG_HEADS))
            or L[s] in lx.CONNECT
            or L[s] in lx.ROLE_HEADS
            or (L[s] in lx.DETERMINERS and not name_word(doc, s, e))
            or L[s] in lx.CLAUSE_OPENERS
            or (L[s] in lx.FAITH_ADJECTIVES and s + 1 < e and T[s + 1].ent_type_ in ("GPE", "LOC", "FAC"))
        ):
            s += 1  # "President Putin", not "Supreme Court" nor "Foreign Ministry"; "Jewish West Bank …"
        if (
            e - s >= 3
            and T[e - 1].tag_ == "NNPS"
            and plural_title(L[e - 1])
            and L[e - 1][:-1] not in lx.ORG_HEADS
        ):
            e -= 1  # "Supreme Court Justices": people of the court, not a body of that name
        caps = [t for t in T[s:e] if is_cap(t)]
        if (
            len(caps) >= 2
            and (
                any(t.lower_ in lx.ORG_HEADS for t in caps)
                or caps[0].lower_ in lx.ORG_STARTERS
                or _people_for(doc, s, e)
            )
            and lx.key(span_text(doc, s, e)) not in lx.COUNTRY_BY_NAME  # "the Soviet Union": a country
            and not (e - s == 2 and L[s] in _COMPASS and T[s].ent_type_ in ("GPE", "LOC"))  # "West Bank"
        ):
            office_of = L[s] in lx.ORG_HEADS and s + 1 < e and L[s + 1] == "of"
            if office_of or not any(t.lower_ in lx.ROLE_HEADS - lx.ORG_HEADS for t in caps):
                out.extend(  # "ABC News-Washington Post": two names
                    Mention(a, b, "organization", span_text(doc, a, b), strong=True)
                    for a, b in mr.split_joined(doc, s, e)
                )
        i = max(j, i + 1)
    return out


def norp_orgs(doc: Doc) -> list[Mention]:
    """An adjective of belief or nationality followed by a proper noun names a group ("Islamic State")."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    capf = cap_flags(doc)
    family = {
        n for ent in ents_of(doc) if ent.label_ == "PERSON" and len(ent) >= 2 for n in surnames(ent.text)
    }
    out: list[Mention] = []
    for t in (T[ent.start] for ent in ents_of(doc) if ent.label_ == "NORP"):  # "B" tokens of NORP
        if t.ent_type_ != "NORP" or t.ent_iob_ != "B" or t.i + 1 >= len(doc):
            continue
        j = t.i + 1
        while j < len(doc) and T[j].ent_type_ == "NORP" and T[j].ent_iob_ == "I":
            j += 1
        k = j
        while (
            k < len(doc)
            and T[k].tag_ == "NNP"
            and capf[k]
            and T[k].ent_type_ in ("", "ORG", "NORP")
            and lx.key(X[k]) not in lx.COUNTRY_BY_DEMONYM
        ):
            k += 1
        last = L[k - 1]
        if (
            k == j
            or lx.key(span_text(doc, j, k)) in family  # "Republican Trump": a person
            or (last in lx.TITLE_MODIFIERS and last.endswith("al"))
            or any(title_word(x.lower_) for x in T[j:k])
            or L[j:k] == ["white", "house"]  # "a Democratic White House": the seat of government, any party's
        ):
            continue  # "Republican Sen.", "Republican National Committeeman", "a Republican Presidential win"
        out.append(Mention(t.i, k, "organization", span_text(doc, t.i, k), strong=True))
    return out


def _people_for(doc: Doc, s: int, e: int) -> bool:
    """A people or a kind of people "for" a cause, written as a name ("Canadians for a Fair Vote",
    "Citizens for Clean Water"): a campaign group."""
    T, X = tokens(doc), texts(doc)
    if e - s < 3 or lowers(doc)[s + 1] != "for" or not X[s].endswith("s"):
        return False
    return lx.key(X[s]) in lx.COUNTRY_BY_DEMONYM or (T[s].tag_ == "NNPS" and not T[s].is_sent_start)


def plural_title(w: str) -> bool:
    """ "senators", "representatives", "presidents": a title word in the plural (lower case)."""
    return len(w) > 4 and w.endswith("s") and (w[:-1] in lx.NAME_TITLES or w[:-1] in lx.TITLE_HEADS)


def title_word(w: str) -> bool:
    w = w.rstrip(".")
    return w in lx.ROLE_HEADS or w in lx.NAME_TITLES or (len(w) > 7 and w.endswith(("man", "woman")))


def anonymous_sources(doc: Doc) -> list[Mention]:
    """ "a senior U.S. official" and later "the official": one anonymous person."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    out: list[Mention] = []
    for t in (T[i] for i, w in enumerate(L) if w in lx.ANONYMOUS_HEADS):
        if t.lower_ not in lx.ANONYMOUS_HEADS or t.tag_ != "NN":
            continue
        if t.lower_ == "source" and t.i + 1 < len(doc) and L[t.i + 1] == "of":
            continue  # "a key source of revenue"
        i = t.i - 1
        while (
            i >= 0
            and L[i] not in ("a", "an", "another", "one", "the")
            and (T[i].pos_ in ("ADJ", "PROPN", "NOUN", "PUNCT", "NUM") or _hyphened(doc, i))
            and X[i] not in lx.STOP_ROLE
            and t.i - i <= 5
        ):
            i -= 1
        if i < 0 or sent_ids(doc)[i] != sent_ids(doc)[t.i]:
            continue
        det = L[i]
        if i >= 2 and X[i - 1] == "," and T[i - 2].ent_type_ == "PERSON":
            continue  # "Mohammed Reda, an airport protocol officer": a named person's role
        nxt = T[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (
            nxt.ent_type_ == "PERSON"
            or (nxt.text == "," and t.i + 2 < len(doc) and T[t.i + 2].ent_type_ == "PERSON")
        ):
            continue
        if det == "the" and t.i - i == 1:
            out.append(Mention(i, t.i + 1, "person", span_text(doc, i, t.i + 1), anonymous=True, strong=True))
        elif det in ("a", "an", "another", "one") and t.i - i >= 2:
            out.append(
                Mention(i + 1, t.i + 1, "person", span_text(doc, i + 1, t.i + 1), anonymous=True, strong=True)
            )
    return out


def _hyphened(doc: Doc, i: int) -> bool:
    """A part of a word joined by hyphens ("well-placed", "high-ranking")."""
    T, X = tokens(doc), texts(doc)
    return (i + 1 < len(doc) and X[i + 1] == "-" and not T[i].whitespace_) or (
        i > 0 and X[i - 1] == "-" and not T[i - 1].whitespace_
    )


_CUES = frozenset({"of", "told", "to", "by"})  # the words ``addressees`` looks after


def addressees(doc: Doc, taken: set[int]) -> list[Mention]:
    """ "told Foreign Policy", "according to Reuters", "Sabrina Bennoui of Reporters Without Borders":
    the named outlet or organisation is an actor."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    capf = cap_flags(doc)
    out: list[Mention] = []
    for t in (T[i] for i, w in enumerate(L) if w in _CUES):
        after_person = t.lower_ == "of" and t.i > 0 and T[t.i - 1].ent_type_ == "PERSON"
        if (
            t.lower_ == "told"
            or after_person
            or (t.lower_ == "to" and t.i > 0 and L[t.i - 1] == "according")
            or (t.lower_ == "by" and t.i > 0 and L[t.i - 1] in _SOURCED)  # "as quoted by X"
        ):
            s = t.i + 1
            if s < len(doc) and L[s] == "the":
                s += 1
            free = set(taken)
            if s + 1 < len(doc) and lx.key(X[s]) in lx.COUNTRY_BY_DEMONYM and capf[s + 1]:
                free.discard(s)  # "quoted by Greek Reporter": the demonym opens the outlet's name
            e = s
            while (
                e < len(doc)
                and capf[e]
                and e not in free
                and (after_person or T[e].pos_ in ("PROPN", "ADJ", "NOUN"))
            ):
                e += 1
            if (
                e - s >= (2 if s in taken else 1)
                and not any(i in free for i in range(s, e))
                and T[s].ent_type_ not in ("PERSON", "GPE", "LOC")
                and not country_of(span_text(doc, s, e))
            ):
                out.append(Mention(s, e, "organization", span_text(doc, s, e), strong=True))
    return out


def titled_people(doc: Doc, taken: set[int]) -> list[Mention]:
    """ "Princess Ubeta Lanoka", "Sultan Omar Dahl": two capitalised words or more after a title, none of
    them tagged by the model, name a person; later "Princess Ubeta" is the same person."""
    T = tokens(doc)
    L = lowers(doc)
    capf = cap_flags(doc)
    out: list[Mention] = []
    full: dict[str, list[tuple[int, int]]] = {}

    def name_end(j: int, listed: bool) -> int:
        while (
            j < len(doc)
            and capf[j]
            and T[j].tag_ == "NNP"
            and (T[j].ent_type_ in ("", "ORG", "PERSON") if listed else not T[j].ent_type_ and j not in taken)
            and not title_word(L[j])
            and L[j] not in lx.ORG_HEADS
            and not country_of(T[j].text)
            and lx.key(T[j].text) not in lx.COUNTRY_BY_DEMONYM
            and L[j] not in lx.STRUCTURE_HEADS  # "King Fahd Causeway"
            and L[j] not in lx.NOT_ACTOR_HEADS
        ):
            j += 1
        return j

    for i, t in enumerate(T[:-1]):
        word = L[i].rstrip(".")
        plural = plural_title(word)
        if not capf[i] or not (word in lx.NAME_TITLES or plural) or t.ent_type_ or i in taken:
            continue
        if plural:  # "Presidents Ann Oduya of Kenya and Tom Reyes of Peru": each of the list a person
            out += _listed_people(doc, i + 1, name_end)
            continue
        j = name_end(i + 1, False)
        closed = j >= len(doc) or not (capf[j] or T[j].text in ("-", "&"))
        if j - i >= 2 and closed:
            full.setdefault(L[i + 1], []).append((i + 1, j))
    first_names = {L[s] for spans in full.values() for s, e in spans if e - s >= 2}
    for spans in full.values():
        for s, e in spans:
            if e - s >= 2 or L[s] in first_names:
                out.append(Mention(s, e, "person", span_text(doc, s, e)))
    return out


def _listed_people(doc: Doc, j: int, name_end) -> list[Mention]:
    """The names of two words or more listed after a plural title, each maybe followed by "of" and its
    country, up to the first thing that is not such a name."""
    T, L, X = tokens(doc), lowers(doc), texts(doc)
    capf = cap_flags(doc)
    out: list[Mention] = []
    while j < len(doc):
        s = j
        j = name_end(s, True)
        if j - s < 2 or (j < len(doc) and capf[j] and L[j] != "of"):
            break
        out.append(Mention(s, j, "person", span_text(doc, s, j), strong=True))
        if j + 1 < len(doc) and L[j] == "of" and country_of(T[j + 1].text):
            j += 2
            while j < len(doc) and T[j].ent_type_ == "GPE" and T[j].ent_iob_ == "I":
                j += 1
        comma = j < len(doc) and X[j] == ","
        j += comma
        if j < len(doc) and L[j] == "and":
            j += 1
        elif not comma:
            break
    return out
