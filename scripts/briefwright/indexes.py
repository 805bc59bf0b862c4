"""Indexes over all briefings: every actor with its briefings, quotes and timeline entries, and
the merged timeline, in which one event reported by several articles appears once."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import lexicon as lx
from .model import Actor, Briefing, Quote, TimelineEntry
from .names import surnames

WORD = re.compile(r"[a-z0-9]{3,}")


@dataclass
class ActorEntry:
    """One actor across all briefings."""

    id: str
    names: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    affiliations: Counter[str] = field(default_factory=Counter)  # ids of what the actor is part of
    members: set[str] = field(default_factory=set)  # ids of the actors that are part of this one
    anonymous: bool = False
    briefings: list[Briefing] = field(default_factory=list)
    quotes: list[tuple[Briefing, Quote]] = field(default_factory=list)
    events: list[tuple[Briefing, TimelineEntry]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return _most_common(self.names)

    @property
    def type(self) -> str:
        return _most_common(self.types)

    @property
    def role_list(self) -> list[str]:
        """The roles, most frequent first, each said once: spellings that differ only in case or in how
        they name a country ("US President", "United States President", "President of the United
        States") count as one role, shown in its most frequent spelling; a role that only lacks the
        country of another ("President" beside "US President") is left out."""
        groups: dict[frozenset[str], Counter[str]] = {}
        for role, n in self.roles.items():
            groups.setdefault(_role_words(role), Counter())[role] += n
        kept = {
            words: c
            for words, c in groups.items()
            if not any(words < other and all(w.startswith("@") for w in other - words) for other in groups)
        }
        ranked = sorted(kept.values(), key=lambda c: (-sum(c.values()), _most_common(c)))
        return [_most_common(c) for c in ranked]

    @property
    def other_names(self) -> list[str]:
        """The other names, sorted, without the bare titles that only repeat a role ("President"
        beside the role "US President")."""
        roles = [r.casefold() for r in self.roles]
        return sorted(
            (
                x
                for x in self.aliases
                if not any(r == x.casefold() or r.endswith(" " + x.casefold()) for r in roles)
            ),
            key=lambda x: (x.casefold(), x),
        )


_ROLE_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*\.?")
_ROLE_STOP = frozenset({"of", "the", "'s", "’s"})
_LONGEST_COUNTRY = max(len(k.split()) for k in (*lx.COUNTRY_BY_NAME, *lx.COUNTRY_BY_DEMONYM))


def _role_words(role: str) -> frozenset[str]:
    """The words of a role, case-folded, "of"/"the" left out, and every country name, alias or
    demonym read as one ``@country`` word (so "U.S." and "American" are the same word)."""
    words = [w for w in _ROLE_WORD.findall(role) if w.casefold() not in _ROLE_STOP]
    out: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST_COUNTRY, len(words) - i), 0, -1):
            k = lx.key(" ".join(words[i : i + n]))
            country = lx.COUNTRY_BY_NAME.get(k) or lx.COUNTRY_BY_DEMONYM.get(k)
            if country is not None:
                out.add("@" + country.name)
                i += n
                break
        else:
            out.add(words[i].casefold())
            i += 1
    return frozenset(out)


@dataclass
class Event:
    """A dated event, reported by one or more briefings."""

    date: str
    text: str
    actors: list[str]
    reports: list[tuple[Briefing, TimelineEntry]]
    words: set[str]


def _most_common(c: Counter[str]) -> str:
    return min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] if c else ""


def index_actors(briefings: list[Briefing], same: dict[str, str] | None = None) -> dict[str, ActorEntry]:
    """Every actor, keyed by id, with its briefings, quotes and timeline entries; ``same`` receives
    the ids folded into another actor (see ``link_surnames``)."""
    actors: dict[str, ActorEntry] = {}
    for b in briefings:
        local: dict[str, Actor] = {a.id: a for a in b.actors}
        for a in local.values():
            e = actors.setdefault(a.id, ActorEntry(a.id))
            e.names[a.name] += 1
            e.types[a.type] += 1
            e.anonymous = e.anonymous or a.anonymous
            e.roles.update(r for r in a.roles if r)
            e.aliases.update(x for x in a.aliases if x and x != a.name)
            e.affiliations.update(x for x in dict.fromkeys(a.affiliations) if x != a.id)
            e.briefings.append(b)
        for q in b.quotes:
            if q.speaker in local:
                actors[q.speaker].quotes.append((b, q))
        for t in b.timeline:
            for aid in dict.fromkeys(t.actors):
                if aid in local:
                    actors[aid].events.append((b, t))
    folded = link_surnames(actors)
    if same is not None:
        same.update(folded)
    for e in actors.values():
        e.aliases.discard(e.name)
        e.affiliations = Counter(
            {
                folded.get(k, k): n
                for k, n in e.affiliations.items()
                if (k in actors or k in folded) and folded.get(k, k) != e.id
            }
        )
        for other in e.affiliations:
            if other in actors and other != e.id:
                actors[other].members.add(e.id)
    return dict(sorted(actors.items()))


def link_surnames(actors: dict[str, ActorEntry]) -> dict[str, str]:
    """One page for a person some articles name by surname alone ("Erdoğan") and others in full
    ("Recep Tayyip Erdoğan"): when exactly one full name of the collection ends with the surname,
    the surname-only actor is folded into it. Returns ``{surname-only id: full id}`` (the folded
    entries leave ``actors``); the curated actors file makes the same link explicit in the briefings.
    """
    people = [e for e in actors.values() if e.type == "person" and not e.anonymous]
    by_surname: dict[str, list[ActorEntry]] = defaultdict(list)
    for e in people:
        for surname in surnames(e.name):  # the same surname forms the actors' own merging reads
            by_surname[surname].append(e)
    same: dict[str, str] = {}
    for e in people:
        if len(e.name.split()) != 1 or any(len(n.split()) > 1 for n in e.names):
            continue
        full = by_surname.get(lx.key(e.name), [])
        if len(full) != 1:
            continue  # no full name, or two people of that name: leave it alone
        target = full[0]
        target.aliases.update(e.names)
        target.aliases.update(e.aliases)
        target.roles.update(e.roles)
        target.affiliations.update(e.affiliations)
        target.briefings.extend(b for b in e.briefings if b not in target.briefings)
        target.quotes.extend(e.quotes)
        target.events.extend(e.events)
        same[e.id] = target.id
        del actors[e.id]
    return same


def merge_timeline(briefings: list[Briefing], threshold: float = 0.5) -> list[Event]:
    """All dated events by date; the same event from several articles appears once.

    Two entries are the same event when they have the same date and their content words
    overlap (Jaccard >= ``threshold``, or half that when they share an actor). Comparison
    is within one date only, so the work stays linear in the number of dates.
    """
    by_date: dict[str, list[Event]] = defaultdict(list)
    for b in sorted(briefings, key=lambda b: (b.source.published or "", b.id)):
        for t in b.timeline:
            words = set(WORD.findall(t.event.lower()))
            for ev in by_date[t.date]:
                overlap = len(words & ev.words) / (len(words | ev.words) or 1)
                if overlap >= threshold or (overlap >= threshold / 2 and set(t.actors) & set(ev.actors)):
                    if all(r[0].id != b.id for r in ev.reports):
                        ev.reports.append((b, t))
                        ev.actors.extend(a for a in t.actors if a not in ev.actors)
                    break
            else:
                by_date[t.date].append(Event(t.date, t.event, list(t.actors), [(b, t)], words))
    return [ev for date in sorted(by_date) for ev in by_date[date]]


MONTHS_FROM = 8  # events in a year from which the year is divided into months
SPARSE = 3  # a year of fewer events shares its heading with the next ones (``1921–1940``)
_MONTH = re.compile(r"^\d{4}-\d{2}(?!\d)")


@dataclass
class TimelineGroup:
    """Events under one heading of the merged timeline: a month (``month`` "YYYY-MM"), or none."""

    month: str
    events: list[Event]


@dataclass
class TimelineSection:
    """A heading of the merged timeline: a year, or a run of sparse years (``first``–``last``)."""

    first: str
    last: str
    groups: list[TimelineGroup]

    @property
    def label(self) -> str:
        return self.first if self.first == self.last else f"{self.first}–{self.last}"

    @property
    def count(self) -> int:
        return sum(len(g.events) for g in self.groups)


def group_timeline(
    events: list[Event], months_from: int = MONTHS_FROM, sparse: int = SPARSE
) -> list[TimelineSection]:
    """The events (sorted by date) under year headings: a year of at least ``months_from`` events
    spanning several months is divided into months (its events dated by the year alone first);
    consecutive years of fewer than ``sparse`` events each share one heading, up to
    ``months_from`` events. Deterministic: the headings depend on the events only."""
    years: dict[str, list[Event]] = {}
    for ev in events:
        years.setdefault(ev.date[:4], []).append(ev)
    out: list[TimelineSection] = []
    run: TimelineSection | None = None  # the open run of sparse years
    for year, evs in years.items():
        if len(evs) < sparse:
            if run is not None and run.count + len(evs) <= months_from:
                run.last = year
                run.groups[0].events.extend(evs)
                continue
            run = TimelineSection(year, year, [TimelineGroup("", list(evs))])
            out.append(run)
            continue
        run = None
        by_month: dict[str, list[Event]] = {}
        for ev in evs:
            m = _MONTH.match(ev.date)
            by_month.setdefault(m.group(0) if m else "", []).append(ev)
        if len(evs) < months_from or len([m for m in by_month if m]) < 2:
            out.append(TimelineSection(year, year, [TimelineGroup("", evs)]))
            continue
        head = [TimelineGroup("", by_month.pop(""))] if "" in by_month else []
        out.append(
            TimelineSection(year, year, head + [TimelineGroup(m, v) for m, v in sorted(by_month.items())])
        )
    return out
