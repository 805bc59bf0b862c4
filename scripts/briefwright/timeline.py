"""The timeline: dated events, each a short clause of who did what, ordered by date.

An entry comes from every DATE or TIME expression whose value is a calendar date at some
precision (``2016``, ``2016-09``, ``2016-09-22``, optionally with a time or a part of day:
``2016-09-22TNI`` gives the date ``2016-09-22``); a quarter or half dates its event at its year (the
statement keeps "the third quarter"), a week at the month of its Thursday (ISO 8601),
a weekend at its month (or year)
(``calendar_date``). Seasons, decades, durations, sets and vague references (``PAST_REF``) make none,
nor a date the next one counts back from ("the quarter a year ago"), nor do expressions inside
a quotation (what a speaker said is in the quotes, not an event; wire copy's ``TeX quotes'' too),
the dateline ("PASADENA, Calif., Jan. 1 (UPI) —" says when the story was filed), a clock time in a
sentence that tells a schedule ("airs weekdays from 6:00AM to 9:00AM") or one that names no day ("at
10 p.m."), a past date on a clause in the present ("police say they have evidence"), the end of a range
("between 1990 and 1999") or the start of a tally ("since 1995, four have died").

The event is compressed from the dependency parse: the verb that governs the date, with its
subject, auxiliaries, negation, particle, objects and complements; relative clauses,
appositions, adverbial clauses and the date itself are left out, and long clauses lose their
prepositional phrases last-first. A pronoun subject ("he would meet …") takes the name of the
subject of the clause it depends on, or else, for "he"/"she", the one person actor its sentence
(or the nearest of the three before it that names anyone) names; a clause with no subject
takes the one person named before it, and a passive the parser stranded after "after X,"
takes X ("… after X, the mayor, was stabbed").
``start``/``end`` span that clause, ``when`` the date's own words, ``actors`` the actors the clause
names before it is shortened, with its subject's full name (and the person a pronoun was resolved to):
not those of the sentence's relative or adverbial clauses, which are other events.

A date before a noun of a happening that the clause only refers to ("charged in the 1997 stabbing of
X", "since last year's bombing of Y") dates that happening, told by its noun phrase ("The stabbing of
X"; see ``timeline_nouns``) unless a clause of the same date about one of its actors tells it.

Without a publication date, relative dates have no value (see ``dates``) and therefore no
entry: the timeline then lists only the dates the article states in full.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from . import quote_speakers
from .datelines import dateline
from .doccache import sent_of, sent_range, tokens, view
from .model import Actor, Quote, TimelineEntry, Timex
from .timeline_clause import complete, drop_stray_commas, finite
from .timeline_entries import char_runs, finer, name_of_day, object_dates, told_by_a_verb
from .timeline_mends import (
    clause_read_as_phrase,
    condition_cut,
    copula_of_adjective,
    embedded_posts,
    headline_participle,
    name_before_which,
    named_description,
    opening_begin,
    partitive_relative,
    possessive_with_name,
)
from .timeline_nouns import noun_event
from .timeline_parse import (
    PERSONAL,
    PRONOUNS,
    REPORTING,
    antecedent,
    complement_read_as_relative,
    coordinated_verb,
    no_event,
    object_of,
    occasion_of,
    opening_participle,
    person_named,
    stranded_subject,
    subject_before,
    them_of,
    when_clause,
)
from .timeline_rules import (
    ARGUMENTS,
    COLLECTIVE,
    RELATIVE,
    SUBJECT,
    attributive,
    bare_clock,
    beyond_semicolon,
    calendar_date,
    capitalised,
    close_brackets,
    dates_another_thing,
    free_relative,
    gap_object,
    group_named,
    misread_noun,
    names_its_part,
    perfect_of_future,
    period_bounds,
    present_of_past,
    qualified,
    quoted_clauses,
    range_end,
    recurring_sentences,
    relative_object,
    tally_since,
    thing_named,
    verb_of,
    who_antecedent,
)
from .timeline_text import join as _join
from .timeline_text import shorten as _shorten

SINGULAR = {"are": "is", "were": "was", "have": "has"}
QUOTED = re.compile(
    r"[\"“][^\"“”]{2,}?[\"”]|“[^“”\n]{2,}$"  # a quote may run on past its paragraph
    r"|(?:(?<=[\s(\[—–-])|^)(?:``|'')(?:(?!'')[^\n]){2,}?(?:''|$)",  # ``TeX-style'' (wire copy), up to its ''
    re.M,
)
DROP = frozenset({"relcl", "advcl", "parataxis", "appos", "intj", "meta"})
LEADING = frozenset({"ADP", "CCONJ", "SCONJ"})
EDGE = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART"})
UNTIL = frozenset({"until", "till"})
DASH = re.compile(r"[—–;_]|-{2,}")  # "_": the dash of wire copy ("three people _ a doctor …")


def build_timeline(
    doc: Doc, timexes: list[Timex], actors: list[Actor], quotes: list[Quote], published: dt.date | None
) -> list[TimelineEntry]:
    """Dated events of ``doc`` ordered by date (then by position)."""
    quoted = [(q.start, q.end) for q in quotes] + [
        (m.start(), m.end()) for m in QUOTED.finditer(view(doc).text)
    ]
    quoted += embedded_posts(view(doc).text)  # a post embedded in the page is its author's words
    dates = {  # left out of the statements; a set stays ("plans daily flights")
        tok.i
        for t in timexes
        if t.type != "SET"
        for span in [doc.char_span(t.start, t.end, alignment_mode="expand")]
        if span is not None
        for tok in [*span, *name_of_day(span)]
    }
    people = [(s, e, a.name) for a in actors if a.type == "person" for s, e in a.mentions]
    known = quote_speakers.index(doc, view(doc).text, actors).gender if people else {}
    genders = {a.name: known[a.id] for a in actors if a.id in known}
    line = dateline(view(doc).text)
    if line is not None:  # the dateline's words are in no statement
        dates |= {t.i for t in doc.char_span(0, line.end(), alignment_mode="expand") or ()}
    recurring = recurring_sentences(doc, timexes)
    entries: list[TimelineEntry] = []
    seen: set[tuple[str, str]] = set()
    nominal: set[int] = set()  # the entries told by a noun ("The bombing of X")
    candidates = []
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not t.value:
            continue
        m = calendar_date(t.value)
        if not m or any(s <= t.start < e for s, e in quoted):
            continue
        if line is not None and t.start < line.end():
            continue  # "PASADENA, Calif., Jan. 1 (UPI) —": when the story was filed, not an event
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if t.type == "TIME" and sent_of(span).start in recurring:
            continue  # "airs weekdays from 6:00AM to 9:00AM": a schedule, not an event
        if bare_clock(t, published):
            continue  # "was shot at 10 p.m.": which day is not told
        candidates.append((t, m, span))
    bounded = period_bounds([span for _, _, span in candidates]) | qualified(doc, candidates)
    inside = quoted_clauses(doc, quoted)
    jobs = [(t, m, span, None) for t, m, span in candidates]
    jobs += [(t, m, span, w) for t, m, span in candidates for w in [when_clause(span)] if w is not None]
    for t, m, span, clause in jobs:
        if span.start in bounded:
            continue
        verb = clause or verb_of(span)
        told, scope = None, set()
        if verb is not None and (
            present_of_past(span, _event_verb(verb), m, published)
            or perfect_of_future(_event_verb(verb), m, published)
        ):  # "police say they have evidence" is now, whatever date the sentence mentions …
            told = noun_event(span, dates | inside, scope)  # … but "since the 2001 bombing of X" tells of one
            if told is None:
                continue
        if range_end(span) or verb is not None and tally_since(span, _event_verb(verb)):
            continue  # "between 1990 and 1999": told at 1990; "since 1995, four have died": a sum
        event, start, end = told or describe(
            span, dates, people, inside, genders, names_its_part(t.text), scope, clause
        )
        event = capitalised(event)
        if not event or (m, event) in seen:
            continue
        seen.add((m, event))
        sent = sent_of(span)
        lo = max(sent.start_char, line.end() if line is not None else 0)  # the dateline's are no actors
        runs = [(max(cs, lo), ce) for cs, ce in char_runs(doc, scope) if ce > lo]  # the clause told …
        within = runs or [(sent.start_char, sent.end_char)]  # … else its sentence
        hi = max(ce for _, ce in within)
        ids = [
            a.id
            for a in actors
            if any(s < hi and any(max(s, lo) < ce and cs < e for cs, ce in within) for s, e in a.mentions)
        ]
        ids += [a.id for a in actors if a.type == "person" and a.id not in ids and a.name in event]
        if told is not None or verb is not None and dates_another_thing(span, _event_verb(verb)):
            nominal.add(len(entries))
        entries.append(
            TimelineEntry(
                date=m,
                event=event,
                start=min(start, t.start),
                end=max(end, t.end),
                when={"text": t.text, "start": t.start, "end": t.end},
                actors=ids,
            )
        )
    entries = [
        e for n, e in enumerate(entries) if n not in nominal or not told_by_a_verb(e, entries, nominal)
    ]
    entries = object_dates(entries)
    entries = [e for e in entries if not any(finer(o, e) for o in entries)]
    entries.sort(key=lambda e: (e.date, e.start))
    return entries


def _collect(tok: Token, skip: set[int], out: set[int], clause: bool = False) -> None:
    """``tok`` and its kept descendants (relative clauses, appositions, the date left out).

    With ``clause``, ``tok`` is the verb: its coordinated verbs (another event) are left out too.
    """
    if tok.i in skip or tok.is_space:
        return
    out.add(tok.i)
    for child in tok.children:
        if (
            child.i in skip and tok.pos_ == "VERB"
        ):  # "made clear Monday": "clear" is the verb's, not the date's
            out.update(
                g.i
                for g in child.lefts
                if g.dep_ == "amod" and g.pos_ == "ADJ" and tok.i < g.i and g.i not in skip
            )
        if child.dep_ == "punct" and not child.is_punct:
            continue  # "… outside Buffalo, N.Y.": a word the parser took for punctuation
        infinitive = child.dep_ == "relcl" and any(g.tag_ == "TO" for g in child.children)
        infinitive |= (
            child.dep_ == "advcl"
            and any(g.tag_ == "TO" for g in child.children)
            and any(g.dep_ == "mark" and g.lower_ == "for" for g in child.children)
        )  # "called for X to resign": what was called for
        if (
            child.dep_ in DROP
            and not infinitive
            and not complement_read_as_relative(child)
            or child.i in skip
        ):
            continue
        loose = child.dep_ == "dep" and child.pos_ not in ("VERB", "AUX")
        if loose or clause and child.dep_ == "conj" and child.pos_ == "NUM":
            continue  # ", about 10,000 more than …": a phrase the parser could not attach
        if child.dep_ == "prep" and all(g.i in skip for g in child.children):
            continue
        if clause and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and not attributive(child):
            continue
        if (
            clause
            and child.dep_ == "cc"
            and not any(
                c.dep_ == "conj" and c.i > child.i and (c.pos_ not in ("VERB", "AUX") or attributive(c))
                for c in tok.children
            )
        ):
            continue  # the "and" of another event; kept before a conjunct that is no verb
        _collect(child, skip, out)


def _name(subject: Token) -> set[int]:
    """A subject without its evaluative modifiers and clauses ("Secretary of State John Kerry"); a name
    in apposition without a comma is the subject's own ("the prime minister Ana Ruiz")."""
    out: set[int] = set()
    skip: set[int] = set()
    for t in subject.subtree:
        if (
            t.dep_ in ("appos", "acl")
            and t.head.i == subject.i
            or t.dep_ == "advmod"
            or t.dep_ == "det"
            and t.lower_ in ("a", "an")
            and subject.pos_ == "PROPN"
            or t.dep_ == "amod"
            and not t.text[:1].isupper()
            and (t.tag_ in ("VBN", "VBG") or any(True for _ in t.children))  # "a visibly frustrated"
            or t.text in (",", ";", ":", "(", ")")
            and not _lists(t)
        ):
            skip |= {s.i for s in t.subtree}
    _collect(subject, skip, out)
    for t in subject.rights:
        if t.dep_ == "appos" and t.pos_ == "PROPN" and t.left_edge.i == subject.i + 1:
            _collect(t, set(), out)  # "the prime minister Ana Ruiz": no comma, the name is the subject's
            out.add(t.i)
    return out


