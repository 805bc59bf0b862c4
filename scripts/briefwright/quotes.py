"""Quotes and their speakers.

Three passes over one parsed ``Doc``, linear in its length:

1. *Marks* (``quote_marks``): the double quotation marks of each paragraph are paired by
   their context; a missing opening or closing mark is recovered without moving the other
   quotes of the paragraph; single marks (apostrophes, nested quotes) never open or close
   a quote.
2. *Attribution*: a reporting verb next to the quote (after it, before it, after a colon,
   ``according to``) or governing it in the dependency parse gives the cue and its
   subject the speaker mention. A quote without attribution continues the last speaker;
   an embedded quote (a title, a scare quote) without a reporting construction is dropped.
3. *Speakers*: the mention becomes an actor — the actor named there, a pronoun resolved
   to a recent person of matching gender, a description matched to an anonymous source or
   a title, or a new actor (an anonymous source, a name the NER missed).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from .articles import slugify
from .model import Actor, Quote
from .quote_marks import (
    MARKS,
    SAID_WORDS,
    Segment,
    find_segments,
    is_direct,
    paragraph_spans,
    sentence_end,
    sentence_start,
    title_like,
)

REPORTING = frozenset(
    """say tell add write call describe state declare announce explain note argue claim insist warn ask
    reply respond answer continue conclude tweet post comment remark observe report recall acknowledge
    admit concede confirm deny suggest predict promise pledge vow urge demand complain lament bemoan joke
    quip laugh shout yell scream exclaim whisper mutter boast brag charge accuse allege assert contend
    maintain stress emphasize emphasise testify recount read characterize characterise label dub term brand
    praise criticize criticise blast slam counter retort quote cite mention agree caution advise recommend
    propose reiterate repeat question wonder muse sigh interject echo hint signal underline highlight
    summarize summarise opine assure reassure pronounce proclaim speak plead implore chant cry grumble
    scoff sneer thunder rail rant preach tout hail dismiss concur disclose reveal estimate
    inform notify counsel forecast threaten order instruct decry condemn denounce
    reflect refer mock ridicule portray depict""".split()
)
NAMING = frozenset("call describe label dub term brand characterize characterise name nickname".split())
PERSON_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson analyst expert source aide adviser advisor diplomat
    officer minister secretary president senator lawmaker leader commander general colonel resident witness
    activist lawyer attorney prosecutor judge director chief executive chairman chairwoman head member
    researcher scientist professor doctor economist strategist observer insider person man woman
    candidate governor mayor representative congressman congresswoman ambassador envoy negotiator
    supporter critic voter protester protestor student teacher worker manager owner founder partner
    friend relative father mother brother sister son daughter wife husband veteran soldier journalist
    reporter editor columnist writer author pollster consultant operative staffer people
    officials sources experts analysts aides residents witnesses""".split()
)
ORG_NOUNS = frozenset(
    """ministry government department agency newspaper paper magazine network channel committee council
    company firm group organization organisation office administration campaign party court army military
    police embassy commission bureau board union coalition alliance movement regime authority authorities
    website site outlet station service""".split()
)
DOC_NOUNS = frozenset(
    """statement tweet post letter report release communique message note memo email document ad
    advertisement video summary decision ruling filing transcript editorial article headline sign banner
    poster placard excerpt""".split()
)
NOBODY = frozenset(
    "me my you your us our someone somebody anyone anybody everyone everybody one another others nobody "
    "none who whom which that this these those some many most few all both each either".split()
)
ISSUING = frozenset("issue release publish post send write tweet put".split())
MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
MALE_WORDS = frozenset(
    "mr mr. sir lord king prince duke father brother son husband spokesman chairman congressman "
    "businessman man boy uncle nephew grandfather fiancé fiance widower boyfriend".split()
)
FEMALE_WORDS = frozenset(
    "mrs mrs. ms ms. miss lady queen princess duchess mother sister daughter wife spokeswoman "
    "chairwoman congresswoman businesswoman woman girl aunt niece grandmother fiancée widow girlfriend "
    "actress".split()
)

