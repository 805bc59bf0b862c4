"""Roles told by a description that stands for a person named before: "… Calderon … The former Mexican
leader went on the record", "Christie endorsed Trump and has appeared at the billionaire businessman's
side". The description is a role of the person it refers to: one named in the last sentences, not the
subject the description is said of ("Christie … the businessman's side" is not Christie's), the one
whose roles already share its words, else the one most written about."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .doccache import lowers, sent_of, span_text, texts, tokens, view
from .mention_places import STATE_ABBREVIATIONS
from .model import Actor

# Modifiers of a description of someone not named before ("the next president", "the only candidate").
_NEW_REFERENT = frozenset(
    "new next future first last only same other another previous eventual possible potential "
    "prospective would-be likely ideal right best".split()
)
_PREPS = frozenset({"of", "for", "at", "to"})
_WINDOW = 3  # sentences before the description's own in which the person must be named
_ABBREVIATED = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president"}


def _words(text: str) -> set[str]:
    return {_ABBREVIATED.get(w.rstrip("."), w.rstrip(".")) for w in lx.key(text).split()} - {"the", "a", "an"}


def _head_noun(t: Token) -> bool:
    return (
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.lower_ in lx.ROLE_HEADS
        and t.lower_ not in lx.KIN
        and t.lower_ not in lx.TITLE_MODIFIERS
    )


def _in_quotes(doc: Doc, t: Token) -> bool:
    """Inside quotation marks opened earlier in the paragraph: someone else's words."""
    text = view(doc).text  # doc.text is rebuilt from the tokens on every access
    start = text.rfind("\n", 0, t.idx) + 1
    before = text[start : t.idx]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quoted_at(doc: Doc, char: int) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and _in_quotes(doc, span[0])