def _lists(comma: Token) -> bool:
    """Whether a comma separates the members of a list ("Peru, Chile and Bolivia"), not an aside."""
    doc, nxt = comma.doc, comma.i + 1
    if comma.text != "," or nxt >= len(doc):
        return False
    if doc[nxt].dep_ == "cc":
        nxt += 1  # "Peru, Chile, and Bolivia"
    return any(c.dep_ == "conj" and c.left_edge.i == nxt for c in comma.head.subtree)


def _event_verb(verb: Token) -> Token:
    """The verb whose clause tells the event: a subjectless infinitive climbs to the verb it completes."""
    for _ in range(4):
        if (copula := copula_of_adjective(verb) or opening_begin(verb)) is not None:
            verb = copula  # "X is likely to win on Tuesday": "X is likely to win"; "Beginning in 1999, X …"
            continue
        has_subject = any(c.dep_ in SUBJECT for c in verb.children)
        if has_subject or verb.dep_ not in ("xcomp", "advcl") or verb.head.pos_ not in ("VERB", "AUX"):
            return verb
        if verb.dep_ == "advcl" and not any(c.tag_ == "TO" for c in verb.children):
            return verb
        verb = verb.head
    return verb


def _thing_above(person: Token) -> Token | None:
    """What a "which" after a person's name stands for: the noun the name's phrase depends on ("the
    proclamation by President X, which …"), or None when the parse does not tie it to one."""
    tok = person
    for _ in range(6):
        if tok.dep_ in ("appos", "compound", "pobj", "prep", "conj"):
            tok = tok.head
        else:
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON" and tok.dep_ != "pobj":
            return tok if tok.pos_ == "NOUN" else None
    return None


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject to print and whether it stands in for a missing or pronoun subject."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if not subjects and any(c.dep_ == "expl" for c in verb.children):
        return None, False  # "X sent agents, but there was no word": "there" is the clause's own
    if subjects:
        subj = subjects[0]
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl" or partitive_relative(subj, verb):
            head = (
                who_antecedent(verb) or verb.head
            )  # "the United Nations (UN) General Assembly which took place": the Assembly
            near = [c for c in head.children if c.dep_ == "appos" and c.i == subj.i - 1]
            head = near[0] if near else head
            if subj.lower_ == "which" and head.ent_type_ == "PERSON":
                return _thing_above(head), True  # "the proclamation by President X, which was made"
            return name_before_which(subj, head) or named_description(head) or head, True
        if subj.lower_ in PRONOUNS:
            return antecedent(verb), True
        return possessive_with_name(subj) or subj, False
    if (before := subject_before(verb)) is not None:
        return before, True
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return stranded_subject(verb) or _subject(coordinated_verb(verb))[0], True
    if verb.dep_ == "ccomp" and (stranded := stranded_subject(verb)) is not None:
        return stranded, True  # "said X had faded since Y, a group, started …": Y started it
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, True
    return None, False


