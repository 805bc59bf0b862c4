"""Temporal expressions, tagged and normalised to TIMEX3 values (HeidelTime-style rules).

``extract_temporal(doc, published)`` finds every DATE, TIME, DURATION and SET in the text
with the patterns of ``daterules`` (the longest match wins), then gives each a TIMEX3 value
anchored on the publication date:

* explicit dates keep their own precision (``1998``, ``1998-02``, ``1998-02-13``);
* a weekday, a month or a day without a year is placed from the tense of the verb that
  governs it (spaCy's parse): past → on or before the anchor, future (``will``, ``would``,
  ``to`` + verb, "scheduled") → on or after it; the same weekday as the anchor is the anchor;
* relative expressions move the anchor ("last week" → ``2016-W37``, "two years ago" →
  ``2014``, "Thursday night" → ``2016-09-22TNI``);
* fiscal reporting follows the last quarter the text mentioned ("the year-ago quarter");
* vague references become ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, durations ``P…``, sets
  ``XXXX-WXX-4``, ``P1Y``…;
* inside a quotation, relative dates anchor on the date the quote was said when the
  attribution gives one ("…," he said on Monday).

Without a publication date, absolute dates still resolve and everything that needs the
anchor gets ``value = None`` (unresolved); such expressions make no timeline entry.

The patterns and word lists live in ``daterules``, the value of each kind of match in
``datevalues``; this module chooses among overlapping matches, checks them against the parse
(capitalised month and weekday names, "May" the modal, years that are counts or money, ages,
rates) and reads the tense. spaCy's own DATE entities are not used as expressions: they take
in ages, bare numbers and rates. Patterns only run in windows around temporal words, which
keeps the tagger at a few per cent of the parse time (``benchmarks/bench_dates.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from . import daterules as R
from .datelines import dateline
from .datevalues import Ctx, capital, normalise
from .doccache import sent_of, view
from .model import Timex

REPORTING = frozenset(
    "say tell add state announce declare insist explain warn note write report claim ask reply answer argue "
    "acknowledge confirm deny comment remark suggest predict promise vow testify assert stress emphasize "
    "urge concede speak".split()
)
SAME_PAST = frozenset(
    "hurt cut set put hit let quit shut spread cost beat bid burst cast read split upset forecast "
    "broadcast bet shed thrust".split()
)  # present and past alike: "stocks hurt the index on Friday"
PLANNED = frozenset("schedule plan slate".split())
FUTURE_CUES = frozenset("schedule expect plan set due slate intend aim hope prepare".split())
NAMED = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "NORP", "GPE", "LOC"})
_QUOTE = re.compile(r"[\"“][^\"“”]{2,}?[\"”]")
_WORD = re.compile(r"(\d)\d*|[A-Za-z]+\.?")
_DIGIT = re.compile(r"\d")
_PAST_CUE = re.compile(r"\bsince\s+$")
_FUTURE_CUE = re.compile(
    r"\b(?:as soon as|as early as|no later than|starting|beginning|until|effective|payable)\s+$"
)


class _Tokens:
    """Character offset → token, and tense of the verb governing a span."""

    def __init__(self, doc: Doc):
        v = view(doc)
        self.doc = doc
        self.text = v.text
        self.starts = v.starts
        self.tokens = v.tokens

    def at(self, char: int) -> Token | None:
        if not self.starts:
            return None
        i = bisect_right(self.starts, char) - 1
        return self.tokens[max(i, 0)]

    def after(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char - 1)
        return self.tokens[i] if i < len(self.tokens) else None

    def governor(self, start: int, end: int) -> Token | None:
        tok = self.at(start)
        if tok is None:
            return None
        seen = 0
        while tok.idx >= start and tok.idx < end and tok.head is not tok and seen < 20:
            tok, seen = tok.head, seen + 1
        while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and seen < 40:
            tok, seen = tok.head, seen + 1
        first = self.at(start)
        said = tok.head
        if tok.dep_ == "ccomp" and said.lemma_ in REPORTING and first is not None and first.i > said.i:
            between = [t for t in tok.doc[said.i + 1 : first.i] if t.lower_ != "on"]
            if not between:  # "X said on Tuesday it would cut jobs": the parse hung the day on "cut"
                return said
        return tok

    def tense(self, start: int, end: int) -> str:
        before = self.text[max(0, start - 16) : start].lower()
        if _PAST_CUE.search(before):
            return "past"
        verb = self.governor(start, end)
        if _FUTURE_CUE.search(before):
            perfect = verb is not None and any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux")
            return "past" if perfect else "future"  # "until Thursday, police had not named him"
        return _tense(verb) if verb is not None else ""


def _tense(verb: Token, depth: int = 0) -> str:
    """past | future | present | present_event (a present-tense event verb: "talks resume Monday") | ''."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lows = {a.lower_ for a in auxes}
    if "had" in lows:
        return "past"
    if lows & R.MODAL_FUTURE or "would" in lows or "going" in lows:
        return "future"
    if verb.lemma_ in FUTURE_CUES and (auxes or verb.tag_ in ("VB", "VBZ", "VBP", "VBG")):
        return "future"
    if verb.lemma_ in PLANNED and verb.tag_ == "VBD":
        return "future"  # "they planned a rally on Saturday"
    if any(a.tag_ == "TO" for a in auxes):
        head = verb.head
        if head.pos_ == "ADJ" and head.head.pos_ in ("VERB", "AUX"):  # "had been due to expire"
            head = head.head
        ranked = any(t.lower_ in R.RANKS for t in verb.doc[head.left_edge.i : head.i])
        if verb.dep_ in ("acl", "relcl") and ranked and depth <= 3:
            main = head  # "the first country to join the bloc on Friday was …"
            while main.pos_ not in ("VERB", "AUX") and main.head is not main:
                main = main.head
            if main.pos_ in ("VERB", "AUX"):
                return _tense(main, depth + 1)
        if head is verb or head.pos_ not in ("VERB", "AUX") or depth > 3:
            return "future"
        if head.lemma_ in FUTURE_CUES or head.lemma_ == "be":
            return "past" if any(a.lower_ == "had" for a in head.children) else "future"
        return _tense(head, depth + 1)
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes)):
        return "past"
    if verb.tag_ == "VBG" and any(a.lower_ == "been" for a in auxes):
        return "past"  # "have been searching since"
    if verb.tag_ == "VBP" and not auxes and verb.lower_ in SAME_PAST:
        return ""
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present" if verb.lemma_ in REPORTING or verb.lemma_ == "be" and not auxes else "present_event"
    if not auxes and verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "conj") and depth <= 3:
        return _tense(verb.head, depth + 1)  # "will begin pulling out on Monday": the tense of "will begin"
    return ""


