"""The dateline that opens a news story: "WASHINGTON (AP) —", "PASADENA, Calif., Jan. 1 (UPI) —",
"NICOSIA, August 7 (Xinhua) --".

One reading serves three stages: the place and the agency are actors (``mention_rules``), the day
anchors the story's relative dates (``dates``), and no timeline event comes from it (``timeline``).
"""

from __future__ import annotations

import re

from .daterules import MONTH

DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)"  # "WASHINGTON", "New York", "ST. PAUL"
    r"(?:,\s+[A-Z][A-Za-z.' ]{1,25}?)?"  # ", Calif."
    rf"(?:,\s+(?P<mon>(?i:{MONTH}))\s+(?P<day>\d{{1,2}}))?"  # ", July 25", ", Sept. 9"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{1,30})\)\s*)?"  # "(AP)"
    r"(?:—|–|--|-|(?<=\))_)\s"  # "(AP)_" in wire copy
)
PARAGRAPHS = 3  # a dateline opens one of the first paragraphs (after a title repeated in the text)


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening one of the first paragraphs of ``text``: a day, an agency or a place in
    capitals makes one ("Officials said — " does not)."""
    start = 0
    for _ in range(PARAGRAPHS):
        while start < len(text) and text[start] in "\n ":
            start += 1
        m = DATELINE.match(text, start, start + 120)
        if m is not None and (m.group("day") or m.group("agency") or m.group("place").isupper()):
            return m
        nxt = text.find("\n", start)
        if nxt < 0:
            break
        start = nxt + 1
    return None
