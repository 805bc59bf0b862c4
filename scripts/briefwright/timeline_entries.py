"""The entries of the timeline among themselves: a date that is the object of another entry's verb,
an event named by a noun that a clause of the same date already tells, the character runs of a clause
(see ``timeline``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .doccache import tokens
from .model import TimelineEntry
from .timeline_rules import names_its_part


def char_runs(doc: Doc, scope: set[int]) -> list[tuple[int, int]]:
    """The character ranges of runs of consecutive tokens of ``scope``."""
    T = tokens(doc)
    runs: list[tuple[int, int]] = []
    for i in sorted(scope):
        a, b = T[i].idx, T[i].idx + len(T[i])
        if runs and i - 1 in scope:
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    return runs


def name_of_day(span: Span) -> list[Token]:
    """A capitalised word the parse hangs on a date as part of its name ("Super Tuesday", "Black Friday"):
    it goes with the date."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 1 else None
    if before is None or before.pos_ != "PROPN" or not before.text[:1].isupper():
        return []
    if before.ent_type_ not in ("", "DATE", "EVENT"):  # "told CNN Monday": CNN is no part of the day
        return []
    hung = before.dep_ == "compound" and before.head.i in range(span.start, span.end)
    alone = before.dep_ == "pobj" and doc[before.i - 1].lower_ == "on"  # "on Super | Tuesday"
    return [before] if hung or alone else []


def object_dates(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """A date the verb takes as its object ("picked Saturday night as the time") stays in the statement; when
    another date of the clause tells when it happened ("a week ago, X picked Saturday night as …"), that one
    dates the statement, which keeps the object, and the object's own entry goes."""
    out = list(entries)
    for entry in entries:
        words = (entry.when or {}).get("text", "")
        if not words or words not in entry.event or names_its_part(words):
            continue  # "posted a third-quarter loss": the part of the year, no object
        bare = re.sub(r"\s+", " ", entry.event.replace(words, " ")).strip()
        twin = next((o for o in out if o is not entry and o.date != entry.date and o.event == bare), None)
        if twin is not None:
            twin.event = entry.event
            out.remove(entry)
    return out


def told_by_a_verb(entry: TimelineEntry, entries: list[TimelineEntry], nominal: set[int]) -> bool:
    """Whether an event a noun names ("the March agreement between X and Y") is told by a clause of the same
    day or a finer one about one of its actors ("X and Y agreed on March 3 …"): the clause says it."""
    return any(
        n not in nominal and o.date.startswith(entry.date) and set(o.actors) & set(entry.actors)
        for n, o in enumerate(entries)
    )


def finer(other: TimelineEntry, entry: TimelineEntry) -> bool:
    """Whether ``other`` tells the event of ``entry`` at a finer date ("on March 20 last year": the day,
    not also the year)."""
    return other.event == entry.event and other.date != entry.date and other.date.startswith(entry.date)
