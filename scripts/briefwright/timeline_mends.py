"""Mends for the timeline on political news: who a relative clause or a description is about, posts
embedded in the page, and verbs the parse hides behind an adjective, a participle or a noun.

* a relative clause of a description in apposition tells of the name ("Ana Ruiz, the lawyer who founded
  the firm in 1990": Ana Ruiz founded it); so does a possessive description with its name ("Her aide,
  Bo Li, ran the office": Bo Li ran it);
* "both of which", "all of whom" stand for the noun of their relative clause;
* ", which" after a place stands for the place ("a win in Ohio, which votes on Tuesday");
* an embedded post (``<tweet …>…</tweet>``, or a paragraph signed "— Name (@handle) July 1, 2016") is
  someone's words, as a quotation is;
* "is likely to win on Tuesday": the event is told from the copula ("X is likely to win");
* "Beginning in 1999, X acted as …": the date is the clause's;
* "A poll found last week that …" parsed as a noun with a participle: the participle is the verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .doccache import sent_of
from .timeline_rules import SUBJECT

EMBEDDED = re.compile(
    r"<tweet\b[^>]*>.*?</tweet>"  # an embedded post in the page's markup
    r"|^[^\n]*\(@\w{1,30}\)\s+\w{3,9}\.? \d{1,2}, \d{4}[^\n]{0,40}$",  # a paragraph ending in its signature
    re.S | re.M,
)
PARTITIVE = frozenset(
    {"both", "all", "some", "most", "many", "each", "none", "one", "several", "neither", "either"}
)
PLACES = frozenset({"GPE", "LOC"})
OPENING = frozenset({"begin", "start"})


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the posts embedded in ``text``: their words and dates are a post's, not events."""
    return [(m.start(), m.end()) for m in EMBEDDED.finditer(text)]


def named_description(noun: Token) -> Token | None:
    """The name a description stands beside: "Ana Ruiz, the lawyer (who …)" -> Ana Ruiz; "Massachusetts and
    Vermont, states (that …)" -> Massachusetts (with its conjuncts)."""
    head, doc = noun.head, noun.doc
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or head.pos_ != "PROPN" or not head.i < noun.i:
        return None  # "the United Nations (UN) Security Council which met": a name, the Council's own
    return head if doc[noun.left_edge.i - 1].text == "," else None


def possessive_with_name(subject: Token) -> Token | None:
    """The name in apposition to a subject described by a possessive pronoun ("Her campaign manager, Bo Li,
    ran …" -> Bo Li): the pronoun's person is not told, the name is. So too for a description with "the"
    ("The suspect, Jo Hale, was arrested" -> Jo Hale) and for "one of" a group ("One of the judges, Al
    Ray, died" -> Al Ray)."""
    if subject.lower_ == "one":
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is None or group.tag_ != "NNS":
            return None
        return _name_beside(subject) or _name_beside(group)
    described = any(
        c.dep_ == "poss" and c.tag_ == "PRP$" or c.dep_ == "det" and c.lower_ == "the"
        for c in subject.children
    )
    if subject.pos_ != "NOUN" or not described:
        return None
    return _name_beside(subject)


def _name_beside(noun: Token) -> Token | None:
    """A name in apposition after a comma ("the suspect, Jo Hale, …")."""
    doc = noun.doc
    return next(
        (
            c
            for c in noun.rights
            if c.dep_ == "appos" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def partitive_relative(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is "both of which", "all of whom" opening ``verb``'s relative clause."""
    return (
        verb.dep_ == "relcl"
        and subject.lower_ in PARTITIVE
        and any(
            c.lower_ == "of" and any(g.lower_ in ("which", "whom") for g in c.children)
            for c in subject.children
        )
    )


def name_before_which(subject: Token, head: Token) -> Token | None:
    """The name a ", which" or ", both of which" follows when the parse ties the clause to a noun before it
    ("a win in Ohio, which votes on Tuesday": Ohio votes; "shares in X and Y, both of which cut jobs": X and
    Y did). A plain "which" is a place's only: "the proclamation by X, which …" is the proclamation."""
    first = subject.left_edge
    if first.i < 2 or subject.lower_ != "which" and not partitive_relative(subject, subject.head):
        return None
    doc = subject.doc
    comma, before = doc[first.i - 1], doc[first.i - 2]
    if (
        comma.text != ","
        or before.pos_ != "PROPN"
        or subject.lower_ == "which"
        and before.ent_type_ not in PLACES
    ):
        return None
    while before.dep_ in ("compound", "flat", "conj") and before.head.i < before.i:
        before = before.head  # "V W Corp. and Z Inc.": the first of the names
    return before if head.i < before.i else None


def copula_of_adjective(verb: Token) -> Token | None:
    """The copula an infinitive completes through an adjective ("X is likely to win", "is set to meet"),
    when the infinitive has no subject of its own."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ != "ADJ" or head.dep_ != "acomp":
        return None
    if any(c.dep_ in SUBJECT for c in verb.children) or head.head.pos_ not in ("VERB", "AUX"):
        return None
    return head.head


def opening_begin(verb: Token) -> Token | None:
    """The verb of the clause a "Beginning in 1999," or "Starting on Monday," opens: the date is its."""
    if verb.tag_ != "VBG" or verb.lemma_ not in OPENING or verb.dep_ not in ("advcl", "prep"):
        return None
    if verb.left_edge.i != sent_of(verb).start or any(c.dep_ in SUBJECT for c in verb.children):
        return None
    head = verb.head
    return head if head.pos_ in ("VERB", "AUX") and verb.i < head.i else None


def headline_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle the parse hung on the sentence's noun root ("A poll found last
    week that X leads": the noun is the subject, the participle a past tense with what was found), or a
    past tense right after a name the parse took for the root ("X called Wednesday for Y to resign")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and (head.dep_ == "ROOT" or head.dep_ == "appos" and head.head.dep_ == "ROOT")  # "CITY (AP) — X"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and (
            any(c.dep_ in ("ccomp", "dobj") for c in verb.children)
            or verb.tag_ == "VBD"
            and verb.i == head.i + 1  # "X called Wednesday for Y to resign"
        )
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sent_of(verb))
    )


CONDITIONS = frozenset({"provided", "providing"})
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "when", "while", "because", "once"})


def condition_cut(verb: Token, out: set[int]) -> int | None:
    """Where a condition the parse read as a verb begins ("willing to withdraw provided the border is safe"):
    the statement ends before it, as the clause it opens is only half kept."""
    doc = verb.doc
    for i in sorted(out):
        tok = doc[i]
        if (
            i <= verb.i
            or tok.lower_ not in CONDITIONS
            or tok.dep_ not in ("ccomp", "prep", "advcl", "mark", "dep")
        ):
            continue  # "funds provided by donors", "built homes and provided shelters"
        if any(c.dep_ in SUBJECT or c.dep_ in ("aux", "auxpass", "agent") for c in tok.children):
            continue  # "the bank provided loans", "were provided"
        return i
    return None


def clause_read_as_phrase(out: set[int], doc) -> set[int]:
    """A subordinate clause the parse split into a phrase and another verb ("found after his mother, his
    brother and others died": "after his mother" and "… died"): the phrase goes with its lost verb."""
    drop: set[int] = set()
    for i in sorted(out):
        prep = doc[i]
        if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_PREPS:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        j = obj.right_edge.i + 1 if obj is not None else len(doc)
        if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].dep_ not in SUBJECT:
            continue
        lost = doc[j + 1].head
        if lost.dep_ == "conj" and lost.i not in out and lost.i > j:
            drop |= {t.i for t in prep.subtree}
    return drop
