"""Other names of one actor among the mentions of an article (see ``mentions.py``).

An acronym defined in parentheses or after ", or" ("Syrian Democratic Forces (SDF)", "the Islamic State,
or ISIS,") and its later uses rename the organisation; "formerly known as Y" renames X; an acronym of
common nouns ("exclusive economic zone (EEZ)") is no actor at all.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from . import lexicon as lx
from .doccache import lowers, sent_of, texts, tokens
from .mention_model import Mention
from .names import is_acronym

_KNOWN_AS = frozenset("formerly also previously once now better officially widely commonly".split())


def acronyms(doc: Doc, mentions: list[Mention], agency: range | None = None) -> list[Mention]:
    """ "Syrian Democratic Forces (SDF)": the acronym and its later uses rename the actor (not the news
    agency of a dateline, "WASHINGTON (AP) —")."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    by_end = {m.end: i for i, m in enumerate(mentions)}
    extra: list[Mention] = []
    defined: dict[str, Mention] = {}
    for i in range(1, len(doc) - 2):
        if agency is not None and i + 1 in agency:
            continue
        if X[i] == "(" and X[i + 2] == ")" and is_acronym(X[i + 1]) and i in by_end:
            defined[X[i + 1]] = mentions[by_end[i]]
        elif (  # "the self-styled Islamic State, or ISIS,"
            X[i] == ","
            and L[i + 1] == "or"
            and i + 3 < len(doc)
            and is_acronym(X[i + 2])
            and T[i + 3].is_punct
            and i in by_end
            and mentions[by_end[i]].type == "organization"
        ):
            defined[X[i + 2]] = mentions[by_end[i]]
    taken = {k for m in mentions for k in range(m.start, m.end)}
    for t in (T[i] for i, x in enumerate(X) if x in defined) if defined else ():
        if t.text in defined and t.i not in taken:
            owner = defined[t.text]
            extra.append(
                replace(
                    owner,
                    start=t.i,
                    end=t.i + 1,
                    text=t.text,
                    anonymous=False,
                    strong=True,
                    alias_of=owner,
                    quoted=False,
                )
            )  # a new Mention of the same type and country
    for m in mentions:
        if m.text in defined and m.alias_of is None and defined[m.text] is not m:
            m.alias_of = defined[m.text]
    return extra


def known_as(doc: Doc, mentions: list[Mention]) -> None:
    """ "X, a group formerly known as Y": Y is another name of X."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    at = {k: i for i, m in enumerate(mentions) for k in range(m.start, m.end)}
    for t in (T[i] for i, w in enumerate(L) if w == "known"):
        if t.lower_ != "known" or t.i + 1 >= len(doc) or L[t.i + 1] != "as":
            continue
        if t.i == 0 or L[t.i - 1] not in _KNOWN_AS:
            continue  # "formerly known as", not "the withdrawal, known as Brexit"
        k = t.i + 2
        while k < len(doc) and L[k] in ("the", "a"):
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
                    for j in range(t.i - 1, sent_of(t).start - 1, -1)
                    if j in at and any(X[x] == "," for x in range(j, t.i))
                ),
                None,
            )
        if owner is not None and owner != at[k]:
            mentions[at[k]].alias_of = mentions[owner]
            mentions[at[k]].type = mentions[owner].type


def glosses(doc: Doc, mentions: list[Mention]) -> None:
    """ "Uhuru, or Freedom, a Swahili daily": a name and its translation set off by commas after "or" are
    one actor (not two countries or states in a list: "France, or Spain,")."""
    L, X = lowers(doc), texts(doc)
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        owner = by_end.get(m.start - 2)
        if (
            owner is None
            or m.start < 2
            or X[m.start - 2] != ","
            or L[m.start - 1] != "or"
            or m.end + 1 >= len(doc)
            or X[m.end] not in (",", ")")
            or L[m.end + 1] in ("or", "and")
            or by_start.get(m.end + 1) is not None
            or m.alias_of is not None
        ):
            continue
        if any(x.country or lx.key(x.text) in lx.US_STATES or x.anonymous for x in (m, owner)):
            continue
        m.alias_of, m.type = owner, owner.type


def lowercase_acronyms(doc: Doc) -> set[str]:
    """Acronyms of common nouns ("exclusive economic zone (EEZ)"): never actors."""
    T = tokens(doc)
    X = texts(doc)
    out = set()
    for i in range(1, len(doc) - 2):
        if X[i] == "(" and X[i + 2] == ")" and is_acronym(X[i + 1]):
            acr = X[i + 1].replace(".", "")
            words = [t for t in T[max(0, i - len(acr) - 2) : i] if t.is_alpha]
            tail = words[-len(acr) :]
            if (
                len(tail) == len(acr)
                and all(t.is_lower for t in tail)
                and "".join(t.text[0] for t in tail).upper() == acr
            ):
                out.add(X[i + 1])
    return out
