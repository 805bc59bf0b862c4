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

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from .doccache import view
from .model import Actor, Quote
from .quote_kinds import coordinated, handle_speaker, no_words, runs_on_sentences
from .quote_marks import (
    MARKS,
    SAID_WORDS,
    Segment,
    find_segments,
    is_direct,
    paragraph_spans,
    sentence_end,
    sentence_start,
    tex_quotes,
    title_like,
)
from .quote_speakers import add_mention, index, new_actor, resolve
from .quote_syntax import (
    STATE_VERBS,
    Ctx,
    Speaker,
    according_in,
    according_source,
    animate,
    dep_subject,
    frame_cue,
    inside,
    known_as,
    naming,
    naming_participle,
    nominal,
    np_span,
    para_of,
    titled_name,
    tokens,
)
from .quote_words import DOC_NOUNS, ISSUING, NAMING, PERSON_NOUNS, PRONOUNS, SUBJECTS

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
    reflect refer mock ridicule portray depict thank blame grouse gripe""".split()
)

CHANT_NOUNS = frozenset("chant cry shout chorus refrain".split())  # “chants of “…””
# What someone promises or asks for, quoted after the noun: “his promise of “free college””.
PLEDGE_NOUNS = frozenset("promise pledge vow call demand plea appeal warning threat".split())
CLAIM_NOUNS = frozenset("point case argument claim remark statement comment observation".split())
PASSING_ON = ISSUING | frozenset("read quote cite share relay deliver circulate distribute".split())
TITLE_LEADS = frozenset("on in at to from with of for by into onto".split())
TITLE_DEPS = frozenset("oprd dobj attr xcomp ccomp conj ROOT".split())
NAME_VERBS = frozenset("know call name".split())  # what a thing is called, not a coinage (“dubbed”)
PUBLICATIONS = frozenset("daily weekly newspaper paper magazine tabloid".split())
CLAUSE_BREAKS = frozenset("because while although though whereas unless if since when after before".split())
PLACE_PREPS = frozenset("with in at from by during after before since until into through near".split())


# ---------------------------------------------------------------- attribution


def _read_as_noun(tok: Token) -> Token | None:
    """“…,” the opinion read.: the parse takes “opinion read” for a compound noun; the document it names."""
    doc = tok.doc
    if tok.lower_ != "read" or tok.pos_ != "NOUN" or tok.i < 3 or tok.i + 1 >= len(doc):
        return None
    noun = doc[tok.i - 1]
    if noun.dep_ != "compound" or noun.head.i != tok.i or not doc[tok.i + 1].is_punct:
        return None
    return noun if doc[tok.i - 2].pos_ == "DET" and doc[tok.i - 3].is_quote else None


def _is_cue(tok: Token) -> bool:
    if _read_as_noun(tok) is not None:
        return True
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return True
    if tok.pos_ == "PROPN" and tok.lower_ in SAID_WORDS:  # “Stated Stone:”
        return True
    if tok.pos_ == "VERB" and tok.lemma_ == "make":  # "made the point that …", "made the case that …"
        return any(c.dep_ == "dobj" and c.lemma_ in CLAIM_NOUNS for c in tok.children)
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING


def _cue_word(tok: Token) -> str:
    if tok.lower_ == "according":
        return "according to"
    if tok.lemma_.lower() not in REPORTING:  # “pointed out”: the verb and its particle
        prt = [c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1]
        if prt:
            return f"{tok.text} {prt[0].text}"
    return tok.text


def _named_in(tok: Token) -> Token:
    """The person named next to a title head (“Vice President for news Dave Gorab”)."""
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PRON":
        return tok
    for c in tok.rights:
        if any(t.is_quote for t in tok.doc[tok.i + 1 : c.i]):  # “Crowds chanting “Freedom!””: the chant
            break
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.nbor(-1).lower_ in PUBLICATIONS:
            return c  # “the Communist Party daily Granma said”: the paper, not its owner
        if c.dep_ in ("appos", "compound", "npadvmod", "flat", "nmod") and c.ent_type_ == "PERSON":
            return c
        if c.dep_ == "appos" and c.is_title and tok.pos_ == "NOUN" and tok.lemma_ not in PERSON_NOUNS:
            return c
    return tok


def _left_nominal(ctx: Ctx, tok: Token) -> Token | None:
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
    if i >= 0 and doc[i].pos_ == "PROPN" and nominal(ctx, doc[i]) and doc[i].ent_type_ not in ("GPE", "LOC"):
        return doc[i]
    return None


def _document_author(ctx: Ctx, tok: Token) -> Token | None:
    """Whose document the cue passes on: “issued a statement from the minister”, “read the mayor's letter”."""
    if tok.lemma_.lower() not in PASSING_ON:  # “opposed Macron's statement: …” answers it
        return None
    for doc_noun in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in DOC_NOUNS):
        for c in doc_noun.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and nominal(ctx, c):
                return _named_in(c)
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                author = next((g for g in c.children if g.dep_ == "pobj" and nominal(ctx, g)), None)
                if author is not None and author.pos_ in ("PROPN", "NOUN"):
                    return _named_in(author)
    return None