SUBJECTS = ("nsubj", "nsubjpass")
NP_LEFT = frozenset("compound det amod nmod nummod poss case quantmod punct flat advmod".split())
PARTICLES = frozenset("de da del della di du van von der den la le al el bin ibn abu".split())
TITLE_LEADS = frozenset("on in at to from with of for by into onto".split())
TITLE_DEPS = frozenset("oprd dobj attr xcomp ccomp conj ROOT".split())
PLACE_PREPS = frozenset("with in at from by during after before since until into through near".split())
PRONOUNS = frozenset("he she they it we i".split())
NOT_SPEAKERS = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())


@dataclass
class _Speaker:
    actor: str | None
    span: tuple[int, int] | None
    cue: str | None
    para: int
    kind: str = "person"


@dataclass
class _Ctx:
    doc: Doc
    text: str
    actors: list[Actor]
    paras: list[tuple[int, int]]
    tok_starts: list[int]
    tok_actor: dict[int, Actor]
    by_id: dict[str, Actor]
    persons: list[tuple[int, int, str, int]] = field(default_factory=list)  # (start, token, id, level)
    gender: dict[str, str] = field(default_factory=dict)
    votes: dict[str, list[int]] = field(default_factory=dict)  # actor id -> [he, she] after its mentions
    titles: dict[str, set[str]] = field(default_factory=dict)
    quoted: list[tuple[int, int]] = field(default_factory=list)


# ---------------------------------------------------------------- attribution


def _tokens(ctx: _Ctx, lo: int, hi: int) -> Span:
    i = bisect_left(ctx.tok_starts, lo)
    j = bisect_left(ctx.tok_starts, hi)
    return ctx.doc[i:j]


def _is_cue(tok: Token) -> bool:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return True
    if tok.pos_ == "PROPN" and tok.lower_ in SAID_WORDS:  # “Stated Stone:”
        return True
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING


def _cue_word(tok: Token) -> str:
    return "according to" if tok.lower_ == "according" else tok.text


def _inside_at(ctx: _Ctx, offset: int) -> bool:
    k = bisect_right(ctx.quoted, (offset, 1 << 60)) - 1
    return k >= 0 and ctx.quoted[k][0] <= offset < ctx.quoted[k][1]


def _inside(ctx: _Ctx, tok: Token) -> bool:
    return _inside_at(ctx, tok.idx)


def _nominal(ctx: _Ctx, tok: Token) -> bool:
    return (
        tok.pos_ in ("PROPN", "NOUN", "PRON", "NUM")
        and (tok.ent_type_ not in NOT_SPEAKERS or tok.lower_ == "old" or tok.head.lower_ == "old")
        and tok.lower_ not in ("there", "that", "this", "what", "which", "who")
        and not _inside(ctx, tok)
    )


def _named_in(tok: Token) -> Token:
    """The person named next to a title head (“Vice President for news Dave Gorab”)."""
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
        return tok
    for c in tok.rights:
        if c.dep_ in ("appos", "compound", "npadvmod", "flat", "nmod") and c.ent_type_ == "PERSON":
            return c
        if c.dep_ == "appos" and c.is_title and tok.pos_ == "NOUN" and tok.lemma_ not in PERSON_NOUNS:
            return c
    return tok


def _unparen(tok: Token) -> Token:
    """The name a parenthesis follows: “Sen. Elizabeth Warren (D-MA)” → Warren."""
    left = tok.left_edge.i
    if left >= 2 and tok.doc[left - 1].text == "(" and tok.doc[left - 2].pos_ == "PROPN":
        return tok.doc[left - 2]
    return tok


def _naming_participle(tok: Token) -> bool:
    return (
        tok.lemma_ in NAMING
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "nsubj") for c in tok.children)
    )


