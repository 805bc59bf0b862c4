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
    """Token ``s`` is in a run of words written in title case, short words too, that opens a line: a
    headline ("Jane Doe Slams The Budget Deal"), maybe run into the next line's words by the copy."""
    T = tokens(doc)
    a = s
    while a > 0 and "\n" not in T[a - 1].whitespace_ and "\n" not in T[a - 1].text:
        a -= 1
    words = []
    for t in T[a:]:
        if "\n" in t.text:
            break
        if t.is_alpha:
            if not t.text[0].isupper():
                break
            words.append(t)
    small = [t for t in words[1:] if t.lower_ in _SMALL]
    return len(words) >= 4 and bool(small) and s <= words[-1].i


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