def _passive(tok: Token) -> bool:
    """A passive without its agent: “was told”, “is referred to” (not “was called … by X”)."""
    deps = {c.dep_ for c in tok.children}
    return "nsubjpass" in deps and "agent" not in deps


def _subject(ctx: Ctx, tok: Token, window: Span | None = None) -> Token | None:
    """The token naming who speaks with the cue ``tok``."""
    document = _read_as_noun(tok)
    if document is not None:
        return document
    if naming_participle(tok):  # “items labeled …”: nobody speaks, but a source may tell it
        source = according_source(ctx, tok)
        return _subject(ctx, source) if source is not None else None
    if _passive(tok):  # “He is often referred to as “X””: the subject does not speak; who reports it may
        up = next((a for a in tok.ancestors if _is_cue(a) and not _passive(a)), None)
        if up is None:  # “and, according to the paper, was called the “X” of the region”
            up = according_source(ctx, tok)
        return _subject(ctx, up) if up is not None else None  # “The firm said it was told “…””
    author = _document_author(ctx, tok)
    if author is not None:
        return author
    cand = dep_subject(ctx, tok)
    if cand is not None and nominal(ctx, cand):
        if not _is_cue(tok) and not animate(ctx, cand) and cand.lemma_.lower() not in DOC_NOUNS:
            # “The delay did not surprise the analyst Ann Roe: …”: the one who can speak
            obj = [_named_in(c) for c in tok.children if c.dep_ == "dobj" and nominal(ctx, c)]
            if obj and animate(ctx, obj[0]):
                return obj[0]
        return _named_in(cand)
    left = _left_nominal(ctx, tok)
    if left is not None:
        return left
    if tok.tag_ == "VBG" and tok.is_sent_start:  # “Saying “…” (Spanish: …), Ana Ruiz added”: her words
        depth = 0
        for t in tok.sent:
            depth += (t.text == "(") - (t.text == ")")
            if t.i > tok.i and not depth and t.dep_ == "nsubj" and t.head.pos_ == "VERB":
                if animate(ctx, t) and nominal(ctx, t) and t.head.i > t.i:
                    return _named_in(t)
    if window is None:  # a broken parse: the last subject-like noun of the sentence before the cue
        lo = sentence_start(ctx.text, ctx.paras[para_of(ctx, tok.idx)][0], tok.idx)
        window = tokens(ctx, lo, tok.idx)
        heads = [t for t in window if nominal(ctx, t) and t.dep_ in ("nsubj", "nsubjpass", "appos", "ROOT")]
        if heads:
            return _named_in(heads[-1])
    before = [t for t in window if t.i < tok.i and nominal(ctx, t) and t.dep_ not in ("pobj", "dobj", "poss")]
    after = [
        t for t in window if tok.i < t.i <= tok.i + 3 and t.pos_ in ("PROPN", "NOUN", "PRON", "NUM", "ADJ")
    ]
    for t in before[:1] or after[:1]:  # “…,” Murphy, the head of X, tweeted / “…,” said Tabler
        while t.dep_ in ("compound", "flat", "amod", "nummod", "npadvmod", "poss") and t.head.i > t.i:
            if inside(ctx, t.head) or t.i < tok.i < t.head.i:  # not into the quoted words, not past the cue
                break
            t = t.head
        return _named_in(t)
    return None


