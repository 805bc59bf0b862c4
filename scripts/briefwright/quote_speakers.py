"""Speakers of quotes: the subject of a cue, the noun phrase that names it, and the actor it is.

A mention becomes an actor: the actor named there (a one-word name standing for the
fuller one), a pronoun resolved to a recent person of matching gender (gender from
honorifics, gendered nouns and the pronouns that follow a person's mentions; main-clause
subjects first), a description matched to an anonymous source or to a title seen before a
name (“the official”, “the president”), the author of a document (“Trump's statement”),
or a new actor (an anonymous source, a name the NER missed).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .articles import slugify
from .model import Actor
from .quote_marks import paragraph_spans
from .quote_words import (  # noqa: F401  (other modules import these from here)
    DOC_NOUNS,
    FEMALE,
    FEMALE_WORDS,
    GROUP_NOUNS,
    ISSUING,
    MALE,
    MALE_WORDS,
    NAMING,
    NOBODY,
    NOT_SPEAKERS,
    NP_LEFT,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    QUANTITIES,
    SOME_OF,
    SUBJECT_GENDER,
    SUBJECTS,
    TEXT_NOUNS,
    TITLE_ABBREVIATIONS,
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
        and not inside(ctx, tok)
    )


def _unparen(tok: Token) -> Token:
    """The name a parenthesis follows: “Sen. Elizabeth Warren (D-MA)” → Warren."""
    left = tok.left_edge.i
    if left >= 2 and tok.doc[left - 1].text == "(" and tok.doc[left - 2].pos_ == "PROPN":
        return tok.doc[left - 2]
    return tok


def naming_participle(tok: Token) -> bool:
    """“what is typically called …”: a naming nobody says (but “called … by its residents” has a namer)."""
    return (
        tok.lemma_ in NAMING
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "nsubj", "agent") for c in tok.children)
    )


def _agent(v: Token) -> Token | None:
    """Who acts in a passive: “called … by the residents” → residents."""
    by = [
        a
        for a in v.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by" and v.lemma_ in NAMING)
    ]
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
        if v is tok and tok.lemma_ in NAMING and _agent(tok) is not None:  # “a town called “X” by its people”
            return _agent(tok)
        for c in sorted(v.children, key=lambda c: abs(c.i - v.i)):
            if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return v.head
            if c.dep_ == "nsubj" and nominal(ctx, c):
                return _unparen(c)
            if c.dep_ == "nsubj" and c.ent_type_ in NOT_SPEAKERS:  # “2:40 p.m. Trump’s manager says”
                named = [a for a in c.children if a.dep_ == "appos" and nominal(ctx, a)]
                if named:
                    return named[0]
            if c.dep_ == "nsubjpass" and _agent(v) is not None:
                return _agent(v)
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
    return animate(ctx, tok) or noun in DOC_NOUNS or noun in TEXT_NOUNS or _age(tok)


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
    if end - start > 12:
        start, end = tok.i, tok.i
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start].idx, doc[end].idx + len(doc[end])


def index(doc: Doc, text: str, actors: list[Actor], quoted: list[tuple[int, int]] | None = None) -> Ctx:
    """The indexes of ``doc``; ``quoted`` (the quotes' spans) keeps pronouns inside quotes out of the
    gender votes (“Ana told them that “he loves you”” says nothing of Ana)."""
    ctx = Ctx(
        doc, text, actors, paragraph_spans(text), doc.to_array(IDX).tolist(), {}, {a.id: a for a in actors}
    )
    ctx.quoted = quoted or []
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


def _note_person(ctx: Ctx, actor: Actor, span: Span) -> None:
    root = span.root
    head = root.head if root.dep_ in ("appos", "compound", "conj") else root
    subj = head.dep_ in SUBJECTS
    level = 2 if subj and head.head.dep_ in ("ROOT", "conj") else int(subj)
    ctx.persons.append((span.start_char, span.start, actor.id, level))
    doc = span.doc
    if subj:
        for t in doc[span.end : span.end + 12]:
            if inside(ctx, t):
                continue
            if (
                t.is_sent_start
                or t.lower_ in SUBJECT_GENDER
                or ((t.lower_ in MALE or t.lower_ in FEMALE) and _clause_verb(t) == head.head)
            ):  # “X stuck to his message”, not “X said the scandal hurt her career”: someone else's
                if not t.is_sent_start:
                    votes = ctx.votes.setdefault(actor.id, [0, 0])
                    votes[t.lower_ in FEMALE] += 1
                break
    near = _attached_words(span)
    before = after = near
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
    titles.update(TITLE_ABBREVIATIONS[w] for w in list(titles) if w in TITLE_ABBREVIATIONS)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause ``tok`` stands in."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _attached_words(span: Span) -> set[str]:
    """Words that describe the person named in ``span``: the title run just before the name
    (“Queen Elizabeth”, “his wife Maria”) and an apposition after a comma (“Lee, a mother of
    two”) — not the words of a neighbouring phrase (“accused Lee of misleading the Queen”)."""
    doc, words = span.doc, set()
    for t in reversed(doc[max(0, span.start - 4) : span.start]):
        if t.pos_ not in ("PROPN", "NOUN", "ADJ"):
            break
        words.add(t.lower_)
    if span.end < len(doc) and doc[span.end].text == ",":
        for t in doc[span.end + 1 : span.end + 6]:
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "ADV"):
                break
            words.add(t.lower_)
    return words


def _merge_person(ctx: Ctx, actor: Actor) -> Actor:
    """A one-word person name stands for the fuller name ending in it (Kodmani → Bassma Kodmani)."""
    if actor.type != "person" or " " in actor.name:
        return actor
    for a in ctx.actors:
        if a.type == "person" and a is not actor and a.name.split()[-1] == actor.name and not a.anonymous:
            return a
    return actor


def add_mention(actor: Actor, span: tuple[int, int]) -> None:
    if span not in actor.mentions:
        actor.mentions.append(span)
        actor.mentions.sort()


def new_actor(ctx: Ctx, name: str, kind: str, anonymous: bool, alias: str | None) -> Actor:
    aid = slugify(name)
    actor = ctx.by_id.get(aid)
    if actor is None:
        actor = Actor(id=aid, name=name, type=kind, anonymous=anonymous)
        ctx.actors.append(actor)
        ctx.by_id[aid] = actor
    if alias and alias != name and alias not in actor.aliases:
        actor.aliases.append(alias)
    return actor


def _clause_antecedent(ctx: Ctx, tok: Token) -> Token | None:
    """The named subject of a clause governing the pronoun (“Kasich says he would …”)."""
    node = tok.head
    for _ in range(4):
        for c in node.children:
            if c.dep_ in SUBJECTS and c.i < tok.i and c.pos_ in ("PROPN", "NOUN") and nominal(ctx, c):
                return c
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _pronoun(ctx: Ctx, tok: Token, last: Speaker | None) -> str | None:
    word = tok.lower_
    para = para_of(ctx, tok.idx)
    if word in ("he", "she"):
        want = "m" if word == "he" else "f"
        anchor = _clause_antecedent(ctx, tok)
        if (
            anchor is not None
            and anchor.tag_ not in ("NNS", "NNPS")
            and anchor.lemma_.lower() not in GROUP_NOUNS
        ):
            actor = resolve(ctx, anchor, np_span(anchor), last)
            if actor is not None and actor.type == "person" and ctx.gender.get(actor.id, want) == want:
                ctx.gender.setdefault(actor.id, want)
                return actor.id
        lo = ctx.paras[max(0, para - 2)][0]
        window = ctx.persons[bisect_left(ctx.persons, (lo,)) : bisect_left(ctx.persons, (tok.idx,))]
        cands = [
            c for c in reversed(window) if ctx.gender.get(c[2], want) == want and not inside_at(ctx, c[0])
        ]
        if len({c[2] for c in cands}) == 1:
            ctx.gender.setdefault(cands[0][2], want)
        for level in (2, 1):  # a main-clause subject of the last sentences, then any subject
            for c in cands:
                if c[3] >= level and _reporter_words(ctx, c[1], tok.i) < 60:
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


def _reporter_words(ctx: Ctx, lo: int, hi: int) -> int:
    """Tokens between two token indexes outside quotations: a long quote before “he said” does not
    push its speaker, named in the sentence before, out of reach."""
    n = 0
    for t in ctx.doc[lo:hi]:
        n += not inside(ctx, t)
        if n >= 60:
            break
    return n


def para_of(ctx: Ctx, offset: int) -> int:
    return max(0, bisect_right(ctx.paras, (offset, 1 << 60)) - 1)


def resolve(ctx: Ctx, head: Token, span: tuple[int, int], last: Speaker | None) -> Actor | None:
    doc = ctx.doc
    if head.lower_ in PRONOUNS:
        aid = _pronoun(ctx, head, last)
        return ctx.by_id.get(aid) if aid else None
    actor = ctx.tok_actor.get(head.i)
    if actor is not None:
        return _merge_person(ctx, actor)
    group = quantity_of(head)
    if group is not None:  # “a number of senators said”, “some of the protesters chanted”
        return resolve(ctx, group, np_span(group), last)
    if head.lower_ in NOBODY or head.pos_ in ("PRON", "DET", "NUM", "ADV"):  # “someone shouted”: no actor
        return None
    named = _appositive_person(ctx, head) or _named_by_clause(ctx, head)
    if named is not None:  # “the director of X, Mariela Belski, said”: the person named beside the title
        return named
    words = ctx.text[span[0] : span[1]]
    det = doc[bisect_left(ctx.tok_starts, span[0])]
    leading = det.i < head.i and (det.dep_ == "det" or det.tag_ == "PRP$")  # “the”, “their supporters”
    name = words[len(det.text) :].strip() if leading else words
    if head.pos_ == "PROPN" or head.is_title:  # “Trump shot back”, “Trump” taken for a noun
        for a in ctx.actors:
            if a.type == "person" and not a.anonymous and a.name.split()[-1] == head.text:
                return a
    if head.pos_ == "PROPN":
        kind = "person" if head.ent_type_ in ("", "PERSON") and head.dep_ != "compound" else "organization"
        named = doc[bisect_left(ctx.tok_starts, span[0]) : head.i + 1]
        if any(t.lower_ in ORG_NOUNS for t in named):
            kind = "organization"
        if any(t.lower_ in lx.NOT_ACTOR_HEADS and t.is_title for t in named):
            kind = "other"  # “Republic Act No. 12 states …”: a law's words, not a person's
        return new_actor(ctx, name, kind, False, None)
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
        owner += [  # “a court document filed by the state attorney”
            g
            for c in head.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")
        ]
        owner += [  # “a Pentagon report”, “the Associated Press report” (not “a Feb. 1 letter”)
            c
            for c in head.children
            if c.dep_ in ("compound", "nmod")
            and c.pos_ == "PROPN"
            and c.right_edge.i == head.i - 1
            and nominal(ctx, c)
        ]
        if not owner:  # “The ministry issued a ruling. … the decision said”: the last document issued
            lo = ctx.paras[max(0, para_of(ctx, head.idx) - 2)][0]
            for t in reversed(tokens(ctx, lo, head.idx)):
                if inside(ctx, t):
                    continue
                if _puts_out(t, noun):
                    subj = dep_subject(ctx, t)
                    owner = [subj] if subj is not None else []
                    break
        return resolve(ctx, owner[0], np_span(owner[0]), last) if owner else None
    definite = det.lower_ in ("the", "this", "that") and det.i < head.i
    if definite and noun in ORG_NOUNS:  # “the party said”: the organisation of that kind named last
        for t in reversed(doc[max(0, head.i - 400) : head.i]):
            a = ctx.tok_actor.get(t.i)
            if a is not None and a.type == "organization" and noun in a.name.lower().split():
                return a
        # “Acme Systems said … The company said”: the organisation named as a subject in the last
        # paragraphs, unless its name says it is another kind (“the Trade Commission” is no company)
        lo = ctx.paras[max(0, para_of(ctx, head.idx) - 2)][0]
        for t in reversed(tokens(ctx, lo, head.idx)):
            a = ctx.tok_actor.get(t.i)
            if a is not None and a.type == "organization" and t.dep_ in SUBJECTS and not inside(ctx, t):
                if not set(a.name.lower().split()) & (ORG_NOUNS - {noun}):
                    return a
                break
    if definite:
        for a in reversed(ctx.actors):
            if a.anonymous and a.name.lower().split()[-1:] == [head.lower_]:
                return a
        k = bisect_left(ctx.persons, (head.idx,))
        # “the Florida senator”: a senator whose titles name Florida too
        places = {t.lower_ for t in doc[det.i + 1 : head.i] if t.pos_ == "PROPN"}
        for c in reversed(ctx.persons[max(0, k - 40) : k]):
            titles = ctx.titles.get(c[2], set())
            if (head.lower_ in titles or noun in titles) and places <= titles:
                return ctx.by_id[c[2]]
    kind = _kind(head)
    if kind is None:  # “his eyes”, “the mood of the talks”, “a campaign hat”: nobody who speaks
        return None
    alias = f"the {head.lower_}" if kind == "person" and not _age(head) else None
    actor = new_actor(ctx, name, kind, kind == "person", alias)
    if head.lower_ in MALE_WORDS or head.lower_ in FEMALE_WORDS:
        ctx.gender.setdefault(actor.id, "m" if head.lower_ in MALE_WORDS else "f")
    return actor


def _kind(head: Token) -> str | None:
    """The actor type a description names, or None when it names nothing that can speak."""
    noun = head.lemma_.lower()
    if _person_noun(noun) or _person_noun(head.lower_) or _age(head):
        return "person"
    if noun in ORG_NOUNS or head.lower_ in ORG_NOUNS:
        return "organization"
    if noun in TEXT_NOUNS or head.lower_ in TEXT_NOUNS:
        return "other"
    return None


def _age(head: Token) -> bool:
    """“the 52-year-old”: a person named by age."""
    doc = head.doc
    return head.lower_.endswith("-old") or (
        head.lower_ == "old"
        and head.i >= 2
        and doc[head.i - 1].text == "-"
        and doc[head.i - 2].lower_ == "year"
    )


def _person_noun(w: str) -> bool:
    """A noun for a person: "official", a title or trade ("nurse", "businessman"), "-ist", "-woman"."""
    if w in ORG_NOUNS or w in DOC_NOUNS:
        return False
    return (
        w in PERSON_NOUNS
        or w in lx.ROLE_HEADS
        or w in lx.STATUS_HEADS
        or (
            len(w) > 5
            and w.endswith(("man", "woman", "person", "ist"))
            and not w.endswith(("playlist", "checklist", "shortlist", "blacklist", "watchlist"))
        )
    )


def _appositive_person(ctx: Ctx, head: Token) -> Actor | None:
    """The named person set off by commas after a descriptive subject (“the director of X, NAME,”)."""
    if head.pos_ != "NOUN":
        return None
    for t in head.subtree:
        if t.dep_ == "appos" and t.i > head.i and ctx.doc[t.left_edge.i - 1].text == ",":
            actor = ctx.tok_actor.get(t.i)
            if actor is not None and actor.type == "person" and not actor.anonymous:
                return actor
    return None


PUBLISHING = frozenset("issue release publish".split())  # what they put out is a document


def _puts_out(t: Token, noun: str) -> bool:
    """Whether the verb ``t`` puts out a document that “the ``noun``” can name later."""
    objs = [c for c in t.children if c.dep_ == "dobj"]
    return (
        (t.pos_ == "VERB" and t.lemma_.lower() == noun)  # “X emailed … The email says”
        or (t.lemma_ in ISSUING and any(c.lemma_ in DOC_NOUNS for c in objs))
        or (t.lemma_ in PUBLISHING and bool(objs))  # “issued a warning … An accompanying statement”
        or (  # “X said in a statement …”
            t.pos_ == "VERB"
            and any(
                c.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() == noun
                for c in t.children
                for g in c.children
            )
        )
    )


NAME_GIVING = NAMING | frozenset("use give go identify".split())


def _through_prep(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs from ``top`` through a preposition other than “by” (“going by the name …”)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ != "by":
            return True
        tok = tok.head
    return False


def _named_by_clause(ctx: Ctx, head: Token) -> Actor | None:
    """The person a clause names: “a student using the pseudonym Leo”, “a nurse named Maria Costa”."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in ORG_NOUNS | DOC_NOUNS:
        return None
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in NAME_GIVING:
            for t in c.subtree:
                actor = ctx.tok_actor.get(t.i)
                if t.i > c.i and t.pos_ == "PROPN" and actor is not None and actor.type == "person":
                    if not _through_prep(t, c):  # not “fighters calling for the release of NAME”
                        return actor
    return None
