"""TIMEX3 values of the expressions ``dates`` found: one ``_n_<pattern>`` function per pattern.

Each gets the named groups of its match and a ``Ctx`` (the anchor date, the tense of the governing
verb, the last quarter and the last full date the text mentioned) and returns ``(type, value)``, or
None when the match is not a temporal expression after all. Values need the anchor for anything
relative; without one they are None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import daterules as R
from .datequarters import (
    _n_half,
    _n_quarter,
    _n_quarter_ref,
    _n_year_adj,
    _q,
    _quarter_of,
    _recent_quarter,
    _shift_q,
    _year_offset,
)

Value = tuple[str, str | None]  # (type, value)
NARRATIVE_REACH = 300  # characters: how far a full date lends its year to a following "November 21"
_BEFORE_RATE = re.compile(
    r"(?:[\d%]|\b(?:million|billion|thousand|percent|cents?|dollars?|times|once|twice"
    r"|pounds|euros|yen|shares|barrels|tons|hours|days))\s*$",
    re.I,
)


_BEFORE = re.compile(r"\bbefore\s+$", re.I)
_AHEAD = re.compile(  # not "before": "its share before Friday's purchases is 7%" looks back
    r"\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|heading\s+into)\s+$", re.I
)


@dataclass
class Ctx:
    """What a value depends on besides the match itself."""

    anchor: dt.date | None
    tense: Callable[[], str]
    quarter: tuple[int, int] | None = None
    quarter_at: int = -10_000
    quarter_fiscal: bool = False  # the quarter was numbered in a fiscal year ("the fiscal first quarter")
    last: dt.date | None = None
    last_at: int = -10_000
    last_day: bool = False
    last_near: bool = False  # the last date is in the paragraph of the match
    year: int | None = None  # the year of the last date, relative ones too ("last year"), and where
    year_at: int = -10_000
    pos: int = 0
    after: str = ""
    text: str = ""


# ---------------------------------------------------------------- value helpers


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _weekday_date(anchor: dt.date, wd: int, rel: str, tense: str) -> dt.date:
    diff = wd - anchor.isoweekday()
    rel = rel.replace("this past", "past").replace("this coming", "coming")
    if rel in ("last", "past"):
        return anchor + dt.timedelta(days=(diff % 7) - 7 if diff % 7 else -7)
    if rel == "next":
        return anchor + dt.timedelta(days=diff % 7 or 7)
    if rel in ("this", "coming") or tense in ("future", "present_event"):
        return anchor + dt.timedelta(days=diff % 7)
    return anchor - dt.timedelta(days=(-diff) % 7)


def _infer_year(anchor: dt.date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (and day) given without one: near the anchor, on the tense's side.

    News leans to the past: without a tense, a date up to six months ahead stays in the anchor's year.
    """
    y = anchor.year
    if day is None:
        delta = (month - anchor.month) * 30
    else:
        try:
            delta = (dt.date(y, month, day) - anchor).days
        except ValueError:
            delta = (month - anchor.month) * 30
    if tense == "past":  # a month two ahead has not come ("changed its year end in December", in October)
        return y - 1 if delta > (60 if day else 30) else y
    if tense == "future":
        return y + 1 if delta < -60 or day is None and month < anchor.month else y
    return y - 1 if delta > 183 else y


def _date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_num(word: str) -> int:
    return R.MONTHS[word.lower().rstrip(".")]


def capital(word: str) -> bool:
    return word[:1].isupper()


# ---------------------------------------------------------------- one function per pattern


def _n_month_day(g: dict, c: Ctx) -> Value | None:
    mon, day = _month_num(g["mon"]), int(re.match(r"\d+", g["day"]).group())  # type: ignore[union-attr]
    if g.get("year"):
        return "DATE", _date(int(g["year"]), mon, day)
    if c.anchor is None:
        return "DATE", None
    rel = (g.get("rel") or "").lower().split()
    if rel:
        this = dt.date(c.anchor.year, mon, min(day, 28))
        if rel[-1] in ("last", "past"):
            return "DATE", _date(c.anchor.year - (this >= c.anchor), mon, day)
        if rel[-1] in ("next", "coming"):
            return "DATE", _date(c.anchor.year + (this <= c.anchor), mon, day)
        return "DATE", _date(c.anchor.year, mon, day)
    narrative = _narrative_year(c, mon)
    if narrative:
        return "DATE", _date(narrative, mon, day)
    return "DATE", _date(_infer_year(c.anchor, mon, day, c.tense()), mon, day)


