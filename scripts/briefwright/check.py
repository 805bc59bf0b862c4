"""``briefwright check``: validate every briefing and the curated actors file, report all problems at once.

Each problem is ``path:line: what is wrong — how to fix it``. Checked: the grammar, dates, that
every quoted text is in its source article (modulo whitespace and quotation-mark style), that
every speaker and timeline actor is a listed actor, unique ids, and the curated actors file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import markdown
from .model import Briefing

BRIEFINGS_DIR = Path("docs") / "briefings"
CURATED_FILE = "actors.yaml"


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" + (f" — {self.fix}" if self.fix else "")


def briefing_files(root: Path, paths: Iterable[Path] = ()) -> list[Path]:
    """The briefing files in ``paths`` (files, or folders searched for ``*.md``), else docs/briefings/."""
    chosen = list(paths) or [p for p in [root / BRIEFINGS_DIR] if p.is_dir()]
    found: list[Path] = []
    for p in chosen:
        if p.is_dir():
            found += sorted(q for q in p.rglob("*.md") if q.name != "index.md")
        else:
            found.append(p)
    return found


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def check_briefing(parsed: markdown.Parsed, shown: str, stem: str) -> list[Problem]:
    """Problems of one read briefing: its issues, then speakers, actors, dates and ids."""
    problems = [Problem(shown, i.line, i.message, i.fix) for i in parsed.issues]
    b = parsed.briefing
    if b is None:
        return problems
    lines = parsed.lines
    if b.id != stem:
        problems.append(
            Problem(
                shown,
                2,
                f"the id {b.id!r} differs from the file name {stem!r}",
                f"rename the file to {b.id}.md or set 'id: {stem}'",
            )
        )
    if not b.title.strip():
        problems.append(Problem(shown, 1, "no title", "add 'title: ...' to the front matter"))
    listed = {a.id for a in b.actors}
    seen: dict[str, int] = {}
    for i, a in enumerate(b.actors):
        line = lines.get(f"actor#{i}", 1)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", a.id):
            problems.append(
                Problem(
                    shown,
                    line,
                    f"invalid actor id {a.id!r}",
                    "use lower-case letters, digits and '-', e.g. `john-kerry`",
                )
            )
        if a.id in seen:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"the actor id `{a.id}` is listed twice (first on line {seen[a.id]})",
                    "merge the two entries: keep one, move its roles and names to the other",
                )
            )
        seen.setdefault(a.id, line)
        for other in a.affiliations:
            if other not in listed:
                problems.append(
                    Problem(
                        shown,
                        lines.get(f"part:{a.id}:{other}", line),
                        f"`{a.id}` is part of `{other}`, which is not a listed actor",
                        f"add `{other}` to the Actors section or remove the 'part of' line",
                    )
                )
    by_id = {a.id: a for a in b.actors}
    for line, text, aid in parsed.names:
        actor = by_id.get(aid)
        if actor and text.casefold() not in {x.casefold() for x in (actor.name, *actor.aliases)}:
            problems.append(
                Problem(
                    shown,
                    line,
                    f"the link text '{text}' is not a name of `{aid}` ({actor.name})",
                    f"write [{actor.name}](../actors/{aid}.md), or add '{text}' as 'also called:'",
                )
            )
    for i, q in enumerate(b.quotes):
        if q.speaker is not None and q.speaker not in listed:
            problems.append(
                Problem(
                    shown,
                    lines.get(f"quote#{i}", 1),
                    f"the speaker `{q.speaker}` is not a listed actor",
                    f"use an id from the Actors section, or add `{q.speaker}` there",
                )
            )
    for i, e in enumerate(b.timeline):
        line = lines.get(f"timeline#{i}", 1)
        if not markdown.valid_date(e.date):
            problems.append(
                Problem(
                    shown,
                    line,
                    f"invalid date {e.date!r}",
                    "write YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date)",
                )
            )
        for aid in e.actors:
            if aid not in listed:
                problems.append(
                    Problem(
                        shown,
                        line,
                        f"the actor `{aid}` is not a listed actor",
                        f"use an id from the Actors section, or add `{aid}` there",
                    )
                )
    return problems


def check_curated(root: Path) -> list[Problem]:
    """The curated actors file, validated by ``identity.validate_curated`` when that exists."""
    path = root / CURATED_FILE
    if not path.exists():
        return []
    try:
        from . import identity
    except ImportError:
        return []
    validate = getattr(identity, "validate_curated", None)
    if validate is None:
        return []
    try:
        found = validate(path) or []
    except Exception as exc:  # noqa: BLE001 - a broken file is a problem to report, not a crash
        return [Problem(CURATED_FILE, 1, f"cannot read the curated actors file: {exc}", "fix the YAML")]
    return [_curated_problem(item) for item in found]


def _curated_problem(item: object) -> Problem:
    """A ``(line, message)`` pair, a ``path:line: message — fix`` string, or an object with ``message``."""
    if isinstance(item, tuple) and len(item) == 2:
        line, text = item
    elif hasattr(item, "message"):
        line, text = (
            getattr(item, "line", 1),
            f"{item.message}" + (f" — {item.fix}" if getattr(item, "fix", "") else ""),
        )
    else:
        m = re.match(r"^[^:\n]+:(\d+): (.*)$", str(item), re.S)
        line, text = (int(m[1]), m[2]) if m else (1, str(item))
    message, _, fix = str(text).partition(" — ")
    return Problem(CURATED_FILE, max(int(line or 1), 1), message, fix)


def run_check(root: Path = Path("."), paths: Iterable[Path] = ()) -> list[Problem]:
    """Every problem in the briefings (all of docs/briefings/, or ``paths``) and the curated file."""
    problems: list[Problem] = []
    ids: dict[str, str] = {}
    for path in briefing_files(root, paths):
        shown = _display(path, root)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(shown, 1, f"cannot read the briefing: {exc}", "save it as UTF-8 text"))
            continue
        parsed = markdown.read(text, path, root)
        problems += check_briefing(parsed, shown, path.stem)
        b: Briefing | None = parsed.briefing
        if b is not None:
            if b.id in ids:
                problems.append(
                    Problem(
                        shown,
                        2,
                        f"the id {b.id!r} is also the id of {ids[b.id]}",
                        "give each briefing its own id (and file name)",
                    )
                )
            ids.setdefault(b.id, shown)
    return problems + check_curated(root)
