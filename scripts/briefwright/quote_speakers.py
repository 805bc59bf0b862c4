"""Speakers of quotes: the subject of a cue, the noun phrase that names it, and the actor it is.

A mention becomes an actor: the actor named there (a one-word name standing for the
fuller one), a pronoun resolved to a recent person of matching gender (gender from
honorifics, gendered nouns and the pronouns that follow a person's mentions; main-clause
subjects first), a description matched to an anonymous source or to a title seen before a
name (“the official”, “the president”), the author of a document (“Trump's statement”),
or a new actor (an anonymous source, a name the NER missed).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from . import lexicon as lx
from .articles import slugify
from .given_names import gender_of
from .model import Actor
from .names import initials, is_acronym
from .quote_marks import paragraph_spans
from .quote_syntax import (
    NUMBERED,
    SOURCE_LINKS,
    Ctx,
    Speaker,
    aged,
    dep_subject,
    inside,
    inside_at,
    nominal,
    np_span,
    para_of,
    quantity_of,
    tokens,
)
from .quote_words import (
    DOC_NOUNS,
    FEMALE,
    FEMALE_WORDS,
    GROUP_NOUNS,
    ISSUING,
    MALE,
    MALE_WORDS,
    NAMING,
    NOBODY,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    RULERS,
    SUBJECT_GENDER,
    SUBJECTS,
    TEXT_NOUNS,
    TITLE_ABBREVIATIONS,
)


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
    for a in actors:  # “Hillary Clinton” is a woman unless the article says otherwise
        if a.type == "person" and (g := gender_of(a.name)):
            ctx.gender.setdefault(a.id, g)
    for aid, (he, she) in ctx.votes.items():
        if he != she:
            ctx.gender.setdefault(aid, "m" if he > she else "f")
    return ctx


def _note_person(ctx: Ctx, actor: Actor, span: Span) -> None:
    root = span.root
    head = root.head if root.dep_ in ("appos", "compound", "conj") else root
    subj = head.dep_ in SUBJECTS
    verb = head.head  # a rare past tense the parse takes for an adjective still heads its clause
    main = verb.dep_ in ("ROOT", "conj") or (verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i > head.i)
    level = 2 if subj and main else int(subj)
    if not subj and _introduced_acting(root):
        level = 2
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


def _introduced_acting(root: Token) -> bool:
    """“…, courtesy of Ana Lee, a delegate who dressed up as…”: a person brought in with an
    apposition whose own clause says what they did is who the next “she said” is about."""
    for appos in root.children:
        if appos.dep_ != "appos":
            continue
        for rel in appos.children:
            if rel.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in rel.children):
                return True
    return False


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
    if ctx.titles.get(actor.id, set()) & RULERS:  # “King Hussein” is a given name: no “Saddam Hussein”
        return actor
    for a in ctx.actors:
        if a.type == "person" and a is not actor and a.name.split()[-1] == actor.name and not a.anonymous:
            return a
    return actor


def add_mention(actor: Actor, span: tuple[int, int]) -> None:
    if span not in actor.mentions:
        actor.mentions.append(span)
        actor.mentions.sort()


def _anonymous_head(name: str) -> list[str]:
    """The noun an unnamed source is named by: “source” of “source familiar with the talks”."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in SOURCE_LINKS), len(words))
    return words[cut - 1 : cut]


def new_actor(ctx: Ctx, name: str, kind: str, anonymous: bool, alias: str | None) -> Actor:
    aid = slugify(name)
    actor = ctx.by_id.get(aid)
    if actor is None and not anonymous:  # “the SEC accused”, a mention the actor pass missed: its actor
        actor = next((a for a in ctx.actors if name in a.aliases and not a.anonymous), None)
    if actor is None and is_acronym(name):  # … or the body whose initials it is
        hits = [a for a in ctx.actors if a.type == "organization" and initials(a.name) == name]
        actor = hits[0] if len(hits) == 1 else None
        alias = name if actor is not None else alias
    if actor is None:
        actor = Actor(id=aid, name=name, type=kind, anonymous=anonymous)
        ctx.actors.append(actor)
        ctx.by_id[aid] = actor
    if alias and alias != actor.name and alias not in actor.aliases:
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
    word = _OWNER_PRONOUNS.get(tok.lower_, tok.lower_) if tok.dep_ == "poss" else tok.lower_
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
        ahead = _cataphora(ctx, tok)
        if ahead is not None and ctx.gender.get(ahead.id, want) == want:
            return ahead.id
        lo = ctx.paras[max(0, para - 2)][0]
        window = ctx.persons[bisect_left(ctx.persons, (lo,)) : bisect_left(ctx.persons, (tok.idx,))]
        cands = [
            c for c in reversed(window) if ctx.gender.get(c[2], want) == want and not inside_at(ctx, c[0])
        ]
        # a “person” the NER names an organisation (“Ann Roe of Wheat, First Securities”) comes last
        cands.sort(key=lambda c: ctx.doc[c[1]].ent_type_ in NOT_PEOPLE)
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
            if actor is None and t.dep_ in SUBJECTS and t.lemma_ in ORG_NOUNS and not inside(ctx, t):
                actor = resolve(ctx, t, np_span(t), last)  # “the company … what it calls “…””
                if actor is not None and actor.anonymous:
                    actor = None
            if t.dep_ in SUBJECTS and actor is not None and actor.type in ("organization", "country"):
                return actor.id
        if last and last.para >= para - 2:
            return last.actor
    return None


