"""The syntax of a quote's attribution: the subject of a cue, the noun phrase that names a speaker,
whether a word can speak; and the per-document context (``Ctx``) the speaker resolution reads.

Split from ``quote_speakers``, which turns these mentions into actors."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .model import Actor
from .quote_words import (
    DOC_NOUNS,
    NAMING,
    NOBODY,
    NOT_SPEAKERS,
    NP_LEFT,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    QUANTITIES,
    SOME_OF,
    SUBJECTS,
    TEXT_NOUNS,
)


@dataclass
class Speaker:
    """Who speaks a quote: the actor, the mention naming it, the cue, and where."""

    actor: str | None
    span: tuple[int, int] | None
    cue: str | None
    para: int
    kind: str = "person"


@dataclass
class Ctx:
    """One document's indexes: token offsets, actor of each mention token, persons in order."""

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


def tokens(ctx: Ctx, lo: int, hi: int) -> Span:
    i = bisect_left(ctx.tok_starts, lo)
    j = bisect_left(ctx.tok_starts, hi)
    return ctx.doc[i:j]


def inside_at(ctx: Ctx, offset: int) -> bool:
    k = bisect_right(ctx.quoted, (offset, 1 << 60)) - 1
    return k >= 0 and ctx.quoted[k][0] <= offset < ctx.quoted[k][1]


def inside(ctx: Ctx, tok: Token) -> bool:
    return inside_at(ctx, tok.idx)


def quantity_of(tok: Token) -> Token | None:
    """The people a quantity counts: “thousands of women”, “some of the fighters” → the noun after “of”."""
    words = {tok.lower_, tok.lemma_.lower()}
    if not words & (QUANTITIES | SOME_OF) or tok.i + 2 >= len(tok.doc) or tok.nbor().lower_ != "of":
        return None
    group = next((c for c in tok.nbor().children if c.dep_ == "pobj"), None)
    return group if group is not None and group.pos_ in ("NOUN", "PROPN", "PRON") else None


def nominal(ctx: Ctx, tok: Token) -> bool:
    return (
        tok.pos_ in ("PROPN", "NOUN", "PRON", "NUM")
        and (
            tok.ent_type_ not in NOT_SPEAKERS
            or tok.lower_ == "old"
            or tok.head.lower_ == "old"
            or quantity_of(tok) is not None  # “thousands of women marched”
        )
        and tok.lower_ not in ("there", "that", "this", "what", "which", "who")
        and any(ch.isalnum() for ch in tok.text)  # not the “.” of “No. 12” taken for a noun
        and not inside(ctx, tok)
    )


def _unparen(tok: Token) -> Token:
    """The name a parenthesis follows: “Sen. Elizabeth Warren (D-MA)” → Warren."""
    left = tok.left_edge.i
    if left >= 2 and tok.doc[left - 1].text == "(" and tok.doc[left - 2].pos_ == "PROPN":
        return tok.doc[left - 2]
    return tok


def known_as(tok: Token) -> bool:
    """“known as a …”, “known for its …”: what people call someone, a naming like “called”."""
    return (
        tok.lemma_ == "know"
        and tok.tag_ == "VBN"
        and any(c.dep_ == "prep" and c.lower_ in ("as", "for") for c in tok.children)
    )


def naming(tok: Token) -> bool:
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_ == "call" and any(  # “called for the release of …”, “called on …”: a demand, no name
        c.i == tok.i + 1 and c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "upon", "off", "out")
        for c in tok.children
    ):
        return False
    return tok.lemma_ in NAMING or known_as(tok)


def _object_before_name(tok: Token) -> bool:
    """“… called the exiles “criminals””: who is named stands between the verb and the quoted name;
    a participle (“a group called “X””) names its own noun, so this is a finite verb misparsed."""
    for t in tok.doc[tok.i + 1 : tok.i + 7]:
        if t.is_quote:
            return False
        if t.pos_ in ("NOUN", "PRON") and t.dep_ not in ("compound", "poss", "pobj"):
            return any(q.is_quote for q in t.doc[t.i + 1 : t.i + 3])
    return False