def _dep_subject(ctx: _Ctx, tok: Token) -> Token | None:
    if _naming_participle(tok):  # “what is typically called …”: nobody speaks
        return None
    if tok.lower_ == "according":
        to = tok.nbor()
        objs = [c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"]
        return objs[0] if objs else None
    lo, hi = ctx.paras[_para_of(ctx, tok.idx)]
    v = tok
    for _ in range(5):
        for c in sorted(v.children, key=lambda c: abs(c.i - v.i)):
            if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return v.head
            if c.dep_ == "nsubj" and _nominal(ctx, c):
                return _unparen(c)
            if c.dep_ == "nsubj" and c.ent_type_ in NOT_SPEAKERS:  # “2:40 p.m. Trump’s manager says”
                named = [a for a in c.children if a.dep_ == "appos" and _nominal(ctx, a)]
                if named:
                    return named[0]
            if c.dep_ == "nsubjpass":
                agent = [g for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                if agent:
                    return agent[0]
        if v.dep_ == "relcl":
            return v.head
        if v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "conj", "pcomp"):  # “…, saying”: the main subject
            root = v
            for _ in range(8):
                if root.head.i == root.i or not lo <= root.head.idx < hi:
                    break
                root = root.head
            near = sorted(
                (c for c in v.head.children if c.dep_ == "nsubj" and _nominal(ctx, c)),
                key=lambda c: abs(c.i - v.head.i),
            )
            if near and near[0].pos_ != "PROPN" and near[0].lemma_ in PERSON_NOUNS | ORG_NOUNS:
                return near[0]
            subj = [c for c in root.children if c.dep_ == "nsubj" and _nominal(ctx, c)]
            if subj:
                return min(subj, key=lambda c: abs(c.i - root.i))
        if (
            v.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "prep")
            and v.head.i != v.i
            and lo <= v.head.idx < hi
        ):
            v = v.head
        else:
            break
    return None


