"""Names of actors: the forms one name takes (surnames, initials, spellings) and how to compare them."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from . import lexicon as lx

_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,6}$|^(?=(?:[a-z]?[A-Z]){3})(?:[A-Z][a-z]?){3,8}$")
_VOWELS = frozenset("aeiouy")
_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]{3,}")
_COMPASS_ADJ = {"western": "west", "eastern": "east", "northern": "north", "southern": "south"}


def words(text: str) -> list[str]:
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(lx.key(text).replace("'", "").split())


def is_cap(tok: Token) -> bool:
    """A word written as a name: capitalised, and not "U.S.-designated" or "Iranian-backed"."""
    return _cap_text(tok.text)


@functools.lru_cache(maxsize=65536)
def _cap_text(text: str) -> bool:
    return (
        bool(text)
        and text[0].isupper()
        and any(c.isalpha() for c in text)
        and not _LOWER_AFTER_HYPHEN.search(text)
    )


def strip_particle(word: str) -> str:
    return re.sub(r"^(?:al|el|ad|ash|as|at|an|az)[-‐]", "", word, flags=re.I)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def surnames(name: str) -> set[str]:
    """Surname forms of a personal name: "Staffan de Mistura" → {"de mistura", "mistura"}."""
    return set(_surnames(name))


@functools.lru_cache(maxsize=65536)
def _surnames(name: str) -> frozenset[str]:
    words = name.split()
    if len(words) >= 3 and lx.key(words[-1].rstrip(",")) in _SUFFIXES:
        words = [w.rstrip(",") for w in words[:-1]]  # "Luther Stan Pate IV", "Martin Luther King Jr."
    if len(words) < 2:
        return frozenset()
    out = {lx.key(words[-1]), lx.key(strip_particle(words[-1]))}
    if len(words) >= 3 and all(w[:1].isupper() for w in words[-3:]) and not words[-3].isupper():
        out.add(lx.key(" ".join(words[-2:])))  # "Debbie Wasserman Schultz" → "Wasserman Schultz"
    for k in range(1, len(words) - 1):
        if lx.key(words[k]).rstrip("-") in lx.PARTICLES:
            out.add(lx.key(" ".join(words[k:])))
            break
    return frozenset(s for s in out if s)


@functools.lru_cache(maxsize=65536)
def initials(name: str) -> str:
    parts = [p for p in re.split(r"[\s\-‐]+", name) if p]
    letters = [strip_particle(p)[:1] for p in parts if p.lower() not in lx.CONNECT and p[:1].isupper()]
    return "".join(letters).upper()


@functools.lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text.replace(" ", "")))


@functools.lru_cache(maxsize=65536)
def variant(a: str, b: str) -> bool:
    """Spelling variants of one name ("Fatah"/"Fateh", "Osama bin Laden"/"Usama bin Ladin")."""
    wa = [_COMPASS_ADJ.get(w, w) for w in words(a)]
    wb = [_COMPASS_ADJ.get(w, w) for w in words(b)]
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    if wa == wb:
        return lx.key(a) != lx.key(b)
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) == len(wa):
        return False
    if diff == [(wa[0], wb[0])] and len(wa) == 2 and same_given_name(wa[0], wb[0]):
        return True  # "Chuck Schumer" and "Charles Schumer"
    return all(word_variant(x, y) for x, y in diff)


# Familiar forms of English given names ("Chuck" for "Charles"): one person named both ways.
_FAMILIAR = {
    "charles": "chuck charlie", "william": "bill billy will", "robert": "bob bobby rob",
    "richard": "dick rick",
    "james": "jim jimmy", "michael": "mike", "thomas": "tom tommy", "anthony": "tony", "joseph": "joe",
    "edward": "ed ted", "daniel": "dan danny", "david": "dave", "steven": "steve", "stephen": "steve",
    "samuel": "sam", "benjamin": "ben", "frederick": "fred", "lawrence": "larry", "gerald": "jerry",
    "patrick": "pat", "elizabeth": "liz beth betty", "katherine": "kate kathy", "catherine": "kate cathy",
    "jennifer": "jenny jen", "margaret": "peggy maggie", "nicholas": "nick", "christopher": "chris",
    "matthew": "matt", "andrew": "andy", "timothy": "tim", "kenneth": "ken", "ronald": "ron",
    "donald": "don", "gregory": "greg", "jeffrey": "jeff", "douglas": "doug", "alexander": "alex",
}  # fmt: skip
_FAMILIAR_PAIRS = frozenset((full, short) for full, shorts in _FAMILIAR.items() for short in shorts.split())


def same_given_name(x: str, y: str) -> bool:
    """ "chuck" and "charles", "bill" and "william": a given name and its familiar form."""
    return (x, y) in _FAMILIAR_PAIRS or (y, x) in _FAMILIAR_PAIRS


def word_variant(x: str, y: str) -> bool:
    """Two spellings of one word of a name ("soleimani"/"soleymani", "fatah"/"fateh")."""
    if len(x) < 5 or len(y) < 5:
        return False
    if len(x) == len(y) and all(c == d or (c in _VOWELS and d in _VOWELS) for c, d in zip(x, y, strict=True)):
        return True
    return min(len(x), len(y)) >= 6 and edit1(x, y)


def edit1(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    return x[i + 1 :] == y[i + 1 :] or x[i:] == y[i + 1 :] or x[i + 1 :] == y[i:]


def country_of(text: str) -> lx.Country | None:
    return lx.COUNTRY_BY_NAME.get(lx.key(text))


@functools.lru_cache(maxsize=65536)
def country_key(k: str) -> str:
    """A key with country names made canonical: "us embassy" → "united states embassy"."""
    words = k.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            country = lx.COUNTRY_BY_NAME.get(" ".join(words[i : i + n]))
            if country is not None:
                out.append(lx.key(country.name))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def shortened(short: list[str], full: list[str]) -> bool:
    """ "Robert Mugabe" is "Robert Gabriel Mugabe" without a middle name, "Tom Reed" "Tom Reed Jr."."""
    if len(full) >= 3 and full[-1] in _SUFFIXES and short[-1] != full[-1]:
        full = [w.rstrip(",") for w in full[:-1]]
        if short == full:
            return True
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(w in rest for w in short)
