"""One identity per actor across briefings: the curated actors file overrides the machine.

The file (``actors.yaml`` at the project root, or the path in ``BRIEFWRIGHT_ACTORS``) lists actors
by canonical name, with their type, other names, and machine actors to merge into them::

    actors:
      - name: United Nations
        type: organization
        aliases: [UN, U.N.]
      - name: John Kerry
        type: person
        aliases: [Kerry, Secretary Kerry]
        merge: [kerry]          # machine ids (or names) folded into this actor
    ignore: [Twitter]           # names the machine must never list as actors

An actor's id is the slug of its canonical name (``id:`` overrides it). ``validate_curated``
reports mistakes as ``(line, message)`` for ``briefwright check``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from . import lexicon as lx
from .articles import slugify
from .model import ACTOR_TYPES, Actor, Quote

ENV_VAR = "BRIEFWRIGHT_ACTORS"
DEFAULT_FILE = "actors.yaml"
_ACTOR_KEYS = ("name", "type", "id", "aliases", "merge")
_TOP_KEYS = ("actors", "ignore")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class CuratedActor:
    name: str
    id: str
    type: str | None = None
    aliases: list[str] = field(default_factory=list)
    merge: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Curated:
    actors: list[CuratedActor] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[str, CuratedActor] = {}
        for c in self.actors:
            for n in (c.name, *c.aliases, *c.merge):
                self._by_key.setdefault(lx.key(n), c)
        self._by_id = {c.id: c for c in self.actors} | {m: c for c in self.actors for m in c.merge}
        self._ignored = {lx.key(n) for n in self.ignore} | set(self.ignore)

    def lookup(self, actor: Actor) -> CuratedActor | None:
        """The curated entry for a machine actor: by id, then name, then any alias."""
        if actor.id in self._by_id:
            return self._by_id[actor.id]
        if (c := self._by_key.get(lx.key(actor.name))) is not None:
            return c
        for n in actor.aliases:
            if actor.type == "person" and len(n.split()) < 2:
                continue  # a surname alone may name another person of the same family
            c = self._by_key.get(lx.key(n))
            if c is not None and c.type in (None, actor.type):
                return c  # by another name only when the kinds agree ("Washington": the city, not the man)
        return None

    def ignored(self, actor: Actor) -> bool:
        return actor.id in self._ignored or lx.key(actor.name) in self._ignored


def actor_id(name: str) -> str:
    """The id of an actor: the slug of its canonical name ("Paweł Adamowicz" → ``pawel-adamowicz``)."""
    return slugify(lx.ascii_fold(name))


# ---------------------------------------------------------------- reading and checking the file


def _node_line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _strings(node: yaml.Node, what: str, errors: list[tuple[int, str]]) -> list[str]:
    if isinstance(node, yaml.ScalarNode) and node.value:
        return [node.value]
    if not isinstance(node, yaml.SequenceNode):
        errors.append((_node_line(node), f"{what} must be a list of names, like [UN, U.N.]"))
        return []
    out = []
    for item in node.value:
        if isinstance(item, yaml.ScalarNode) and item.value.strip():
            out.append(item.value.strip())
        else:
            errors.append((_node_line(item), f"each entry of {what} must be a non-empty name"))
    return out


def _parse(text: str) -> tuple[Curated, list[tuple[int, str]]]:
    errors: list[tuple[int, str]] = []
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return Curated(), [
            (
                line,
                f"not valid YAML ({getattr(exc, 'problem', None) or exc}); "
                "check indentation and quote names that contain ':' or '#'",
            )
        ]
    if root is None:
        return Curated(), []
    if not isinstance(root, yaml.MappingNode):
        return Curated(), [
            (_node_line(root), "the file must be a mapping with the keys `actors:` and `ignore:`")
        ]
    curated = Curated()
    for key_node, value in root.value:
        key = key_node.value
        if key == "actors":
            if not isinstance(value, yaml.SequenceNode):
                errors.append(
                    (_node_line(value), "`actors:` must be a list of entries, each starting with `- name:`")
                )
                continue
            curated.actors.extend(a for item in value.value if (a := _parse_actor(item, errors)))
        elif key == "ignore":
            curated.ignore.extend(_strings(value, "`ignore:`", errors))
        else:
            errors.append(
                (_node_line(key_node), f"unknown key `{key}:`; the file has only `actors:` and `ignore:`")
            )
    _check_clashes(curated, errors)
    curated.__post_init__()
    return curated, sorted(errors)


def _parse_actor(item: yaml.Node, errors: list[tuple[int, str]]) -> CuratedActor | None:
    line = _node_line(item)
    if not isinstance(item, yaml.MappingNode):
        errors.append(
            (line, "an actor entry must be a mapping such as `- {name: United Nations, type: organization}`")
        )
        return None
    fields: dict[str, Any] = {}
    for key_node, value in item.value:
        key = key_node.value
        if key not in _ACTOR_KEYS:
            errors.append(
                (_node_line(key_node), f"unknown key `{key}:` in an actor; use {', '.join(_ACTOR_KEYS)}")
            )
        elif key in ("aliases", "merge"):
            fields[key] = _strings(value, f"`{key}:`", errors)
        elif not isinstance(value, yaml.ScalarNode) or not value.value.strip():
            errors.append((_node_line(value), f"`{key}:` must be a single non-empty value"))
        else:
            fields[key] = value.value.strip()
    if "name" not in fields:
        errors.append((line, "this actor has no `name:` (its canonical full name, titles left out)"))
        return None
    typ = fields.get("type")
    if typ is not None and typ not in ACTOR_TYPES:
        errors.append(
            (line, f"unknown type `{typ}` for {fields['name']!r}; use one of {', '.join(ACTOR_TYPES)}")
        )
        typ = None
    aid = fields.get("id") or actor_id(fields["name"])
    if not _ID.match(aid):
        errors.append(
            (line, f"id `{aid}` must be lower-case letters, digits and hyphens, e.g. `{slugify(aid)}`")
        )
        aid = slugify(aid)
    return CuratedActor(
        name=fields["name"],
        id=aid,
        type=typ,
        aliases=fields.get("aliases", []),
        merge=fields.get("merge", []),
        line=line,
    )


def _check_clashes(curated: Curated, errors: list[tuple[int, str]]) -> None:
    seen: dict[str, CuratedActor] = {}
    ids: dict[str, CuratedActor] = {}
    for c in curated.actors:
        if c.id in ids:
            errors.append(
                (
                    c.line,
                    f"id `{c.id}` is already used by {ids[c.id].name!r} (line {ids[c.id].line}); "
                    "merge the two entries or give one an `id:`",
                )
            )
        ids.setdefault(c.id, c)
        for n in {lx.key(x) for x in (c.name, *c.aliases, *c.merge)}:
            other = seen.get(n)
            if other is not None and other is not c:
                errors.append(
                    (
                        c.line,
                        f"the name {n!r} names both {other.name!r} (line {other.line}) and "
                        f"{c.name!r}; keep it on one actor",
                    )
                )
            seen.setdefault(n, c)


def load_curated(path: str | os.PathLike[str]) -> Curated:
    """The curated actors of ``path``; entries with mistakes are skipped (``validate_curated`` lists them)."""
    return _parse(Path(path).read_text(encoding="utf-8"))[0]


def validate_curated(path: str | os.PathLike[str]) -> list[tuple[int, str]]:
    """Mistakes in the curated file as (line, message saying how to fix it); empty when the file is right."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [(0, f"cannot read the curated actors file ({exc.__class__.__name__}: {exc})")]
    return _parse(text)[1]