def _left_nominal(ctx: _Ctx, tok: Token) -> Token | None:
    """The noun just before the cue, past adverbs and a parenthesis: “Paul Ryan (R-WI) said”."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.dep_ in ("acl", "relcl", "amod"):
        return None
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART") and tok.i - i < 4:
        i -= 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and tok.i - i < 12:
            i -= 1
        i -= 1
    if i >= 0 and doc[i].pos_ == "PROPN" and _nominal(ctx, doc[i]) and doc[i].ent_type_ not in ("GPE", "LOC"):
        return doc[i]
    return None


def _subject(ctx: _Ctx, tok: Token, window: Span | None = None) -> Token | None:
    """The token naming who speaks with the cue ``tok``."""
    if _naming_participle(tok):  # “items labeled …”: nobody speaks
        return None
    cand = _dep_subject(ctx, tok)
    if cand is not None and _nominal(ctx, cand):
        return _named_in(cand)
    left = _left_nominal(ctx, tok)
    if left is not None:
        return left
    if window is None:  # a broken parse: the last subject-like noun of the sentence before the cue
        lo = sentence_start(ctx.text, ctx.paras[_para_of(ctx, tok.idx)][0], tok.idx)
        window = _tokens(ctx, lo, tok.idx)
        heads = [t for t in window if _nominal(ctx, t) and t.dep_ in ("nsubj", "nsubjpass", "appos", "ROOT")]
        if heads:
            return _named_in(heads[-1])
    before = [
        t for t in window if t.i < tok.i and _nominal(ctx, t) and t.dep_ not in ("pobj", "dobj", "poss")
    ]
    after = [
        t for t in window if tok.i < t.i <= tok.i + 3 and t.pos_ in ("PROPN", "NOUN", "PRON", "NUM", "ADJ")
    ]
    for t in before[:1] or after[:1]:  # “…,” Murphy, the head of X, tweeted / “…,” said Tabler
        while t.dep_ in ("compound", "flat", "amod", "nummod", "npadvmod", "poss") and t.head.i > t.i:
            t = t.head
        return _named_in(t)
    return None


def _window_cue(ctx: _Ctx, span: Span, after: bool, colon: bool, trail: bool) -> Token | None:
    toks = [t for t in span if not _inside(ctx, t) and not t.is_space]
    if after and toks and (toks[0].pos_ in ("CCONJ", "SCONJ") or toks[0].lower_ in ("but", "while")):
        return None
    cues = [t for t in toks if _is_cue(t)]
    if not after and toks and toks[-1].text in (",", ":"):  # Hillary shot back, “…”
        verbs = [t for t in toks if t.pos_ == "VERB"]
        tail = [t for t in toks[:-1] if t.i > verbs[-1].i] if verbs else []
        if (
            verbs
            and verbs[-1].dep_ in ("ROOT", "conj", "ccomp", "parataxis")
            and (not cues or cues[-1].i < verbs[-1].i)
            and all(t.dep_ in ("prt", "advmod") for t in tail)
        ):
            return verbs[-1]
    if cues:
        if not after:
            return cues[-1]
        if trail or toks[0].is_lower or toks.index(cues[0]) < 6:
            return cues[0]
        return None
    said_like = len(toks) > 1 and toks[0].pos_ in ("PROPN", "PRON") and toks[1].pos_ == "VERB"
    if after and (trail or (toks and toks[0].is_lower) or said_like):  # “…,” Smith quipped / “…!” beamed X
        for t in toks[:4]:
            if t.pos_ == "VERB":
                return t
    elif colon:  # … on Twitter: “I offered…”
        verbs = [t for t in toks if t.pos_ == "VERB"]
        main = [t for t in verbs if t.dep_ in ("ROOT", "conj", "ccomp", "parataxis")]
        return (main or verbs)[-1] if verbs else None
    return None


def _governing_cue(ctx: _Ctx, seg: Segment) -> Token | None:
    """A reporting verb that governs the quoted words in the parse (not as their subject)."""
    inner = _tokens(ctx, seg.start, seg.end)
    if not len(inner):
        return None
    roots = [t for t in inner if not (seg.start <= t.head.idx < seg.end) or t.head.i == t.i]
    title = title_like(ctx.text[seg.start : seg.end])
    lo, hi = ctx.paras[seg.para]
    for r in roots[:3]:
        if title and r.dep_ not in TITLE_DEPS and not (r.dep_ == "pobj" and r.head.lower_ == "as"):
            if not (r.dep_ == "appos" and r.head.head.lemma_ in NAMING):  # called the mission “X”
                continue
        node = r
        for _ in range(6):
            head = node.head
            if head.i == node.i or (node.dep_ in SUBJECTS and _is_cue(head)) or not lo <= head.idx < hi:
                break
            if _is_cue(head) and not (seg.start <= head.idx < seg.end):
                if node.dep_ == "xcomp" and head.lemma_ in ("continue", "begin", "start"):
                    node = head
                    continue
                if node.dep_ != "prep" or node.lower_ not in PLACE_PREPS:
                    return head
                break
            node = head
    return None


def _np_span(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (without appositions or clauses)."""
    if tok.pos_ == "PRON" and tok.lower_ not in NOBODY:
        return tok.idx, tok.idx + len(tok)
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in NP_LEFT:
            start = min(start, c.left_edge.i)
    end = tok.i
    for c in tok.rights:
        if c.dep_ in ("flat", "compound") or (
            tok.pos_ in ("NOUN", "PRON", "NUM")
            and c.dep_ == "prep"
            and c.lower_ in ("of", "at", "for", "to", "with", "in")
        ):
            end = max(end, c.right_edge.i)
    if end - start > 12:
        start, end = tok.i, tok.i
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end])


# ---------------------------------------------------------------- speakers


def _index(doc: Doc, text: str, actors: list[Actor]) -> _Ctx:
    ctx = _Ctx(
        doc, text, actors, paragraph_spans(text), doc.to_array(IDX).tolist(), {}, {a.id: a for a in actors}
    )
    for a in actors:
        for s, e in a.mentions:
            i, j = bisect_left(ctx.tok_starts, s), bisect_left(ctx.tok_starts, e)
            for k in range(i, j):
                ctx.tok_actor.setdefault(k, a)
            if a.type == "person" and i < j:
                _note_person(ctx, a, doc[i:j])
    ctx.persons.sort()
    for aid, (he, she) in ctx.votes.items():
        if he != she:
            ctx.gender.setdefault(aid, "m" if he > she else "f")
    return ctx


