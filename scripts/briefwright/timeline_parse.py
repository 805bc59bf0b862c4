"""Readings of the parse for the timeline: whom a pronoun stands for, the subject a clause lost in the
parse, a clause the parse misread, and the occasions and when-clauses that make events of their own
(see ``timeline``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .doccache import sent_of
from .timeline_rules import RELATIVE, SUBJECT

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})

PERSONAL = frozenset({"he", "she"})

CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "pcomp", "prep"})

PRONOUN_REACH = 3  # sentences back a "he"/"she" may look for the person it stands for

CHAIN_REACH = 8  # … or further, while each sentence on the way has a "he" or "his" ("she", "her")

HIS = frozenset({"he", "his", "him", "himself"})

HERS = frozenset({"she", "her", "hers", "herself"})

CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "when", "while", "as", "because", "once"})

OCCASIONS = frozenset(
    {"interview", "statement", "release", "conference", "briefing", "speech", "address", "rally", "hearing",
     "letter", "tweet", "post", "broadcast", "appearance", "testimony", "debate", "op-ed", "column", "event"}
)  # fmt: skip

REPORTING = frozenset({"say", "tell", "add", "announce", "state", "report", "claim", "insist", "write"})


def complement_read_as_relative(clause: Token) -> bool:
    """Whether a clause the parse hung on a noun as relative is what a reporting verb says ("said during a
    news conference that he may wait": "that" a conjunction, with a subject of its own)."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.head.lemma_ not in REPORTING:
        return False
    mark = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return mark and any(c.dep_ in SUBJECT and c.lower_ not in RELATIVE for c in clause.children)


def subject_before(verb: Token) -> Token | None:
    """A name the parse made a second member of the clause before (‘“…,” X, 58, told AFP’: "X" a conjunct
    of the quoted verb, "told" another): the name right before the subjectless verb is its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT for c in verb.children):
        return None
    for c in verb.head.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < verb.i:
            between = verb.doc[c.right_edge.i + 1 : verb.i]
            if all(t.is_punct for t in between) and verb.doc[c.i - 1].is_punct:
                return c
    return None


def antecedent(verb: Token) -> Token | None:
    """The named subject of a clause above ``verb`` (for "he said … he would meet …"); only clauses that
    ``verb``'s clause completes or qualifies: in "The remarks echoed ones she made", she is no remark."""
    tok = verb
    verb_pronoun = next((c.lower_ for c in verb.children if c.dep_ in SUBJECT), "")
    for _ in range(6):
        if tok.head is tok or tok.dep_ not in CLAUSAL:
            return None
        tok = tok.head
        for c in tok.children:
            if c.dep_ in SUBJECT and c.lower_ not in PRONOUNS | RELATIVE:
                if verb_pronoun in PERSONAL | {"it"} and c.tag_ in ("NNS", "NNPS"):
                    return None  # "relatives who care for him since he was found": "he" is none of them
                return c
    return None


def person_named(pronoun: Token, people: list[tuple[int, int, str]], genders: dict[str, str]) -> str | None:
    """The one person named last before ``pronoun``: in its sentence, or in the nearest of the
    ``PRONOUN_REACH`` sentences before it that names anyone the pronoun may stand for (a "she" looks past a
    sentence naming only men); of several, the one whose known gender
    (``genders``: name -> "m"/"f") alone fits ("Clinton did not name Trump. But she said …"); else None."""
    want = "f" if pronoun.lower_ in ("she", "her") else "m"
    sent = sent_of(pronoun)
    named = {name for s, e, name in people if sent.start_char <= s and e <= pronoun.idx}
    same = HIS if want == "m" else HERS
    steps = 0
    while not {n for n in named if genders.get(n, want) == want} and sent.start > 0 and steps < CHAIN_REACH:
        if steps >= PRONOUN_REACH and not any(t.lower_ in same for t in sent):
            break  # further back only through a chain of "he"s: "Qaboos ruled. He was known … his health …"
        sent = sent_of(pronoun.doc[sent.start - 1])
        steps += 1
        named = {name for s, e, name in people if sent.start_char <= s < sent.end_char}
    fits = {name for name in named if genders.get(name, want) == want}
    if len(named) > 1 and len(fits) == 1 and all(n in genders for n in named):
        return next(iter(fits))  # every one's gender known, one fits
    if len(fits) > 1 and sent.end <= pronoun.i:  # "X's post put him at the centre of Y's affairs. He …": X
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
            inside = {name for s, e, name in people if lo <= s and e <= hi and genders.get(name) == want}
            if len(inside) == 1 and inside <= fits:  # whose gender is known to fit
                return next(iter(inside))
    return next(iter(named)) if len(named) == 1 and fits else None


def stranded_subject(verb: Token) -> Token | None:
    """The subject a passive clause lost to a preposition in the parse.

    In "X was arrested after Y, mayor of Z, was stabbed", the parser reads "after Y" as a prepositional
    phrase and "was stabbed" as a second verb of the main clause; Y is the one stabbed.
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = not auxes and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ in ("conj", "ccomp")
    if not any(a.dep_ == "auxpass" for a in auxes) and not finite:
        return None  # "… since X, a group, started a series": X started it
    doc, i = verb.doc, min(a.i for a in auxes or [verb]) - 1
    while i > sent_of(verb).start and (doc[i].is_punct or doc[i].dep_ == "appos" or in_appos(doc[i])):
        i -= 1
    tok = doc[i]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound":
        tok = tok.head
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in CLAUSE_PREPS:
        return tok
    return None


def in_appos(tok: Token) -> bool:
    return any(a.dep_ == "appos" for a in tok.ancestors)


def occasion_of(verb: Token, skip: set[int]) -> Token | None:
    """The occasion a reporting verb names when what was said is in quotes ('“…,” X told AFP in an
    interview on Monday', '“…,” X stated in a press release'): the interview, the release — an event of
    that day, told without the quote. None when the verb reports nothing quoted or names no occasion."""
    quoted = any(c.dep_ in ("ccomp", "parataxis") and c.i in skip for c in verb.children)
    if not quoted and not (verb.dep_ == "conj" and verb.head.i in skip):  # "“…,” X told": parsed as "and"
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "on"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.i not in skip and noun.lemma_.lower() in OCCASIONS:
                return noun
    return None


def when_clause(span: Span) -> Token | None:
    """The verb of a when-clause the date heads ("in August, when X threw Y out of a news conference";
    "on Friday, when the embassies were bombed"): a second event of that date."""
    root = span.root
    for c in root.rights:
        if c.dep_ in ("relcl", "advcl") and c.pos_ in ("VERB", "AUX"):
            first = c.left_edge
            if first.lower_ == "when" and first.i > span.end - 1 and first.head.i == c.i and c.lemma_ != "be":
                return c  # not "in 1990, when she was 20": a state
    return None


def object_of(span: Span, verb: Token) -> bool:
    """Whether the date is the object of the event's verb ("marked Monday as a holiday", "spent Saturday
    campaigning", which the parse may read as a noun "Saturday campaigning"): it stays in the statement,
    which is no statement without it."""
    root = span.root
    if root.dep_ == "compound" and root.head.dep_ == "dobj" and verb.lemma_ == "spend":
        root = root.head
    doc = root.doc
    if (
        root.dep_ == "npadvmod"
        and root.head.i == verb.i
        and root.i + 1 < len(doc)
        and doc[root.i + 1].lower_ == "as"
    ):
        return not any(c.dep_ in ("dobj", "auxpass") for c in verb.children)  # "set Friday as the deadline"
    return root.dep_ == "dobj" and root.head.i == verb.i


def opening_participle(verb: Token, subject: Token | None) -> bool:
    """Whether ``verb`` is a past participle opening its sentence, whose subject is that of the clause it
    leads into ("Rescued on May 2 by a trawler, the boy has become …"): a passive event of that subject."""
    return (
        subject is not None
        and subject.lower_ not in PRONOUNS
        and verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < verb.head.i
        and verb.left_edge.i == sent_of(verb).start
        and all(t.pos_ in ("ADV", "PUNCT") for t in verb.doc[sent_of(verb).start : verb.i])
        and not any(c.dep_ in SUBJECT or c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )


def no_event(verb: Token, dates: set[int]) -> bool:
    """Whether the clause of a date states a state of things, no event: the date is what the copula
    describes ("Monday was the deadline", "today is the fifth day of the strike"), or there is nothing
    ("there was no word on Tuesday of any damage")."""
    if verb.lemma_ != "be":
        return False
    before = [c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i]
    if before and all(c.i in dates for c in before):
        return True
    expl = any(c.dep_ == "expl" for c in verb.children)
    return expl and any(
        c.dep_ == "attr" and any(d.lower_ == "no" for d in c.children if d.dep_ == "det")
        for c in verb.children
    )


def them_of(verb: Token, out: set[int]) -> tuple[Token, Token] | None:
    """A "them" object of a clause joined to one whose subject is plural, with that subject ("The relatives
    sued, but a judge ruled against them"): the clause's own subject is not what "them" stands for."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    pron = next((t for t in verb.subtree if t.lower_ == "them" and t.i in out and t.i > verb.i), None)
    group = next((c for c in verb.head.children if c.dep_ in SUBJECT and c.i < verb.head.i), None)
    if pron is None or group is None or group.tag_ not in ("NNS", "NNPS") or group.lower_ in PRONOUNS:
        return None
    own = next((c for c in verb.children if c.dep_ in SUBJECT), None)
    return (pron, group) if own is None or own.tag_ not in ("NNS", "NNPS") else None


def coordinated_verb(verb: Token) -> Token:
    """The verb ``verb`` shares its subject with: the one it depends on, or, for a past tense joined to a
    verb under a modal ("ruled that X must be returned, and set a deadline"), which no past tense can
    share, the verb that one completes (whoever ruled set the deadline)."""
    head = verb.head
    modal = any(c.tag_ == "MD" or c.tag_ == "TO" for c in head.children if c.dep_ == "aux")
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and modal and head.dep_ == "ccomp":
        return head.head
    return head
