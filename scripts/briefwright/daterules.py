"""Vocabulary and regular expressions of the temporal tagger (see ``dates``).

Everything here is general English: month and weekday names, number words, time units,
parts of day and the modifiers news text puts around them. Patterns are matched
case-insensitively over the document text; ``dates`` checks capitalisation where a
word is also an ordinary word ("May", "march", "fall").
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
    "mon": 1,
    "tue": 2,
    "tues": 2,
    "wed": 3,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "fri": 5,
    "sat": 6,
    "sun": 7,
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
VAGUE = {
    "a few",
    "few",
    "several",
    "many",
    "some",
    "a number of",
    "dozens of",
    "hundreds of",
    "numerous",
    "countless",
    "a couple of",
}
# unit word -> (TIMEX3 letter, is a time unit (PT...), multiplier)
UNITS = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "night": ("D", False, 1),
    "week": ("W", False, 1),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("Q", False, 1),
    "year": ("Y", False, 1),
    "decade": ("E", False, 1),
    "century": ("C", False, 1),
    "centurie": ("C", False, 1),
    "weekend": ("D", False, 2),
}
# Holidays with a fixed or computable date: name -> (month, day), or a rule name for ``holiday_date``.
HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "New Year's Day": (1, 1),
    "New Year's Eve": (12, 31),
    "New Year's": (1, 1),
    "Valentine's Day": (2, 14),
    "May Day": (5, 1),
    "Bastille Day": (7, 14),
    "Independence Day": (7, 4),
    "Halloween": (10, 31),
    "Veterans Day": (11, 11),
    "Armistice Day": (11, 11),
    "Remembrance Day": (11, 11),
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Christmas": (12, 25),
    "Boxing Day": (12, 26),
    "Thanksgiving Day": "thanksgiving",
    "Thanksgiving": "thanksgiving",
    "Easter Sunday": "easter",
    "Easter Monday": "easter+1",
    "Easter": "easter",
    "Good Friday": "easter-2",
    "Labor Day": "labor",
    "Memorial Day": "memorial",
    "Election Day": "election",
}
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
ZONES = r"(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|local\s+time)"


def _alt(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[call-overload]


def _holiday_key(name: str) -> str:
    """ "Veteran’s Day", "Veterans' Day", "Veterans Day" → one key: no apostrophe, no possessive s."""
    words = name.lower().replace("’", "'").replace("'", "").split()
    return " ".join(
        w[:-1] if w.endswith("s") and not w.endswith(("mas", "ss")) and k < len(words) - 1 else w
        for k, w in enumerate(words)
    )


def _holiday_names() -> str:
    """The holidays as a pattern that takes any spelling of their possessive ("Valentine’s Day", "Veterans'
    Day", "Veteran's Day")."""

    def word(w: str, last: bool) -> str:
        stem = (
            w[:-2]
            if w.endswith("'s")
            else w[:-1]
            if w.endswith("s") and not w.endswith(("mas", "ss"))
            else ""
        )
        return re.escape(w) if last or not stem else re.escape(stem) + r"(?:['’]s|s['’]?)"

    pats = {r"\s+".join(word(w, k == len(n.split()) - 1) for k, w in enumerate(n.split())) for n in HOLIDAYS}
    return "|".join(sorted(pats, key=len, reverse=True))


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(_ABBR_MONTHS)})\.?)(?![a-z])"
_FULL_WD = [w for w in WEEKDAYS if w.endswith("day")]
WEEKDAY = rf"(?:{_alt(_FULL_WD)}|(?:{_alt([w for w in WEEKDAYS if w not in _FULL_WD])})\.)(?![a-z])"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)(?!\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])(?![,.]\d)"
NUMWORD = (
    rf"(?:(?:{_alt(TENS)})(?:[\s-](?:{_alt([k for k, v in ONES.items() if 0 < v < 10])}))?|{_alt(ONES)})"
)
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|{NUMWORD}(?:\s+hundred)?|a\s+hundred|hundreds\s+of|dozens\s+of"
    r"|(?:a\s+)?couple\s+of|a\s+few|a\s+number\s+of|few|several|many|some|numerous|an|a|half\s+an?)"
    r"(?:\s+and\s+a\s+half)?"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
    r"|century|centuries)"
)
PART = rf"(?:{_alt(PARTS_OF_DAY)})"
MOD = (
    r"(?:early|late|mid|earlier|later|the\s+(?:beginning|start|end|middle|rest|remainder|close|turn)\s+of"
    r")"
)
SPELLED_YEAR = (
    rf"(?:nineteen[\s-]+(?:{_alt(TENS)})(?:[\s-](?:{_alt([k for k, v in ONES.items() if 0 < v < 10])}))?"
    rf"|nineteen[\s-]+(?:{_alt([k for k, v in ONES.items() if v >= 10])})"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_alt([k for k, v in ONES.items() if 0 < v])}))?)"
)
APPROX = (
    r"(?:about|around|nearly|almost|roughly|approximately|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|at\s+most|up\s+to|over(?!\s+(?:the|these|those|its|his|her|their|our)\b)|only|just|some|no\s+more\s+than|no\s+less\s+than|the\s+better\s+part\s+of)"
)
REL_DET = (
    r"(?:the\s+full|this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+previous|the\s+following|the\s+current"
    r"|the\s+latest|the\s+most\s+recent|the\s+prior|the\s+next|the\s+last|the\s+same|the\s+present"
    r"|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the|early\s+this|late\s+this"
    r"|early\s+next|late\s+next|early\s+last|late\s+last|this|last|next|coming|past|previous|that|the)"
)