def _note_person(ctx: _Ctx, actor: Actor, span: Span) -> None:
    root = span.root
    head = root.head if root.dep_ in ("appos", "compound", "conj") else root
    subj = head.dep_ in SUBJECTS
    level = 2 if subj and head.head.dep_ in ("ROOT", "conj") else int(subj)
    ctx.persons.append((span.start_char, span.start, actor.id, level))
    doc = span.doc
    if subj:
        for t in doc[span.end : span.end + 12]:
            if t.is_sent_start or t.lower_ in MALE or t.lower_ in FEMALE:
                if not t.is_sent_start:
                    votes = ctx.votes.setdefault(actor.id, [0, 0])
                    votes[t.lower_ in FEMALE] += 1
                break
    before = {t.lower_ for t in doc[max(0, span.start - 4) : span.start]}
    after = {t.lower_ for t in doc[span.end : span.end + 4]}
    if (before | after) & MALE_WORDS and not (before | after) & FEMALE_WORDS:
        ctx.gender.setdefault(actor.id, "m")
    elif (before | after) & FEMALE_WORDS and not (before | after) & MALE_WORDS:
        ctx.gender.setdefault(actor.id, "f")
    titles = ctx.titles.setdefault(actor.id, set())
    for t in reversed(doc[max(0, span.start - 4) : span.start]):  # “Secretary of State John Kerry”
        if t.is_punct:
            break
        if t.pos_ in ("PROPN", "NOUN") and t.is_title:
            titles.add(t.lower_)
    for role in actor.roles:
        titles.update(w.lower() for w in role.split())


def _merge_person(ctx: _Ctx, actor: Actor) -> Actor:
    """A one-word person name stands for the fuller name ending in it (Kodmani → Bassma Kodmani)."""
    if actor.type != "person" or " " in actor.name:
        return actor
    for a in ctx.actors:
        if a.type == "person" and a is not actor and a.name.split()[-1] == actor.name and not a.anonymous:
            return a
    return actor


def _add_mention(actor: Actor, span: tuple[int, int]) -> None:
    if span not in actor.mentions:
        actor.mentions.append(span)
        actor.mentions.sort()


def _new_actor(ctx: _Ctx, name: str, kind: str, anonymous: bool, alias: str | None) -> Actor:
    aid = slugify(name)
    actor = ctx.by_id.get(aid)
    if actor is None:
        actor = Actor(id=aid, name=name, type=kind, anonymous=anonymous)
        ctx.actors.append(actor)
        ctx.by_id[aid] = actor
    if alias and alias != name and alias not in actor.aliases:
        actor.aliases.append(alias)
    return actor


def _clause_antecedent(ctx: _Ctx, tok: Token) -> Token | None:
    """The named subject of a clause governing the pronoun (“Kasich says he would …”)."""
    node = tok.head
    for _ in range(4):
        for c in node.children:
            if c.dep_ in SUBJECTS and c.i < tok.i and c.pos_ in ("PROPN", "NOUN") and _nominal(ctx, c):
                return c
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _pronoun(ctx: _Ctx, tok: Token, last: _Speaker | None) -> str | None:
    word = tok.lower_
    para = _para_of(ctx, tok.idx)
    if word in ("he", "she"):
        want = "m" if word == "he" else "f"
        anchor = _clause_antecedent(ctx, tok)
        if anchor is not None:
            actor = _resolve(ctx, anchor, _np_span(anchor), last)
            if actor is not None and actor.type == "person" and ctx.gender.get(actor.id, want) == want:
                ctx.gender.setdefault(actor.id, want)
                return actor.id
        lo = ctx.paras[max(0, para - 2)][0]
        window = ctx.persons[bisect_left(ctx.persons, (lo,)) : bisect_left(ctx.persons, (tok.idx,))]
        cands = [
            c for c in reversed(window) if ctx.gender.get(c[2], want) == want and not _inside_at(ctx, c[0])
        ]
        if len({c[2] for c in cands}) == 1:
            ctx.gender.setdefault(cands[0][2], want)
        for level in (2, 1):  # a main-clause subject of the last sentences, then any subject
            for c in cands:
                if c[3] >= level and tok.i - c[1] < 60:
                    return c[2]
        if cands:
            return cands[0][2]
        if last and last.kind == "person" and last.actor and ctx.gender.get(last.actor, want) == want:
            return last.actor
        return None
    if word in ("they", "it"):  # the organisation or country last named as a subject
        lo = ctx.paras[para][0]
        for t in reversed(ctx.doc[max(0, tok.i - 80) : tok.i]):
            if t.idx < lo:
                break
            actor = ctx.tok_actor.get(t.i)
            if t.dep_ in SUBJECTS and actor is not None and actor.type in ("organization", "country"):
                return actor.id
        if last and last.para >= para - 2:
            return last.actor
    return None


