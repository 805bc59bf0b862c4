"""More rules on the shape of news copy: names of prizes, languages, surnames with an elided prefix, common
plurals opening a sentence, and lists of headlines.

- "the Jane Doe award": a prize named after someone names no actor; its giver ("the Ford Foundation
  award") does.
- "when speaking Spanish", "Spanish-language radio": a language, not the country of its demonym.
- "Norah O’Donnell": the model ends the name before "O’Donnell"; "O’", "D’" open a family name.
- "Aides said …", "Advisers said …": a plural of a person's role opening a sentence names no one.
- "Related:" lists of headlines ("Jane Doe Slams The Budget Deal"): in a line written in title case, a
  name runs on into the headline's verb; it is cut back to the name the article gives elsewhere.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import lexicon as lx
from .doccache import lowers, span_text, texts, tokens
from .mention_model import Mention

# Nouns of prizes: a name between a determiner and one of them is the prize's name.
PRIZES = frozenset(
    "award awards prize prizes medal medals trophy trophies scholarship scholarships fellowship "
    "fellowships lecture cup".split()
)
_ELIDED = re.compile(r"^[OD][’'][A-Z][a-z]+$")  # "O’Donnell", "D’Amato"
_LANGUAGE_NEXT = frozenset({"language", "speaking", "speaker", "speakers"})
_SMALL = frozenset("the of on for to in a an and with at by from".split())
_SPEAK = frozenset({"speak", "write", "translate", "sing", "tweet", "broadcast", "dub", "subtitle"})


def prize_named(doc: Doc, s: int, e: int) -> bool:
    """ "the Jane Doe award", "a Frank Lister Memorial Prize": the name ``s:e`` names a prize (not when it
    names a body that gives one: "the Ford Foundation award")."""
    T = tokens(doc)
    L = lowers(doc)
    k = e
    if k < len(doc) and L[k] == "memorial":
        k += 1
    if k >= len(doc) or L[k] not in PRIZES or T[k].pos_ not in ("NOUN", "PROPN"):
        return False
    if s == 0 or L[s - 1] not in ("the", "a", "an"):
        return False
    return not any(w in lx.ORG_HEADS or w in lx.LONE_BODIES for w in L[s:e])


def language_named(doc: Doc, i: int) -> bool:
    """The demonym at ``i`` names a language: "speaking Spanish", "in fluent French", "Spanish-language"."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    t = T[i]
    if i + 2 < len(doc) and X[i + 1] in ("-", "‐") and L[i + 2] in _LANGUAGE_NEXT:
        return True
    if t.ent_type_ == "LANGUAGE":
        return True
    head = t.head
    if t.dep_ in ("dobj", "pobj", "npadvmod") and head.lemma_.lower() in _SPEAK:
        return True
    return i >= 1 and L[i - 1] == "fluent"


def elided_surname(doc: Doc, i: int) -> bool:
    """The token at ``i`` is a family name with an elided prefix ("O’Donnell") right after a personal name."""
    T = tokens(doc)
    return (
        0 < i < len(doc)
        and bool(_ELIDED.match(T[i].text))
        and T[i - 1].ent_type_ == "PERSON"
        and not T[i - 1].whitespace_ == ""
        and T[i].ent_type_ != "PERSON"
    )


def role_plural(doc: Doc, m: Mention) -> bool:
    """ "Aides said", "Advisers warned": one capitalised plural of a role noun opening a sentence."""
    T = tokens(doc)
    t = T[m.start]
    if m.end - m.start != 1 or not t.is_sent_start or t.tag_ != "NNS":
        return False
    lemma = t.lemma_.lower()
    return lemma in lx.ROLE_HEADS or lemma in lx.ANONYMOUS_HEADS or lemma.endswith(("er", "or", "ist"))


def _title_line(doc: Doc, s: int) -> bool:
    """Token ``s`` is in a run of words written in title case that opens a line: a headline ("Jane Doe Slams
    The Budget Deal", "Jane Doe Refuses to Back the Deal"), maybe run into the next line's words by the copy.
    Short words written capitalised mark it; lower-case ones only when the whole line is so written."""
    T = tokens(doc)
    a = s
    while a > 0 and "\n" not in T[a - 1].whitespace_ and "\n" not in T[a - 1].text:
        a -= 1
    caps, small, whole = [], False, True
    for t in T[a:]:
        if "\n" in t.text:
            break
        if t.is_alpha:
            if t.text[0].isupper():
                caps.append(t)
                small = small or (t.lower_ in _SMALL and t.i > a)
            elif t.lower_ not in _SMALL:
                whole = False
                break
        if "\n" in t.whitespace_:
            break
    if len(caps) < 4 or s > caps[-1].i:
        return False
    return small or (whole and any(t.lower_ in _SMALL and t.is_lower for t in T[a : caps[-1].i]))


def headline_cuts(doc: Doc, mentions: list[Mention]) -> None:
    """In a headline line, a name that runs on past a person's name given elsewhere ends with that name."""
    people = {
        lx.key(m.text): m.end - m.start
        for m in mentions
        if m.type == "person" and m.end - m.start >= 2 and not _title_line(doc, m.start)
    }
    if not people:
        return
    for m in mentions:
        if m.end - m.start < 3 or m.anonymous or not _title_line(doc, m.start):
            continue
        for n in range(m.end - m.start - 1, 1, -1):
            if lx.key(span_text(doc, m.start, m.start + n)) in people:
                m.end, m.type, m.text = m.start + n, "person", span_text(doc, m.start, m.start + n)
                break


