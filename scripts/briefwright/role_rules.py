"""More ways a person's role is told, beside those of roles.py: a descriptor that is no title word
("independence hero X", "large holder X"), a title in parentheses ("(Vice President) X"), an apposition
without an article ("X, 46, technical manager,", "X, currently vice president finance,"), a post kept or
held ("X, who will remain as chairman, president and chief executive")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import lexicon as lx
from .doccache import ents as ents_of
from .doccache import lowers, sent_ids, sent_of, span_root, span_text, texts, tokens, view

Role = tuple[str, int, int]  # text, token start, token end (as roles.Role)

# Nouns before a name that describe no one: times and amounts ("this year X" misparsed).
_NOT_DESCRIPTORS = frozenset(
    "year years time times day days week month today tonight people thing things way lot part "
    "morning afternoon evening night name pseudonym alias nickname surname codename title "
    "amp".split()  # "amp": what is left of "&amp;" in text taken from HTML ("Smith amp Jones")
)
# Adverbs of time that may open an apposition ("X, currently vice president finance,").
_TIME_ADVERBS = frozenset("currently now formerly previously also still recently once later then".split())
# Verbs of a post kept or served in ("remain as chairman", "served as ambassador").
_SERVING = frozenset("remain serve continue stay act return sit".split())
_LEAVING = frozenset("resign step quit retire leave depart oust remove fire dismiss replace".split())
_PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADP", "DET", "CCONJ", "PART", "NUM"})


def descriptor_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "independence hero X", "revolutionary icon X", "large holder X", "Kremlin critic X": a lower-case
    noun right before the name, bound to it by the parse, with its modifiers; the title-word rules of
    roles.py have said nothing."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    h = s - 1
    if h < 0 or not _descriptor_noun(T[h]):
        return None
    name_root = span_root(doc, s, e)
    bound = (T[h].dep_ in ("compound", "nmod") and s <= T[h].head.i < e) or (
        name_root.dep_ == "appos" and name_root.head.i == h
    )
    if not bound or (h >= 2 and all(_name_word(T[k]) for k in (h - 2, h - 1))):
        return None  # "Smith Barney amp Jones": a lower-case word inside a name, not a descriptor
    sids = sent_ids(doc)
    i = h - 1
    while i >= 1 and X[i] in ("-", "‐") and not T[i].whitespace_ and not T[i - 1].whitespace_:
        i -= 2  # "great-uncle": the whole word
    while i >= 0 and sids[i] == sids[h] and h - i <= 4:
        t = T[i]
        lower_mod = t.is_lower and t.is_alpha and t.pos_ in ("ADJ", "NOUN") and t.dep_ in ("amod", "compound")
        named_mod = (
            t.text[:1].isupper()
            and t.ent_type_ in ("NORP", "GPE", "ORG")
            or lx.key(t.text) in lx.COUNTRY_BY_DEMONYM
        )
        if not (lower_mod or named_mod) or t.head.i > h or t.lower_.endswith("ing"):
            break
        if i > 0 and X[i - 1] in ("-", "‐") and not T[i - 1].whitespace_:
            break  # "6-year-old Cuban rafter X": "old" belongs to a compound word, not to the role
        i -= 1
    if i >= 0 and L[i] in ("'s", "’s"):
        return None  # "the party's candidate X": whose, said by other rules
    if i >= 0 and superlative(doc, i):
        return None  # "the most able candidate X argues": a judgement of the one named before
    if i >= 0 and T[i].pos_ == "ADP" and name_root.dep_ in ("nsubj", "nsubjpass"):
        return None  # "On live television X said": a fronted phrase before the subject
    return span_text(doc, i + 1, h + 1), i + 1, h + 1


def _name_word(t) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ != "NORP"


def _descriptor_noun(t) -> bool:
    return (
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.is_lower
        and t.is_alpha
        and len(t.text) > 2
        and t.lower_ not in _NOT_DESCRIPTORS
        and not t.ent_type_
    )


# Party names a person is called by before the name ("Democrat Kim Lee", "Republican Ann Fox").
_PARTY_NOUNS = frozenset(
    "democrat republican libertarian conservative labour tory socialist communist".split()
)


def party_role(doc: Doc, s: int) -> Role | None:
    """ "Democrat Kim Lee", "Republican Ann Fox": the party a person belongs to, said right before the name
    in place of a title."""
    T = tokens(doc)
    k = s - 1
    if k < 0 or T[k].lower_ not in _PARTY_NOUNS or not T[k].is_title:
        return None
    if k > 0 and (T[k - 1].is_title and not T[k - 1].is_sent_start or T[k - 1].lower_ in ("'s", "’s")):
        return None  # "House Republican Ann Fox", "the party's Republican …": more than a party
    return span_text(doc, k, s), k, s


def parenthesised_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "(Vice President) X" and "X (foreign minister)": a title alone in parentheses next to the name."""
    T = tokens(doc)
    X = texts(doc)
    spans = []
    if s >= 3 and X[s - 1] == ")":
        k = next((k for k in range(s - 2, max(s - 8, -1), -1) if X[k] == "("), None)
        if k is not None:
            spans.append((k + 1, s - 1))
    if e + 2 < len(doc) and X[e] == "(":
        k = next((k for k in range(e + 1, min(e + 8, len(doc))) if X[k] == ")"), None)
        if k is not None:
            spans.append((e + 1, k))
    for a, b in spans:
        words = T[a:b]
        if (
            b > a
            and all(t.is_alpha and t.ent_type_ != "PERSON" for t in words)
            and any(t.lower_ in lx.ROLE_HEADS for t in words)
            and (words[-1].lower_ in lx.ROLE_HEADS or words[0].lower_ in lx.ROLE_HEADS)
        ):
            return span_text(doc, a, b), a, b
    return None


