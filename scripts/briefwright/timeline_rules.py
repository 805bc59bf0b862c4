"""Rules of the timeline: which dates date an event and which verb each one dates, and the parts of a
clause the event is told from.

A date dates no event when it only bounds a period another date of the same verb opens ("suspended on
Monday until March 30"), when it belongs to a thing the clause mentions rather than to its event ("after
a fight in 2012", "the states voting on Tuesday"), when its sentence tells a schedule ("airs weekdays at
6:00"), or when it sits in a quoted clause (what a speaker said is in the quotes). A clause tells no
event when its verb is a noun the tagger misread ("after three early states wins") or it is a clause of
any case ("however the party does"); a relative clause told alone gets back the noun it leaves out.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from . import daterules
from .doccache import sent_of, view
from .model import Timex

SUBJECT = ("nsubj", "nsubjpass")

CALENDAR = re.compile(r"(\d{4}(?:-\d\d(?:-\d\d)?)?)(?:T[0-9A-Z:]+)?")
PART_OF_YEAR = re.compile(r"(\d{4})-(?:Q[1-4]|H[12])")
WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")


def calendar_date(value: str | None) -> str | None:
    """The calendar date a time value gives, at the precision known: ``2016-09-22`` (also of
    ``2016-09-22TNI``), ``2016-09``, ``2016``; a quarter or half ("the third quarter", "a year earlier")
    gives its year, a week its month (the month of its Thursday, as ISO 8601 counts); None for anything
    else (seasons, decades, durations, sets, vague references)."""
    value = value or ""
    if m := CALENDAR.fullmatch(value):
        return m.group(1)
    if m := PART_OF_YEAR.fullmatch(value):
        return m.group(1)
    if (m := WEEK.fullmatch(value)) and 1 <= int(m.group(2)) <= 53:
        try:  # a week is in the month of its Thursday (as ISO 8601 counts); a weekend in its days' month
            days = (6, 7) if m.group(3) else (4, 4)
            first, last = (dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), d) for d in days)
        except ValueError:
            return None
        return first.strftime("%Y-%m") if first.month == last.month else m.group(1)
    return None


ORDINAL_PART = re.compile(
    r"\b(?:first|second|third|fourth)[- ](?:quarter|half)|\b(?:first|second)[- ]half", re.I
)


def names_its_part(text: str) -> bool:
    """Whether a date's words name the part of the year its event belongs to ("the third quarter", "first-half
    profit"): the year alone does not tell it, so the statement keeps them ("reported lower third-quarter
    earnings"). Words relative to the day of writing ("a year ago", "the latest quarter") go as ever."""
    return ORDINAL_PART.search(text) is not None


ANCHORING = re.compile(r"\b(?:ago|earlier|before|later)$", re.I)


def qualified(doc: Doc, candidates: list) -> set[int]:
    """Dates that the next one qualifies ("for the quarter a year ago": the year-ago quarter, not this
    one): a date followed straight by an expression counted back from it is no date of its own."""
    out: set[int] = set()
    for (_, _, span), (nxt, _, after) in zip(candidates, candidates[1:], strict=False):
        if after.start == span.end and ANCHORING.search(nxt.text):
            out.add(span.start)
    return out


SCHEDULE_WORDS = frozenset({"weekdays", "weeknights", "weekends", "daily", "nightly"})
TIME_UNITS = (
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|hour|minute|season|quarter"
    rf"|{daterules.WEEKDAY})"
)
_SCHEDULE = re.compile(
    r"\b(?:" + "|".join(sorted(SCHEDULE_WORDS)) + r")\b"  # "every American" tells no schedule:
    rf"|\bevery\s+(?:other\s+|few\s+|single\s+|\d+\s+)?{TIME_UNITS}",  # "every Monday", "every two weeks"
    re.I,
)


def recurring_sentences(doc: Doc, timexes: list[Timex]) -> set[int]:
    """Start tokens of the sentences that tell a schedule: a SET expression or a word of recurrence."""
    out: set[int] = set()
    for m in _SCHEDULE.finditer(view(doc).text):  # a text scan, not a walk over every token
        tok = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        first = tok[0]
        if m.group()[0].islower() or first.is_sent_start:  # "Breitbart News Daily" is a name
            out.add(sent_of(first).start)
    for t in timexes:
        if t.type == "SET":
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None and len(span):
                out.add(sent_of(span).start)
    return out


_NAMES_A_DAY = re.compile(
    rf"{daterules.WEEKDAY}|{daterules.MONTH}|\d{{4}}|\b(?:today|tonight|yesterday|tomorrow|this|overnight)\b",
    re.I,
)