_NOT_IN_NAMES = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL"})


def _items(doc: Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of ``lo:hi`` between commas and "and"/"or", without a leading article."""
    L = lowers(doc)
    out, s = [], lo
    for i in range(lo, hi + 1):
        if i == hi or L[i] in (",", ";", "and", "or", "&"):
            a, b = s, i
            while a < b and L[a] in ("the", "and", "or"):
                a += 1
            while b > a and tokens(doc)[b - 1].is_punct and not texts(doc)[b - 1].endswith("."):
                b -= 1
            while b > a and texts(doc)[b - 1] == ".":
                b -= 1
            if a < b:
                out.append((a, b))
            s = i + 1
    return out


def _name_shaped(doc: Doc, s: int, e: int) -> bool:
    T = tokens(doc)
    L = lowers(doc)
    if e - s > 6 or not T[s].text[:1].isupper() or not T[e - 1].text[:1].isupper():
        return False
    return all(
        (t.text[:1].isupper() or L[t.i] in lx.CONNECT) and t.ent_type_ not in _NOT_IN_NAMES and t.text != "."
        for t in T[s:e]
    )


def listed_orgs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names listed with organisations are organisations: in "… are Acme Action, MPower Change, Bend the
    Arc, Demand Progress and the Fair Voices Society", the names the model left out or mistyped join the
    organisations they are listed with (three names or more, two of them and a third of all organisations
    already)."""
    orgs = {(m.start, m.end) for m in mentions if m.type == "organization" and not m.anonymous}
    fixed = {(m.start, m.end) for m in mentions if m.country or m.strong or m.type == "person"}
    org_ends: dict[int, list[tuple[int, int]]] = {}
    for a, b in orgs:
        org_ends.setdefault(b, []).append((a, b))
    out: list[Mention] = []
    for sent in doc.sents:
        run: list[tuple[int, int]] = []
        for s, e in [*_items(doc, sent.start, sent.end), (-1, -1)]:
            if s >= 0 and _name_shaped(doc, s, e):
                run.append((s, e))
                continue
            known = [x for x in run if x in orgs]
            if len(run) >= 3 and len(known) >= 2 and 3 * len(known) >= len(run):
                out.extend(
                    Mention(a, b, "organization", span_text(doc, a, b), strong=True)
                    for a, b in run
                    if (a, b) not in orgs and (a, b) not in fixed and b - a >= 2  # "Reform" alone: a word
                )
            run = []
            first = next((m for m in org_ends.get(e, []) if s <= m[0] and _name_shaped(doc, *m)), None)
            if s >= 0 and first is not None:  # "… signed by Acme Action": the list's first name ends a phrase
                run.append(first)
    return out


def org_tail(doc: Doc, s: int, e: int) -> int:
    """The end of an organisation's name the model cut before "to" or "for" and one or two capitalised
    words that close the phrase ("Interfaith Paths" of "… of Interfaith Paths to Peace,"); not in a
    headline ("Acme to Buy Rival"), not over another name ("Acme Corp for Ohio")."""
    T, L = tokens(doc), lowers(doc)
    if e - s < 2 or e + 2 >= len(doc) or L[e] not in ("to", "for") or _title_line(doc, s):
        return e
    k = e + 1
    while (
        k < len(doc) and k - e <= 2 and T[k].tag_ in ("NNP", "NNPS") and T[k].is_title and not T[k].ent_type_
    ):
        k += 1
    if k == e + 1 or k >= len(doc) or T[k].text not in (",", ".", ";", ")"):
        return e
    return k


def hyphenated_group(doc: Doc, s: int, e: int) -> bool:
    """ "African-Americans", "Cuban-Americans": a people joined by a hyphen to a plural demonym names a group,
    not the country of the demonym."""
    L, X = lowers(doc), texts(doc)
    return (
        e - s >= 3
        and X[e - 2] == "-"
        and X[e - 1].endswith("s")
        and lx.key(L[e - 1]) in lx.COUNTRY_BY_DEMONYM
    )


def government_of(doc: Doc, s: int, e: int) -> int:
    """The start of "White House" in "the Obama White House": the seat of a government named after its
    leader is the body, not a person."""
    L = lowers(doc)
    if e - s >= 3 and L[e - 2 : e] == ["white", "house"]:
        return e - 2
    return s


def show_hosts(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """ "the Daily Show with Jon Stewart", "the Late Hour with Ann Roe": a show's title the model read as one
    work ends with its host's name, a person. Token spans."""
    T = tokens(doc)
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("WORK_OF_ART", "EVENT"):
            continue
        w = next((t.i for t in ent if t.lower_ == "with"), None)
        if w is None or not 2 <= ent.end - w - 1 <= 3 or w - ent.start < 2:
            continue
        host = T[w + 1 : ent.end]
        if all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in host) and not taken & set(
            range(w + 1, ent.end)
        ):
            out.append((w + 1, ent.end))
    return out