def _narrative_year(c: Ctx, month: int) -> int | None:
    """The year of the story told just before ("on November 15, 2017 … on November 21")."""
    if c.last is None or c.anchor is None or c.pos - c.last_at > NARRATIVE_REACH or c.last_day is False:
        return None
    if c.last.year >= c.anchor.year or month < c.last.month:
        return None
    return c.last.year


def _n_month(g: dict, c: Ctx) -> Value | None:
    mon = _month_num(g["mon"])
    if g.get("year"):
        y = int(g["year"]) if g["year"].isdigit() else R.spelled_year(g["year"])
        return "DATE", _ym(y, mon) if y else None
    if c.anchor is None:
        return "DATE", None
    a = c.anchor
    rel = (g.get("rel") or "").lower().split()[-1:] or [""]
    if g.get("ry"):
        y = a.year + _year_offset(g["ry"])
    elif rel[0] in ("last", "past"):  # the month just gone is "last month": "last May" in June is a year back
        y = a.year if mon < a.month - 1 else a.year - 1
    elif rel[0] in ("next", "coming"):
        y = a.year if mon > a.month else a.year + 1
    elif rel[0] == "this":
        y = a.year
    else:
        y = _infer_year(a, mon, None, c.tense())
    return "DATE", _ym(y, mon)


def _n_year(g: dict, c: Ctx) -> Value | None:
    y = g["year"]
    if y.startswith("'"):
        n = int(y[1:])
        return "DATE", str(1900 + n if n >= 30 else 2000 + n)
    return "DATE", y


def _n_spelled_year(g: dict, c: Ctx) -> Value | None:
    y = R.spelled_year(g["year"])
    return ("DATE", str(y)) if y else None


def _n_decade(g: dict, c: Ctx) -> Value | None:
    if g.get("dec"):
        return "DATE", g["dec"][:3]
    if g.get("d2"):
        n = int(g["d2"])
        return "DATE", str(19 if n >= 30 else 20) + g["d2"][0]
    return "DATE", f"19{R.DECADE_WORDS[g['dw'].lower()]}"


def _n_century(g: dict, c: Ctx) -> Value | None:
    n = int(g["n"]) if g.get("n") else R.ORDINALS.get(g["o"].lower(), 0)
    return ("DATE", f"{n - 1:02d}") if 0 < n < 30 else None


def _n_season(g: dict, c: Ctx) -> Value | None:
    code = R.SEASONS[g["s"].lower()]
    if g.get("year"):
        y = int(g["year"]) if g["year"].isdigit() else R.spelled_year(g["year"])
        return "DATE", f"{y}-{code}" if y else None
    if c.anchor is None:
        return "DATE", None
    a, start = c.anchor, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    rel = (g.get("rel") or "").lower()
    if rel == "this past":
        y = a.year if start <= a.month else a.year - 1
    elif rel in ("last", "the past", "past", "the previous", "previous"):
        y = a.year - 1
    elif rel in ("next", "the coming", "coming", "this coming", "the next"):
        y = a.year if start > a.month else a.year + 1
    else:
        y = a.year
    return "DATE", f"{y}-{code}"


def _rel_offset(det: str) -> int | None:
    det = re.sub(r"\s+", " ", det.lower())
    if det.endswith(("last", "past", "previous", "prior")):
        return -1
    if det.endswith(("next", "coming", "following")):
        return 1
    if det.endswith(("this", "current", "present", "the", "latest", "most recent")):
        return 0
    return None


def _n_relative(g: dict, c: Ctx, after: str) -> Value | None:
    det, unit = re.sub(r"\s+", " ", g["det"].lower()), g["u"].lower()
    off = _rel_offset(det)
    if (
        unit == "year"
        and det == "the"
        and re.match(r"\s+(?:ended|ending|ends|to\s+date|through)\b", after, re.I)
    ):
        return "DURATION", "P1Y"
    if c.anchor is None:
        return "DATE", None
    base = c.anchor
    if det in ("that", "the same") or det in ("the following", "the previous", "the prior") and c.last:
        base = c.last or c.anchor
    if off is None:
        off = 0
    if unit == "year":
        return "DATE", str(base.year + off)
    if unit == "month":
        return "DATE", _ym(*_add_months(base.year, base.month, off))
    if unit == "week":
        return "DATE", _week(base + dt.timedelta(days=7 * off))
    if unit == "weekend":
        d = base + dt.timedelta(days=7 * off)
        if off == 0 and base.isoweekday() < 6 and c.tense() == "past":
            d -= dt.timedelta(days=7)
        return "DATE", _week(d) + "-WE"
    if unit == "decade":
        return "DATE", str(base.year // 10 + off)
    if unit == "century":
        return "DATE", f"{base.year // 100 + off:02d}"
    return None


def _n_today(g: dict, c: Ctx) -> Value | None:
    w = g["w"].lower()
    if w == "tonight":
        return "TIME", f"{_ymd(c.anchor)}TNI" if c.anchor else None
    if c.anchor is None:
        return ("TIME" if g.get("part") or g.get("lpart") else "DATE"), None
    d = c.anchor + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[w])
    part = g.get("part") or g.get("lpart")  # "yesterday afternoon", "mid-afternoon yesterday"
    if part:
        return "TIME", f"{_ymd(d)}T{R.PARTS_OF_DAY[part.lower()]}"
    return "DATE", _ymd(d)