def _window_cue(ctx: Ctx, span: Span, after: bool, colon: bool, trail: bool) -> Token | None:
    toks = [t for t in span if not inside(ctx, t) and not t.is_space]
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
        if not after:  # “…,” says Ann Roe, a scholar who has written on it. “…”: not the relative clause
            said = [t for t in cues if t.dep_ not in ("relcl", "acl")] or cues
            own = [t for t in said if not _sourcing_aside(t)]  # X said — as reported by Y — “…”: said
            return (own or said)[-1]
        # “…,” a resident, who asked not to be named, told Reuters: the main verb, not the clause's
        first = next((t for t in cues if t.dep_ not in ("relcl", "acl")), cues[0])
        if trail or toks[0].is_lower or toks.index(first) < 6:
            return first
        return None
    said_like = len(toks) > 1 and toks[0].pos_ in ("PROPN", "PRON") and toks[1].pos_ == "VERB"
    if after and (trail or (toks and toks[0].is_lower) or said_like):  # “…,” Smith quipped / “…!” beamed X
        for t in toks[:4]:
            if t.pos_ == "VERB":  # but not “the show “X,” broadcast on Radio 4”: a participle says nothing
                if t.lemma_ in STATE_VERBS:  # “With the town now “sealed,” the army has …”
                    return None
                return None if t.tag_ == "VBN" and t.i == toks[0].i else t
    elif colon:  # … on Twitter: “I offered…”
        verbs = [t for t in toks if t.pos_ == "VERB"]
        main = [t for t in verbs if t.dep_ in ("ROOT", "conj", "ccomp", "parataxis")]
        return (main or verbs)[-1] if verbs else None
    return None