def _description(doc: Doc, t: Token, owner: dict[int, Actor]) -> tuple[int, int] | None:
    """The span after "the" (token ``t``) of "the former Maryland governor", "the Democratic nominee for
    president": modifiers, a title word in the singular, maybe a phrase with "of" or "for"; None for
    anything else."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    h = t.head.i
    if t.dep_ != "det" or not t.i + 1 <= h <= t.i + 5 or not _head_noun(T[h]):
        return None
    if h == t.i + 1 and L[h] not in _EPITHETS:
        return None  # "the senator", "the suspect": a title alone may be anyone's
    if T[h].dep_ in ("attr", "oprd", "appos") or T[h].head.lemma_ in ("become", "be", "remain", "as"):
        return (
            None  # "X is the senior member", "becoming the GOP nominee", "his status as the …": a predicate
        )
    if t.i > 0 and T[t.i - 1].pos_ == "PRON" and T[t.i - 1].lower_ in ("him", "her", "them", "me", "us"):
        return None  # "make him the nominee": said of him, no one named
    for x in T[t.i + 1 : h]:
        named = owner.get(x.i)
        if x.pos_ not in ("ADJ", "NOUN", "PROPN") and X[x.i] not in ("-", "‐"):
            return None
        if (
            named is not None
            and named.type == "person"
            or (L[x.i] in _NEW_REFERENT and not x.ent_type_)  # but "the New York senator"
            or x.tag_ in ("JJS", "RBS")
        ):
            return None
    end = h + 1
    for c in T[h].children:
        if c.dep_ == "prep" and c.lower_ in _PREPS and c.i == end:
            stop = c.right_edge.i + 1
            inner = T[c.i + 1 : stop]
            if any(x.pos_ in ("VERB", "AUX", "PRON") or X[x.i] in lx.STOP_ROLE for x in inner):
                return None
            if any(owner.get(x.i) is not None and owner[x.i].type == "person" for x in inner):
                return None  # "the lawyer for Smith": someone else's
            end = stop
    nxt = T[end] if end < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or (nxt.lower_ in ("'s", "’s") and end > h + 1)):
        return None  # "the Florida senator Ann Fox": a title before a name, said by roles.py
    if nxt is not None and X[end] == "," and end + 1 < len(doc) and T[end + 1].ent_type_ == "PERSON":
        return None  # "the party's candidate, Ann Fox,": an apposition
    return t.i + 1, end


def _run_on(doc: Doc, a: int, b: int) -> bool:
    """A sentence ends between tokens ``a`` and ``b`` that the model did not split: an abbreviation's full
    stop before a capitalised word that opens a clause ("… from entering the U.S. While Ann condemned …")."""
    X = texts(doc)
    return any(
        len(X[k]) > 1 and X[k].endswith(".") and X[k + 1].istitle() and doc[k + 1].pos_ in _OPENING
        for k in range(a + 1, b - 1)
    )


_OPENING = frozenset({"SCONJ", "DET", "PRON", "ADV", "CCONJ"})


def _subjects_above(t: Token) -> list[Token]:
    """The subjects of the verbs the token hangs from ("Christie endorsed Trump and has appeared at the
    businessman's side": Christie): who a description there cannot be — not a subject of the sentence
    before, run on to this one by the model."""
    found: list[Token] = []
    x = t
    while x.head.i != x.i:
        x = x.head
        verb = x
        while True:
            found += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
    return [f for f in found if not _run_on(t.doc, f.i, t.i)]


def described_roles(doc: Doc, actors: list[Actor], owner: dict[int, Actor]) -> None:
    """Each description "the ADJ… TITLE" that names no one becomes a role (and a mention) of the person it
    stands for, when one person fits better than every other."""
    T = tokens(doc)
    people = [a for a in actors if a.type == "person" and not a.anonymous]
    if not people:
        return
    sents = list(doc.sents)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    for t in (T[i] for i, w in enumerate(lowers(doc)) if w == "the"):
        if t.i in owner:
            continue
        span = _description(doc, t, owner)
        if span is None or _in_quotes(doc, t):
            continue
        s, e = span
        sent = sent_of(t)
        since = sents[max(0, sent_index[sent.start] - _WINDOW)].start_char
        barred = {owner[x.i].id for x in _subjects_above(T[s]) if x.i in owner and x.i < s}  # not said after
        said = _words(span_text(doc, s, e)) - _GENERIC
        text = span_text(doc, s, e)
        kinds = _kinds(text)
        head = _ABBREVIATED.get(T[t.head.i].lower_, T[t.head.i].lower_)
        scored = []
        for a in people:
            before = [m0 for m0, _ in a.mentions if m0 < t.idx]
            if a.id in barred or not before:
                continue
            known = set().union(*(_words(r) for r in (*a.roles, *a.aliases))) - _GENERIC
            theirs = set().union(*(_kinds(r) for r in a.roles)) if a.roles else set()
            theirs |= _bracketed_states(doc, a)
            if _differ(kinds, theirs):
                continue  # "the Vermont senator" is not the Florida one, nor "the Democratic …" a Republican
            told = any(m0 >= since and not _quoted_at(doc, m0) for m0 in before)  # in the article's own words
            party = {w for w in kinds & theirs if w[0] == "@" or told}  # a place; a party when told lately
            shared = {w for w in said & known if w == head} | party
            scored.append((len(shared), told, a))  # else the one named lately in the article's words
        best = max((x[0] for x in scored), default=0)
        bare = [x for x in scored if not x[2].roles]  # "the Texas senator" is not a spokeswoman named last
        near = [x for x in bare if _named_near(doc, sents, sent_index, t, x[2], 0)]
        near = near or [x for x in bare if _named_near(doc, sents, sent_index, t, x[2], 1)]
        if best:  # the one whose roles share the most words with the description
            top = [x for x in scored if x[0] == best]
        elif any(w[0] == "@" for w in kinds):
            top = near  # "the Texas senator": only the one person named just before, or known of the place
        else:  # else the one person named lately
            top = [x for x in scored if x[1]]
            if len(top) != 1:
                top = near
        if len(top) != 1:
            continue
        actor = top[0][2]
        text = span_text(doc, s, e)
        k = lx.key(text)
        if not any(k == lx.key(r) or f" {k} " in f" {lx.key(r)} " for r in actor.roles):
            actor.roles.append(text)
        actor.mentions = sorted({*map(tuple, actor.mentions), (T[s].idx, T[e - 1].idx + len(T[e - 1]))})
        if k not in {lx.key(x) for x in (actor.name, *actor.aliases)}:
            actor.aliases.append(text)
        owner.update({k2: actor for k2 in range(t.i, e)})


def _named_near(doc: Doc, sents: list, sent_index: dict[int, int], t: Token, a: Actor, back: int) -> bool:
    """The actor is named in the article's words before ``t`` in its sentence (and ``back`` sentences
    more)."""
    k = sent_index[sent_of(t).start]
    since = sents[max(0, k - back)].start_char
    return any(since <= m0 < t.idx and not _quoted_at(doc, m0) for m0, _ in a.mentions)


# A state after a name in brackets: "Sen. Ann Lee (R-Fla.)", "Rep. Bo Diaz (D-TX)", "Sens. A (Ky.) and B".
_BRACKET_STATE = re.compile(r"\s*\((?:[RDI]-\s?)?([A-Z][A-Za-z.]{1,5})\)")
_POSTAL = dict(
    zip(
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
        "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(),
        "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii "
        "idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan "
        "minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico "
        "new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island "
        "south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia "
        "wisconsin wyoming".split(),
        strict=True,
    )
)


def _bracketed_states(doc: Doc, a: Actor) -> set[str]:
    found = set()
    for _, e0 in a.mentions:
        m = _BRACKET_STATE.match(view(doc).text, e0)
        if m is None:
            continue
        state = STATE_ABBREVIATIONS.get(m.group(1)) or _POSTAL.get(m.group(1), "").replace("_", " ")
        if state:
            found.add(f"@{lx.key(state)}")
    return found


# Country names of several words ("united states"), with the key of the country: looked for as phrases.
_COUNTRY_PHRASES = tuple((n, lx.key(c.name)) for n, c in lx.COUNTRY_BY_NAME.items() if " " in n)


def _kinds(text: str) -> set[str]:
    """The parties and the places a role names: "former Mexican leader" → {"@mexico"}, "Vermont senator" →
    {"@vermont"}, "Democratic candidate" → {"democratic"} (places marked with "@")."""
    k = f" {lx.key(text)} "
    found = {f"@{st}" for st in lx.US_STATES if f" {st} " in k}
    found |= {f"@{country}" for name, country in _COUNTRY_PHRASES if f" {name} " in k}
    for w in k.split():
        country = lx.COUNTRY_BY_DEMONYM.get(w) or lx.COUNTRY_BY_NAME.get(w)
        if country is not None:
            found.add(f"@{lx.key(country.name)}")
        elif w in _PARTIES:
            found.add("republican" if w == "gop" else "democratic" if w == "democrat" else w)
    return found


def _differ(said: set[str], known: set[str]) -> bool:
    """Two parties, or two places, and none in common."""
    for kind in (lambda w: w[0] != "@", lambda w: w[0] == "@"):
        a, b = {w for w in said if kind(w)}, {w for w in known if kind(w)}
        if a and b and not a & b:
            return True
    return False


# Descriptions by a trade that stand alone for someone named before ("the businessman", "the mogul").
_EPITHETS = frozenset("businessman businesswoman mogul magnate tycoon billionaire millionaire".split())
_PARTIES = frozenset("democratic democrat republican gop libertarian labour conservative tory".split())
# Words of a description that tell no one apart ("the former …", "the … of …").
_GENERIC = frozenset(
    "former acting interim then current outgoing incoming retired senior top late of for at to".split()
)