_FULL_WD = "|".join(w for w in R.WEEKDAYS if w.endswith("day"))
_AND_DAYS = re.compile(
    rf"\s+(?:and|or)\s+(?:{_FULL_WD})(?:s\b|(?=\s+{R.PART}s\b))(?:\s+(?P<part>{R.PART})s\b)?", re.I
)


def _n_weekday(g: dict, c: Ctx) -> Value | None:
    part = g.get("part")
    days = None if g.get("rel") or g.get("mon") or part else _AND_DAYS.match(c.after)
    if days:  # "on Monday and Tuesday nights": both are sets
        every = f"XXXX-WXX-{R.WEEKDAYS[g['wd'].lower().rstrip('.')]}"
        return "SET", every + ("T" + R.PARTS_OF_DAY[days.group("part").lower()] if days.group("part") else "")
    kind = "TIME" if part else "DATE"
    if g.get("mon"):
        out = _n_month_day(g, c)
        val = out[1] if out else None
    elif c.anchor is None:
        val = None
    else:
        wd = R.WEEKDAYS[g["wd"].lower().rstrip(".")]
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
        if rel.startswith("the "):
            val = _ymd(_beside(c.last if c.last and c.last_day else c.anchor, wd, rel))
        else:
            tense = "" if g.get("poss") else c.tense()
            lead = c.text[max(0, c.pos - 24) : c.pos]
            if _AHEAD.search(lead) and c.tense() != "past" or _BEFORE.search(lead) and c.tense() == "future":
                tense = "future"  # "ahead of Saturday's caucus, they must …"; "before Sunday's final, X will"
            val = _ymd(_weekday_date(c.anchor, wd, rel, tense))
    if val and part:
        val += "T" + R.PARTS_OF_DAY[part.lower()]
    return kind, val


def _beside(base: dt.date, wd: int, rel: str) -> dt.date:
    """ "the previous Friday", "the following Monday": the nearest such day before or after ``base``."""
    if rel.endswith("previous"):
        return base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7)
    return base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7)


def _n_week_of(g: dict, c: Ctx) -> Value | None:
    out = _n_month_day(g, c)
    day = out[1] if out else None
    return "DATE", _week(dt.date.fromisoformat(day)) if day else None


def _n_weekday_set(g: dict, c: Ctx) -> Value | None:
    wd = g.get("wd1") or g.get("wd2") or g.get("wd3")
    part = g.get("p1") or g.get("p2") or g.get("p3")
    val = f"XXXX-WXX-{R.WEEKDAYS[wd.lower().rstrip('.')]}"
    return "SET", val + ("T" + R.PARTS_OF_DAY[part.lower()] if part else "")


def _n_part_of_day(g: dict, c: Ctx) -> Value | None:
    if g.get("on"):
        return "TIME", f"{_ymd(c.anchor - dt.timedelta(days=1))}TNI" if c.anchor else None
    if g.get("mid"):  # "in mid-afternoon": of the day the story tells
        return "TIME", f"{_ymd(c.anchor)}T{R.PARTS_OF_DAY[g['mpart'].lower()]}" if c.anchor else None
    det, part = g["det"].lower(), R.PARTS_OF_DAY[g["part"].lower()]
    if det == "the":
        return None
    if c.anchor is None:
        return "TIME", None
    d = c.anchor - dt.timedelta(days=1) if det == "last" else c.anchor
    return "TIME", f"{_ymd(d)}T{part}"


