"""Mentions in the transcripts news articles print: a speaker's label in capitals at the head of a
paragraph ("SMITH: We will …", "JANE DOE: Thank you."), and stage directions in brackets
("(BEGIN VIDEO CLIP)", "(APPLAUSE)") that name no one."""

from __future__ import annotations

from spacy.tokens import Doc

from .doccache import texts
from .mention_model import Mention

# capitalised heads of a paragraph that label a part of the text, not a speaker
_NOT_SPEAKERS = frozenset(
    """video audio clip update updated note editor correction clarification photo watch read listen breaking
    source sources related transcript caption credit warning disclaimer advertisement q a question answer
    announcer narrator unidentified male female voice crowd audience all end begin excerpt excerpts
    summary background analysis opinion editorial exclusive live""".split()
)
_OPENERS = frozenset({'"', "“", "'", "‘"})


def _paragraph_start(X: list[str], i: int) -> int | None:
    """The first word of the paragraph when ``i`` begins one (past an opening quotation mark)."""
    j = i
    if j < len(X) and X[j] in _OPENERS:
        j += 1
    if i == 0 or "\n" in X[i - 1]:
        return j
    return None


def _label_at(X: list[str], s: int) -> int | None:
    """The end of a speaker's label "JANE DOE:" starting at ``s``: one to three words in capitals."""
    e = s
    while e < len(X) and e - s < 3 and X[e].isalpha() and X[e].isupper() and len(X[e]) >= 2:
        e += 1
    if e == s or e >= len(X) or X[e] != ":":
        return None
    if any(w.lower() in _NOT_SPEAKERS for w in X[s:e]):
        return None
    return e


def speaker_labels(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each speaker's label of a transcript a person when its last word is the family
    name of a person named in the article or labels two paragraphs or more ("JANE DOE:" … "DOE:"); not a
    label of one line ("POSSIBLE SUSPECT:"). The model reads such capitals as anything ("ORG")."""
    X = texts(doc)
    labels: list[tuple[int, int]] = []
    for i in range(len(X)):
        s = _paragraph_start(X, i)
        if s is not None and (e := _label_at(X, s)) is not None:
            labels.append((s, e))
    if not labels:
        return mentions
    family = {m.text.split()[-1].lower() for m in mentions if m.type == "person" and not m.anonymous}
    counts: dict[str, int] = {}
    for _, e in labels:
        counts[X[e - 1].lower()] = counts.get(X[e - 1].lower(), 0) + 1
    found = []
    for s, e in labels:
        k = X[e - 1].lower()  # the family name: "TAPPER" of "JAKE TAPPER", not "POSSIBLE SUSPECT"
        if k in family or counts[k] >= 2:
            found.append(Mention(s, e, "person", " ".join(X[s:e]).title(), strong=True))
    used = {k for m in found for k in range(m.start, m.end)}
    kept = [m for m in mentions if not used.intersection(range(m.start, m.end))]
    return sorted(kept + found, key=lambda m: (m.start, m.anonymous))


def stage_directions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those in a bracketed direction in capitals: "(BEGIN VIDEO CLIP)"."""
    X = texts(doc)
    drop: set[int] = set()
    for i, x in enumerate(X):
        if x not in ("(", "["):
            continue
        j = i + 1
        while j < len(X) and j - i < 8 and X[j] not in (")", "]"):
            j += 1
        words = [w for w in X[i + 1 : j] if w.isalpha()]
        if j < len(X) and X[j] in (")", "]") and words and all(w.isupper() and len(w) > 1 for w in words):
            if len(words) >= 2:  # not "(AP)", "(NATO)": one word in brackets is a name's short form
                drop.update(range(i + 1, j))
    return [m for m in mentions if not drop.intersection(range(m.start, m.end))]