def bare_clock(timex: Timex, published: object) -> bool:
    """Whether ``timex`` is a clock time that names no day ("at 10 p.m.", "4 in the morning") and took the
    publication date only for want of another: in a story that tells earlier days, that day is a guess."""
    return (
        timex.type == "TIME"
        and str(timex.value or "")[:10] == str(published)
        and not _NAMES_A_DAY.search(timex.text)
    )


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


SAYING = frozenset({"say", "tell", "announce", "report", "add", "state", "confirm", "predict", "warn"})
DAYBREAK = frozenset({"dawn", "day", "night", "darkness", "dusk", "daylight", "nightfall"})


def verb_of(span: Span) -> Token | None:
    """The verb whose event ``span`` dates; parses that misplace a date are mended (see ``_mended``)."""
    tok = span.root
    for _ in range(30):
        if (
            tok.pos_ in ("VERB", "AUX")
            and tok.lemma_ != "accord"
            and not (tok.dep_ == "amod" or tok.tag_ == "VBG" and tok.dep_ == "acl")
        ):
            return _mended(span, tok)
        if tok.head is tok:
            return None
        tok = tok.head
    return None


ATTRIBUTIVE = frozenset(
    {"accused", "alleged", "suspected", "convicted", "indicted", "jailed", "detained", "injured", "wounded"}
)


def attributive(conj: Token) -> bool:
    """Whether ``conj``, parsed as a second verb of a tensed verb, is a participle of a noun phrase ("put X
    and accused killer Y on the list", "named X and jailed activist Y"): no subject, no auxiliary, and a
    past participle, or a word such as "accused" before a common noun."""
    doc, head = conj.doc, conj.head
    if conj.dep_ != "conj" or head.pos_ != "VERB" or head.tag_ not in FINITE:
        return False
    if any(c.dep_ in SUBJECT or c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    nxt = doc[conj.i + 1] if conj.i + 1 < len(doc) else None
    return conj.tag_ == "VBN" or conj.lower_ in ATTRIBUTIVE and nxt is not None and nxt.pos_ == "NOUN"


def _mended(span: Span, verb: Token) -> Token:
    """The verb a misparse took the date from:

    * "X said Tuesday his team won": the date after a verb of saying is the saying's, not its clause's;
    * "The gun was found April 8 buried in a field": a date read as the subject of the next verb;
    * "put X and accused killer Y on the list Monday": a participle read as a second verb of the clause;
    * "officials said as dawn broke Saturday": daybreak and nightfall tell the time of the clause above.
    """
    doc, head = span.doc, verb.head
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "on" and span.start > 1:
        before = doc[span.start - 2]
    if verb.dep_ == "ccomp" and before is not None and before.i == head.i and head.lemma_ in SAYING:
        if not _event_of_its_own(span):
            return head
    if span.root.dep_ == "nsubj" and span.root.head.i == verb.i and before is not None:
        if (
            before.pos_ == "VERB"
            and before.tag_ == "VBN"
            and verb.dep_ in ("advcl", "conj", "ccomp")
            and head.i == before.i
        ):
            return before  # "was found April 8 buried …"
    if attributive(verb):
        return head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT] + [
        g for c in verb.children if c.dep_ == "mark" for g in c.children if g.dep_ == "pobj"
    ]
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and any(s.lower_ in DAYBREAK for s in subjects):
        if verb.lemma_ in ("break", "fall", "come", "fell", "approach", "fade"):
            return head
    return verb


DAY_WORDS = re.compile(
    r"\b(?:\d{1,2}(?!\d)|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tonight)", re.I
)


