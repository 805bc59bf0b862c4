"""A mention of an actor: a typed token span of the parsed article (the unit every mention stage shares)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Mention:
    """One mention of an actor: a token span of the Doc, typed."""

    start: int
    end: int
    type: str
    text: str
    country: str | None = None  # canonical country name, when the mention stands for a country
    anonymous: bool = False
    strong: bool = False  # found by a rule, not only by the statistical model
    alias_of: Mention | None = None  # the mention this one renames ("JFS", "formerly known as")
    quoted: bool = False  # inside quotation marks
    modifier: bool = False  # one word modifying a common noun ("the Trump campaign"): no say in the type
    canonical: str | None = None  # the actor's name when the words fix it ("Democrats" → "Democratic Party")
    royal: bool = False  # one name after a ruler's title ("King Hussein"): a given name, no family name