def _n_clock(g: dict, c: Ctx) -> Value | None:
    if g.get("noon"):
        h, mi = (24, 0) if g["noon"].lower() == "midnight" else (12, 0)
    elif g.get("h"):
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        ap = g["ap"].lower().replace(".", "")
        if h > 12 or mi > 59:
            return None
        h = (h % 12) + (12 if ap == "pm" else 0)
    elif g.get("h2"):
        h, mi = int(g["h2"]), int(g["mi2"])
    else:
        raw = g.get("h3") or g.get("h4") or ""
        n = R.number(raw)
        if n is None or not 0 < n <= 12:
            return None
        h, mi = int(n), 0
        if g.get("pod") and g["pod"].lower() in ("afternoon", "evening") and h < 12:
            h += 12
    day: str | None = None
    if g.get("mon"):
        out = _n_month_day(g, c)
        day = out[1] if out else None
    elif c.anchor is None:
        day = None
    elif g.get("wda") or g.get("wdb") and g["wdb"].lower() not in ("today", "yesterday", "tomorrow"):
        wd = R.WEEKDAYS[(g.get("wda") or g["wdb"]).lower().rstrip(".")]
        day = _ymd(_weekday_date(c.anchor, wd, "", c.tense()))
    elif (
        not (g.get("rda") or g.get("wdb"))
        and c.last is not None
        and c.last_day
        and (c.pos - c.last_at < 60 or c.pos - c.last_at < NARRATIVE_REACH and c.tense() == "past")
    ):
        day = _ymd(c.last)  # "on August 27 at around 8:30 p.m.", "He was shot Friday … at 10 p.m."
    else:
        rd = (g.get("rda") or g.get("wdb") or "today").lower()
        day = _ymd(c.anchor + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}.get(rd, 0)))
    return "TIME", f"{day}T{h:02d}:{mi:02d}" if day else None