def _next_subject(span: Span) -> set[int]:
    """The subject of the next clause that the parse hung on a date ("rolled in on Tuesday and cargo was
    unloaded", read as "on Tuesday-and-cargo"): from the "and" to that noun, which the clause leaves out."""
    doc, root = span.doc, span.root
    if span.end + 1 >= len(doc) or doc[span.end].dep_ != "cc" or root.dep_ not in ("nmod", "compound"):
        return set()
    noun = root.head
    nxt = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    if (
        noun.i < span.end
        or nxt is None
        or nxt.dep_ not in ("aux", "auxpass")
        and nxt.tag_ not in ("VBD", "VBZ")
    ):
        return set()
    return set(range(span.end, noun.right_edge.i + 1))


def describe(
    span: Span,
    dates: set[int] | None = None,
    people: list[tuple[int, int, str]] | None = None,
    quoted: set[int] | None = None,
    genders: dict[str, str] | None = None,
    named: bool = False,
    scope: set[int] | None = None,
    clause: Token | None = None,
) -> tuple[str, int, int]:
    """The event clause around a date: (text, start, end); ``("", 0, 0)`` when there is none.

    ``dates`` are the token indices of every temporal expression of the text, left out of the clause;
    ``people`` the mentions of person actors (start, end, name): a "he" or "she" subject with no named
    subject above it becomes the one person named last before it (see ``_person_named``). ``quoted`` are
    the tokens inside quotation marks: a verb among them tells no event, and a quoted clause a verb
    reports is left out (the quotes hold it). ``clause``: the verb of a when-clause on the date ("in
    August, when X threw Y out"), told instead of the verb the date modifies.
    """
    verb = clause or verb_of(span)
    skip = {t.i for t in span} | (dates or set()) | (quoted or set())
    if verb is None:
        return "", 0, 0  # "The Latest on the 2016 race:", "Copyright 2015": a heading, no event
    verb = _event_verb(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if len(subjects) > 1 and any(t.dep_ == "prep" and t.n_rights == 0 for c in subjects for t in c.subtree):
        return "", 0, 0  # "The birth of | the newest X is": the parse lost the object of "of"
    if named or span.root.dep_ == "pobj" and span.root.head.lower_ in UNTIL or object_of(span, verb):
        skip -= {t.i for t in span}  # "was imprisoned until 1974": 1974 ends the event, and says so
    if verb.dep_ == "pobj" or misread_noun(verb) or free_relative(verb):
        return "", 0, 0  # "after three states wins on Tuesday" (a noun read as a verb); "however X does"
    if clause is None and dates_another_thing(
        span, verb
    ):  # "charged in the 1997 stabbing of X": "The stabbing of X"
        return noun_event(span, (dates or set()) | (quoted or set()), scope) or ("", 0, 0)
    if verb.i in (quoted or ()) or no_event(verb, dates or set()):
        return "", 0, 0
    occasion = occasion_of(verb, skip)
    if (
        verb.lemma_ in REPORTING
        and any(c.dep_ in ("ccomp", "parataxis") and c.i in skip for c in verb.children)
        and occasion is None
    ):
        return "", 0, 0  # 'X told Y on Monday, “…”': what was said is in the quotes
    T = tokens(verb.doc)
    sent = sent_of(span)
    skip |= {
        t.head.i
        for t in (T[i] for i in range(sent.start, sent.end) if i in skip)
        if t.head.dep_ == "prep" and all(c.i in skip for c in t.head.children)
    }
    out: set[int] = set()
    _collect(verb, skip, out, clause=True)
    out -= _next_subject(span)
    out -= beyond_semicolon(verb)  # "X will issue shares; last Monday, the company had …": another sentence
    out -= {c.i for c in verb.children if c.dep_ == "mark"}  # "(told reporters) that he met": "X met"
    out -= {  # "After failed talks the deadline stands": a preposition the parser took for a conjunction
        t.i
        for c in verb.children
        if c.dep_ == "mark"
        for g in c.children
        if g.dep_ == "pobj"
        for t in g.subtree
    }
    subject, substitute = _subject(verb)
    if subject is not None and subject.i in skip:  # "ROME (AP) — Alitalia will …": the place is no subject
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.i not in skip), subject)
    own = [c for c in verb.children if c.dep_ in SUBJECT]
    if subject is None and own and own[0].lower_ in RELATIVE:
        return "", 0, 0  # a "which" whose antecedent the parse lost
    if not own and verb.tag_ in ("VBD", "VBZ", "VBP") and subject is not None and subject.i > verb.i:
        return "", 0, 0  # "Since X's franchise, Act No. 7, expired on Monday, the network …": a lost subject
    names: dict[int, str] = {}
    if own and (subject is not None or not substitute):
        out -= {t.i for t in own[0].subtree}
    if subject is not None and own and own[0].lower_ in PRONOUNS:
        out.add(own[0].i)  # the name in the pronoun's place: "As he spoke …, Trump rose": "Trump spoke"
        names[own[0].i] = _join([T[i] for i in sorted(_name(subject) - skip)])
        if own[0].lower_ == "it" and verb.dep_ == "conj" and (thing := thing_named(own[0])):
            names[own[0].i] = thing  # "X passed the law, and in 2015 it was amended": the law, not X
    opener = opening_participle(verb, subject) and not own
    lead = ""
    if opener and subject is not None:  # "Rescued on May 2 by a trawler, the boy …": "the boy was rescued"
        lead = _join([T[i] for i in sorted(_name(subject) - skip)])
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        names[verb.i] = f"{'were' if plural else 'was'} {verb.text.lower()}"
    elif subject is not None and not (own and own[0].lower_ in PRONOUNS):
        out |= _name(subject) - skip
        if headline_participle(verb):  # "A coup removed X in 2006, and another Y in 2014": not "and another"
            out -= {i for i in out if i > verb.i and T[i] not in verb.subtree}
    gap = gap_object(verb, skip)
    if gap == [] or gap is None and any(relative_object(c) for c in verb.children):
        return "", 0, 0  # "ones she made": what was made is not told
    if gap:
        last = max([verb] + [c for c in verb.children if c.dep_ == "prt"], key=lambda t: t.i)
        names[last.i] = f"{last.text} {_join(gap)}"  # "reports that the campaign filed": "filed reports"
    shared = [c for c in verb.head.children if c.dep_ in SUBJECT and c.i < verb.head.i]
    if not own and verb.dep_ == "conj" and shared and shared[0].lower_ in PERSONAL:
        own_or_shared = shared  # "She saw the fight in 1971 and met him in 1999": she met him
    else:
        own_or_shared = own
    if subject is None and own_or_shared and own_or_shared[0].lower_ in PERSONAL and people:
        name = person_named(own_or_shared[0], people, genders or {})
        if name and own:
            names[own[0].i] = name
        elif name:
            lead = name
    elif subject is None and own and own[0].lower_ == "it" and (thing := thing_named(own[0])):
        names[own[0].i] = thing  # "The airline was Iran's first. It was founded in 1992": the airline was
    elif subject is None and own and own[0].lower_ == "they" and (group := group_named(own[0])):
        names[own[0].i] = group  # "The commission met. They must rule by Friday": the commission must rule
        if group.split()[-1].lower() in COLLECTIVE:  # one body: "the commission is required", not "are"
            for c in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]:
                names[c.i] = SINGULAR.get(c.lower_, names.get(c.i, c.text))
    elif subject is None and not own and people and (verb.tag_ != "VBG" or verb.n_lefts):
        before = {n for s, e, n in people if sent_of(verb).start_char <= s and e <= verb.idx}
        lead = next(iter(before)) if len(before) == 1 else ""  # "… but was arrested in 1963"
    if (them := them_of(verb, out)) is not None:  # "The relatives sued, but a judge ruled against them"
        words = [T[i] for i in sorted(_name(them[1]) - skip)]
        lower = words[0].pos_ == "DET" or words[0].is_sent_start and words[0].pos_ != "PROPN"
        names[them[0].i] = _join(words, {words[0].i: words[0].text.lower()} if lower else {})
    holder = own[0] if own and own[0].lower_ not in RELATIVE else subject if substitute else None
    poss = (  # "… to his father, who could come Tuesday": "X's father could come"
        next((c for c in holder.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if holder is not None
        else None
    )
    if poss is not None and people and poss.i in out and poss.i == holder.left_edge.i and poss.i not in names:
        if name := person_named(poss, people, genders or {}):
            names[poss.i] = f"{name}'s"  # "His campaign said on Monday": "Tom Hale's campaign said"
    heads = {verb.i} | ({subject.i} if subject is not None and subject.dep_ == "appos" else set())
    first = min((i for i in out if T[i].dep_ in SUBJECT or i in heads), default=verb.i)
    for c in verb.children:
        if c.i < first and c.dep_ in ("prep", "advcl", "npadvmod", "advmod", "punct") and c.i in out:
            out -= {t.i for t in c.subtree}
        elif c.i < verb.i and c.dep_ in ("prep", "advcl", "npadvmod") and T[c.left_edge.i - 1].text == ",":
            out -= {t.i for t in c.subtree}  # "X, in a statement on Sunday, announced": an aside
    if not (opener or finite(verb, out)):
        return "", 0, 0  # "having lost it in 1972", "a call made by X last July": a fragment, no event
    if (condition := condition_cut(verb, out)) is not None:
        out -= {i for i in out if i >= condition}  # "… willing to withdraw provided the border is safe"
    out -= clause_read_as_phrase(out, verb.doc)
    clause = set(out)  # what the clause names, before shortening: its actors are the entry's
    if subject is not None:  # with the subject's name in full ("The suspect -- X --"), even one borrowed
        clause |= {t.i for t in subject.subtree} - {
            g.i for c in subject.subtree if c.dep_ == "relcl" for g in c.subtree
        }
    _shorten(verb, out, skip)
    doc = verb.doc
    dashes = {
        i for i in range(verb.i + 1, verb.right_edge.i + 1) if T[i].text == "_"
    }  # a bare "_" is no word
    cut = next((i for i in sorted(out | dashes) if i > verb.i and DASH.fullmatch(T[i].text)), None)
    if cut is not None:
        out -= {i for i in out if i >= cut}
    out -= {
        i
        for i in out
        if T[i].pos_ == "ADP" and T[i].dep_ == "prep" and not any(c.i in out for c in T[i].children)
    }
    drop_stray_commas(doc, out, skip)
    if not complete(verb, out, skip):
        return "", 0, 0  # "… said" with what was said left out: no event to tell
    vs, ve = sent_range(doc, verb.i)
    for c in verb.rights:
        after = T[c.right_edge.i + 1] if c.right_edge.i + 1 < ve else None
        if (
            c.dep_ in ("npadvmod", "advmod")
            and T[c.left_edge.i - 1].text == ","
            and after is not None
            and after.i not in out
            and not after.is_punct
        ):
            out -= {t.i for t in c.subtree}  # ", this time" cut from what followed it
    told = verb.lemma_ == "tell" and not any(c.dep_ == "dative" for c in verb.children)
    reported = any(complement_read_as_relative(T[i]) for i in out)
    if (
        verb.lemma_ in REPORTING
        and (occasion is None or occasion.i not in out)
        and not reported
        and not any(
            c.dep_ in ARGUMENTS + ("nsubjpass",)
            and c.i in out
            and vs <= c.i < ve
            and not (told and c.dep_ == "dobj")  # "told CNN": whom, not what
            for c in verb.children
        )
    ):
        return "", 0, 0  # "X said in a statement": what was said is in the quotes
    toks = [T[i] for i in sorted(out)]
    while toks and (toks[0].is_punct or toks[0].pos_ in LEADING or toks[0].tag_ in ("WRB", "WDT", "WP")):
        lead_prep = toks[0].i != verb.i and (
            toks[0].dep_ == "prep" or any(c.dep_ == "pobj" for c in toks[0].children)
        )
        phrase = {t.i for t in toks[0].subtree} if lead_prep else {toks[0].i}
        toks = [
            t for t in toks if t.i not in phrase
        ]  # "Despite the assurances, X left": not "The assurances"
    while toks and (
        toks[-1].is_punct
        and toks[-1].text != "%"  # "3.6%": the sign is the number's
        or toks[-1].pos_ in EDGE
        and toks[-1].dep_ != "prt"
    ):
        toks.pop()
    if not toks or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return "", 0, 0
    if len(toks) <= 2 and verb.lemma_ == "be" and not names and not lead:
        return "", 0, 0  # "… than there were in 2018"
    if len(toks) == 1 and not names and not lead:
        return "", 0, 0  # "In a statement issued the next day, …": "Issued" alone tells nothing
    for t in T[vs:ve]:
        noun = t.head
        if t.i in skip and t.dep_ == "poss" and noun.i in out:  # "at Tuesday's debate": "at the debate"
            if not any(c.dep_ in ("det", "poss") and c.i in out for c in noun.children):
                first = min(i for i in out if noun.left_edge.i <= i <= noun.i)
                names[first] = "the " + names.get(first, T[first].text)
    toks = close_brackets(toks)
    if occasion is not None and own and own[0].i > verb.i and toks and toks[0].i == verb.i:
        first = [t for t in toks if own[0].left_edge.i <= t.i <= own[0].right_edge.i]
        toks = first + [t for t in toks if t not in first]  # "“…,” said X at a news conference": "X said"
        names[verb.i] = verb.lower_
    text = _join(toks, names)
    if lead and not text.startswith(lead) and toks[0].dep_ not in SUBJECT:
        text = f"{lead} {text}"
    if scope is not None:
        scope |= clause
    return text, toks[0].idx, toks[-1].idx + len(toks[-1])