# ---------------------------------------------------------------- validity (before choosing among overlaps)


def _valid(name: str, m: re.Match[str], tk: _Tokens) -> bool:
    g = m.groupdict()
    text = m.string
    if g.get("mon"):
        if not capital(g["mon"]):
            return False
        if name in ("month",) and not (g.get("year") or g.get("ry")):
            tok = tk.at(m.start("mon"))
            if tok is not None and (tok.tag_ == "MD" or tok.tag_.startswith("VB") or tok.ent_type_ in NAMED):
                return False
            nxt = tk.after(m.end())
            if nxt is not None and nxt.idx == m.end() + 1 and nxt.pos_ == "PROPN" and capital(nxt.text):
                return False
            if re.search(
                r"\b(?:the|a|an|annual)\s+$", text[max(0, m.start() - 8) : m.start()], re.I
            ) and re.match(r"\s+(?:for|of|on|against)\s+[A-Z]", text[m.end() : m.end() + 12]):
                return False  # "the annual March for Life": a march, not the month
            if tok is not None and tok.i > 0 and m.start("mon") == m.start():
                prev = tok.nbor(-1)  # "Theresa May", "Brian May": a name, not the month
                if prev.pos_ == "PROPN" and capital(prev.text) and prev.lower_ not in R.MONTHS:
                    return False
            if (
                g["mon"].lower().rstrip(".") in R.MONTHS
                and len(g["mon"].rstrip(".")) <= 4
                and g["mon"].lower() not in ("may", "june", "july")
                and not g["mon"].endswith(".")
            ):
                return False
    for key in ("wd", "wd1", "wd2", "wd3", "wdb", "wda"):
        if g.get(key) and not capital(g[key]):
            return False
    if name == "year":
        if g["year"].startswith("'") and text[max(0, m.start("year") - 1) : m.start("year")] in ("'", "`"):
            return False  # ''60 Minutes'': a TeX-style quotation mark, not '60
        tok = tk.at(m.start("year"))
        nxt = tk.after(m.end())
        if tok is not None and tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "FAC", "PRODUCT", "ORDINAL"):
            return False
        if nxt is not None and (nxt.lower_ in R.COUNT_WORDS or re.fullmatch(R.ZONES, nxt.text)):
            return False
        if tok is not None and tok.ent_type_ == "CARDINAL" and nxt is not None and nxt.tag_ == "NNS":
            return False
        if tok is not None and tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and capital(tok.nbor(-1).text):
            return False  # part of a name: "Delta 2000 Holdings"
        if re.search(
            r"\b(?:called|named|dubbed)\s+[A-Z][\w&-]*\s+$", text[max(0, m.start() - 30) : m.start()]
        ):
            return False  # "a venture called Orion 1980"
        if re.search(
            r"(?:No\.|#|number|page|flight|route|room|suite|box)\s*$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        ):
            return False
    if name == "weekday" and not (g.get("rel") or g.get("poss") or g.get("part") or g.get("day")):
        nxt = tk.after(m.end())
        if (
            re.search(r"\b(?:a|an)\s+$", text[max(0, m.start() - 4) : m.start()], re.I)
            and nxt is not None
            and nxt.pos_ in ("NOUN", "PROPN")
        ):
            return False  # "hosts a Sunday talk show", "a Friday prayer": a kind of thing, no day
    if name == "spelled_year":
        nxt = tk.after(m.end())
        if nxt is not None and (nxt.lower_ in R.COUNT_WORDS or nxt.lower_.rstrip("s") in R.UNITS):
            return False
    if name == "decade" and g.get("dw"):
        if re.search(
            r"(?:his|her|their|my|your|our|its|early|mid|late)\s+$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        ) and not m.group().lower().startswith("the"):
            return False
        if not m.group().lower().startswith("the"):
            return False
    if name == "season":
        if not (g.get("rel") or g.get("year") or g.get("mod")) and not re.search(
            r"\b(?:in|this|last|next|during|since|until|by)\s+$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        ):
            return False
        tok = tk.at(m.start("s"))
        if tok is not None and (tok.tag_.startswith("VB") or tok.ent_type_ in NAMED):
            return False
    if name in ("today", "relative") and not m.group().islower():
        words = m.group().split()
        inside = text[max(0, m.start() - 3) : m.start()].rstrip()[-1:].isalnum()
        if all(capital(w) for w in words) and (inside or len(words) > 1):
            return False  # a title or a name: "USA Today", ABC's "This Week"
    if name == "today" and re.search(
        r"\b(?:the|a)\s+[a-z]+\s+of\s+$", text[max(0, m.start() - 30) : m.start()], re.I
    ):
        return False  # "the leaders of tomorrow", "the world of today": no particular day
    if name == "holiday":
        tok, nxt = tk.at(m.start("h")), tk.after(m.end())
        if tok is not None and tok.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT"):
            return False
        if nxt is not None and nxt.idx == m.end() + 1 and nxt.pos_ == "PROPN" and capital(nxt.text):
            return False
    if name == "ref":
        w = g["w"].lower()
        tok = tk.at(m.start())
        if w == "the past" and re.match(
            rf"\s+(?:\d|{R.NUMWORD}\b|few\b|several\b|couple\b)", text[m.end() : m.end() + 12], re.I
        ):
            return False  # "the past three summers": a count of periods, not the past
        if w in ("current", "future", "recent"):
            if tok is not None and tok.pos_ not in ("ADJ",):
                return False
            nxt = tk.after(m.end())
            if nxt is not None and nxt.lower_ in (
                "account",
                "accounts",
                "events",
                "affairs",
                "contract",
                "contracts",
                "generation",
                "generations",
                "issue",
                "issues",
                "president",
            ):
                return False
        if tok is not None and tok.ent_type_ in NAMED:
            return False
        if w.endswith("term"):
            nxt = tk.after(m.end())
            if nxt is not None and nxt.idx == m.end() + 1 and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
                return False  # "the long term effects"
    if name == "part_of_day" and g.get("on"):
        tok = tk.at(m.start())
        if tok is not None and tok.pos_ != "ADV":
            return False
    if name in ("duration", "ago", "vague_duration") and re.match(r"\s+old\b", text[m.end() : m.end() + 5]):
        return False
    if name == "duration" and capital(g["u"]) or name == "clock" and g.get("noon") and capital(g["noon"]):
        if not _title_case(tk.at(m.start()), m.start()):
            return False  # "on CBS's 60 Minutes", "the film High Noon": a name in running text
    if name == "duration":
        tok = tk.at(m.start())
        if (
            g["n"].lower() in ("a", "an")
            and tok is not None
            and tok.i > 0
            and tok.nbor(-1).tag_ in ("NNS", "CD")
        ):
            return False
        if g.get("old") and g["old"].lower() == "-old":
            return False
        vague = (
            R.number(g["n"]) is None
        )  # "several quarters of losses" is a time, "three quarters of" a share
        if g["u"].lower().startswith("quarter") and (
            re.match(r"\s+of\b", text[m.end() : m.end() + 4]) and not vague or "-" in m.group()
        ):
            return False
        if g["u"].lower() == "second" and g["n"].lower() in ("a", "an", "one"):
            nxt = tk.after(m.end())
            if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
                return False
        if g["n"].lower() in ("some", "many", "a", "an") and g["u"].lower().rstrip("s") == "second":
            return False
    if name in ("half", "quarter") and not (g.get("qy") or g.get("qry")):
        if g.get("two") and "year" not in m.group()[-5:].lower():
            return False  # "the last two quarters" alone: a duration, not the second half
        if re.match(
            r"\s+of\s+(?:the|a|an|its|his|her|their|our|this|that|each)\s+(?!(?:fiscal\s+)?year\b)",
            text[m.end() : m.end() + 24],
            re.I,
        ):
            return False  # "the second half of the match", "the first quarter of the century"
    if name == "one_day" and m.group().lower().startswith("one"):
        tok, nxt = tk.at(m.start()), tk.after(m.end())
        prev = tok.nbor(-1) if tok is not None and tok.i > 0 else None
        if not (prev is not None and prev.tag_ == "MD" or nxt is not None and nxt.tag_.startswith("VB")):
            return False
    if name == "set" and g.get("adv"):
        tok = tk.at(m.start())
        nxt = tk.after(m.end())
        if nxt is not None and nxt.pos_ == "PROPN" or tok is not None and tok.pos_ == "NOUN":
            return False  # "the Party daily Granma", "a national daily": a newspaper
        if tok is not None and tok.pos_ not in ("ADV", "ADJ"):
            return False
        if tok is not None and tok.pos_ == "ADJ" and tok.lower_ in ("quarterly", "annually", "yearly"):
            return False  # "its quarterly dividend": what the payment is, not when
    if name == "set" and g.get("q") and g["q"].lower() in ("a", "an"):
        return _rate(m, tk)
    if name == "duration" and (g.get("n") or "").lower() in ("a", "an") and _rate(m, tk):
        return False  # "24 hours a day": the rate is the set's
    if name == "vague_duration" and not g.get("det"):
        if not re.search(
            r"\b(?:for|over|in|within|after|took|take|takes|lasted)\s+$",
            text[max(0, m.start() - 8) : m.start()],
            re.I,
        ):
            return False
    if name == "clock":
        h = g.get("h") or g.get("h2")
        if h and int(h) > 24:
            return False
        if g.get("h2") and re.search(r"[\d:]$", text[max(0, m.start() - 1) : m.start()]):
            return False
        if g.get("h2") and not (g.get("tz") or g.get("wda") or g.get("rda") or g.get("mon") or g.get("wdb")):
            tok = tk.at(m.start("h2"))
            if tok is not None and tok.ent_type_ not in ("TIME", "DATE"):
                return False
    if (
        name == "relative"
        and g["det"].lower() == "the"
        and g["u"].lower() in ("week", "month", "decade", "century")
    ):
        after = text[m.end() : m.end() + 12].lower()
        if (
            re.match(r"\s+(?:of|before|after|that|when|in|ended|ending)\b", after)
            or not g.get("mod")
            and not re.search(
                r"\b(?:in|during|for|over|of|this|throughout)\s+$",
                text[max(0, m.start() - 12) : m.start()],
                re.I,
            )
        ):
            return False
    return True


# ---------------------------------------------------------------- the tagger


def _title_case(tok: Token | None, start: int) -> bool:
    """Is the sentence at ``start`` a title-case line (a headline), or does the match open it?"""
    if tok is None:
        return True
    sent = sent_of(tok)
    if sent is None or tok.i == sent.start:
        return True
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return sum(capital(w) for w in words) > len(words) / 2


RATE_BEFORE = frozenset({"once", "twice", "thrice", "times"})


def _rate(m: re.Match[str], tk: _Tokens) -> bool:
    """Whether "a day", "a week" tells how often: after a count of things ("100 interviews a day", "four
    flights a week") or "twice", and not a point in time ("a day after", "a year earlier"). After a sum
    or a rate ("$2 million a year", "5% a year") it is no time expression of its own."""
    tok, nxt = tk.at(m.start()), tk.after(m.end())
    if tok is None or tok.i == 0:
        return False
    if nxt is not None and nxt.lower_ in ("after", "before", "later", "earlier", "ago", "of", "or", "and"):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1]
    if prev.lower_ in RATE_BEFORE:
        return True
    amount = ("hundreds", "thousands", "dozens", "millions", "billions")
    return prev.tag_ == "NNS" and any(
        t.like_num or t.lower_ in amount for t in doc[max(0, prev.i - 4) : prev.i]
    )


def _candidates(doc: Doc, tk: _Tokens) -> list[tuple[str, re.Match[str]]]:
    """Non-overlapping matches, the longest first, in text order."""
    text = tk.text
    windows: list[list[int]] = []
    for w in _WORD.finditer(text):
        word = w.group().lower()
        if w.group(1) or word in R.TRIGGERS or word[-1] == "." and word[:-1] in R.TRIGGERS:
            lo, hi = max(0, w.start() - R.WINDOW), min(len(text), w.end() + R.WINDOW)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
    seen: set[tuple[str, int, int]] = set()
    found = []
    for lo, hi in windows:
        win = text[lo:hi].translate(R.FOLD).lower()
        cues = {c for c in R.ALL_CUES if c in win}
        if _DIGIT.search(text, lo, hi):
            cues.add("#")
        for name, pat in R.PATTERNS.items():
            if cues.isdisjoint(R.CUES[name]):
                continue  # no word that a match of this pattern needs
            for m in pat.finditer(text, lo, hi):
                if (name, m.start(), m.end()) not in seen:
                    seen.add((name, m.start(), m.end()))
                    found.append((name, m))
    found.sort(key=lambda nm: (nm[1].start() - nm[1].end(), nm[1].start()))
    taken = bytearray(len(text) + 1)
    chosen = []
    for name, m in found:
        s, e = m.start(), m.end()
        if e <= s or any(taken[s:e]) or not _valid(name, m, tk):
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((name, m))
    chosen.sort(key=lambda nm: nm[1].start())
    return chosen


def _quote_anchors(text: str, timexes: list[Timex], tk: _Tokens) -> list[tuple[int, int, dt.date]]:
    """Quotations whose attribution carries a full date: (start, end, the date the words were said)."""
    out = []
    for q in _QUOTE.finditer(text):
        tok = tk.at(q.start())
        sent = sent_of(tok) if tok is not None else None
        lo = min(sent.start_char, q.start()) if sent is not None else q.start()
        tail = tk.at(max(q.end() - 1, 0))
        hi = sent_of(tail).end_char if tail is not None else q.end()
        for t in timexes:
            if not (lo <= t.start < hi) or q.start() <= t.start < q.end() or t.type not in ("DATE", "TIME"):
                continue
            day = re.match(r"\d{4}-\d\d-\d\d", t.value or "")
            if not day:
                continue
            verb = tk.governor(t.start, t.end)
            if verb is not None and verb.lemma_.lower() in REPORTING:
                out.append((q.start(), q.end(), dt.date.fromisoformat(day.group())))
                break
    return out


def _tag(
    doc: Doc,
    chosen: list[tuple[str, re.Match[str]]],
    tk: _Tokens,
    anchor: dt.date | None,
    quotes: list[tuple[int, int, dt.date]] | None = None,
) -> list[Timex]:
    c = Ctx(anchor, lambda: "", text=tk.text)
    out: list[Timex] = []
    for name, m in chosen:
        s, e = m.start(), m.end()
        c.pos = s
        c.after = m.string[e : e + 24]
        c.last_near = c.last is not None and "\n" not in m.string[c.last_at : s]  # in the same paragraph
        c.anchor = anchor
        for qs, qe, said in quotes or ():
            if qs <= s < qe:
                c.anchor = said
        c.tense = lambda s=s, e=e: tk.tense(s, e)  # type: ignore[misc]
        res = normalise(name, m, c)
        if res is None:
            continue
        kind, value = res
        text = m.group()
        if text.endswith(".") and not re.search(r"(?:\b[A-Za-z]{3,5}|[ap]\.m)\.$", text):
            text, e = text[:-1], e - 1
        out.append(Timex(text, s, e, kind, value))
        if kind == "DATE" and value and re.match(r"\d{4}(?!\d)", value):
            c.year, c.year_at = int(value[:4]), s
        if name in ("month_day", "day_month") and value and len(value) == 10:
            second = _second_day(m, value, tk)
            if second is not None:
                out.append(second)
        if value and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", value) and name not in ("relative", "ago"):
            y, mo, d = (
                (value.split("-") + ["06", "15"])[:3] if len(value) == 4 else (value.split("-") + ["15"])[:3]
            )
            c.last = dt.date(int(y), int(mo), int(d))
            c.last_at, c.last_day = s, len(value) == 10
    return out


_AND_DAY = re.compile(r"\s+(?:and|or)\s+(\d{1,2})(?!\d|[.,:]\d)")


def _second_day(m: re.Match[str], value: str, tk: _Tokens) -> Timex | None:
    """The second day of "on April 24 and 25": same month and year as the first."""
    if m.group("year") or (m.re is R.PATTERNS["day_month"]):
        return None
    nxt = _AND_DAY.match(m.string, m.end())
    if nxt is None:
        return None
    after = tk.after(nxt.end())
    if after is not None and after.idx == nxt.end() + 1 and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "on May 5 and 6 people died"
    day = f"{value[:8]}{int(nxt.group(1)):02d}"
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return None
    return Timex(nxt.group(1), nxt.start(1), nxt.end(1), "DATE", day)


def _dateline(text: str, published: dt.date | None) -> dt.date | None:
    """The day a dateline gives, when within a week of ``published``."""
    m = dateline(text)
    if m is None or published is None or not m.group("day"):
        return published
    mon, day = R.MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("day"))
    for year in (published.year, published.year - 1, published.year + 1):
        try:
            said = dt.date(year, mon, day)
        except ValueError:
            return published
        if abs((said - published).days) <= 7:
            return said
    return published


def extract_temporal(doc: Doc, published: dt.date | None) -> list[Timex]:
    """Every temporal expression of ``doc``, in text order, TIMEX3-normalised against ``published``.

    A dateline with a day ("NICOSIA, August 7 (Xinhua) --") anchors relative dates instead of
    ``published`` when the two are less than a week apart (the story was filed that day)."""
    tk = _Tokens(doc)
    published = _dateline(tk.text, published)
    chosen = _candidates(doc, tk)
    timexes = _tag(doc, chosen, tk, published)
    quotes = _quote_anchors(tk.text, timexes, tk)
    if quotes:
        timexes = _tag(doc, chosen, tk, published, quotes)
    return timexes