def _event_of_its_own(span: Span) -> bool:
    """Whether a date right after a verb of saying is the possessive of an event noun at a month or a year
    ("said last month's discovery of X was …"): the date is the discovery's, not the saying's; a day's
    ("said Friday's sell-off was …") is most often the day of the saying too."""
    from .timeline_nouns import event_noun  # the nouns module builds on these rules

    root = span.root
    if root.dep_ != "poss" or DAY_WORDS.search(span.text):
        return False
    return event_noun(root.head)


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
    {"after", "before", "since", "until", "till", "ahead", "following", "prior", "pending", "from"}
    | {"except", "besides", "despite"}  # "despite a loss on Saturday, his supporters are …"
    | {"aftermath", "wake", "eve", "run-up"}  # "in the aftermath of the May 2 bombings, X issued …"
)  # "rose to $9 billion from $8 billion a year earlier": the date is of the figure compared
PERIOD_OF_NOUN = frozenset(
    {"through", "until", "till", "since", "from", "between"}
)  # "reports through Jan. 31"
SAME_TIME = frozenset({"in", "on", "at", "during", "with", "via", "amid", "throughout"})
HYPOTHETICAL = frozenset({"if", "unless", "whether"})
NOUN_MODIFIER = frozenset({"compound", "nmod", "poss", "amod", "nummod"})
STATIVE = frozenset({"be", "represent", "remain", "mean", "seem", "appear", "constitute", "prove"})
CASE_WORDS = frozenset(  # "charged in the 1997 stabbing", "arrested in connection with last year's bombing"
    {"charge", "indict", "convict", "arrest", "accuse", "sentence", "acquit", "try", "prosecute", "question",
     "questioning", "suspect", "witness", "connection", "want", "seek", "murder", "evidence", "investigation",
     "probe", "inquiry", "role", "guilty", "plead", "link", "involvement", "testify", "manhunt", "hunt"}
)  # fmt: skip


def dates_another_thing(span: Span, verb: Token) -> bool:
    """Whether the date belongs to something other than the event of ``verb``: a thing before or after
    it ("was proposed after an attack in 2015", "ahead of the 2018 elections"), a thing it only mentions
    ("donated to 2016 candidates"), a state of a dated thing ("the May 5 deal is void"), or a
    hypothesis ("if X is elected on Wednesday"); a date an adjective gives a noun ("bonds due in 2011")."""
    if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL for c in verb.children):
        return True
    root = span.root
    own = root.head.i if root.dep_ == "pobj" else -1
    prep = root.head
    if own >= 0 and prep.lower_ in PERIOD_OF_NOUN and prep.head.pos_ in ("NOUN", "PROPN"):
        return True  # "according to reports through Jan. 31 that X is filing": the reports' period
    if (
        own >= 0
        and prep.lower_ == "from"
        and prep.i > 0
        and span.doc[prep.i - 1].lower_ in ("aside", "apart")
    ):
        return True  # "Aside from Tuesday night, X appears …": the time left out of what is told
    tok = root
    for _ in range(12):
        if tok.i == verb.i or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
            return True  # "notes due March 1, 2011", "the payment, due in June,": the noun's date
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
        return verb.lemma_ in STATIVE  # "last month's find of a rifle was (represented) a breakthrough"
    if noun.dep_ == "pobj":
        if noun.head.lower_ in ("in", "with") and noun.head.head.lemma_.lower() in CASE_WORDS:
            return True  # "charged with murder in the 1997 stabbing": the charge is not of 1997
        return noun.head.lower_ not in SAME_TIME
    return not (
        noun.dep_ in ("dobj", "attr") and noun.head.i == verb.i
    )  # "won the 2016 vote", "was a 2016 finalist"


OPEN_PERIOD = frozenset({"since", "until", "till", "through", "throughout"})


def present_of_past(span: Span, verb: Token, date: str, published: object) -> bool:
    """Whether a date before the publication day sits on a verb in the present or the present perfect
    ("with the arrest 11 days ago, police say they have enough evidence", "they have gathered evidence in
    the October killing"): such a clause tells how things stand now, and the date is another thing's.
    A period the date opens or closes ("has been held since March") is the clause's own."""
    if not published or date >= str(published)[: len(date)]:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in OPEN_PERIOD:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        present = all(a.tag_ in ("VBZ", "VBP") or a.tag_ == "VBN" for a in auxes) and any(
            a.tag_ in ("VBZ", "VBP") for a in auxes
        )
        if present and verb.tag_ == "VBG" and not any(a.lemma_ == "have" for a in auxes):
            return True  # "X is highlighting his win on May 1": the win's date, not the highlighting's
        return present and root.dep_ in ("compound", "amod", "nmod", "poss")
        # "the October killing" is another thing's date; "has died, … said on Friday" the clause's own
    return verb.tag_ in ("VBZ", "VBP")


def range_end(span: Span) -> bool:
    """Whether ``span`` ends a range another date opens ("fell between 1990 and 1999", "paid twice from 1991
    to 1997"): the range's event is told once, at its start."""
    root = span.root
    if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "between":
        return True
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("to", "through", "until", "till"):
        return False
    opener = prep.head if prep.head.lower_ == "from" else None
    opener = opener or next((c for c in prep.head.children if c.lower_ == "from" and c.i < prep.i), None)
    return opener is not None and any(
        c.dep_ == "pobj" and c.pos_ in ("NUM", "PROPN", "NOUN") for c in opener.children
    )