def _n_ago(g: dict, c: Ctx) -> Value | None:
    n = R.number(g["n"])
    direction = -1 if g["dir"].lower() in ("ago", "earlier") else 1
    if (
        g["dir"].lower() in ("earlier", "later")
        and R.unit(g["u"])[0] in ("D", "W", "H", "S")
        or g["dir"].lower() in ("earlier", "later")
        and R.unit(g["u"])[1]
    ):
        return "DURATION", R.duration_value(n, g["u"])
    if n is None:
        return "DATE", "PAST_REF" if direction < 0 else "FUTURE_REF"
    if c.anchor is None:
        return "DATE", None
    letter, is_time, mult = R.unit(g["u"])
    k, a = int(round(n * mult)) * direction, c.anchor
    if direction > 0 and g["dir"].lower() == "later" and c.last is not None:
        a = c.last
    if is_time:
        return "DATE", _ymd(a)
    if letter == "D":
        return "DATE", _ymd(a + dt.timedelta(days=k))
    if letter == "W":
        return "DATE", _week(a + dt.timedelta(days=7 * k))
    if letter == "Q":
        return "DATE", _q(_shift_q(_quarter_of(a), k))
    if letter == "M":
        return "DATE", _ym(*_add_months(a.year, a.month, k))
    if letter == "Y":
        known = _recent_quarter(c)
        if known and k == -1 and g["dir"].lower() in ("ago", "earlier"):
            return "DATE", _q((known[0] - 1, known[1]))
        return "DATE", str(a.year + k)
    if letter == "E":
        return "DATE", str(a.year // 10 + k)
    return "DATE", f"{a.year // 100 + k:02d}"


def _n_duration(g: dict, c: Ctx, before: str) -> Value | None:
    if g["n"].lower() in ("a", "an", "per") and _BEFORE_RATE.search(before):
        return None  # a rate ("$2 million a year"), not a time
    n = R.number(g["n"])
    if n is not None and g.get("half"):
        n += 0.5
    return "DURATION", R.duration_value(n, g["u"])


def _n_vague_duration(g: dict, c: Ctx) -> Value | None:
    det, unit = (g.get("det") or "").lower(), g["u"].lower()
    if det == "recent" and unit == "years" or det == "past":
        return "DATE", "PAST_REF"
    if det in ("coming", "future"):
        return "DATE", "FUTURE_REF"  # "in coming months", "future quarters"
    return "DURATION", R.duration_value(None, unit)


def _n_set(g: dict, c: Ctx) -> Value | None:
    if g.get("adv"):
        return "SET", R.SET_ADVERBS[g["adv"].lower()]
    if g.get("mon"):
        return "SET", f"XXXX-{_month_num(g['mon']):02d}"
    letter, is_time, _ = R.unit(g["u"])
    return "SET", f"{'PT' if is_time else 'P'}1{letter}"


def _n_holiday(g: dict, c: Ctx) -> Value | None:
    name = g["h"]
    if not all(w[:1].isupper() for w in name.split() if w[:1].isalpha()):
        return None
    if g.get("year"):
        return "DATE", _date(int(g["year"]), *R.holiday_date(name, int(g["year"])))
    if c.anchor is None:
        return "DATE", None
    a = c.anchor
    rel = (g.get("rel") or "").lower().split()
    this = dt.date(a.year, *R.holiday_date(name, a.year))
    tense = c.tense()
    if rel and rel[-1] == "last" or rel[:1] == ["this"] and rel[-1] == "past" or not rel and tense == "past":
        y = a.year if this < a or not rel and this == a else a.year - 1
    elif rel and rel[-1] in ("next", "coming") or not rel and tense == "future":
        y = a.year if this > a or not rel and this == a else a.year + 1
    else:
        y = a.year if (this - a).days <= 183 else a.year - 1
    if g.get("wk"):  # "Easter week": its week; the one at hand when it is within a fortnight
        near = [dt.date(n, *R.holiday_date(name, n)) for n in (a.year - 1, a.year, a.year + 1)]
        close = [d for d in near if abs((d - a).days) <= 14]
        return "DATE", _week(close[0] if close else dt.date(y, *R.holiday_date(name, y)))
    return "DATE", _date(y, *R.holiday_date(name, y))


def _n_that_day(g: dict, c: Ctx) -> Value | None:
    """ "that day", "later that night", "later in the evening": the last full date the text gave."""
    if c.last is None or not c.last_day:
        return None
    part = g.get("part") or g.get("part2")
    if part:
        return "TIME", f"{_ymd(c.last)}T{R.PARTS_OF_DAY[part.lower()]}"
    return "DATE", _ymd(c.last)


def _n_next_day(g: dict, c: Ctx) -> Value | None:
    """ "the next day", "the following morning", "the day before": a day from the last full date given in
    the same paragraph (a paragraph of background between them may tell of another day)."""
    if c.last is None or not c.last_day or not c.last_near:
        return None
    step = -1 if (g.get("dir") or g.get("dir2") or "").lower() in ("previous", "preceding", "before") else 1
    day = _ymd(c.last + dt.timedelta(days=step))
    part = g.get("part") or g.get("part2")
    return ("TIME", f"{day}T{R.PARTS_OF_DAY[part.lower()]}") if part else ("DATE", day)


def _n_year_before(g: dict, c: Ctx) -> Value | None:
    """ "the year before", "the year after": from the year of the last date given in the paragraph."""
    if c.year is None or "\n" in c.text[c.year_at : c.pos]:
        return None
    return "DATE", str(c.year + (-1 if g["dir"].lower() in ("before", "earlier") else 1))


def _n_day_ref(g: dict, c: Ctx) -> Value | None:
    return "DATE", _ymd(c.anchor) if c.anchor else None


def _n_nth_day(g: dict, c: Ctx) -> Value | None:
    return "DATE", _ymd(c.anchor) if c.anchor else None


def _n_one_day(g: dict, c: Ctx) -> Value | None:
    return "DATE", "PAST_REF" if c.tense() == "past" else "FUTURE_REF"


def _n_ref(g: dict, c: Ctx) -> Value | None:
    w = re.sub(r"\s+", " ", g["w"].lower())
    if w.startswith("in the coming"):
        return "DATE", "FUTURE_REF"
    if w.endswith("moment"):
        return "DATE", "PRESENT_REF"
    return "DATE", R.REFS.get(w, "PAST_REF")


_SIMPLE: dict[str, Callable[[dict, Ctx], Value | None]] = {
    "month_day": _n_month_day,
    "day_month": _n_month_day,
    "week_of": _n_week_of,
    "month": _n_month,
    "year": _n_year,
    "spelled_year": _n_spelled_year,
    "decade": _n_decade,
    "century": _n_century,
    "season": _n_season,
    "quarter": _n_quarter,
    "half": _n_half,
    "quarter_ref": _n_quarter_ref,
    "year_adj": _n_year_adj,
    "today": _n_today,
    "weekday": _n_weekday,
    "weekday_set": _n_weekday_set,
    "part_of_day": _n_part_of_day,
    "clock": _n_clock,
    "one_day": _n_one_day,
    "nth_day": _n_nth_day,
    "ago": _n_ago,
    "vague_duration": _n_vague_duration,
    "set": _n_set,
    "ref": _n_ref,
    "day_ref": _n_day_ref,
    "holiday": _n_holiday,
    "that_day": _n_that_day,
    "next_day": _n_next_day,
    "year_before": _n_year_before,
}


def normalise(name: str, m: re.Match[str], c: Ctx) -> Value | None:
    g = m.groupdict()
    if name == "quarter":
        g["_text"] = m.group()
    if name == "relative":
        return _n_relative(g, c, m.string[m.end() : m.end() + 20])
    if name == "duration":
        return _n_duration(g, c, m.string[max(0, m.start() - 20) : m.start()])
    return _SIMPLE[name](g, c)
