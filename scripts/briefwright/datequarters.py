"""Quarters and halves of (fiscal) years: "the third quarter", "the first half", "the year-ago quarter".

The quarter a story reports on is remembered in the ``Ctx`` (``_remember``) for ``QUARTER_MEMORY``
characters: "a year earlier", "the year-ago period" and "the quarter" then follow it instead of the
anchor's calendar quarter, and "the quarter ended Aug. 26" names a fiscal quarter by its closing date.
Split from ``datevalues``, whose dispatch table calls the ``_n_<pattern>`` functions here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import daterules as R

if TYPE_CHECKING:
    from .datevalues import Ctx, Value


QUARTER_MEMORY = 1500  # characters: how far a mentioned quarter anchors "a year ago", "the quarter"
_ENDED = re.compile(rf"\s+end(?:ed|ing)\s+(?P<mon>{R.MONTH})\s+(?P<day>\d{{1,2}})\b", re.I)


# ---------------------------------------------------------------- quarter arithmetic


def _quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _q(yq: tuple[int, int]) -> str:
    return f"{yq[0]:04d}-Q{yq[1]}"


def _shift_q(yq: tuple[int, int], n: int) -> tuple[int, int]:
    k = yq[0] * 4 + yq[1] - 1 + n
    return k // 4, k % 4 + 1


def _year_offset(word: str | None) -> int:
    return {"this": 0, "last": -1, "next": 1}.get((word or "").lower(), 0)


# ---------------------------------------------------------------- quarters in the text


def _quarter_year(g: dict, c: Ctx, q: int) -> int | None:
    if g.get("py"):
        return int(g["py"])
    if g.get("qy"):
        return int(g["qy"])
    if c.anchor is None:
        return None
    a = c.anchor
    pre = (g.get("pre") or "").lower()
    for word, off in (("this year", 0), ("last year", -1), ("next year", 1)):
        if pre.startswith(word):
            return a.year + off
    if g.get("qry"):
        return a.year + _year_offset(g["qry"])
    y = a.year
    if 3 * q - 2 > a.month and c.tense() != "future":
        y -= 1
    return y


def _n_quarter(g: dict, c: Ctx) -> Value | None:
    q = R.ORDINALS[g["ord"].lower()]
    y = _quarter_year(g, c, q)
    if y is None:
        return "DATE", None
    if (g.get("pre") or "").lower() != "a" or g.get("adj"):  # "after a flat second quarter": background
        ended = bool(re.match(r"\s+ended\b", c.after)) or c.tense() == "past"  # a fiscal quarter reported
        return _remember(c, (y, q), ended=ended, fiscal="fiscal" in g.get("_text", "").lower())
    return "DATE", _q((y, q))


def _n_half(g: dict, c: Ctx) -> Value | None:
    o = (g.get("ord") or g["two"]).lower()  # "the first two quarters" is the first half
    h = 2 if o in ("last", "latter", "final") else 1 if g.get("two") else R.ORDINALS[o]
    if g.get("qy"):
        return "DATE", f"{g['qy']}-H{h}"
    if c.anchor is None:
        return "DATE", None
    return "DATE", f"{c.anchor.year + _year_offset(g.get('qry'))}-H{h}"


def _recent_quarter(c: Ctx) -> tuple[int, int] | None:
    return c.quarter if c.quarter and c.pos - c.quarter_at < QUARTER_MEMORY else None


def _n_quarter_ref(g: dict, c: Ctx) -> Value | None:
    det, unit = re.sub(r"\s+", " ", g["det"].lower()), g["u"].lower()
    known = _recent_quarter(c)
    if det == "that":
        return _remember(c, known) if known else None
    if g.get("py"):
        return "DATE", _q((int(g["py"]), known[1])) if known else g["py"]
    if c.anchor is None:
        return "DATE", None
    current = _quarter_of(c.anchor)
    if known and known > current:
        known = None
    ago = "year-" in det or det in ("last year's", "the comparable", "the corresponding", "the same")
    if unit == "period" and det in ("the", "this", "last", "next", "the past", "the previous", "the current"):
        return None
    if ago:
        if known:
            return "DATE", _q((known[0] - 1, known[1]))
        return ("DATE", str(c.anchor.year - 1)) if unit == "period" else ("DATE", _q(_shift_q(current, -4)))
    if det in ("last", "the previous", "the prior"):
        return "DATE", _q(_shift_q(known or current, -1))
    if det == "next":
        return "DATE", _q(_shift_q(current, 1))
    ended = _ENDED.match(c.after)
    if ended and known and c.quarter_fiscal and det in ("the", "the latest", "the most recent", "this"):
        return _remember(c, known)  # "the fiscal first quarter … for the quarter ended Sept. 30": that one
    if ended and det in ("the", "the latest", "the most recent", "the current", "the past", "this"):
        from .datevalues import _infer_year, _month_num  # at the top the import would be circular

        mon, day = _month_num(ended.group("mon")), int(ended.group("day"))
        close = dt.date(_infer_year(c.anchor, mon, day, "past"), mon, min(day, 28)) - dt.timedelta(days=45)
        return _remember(c, _quarter_of(close))
    if det == "the current":
        return _remember(c, current)
    if det in ("the latest", "the most recent", "the past"):
        return _remember(c, known or _shift_q(current, -1))
    return _remember(c, known or _shift_q(current, -1))


def _remember(c: Ctx, yq: tuple[int, int], ended: bool = False, fiscal: bool = False) -> Value:
    """A quarter the text reports on: "a year earlier" and "the year-ago quarter" follow it.

    Only a quarter that has ended counts: a forecast for "the third quarter of 1990" or "the
    fourth quarter" under way does not replace the quarter whose results the story gives (a fiscal
    quarter can be "the fourth quarter ended Aug. 26"). A quarter the story numbers in its fiscal
    year ("the fiscal first quarter") stays that number when it is then given by its closing date."""
    if c.anchor is None or yq < _quarter_of(c.anchor) or ended and yq == _quarter_of(c.anchor):
        c.quarter_fiscal = fiscal or (yq == c.quarter and c.quarter_fiscal)
        c.quarter, c.quarter_at = yq, c.pos
    return "DATE", _q(yq)


def _n_year_adj(g: dict, c: Ctx) -> Value | None:
    w = g["w"].lower()
    if c.anchor is None:
        return "DATE", None
    if w == "year-end":
        return "DATE", f"{c.anchor.year - (c.tense() == 'past')}-12-31"
    if w.replace("'s", "").replace(" ", "-") == "year-end":
        return "DATE", str(c.anchor.year - (c.tense() == "past"))
    known = _recent_quarter(c)
    return "DATE", _q((known[0] - 1, known[1])) if known else str(c.anchor.year - 1)