def tally_since(span: Span, verb: Token) -> bool:
    """Whether ``span`` opens the period of a count in the present perfect ("Since 1995, four guards have been
    killed"): a sum of events, none of them at that date."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "since":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    counted = [c for c in verb.children if c.dep_ in SUBJECT + ("dobj",)]
    return any(c.pos_ == "NUM" or any(g.dep_ == "nummod" for g in c.children) for c in counted)


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
    head, kids = who_antecedent(verb) or verb.head, list(verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ in FINITE | {"VBN"} and not any(c.dep_ == "mark" for c in kids)
    if verb.dep_ != "relcl" and not reduced or head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return None  # "the plan the council approved" may be parsed as a clause of the noun
    if head.i in skip or not any(c.dep_ in SUBJECT and c.lower_ not in RELATIVE for c in kids):
        return None  # "the man who won": the relative word is the subject
    if any(c.tag_ == "WRB" or c.dep_ == "prep" and not any(True for _ in c.children) for c in kids):
        return None  # "where he grew up", "the firm he worked for"
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.i not in skip and not t.is_punct]
    led = next((c for c in kids if c.dep_ == "prep" and c.i < verb.i and _relative_pobj(c)), None)
    if (
        led is not None
        and head.lemma_.lower() not in ADVERBIAL_HEADS
        and not any(c.dep_ == "dobj" for c in kids)
    ):
        return [led, *words]  # "the leader, with whom the envoy met": "the envoy met with the leader"
    if any(relative_object(c) for c in kids):
        pass  # "which the campaign filed"
    elif any(c.lower_ in RELATIVE or c.dep_ in ARGUMENTS or c.dep_ == "nsubjpass" for c in kids):
        return None
    elif head.lemma_.lower() in ADVERBIAL_HEADS:
        return None  # "the reason she resigned"
    if head.pos_ == "PRON" or head.lemma_.lower() in ("one", "those", "these"):
        return []
    return words


def _relative_pobj(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and g.lower_ in ("whom", "which") for g in prep.children)


def who_antecedent(verb: Token) -> Token | None:
    """The person a ", who" or ", with whom" clause follows when the parse ties the clause to a noun before
    that person ("a letter from Ana Ruiz, with whom the envoy met": Ruiz, not the letter)."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ == "PERSON":
        return None
    if not any(t.lower_ in ("who", "whom") for t in verb.doc[verb.left_edge.i : verb.i]):
        return None
    doc, first = verb.doc, verb.left_edge
    if first.i < 2 or doc[first.i - 1].text != ",":
        return None
    before = doc[first.i - 2]
    if before.pos_ != "PROPN" or before.ent_type_ != "PERSON" or before.i <= verb.head.i:
        return None
    return before


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
        close = next((u for u in sent_of(t) if u.i > t.i and u.text == ")"), None)
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


def beyond_semicolon(verb: Token) -> set[int]:
    """The tokens of the clauses a semicolon parts from ``verb``'s ("X will issue shares; last Monday, the
    company had …"): each is a sentence of its own. A part with no subject and verb of its own (a list
    item) stays."""
    sent = sent_of(verb)
    semis = [t.i for t in sent if t.text == ";"]
    if not semis:
        return set()
    out: set[int] = set()
    doc = verb.doc
    for lo, hi in zip([sent.start - 1, *semis], [*semis, sent.end], strict=True):
        if lo < verb.i < hi:
            continue
        part = range(lo + 1, hi)
        heads = [doc[i].head for i in part if doc[i].dep_ in SUBJECT]
        if any(h.i in part and h.pos_ in ("VERB", "AUX") for h in heads):
            out.update(part)
            out.add(lo if lo > verb.i else hi)  # the semicolon itself
    return out


def capitalised(text: str) -> str:
    """``text`` opening with a capital, as a sentence does ("the company earned" -> "The company earned");
    a word with a capital inside ("eBay") keeps its spelling."""
    first = text.split(" ", 1)[0]
    if not text[:1].islower() or any(c.isupper() for c in first):
        return text
    return text[0].upper() + text[1:]


MEASURE_NOUNS = frozenset(
    "series string wave spate number host range set pair couple lot handful dozen group batch round".split()
)


