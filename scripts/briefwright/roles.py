"""Roles and titles of people: premodifiers ("Russian Foreign Minister Sergei Lavrov"), appositions
("Andrew Tabler, a Syria expert at ..."), "the X's Y" phrases and copulas ("... was the deputy
commander of ...")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from . import lexicon as lx
from . import role_rules as rr
from .doccache import cap_flags, lowers, sent_ids, sent_of, span_root, span_text, texts, tokens
from .mention_model import Mention
from .role_clauses import copula_role, named_role
from .role_rules import continues_as_list
from .role_text import CLAUSE_STARTS, Role, after_age, role_text

_POSSESSIVES = ("his", "her", "its", "their", "our", "my", "your")


def _possessor_start(doc: Doc, i: int, s: int) -> int:
    """Where the person's name starts whose possessive at or after token ``i`` opens a role before the
    name at ``s`` ("Angela Merkel's spokesman X"); ``i + 1`` when there is none."""
    T = tokens(doc)
    L = lowers(doc)
    k = i if L[i] in ("'s", "’s") else i + 1
    if not (0 < k < s - 1 and L[k] in ("'s", "’s") and T[k - 1].ent_type_ == "PERSON"):
        return i + 1
    j = k - 1
    while j > 0 and T[j].ent_iob_ == "I" and T[j - 1].ent_type_ == "PERSON":
        j -= 1
    return j


def _premodifier_role(doc: Doc, s: int) -> Role | None:
    """ "Russian Foreign Minister Sergei Lavrov" → "Russian Foreign Minister"."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    sids = sent_ids(doc)
    i = s - 1
    paren = s  # where a parenthesised acronym between the title and the name opens
    while i >= 0:
        t = T[i]
        if t.text == ")" and i == s - 1 and i >= 3 and X[i - 2] == "(" and X[i - 1].isupper():
            i -= 3  # "Director of the Federal Bureau of Investigation (FBI) Louis Freeh"
            paren = i + 1
            continue
        of_the = (t.lower_ == "the" and i > 0 and L[i - 1] in ("of", "to") and i < s - 1) or (
            t.lower_ in ("a", "the") and 0 < i < s - 1 and _inside_name(doc, i - 1)
        )  # "Canadians for a Fair Vote director X": the article inside a body's name
        if (
            sids[i] != sids[s]
            or t.text in lx.STOP_ROLE
            or (t.lower_ in ("a", "an", "the", "this", "that") and not of_the)
        ):
            break  # but "President of the United States Donald Trump"
        title_in_name = t.ent_type_ == "PERSON" and (
            t.lower_ in lx.NAME_TITLES or t.lower_ in lx.ROLE_HEADS or t.lower_ in lx.HONORIFICS
        )  # "Crown Prince" inside the model's PERSON span
        ok = (
            t.lower_ in lx.ROLE_HEADS
            or t.lower_ in lx.TITLE_MODIFIERS
            or t.lower_ in lx.NAME_TITLES
            or (t.lower_ in lx.HONORIFICS and i == s - 1)  # "archbishop Monsignor X"
            or of_the
            or t.ent_type_ in ("GPE", "ORG", "NORP", "LOC")
            or lx.key(t.text) in lx.COUNTRY_BY_DEMONYM
            or (t.lower_ in ("of", "to", "for", "at", "and", "'s", "’s", "-") and i < s - 1)
            or (t.lower_ == "in" and 0 < i < s - 1 and X[i - 1] == X[i + 1] == "-")  # "-in-Chief"
            or (t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("compound", "nmod", "amod") and t.head.i >= t.i)
            or (t.is_alpha and t.text[:1].isupper() and any(c.isupper() for c in t.text[1:]) and i < s - 1)
            or (  # "veteran strategist", "real estate mogul"; not "frustrated Secretary of State"
                t.pos_ == "ADJ"
                and t.dep_ == "amod"
                and t.head.i > t.i
                and T[s - 1].is_lower
                and not t.lower_.endswith(("ed", "ing"))
            )
            or (t.pos_ == "NOUN" and t.dep_ == "conj" and i > 0 and L[i - 1] == "and")
            or rr.trade_before_and(doc, i, s)
        )
        if not ok or (t.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL") and not title_in_name):
            if t.ent_type_ == "PERSON" and not title_in_name:
                i = _possessor_start(doc, i, s) - 1  # "Angela Merkel's spokesman X": whose is part of it
            break
        inside_org = (  # "Immigration and Naturalization Service", not "Reno and Immigration …" read as one
            t.ent_type_ == "ORG"
            and t.ent_iob_ == "I"
            and T[i - 1].ent_type_ == "ORG"
            and T[i - 1].ent_iob_ == "B"
        )
        if (
            t.lower_ == "and"
            and i > 0
            and rr.name_before_and(T[i - 1])
            and not (inside_org and not rr.surname_named(doc, i - 1))
        ):
            break  # "both Trump and Democratic front-runner X": the role is X's alone
        i -= 1
    for o in range(
        s - 1, i, -1
    ):  # "fiancée of journalist Jamal Khashoggi", "a donor to Sen. X": another's role
        if (
            L[o] in ("of", "to", "for")
            and (
                any(w in lx.ROLE_HEADS for w in L[o + 1 : s])
                or L[o + 1].rstrip(".")
                in lx.ROLE_HEADS  # "a donor to Sen. X"; not "Speaker of the House Rep."
            )
            and not _inside_name(doc, o)
        ):
            i = o
            break
    if i >= paren - 1 or (i >= 0 and L[i] in ("a", "an")):
        return None  # "challenges for a President Trump": a hypothetical, not a title held
    end = paren
    while end - 1 > i + 1 and L[end - 1] in lx.HONORIFICS:
        end -= 1  # "National Security editor Dr. Sebastian Gorka": the role ends before "Dr."
    role = role_text(doc, i + 1, end, need_head=True)
    if role and i >= 0 and rr.superlative(doc, i):
        return None  # "the most able candidate X argues": a judgement of the one named before
    if role and all(w in lx.HONORIFICS for w in lx.key(role[0]).split()):
        return None
    return role


def _list_role(doc: Doc, s: int, e: int) -> Role | None:
    """ "hedge fund billionaires A, B and C" → each is a "hedge fund billionaire": a plural role before
    a list of names."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    capf = cap_flags(doc)
    k = s - 1
    while k >= 0 and (
        X[k] == ","
        or L[k] in ("and", "of")
        or T[k].ent_type_ == "PERSON"
        or (capf[k] and T[k].tag_ == "NNP" and (T[k].ent_type_ in ("", "ORG", "GPE")))
    ):  # "Presidents Ann Oduya of Kenya and Tom Reyes of Peru"
        if capf[k] and (
            lx.key(X[k]) in lx.NAME_TITLES or (L[k].endswith("s") and L[k][:-1] in lx.ROLE_HEADS)
        ):
            break  # a title: "Representatives A, B and C"
        k -= 1
    word = L[k] if k >= 0 else ""
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if (
        not word.endswith("s")
        or one not in lx.ROLE_HEADS
        or T[k].ent_type_ not in ("", "ORG")
        or not capf[k + 1]
    ):
        return None
    j = k
    while j >= 2 and X[j - 1] in ("-", "‐") and not T[j - 1].whitespace_ and not T[j - 2].whitespace_:
        j -= 2  # "front-runners A and B": each a "front-runner"
    while (
        j > 0
        and k - j < 3
        and T[j - 1].pos_ in ("NOUN", "ADJ", "PROPN")
        and T[j - 1].ent_type_ in ("", "NORP")
    ):
        j -= 1  # "hedge fund billionaires", "Republican senators"
    last = X[k][: len(one)] if not word.endswith("ies") else X[k][:-3] + "y"
    text = (span_text(doc, j, k) + (" " if T[k - 1].whitespace_ else "") if j < k else "") + last
    if e + 1 < len(doc) and L[e] == "of" and T[e + 1].ent_type_ == "GPE" and capf[k]:
        g = e + 1
        while g + 1 < len(doc) and T[g + 1].ent_type_ == "GPE" and T[g + 1].ent_iob_ == "I":
            g += 1
        text += " of " + span_text(doc, e + 1, g + 1)  # "Presidents A of Kenya and B of Peru": of each's
    return text, j, k + 1


def _apposition_role(doc: Doc, s: int, e: int, fronted: bool = False) -> Role | None:
    """ "Andrew Tabler, a Syria expert at …," and "The Italian foreign minister, Luigi Di Maio,"; with
    ``fronted``, only the one before the name (a name may have both: "The front-runner, X, a regular …,")."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    according = s >= 2 and L[s - 1] == "to" and L[s - 2] == "according"
    e = after_age(doc, rr.after_home(doc, e))
    owner = _possessor(doc, e + 1)  # "X, Kessler's campaign manager,"
    after = not fronted and e + 1 < len(doc) and X[e] == ","
    if after and (T[e + 1].ent_type_ != "PERSON" or owner) and not according:
        first = T[e + 1]
        if (
            first.lower_ in ("a", "an", "the")
            or first.lower_ in lx.ROLE_HEADS
            or owner
            or (first.lower_ == "one" and e + 2 < len(doc) and L[e + 2] == "of")  # "one of the lawyers"
            or _named_title(doc, e + 1)
            or (first.lower_ in lx.TITLE_MODIFIERS and any(w in lx.ROLE_HEADS for w in L[e + 2 : e + 4]))
            or (first.pos_ == "ADJ" and e + 2 < len(doc) and L[e + 2] in lx.KIN)  # "X, younger brother of"
            or first.tag_ == "PRP$"
            or (first.ent_type_ in ("GPE", "NORP") and e + 2 < len(doc) and L[e + 2] in ("'s", "’s"))
        ):
            j = e + 1
            if first.lower_ in ("a", "an", "the"):
                j = _past_coordinate_adjectives(doc, e + 2) - 1  # "the brusque, outspoken governor of …"
            while (
                j < len(doc)
                and j - e <= 20
                and X[j] not in lx.STOP_ROLE
                and not T[j].is_space  # a paragraph break after "Inc." ends the apposition
                and not _unsplit_sentence(doc, j)
                and sent_ids(doc)[j] == sent_ids(doc)[e]
                and L[j] not in CLAUSE_STARTS
                and L[j] not in ("said", "says", "told")
                and not (T[j].pos_ in ("VERB", "AUX") and T[j].dep_ in ("ROOT", "auxpass", "aux"))
                and not _reduced_clause(T[j])
            ):
                if (
                    T[j].ent_type_ == "PERSON"
                    and L[j - 1].rstrip(".") in lx.ROLE_HEADS
                    and not any(t.pos_ == "ADP" or t.lower_ in ("'s", "’s") for t in T[e + 1 : j])
                ):
                    return None  # "for X, former president Bill Y said": Y's title, not X's role
                j += 1
            verb = j < len(doc) and (
                (T[j].pos_ in ("VERB", "AUX") and T[j].dep_ in ("ROOT", "auxpass", "aux"))
                or _reduced_clause(T[j])
            )
            s2 = _past_coordinate_adjectives(doc, e + 2) if first.lower_ in ("a", "an", "the") else e + 1
            if any(L[k] in ("other", "others") and L[k - 1] in ("and", "or") for k in range(s2, j)):
                return None  # "from X, the relatives and other exiles": a list, not X's role
            if first.lower_ == "one" and _plural_role(T[j - 1]):
                return role_text(doc, s2, j)
            if continues_as_list(doc, j):
                return None  # "X, the boy's aunt, his brother, two cousins and a nurse": a list
            if span_root(doc, s, e).dep_ == "pobj" and doc[s2:j].root.dep_ in ("nsubj", "nsubjpass"):
                return None  # "To X, the mayor's blank stare told …": the subject after a fronted phrase
            if (
                j > s2
                and (
                    j >= len(doc)
                    or X[j] in lx.STOP_ROLE
                    or T[j].is_space
                    or _unsplit_sentence(doc, j)
                    or L[j] in CLAUSE_STARTS
                    or verb
                )
                and (
                    doc[e + 1 : j].root.pos_ in ("NOUN", "PROPN")
                    or any(T[k].pos_ == "NOUN" and L[k] in lx.ROLE_HEADS for k in range(s2, j))
                    or (first.lower_ in ("a", "an") and T[j - 1].pos_ == "NOUN")  # "an obstetrician and …"
                )
            ):
                if first.tag_ == "PRP$" or owner:  # "his brother", not "X, his supporters and everyone …"
                    found = role_text(doc, s2, j, need_head=True)
                else:
                    found = role_text(doc, s2, j, noun_ok=doc[s2:j].root.pos_ == "NOUN")
                if found is not None:
                    return found  # else "Tom's father, X, his family and …": the role before the name
    t = s
    while t > 2 and X[t - 1][:1].isupper() and lx.key(X[t - 1]) in lx.NAME_TITLES:
        t -= 1  # "his father, Sultan Said bin Taimur.": the title that opens the name
    if t < s and X[t - 1] == "," and any(L[k] in lx.KIN | lx.RELATIONS for k in range(max(0, t - 4), t - 1)):
        s = t
    if s >= 2 and X[s - 1] == "," and (e >= len(doc) or X[e] in (",", ".") or _speech_verb_after(doc, e)):
        if (fronted := _sentence_subject_role(doc, s)) is not None:
            return fronted
        i = s - 2
        while (
            i >= 0
            and X[i] not in lx.STOP_ROLE
            and (
                T[i].pos_ in ("ADJ", "NOUN", "PROPN", "DET", "PART")
                or L[i] in ("of", "for", "to", "in")  # "Tom's mother in Lisbon, X,"
                or _in_hyphened_word(doc, i)  # "his great-uncle, X,", "Ann's 58-year-old brother, X,"
                or (T[i].like_num and len(X[i]) == 4 and X[i].isdigit())  # "the party's 2012 nominee, X,"
                or (T[i].tag_ == "VBN" and T[i].dep_ == "amod" and T[i].head.i > i)  # "the hated general, X,"
                or (
                    L[i] == "and" and i + 1 < s - 1 and _title_word(T[i + 1])
                )  # "X expert and former Y official"
                or (L[i] == "and" and 0 < i < s - 2 and X[i - 1].istitle() and X[i + 1].istitle())
            )  # "the Police and Crime Commissioner", "the Trade and Industry Secretary"; "… for Kent, X,"
            and L[i] not in ("a", "an")
            and (
                T[i].ent_type_ != "PERSON"
                or (i > 1 and L[i - 1] in ("for", "of") and L[i - 2] in lx.TITLE_HEADS)
            )
        ):
            opener = L[i] in ("another", "this")  # "this year's host, X,"
            if opener or (L[i] == "the" and not (i > 0 and L[i - 1] in ("of", "for", "to"))):
                break  # but "the president of the Teachers' Union, X,": the body's own article
            i -= 1
        heads = (k for k in range(s - 2, i, -1) if L[k] in lx.ROLE_HEADS)
        head = next((k for k in heads if not rr.title_in_thing_name(doc, k, s - 1)), None)
        i = rr.past_deed(doc, i, head)  # "the Oct. 23 killing of the doctor, X,": the doctor
        sent_start = i < 0 or sent_ids(doc)[i] != sent_ids(doc)[s]
        if (
            head is not None
            and all(
                T[k].pos_ == "PROPN"
                or L[k] in ("of", "for", "to", "in", "'s", "’s")
                or (L[k] == "the" and L[k - 1] in ("of", "for", "to"))
                or (T[k].pos_ in ("ADJ", "NOUN") and "the" in L[head + 1 : k])  # "of the regional assembly"
                for k in range(head + 1, s - 1)
            )
            and (
                sent_start
                or L[i] in ("the", "a", "an", "another", "this", *_POSSESSIVES)
                or X[i] in lx.STOP_ROLE
            )
        ):
            return role_text(doc, i + 1, s - 1)  # "The bank's chairman, X,", "Its chief executive, X,"
        if head is not None and L[i] in ("'s", "’s") and T[i].ent_type_ == "PERSON" and head > i:
            i -= 1  # "Donald Trump’s campaign manager, X,": the model's person span holds the "’s"
        kin_of = head is not None and head >= i + 2 and L[i + 1] in ("'s", "’s")
        if kin_of and T[i].ent_type_ == "PERSON":
            k = i
            while k > 0 and T[k].ent_iob_ == "I":
                k -= 1  # "Dunn's mother, Charlotte Charles," → "Dunn's mother"
            text = _AGE.sub("", span_text(doc, k, s - 1))  # "Ann's 58-year-old brother" → "Ann's brother"
            return text, k, s - 1  # "Carter's press secretary, Peter Cook,"
    return None


def _unsplit_sentence(doc: Doc, j: int) -> bool:
    """An honorific after a word with a full stop opens a sentence the model did not split ("… dealer
    Fraser Lyle Ltd. Mr. Dubois said …")."""
    X, L = texts(doc), lowers(doc)
    return (
        j > 0 and L[j] in lx.HONORIFICS and X[j][:1].isupper() and len(X[j - 1]) > 1 and X[j - 1][-1] == "."
    )


def _inside_name(doc: Doc, o: int) -> bool:
    """The "for" at ``o`` joins the capitalised words of a name ("Canadians for a Fair Vote")."""
    X, L = texts(doc), lowers(doc)
    k = o + 1
    while k < len(doc) and L[k] in ("a", "the"):
        k += 1
    return L[o] == "for" and o > 0 and X[o - 1][:1].isupper() and k < len(doc) and X[k][:1].isupper()


_AGE = re.compile(r"\b\d+-year-old\s+")


def _in_hyphened_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen inside a written word or a number before one ("great-uncle", "58-year-old")."""
    T, X = tokens(doc), texts(doc)
    if X[i] in ("-", "‐"):
        return i > 0 and not T[i].whitespace_ and not T[i - 1].whitespace_
    return T[i].pos_ == "NUM" and not T[i].whitespace_ and i + 1 < len(doc) and X[i + 1] in ("-", "‐")


def _past_coordinate_adjectives(doc: Doc, a: int) -> int:
    """ "the brusque, take-a-back-seat-to-no-one governor of New Jersey" → where "governor" starts: words
    that describe the person, set off by commas before the title, are no part of it."""
    T = tokens(doc)
    X = texts(doc)
    k, seen = a, False
    while True:
        w = k  # one written word: tokens with no space between them ("take-a-back-seat")
        while w < len(doc) and X[w] != "," and (w == k or not T[w - 1].whitespace_):
            w += 1
        if w == k or w >= len(doc):
            break
        word = T[k:w]
        adjective = (
            word[-1].pos_ == "ADJ"
            or (len(word) > 2 and any(x.text in ("-", "‐") for x in word))
            or (len(word) == 1 and word[0].is_lower and word[0].pos_ == "NOUN" and X[w] == ",")  # mistagged
        )
        if not adjective or any(x.lower_ in lx.ROLE_HEADS or x.ent_type_ for x in word):
            break
        if X[w] == ",":
            k, seen = w + 1, True
            continue
        if seen and T[w].pos_ == "NOUN" and T[w].lower_ in lx.ROLE_HEADS:
            return w  # the last of the adjectives, before the title
        break
    return k if seen and T[k].lower_ in lx.ROLE_HEADS else a


_PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN", "DET", "ADP", "PART", "NUM", "CCONJ"})
_SPEECH_AFTER = frozenset({"said", "says", "told", "added", "wrote", "stated", "explained"})


def _speech_verb_after(doc: Doc, e: int) -> bool:
    """ "A member of the council, Ana Ruiz said …": the name set off by one comma only, a speech verb next."""
    return e < len(doc) and lowers(doc)[e] in _SPEECH_AFTER


def _title_word(t: Token) -> bool:
    """A word that opens a second title after "and": "former", "deputy", "Danish", "police"."""
    return (
        t.lower_ in lx.TITLE_MODIFIERS or t.lower_ in lx.ROLE_HEADS or t.ent_type_ in ("NORP", "ORG", "GPE")
    )


def _sentence_subject_role(doc: Doc, s: int) -> Role | None:
    """ "The head of the police inquiry in Mombasa, Karl Oduya, said …": a title phrase opening the
    sentence, the name set off after it."""
    T = tokens(doc)
    L = lowers(doc)
    k = sent_of(T[s]).start
    if L[k] != "the" or s - 1 - k < 2:
        return None
    h = k + 1
    while h < s - 1 and T[h].pos_ == "ADJ" and h - k <= 2:
        h += 1
    if L[h] not in lx.ROLE_HEADS or not T[h].is_lower:
        return None
    if any(t.pos_ not in _PHRASE_POS and t.text not in ("-", "'s", "’s") for t in T[k + 1 : s - 1]):
        return None
    return role_text(doc, k + 1, s - 1)


def _possessor(doc: Doc, i: int) -> bool:
    """A name in the possessive opens what follows: "Kessler's", "the Daily Ledger's"."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    k = i
    while k < len(doc) and k - i < 4 and X[k][:1].isupper() and T[k].ent_type_:
        k += 1
    return i < k < len(doc) and L[k] in ("'s", "’s")


def _named_title(doc: Doc, i: int) -> bool:
    """ "X, Moldovan National Assembly president,": capitalised words naming a body or a country, then a
    title word in lower case."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    k = i
    while k < len(doc) and k - i < 5 and X[k][:1].isupper() and T[k].ent_type_ not in ("PERSON", ""):
        k += 1
    return i < k < len(doc) and L[k] in lx.ROLE_HEADS and T[k].is_lower


def _plural_role(t: Token) -> bool:
    """ "attorneys", "deputies": a title word in the plural."""
    w = t.lower_
    return (w.endswith("ies") and w[:-3] + "y" in lx.ROLE_HEADS) or (
        w.endswith("s") and w[:-1] in lx.ROLE_HEADS
    )


def _reduced_clause(t: Token) -> bool:
    """ "the former minister bidding to …", "a lawyer based in …": a participle clause ends the role; so
    does "by the time …" and a subordinate clause ("… when she …")."""
    if t.pos_ == "SCONJ" or (
        t.lower_ == "by" and [x.lower_ for x in t.doc[t.i + 1 : t.i + 3]] == ["the", "time"]
    ):
        return True
    if t.tag_ == "TO" and t.i + 1 < len(t.doc) and t.nbor(1).tag_ == "VB":
        return True  # "… bidding to make history": an infinitive clause
    if t.text.endswith("ing") and t.i + 2 < len(t.doc) and t.nbor(1).tag_ == "TO" and t.nbor(2).tag_ == "VB":
        return t.lower_ not in lx.ROLE_HEADS  # "bidding to …" taken for a noun
    return (
        t.tag_ in ("VBG", "VBN") and t.dep_ in ("acl", "relcl", "advcl") and t.i > 0 and t.nbor(-1).is_lower
    )


def _counterpart_role(doc: Doc, s: int) -> Role | None:
    """ "Egyptian foreign minister X and his Greek and French counterparts, Y and Z" → Y is "Greek foreign
    minister", Z "French foreign minister"."""
    T = tokens(doc)
    L, X = lowers(doc), texts(doc)
    sent = sent_of(T[s])
    cp = next(
        (
            t.i
            for t in T[sent.start : s]
            if t.lower_ in ("counterpart", "counterparts") and t.i + 1 < s and X[t.i + 1] == ","
        ),
        None,
    )
    if cp is None:
        return None
    items: list[tuple[int, int]] = []
    start = cp + 2
    for t in T[cp + 2 : sent.end]:
        if t.text == "," or t.lower_ == "and":
            if t.i > start:
                items.append((start, t.i))
            start = t.i + 1
            if t.text == "," and t.i + 1 < sent.end and not is_name(T[t.i + 1]) and L[t.i + 1] != "and":
                break
        elif not is_name(t):
            if t.i > start:
                items.append((start, t.i))
            break
    pos = next((k for k, (a, b) in enumerate(items) if a <= s < b), None)
    own = cp - 1
    while own >= sent.start and (lx.key(X[own]) in lx.COUNTRY_BY_DEMONYM or L[own] in (",", "and")):
        own -= 1
    demonyms = [t for t in T[own + 1 : cp] if lx.key(t.text) in lx.COUNTRY_BY_DEMONYM]
    if pos is None or len(demonyms) != len(items) or own < sent.start or T[own].tag_ != "PRP$":
        return None
    holder = next(
        (
            k
            for k in range(own - 1, sent.start - 1, -1)
            if T[k].ent_type_ == "PERSON" and T[k].ent_iob_ == "B"
        ),
        None,
    )
    title = _premodifier_role(doc, holder) if holder is not None else None
    if title is None:
        return None
    words = [t for t in T[title[1] : title[2]] if lx.key(t.text) not in lx.COUNTRY_BY_DEMONYM]
    if not words:
        return None
    return f"{demonyms[pos].text} {' '.join(t.text for t in words)}", demonyms[pos].i, demonyms[pos].i + 1


def is_name(t: Token) -> bool:
    return (
        t.ent_type_ in ("PERSON", "ORG")
        or (t.text[:1].isupper() and t.pos_ == "PROPN")
        or t.text in ("-", "‐")
    )


def _of_place(doc: Doc, role: Role, e: int) -> Role:
    """ "President Hassan Rouhani of Iran" → "President of Iran": a title before the name, its place after."""
    T = tokens(doc)
    L = lowers(doc)
    text, s, end = role
    if e + 1 >= len(doc) or L[e] != "of" or L[end - 1] not in lx.ROLE_HEADS:
        return role
    k = e + 1
    if L[k] == "the":
        k += 1
    if k >= len(doc) or T[k].ent_type_ not in ("GPE", "ORG", "NORP") or T[k].ent_iob_ == "O":
        return role
    stop = k + 1
    while stop < len(doc) and T[stop].ent_iob_ == "I" and T[stop].ent_type_ == T[k].ent_type_:
        stop += 1
    if any(t.ent_type_ == "GPE" or lx.key(t.text) in lx.COUNTRY_BY_DEMONYM for t in T[s:end]):
        return role  # "Iranian President X of …": the place is already said
    return f"{text} {span_text(doc, e, stop)}", s, stop


# Words of a company officer's titles, held together ("president and chief executive officer"): one post.
_EXECUTIVE = frozenset(
    "chief executive officer operating financial ceo president chairman chairwoman".split()
)


def _split_role(doc: Doc, role: Role) -> list[Role]:
    """ "FBI agent and terrorism specialist" → two roles, when each part has its own title word."""
    T = tokens(doc)
    L = lowers(doc)
    _, s, e = role
    # (end of a part, start of the next): "and" drops out; "challenger former Vice President" and
    # "AU chairperson President of Egypt" are two roles told one after the other
    cuts = [  # not "daughter of A and B": "and" inside what follows "of"
        (t.i, t.i + 1)
        for t in T[s:e]
        if t.lower_ == "and"
        and (not any(x.lower_ in ("of", "to", "for") for x in T[s : t.i]) or rr.title_opens(doc, t.i + 1))
        and not all(x.lower_ in _EXECUTIVE for x in T[t.i + 1 : e])  # "chairman and chief executive"
    ]
    for k in range(s + 1, e):
        prev, t = T[k - 1], T[k]
        if (
            prev.lower_ in lx.ROLE_HEADS
            and prev.lower_ not in lx.TITLE_MODIFIERS
            and (prev.pos_ != "ADJ" or prev.lower_ == "hopeful")  # "fellow Sen.": one title
            and (
                t.lower_ in ("former", "then", "ex")
                or (
                    prev.is_lower
                    and t.is_title
                    and (
                        t.lower_.rstrip(".") in lx.ROLE_HEADS
                        or t.lower_ in lx.TITLE_MODIFIERS
                        or any(x.lower_.rstrip(".") in lx.ROLE_HEADS for x in T[k + 1 : e])
                    )
                )
            )
        ):
            cuts.append((k, k))
    cuts.sort()
    parts = list(zip([s] + [c[1] for c in cuts], [c[0] for c in cuts] + [e], strict=True))
    if len(parts) < 2 or not all(any(w.rstrip(".") in lx.ROLE_HEADS for w in L[a:b]) for a, b in parts):
        return [role]  # "candidate Sen." is two: "Sen." is a title
    return [r for a, b in parts if (r := role_text(doc, a, b, noun_ok=True))]


def roles_of(doc: Doc, mentions: list[Mention], name: str = "") -> list[Role]:
    """The roles named around the mentions of one person, most specific first, without repeats; none that
    holds the person's own ``name`` ("daughter of A and B" is no role of B's)."""
    found: list[Role] = []
    for m in sorted(mentions, key=lambda m: m.start):
        pre = (
            _premodifier_role(doc, m.start)
            or rr.descriptor_role(doc, m.start, m.end)
            or rr.party_role(doc, m.start)
        )
        appos = _apposition_role(doc, m.start, m.end) or rr.bare_apposition(doc, m.start, m.end)
        for whole in (
            _of_place(doc, pre, m.end) if pre else None,
            rr.parenthesised_role(doc, m.start, m.end),
            appos,
            _apposition_role(doc, m.start, m.end, fronted=True) if appos else None,
            copula_role(doc, m.start, m.end),
            rr.serving_role(doc, m.start, m.end),
            rr.agent_role(doc, m.start, m.end),
            rr.clause_copula_role(doc, m.start, m.end),
            rr.appointed_role(doc, m.start, m.end),
            named_role(doc, m.start),
            _counterpart_role(doc, m.start),
            _list_role(doc, m.start, m.end),
            rr.plural_title_role(doc, m.start, m.end),
        ):
            parts = rr.comma_parts(doc, rr.kin_owner(doc, whole, (m.start, m.end))) if whole else []
            for role in (r for part in parts for r in _split_role(doc, part)):
                if lx.key(role[0]) not in {lx.key(r[0]) for r in found}:
                    found.append(role)
    own = lx.key(name)
    found = [r for r in found if not own or own not in lx.key(r[0])]
    keys = [lx.key(r[0]) for r in found]
    return [
        r
        for r, k in zip(found, keys, strict=True)
        if not any(k != o and re.search(rf"\b{re.escape(k)}\b", o) for o in keys)
    ]