def bare_apposition(doc: Doc, s: int, e: int) -> Role | None:
    """ "X, 46, international technical manager," and "X, currently vice president finance,": an
    apposition with no article, maybe opened by an adverb of time, made of a title phrase alone."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    if e + 3 < len(doc) and X[e] == "," and T[e + 1].like_num and X[e + 2] == ",":
        e += 2  # "X, 46, …"
    if e + 2 >= len(doc) or X[e] != ",":
        return None
    a = e + 1
    if L[a] in _TIME_ADVERBS:
        a += 1
        if L[a] in ("a", "an", "the"):
            a += 1
    elif L[a] in ("a", "an", "the") or T[a].tag_ == "PRP$":
        return None  # roles.py reads these
    sid = sent_ids(doc)[e]
    b = a
    while b < len(doc) and b - a <= 10 and sent_ids(doc)[b] == sid and X[b] not in lx.STOP_ROLE:
        t = T[b]
        if t.ent_type_ == "PERSON" or t.pos_ not in _PHRASE_POS or t.lower_ in ("who", "which"):
            break
        b += 1
    if b == a or b >= len(doc) or b - a > 10:
        return None
    if not (X[b] in (",", ".", ";", ")") or (T[b].pos_ in ("VERB", "AUX") and T[b].dep_ != "amod")):
        return None
    if T[a].pos_ not in ("ADJ", "NOUN", "PROPN") or T[b - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.lower_.rstrip(".") in lx.ROLE_HEADS and t.pos_ in ("NOUN", "PROPN") for t in T[a:b]):
        return None
    if any(t.pos_ == "CCONJ" and T[t.i + 1].ent_type_ == "PERSON" for t in T[a:b] if t.i + 1 < len(doc)):
        return None
    return span_text(doc, a, b), a, b


def serving_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "X will remain as chairman, president and chief executive", "X, 45, who served as ambassador",
    "As governor of Ohio, X signed …", "a remark X made as a businessman": the post after "as" of a verb
    whose subject is the person: a verb of keeping or serving, or any verb without an object when the
    post is a title word ("X described Y as a traitor" is Y's)."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    root = span_root(doc, s, e)
    k = e
    if k + 3 < len(doc) and X[k] == "," and T[k + 1].like_num and X[k + 2] == ",":
        k += 2
    if k + 1 < len(doc) and X[k] == "," and L[k + 1] == "who":
        root = T[k + 1]
    chosen = root.dep_ == "dobj" and root.head.lemma_ in _CHOOSING  # "the council chose X as the new Sultan"
    if root.dep_ not in ("nsubj", "nsubjpass") and not chosen:
        return None
    verb = root.head
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or not any(t.lower_ in lx.ROLE_HEADS for t in obj.subtree):
        return None
    if chosen and obj.lower_ not in lx.ROLE_HEADS:
        return None  # "picked X as their choice for governor": no post yet
    if verb.lemma_ in _LEAVING:
        return None  # "X resigned as chief executive": a post no longer held
    fronted = prep.i < s and sent_of(prep).start == prep.i  # "As governor in 1990, X was praised"
    if (
        verb.lemma_ not in _SERVING
        and not chosen
        and (
            obj.lower_ not in lx.TITLE_HEADS
            or (root.dep_ != "nsubj" and not fronted)
            and verb.lemma_
            not in ("elect", "appoint", "name", "identify")  # "X was identified as the gunman"
            or (prep.i > verb.i and any(c.dep_ in ("dobj", "oprd", "ccomp", "dative") for c in verb.children))
            or (prep.i > 0 and L[prep.i - 1] in ("such", "well", "so"))
        )
    ):
        return None
    a, b = obj.left_edge.i, obj.right_edge.i + 1
    sid = sent_ids(doc)[obj.i]
    b = next(
        (
            k
            for k in range(a, b)
            if X[k] in lx.STOP_ROLE - {","}
            or sent_ids(doc)[k] != sid
            or T[k].ent_type_ in _WHEN
            or (L[k] == "by" and verb.tag_ == "VBN")  # "identified as the protester by the police"
        ),
        b,
    )
    while b > a and (X[b - 1] in (",", ".") or L[b - 1] in _TRAILING):
        b -= 1
    if T[a].tag_ == "PRP$" or L[a] in ("a", "an", "the"):
        a += 1
    return (span_text(doc, a, b), a, b) if b > a else None


_WHEN = frozenset({"DATE", "TIME"})
# Verbs of giving someone a post, said of the object with "as" ("chose X as chairman").
_CHOOSING = frozenset(
    "choose name appoint elect acknowledge recognize recognise select install confirm nominate designate "
    "proclaim crown hire tap pick".split()
)
_TRAILING = frozenset(
    {"in", "of", "for", "at", "on", "the", "a", "an", "to", "and", "during", "since", "from"}
)


def comma_parts(doc: Doc, role: Role) -> list[Role]:
    """ "chairman, president and chief executive" → "chairman", "president and chief executive": titles
    listed with commas are several posts; each part must hold a title word."""
    T = tokens(doc)
    L = lowers(doc)
    text, s, e = role
    cuts = [t.i for t in T[s:e] if t.text == ","]
    if not cuts:
        return [role]
    parts = list(zip([s] + [c + 1 for c in cuts], cuts + [e], strict=True))
    if not all(any(w in lx.ROLE_HEADS for w in L[a:b]) for a, b in parts):
        return [role]
    return [(span_text(doc, a, b), a, b) for a, b in parts if b > a]


def continues_as_list(doc: Doc, j: int) -> bool:
    """After an apposition ending at ``j`` (a comma): ", his baby brother, a dozen classmates and some
    adults": more noun phrases, then "and" and another, before any verb: the commas made a list, and the
    phrase was one of its items, not a role."""
    T = tokens(doc)
    X = texts(doc)
    if j + 1 >= len(doc) or X[j] != "," or not (T[j + 1].pos_ in ("DET", "NUM") or T[j + 1].tag_ == "PRP$"):
        return False
    sid = sent_ids(doc)[j]
    for k in range(j + 1, min(j + 16, len(doc) - 1)):
        t = T[k]
        if sent_ids(doc)[k] != sid or t.pos_ in ("VERB", "AUX") or t.text in lx.STOP_ROLE - {","}:
            return False
        if t.lower_ == "and" and (T[k + 1].pos_ in ("DET", "NUM") or T[k + 1].tag_ == "PRP$"):
            return True
    return False


# Verbs whose subject holds a post named after them: "X, who heads the bar association," is its head.
# Founding makes a founder for good; the others hold only in the present ("who led" is no current post).
_FOUNDING = {"found": "founder", "co-found": "co-founder", "cofound": "co-founder", "create": "creator"}
_HOLDING = {
    "head": "head", "lead": "leader", "chair": "chair", "run": "head", "own": "owner", "direct": "director",
    "manage": "manager", "edit": "editor", "coach": "coach", "command": "commander", "govern": "governor",
    "publish": "publisher", "host": "host", "represent": "representative",
}  # fmt: skip


def agent_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "X, who founded Acme Corp. in 1990," → "founder of Acme Corp."; "X, who heads the bar association,"
    → "head of the bar association": the post a relative clause on the name tells by its verb."""
    T, X = tokens(doc), texts(doc)
    who = _who(doc, e)
    if who is None:
        return None
    verb = T[who].head
    lemma = verb.lemma_.lower()
    if lemma in _FOUNDING:
        noun = _FOUNDING[lemma]
    elif lemma in _HOLDING and (
        verb.tag_ in ("VBZ", "VBP")
        or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    ):
        noun = _HOLDING[lemma]
    else:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.lower_ in ("it", "them"):
        return None
    a, b = obj.left_edge.i, obj.right_edge.i + 1
    if any(X[k] in (",", ";", "(") for k in range(a, b)) or b - a > 8:
        return None  # a list or a long description: no post to name
    if T[a].tag_ == "PRP$":
        return None  # "who runs his own firm"
    return f"{noun} of {span_text(doc, a, b)}", a, b