def _para_of(ctx: _Ctx, offset: int) -> int:
    return max(0, bisect_right(ctx.paras, (offset, 1 << 60)) - 1)


def _resolve(ctx: _Ctx, head: Token, span: tuple[int, int], last: _Speaker | None) -> Actor | None:
    doc = ctx.doc
    if head.lower_ in PRONOUNS:
        aid = _pronoun(ctx, head, last)
        return ctx.by_id.get(aid) if aid else None
    actor = ctx.tok_actor.get(head.i)
    if actor is not None:
        return _merge_person(ctx, actor)
    if head.lower_ in NOBODY or head.pos_ in ("PRON", "DET", "NUM", "ADV"):  # “someone shouted”: no actor
        return None
    words = ctx.text[span[0] : span[1]]
    det = doc[bisect_left(ctx.tok_starts, span[0])]
    name = words[len(det.text) :].strip() if det.dep_ == "det" and det.i < head.i else words
    if head.pos_ == "PROPN":
        for a in ctx.actors:
            if a.type == "person" and not a.anonymous and a.name.split()[-1] == head.text:
                return a
        kind = "person" if head.ent_type_ in ("", "PERSON") and head.dep_ != "compound" else "organization"
        if any(t.lower_ in ORG_NOUNS for t in doc[bisect_left(ctx.tok_starts, span[0]) : head.i + 1]):
            kind = "organization"
        return _new_actor(ctx, name, kind, False, None)
    noun = head.lemma_.lower()
    if noun in DOC_NOUNS:  # “Trump’s statement read”, “a tweet by the ministry”: whose words they are
        owner = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        owner += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")
        ]
        if not owner:  # “The ministry issued a statement. … the statement said”
            lo = ctx.paras[max(0, _para_of(ctx, head.idx) - 1)][0]
            for t in reversed(_tokens(ctx, lo, head.idx)):
                if t.lemma_ in ISSUING and any(c.dep_ == "dobj" and c.lemma_ == noun for c in t.children):
                    subj = _dep_subject(ctx, t)
                    owner = [subj] if subj is not None else []
                    break
        return _resolve(ctx, owner[0], _np_span(owner[0]), last) if owner else None
    definite = det.lower_ in ("the", "this", "that") and det.i < head.i
    if definite:
        for a in reversed(ctx.actors):
            if a.anonymous and a.name.lower().split()[-1:] == [head.lower_]:
                return a
        k = bisect_left(ctx.persons, (head.idx,))
        for c in reversed(ctx.persons[max(0, k - 40) : k]):
            if head.lower_ in ctx.titles.get(c[2], ()) or noun in ctx.titles.get(c[2], ()):
                return ctx.by_id[c[2]]
    kind = (
        "person"
        if noun in PERSON_NOUNS or head.lower_ in PERSON_NOUNS
        else ("organization" if noun in ORG_NOUNS else "other")
    )
    actor = _new_actor(ctx, name, kind, kind == "person", f"the {head.lower_}" if kind == "person" else None)
    if head.lower_ in MALE_WORDS or head.lower_ in FEMALE_WORDS:
        ctx.gender.setdefault(actor.id, "m" if head.lower_ in MALE_WORDS else "f")
    return actor


# ---------------------------------------------------------------- quotes


