"""What the forms of one actor's names have in common: a body's name without its country or kind
("House of Representatives" in "United States House of Representatives"), its head word, numbered
initials ("G7"), a family's plural, given names (see ``actors``)."""

from __future__ import annotations

import functools
import re

from . import lexicon as lx
from .names import initials

# Last words of bodies named after their building ("White House", "Blue House"): alone, another body.
BUILDINGS = frozenset("house palace hall building tower castle mansion".split())
# Kinds of body named after a person ("the Ann Reed Foundation"): the person is not the body.

# Kinds of body named after a person ("the Ann Reed Foundation"): the person is not the body.
EPONYMOUS = frozenset(
    "center centre foundation institute library museum school college university hospital".split()
)


def head_of(ws: list[str], k: str) -> bool:
    """ "house" in "u.s. house of representatives": the word before an "of" of the name."""
    return any(ws[i] == k and ws[i + 1] == "of" for i in range(len(ws) - 1))


def given_names(short: list[str], full: list[str]) -> bool:
    """``short`` is the first names of ``full``, two or more of them, without its family name."""
    return 2 <= len(short) < len(full) and full[: len(short)] == short


def one_family(a: str, b: str) -> bool:
    """ "gonzalez family" and "miami gonzalezes": a family and its name in the plural."""
    x, ws = a.split(), b.split()
    return len(x) == 2 and x[1] == "family" and ws[-1] in (x[0] + "s", x[0] + "es")


def kind_dropped(short: list[str], full: list[str]) -> bool:
    """ "Revolutionary Guards" for "Islamic Revolutionary Guard Corps": the full name without its last
    word, a kind of body, and maybe without words before; a plural short form for a singular."""
    if len(full) <= len(short) or full[-1] not in lx.ORG_HEADS:
        return False
    body = full[:-1]
    for form in (short, short[:-1] + [short[-1][:-1]] if short[-1].endswith("s") else short):
        if len(body) >= len(form) and body[len(body) - len(form) :] == form:
            return True
    return False


# Second words of company names whose first word alone names the company ("Mahan Air" → "Mahan").

# Second words of company names whose first word alone names the company ("Mahan Air" → "Mahan").
BRAND_KINDS = frozenset(
    "air airlines airways airline group holdings corporation corp inc ltd plc llc".split()
)

NUMBERED = re.compile(r"^[A-Z]{1,3}-?\d{1,2}$")  # "G7", "G-20"

NUMBERS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}


@functools.lru_cache(maxsize=65536)
def numbered_initials(name: str) -> str:
    """ "Group of Seven" → "G7", "Group of Twenty" → "G20"."""
    ws = name.split()
    if len(ws) < 2 or ws[-1].lower() not in NUMBERS:
        return ""
    return initials(" ".join(ws[:-1])) + NUMBERS[ws[-1].lower()]


@functools.lru_cache(maxsize=65536)
def org_core(k: str) -> str:
    """An organisation's name without its country and its kind: "thai raksa chart party" → "raksa chart",
    "parliament of the united kingdom" → "parliament"."""
    ws = k.split()
    for n in range(len(ws) - 2, 0, -1):  # "supreme court of the united kingdom" → "supreme court"
        tail = ws[n + 2 :] if ws[n + 1 : n + 2] == ["the"] else ws[n + 1 :]
        if ws[n] == "of" and " ".join(tail) in lx.COUNTRY_BY_NAME:
            ws = ws[:n]
            break
    while ws:  # "united states house of representatives" → "house of representatives"
        n = next((n for n in (3, 2, 1) if " ".join(ws[:n]) in lx.COUNTRY_BY_NAME), 0)
        n = n or (ws[0] in lx.COUNTRY_BY_DEMONYM)
        if not n:
            break
        ws = ws[n:]
    while len(ws) > 1 and ws[-1] in lx.ORG_HEADS:
        ws = ws[:-1]
    return " ".join(ws) if len(ws) < len(k.split()) else ""


def country_first(k: str) -> str | None:
    """The country a name opens with: "cuban interests section" → Cuba, "us embassy" → United States."""
    ws = k.split()
    for n in (3, 2, 1):
        head = " ".join(ws[:n])
        country = lx.COUNTRY_BY_NAME.get(head) or lx.COUNTRY_BY_DEMONYM.get(head)
        if len(ws) > n and country is not None:
            return country.name
    return None


def other_country(a: str, b: str) -> bool:
    """Two names of bodies of two countries: "us interests section", "cuban interests section"."""
    ca, cb = country_first(a), country_first(b)
    return ca is not None and cb is not None and ca != cb