def _who(doc: Doc, e: int) -> int | None:
    """The "who" of a relative clause on the name ending at ``e`` ("X, who founded …"), or on the
    apposition after it ("X, the activist who founded …"): the subject of that clause's verb."""
    T, L, X = tokens(doc), lowers(doc), texts(doc)
    if not (e + 2 < len(doc) and X[e] == ","):
        return None
    k = e + 1
    if L[k] in ("a", "an", "the"):
        k += 1
        while k < min(len(doc), e + 9) and L[k] != "who" and X[k] not in lx.STOP_ROLE and T[k].pos_ != "VERB":
            k += 1
        if k >= len(doc) or L[k] != "who" or not e + 1 < T[k].head.head.i < k:
            return None  # the clause must hang on the apposition's noun
    if L[k] != "who" or T[k].dep_ != "nsubj" or T[k].head.dep_ != "relcl":
        return None
    return k


def clause_copula_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "X, the activist who founded Y and is a longtime member of Z," → "longtime member of Z": a copula
    joined to the relative clause on the name."""
    T, L = tokens(doc), lowers(doc)
    who = _who(doc, e)
    if who is None:
        return None
    for v in (c for c in T[who].head.children if c.dep_ == "conj" and c.lemma_ == "be"):
        attr = next((c for c in v.children if c.dep_ == "attr" and c.lower_ in lx.ROLE_HEADS), None)
        if attr is None or any(c.dep_ == "neg" for c in v.children):
            continue
        a, b = attr.left_edge.i, attr.right_edge.i + 1
        while a < attr.i and (L[a] in ("a", "an", "the") or T[a].tag_ == "PRP$"):
            a += 1
        if b - a <= 12 and not any(texts(doc)[k] in lx.STOP_ROLE for k in range(a, b)):
            return span_text(doc, a, b), a, b
    return None


def kin_owner(doc: Doc, role: Role, holder: tuple[int, int] = (0, 0)) -> Role:
    """ "Ann Reed arrived with her husband, Tom Cole," → Tom Cole's role "husband of Ann Reed": a kin word
    after "his"/"her" names whose, when the subject of its clause is a named person other than the
    holder of the role (``holder``: the span of the name; "Tom Cole was his uncle": someone else's)."""
    text, a, b = role
    T = tokens(doc)
    if text.lower() not in lx.KIN or a == 0 or T[a - 1].lower_ not in ("his", "her"):
        return role
    verb, subj = T[a - 1], None
    for _ in range(2):  # "Ann said her son, Tom, was safe": past the clause whose subject is the son
        while verb.dep_ not in ("ROOT", "relcl", "advcl", "ccomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i < a - 1 or verb.dep_ != "ccomp":
            break
        verb = verb.head
    if subj is None or subj.ent_type_ != "PERSON" or subj.i >= a - 1 or holder[0] <= subj.i < holder[1]:
        return role
    s, e = subj.i, subj.i + 1
    while s > 0 and T[s - 1].ent_type_ == "PERSON" and T[s - 1].ent_iob_ != "O" and T[s].ent_iob_ != "B":
        s -= 1
    while e < len(doc) and T[e].ent_type_ == "PERSON" and T[e].ent_iob_ == "I":
        e += 1
    return f"{text} of {span_text(doc, s, e)}", a, b


# Verbs of a post given, said in the passive with the post after them ("X was named chief executive").
_GIVEN = frozenset("name appoint elect promote nominate".split())
# Endings of nouns of a trade ("comedian", "boxer", "pianist", "sculptor"), for a title joined by "and".
_TRADE_ENDINGS = ("ian", "er", "ist", "or", "ant", "ent")


def appointed_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "X was appointed chief executive of the bank", "X was named the team's coach" → that post: the
    subject of a passive verb of giving a post, and the title word after it."""
    T, L, X = tokens(doc), lowers(doc), texts(doc)
    root = span_root(doc, s, e)
    if root.dep_ != "nsubjpass" or root.head.lemma_.lower() not in _GIVEN or root.head.i < e:
        return None
    post = next((c for c in root.head.children if c.dep_ in ("oprd", "attr") and c.i > root.head.i), None)
    if post is None or post.lower_ not in lx.ROLE_HEADS or post.tag_ != "NN":
        return None
    a, b = post.left_edge.i, post.right_edge.i + 1
    sid = sent_ids(doc)[post.i]
    b = next((k for k in range(a, b) if X[k] in lx.STOP_ROLE or sent_ids(doc)[k] != sid), b)
    b = next((k for k in range(post.i, b) if T[k].ent_type_ in _WHEN or T[k].pos_ in ("VERB", "AUX")), b)
    while b > a and (X[b - 1] in (",", ".") or L[b - 1] in _TRAILING):
        b -= 1
    if T[a].tag_ == "PRP$" or T[a].tag_ == "POS" or L[a] in ("a", "an", "the"):
        a += 1
    if a < b and any(T[k].tag_ == "POS" for k in range(a, post.i)):
        return None  # "X was named the team's coach": whose post is told by another word
    return (span_text(doc, a, b), a, b) if b > a and b - a <= 10 else None


def trade_before_and(doc: Doc, i: int, s: int) -> bool:
    """ "comedian" of "English comedian and actor X": a noun of a trade joined by "and" to the title word
    right before the name (not "the rally and actor X": "rally" names no trade)."""
    T, L = tokens(doc), lowers(doc)
    t = T[i]
    return (
        i + 2 < s
        and L[i + 1] == "and"
        and t.tag_ == "NN"
        and t.is_lower
        and (t.lower_ in lx.ROLE_HEADS or t.lower_.endswith(_TRADE_ENDINGS))
        and L[i + 2] in lx.ROLE_HEADS
        and t.ent_type_ == ""
    )


def quoted(doc: Doc, i: int) -> bool:
    """Token ``i`` inside quotation marks opened earlier in its paragraph: someone's words."""
    text, at = view(doc).text, tokens(doc)[i].idx
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def title_opens(doc: Doc, k: int) -> bool:
    """A lower-case title word with its own "of", or a modifier of one, at token ``k``: "founder of the
    Policy Institute and former mayor of Dover" is two posts; "daughter of Ann and Tom Reed", "son of a
    farmer and teacher" one."""
    T = tokens(doc)
    if k + 1 >= len(doc) or not T[k].is_lower:
        return False
    return T[k].lower_ in lx.TITLE_MODIFIERS or (
        T[k].lower_ in lx.ROLE_HEADS and T[k + 1].lower_ in ("of", "at")
    )


def superlative(doc: Doc, i: int) -> bool:
    """Token ``i``, right before a role, is a superlative or an adjective after one ("the best", "the most
    able"): a judgement of someone named before, not a title of the name after."""
    T = tokens(doc)
    return T[i].tag_ in ("JJS", "RBS") or (T[i].pos_ == "ADJ" and i > 0 and T[i - 1].tag_ in ("JJS", "RBS"))


def name_before_and(t: Token) -> bool:
    """A name, not a title word or a party adjective, before "and" ("Trump and …", not "Finance and …")."""
    return (
        t.pos_ == "PROPN"
        and t.lower_.rstrip(".") not in lx.ROLE_HEADS | lx.TITLE_MODIFIERS | lx.NAME_TITLES
        and t.ent_type_ != "NORP"
        and lx.key(t.text) not in lx.COUNTRY_BY_DEMONYM
        and lx.key(t.text) not in lx.COUNTRY_BY_NAME
    )


def surname_named(doc: Doc, i: int) -> bool:
    """Token ``i`` is the last word of a person's name of two words or more in ``doc`` ("Reno" of "Janet
    Reno"), and not inside one here."""
    t = tokens(doc)[i]
    if t.ent_type_ == "PERSON" and t.ent_iob_ == "I":
        return False
    return any(len(x) >= 2 and x[-1].lower_ == t.lower_ for x in ents_of(doc) if x.label_ == "PERSON")


def past_deed(doc: Doc, i: int, head: int | None) -> int:
    """The token before a description set off before a name, moved past "… of the" when what comes before
    the "of" names a deed or a thing, no post ("the Oct. 23 killing of the doctor, X," → "doctor")."""
    if head is None:
        return i
    L = lowers(doc)
    lead = next((k for k in range(i + 1, head) if L[k] == "of"), None)
    if lead is None or L[lead + 1] != "the" or any(title_like(t) for t in tokens(doc)[i + 1 : lead]):
        return i
    return lead + 1


def title_like(t: Token) -> bool:
    """A title word or a name: the start of a post ("president of …", "Teachers' Union"), not a deed or a
    thing ("the killing of the doctor")."""
    return t.lower_.rstrip(".") in lx.ROLE_HEADS or t.pos_ == "PROPN" or t.lower_ in lx.TITLE_MODIFIERS


def title_in_thing_name(doc: Doc, k: int, end: int) -> bool:
    """The title word at ``k`` opens the capitalised name of a thing that runs to ``end`` ("the King James
    Bible", "Queen Elizabeth Hospital"): no one's title."""
    T, L = tokens(doc), lowers(doc)
    last = end - 1
    while last > k and T[last].is_punct:
        last -= 1
    return (
        last > k
        and T[k].text[:1].isupper()
        and all(T[x].text[:1].isupper() for x in range(k + 1, last + 1))
        and L[last] in lx.STRUCTURE_HEADS
    )


def after_home(doc: Doc, e: int) -> int:
    """ "Rep. Ann Lee of Ohio, a farm-state moderate,": the apposition after the place the person is
    from (a place the model tags, followed by a comma), or the body the person works for ("Ann Lee of
    the Daily Ledger, winner of …")."""
    T, L, X = tokens(doc), lowers(doc), texts(doc)
    if e + 2 >= len(doc) or L[e] != "of":
        return e
    if L[e + 1] == "the":  # a body's name, however the model tags it: its capitalised words
        k = e + 2
        while k < len(doc) and T[k].pos_ == "PROPN" and X[k][:1].isupper():
            k += 1
        return k if k > e + 2 and k < len(doc) and X[k] == "," else e
    if T[e + 1].ent_type_ not in ("GPE", "ORG") or T[e + 1].ent_iob_ != "B":
        return e
    kind = T[e + 1].ent_type_
    k = e + 2
    while k < len(doc) and T[k].ent_type_ == kind and T[k].ent_iob_ == "I":
        k += 1
    return k if k < len(doc) and X[k] == "," else e


# Plural abbreviated titles before a list of names ("Sens. A (Ky.) and B (Fla.)"): the title of each.
_PLURAL_TITLES = {"sens.": "Senator", "reps.": "Representative", "govs.": "Governor", "gens.": "General"}


def plural_title_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "Sens. Ann Lee (Ky.) and Bo Diaz (Fla.)" → each a "Senator": the abbreviated plural title that opens
    the list of names holding the one at ``s``, past commas, "and", names and their bracketed states."""
    T, L, X = tokens(doc), lowers(doc), texts(doc)
    k = s - 1
    while k >= 0 and s - k <= 30:
        if L[k] in _PLURAL_TITLES and X[k][:1].isupper():
            return _PLURAL_TITLES[L[k]], k, k + 1
        if X[k] == "." and k > 0 and L[k - 1] + "." in _PLURAL_TITLES and not T[k - 1].whitespace_:
            return _PLURAL_TITLES[L[k - 1] + "."], k - 1, k + 1  # the model's "Sens" "."
        if X[k] == ")":
            o = next((j for j in range(k - 1, max(-1, k - 5), -1) if X[j] == "("), None)
            if o is None:
                return None
            k = o - 1  # "(Ky.)", "(R-Fla.)": the state of the name before
            continue
        if not (X[k] == "," or L[k] == "and" or (T[k].tag_ == "NNP" and X[k][:1].isupper())):
            return None
        k -= 1
    return None