def curated_path() -> Path | None:
    """``$BRIEFWRIGHT_ACTORS``, else ``./actors.yaml`` when present, else None."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    here = Path.cwd() / DEFAULT_FILE
    return here if here.is_file() else None


def project_curated() -> Curated:
    """The project's curated actors, read once per process (and again only when the file changes)."""
    path = curated_path()
    if path is None or not path.is_file():
        return Curated()
    return _load_cached(str(path.resolve()), path.stat().st_mtime_ns)


@cache
def _load_cached(path: str, mtime: int) -> Curated:
    return load_curated(path)


# ---------------------------------------------------------------- applying it


def apply_curated(
    actors: list[Actor], curated: Curated, renamed: dict[str, str | None] | None = None
) -> list[Actor]:
    """Actors with the curated names, types, aliases and ids; machine actors naming one curated actor merged.

    ``renamed`` (when given) receives every changed id: old id → new id, or None for an ignored actor.
    """
    renamed = {} if renamed is None else renamed
    out: list[Actor] = []
    by_id: dict[str, Actor] = {}
    for actor in actors:
        if curated.ignored(actor):
            renamed[actor.id] = None
            continue
        entry = curated.lookup(actor)
        if entry is None:
            if actor.id in by_id:
                _merge_into(by_id[actor.id], actor)
                continue
            by_id[actor.id] = actor
            out.append(actor)
            continue
        if actor.id != entry.id:
            renamed[actor.id] = entry.id
        if entry.id in by_id:
            _merge_into(by_id[entry.id], actor)
            continue
        new = Actor(
            id=entry.id,
            name=entry.name,
            type=entry.type or actor.type,
            aliases=[],
            roles=list(actor.roles),
            mentions=list(actor.mentions),
            anonymous=False if entry.type else actor.anonymous,
            affiliations=list(actor.affiliations),
        )
        _add_aliases(new, [actor.name, *actor.aliases, *entry.aliases])
        by_id[entry.id] = new
        out.append(new)
    for actor in out:
        actor.affiliations = list(
            dict.fromkeys(
                x for a in actor.affiliations if (x := renamed.get(a, a)) is not None and x != actor.id
            )
        )
    return out


def _add_aliases(actor: Actor, names: list[str]) -> None:
    known = {actor.name.casefold()} | {a.casefold() for a in actor.aliases}
    for n in names:
        if n.casefold() not in known:
            actor.aliases.append(n)
            known.add(n.casefold())


def _merge_into(target: Actor, other: Actor) -> None:
    _add_aliases(target, [other.name, *other.aliases])
    target.mentions = sorted(set(map(tuple, target.mentions)) | set(map(tuple, other.mentions)))  # type: ignore[arg-type]
    target.roles.extend(r for r in other.roles if r not in target.roles)
    target.affiliations.extend(a for a in other.affiliations if a not in target.affiliations)


def rename_speakers(quotes: list[Quote], renamed: dict[str, str | None]) -> None:
    """Point quotes at the ids ``apply_curated`` gave (an ignored speaker becomes None)."""
    for q in quotes:
        if q.speaker in renamed:
            q.speaker = renamed[q.speaker]