# ---------------------------------------------------------------- reading the words


def number(text: str) -> float | None:
    """The number of a NUM match; None when vague ("several", "a few")."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.startswith("half a"):
        return 0.5
    if t in ("a couple of", "couple of"):
        return 2
    if t in VAGUE or t.startswith(("hundreds", "dozens")):
        return None
    if t in ("a", "an"):
        return 1 + half
    if t == "a hundred":
        return 100 + half
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", t)
    if m:
        v = float(m.group(1)) + (int(m.group(2)) / int(m.group(3)) if m.group(2) else 0)
        return v + half
    total = 0
    for part in re.split(r"[\s-]+", t):
        if part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        else:
            return None
    return total + half


def spelled_year(text: str) -> int | None:
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    words = [w for w in words if w not in ("the", "year")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(ONES.get(w, 0) for w in words[2:])
    if words and words[0] == "nineteen":
        rest = sum(ONES.get(w, 0) + TENS.get(w, 0) for w in words[1:])
        return 1900 + rest if rest < 100 else None
    return None


def unit(word: str) -> tuple[str, bool, int]:
    w = word.lower()
    w = w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
    return UNITS.get(w) or UNITS["centurie"]


def duration_value(n: float | None, unit_word: str) -> str:
    letter, is_time, mult = unit(unit_word)
    if unit_word.lower().startswith("decade") and n is not None and n > 1:
        letter, n = "Y", n * 10
    prefix = "PT" if is_time else "P"
    if n is None:
        return f"{prefix}X{letter}"
    n *= mult
    if n != int(n):
        whole, frac = int(n), n - int(n)
        lower = {
            ("Y", False): ("M", 12),
            ("D", False): ("H", 24),
            ("H", True): ("M", 60),
            ("M", True): ("S", 60),
            ("W", False): ("D", 7),
        }.get((letter, is_time))
        if lower:
            extra = f"{round(frac * lower[1])}{lower[0]}"
            if letter in ("D",):
                return f"P{whole}DT{extra}" if whole else f"PT{extra}"
            return f"{prefix}{whole}{letter}{extra}" if whole else f"{prefix}{extra}"
        n = round(n)
    return f"{prefix}{int(n)}{letter}"


def holiday_date(name: str, year: int) -> tuple[int, int]:
    """(month, day) of a holiday in ``year`` (US rules for Thanksgiving, Labor, Memorial, Election Day)."""
    rule = next(v for k, v in HOLIDAYS.items() if _holiday_key(k) == _holiday_key(name))
    if isinstance(rule, tuple):
        return rule
    import datetime as dt

    if rule.startswith("easter"):
        a, b, c = year % 19, year // 100, year % 100
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * l_) // 433
        month, day = (
            (h + l_ - 7 * m + 90) // 25,
            (h + l_ - 7 * m + 33 * ((h + l_ - 7 * m + 90) // 25) + 19) % 32,
        )
        shift = int(rule[6:] or 0)
        date = dt.date(year, month, day) + dt.timedelta(days=shift)
        return date.month, date.day
    first = {"thanksgiving": (11, 4, 4), "labor": (9, 1, 1), "election": (11, 1, 2)}
    if rule in first:
        month, weekday, nth = first[rule]
        d = dt.date(year, month, 1)
        d += dt.timedelta(days=(weekday - d.isoweekday()) % 7 + 7 * (nth - 1 if rule != "election" else 0))
        return (d.month, d.day + 1) if rule == "election" else (d.month, d.day)
    d = dt.date(year, 5, 31)
    return 5, 31 - (d.isoweekday() - 1) % 7


def rx(pattern: str) -> re.Pattern[str]:
    """A pattern anchored on word boundaries, case-insensitive."""
    return re.compile(rf"(?<![\w$£€.-])(?:{pattern})(?![\w])", re.I)


PATTERNS: dict[str, re.Pattern[str]] = {
    # Friday, Sept. 23, 2016 / Sept. 9 / Sept. 9, 2016
    "month_day": rx(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+|(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
        rf"(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?"
    ),
    # the week of March 6
    "week_of": rx(rf"the\s+week\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"),
    # 9 September 2016 / the 9th of September
    "day_month": rx(
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR}))?"
    ),
    # (early) September (1988) / last April / June last year / September of this year
    "month": rx(
        rf"(?:(?P<mod>{MOD})[\s-]+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)\s+)?"
        rf"(?P<mon>{MONTH})(?:(?:,\s*|\s+)(?:of\s+)?(?P<year>{YEAR}|{SPELLED_YEAR})"
        r"|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year)?"
    ),
    "year": rx(
        rf"(?:(?P<mod>{MOD})[\s-]+)?(?P<pre>(?:the\s+)?(?:fiscal|calendar|model)(?:\s+year)?\s+"
        rf"|the\s+year\s+|(?:pre|post)-)?(?P<year>{YEAR}|'\d\d(?=\W))(?:-(?P<y2>\d\d)(?!\d))?"
    ),
    "spelled_year": rx(rf"(?:(?P<mod>{MOD})[\s-]+)?(?:the\s+year\s+)?(?P<year>{SPELLED_YEAR})"),
    "decade": rx(
        rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[6-9]\d0|20\d0)'?s|'(?P<d2>\d0)s"
        rf"|(?P<dw>{_alt(DECADE_WORDS)}))"
    ),
    "century": rx(
        rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<o>{_alt(ORDINALS)}))"
        r"[\s-]+century"
    ),
    "season": rx(
        rf"(?:(?P<mod>{MOD})[\s-]+)?(?:(?P<rel>{REL_DET})\s+)?(?P<s>{_alt(SEASONS)})"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}|{SPELLED_YEAR}))?"
    ),
    "quarter": rx(
        rf"(?:(?P<pre>the|a|its|this|last|next|this\s+year's|last\s+year's|next\s+year's"
        rf"|(?:the\s+)?(?:fiscal\s+)?(?P<py>{YEAR})(?:'s)?)\s+)?"
        r"(?:(?:flat|strong|weak|difficult|disappointing|record|fiscal)[\s-]+)?"
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|(?P<adj>-))(?:fiscal[\s-]+)?(?:-)?quarter"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<qy>{YEAR})|(?P<qry>this|last|next)\s+year))?"
    ),
    "half": rx(
        rf"(?:the\s+)?(?:(?P<ord>first|second|last|latter)[\s-]+half|(?P<two>first|last|final)\s+two\s+quarters)"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<qy>{YEAR})"
        r"|(?P<qry>this|last|next)\s+year|the\s+year))?"
    ),
    "quarter_ref": rx(
        rf"(?P<det>the\s+(?:comparable\s+|same\s+|corresponding\s+)?year-(?:ago|earlier)|the\s+(?P<py>{YEAR})|the\s+latest|the\s+most\s+recent|the\s+current|the\s+past|the\s+previous"
        r"|the\s+prior|the\s+year-ago|the\s+year-earlier|the\s+comparable|the\s+corresponding"
        r"|last\s+year's|this|that|last|next|the\s+same|the)\s+(?:fiscal\s+)?(?P<u>quarter|period)(?!-)"
    ),
    "year_adj": rx(r"(?:around\s+)?(?P<w>year-earlier|year-ago|year(?:'s)?[\s-]end|prior-year|year-before)"),
    "day_ref": rx(r"(?P<w>later|earlier)\s+in\s+the\s+day"),
    # last week / earlier this month / the end of the year / the following year / the past year
    "relative": rx(
        rf"(?:(?P<mod>{MOD})[\s-]+)?(?P<det>{REL_DET})\s+(?P<fiscal>fiscal\s+)?"
        r"(?P<u>week|month|year|weekend|decade|century)(?!-)"
    ),
    "today": rx(
        rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?:mid-?\s?)?(?P<lpart>{PART})\s+)?"
        rf"(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>{PART}))?"
    ),
    "weekday": rx(  # and "Super Tuesday"
        rf"(?:(?P<mod>early|late|earlier|later|mid)[\s-]+)?(?:(?P<rel>last|this|next|this\s+past"
        rf"|this\s+coming|coming|past|the\s+(?:previous|following|next))\s+)?(?:super\s+(?=tue))?"
        rf"(?P<wd>{WEEKDAY})(?P<poss>['’]s)?(?:\s+(?P<part>{PART}))?"
        rf"(?:,?\s+(?P<mon>{MONTH})\s+(?P<day>{DAY}))?"
    ),
    "weekday_set": rx(
        rf"(?:(?:each|every)\s+(?P<wd1>{WEEKDAY})(?:\s+(?P<p1>{PART}))?)"
        rf"|(?P<wd2>{_alt(_FULL_WD)})s(?:\s+(?P<p2>{PART})s)?|(?P<wd3>{_alt(_FULL_WD)})\s+(?P<p3>{PART})s"
    ),
    "part_of_day": rx(
        rf"(?P<det>this|last|early\s+this|late\s+this|later\s+this|earlier\s+this|the)\s+(?:mid-?\s?)?(?P<part>{PART})"
        r"(?!\s+of)|(?P<on>overnight)|(?P<mid>mid-?\s?)(?P<mpart>morning|afternoon)"
    ),
    "clock": rx(
        rf"(?:(?P<wdb>{WEEKDAY}|today|yesterday|tomorrow)\s+(?:at\s+)?)?"
        r"(?:(?:about|around|approximately|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![a-z])"
        r"|(?P<h2>[012]?\d):(?P<mi2>[0-5]\d)(?![\d:])|(?P<noon>noon|midnight|midday)"
        rf"|(?P<h3>{NUMWORD}|\d{{1,2}})\s+o'clock|(?P<h4>{NUMWORD}|\d{{1,2}})\s+in\s+the\s+(?P<pod>morning|afternoon|evening))"
        rf"(?:\s+(?:\(?(?P<tz>{ZONES})\)?))?"
        r"(?:(?:\s+\([\w: .]{1,16}\))?"  # "10:35 a.m. (0735 GMT) Friday"
        rf",?\s+(?:on\s+)?(?:(?P<wda>{WEEKDAY})|(?P<rda>today|yesterday|tomorrow)"
        rf"|(?P<mon>{MONTH})\s+(?P<day>{DAY})))?"
    ),
    # "today is the fifth day of the strike": the day of the publication
    "nth_day": rx(
        rf"(?:(?<=today\sis\s)|(?<=it\sis\s)|(?<=it's\s)|(?<=it’s\s)|(?<=this\sis\s))the\s+(?P<o>{_alt(ORDINALS)}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day(?!s)"
    ),
    "one_day": rx(r"(?:one|some)\s+day"),  # "talks may one day resume": an indefinite future
    "ago": rx(
        rf"(?:{APPROX}\s+)?(?P<n>{NUM})[\s-]+(?P<u>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence)"
    ),
    "duration": rx(
        rf"(?:{APPROX}\s+)?(?:(?:the|these|those|its|his|her|their|our|each\s+of\s+the)\s+"
        r"(?:(?P<adj>past|last|next|first|coming|previous|following|final|latest|initial|remaining"
        r"|year-earlier|year-ago|comparable|corresponding"
        r"|ensuing|preceding|additional|further|same|other)\s+)?|(?:past|last|next|first|coming)\s+)?"
        rf"(?P<n>{NUM})(?:\s+(?:to|or)\s+{NUM})?[\s-]+(?:(?:more|additional|straight|consecutive|full"
        rf"|trading|business|working|calendar)\s+)?(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?P<old>-(?:old|long))?"
    ),
    "vague_duration": rx(
        r"(?:(?P<det>the\s+(?:past|last|next|coming)|recent|coming|past|future)\s+)?"
        r"(?P<u>years|months|weeks|days|decades|centuries|quarters)(?P<long>-long)?"
    ),
    "set": rx(
        rf"(?P<q>each|every|per|a|an)\s+(?P<u>{UNIT})|(?P<adv>daily|weekly|monthly|hourly|nightly|annually|yearly|quarterly)\b"
        rf"|(?:each|every)\s+(?P<mon>{MONTH})"
    ),
    "ref": rx(
        r"(?P<w>now|nowadays|currently|then[\s-]current|current|presently|at\s+present|these\s+days|the\s+present"
        r"|this\s+(?:(?:very|crucial|critical|difficult|delicate|decisive|historic|particular|sensitive)\s+)?moment"
        r"|recently|recent|lately|more\s+recently|most\s+recently|the\s+past"
        r"|the\s+future|the\s+near\s+future|a\s+later\s+date|as\s+soon\s+as\s+possible|the\s+(?:near|short|long)\s+term|in\s+the\s+coming\s+(?:days|weeks|months|years))"
    ),
    "holiday": rx(
        rf"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<h>{_holiday_names()})"
        rf"(?:,?\s+(?P<year>{YEAR})|\s+(?P<wk>week))?"
    ),
    "that_day": rx(
        r"(?:(?:earlier|later)\s+)?(?:that|that\s+same|the\s+same)\s+(?:day|(?P<part>morning|afternoon|evening|night))"
        r"|(?:earlier|later)\s+in\s+the\s+(?P<part2>morning|afternoon|evening)"
    ),
    # "down from $450 million the year before": a year from the last one the text gave
    "year_before": rx(r"the\s+year\s+(?P<dir>before|earlier|after|later)(?=\s*[,.;:)\u2014]|\s*$)"),
    "next_day": rx(
        r"the\s+(?P<dir>next|following|previous|preceding)\s+(?:day|(?P<part>morning|afternoon|evening|night))"
        r"|the\s+(?:day|(?P<part2>night|evening|morning))\s+(?P<dir2>before|after)(?=\s*[,.;:)\u2014]|\s*$)"
    ),
}

# Vague references and adverbs of frequency: their TIMEX3 values.
REFS = {
    "now": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "then current": "PAST_REF",
    "then-current": "PAST_REF",
    "presently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}
SET_ADVERBS = {
    "annually": "P1Y",
    "yearly": "P1Y",
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "hourly": "PT1H",
    "nightly": "XXXX-XX-XXTNI",
    "quarterly": "P3M",
}

# Words after a four-digit number that make it a count or a quantity, not a year.
COUNT_WORDS = frozenset(
    "million billion trillion thousand hundred percent per cent people persons men women children troops "
    "soldiers workers employees jobs votes shares units cars homes houses acres tons tonnes barrels miles km "
    "kilometers "
    "kilometres meters metres feet pounds dollars euros yen yuan rupees points deaths dead killed members "
    "students residents refugees cases pages words times".split()
)
MODAL_FUTURE = frozenset({"will", "'ll", "shall", "wo", "gon"})
# Words that make an infinitive after a noun a fact, not a plan: "the first country to sign".
RANKS = frozenset({"first", "last", "only", "latest", "second", "third"})

# Words one of which every temporal expression contains (digits aside): the tagger only runs its
# patterns in windows around them.
TRIGGERS = frozenset(
    set(MONTHS)
    | {m + "." for m in MONTHS}
    | set(WEEKDAYS)
    | {w + "." for w in WEEKDAYS}
    | set(PARTS_OF_DAY)
    | set(SEASONS)
    | set(DECADE_WORDS)
    | {u + s for u in UNITS for s in ("", "s")}
    | set(
        "centuries weekends moment nineteen thousand half now nowadays current currently presently present "
        "recent recently lately past future today yesterday tomorrow tonight noon midnight midday daily "
        "weekly monthly hourly nightly annually yearly quarterly fiscal term later possible am pm clock "
        "christmas thanksgiving easter independence "
        "halloween valentine labor memorial veterans boxing election bastille armistice remembrance".split()
    )
)
WINDOW = 50

# For each pattern, strings one of which every match contains (lowercase; "#" for a digit): the
# tagger skips a pattern in a window that has none, which costs far less than the scan itself.
_MON = tuple(sorted({m[:3] for m in MONTHS}))  # every spelling of a month starts so
_WD = tuple(sorted({w[:3] for w in WEEKDAYS}))
_UNIT = tuple("second minute hour day week fortnight month quarter year decade centur".split())
_PARTS = ("morning", "afternoon", "evening", "night")
CUES: dict[str, tuple[str, ...]] = {
    "month_day": _MON,
    "week_of": ("week",),
    "day_month": _MON,
    "month": _MON,
    "year": ("#",),
    "spelled_year": ("nineteen", "thousand"),
    "decade": ("#", *DECADE_WORDS),
    "century": ("century",),
    "season": tuple(SEASONS),
    "quarter": ("quarter",),
    "half": ("half", "quarter"),
    "quarter_ref": ("quarter", "period"),
    "year_adj": ("year",),
    "day_ref": ("day",),
    "relative": ("week", "month", "year", "decade", "century"),
    "today": ("today", "yesterday", "tomorrow", "tonight"),
    "weekday": _WD,
    "weekday_set": _WD,
    "part_of_day": _PARTS,
    "clock": ("#", "noon", "midnight", "midday", "clock", *_PARTS),
    "nth_day": ("day",),
    "one_day": ("day",),
    "ago": _UNIT,
    "duration": _UNIT,
    "vague_duration": _UNIT,
    "set": (*_UNIT, "daily", "nightly", "annually", *_MON),
    "ref": tuple(
        "now current present days moment recent lately past future later possible term coming".split()
    ),
    "holiday": tuple(sorted({h.lower().replace("'", "")[:6] for h in HOLIDAYS})),
    "that_day": ("day", *_PARTS),
    "next_day": ("day", *_PARTS),
    "year_before": ("year",),
}
ALL_CUES = tuple(sorted({c for cues in CUES.values() for c in cues} - {"#"}))
# Characters that a case-insensitive pattern matches to an ASCII letter but ``str.lower`` does not
# turn into it: windows are folded with this before the cues are looked up.
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