def essential(tok: Token) -> bool:
    """Whether shortening must keep the phrase ``tok`` heads: the unit of a rate ("$1.57 a share"), a
    change by an amount ("fell 22%"), the amount of a noun ("a loss of $26 million"), the part of the
    year its event is told at ("for the first quarter") or a phrase a list goes on after."""
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "NUM":
        return True
    if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lemma_.lower() in MEASURE_NOUNS:
        return True  # "started a series of protests": a series of what
    if (
        tok.dep_ == "prep"
        and tok.lower_ == "of"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN") for c in tok.head.children)
    ):
        return True  # "members of the cabinet, the staff and the party": the list's first member is whole
    if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" and any(t.like_num for t in tok.subtree):
        return True  # "fell 22%": by how much
    if (
        tok.dep_ == "prep"
        and tok.lower_ == "of"
        and any(c.dep_ == "pobj" and c.pos_ == "NUM" for c in tok.children)
    ):
        return True
    return tok.dep_ == "prep" and names_its_part(" ".join(t.text for t in tok.subtree))


def perfect_of_future(verb: Token, date: str, published: object) -> bool:
    """Whether a date after the publication day sits on a verb in the present perfect ("his promise to halve
    unemployment by 2010 has been abandoned", "has promised to open the bridge by 2010"): what has happened
    happened by now; the later date is of the thing promised or planned."""
    if not published or date <= str(published)[: len(date)]:
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


THING_REACH = 2  # sentences back an "it" may reach for the thing it stands for


def thing_named(pronoun: Token) -> str | None:
    """What an "it" opening a clause stands for: the subject of the sentence before (or of the one before
    that, through another "it"), when that is one thing named by a noun ("The airline was the first in
    private hands. It has the largest fleet. It was founded in 1992." → "The airline"). None for an "it"
    that announces a clause ("it was announced that …", "it is hard to …"), and for names and plurals."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ in ("ccomp", "xcomp", "csubj", "acomp", "attr", "expl") for c in verb.children
    ):
        return None
    doc = pronoun.doc
    sent = sent_of(pronoun)
    if verb.dep_ == "conj" and verb.head.i < pronoun.i:  # "X have immunity, but it was extended"
        return _object_before(verb.head, pronoun.dep_ == "nsubjpass")
    if verb.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : pronoun.i]):
        return None  # the "it" of a later clause of a sentence is of that sentence
    for _ in range(THING_REACH):
        if sent.start == 0:
            return None
        sent = sent_of(doc[sent.start - 1])
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.lower_ == "it":
            continue
        if subj.pos_ != "NOUN" or subj.tag_ == "NNS" or subj.ent_type_:
            return None  # a common noun: a name may be a person's, which "it" never is
        return _plain_phrase(subj)
    return None


def _plain_phrase(noun: Token, banned: tuple[str, ...] = ("PRON", "VERB", "AUX")) -> str | None:
    """The words of ``noun``'s phrase up to it ("the old bridge"), or None when they hold a clause, a
    pronoun or punctuation and would not read as a name for the thing."""
    words = noun.doc[noun.left_edge.i : noun.i + 1]
    if any(t.pos_ in banned or t.is_punct for t in words):
        return None
    return words.text


def _object_before(first: Token, passive: bool) -> str | None:
    """The "it" of a clause joined to ``first``: its object, when its subject is plural or a person (which
    "it" never is), or when the "it" undergoes the later verb ("X passed the law, and in 2015 it was
    amended"), and the object is one thing named by a common noun; else None."""
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in first.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None:
        return None
    if not (passive or subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ == "PERSON"):
        return None
    if obj.pos_ != "NOUN" or obj.tag_ == "NNS" or obj.ent_type_:
        return None
    return _plain_phrase(obj, ("PRON", "VERB", "AUX", "NUM"))


# Singular nouns of bodies that news refers back to as "they" ("The commission met. They will rule …").
COLLECTIVE = frozenset(
    "commission committee council court government party police board panel agency company union jury "
    "parliament congress senate cabinet ministry team club family authority authorities".split()
)


def group_named(pronoun: Token) -> str | None:
    """What a "they" opening its sentence stands for: the subject of the sentence before, when that is a
    group named by a common noun ("Two men were charged. They will appear in court on Monday." → "Two
    men"; "The election commission met. They must rule by Friday." → "The election commission")."""
    verb = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
        return None
    doc = pronoun.doc
    sent = sent_of(pronoun)
    if sent.start == 0 or any(t.pos_ in ("VERB", "AUX", "PRON") for t in doc[sent.start : pronoun.i]):
        return None
    before = sent_of(doc[sent.start - 1])
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    if subj.tag_ != "NNS" and subj.lower_ not in COLLECTIVE:
        return None
    if any(c.dep_ == "conj" for c in subj.children):
        return None  # "The mayor and the police …": more than the group
    return _plain_phrase(subj)