def _attribute(
    ctx: _Ctx, seg: Segment, prev_end: int, next_start: int, direct: bool
) -> tuple[Token | None, Token | None]:
    """The cue token and the subject token of a quote, if the text attributes it."""
    text = ctx.text
    lo, hi = ctx.paras[seg.para]
    opening = seg.open_mark if seg.open_mark is not None else seg.start
    closing = seg.close_mark + 1 if seg.close_mark is not None else seg.end
    b_lo = sentence_start(text, max(lo, prev_end), opening)
    before = _tokens(ctx, b_lo, opening)
    colon = text[b_lo:opening].rstrip().endswith(":")
    if colon:  # the whole introducing sentence, past quoted words inside it
        b_lo = sentence_start(text, lo, opening)
        before = _tokens(ctx, b_lo, opening)
    if not len(before) and seg.para > 0 and opening == lo:
        p_lo, p_hi = ctx.paras[seg.para - 1]
        if text[p_lo:p_hi].rstrip().endswith(":"):
            before, colon = _tokens(ctx, sentence_start(text, p_lo, p_hi - 1), p_hi), True
    q_end = text[seg.end - 1]
    trail = q_end in ",—–-…" or text[closing : closing + 1] == ","
    after = _tokens(ctx, closing, sentence_end(text, closing, min(hi, next_start)))
    first = next((t for t in after if not t.is_punct and not t.is_space), None)
    after_ok = first is not None
    if q_end in ".?!" and first is not None and not first.is_lower:  # the next sentence: “…?” Smith asked.
        after = _tokens(ctx, closing, sentence_end(text, closing + 1, min(hi, next_start)))
        nxt = first.nbor() if first.i + 1 < len(ctx.doc) else first
        after_ok = (
            len(after) <= 10
            or any(_is_cue(t) for t in after[:8])
            or (first.pos_ in ("PROPN", "PRON") and nxt.pos_ == "VERB")
        )
    windows: list[tuple[Span, bool]] = []
    if not direct:
        lead = text[max(lo, opening - 12) : opening].split()[-1:]
        if (
            title_like(text[seg.start : seg.end])
            and lead
            and (lead[0].lower() in TITLE_LEADS or lead[0].endswith(("’s", "'s")))
        ):  # told CNN’s “New Day”, said on “Meet the Press”
            return None, None
        cue = _governing_cue(ctx, seg)
        if cue is not None:
            return cue, _subject(ctx, cue)
        if title_like(text[seg.start : seg.end]):
            return None, None
        if trail and after_ok:
            windows.append((after, True))
        if colon:
            windows.append((before, False))
    else:
        introduced = text[b_lo:opening].rstrip().endswith((",", ":"))  # Johnson continued, “…”
        if after_ok:
            windows.append((after, True))
        windows.insert(0 if introduced and q_end in ".?!" else len(windows), (before, False))
    for window, is_after in windows:
        cue = _window_cue(ctx, window, is_after, colon and not is_after, trail)
        if cue is not None:
            return cue, _subject(ctx, cue, window)
    if direct:
        cue = _governing_cue(ctx, seg)
        if cue is not None:
            return cue, _subject(ctx, cue)
    return None, None


def _reported_before(ctx: _Ctx, lo: int, hi: int) -> tuple[Token, Token] | None:
    """The last speech act told in the reporter's words between ``lo`` and ``hi`` (cue, subject)."""
    for tok in reversed(_tokens(ctx, lo, hi)):
        if (
            (_is_cue(tok) or tok.lemma_ in ("issue", "release"))
            and tok.dep_ in ("ROOT", "conj")
            and not _inside(ctx, tok)
        ):
            subj = _subject(ctx, tok)
            if subj is not None:
                return tok, subj
    return None


def _titled_name(ctx: _Ctx, head: Token) -> tuple[int, int] | None:
    """The name closing a title phrase: “special envoy to Syria Staffan de Mistura” → Staffan de Mistura."""
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ not in PERSON_NOUNS:
        return None
    end = head.right_edge
    if end.pos_ != "PROPN" or end.i - head.i > 8:
        return None
    start = end.i
    while start - 1 > head.i and (
        ctx.doc[start - 1].pos_ == "PROPN" or ctx.doc[start - 1].lower_ in PARTICLES
    ):
        start -= 1
    if end.ent_type_:  # the named entity closing the phrase: “US Ambassador to Germany Richard Grenell”
        first = end.i
        while first > start and ctx.doc[first].ent_iob_ == "I":
            first -= 1
        start = first
    places = {a.name for a in ctx.actors if a.type in ("country", "place")}
    while start < end.i and ctx.doc[start].text in places:
        start += 1
    if end.i - start < 1 or not ctx.doc[start].is_title:
        return None
    return ctx.doc[start].idx, end.idx + len(end)


