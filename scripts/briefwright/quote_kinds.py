"""Judgements on quoted segments read from the text around them: words that run on for sentences, two
quoted phrases joined, a post signed with a handle, marks around no one's words (see ``quotes``)."""

from __future__ import annotations

import re

from .quote_marks import ABBREV, SENT_END, Segment, title_like
from .quote_syntax import Ctx, Speaker


def runs_on_sentences(text: str, seg: Segment) -> bool:
    """Quoted words that open inside a sentence but go on for whole sentences: no name or scare quote."""
    inner = text[seg.start : seg.end].rstrip()
    if not inner.endswith((".", "?", "!")) or not (inner[:1].islower() or len(inner.split()) >= 10):
        return False  # not a chant either: “Lock him up! Lock him up!”
    for m in SENT_END.finditer(inner):
        word = inner[: m.start()].split()[-1:]
        if word and word[0].lower() not in ABBREV and not (len(word[0]) == 1 and word[0].isupper()):
            return True
    return False


def coordinated(text: str, prev: Segment, seg: Segment) -> bool:
    """Two quoted phrases joined by “and”, “or” or a comma: “chanting “X” and “Y””, “called it “X,” “Y””."""
    if prev.para != seg.para or prev.close_mark is None or seg.open_mark is None:
        return False
    between = text[prev.close_mark + 1 : seg.open_mark].strip().strip(",").strip()
    return between in ("", "and", "or")


HANDLE_AFTER = re.compile(r"\s*[—–-]+\s*@(\w{4,})")
WORK_NOUNS = frozenset(
    """film movie book novel memoir show program programme series song album play documentary
    podcast episode column ad advertisement sitcom musical opera""".split()
)


def handle_speaker(ctx: Ctx, seg: Segment) -> Speaker | None:
    """“…”—@janeroe: a post quoted with its author's handle; the person whose surname the handle holds."""
    closing = seg.close_mark + 1 if seg.close_mark is not None else seg.end
    m = HANDLE_AFTER.match(ctx.text, closing)
    if m is None:
        return None
    handle = m.group(1).lower()
    for a in ctx.actors:
        parts = a.name.lower().split()
        if a.type == "person" and not a.anonymous and len(parts) >= 2 and len(parts[-1]) >= 3:
            if parts[-1] in handle:
                return Speaker(a.id, (m.start(1) - 1, m.end(1)), "posted", seg.para)
    return None


def no_words(ctx: Ctx, seg: Segment) -> bool:
    """Quoted marks around no one's words: a work's title set beside its noun (“her film, “Dust.””,
    “the radio program, “Morning Hour,” broadcast …”), or a label standing alone (“Related:”)."""
    lo, hi = ctx.paras[seg.para]
    opening = seg.open_mark if seg.open_mark is not None else seg.start
    closing = seg.close_mark + 1 if seg.close_mark is not None else seg.end
    inner = ctx.text[seg.start : seg.end].strip()
    if not title_like(inner):
        return False
    if inner.endswith(":") and len(inner.split()) <= 3:
        return not ctx.text[lo:opening].strip() and not ctx.text[closing:hi].strip()
    lead = ctx.text[max(lo, opening - 30) : opening].rstrip()
    return lead.endswith(",") and lead[:-1].split()[-1:] != [] and lead[:-1].split()[-1].lower() in WORK_NOUNS
