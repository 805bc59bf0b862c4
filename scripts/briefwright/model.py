"""The briefing model: what every stage produces and consumes.

The JSON form (``Briefing.to_dict``) is the contract of ``briefwright extract --json``,
described by ``schema/briefing.schema.json``. Character offsets (start inclusive, end
exclusive) index into ``Briefing.text``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

SCHEMA_ID = "briefwright.briefing/1"

Span = tuple[int, int]

ACTOR_TYPES = ("person", "organization", "country", "place", "other")


@dataclass(slots=True)
class Source:
    path: str
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str = "en"
    license: str | None = None
    license_url: str | None = None
    publish: bool | None = None  # may the source text be published on the site (None: decided by licence)


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    type: str  # one of ACTOR_TYPES
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    anonymous: bool = False
    affiliations: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None  # an actor id
    kind: str = "direct"  # direct | partial
    cue: str | None = None
    speaker_span: Span | None = None


@dataclass(slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str | None


@dataclass(slots=True)
class TimelineEntry:
    date: str
    event: str
    start: int
    end: int
    when: dict[str, Any] | None = None  # {text, start, end}
    actors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Briefing:
    id: str
    title: str
    source: Source
    text: str
    paragraphs: list[Span] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    temporal_expressions: list[Timex] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = {"schema": SCHEMA_ID, **asdict(self)}
        for entry in data["timeline"]:
            if entry.get("when") is None:
                entry.pop("when", None)  # the contract's `when` is an object when present
        return _lists(data)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        src = data.get("source") or {}
        return cls(
            id=data["id"],
            title=data.get("title", ""),
            source=Source(**{k: v for k, v in src.items() if k in Source.__dataclass_fields__}),
            text=data.get("text", ""),
            paragraphs=[tuple(p) for p in data.get("paragraphs") or []],  # type: ignore[misc]
            summary=list(data.get("summary") or []),
            actors=[
                Actor(**{**_known(Actor, a), "mentions": [tuple(m) for m in a.get("mentions") or []]})
                for a in data.get("actors") or []
            ],
            quotes=[
                Quote(
                    **{
                        **_known(Quote, q),
                        "speaker_span": tuple(q["speaker_span"]) if q.get("speaker_span") else None,
                    }
                )
                for q in data.get("quotes") or []
            ],
            temporal_expressions=[Timex(**_known(Timex, t)) for t in data.get("temporal_expressions") or []],
            timeline=[TimelineEntry(**_known(TimelineEntry, e)) for e in data.get("timeline") or []],
            tags=list(data.get("tags") or []),
        )

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def paragraph_of(self, offset: int) -> int:
        """1-based number of the paragraph holding ``offset`` (0 when none)."""
        for n, (start, end) in enumerate(self.paragraphs, 1):
            if start <= offset < end:
                return n
        return 0


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in cls.__dataclass_fields__}


def _lists(obj: Any) -> Any:
    """Tuples become lists so that the dict equals its JSON round trip."""
    if isinstance(obj, dict):
        return {k: _lists(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_lists(v) for v in obj]
    return obj


def load_schema() -> dict[str, Any]:
    return json.loads(
        resources.files("briefwright").joinpath("schema/briefing.schema.json").read_text("utf-8")
    )