def _speaker_of(ctx: _Ctx, subj: Token, cue: Token, para: int, last: _Speaker | None) -> _Speaker:
    span = _np_span(subj)
    named = _titled_name(ctx, subj)
    if named is not None:
        span = named
        name = ctx.text[span[0] : span[1]]
        surname = name.split()[-1]
        actor = next((a for a in ctx.actors if a.type == "person" and a.name.split()[-1] == surname), None)
        actor = actor or _new_actor(ctx, name, "person", False, None)
    else:
        actor = _resolve(ctx, subj, span, last)
    if actor is not None and subj.lower_ not in PRONOUNS:
        _add_mention(actor, span)
        if actor.type == "person":
            ctx.persons.insert(bisect_left(ctx.persons, (span[0],)), (span[0], subj.i, actor.id, 2))
    return _Speaker(
        actor.id if actor else None, span, _cue_word(cue), para, actor.type if actor else "person"
    )


def _again(last: _Speaker, para: int, cue: Token | None = None) -> _Speaker:
    return _Speaker(last.actor, last.span, _cue_word(cue) if cue is not None else last.cue, para, last.kind)


def extract_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Quotes of ``doc`` with their speakers; new speakers are appended to ``actors``."""
    text = doc.text
    if not MARKS.search(text):
        return []
    ctx = _index(doc, text, actors)
    segs = find_segments(text, ctx.paras)
    ctx.quoted = [(s.start, s.end) for s in segs]
    quotes: list[Quote] = []
    last: _Speaker | None = None
    prev_run_on = False
    chain: list[Quote] = []  # quotes of a multi-paragraph quote still waiting for their speaker
    for n, seg in enumerate(segs):
        lo, hi = ctx.paras[seg.para]
        prev_end = segs[n - 1].end + 1 if n and segs[n - 1].para == seg.para else lo
        next_start = segs[n + 1].start - 1 if n + 1 < len(segs) and segs[n + 1].para == seg.para else hi
        direct = is_direct(text, seg, lo, hi)
        cue, subj = _attribute(ctx, seg, prev_end, next_start, direct)
        recent = last is not None and last.para >= seg.para - 1
        speaker: _Speaker | None = None
        if subj is not None and cue is not None:
            speaker = _speaker_of(ctx, subj, cue, seg.para, last)
        elif cue is not None:  # “Adding, …”: the speaker of the moment
            if last is not None and recent and (direct or cue.tag_ == "VBG"):
                speaker = _again(last, seg.para, cue)
            elif not direct:
                continue
            else:
                speaker = _Speaker(None, None, _cue_word(cue), seg.para)
        elif not direct and not prev_run_on:
            continue
        elif prev_run_on:
            speaker = _again(last, seg.para) if last is not None and not chain else None
        elif last is not None and last.para >= seg.para - 1:
            speaker = _again(last, seg.para)
        else:
            since = max(segs[n - 1].end if n else 0, ctx.paras[max(0, seg.para - 1)][0])
            told = _reported_before(ctx, since, seg.start)
            if told is not None:
                speaker = _speaker_of(ctx, told[1], told[0], seg.para, last)
            elif last is not None and last.para >= seg.para - 2:
                speaker = _again(last, seg.para)
        quote = Quote(
            text=text[seg.start : seg.end],
            start=seg.start,
            end=seg.end,
            speaker=speaker.actor if speaker else None,
            kind="direct" if direct else "partial",
            cue=speaker.cue if speaker else None,
            speaker_span=speaker.span if speaker else None,
        )
        quotes.append(quote)
        if speaker is not None:
            last = speaker
            for q in chain:  # one speaker for the whole multi-paragraph quote
                q.speaker, q.cue, q.speaker_span = speaker.actor, speaker.cue, speaker.span
            chain = []
        elif seg.runs_on or prev_run_on:
            chain.append(quote)
        if not seg.runs_on:
            chain = []
        prev_run_on = seg.runs_on
    return quotes
