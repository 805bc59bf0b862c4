"""Parts of a clause the timeline reads: the noun a relative clause leaves out, the words that tell
a clause is no event (a noun read as a verb, a clause of any case), brackets, bare nouns."""

from __future__ import annotations

from spacy.tokens import Token

from .timeline_dates import SUBJECT

RELATIVE = frozenset({"who", "which", "that", "whom"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
ARGUMENTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative")


def relative_object(tok: Token) -> bool:
    """A relative word as object ("which" in "the reports which X filed"), no demonstrative ("did that")."""
    return tok.dep_ == "dobj" and tok.lower_ in RELATIVE and tok.tag_ in ("WDT", "WP", "IN")


ADVERBIAL_HEADS = frozenset(
    {"reason", "way", "time", "day", "night", "week", "month", "year", "moment", "place", "point", "extent"}
)


def gap_object(verb: Token, skip: set[int]) -> list[Token] | None:
    """The noun a relative clause with a subject of its own leaves out as its object ("the reports which
    the campaign filed", "the $3 million the senator raised"): its words, [] when it says nothing ("ones",
    "those"), None when the clause lacks no object ("the day she left", "the town where he grew up")."""
    head, kids = verb.head, list(verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ in FINITE | {"VBN"} and not any(c.dep_ == "mark" for c in kids)
    if verb.dep_ != "relcl" and not reduced or head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return None  # "the plan the council approved" may be parsed as a clause of the noun
    if head.i in skip or not any(c.dep_ in SUBJECT and c.lower_ not in RELATIVE for c in kids):
        return None  # "the man who won": the relative word is the subject
    if any(c.tag_ == "WRB" or c.dep_ == "prep" and not any(True for _ in c.children) for c in kids):
        return None  # "where he grew up", "the firm he worked for"
    if any(relative_object(c) for c in kids):
        pass  # "which the campaign filed"
    elif any(c.lower_ in RELATIVE or c.dep_ in ARGUMENTS or c.dep_ == "nsubjpass" for c in kids):
        return None
    elif head.lemma_.lower() in ADVERBIAL_HEADS:
        return None  # "the reason she resigned"
    if head.pos_ == "PRON" or head.lemma_.lower() in ("one", "those", "these"):
        return []
    return [t for t in head.doc[head.left_edge.i : head.i + 1] if t.i not in skip and not t.is_punct]


def misread_noun(verb: Token) -> bool:
    """Whether ``verb`` is a plural noun the tagger took for a verb ("after three early states wins"):
    its subject is a plural common noun, alone, and the verb singular."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (
        verb.tag_ == "VBZ"
        and len(subjects) == 1
        and subjects[0].tag_ == "NNS"
        and not any(c.dep_ == "conj" for c in subjects[0].children)
    )


FREE_RELATIVES = frozenset({"however", "whatever", "whichever", "whoever", "whenever", "wherever"})


def free_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of any case ("however the party does on Saturday"): no event.
    A sentence adverb ("However, the party won") has its comma."""
    doc = verb.doc
    return any(
        c.lower_ in FREE_RELATIVES and c.i + 1 < len(doc) and doc[c.i + 1].text != ","
        for c in verb.subtree
        if c.i < verb.i
    )


def close_brackets(toks: list[Token]) -> list[Token]:
    """A kept "(" gets its ")" back when all between is kept ("Ana Ruiz (D-NY) said"), else goes."""
    kept = {t.i for t in toks}
    out = list(toks)
    for t in toks:
        if t.text != "(":
            continue
        close = next((u for u in t.sent if u.i > t.i and u.text == ")"), None)
        if close is None or close.i in kept:
            continue
        if all(j in kept for j in range(t.i + 1, close.i)):
            out.append(close)
        else:
            out.remove(t)
    return sorted(out, key=lambda t: t.i)


def bare_head(prep: Token) -> bool:
    """Whether ``prep`` completes a bare noun that cannot stand without it ("is not part of the plan",
    "was named head of the unit")."""
    noun = prep.head
    return (
        prep.dep_ == "prep"
        and noun.tag_ == "NN"
        and noun.dep_ in ("attr", "oprd")
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children)
    )
