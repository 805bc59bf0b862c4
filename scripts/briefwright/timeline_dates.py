"""Which dates of a text date an event of the timeline, and which verb each one dates.

A date dates no event when it only bounds a period another date of the same verb opens ("suspended on
Monday until March 30"), when it belongs to a thing the clause mentions rather than to its event ("after
a fight in 2012", "the states voting on Tuesday"), when its sentence tells a schedule ("airs weekdays at
6:00"), or when it sits in a quoted clause (what a speaker said is in the quotes).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .model import Timex

SUBJECT = ("nsubj", "nsubjpass")


SCHEDULE_WORDS = frozenset({"weekdays", "weeknights", "weekends", "every", "daily", "nightly"})


def recurring_sentences(doc: Doc, timexes: list[Timex]) -> set[int]:
    """Start tokens of the sentences that tell a schedule: a SET expression or a word of recurrence."""
    out = {
        sent.start
        for sent in doc.sents
        if any(t.text in SCHEDULE_WORDS or t.i == sent.start and t.lower_ in SCHEDULE_WORDS for t in sent)
    }  # lower case only inside a sentence: "Breitbart News Daily" is a name
    for t in timexes:
        if t.type == "SET":
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                out.add(span.sent.start)
    return out


BOUNDS = {"until", "till", "pending", "through", "before", "after"}


def period_bounds(spans: list[Span]) -> set[int]:
    """Dates that only bound another dated event ("suspended on Tuesday until October 14"):
    introduced by until, before, after... while the same verb has a date of its own."""
    verbs: dict[int, list[Span]] = {}
    for span in spans:
        verb = verb_of(span)
        if verb is not None:
            verbs.setdefault(verb.i, []).append(span)

    def bound(span: Span) -> bool:
        head = span.root.head
        return span.root.dep_ == "pobj" and head.lower_ in BOUNDS

    out: set[int] = set()
    for group in verbs.values():
        if len(group) > 1 and not all(bound(s) for s in group):
            out.update(s.start for s in group if bound(s))
    return out


def verb_of(span: Span) -> Token | None:
    tok = span.root
    for _ in range(30):
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.lemma_ != "accord"
            and not (tok.dep_ == "amod" or tok.tag_ == "VBG" and tok.dep_ == "acl")
        ):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def quoted_clauses(doc: Doc, quoted: list[tuple[int, int]]) -> set[int]:
    """The tokens of the quotations that hold a clause, a verb with its subject ('“He will lose,” X said');
    a quoted phrase is the writer's words ('X was “arbitrarily detained”', 'called it “a farce”')."""
    out: set[int] = set()
    for s, e in quoted:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        toks = {t.i for t in span}
        if any(t.dep_ in SUBJECT and t.head.i in toks and t.head.pos_ in ("VERB", "AUX") for t in span):
            out |= toks
    return out


OTHER_TIME = frozenset(
    {"after", "before", "since", "until", "till", "ahead", "following", "prior", "pending"}
)
SAME_TIME = frozenset({"in", "on", "at", "during", "with", "via", "amid", "throughout"})
HYPOTHETICAL = frozenset({"if", "unless", "whether"})
NOUN_MODIFIER = frozenset({"compound", "nmod", "poss", "amod", "nummod"})


def dates_another_thing(span: Span, verb: Token) -> bool:
    """Whether the date belongs to something other than the event of ``verb``: a thing before or after
    it ("was proposed after an attack in 2015", "ahead of the 2018 elections"), a thing it only mentions
    ("donated to 2016 candidates"), a state of a dated thing ("the May 5 deal is void"), or a
    hypothesis ("if X is elected on Wednesday")."""
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return True
    root = span.root
    own = root.head.i if root.dep_ == "pobj" else -1
    tok = root
    for _ in range(12):
        if tok.i == verb.i or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i != own and tok.lower_ in OTHER_TIME:
            return True
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.i != verb.i:
            return True  # "the states voting on Tuesday are …": the date is the voting's
    if root.dep_ not in NOUN_MODIFIER or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head  # "the 2018 elections", "Sunday's signings"
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    if noun.dep_ in SUBJECT:
        return verb.lemma_ == "be"
    if noun.dep_ == "pobj":
        return noun.head.lower_ not in SAME_TIME
    return not (
        noun.dep_ in ("dobj", "attr") and noun.head.i == verb.i
    )  # "won the 2016 vote", "was a 2016 finalist"