SPEAKS_FOR = frozenset("office camp".split())  # who speaks in the name of one person
NOT_PEOPLE = frozenset("ORG GPE NORP FAC LOC PRODUCT".split())


def _cataphora(ctx: Ctx, tok: Token) -> Actor | None:
    """The person a fronted clause's pronoun looks ahead to: “Although he called it “X,” Tom Hale,
    the chairman, forecast …” — the named subject of the main clause after it."""
    clause = tok.head
    if tok.dep_ not in SUBJECTS or clause.dep_ != "advcl" or clause.head.i < clause.i:
        return None
    for c in clause.head.children:
        if c.dep_ in SUBJECTS and c.i > clause.i and c.pos_ == "PROPN":
            actor = ctx.tok_actor.get(c.i)
            if actor is not None and actor.type == "person" and not actor.anonymous:
                return actor
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


# “his promise of “…””: the owner's pronoun stands for the one the subject pronoun would.
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def resolve(ctx: Ctx, head: Token, span: tuple[int, int], last: Speaker | None) -> Actor | None:
    doc = ctx.doc
    if head.lower_ in PRONOUNS or (head.dep_ == "poss" and head.lower_ in _OWNER_PRONOUNS):
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
    if head.lemma_.lower() in SPEAKS_FOR:  # “Erdogan's office”, “the Smith camp”: the person it speaks for
        for c in head.children:
            owner = ctx.tok_actor.get(c.i)
            if c.dep_ in ("poss", "compound") and owner is not None and owner.type == "person":
                if not owner.anonymous:
                    return _merge_person(ctx, owner)
    named = _appositive_person(ctx, head) or _named_by_clause(ctx, head) or _named_body(ctx, head)
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
    qualifiers = _qualifiers(ctx, det, head)
    if definite and noun in ORG_NOUNS:  # “the party said”: the organisation of that kind named last
        for t in reversed(doc[max(0, head.i - 400) : head.i]):
            a = ctx.tok_actor.get(t.i)
            if a is not None and a.type == "organization" and noun in a.name.lower().split():
                return a
            if a is not None and t.dep_ == "compound" and t.head.lemma_.lower() == noun and not qualifiers:
                return a  # “The Daily Ledger newspaper said … The newspaper added”
        # “Acme Systems said … The company said”: the organisation named as a subject in the last
        # paragraphs, unless its name says it is another kind (“the Trade Commission” is no company)
        lo = ctx.paras[max(0, para_of(ctx, head.idx) - 2)][0]
        for t in reversed(tokens(ctx, lo, head.idx)):
            a = ctx.tok_actor.get(t.i)
            if a is not None and a.type == "organization" and t.dep_ in SUBJECTS and not inside(ctx, t):
                if not set(a.name.lower().split()) & (ORG_NOUNS - {noun}) and not qualifiers:
                    return a  # not for “the Canadian government”: the one description names
                break
    if definite and aged(head):  # “the 43-year-old said”: the person named last, outside quotes
        k = bisect_left(ctx.persons, (head.idx,))
        for c in reversed(ctx.persons[max(0, k - 40) : k]):
            if not ctx.by_id[c[2]].anonymous and not inside_at(ctx, c[0]):
                return ctx.by_id[c[2]]
    if definite and (epithet := _epithet(ctx, head, last)) is not None:
        return epithet
    if definite:
        for a in reversed(ctx.actors):
            if a.anonymous and _anonymous_head(a.name) == [head.lower_]:
                return a
        k = bisect_left(ctx.persons, (head.idx,))
        # “the Florida senator”: a senator whose titles name Florida too
        places = {t.lower_ for t in doc[det.i + 1 : head.i] if t.pos_ == "PROPN"} | qualifiers
        for c in reversed(ctx.persons[max(0, k - 40) : k]):
            titles = ctx.titles.get(c[2], set())
            if (head.lower_ in titles or noun in titles) and places <= titles:
                return ctx.by_id[c[2]]
    kind = _kind(head)
    if kind is None:  # “his eyes”, “the mood of the talks”, “a campaign hat”: nobody who speaks
        return None
    if kind == "person" and not definite and (later := _named_after(ctx, head)) is not None:
        return later  # “A retired general said … John Hale, a retired Army general, …”: the one named next
    alias = f"the {head.lower_}" if kind == "person" and not aged(head) else None
    actor = new_actor(ctx, name, kind, kind == "person", alias)
    if head.lower_ in MALE_WORDS or head.lower_ in FEMALE_WORDS:
        ctx.gender.setdefault(actor.id, "m" if head.lower_ in MALE_WORDS else "f")
    return actor


