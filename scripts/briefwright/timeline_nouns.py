"""Events named by a noun that a date modifies: "the March 3 shooting of a judge", "last year's bombing of
the station", "in the aftermath of the May 2 bombings at two hotels".

When such a date belongs to the noun and not to the verb of its clause ("X was charged in the 1997
stabbing of Y": the charge is not of 1997), the noun phrase itself is the event told at that date ("The
stabbing of Y"), provided the noun names a happening (by its ending, "-ing", "-tion", "-ment", "-al", or
as one of the common words of news for an event) and the phrase says more than the bare noun: "the
October slaying" alone tells nothing the article's other entries do not.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .timeline_rules import names_its_part
from .timeline_text import join

DATE_OF_NOUN = frozenset({"compound", "nmod", "poss", "amod", "nummod"})
EVENT_NOUNS = frozenset(
    {"attack", "blast", "raid", "strike", "crash", "fire", "quake", "earthquake", "storm", "flood", "coup",
     "war", "riot", "protest", "massacre", "murder", "death", "visit", "trip", "summit", "talks", "vote",
     "trial", "arrest", "ruling", "verdict", "rally", "march", "deal", "sale", "purchase", "purchases",
     "speech", "ceremony", "funeral", "crackdown", "takeover", "ambush", "siege", "fight", "battle",
     "assault", "collapse", "fall", "release", "escape", "launch", "test", "accident", "incident",
     "discovery", "robbery", "victory", "surgery", "recovery", "delivery", "injury", "defeat", "win"}
)  # fmt: skip
EVENT_ENDINGS = ("ing", "ings", "tion", "tions", "sion", "sions", "ment", "ments", "ure", "ures")
NOT_EVENTS = frozenset(
    {"building", "thing", "clothing", "housing", "ceiling", "evening", "morning", "spring", "string",
     "wing", "king", "ring", "nation", "station", "section", "position", "population", "region", "portion",
     "government", "department", "apartment", "parliament", "equipment", "document", "moment", "amount",
     "nature", "future", "culture", "figure", "structure", "measure", "picture", "temperature", "budget",
     "earnings", "savings", "holdings", "belongings", "proceeds", "payment", "payments", "investment"}
)  # fmt: skip
KEPT_AFTER = frozenset({"prep", "amod", "compound", "pobj", "det", "nummod", "cc", "conj", "punct", "hyph"})
CONTENT_PREPS = frozenset({"of", "on", "at", "in", "against", "near", "by", "outside", "into", "over"})
MAX_WORDS = 14
AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def event_noun(noun: Token) -> bool:
    """Whether ``noun`` (a common noun) names a happening."""
    if noun.pos_ != "NOUN":
        return False
    word = noun.lower_
    if word in NOT_EVENTS or noun.lemma_.lower() in NOT_EVENTS:
        return False
    return noun.lemma_.lower() in EVENT_NOUNS or word in EVENT_NOUNS or word.endswith(EVENT_ENDINGS)


def dated_noun(span: Span) -> Token | None:
    """The noun a date stands before as its modifier ("the March 3 shooting", "last year's blasts")."""
    root = span.root
    if root.dep_ not in DATE_OF_NOUN or root.head.i < span.end or names_its_part(span.text):
        return None  # "third-quarter sales": a figure of the quarter, no event
    noun = root.head
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "the 1998 embassy bombings": the date is the bombings'
    return noun if event_noun(noun) else None


def noun_event(span: Span, skip: set[int], scope: set[int] | None = None) -> tuple[str, int, int] | None:
    """The statement of the event the noun after ``span`` names, or None: the noun phrase without its
    article, the date, relative clauses and asides, with the phrases that tell of what or where."""
    noun = dated_noun(span)
    if noun is None:
        return None
    out: set[int] = set()
    aside = {  # relative clauses, appositions and "-ing" clauses; "a rifle buried near X" stays
        s.i
        for d in noun.subtree
        if d.i != noun.i and (d.dep_ in ("relcl", "appos", "advcl") or d.dep_ == "acl" and d.tag_ != "VBN")
        for s in d.subtree
    }
    told = False  # whether anything but the bare noun is kept
    for t in noun.subtree:
        if t.i in skip or t.i in aside or t.i in range(span.start, span.end):
            continue
        if t.dep_ == "case" and t.head.i in range(span.start, span.end):
            continue  # the "'s" of "last year's"
        if t.i < noun.i and t.dep_ in ("det", "poss", "predet"):
            continue
        out.add(t.i)
        if t.i != noun.i and not t.is_punct:
            told = True
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS), None)
    if prep is not None and any(c.ent_type_ in AMOUNTS or c.pos_ == "NUM" for c in prep.children):
        return None  # "1989 sales of $155 million": an amount, no event
    if (
        not told
        or prep is None
        and not any(c.dep_ in ("compound", "amod") and c.i in out for c in noun.lefts)
    ):
        return None
    doc = noun.doc
    for i in sorted(out):
        if i > noun.i and doc[i].text in (",", ";", "(", "—", "--") and not _inside_name(doc[i]):
            out -= {j for j in out if j >= i}  # "… clinic that killed …, and …": up to the first aside
            break
    toks = [doc[i] for i in sorted(out)]
    while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET")):
        toks.pop()
    if len(toks) > MAX_WORDS:
        toks = toks[:MAX_WORDS]
        while toks and toks[-1].pos_ in ("ADP", "CCONJ", "DET", "PUNCT"):
            toks.pop()
    if len(toks) < 2:
        return None
    text = "The " + join(toks)
    if scope is not None:
        scope |= {t.i for t in toks}
    return text, toks[0].idx, toks[-1].idx + len(toks[-1])


def _inside_name(comma: Token) -> bool:
    """Whether a comma is part of a place's name ("Birmingham, Ala., clinic"), between proper nouns."""
    doc = comma.doc
    before = doc[comma.i - 1] if comma.i > 0 else None
    after = doc[comma.i + 1] if comma.i + 1 < len(doc) else None
    if before is None or after is None or before.pos_ != "PROPN":
        return False
    opened = comma.i > 2 and doc[comma.i - 2].text == "," and doc[comma.i - 3].pos_ == "PROPN"
    return after.pos_ == "PROPN" or opened  # "a Birmingham, Ala., clinic": the state closes the name
