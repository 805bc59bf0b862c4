"""A briefing's Markdown as the site shows it (the file itself is unchanged: the grammar is for editors).

``decorate`` is called by the MkDocs hook on each briefing page before conversion:

- each key point links to the paragraph of the source it was taken from (``— ¶N``), as the
  timeline and quotes already do;
- the Actors section becomes a list of readers' lines: the name links to the actor's page, the
  roles, other names and affiliations are each said once ("also called: A, B"), an affiliation
  by its name (a link), not by its id;
- a quote without a speaker reads "Speaker not identified", not "*unknown speaker* *said*".

Everything taken from the briefing is escaped: article text stays inert.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from .model import Actor, Briefing
from .pages import NO_SPEAKER

_UNKNOWN = re.compile(r"^([-*+] )\*unknown speaker\*(?: \*((?:\\.|[^*\\])+)\*)?( \(partial\))?: ")


def _sections(lines: list[str]) -> dict[str, tuple[int, int]]:
    """Section name -> (first line after the heading, end) of the ``## `` sections."""
    heads = [(i, line[3:].strip()) for i, line in enumerate(lines) if line.startswith("## ")]
    return {
        name: (i + 1, heads[k + 1][0] if k + 1 < len(heads) else len(lines))
        for k, (i, name) in enumerate(heads)
    }


def decorate(markdown: str, b: Briefing, renderer: Any, base: str) -> str:
    """The page's Markdown with linked key points, a readable Actors section and unknown speakers named."""
    lines = markdown.split("\n")
    sections = _sections(lines)
    if "Key points" in sections:
        _key_points(lines, *sections["Key points"], b)
    if "Quotes" in sections:
        start, end = sections["Quotes"]
        for i in range(start, end):
            lines[i] = _UNKNOWN.sub(_no_speaker, lines[i])
    if "Actors" in sections and b.actors:
        start, end = sections["Actors"]
        body = [i for i in range(start, end) if lines[i].strip()]
        if body:
            lines[body[0] : body[-1] + 1] = [actors_html(b, renderer, base)]
    return "\n".join(lines)


def _key_points(lines: list[str], start: int, end: int, b: Briefing) -> None:
    items = [i for i in range(start, end) if re.match(r"[-*+] ", lines[i])]
    if len(items) != len(b.summary):
        return
    for i, point in zip(items, b.summary, strict=True):
        found = b.text.find(point) if point else -1
        n = b.paragraph_of(found) if found >= 0 else 0
        if n and not re.search(r" — \[?¶\d+", lines[i]):
            lines[i] += f" — [¶{n}](../sources/{b.id}.md#p{n})"


def _no_speaker(m: re.Match) -> str:
    details = []
    if m[2]:
        details.append(f"verb *{m[2]}*")
    if m[3]:
        details.append("partial")
    extra = f" ({', '.join(details)})" if details else ""
    return f'{m[1]}<span class="bw-nospeaker">{NO_SPEAKER}</span>{extra}: '


def _name_link(renderer: Any, b: Briefing, actor_id: str, name: str, base: str, cls: str = "") -> str:
    href = renderer.actor_url(actor_id)
    attr = f' class="{cls}"' if cls else ""
    if not href:
        return f"<span{attr}>{escape(name)}</span>"
    return f'<a{attr} href="{escape(base + href)}" title="id: {escape(actor_id)}">{escape(name)}</a>'


def _affiliation(renderer: Any, b: Briefing, actor_id: str, base: str) -> str:
    other = b.actor(actor_id)
    entry = renderer.actors.get(renderer.same.get(actor_id, actor_id))
    name = other.name if other else entry.name if entry else actor_id
    return _name_link(renderer, b, actor_id, name, base)


def _actor_line(renderer: Any, b: Briefing, a: Actor, base: str) -> str:
    kind = escape(a.type) + (", anonymous" if a.anonymous else "")
    facts = []
    roles = list(dict.fromkeys(r for r in a.roles if r))
    if roles:
        facts.append(("role" if len(roles) == 1 else "roles") + ": " + "; ".join(escape(r) for r in roles))
    aliases = list(dict.fromkeys(x for x in a.aliases if x and x != a.name))
    if aliases:
        facts.append("also called: " + ", ".join(escape(x) for x in aliases))
    parts = list(dict.fromkeys(a.affiliations))
    if parts:
        facts.append("part of: " + ", ".join(_affiliation(renderer, b, p, base) for p in parts))
    details = f'\n<span class="bw-details">{" · ".join(facts)}</span>' if facts else ""
    name = _name_link(renderer, b, a.id, a.name, base, "bw-actor-name")
    return f'<li>{name} <span class="bw-type">{kind}</span>{details}</li>'


def actors_html(b: Briefing, renderer: Any, base: str) -> str:
    """The Actors section as an HTML block (a raw block: its links are final URLs)."""
    items = "\n".join(_actor_line(renderer, b, a, base) for a in b.actors)
    return f'<ul class="bw-actor-list">\n{items}\n</ul>'