def _sourcing_aside(t: Token) -> bool:
    """A cue that only says where the words were reported: "as reported by Y", "as quoted in Y"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) and t.tag_ == "VBN"


def _governing_cue(ctx: Ctx, seg: Segment, frames: bool = False) -> Token | None:
    """A reporting verb that governs the quoted words in the parse (not as their subject); with
    ``frames``, a verb that reports them by its frame (``frame_cue``) too."""
    inner = tokens(ctx, seg.start, seg.end)
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
        that_clause = False  # passed a “that” clause the parse hung on a noun: “said in an interview that …”
        for _ in range(8):
            head = node.head
            if head.i == node.i:
                aside = _aside_cue(ctx, node, seg)
                if aside is not None:
                    return aside
                break
            if (node.dep_ in SUBJECTS and _is_cue(head)) or not lo <= head.idx < hi:
                break
            if node is r and node.dep_ == "dobj" and head.pos_ == "VERB" and not _is_cue(head):
                said = [c for c in head.children if c.dep_ == "conj" and c.i > head.i and _is_cue(c)]
                if said and not inside(ctx, said[0]):  # gave its “deepest sympathies” and said …
                    return said[0]
            that_clause |= node.dep_ in ("relcl", "acl") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children
            )
            if (_is_cue(head) or known_as(head) or (frames and frame_cue(ctx, node, head))) and not (
                seg.start <= head.idx < seg.end
            ):
                if node.dep_ == "xcomp" and head.lemma_ in ("continue", "begin", "start"):
                    node = head
                    continue
                if node.dep_ != "prep" or node.lower_ not in PLACE_PREPS or that_clause:
                    return _inner_cue(ctx, head, seg)
                break
            according = according_in(ctx, head, seg.start)
            if according is not None:
                return according
            node = head
    return None


def name_like(ctx: Ctx, seg: Segment) -> bool:
    """Quoted words that are a name, not someone's words: title-like words, with “the” before
    them or inside (“also known as the “Clean Rivers Decree””, “a hall known as “the Commons””);
    a descriptive phrase (“known as a “friend to all””, “called the “breadbasket” of X”) is none."""
    words = ctx.text[seg.start : seg.end].split()
    if words and words[0].lower() == "the":
        words = words[1:]
    before = ctx.text[max(0, (seg.open_mark or seg.start) - 4) : seg.open_mark or seg.start].split()
    return title_like(" ".join(words)) and not (before and before[-1].lower() in ("a", "an"))


def _names_only(ctx: Ctx, seg: Segment) -> bool:
    """A name given by a naming nobody says: “Act No. 12, also known as the “X Law”, states …”
    (quoted titles are quotes only when a reporting construction ties them to a speaker)."""
    if not name_like(ctx, seg):
        return False
    inner = tokens(ctx, seg.start, seg.end)
    roots = [t for t in inner if not (seg.start <= t.head.idx < seg.end) or t.head.i == t.i]
    for r in roots[:2]:
        node = r
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            if naming(node):  # an established name (“known as”, “called”, “named”); “dubbed” coins one
                if node.lemma_ not in NAME_VERBS:
                    return False
                return naming_participle(node) or (_passive(node) and _subject(ctx, node) is None)
    return False


def _aside_cue(ctx: Ctx, root: Token, seg: Segment) -> Token | None:
    """A cue set off in the sentence before the quote: “Rather, Ann Roe said, the firm sees “…””."""
    for c in root.children:
        if c.dep_ == "parataxis" and _is_cue(c) and c.idx < seg.start and not inside(ctx, c):
            if any(g.dep_ in SUBJECTS for g in c.children):
                return c
    return None


def _inner_cue(ctx: Ctx, cue: Token, seg: Segment) -> Token:
    """The speaker's cue, not the source's: in “She said the deal was “dead,” the radio reported”
    the parse hangs the quote on “reported”; the cue before the quote that governs it says it."""
    up = cue.head
    if cue.idx >= seg.end and cue.dep_ == "ccomp" and up.idx < seg.start and _is_cue(up):
        if not inside(ctx, up) and any(c.dep_ in SUBJECTS for c in up.children):
            return up
    return cue


# ---------------------------------------------------------------- quotes


def _attribute(
    ctx: Ctx, seg: Segment, prev_end: int, next_start: int, direct: bool
) -> tuple[Token | None, Token | None]:
    """The cue token and the subject token of a quote, if the text attributes it."""
    text = ctx.text
    lo, hi = ctx.paras[seg.para]
    opening = seg.open_mark if seg.open_mark is not None else seg.start
    closing = seg.close_mark + 1 if seg.close_mark is not None else seg.end
    b_lo = sentence_start(text, max(lo, prev_end), opening)
    before = tokens(ctx, b_lo, opening)
    colon = text[b_lo:opening].rstrip().endswith(":")
    if colon:  # the whole introducing sentence, past quoted words inside it
        b_lo = sentence_start(text, lo, opening)
        before = tokens(ctx, b_lo, opening)
    if not len(before) and seg.para > 0 and opening == lo:
        p_lo, p_hi = ctx.paras[seg.para - 1]
        if text[p_lo:p_hi].rstrip().endswith(":"):
            before, colon = tokens(ctx, sentence_start(text, p_lo, p_hi - 1), p_hi), True
    q_end = text[seg.end - 1]
    trail = q_end in ",—–-…" or text[closing : closing + 1] == ","
    after = tokens(ctx, closing, sentence_end(text, closing, min(hi, next_start)))
    first = next((t for t in after if not t.is_punct and not t.is_space), None)
    after_ok = first is not None
    if q_end in ".?!" and first is not None and not first.is_lower:  # the next sentence: “…?” Smith asked.
        after = tokens(ctx, closing, sentence_end(text, closing + 1, min(hi, next_start)))
        nxt = first.nbor() if first.i + 1 < len(ctx.doc) else first
        after_ok = (
            len(after) <= 10
            or any(_is_cue(t) for t in after[:8])
            or (first.pos_ in ("PROPN", "PRON") and nxt.pos_ == "VERB")
        )
    windows: list[tuple[Span, bool]] = []
    if not direct:
        if _names_only(ctx, seg):
            return None, None
        lead = text[max(lo, opening - 12) : opening].split()[-1:]
        if (
            title_like(text[seg.start : seg.end])
            and lead
            and (lead[0].lower() in TITLE_LEADS or lead[0].endswith(("’s", "'s")))
        ):  # told CNN’s “New Day”, said on “Meet the Press”
            return None, None
        pledged = _pledge_cue(ctx, before)  # “praised his promise of “…””: his words, not the praisers'
        if pledged is not None:
            return pledged
        cue = _governing_cue(ctx, seg)
        if cue is not None:
            return cue, _subject(ctx, cue)
        chant = _chant_cue(ctx, before)
        if chant is not None:
            return chant
        if title_like(text[seg.start : seg.end]):
            return None, None
        opens = not text[lo:opening].rstrip() or text[lo:opening].rstrip()[-1] in ".!?"
        cue_next = first is not None and first.i == after[0].i and _is_cue(first) and first.is_lower
        if after_ok and (trail or (opens and cue_next)):  # “We stand ready” tweeted Ortiz
            windows.append((after, True))
        if colon or (prev_end > lo and len(before) <= 6 and any(_is_cue(t) for t in before)):
            windows.append((before, False))  # “We are ready” wrote Ortiz “to help”: the second half
    else:
        introduced = text[b_lo:opening].rstrip().endswith((",", ":"))  # Johnson continued, “…”
        if after_ok:
            windows.append((after, True))
        lead_in = introduced or text[b_lo:opening].rstrip().endswith(" that")  # said that “…”
        words = [t for t in before if not t.is_punct and not t.is_space]
        said_just_before = introduced and bool(words) and _is_cue(words[-1])  # A yelled, “…,” B laughed
        first_before = lead_in and (q_end in ".?!" or said_just_before)
        windows.insert(0 if first_before else len(windows), (before, False))
    if colon:
        shown = _document_shown(ctx, before)
        if shown is not None:
            return shown, shown
    for window, is_after in windows:
        cue = _window_cue(ctx, window, is_after, colon and not is_after, trail)
        if cue is not None:
            return cue, _subject(ctx, cue, window)
    if direct:
        cue = _governing_cue(ctx, seg) or _governing_cue(ctx, seg, frames=True)
        if cue is not None:
            return cue, _subject(ctx, cue)
        if introduced:  # “Trump, on Twitter, defended his decision, “…”: the clause's subject speaks
            for tok in reversed(before):
                if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj") and not inside(ctx, tok):
                    subj = _subject(ctx, tok)
                    if subj is not None and subj.pos_ in ("PROPN", "PRON", "NOUN"):
                        return tok, subj
    else:  # no reporting verb near: one whose frame reports the words (“pointed out she had “…””)
        cue = _governing_cue(ctx, seg, frames=True)
        if cue is not None:
            return cue, _subject(ctx, cue)
        said = _clause_cue(ctx, before)
        if said is not None:
            return said[0], _subject(ctx, said[1])
    return None, None


def _clause_cue(ctx: Ctx, before: Span) -> tuple[Token, Token] | None:
    """The reporting verb of the quote's own clause when the parse lost the link (“blasted the firm
    for its “…””, “a man yelled “…””, “has long described the mayor as “…””): the last reporting
    verb before the marks, with no finite verb, clause break or quoted words between; (cue, the
    verb whose subject speaks — the auxiliary of a perfect the parse split off)."""
    for t in reversed(before):
        if inside(ctx, t) or t.text in ".!?;:()—–" or t.lower_ in CLAUSE_BREAKS:
            return None
        if t.lemma_.lower() in REPORTING and t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
            if t.tag_ == "VBN" and not any(c.dep_ == "aux" for c in t.children):
                have = [a for a in ctx.doc[max(0, t.i - 5) : t.i] if a.lemma_ == "have" and a.tag_ != "VBN"]
                if have and not inside(ctx, have[-1]):
                    return t, have[-1]
            return None if _passive(t) or naming_participle(t) else (t, t)
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in ("relcl", "advcl"):
            return None
    return None


def _chant_cue(ctx: Ctx, before: Span) -> tuple[Token, Token] | None:
    """Words a crowd chants, named by the noun before them: “responded with chants of “…””,
    “reprised the chant “…””; the subject of the clause that holds the noun chants them."""
    words = [t for t in before if not t.is_punct and not t.is_space]
    if words and words[-1].lower_ == "of":
        words = words[:-1]
    if not words or words[-1].pos_ != "NOUN" or words[-1].lemma_.lower() not in CHANT_NOUNS:
        return None
    node = words[-1]
    for _ in range(3):
        node = node.head
        if node.pos_ == "VERB" and not inside(ctx, node):
            subj = _subject(ctx, node)
            return (words[-1], subj) if subj is not None else None
        if node.head.i == node.i:
            break
    return None


def _pledge_cue(ctx: Ctx, before: Span) -> tuple[Token, Token] | None:
    """Words someone promised or asked for, after a noun that they own: “his promise of “free
    college””, “the governor's call for “calm””; the owner says them."""
    words = [t for t in before if not t.is_punct and not t.is_space]
    while words and words[-1].pos_ in ("DET", "ADJ") and words[-1].head.i > words[-1].i:
        words = words[:-1]  # “her call for a “…””
    if len(words) < 2 or words[-1].lower_ not in ("of", "for"):
        return None
    noun = words[-2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLEDGE_NOUNS or inside(ctx, noun):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return noun, owner


def _document_shown(ctx: Ctx, before: Span) -> Token | None:
    """The document a colon shows when no verb says anything: “this headline from the Post, which
    hits home: “…”” — the headline's words (its author speaks)."""
    words = [t for t in before if not inside(ctx, t)]
    if any(
        _is_cue(t) or (t.pos_ == "VERB" and t.dep_ in ("ROOT", "conj", "ccomp", "parataxis")) for t in words
    ):
        return None
    docs = [t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in DOC_NOUNS and t.dep_ != "compound"]
    return docs[-1] if docs else None


def _reported_before(ctx: Ctx, lo: int, hi: int) -> tuple[Token, Token] | None:
    """The last speech act told in the reporter's words between ``lo`` and ``hi`` (cue, subject)."""
    for tok in reversed(tokens(ctx, lo, hi)):
        if (
            (_is_cue(tok) or tok.lemma_ in ("issue", "release"))
            and tok.dep_ in ("ROOT", "conj")
            and not inside(ctx, tok)
        ):
            subj = _subject(ctx, tok)
            if subj is not None:
                return tok, subj
    return None


def _speaker_of(ctx: Ctx, subj: Token, cue: Token, para: int, last: Speaker | None) -> Speaker:
    span = np_span(subj)
    named = titled_name(ctx, subj)
    if named is not None:
        span = named
        name = ctx.text[span[0] : span[1]]
        surname = name.split()[-1]
        actor = next((a for a in ctx.actors if a.type == "person" and a.name.split()[-1] == surname), None)
        actor = actor or new_actor(ctx, name, "person", False, None)
    else:
        actor = resolve(ctx, subj, span, last)
    if span[0] <= cue.idx < span[1] and cue.i < subj.i:  # “Stated Stone:”: the cue is no part of the name
        span = (ctx.doc[cue.i + 1].idx, span[1])
        actor = next(
            (
                a
                for a in ctx.actors
                if a.type == "person"
                and not a.anonymous
                and a.name.split()[-1] == subj.text
                and cue.text not in a.name
            ),
            actor,
        )
    if actor is not None and subj.lower_ not in PRONOUNS:
        add_mention(actor, span)
        if actor.type == "person":
            ctx.persons.insert(bisect_left(ctx.persons, (span[0],)), (span[0], subj.i, actor.id, 2))
    return Speaker(actor.id if actor else None, span, _cue_word(cue), para, actor.type if actor else "person")


def _again(last: Speaker, para: int, cue: Token | None = None) -> Speaker:
    return Speaker(last.actor, last.span, _cue_word(cue) if cue is not None else last.cue, para, last.kind)


def extract_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    """Quotes of ``doc`` with their speakers; new speakers are appended to ``actors``."""
    source = view(doc).text
    text = tex_quotes(source)
    if not MARKS.search(text):
        return []
    segs = find_segments(text, paragraph_spans(text))
    ctx = index(doc, text, actors, [(s.start, s.end) for s in segs])
    quotes: list[Quote] = []
    last: Speaker | None = None
    prev_run_on = False
    chain: list[Quote] = []  # quotes of a multi-paragraph quote still waiting for their speaker
    for n, seg in enumerate(segs):
        lo, hi = ctx.paras[seg.para]
        prev_end = segs[n - 1].end + 1 if n and segs[n - 1].para == seg.para else lo
        next_start = segs[n + 1].start - 1 if n + 1 < len(segs) and segs[n + 1].para == seg.para else hi
        if no_words(ctx, seg):
            continue
        direct = is_direct(text, seg, lo, hi)
        cue, subj = _attribute(ctx, seg, prev_end, next_start, direct)
        recent = last is not None and last.para >= seg.para - 1
        speaker: Speaker | None = None
        joined = quotes[-1] if quotes and n and quotes[-1].start == segs[n - 1].start else None
        if cue is None and not direct and joined and joined.cue and coordinated(text, segs[n - 1], seg):
            speaker = Speaker(
                joined.speaker, joined.speaker_span, joined.cue, seg.para
            )  # chanting “X” and “Y”
        elif subj is not None and cue is not None:
            speaker = _speaker_of(ctx, subj, cue, seg.para, last)
        elif cue is not None:  # “Adding, …”: the speaker of the moment
            if last is not None and recent and (direct or cue.tag_ == "VBG"):
                speaker = _again(last, seg.para, cue)
            elif not direct and not (_passive(cue) or naming_participle(cue)):
                continue
            else:  # “It is dubbed “X””: words reported, by nobody named
                speaker = Speaker(None, None, _cue_word(cue), seg.para)
        elif not direct and not prev_run_on:
            if not (recent and runs_on_sentences(text, seg)):
                continue
            speaker = _again(last, seg.para)  # its “… flawed. We think …”: whole sentences of the speaker
        elif prev_run_on:
            speaker = _again(last, seg.para) if last is not None and not chain else None
        elif last is not None and last.para >= seg.para - 1:
            # “…,” Susan said as she turned. ¶ “…”: the speaker told last since the previous quote
            told = _reported_before(ctx, segs[n - 1].end, seg.start) if n else None
            if told is not None:
                speaker = _speaker_of(ctx, told[1], told[0], seg.para, last)
            else:
                speaker = _again(last, seg.para)
        else:
            since = max(segs[n - 1].end if n else 0, ctx.paras[max(0, seg.para - 1)][0])
            told = _reported_before(ctx, since, seg.start)
            if told is not None:
                speaker = _speaker_of(ctx, told[1], told[0], seg.para, last)
            elif last is not None and last.para >= seg.para - 2:
                speaker = _again(last, seg.para)
        if speaker is None or speaker.actor is None:
            speaker = handle_speaker(ctx, seg) or speaker
        quote = Quote(
            text=source[seg.start : seg.end],
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