EPITHETS = {"man": "m", "woman": "f"}


def _epithet(ctx: Ctx, head: Token, last: Speaker | None) -> Actor | None:
    """“…,” said the man who built his career on it: the named person who spoke last, not a new
    anonymous man — a definite man or woman described by a clause, right after that person's quotes."""
    want = EPITHETS.get(head.lower_)
    if want is None or last is None or last.kind != "person" or last.actor is None:
        return None
    if not any(c.dep_ == "relcl" for c in head.children):
        return None
    actor = ctx.by_id.get(last.actor)
    if actor is None or actor.anonymous or actor.type != "person" or last.para < para_of(ctx, head.idx) - 1:
        return None
    return actor if ctx.gender.get(actor.id, want) == want else None


def _qualifiers(ctx: Ctx, det: Token, head: Token) -> set[str]:
    """The nationality or place a description names (“the Iraqi ambassador to Greece” → iraqi, greece):
    it describes only an actor named with them."""
    words = {t.lower_ for t in ctx.doc[det.i + 1 : head.i] if t.ent_type_ in ("NORP", "GPE")}
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "in", "from", "for"):
            words |= {g.lower_ for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP")}
    return words


def _kind(head: Token) -> str | None:
    """The actor type a description names, or None when it names nothing that can speak."""
    noun = head.lemma_.lower()
    if head.lower_ in NUMBERED:  # “Decree No. 112 says”: what is numbered is a text
        named = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.is_title]
        return "other" if named else None
    if _person_noun(noun) or _person_noun(head.lower_) or aged(head):
        return "person"
    if noun in ORG_NOUNS or head.lower_ in ORG_NOUNS:
        return "organization"
    if noun in TEXT_NOUNS or head.lower_ in TEXT_NOUNS:
        return "other"
    return None


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
        or (noun == "letter" and t.lemma_ == "write" and any(c.lower_ == "to" for c in t.children))
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


def _named_body(ctx: Ctx, head: Token) -> Actor | None:
    """The body a description of its kind names beside it: “the opposition coalition, known as the
    High Negotiations Committee, said”, “the rebel group, the Free Army, said”."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ORG_NOUNS:
        return None
    doc = ctx.doc
    for c in head.children:
        naming = c.dep_ in ("acl", "relcl") and c.lemma_.lower() in NAME_GIVING | {"know"}
        apposed = c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","
        if c.i < head.i or not (naming or apposed):
            continue
        for t in c.subtree:
            actor = ctx.tok_actor.get(t.i)
            if actor is not None and actor.type == "organization" and not actor.anonymous:
                return actor
    return None


def _named_after(ctx: Ctx, head: Token) -> Actor | None:
    """The person a description speaking before any name is (“Ann Lee’s right-hand woman said …” then
    “Rita Moss, vice chairwoman of the campaign, wrote …”): the next person named outside quotes, in the
    next two sentences, as a subject, not named before, whose title ends in the description's noun."""
    doc = ctx.doc
    noun = head.lower_
    sents = list(doc.sents)
    k = next(n for n, st in enumerate(sents) if st.start <= head.i < st.end)
    limit = sents[min(k + 2, len(sents) - 1)].end_char
    at = bisect_left(ctx.persons, (head.idx + len(head),))
    for start, _, aid, level in ctx.persons[at:]:
        if start >= limit:
            return None
        if inside_at(ctx, start):
            continue
        actor = ctx.by_id[aid]
        if actor.anonymous or min(m0 for m0, _ in actor.mentions) < head.idx:
            return None  # the next person named is one known before: not the description's
        titles = [
            re.split(r"\s+(?:of|for|at|to|in|on|with)\s+", r.lower())[0].split()[-1:] for r in actor.roles
        ]
        if level and len(noun) >= 3 and any(t and t[0].endswith(noun) for t in titles):
            return actor
        return None
    return None