def naming_participle(tok: Token) -> bool:
    """“what is typically called …”: a naming nobody says (but “called … by its residents” has a namer)."""
    return (
        naming(tok)
        and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "acl"))  # “a treaty called …”
        and not any(c.dep_ in ("aux", "nsubj", "agent") for c in tok.children)
        and not (tok.tag_ == "VBD" and any(c.dep_ == "dobj" for c in tok.children))  # “… called it “X””
        and not _object_before_name(tok)
        and _agent(tok) is None
    )


def _agent(v: Token) -> Token | None:
    """Who acts in a passive: “called … by the residents” → residents."""
    by = [a for a in v.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by" and naming(v))]
    if not by and naming(v):  # “labeled “X” and “Y” by the rebels”: the parse hangs “by” on the last name
        names = [c for c in v.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp")]
        names += [g for c in names for g in c.conjuncts]
        by = [a for c in names for a in c.children if a.dep_ == "prep" and a.lower_ == "by"]
    return next((g for a in by for g in a.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)


def dep_subject(ctx: Ctx, tok: Token) -> Token | None:
    if naming_participle(tok):  # “what is typically called …”: nobody speaks
        return None
    if tok.lower_ == "according":
        to = tok.nbor()
        objs = [c for c in list(to.children) + list(tok.children) if c.dep_ == "pobj"]
        return objs[0] if objs else None
    quoted = _quoted_as_saying(tok)
    if quoted is not None:
        return quoted
    lo, hi = ctx.paras[para_of(ctx, tok.idx)]
    v = tok
    for _ in range(5):
        named = _misparsed_subject(ctx, v)
        if named is not None:
            return named
        if v is tok and naming(tok) and _agent(tok) is not None:  # “a town called “X” by its people”
            return _agent(tok)
        for c in sorted(v.children, key=lambda c: abs(c.i - v.i)):
            if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return v.head
            if c.dep_ == "nsubj" and nominal(ctx, c):
                if v.tag_ == "VBG" and v.dep_ == "advcl" and not can_speak(ctx, c):
                    continue  # “Saying “…” (Spanish language: …), X added”: a misparse; X says it
                return _unparen(c)
            if c.dep_ == "nsubj" and c.ent_type_ in NOT_SPEAKERS:  # “2:40 p.m. Trump’s manager says”
                named = [a for a in c.children if a.dep_ == "appos" and nominal(ctx, a)]
                if named:
                    return named[0]
            if c.dep_ == "nsubjpass" and _agent(v) is not None:
                return _agent(v)
        if v.tag_ == "VBG" and v.dep_ in ("acl", "advcl"):
            owner = _saying_owner(ctx, v)  # “a tweet by X saying …”, “X's letter saying …”
            if owner is not None:
                return owner
        if v.dep_ == "relcl" or (  # “the mayor, who said”, “no different from Bush calling it “voodoo””
            v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ == "PROPN" and v.head.dep_ == "pobj"
        ):  # (not “emailed supporters saying”: a misattached participle)
            return v.head
        if v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "conj", "pcomp"):  # “…, saying”: the main subject
            root = v
            for _ in range(8):
                if root.head.i == root.i or not lo <= root.head.idx < hi:
                    break
                root = root.head
            near = sorted(
                (c for c in v.head.children if c.dep_ == "nsubj" and nominal(ctx, c)),
                key=lambda c: abs(c.i - v.head.i),
            )
            if near and near[0].pos_ != "PROPN" and near[0].lemma_ in PERSON_NOUNS | ORG_NOUNS:
                return near[0]
            subj = [c for c in root.children if c.dep_ == "nsubj" and nominal(ctx, c)]
            if subj:
                first = min(subj, key=lambda c: abs(c.i - root.i))
                if animate(ctx, first):
                    return first
                # “The first clash came …, when workers interrupted him, chanting”: who can chant
                nearer = [t for t in ctx.doc[first.i + 1 : v.i] if t.dep_ == "nsubj" and animate(ctx, t)]
                return nearer[-1] if nearer and nominal(ctx, nearer[-1]) else first
        if (
            v.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "prep", "pobj")
            and v.head.i != v.i
            and lo <= v.head.idx < hi
        ):
            v = _past_a_reported_clause(ctx, v)
        else:
            break
    return None


# What people write or say that a participle then quotes: “a statement from X saying “…””.
_SAYING_NOUNS = DOC_NOUNS | frozenset("comment remark interview speech op-ed column".split())


def _saying_owner(ctx: Ctx, v: Token) -> Token | None:
    """The author of the text a participle quotes: “X's letter saying”, and “a tweet by X saying” when
    the parse hangs the participle, with no comma before it, on the main verb."""
    if v.dep_ == "acl":
        return _document_owner(ctx, v.head) if v.head.lemma_.lower() in _SAYING_NOUNS else None
    prev = v.doc[v.i - 1] if v.i else None
    if prev is None or prev.is_punct:  # “…, saying”: the main subject says it
        return None
    if prev.lemma_.lower() in _SAYING_NOUNS:
        return _document_owner(ctx, prev)
    prep = prev.head if prev.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("by", "from") and nominal(ctx, prev) and prev.pos_ == "PROPN":
        if prep.head.lemma_.lower() in _SAYING_NOUNS or v.doc[prep.i - 1].lemma_.lower() in _SAYING_NOUNS:
            return prev
    return None


def _document_owner(ctx: Ctx, noun: Token) -> Token | None:
    """Who wrote or said ``noun``: “X's letter”, “a statement from X”, “a tweet by X”, “comments X made”."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and nominal(ctx, c):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            author = next((g for g in c.children if g.dep_ == "pobj" and nominal(ctx, g)), None)
            if author is not None and author.pos_ in ("PROPN", "NOUN"):
                return author
        if c.dep_ == "relcl" and c.i > noun.i:
            subj = next((g for g in c.children if g.dep_ == "nsubj" and nominal(ctx, g)), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN"):
                return subj
    return None


def _misparsed_subject(ctx: Ctx, v: Token) -> Token | None:
    """A name just before the verb that the parse did not make its subject: “…,” Trump barked
    (a compound of the verb); “X will brand you a liar and NBC News will accuse you” (a conjunct
    of the object, the verb left without a subject)."""
    if v.pos_ != "VERB" or not v.i or any(c.dep_ in SUBJECTS for c in v.children):
        return None
    doc, i = v.doc, v.i - 1
    if doc[i].head.i == v.i and doc[i].dep_ == "compound":
        named = doc[i]
    elif v.dep_ == "conj":
        while i > 0 and doc[i].pos_ in ("AUX", "PART", "ADV") and v.i - i < 4:
            i -= 1
        named = doc[i] if doc[i].dep_ in ("conj", "appos") and doc[i].head.i != v.i else None
    else:
        return None
    if named is None or named.pos_ != "PROPN" or named.ent_type_ not in ("", "PERSON", "ORG"):
        return None
    return named if nominal(ctx, named) else None


def _quoted_as_saying(tok: Token) -> Token | None:
    """“The agency quoted the minister as saying …”, “X was quoted as saying”: the one quoted speaks."""
    prep = tok.head
    if tok.tag_ != "VBG" or prep.lower_ != "as" or prep.head.lemma_ not in ("quote", "cite"):
        return None
    verb = prep.head
    for dep in ("dobj", "nsubjpass"):
        found = [c for c in verb.children if c.dep_ == dep and c.pos_ in ("PROPN", "NOUN", "PRON")]
        if found:
            return found[0]
    return None


def _past_a_reported_clause(ctx: Ctx, v: Token) -> Token:
    """The verb a conjunct ``v`` hangs from; past a reported clause whose subject cannot speak, the
    verb reporting it (“She told X the mood was calm, and predicted …”: she predicted)."""
    head = v.head
    if v.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i:
        return head
    subj = [c for c in head.children if c.dep_ in SUBJECTS]
    if subj and not can_speak(ctx, subj[0]) and head.head.pos_ == "VERB":
        return head.head
    return head


def can_speak(ctx: Ctx, tok: Token) -> bool:
    """Whether ``tok`` can be who says something: someone (``animate``) or a text (“the report”)."""
    noun = tok.lemma_.lower()
    return animate(ctx, tok) or noun in DOC_NOUNS or noun in TEXT_NOUNS or aged(tok)


def animate(ctx: Ctx, tok: Token) -> bool:
    """Whether ``tok`` can be someone who speaks: a person, group, organisation or a pronoun for one."""
    actor = ctx.tok_actor.get(tok.i)
    if actor is not None:
        return actor.type in ("person", "organization", "country")
    return (
        tok.pos_ == "PROPN"
        or tok.lower_ in PRONOUNS
        or tok.lemma_.lower() in PERSON_NOUNS
        or tok.lower_ in PERSON_NOUNS
        or tok.lemma_.lower() in ORG_NOUNS
    )


def np_span(tok: Token) -> tuple[int, int]:
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
            edge = c.right_edge.i  # up to a clause: “fighters in the war [that ended in 1990]”
            for t in c.subtree:
                if t.dep_ in ("relcl", "acl") and t.i > c.i:
                    edge = min(edge, t.left_edge.i - 1)
            end = max(end, edge)
        elif tok.pos_ == "NOUN" and c.lower_ in SOURCE_LINKS and c.dep_ in ("amod", "acl", "advmod"):
            end = max(end, c.right_edge.i)  # “sources close to the campaign”, “a person familiar with it”
    if end - start > 12:
        start, end = tok.i, tok.i
    doc = tok.doc
    if doc[end].lower_ in NUMBERED and end + 1 < len(doc):  # “Republic Act No. 3846”: the number too
        j = end + 1 + (doc[end + 1].text == "." and end + 2 < len(doc))
        if any(ch.isdigit() for ch in doc[j].text):
            end = j
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > tok.i and (doc[end].is_punct or doc[end].is_space):  # “a resident of the town, who …”
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end])


# What ties an unnamed source to what it knows: part of how the source is named.
SOURCE_LINKS = frozenset("close familiar briefed knowledgeable involved".split())
STATE_VERBS = frozenset("have be do get become seem remain".split())  # verbs that never tell words
NUMBERED = frozenset("no no. nos nos. number".split())  # “Act No. 12”, “Resolution Number 5”


def frame_cue(ctx: Ctx, node: Token, head: Token) -> bool:
    """A verb outside the reporting verbs that reports the quoted words all the same, by its frame:
    its complement clause holds them and its subject can hold a view (“pointed out she had “…””,
    “hopes the deal will end their “…” status”), or its subject is a document (“Reports vary
    between a knife and a “sharp tool””, “the statement blamed “…””)."""
    if head.pos_ != "VERB" or head.lemma_ in STATE_VERBS or inside(ctx, head):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i == node.i or not nominal(ctx, subj):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in subj.children):
        return False  # “why would any sane person believe …”: nobody in particular
    if subj.lemma_.lower() in DOC_NOUNS:
        return True
    to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and any(
        c.dep_ == "dobj" and c.i < node.i for c in head.children
    )  # “envisioned the pipeline to end …”
    return (node.dep_ == "ccomp" or (to_clause and node.dep_ in ("xcomp", "advcl"))) and animate(ctx, subj)


def according_in(ctx: Ctx, head: Token, before: int) -> Token | None:
    """“According to X, “…” is the aim”: the clause holding the quote is told by X."""
    for c in head.children:
        if c.lower_ == "according" and c.i + 1 < len(c.doc) and c.nbor().lower_ == "to":
            if c.idx < before and not inside(ctx, c):
                return c
    return None


def according_source(ctx: Ctx, tok: Token) -> Token | None:
    """The “according to” of the clause around ``tok`` or of a clause above it."""
    for node in (tok, *tok.ancestors):
        for c in node.children:
            if c.lower_ == "according" and c.i + 1 < len(c.doc) and c.nbor().lower_ == "to":
                if not inside(ctx, c):
                    return c
    return None


def para_of(ctx: Ctx, offset: int) -> int:
    return max(0, bisect_right(ctx.paras, (offset, 1 << 60)) - 1)


def aged(head: Token) -> bool:
    """“the 52-year-old”: a person named by age."""
    doc = head.doc
    return head.lower_.endswith("-old") or (
        head.lower_ == "old"
        and head.i >= 2
        and doc[head.i - 1].text == "-"
        and doc[head.i - 2].lower_ == "year"
    )


PARTICLES = frozenset("de da del della di du van von der den la le al el bin ibn abu".split())


def titled_name(ctx: Ctx, head: Token) -> tuple[int, int] | None:
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
    if head.tag_ in ("NNS", "NNPS") or ctx.doc[start - 1].lower_ in PERSON_NOUNS:
        return None  # “supporters of Mayor Ann Lowe”, “an aide to Senator Tom Reed”: another person
    return ctx.doc[start].idx, end.idx + len(end)
