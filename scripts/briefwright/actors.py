"""Actors: who acts and speaks — people, organisations, countries, places — with roles and other names.

spaCy's named entities are the starting point; general rules for news repair them (names of
organisations, name particles, titles glued onto names), add what the model misses (organisation
names, anonymous sources, acronyms defined in parentheses), then merge every mention of one actor
(surnames, acronyms, spelling variants, demonyms and capitals of countries) into one ``Actor``
whose id is the slug of its canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from . import companies
from . import lexicon as lx
from .actor_names import (
    BRAND_KINDS,
    BUILDINGS,
    EPONYMOUS,
    NUMBERED,
    given_names,
    head_of,
    kind_dropped,
    numbered_initials,
    one_family,
    org_core,
    other_country,
)
from .doccache import lowers, sent_of, span_text, texts, tokens
from .identity import actor_id
from .mentions import Mention, find_mentions
from .model import Actor
from .names import country_key, edit1, initials, is_acronym, shortened, surnames, variant, word_variant, words
from .role_anaphora import described_roles
from .role_lede import lede_roles
from .roles import Role, roles_of


@dataclass
class _Cluster:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # keys of every name form
    country: str | None = None
    anonymous: bool = False
    canonical: str | None = None  # the name the words of a mention fix (a party's)


# ---------------------------------------------------------------- merging mentions into actors


def _cluster(mentions: list[Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    of: dict[int, _Cluster] = {}  # id() of a mention → its cluster

    def add(i: int, c: _Cluster) -> None:
        m = mentions[i]
        c.mentions.append(m)
        c.names.add(lx.key(m.text))
        of[id(m)] = c

    def root(m: Mention) -> Mention:
        seen = set()
        while m.alias_of is not None and id(m) not in seen:
            seen.add(id(m))
            m = m.alias_of
        return m

    order = sorted(
        range(len(mentions)),
        key=lambda i: (mentions[i].alias_of is not None, -len(words(mentions[i].text)), i),
    )
    for i in order:
        m = mentions[i]
        k = lx.key(m.text)
        target: _Cluster | None = None
        if m.alias_of is not None and id(root(m)) in of:
            target = of[id(root(m))]
        elif m.country:
            target = next((c for c in clusters if c.country == m.country), None)
        elif m.canonical:
            target = next((c for c in clusters if c.canonical == m.canonical), None)
        elif m.anonymous and m.text.lower().startswith("the "):
            head = k.split()[-1]
            prior = [
                c
                for c in clusters
                if c.anonymous
                and min(x.start for x in c.mentions) < m.start
                and any(n.split()[-1] == head for n in c.names)
            ]
            target = prior[-1] if prior else None
            if target is None:
                continue  # "the official" with no one introduced before
        else:
            target = _find_cluster(clusters, m, k)
            lone = k in lx.ORG_HEADS or (k.endswith("s") and k[:-1] in lx.ORG_HEADS) or k in lx.GENERIC_BODIES
            if target is None and m.type == "organization" and lone and k not in lx.LONE_BODIES:
                continue  # "Council" of "Order in Council": a generic word alone names no one
        if target is None:
            target = _Cluster(type=m.type, country=m.country, anonymous=m.anonymous, canonical=m.canonical)
            clusters.append(target)
        add(i, target)
    return clusters


def _find_cluster(clusters: list[_Cluster], m: Mention, k: str) -> _Cluster | None:
    exact = [c for c in clusters if k in c.names and not c.anonymous]
    if m.royal:  # "King Hussein" after a plain "Hussein" joined "Saddam Hussein": not that family's
        exact = [
            c
            for c in exact
            if any(x.royal for x in c.mentions)
            or not any(len(words(x.text)) >= 2 and k in surnames(x.text) for x in c.mentions)
        ]
    if exact and not m.royal and all(x.royal for x in exact[0].mentions):
        family = [  # "Hussein" beside "King Hussein" and "Saddam Hussein": of the two, the one named last
            c for c in clusters if c.type == "person" and any(k in surnames(x.text) for x in c.mentions)
        ]
        if family:
            return max(
                exact[:1] + family,
                key=lambda c: max((x.start for x in c.mentions if x.start < m.start), default=-1),
            )
    if not exact and " " in k:
        ck = country_key(k)
        exact = [c for c in clusters if not c.anonymous and ck in {country_key(n) for n in c.names}]
    if exact:
        same = next((x for x in exact[0].mentions if lx.key(x.text) == k and not x.modifier), None)
        if same is not None and not m.strong:
            m.type = same.type  # as decided for the first mention of this name
        return exact[0]
    if is_acronym(m.text) or NUMBERED.match(m.text):
        acr = m.text.replace(".", "").replace("-", "").upper()
        hits = [
            c
            for c in clusters
            if not c.country
            and any(
                acr in (initials(x.text), numbered_initials(x.text), lx.key(x.text).upper())
                for x in c.mentions
            )
        ]
        if len(hits) == 1:
            return hits[0]
        heads = [
            c
            for c in clusters
            if c.type == "organization" and lx.key(m.text) in {org_core(n) for n in c.names}
        ]
        if len(heads) == 1:
            return heads[0]  # "NBC" and "NBC News"
    kin = (
        [c for c in clusters if any(one_family(k, n) or one_family(n, k) for n in c.names)]
        if k.endswith(("s", " family"))  # the only names one_family can pair
        else []
    )
    if len(kin) == 1:
        return kin[0]  # "the Gonzalez family" and "the Miami Gonzalezes"
    variants = (  # ``variant`` pairs only names of two words or more
        [c for c in clusters if c.type == m.type and any(variant(m.text, x.text) for x in c.mentions)]
        if len(words(m.text)) >= 2
        else []
    )
    if len(variants) == 1:
        return variants[0]
    single = " " not in m.text and not is_acronym(m.text) and not m.strong
    if single and m.type == "organization":
        heads = [
            c
            for c in clusters
            if c.type == "organization"
            and any(len(words(x.text)) > 1 and words(x.text)[-1] == k for x in c.mentions)
        ]
        inner = [  # "House" beside "White House" and "House of Representatives": which one is unsaid
            c for c in clusters if k not in lx.ORG_HEADS and any(k in words(x.text)[:-1] for x in c.mentions)
        ]
        if len(heads) == 1 and not inner and k not in BUILDINGS:
            return heads[0]  # not "the House" for "the White House": a building's last word names no body
        of_heads = [  # "the House" after "the U.S. House of Representatives", when no other "House of …"
            c
            for c in clusters
            if c.type == "organization" and any(head_of(words(x.text), k) for x in c.mentions)
        ]
        if len(of_heads) == 1 and (not heads or k not in lx.ORG_HEADS):
            return of_heads[0]  # "the House" is not "the White House"; "the Court" may be "the Supreme Court"
    if m.type == "organization" and len(ws := k.split()) >= 2 and not is_acronym(m.text):
        within = [
            c
            for c in clusters
            if c.type == "organization" and any(kind_dropped(ws, n.split()) for n in c.names)
        ]
        if len(within) == 1:
            return within[0]
    people = [
        c
        for c in clusters
        if not c.anonymous and (c.type == "person" or (m.type == "person" and _name_like(c)))
    ]
    if m.type == "person" and len(words(m.text)) >= 2:
        longer = [c for c in people if any(shortened(words(m.text), words(x.text)) for x in c.mentions)]
        if len(longer) == 1:
            return longer[0]
        given = [  # "Juan Pablo" after "Juan Pablo Ruiz": the given names without the family name
            c for c in people if any(given_names(words(m.text), words(x.text)) for x in c.mentions)
        ]
        if len(given) == 1:
            return given[0]
        last = words(m.text)[-1]
        spelt = [  # "Shahid Soleymani" in a translated quote, "Qasem Soleimani" elsewhere
            c
            for c in people
            if m.quoted
            and any(
                len(ws := words(x.text)) >= 2
                and len(last) >= 6
                and ws[-1] != last
                and word_variant(last, ws[-1])
                for x in c.mentions
            )
        ]
        if len(spelt) == 1:
            return spelt[0]
    maybe_person = single and m.type in ("organization", "place")
    if (m.type == "person" or maybe_person) and len(m.text.split()) <= 2:  # "Chan-o-cha": one word
        hits = [c for c in people if any(k in surnames(x.text) for x in c.mentions)]
        if m.royal:  # "King Hussein" is no "Saddam Hussein"; "Princess Malee" may be "Malee Sirivat"
            hits = [c for c in hits if any(x.royal for x in c.mentions)]
        if not hits and len(words(m.text)) == 1:
            hits = [
                c
                for c in people
                if any(len(x.text.split()) >= 2 and words(x.text)[0] == k for x in c.mentions)
            ]
        if not hits and len(words(m.text)) == 1 and len(k) >= 7 and not m.royal:
            hits = [  # "Berhrmann" once for "Matt Behrmann": a typing slip in the family name
                c
                for c in people
                if c.type == "person"
                and any(len(n) >= 7 and edit1(k, n) for x in c.mentions for n in surnames(x.text))
            ]
            hits = hits if len(hits) == 1 else []
        if hits:
            m.type = "person"  # a family name alone: the person of that name most written about, of those
            named = [c for c in hits if min(x.start for x in c.mentions) < m.start]  # a reader knows by then
            pool = named or hits
            # "Elian" for the boy, "Gonzalez" for his father: not the one called by a given name
            pool = [c for c in pool if not _by_given_name(c)] or pool
            return max(pool, key=lambda c: (len(c.mentions), -min(x.start for x in c.mentions)))
    if single and m.type in ("place", "person") and not m.quoted:
        brands = [  # "Mahan" after "Mahan Air": the company, not a place of that name
            c
            for c in clusters
            if c.type == "organization"
            and any(len(ws := words(x.text)) == 2 and ws[0] == k and ws[1] in BRAND_KINDS for x in c.mentions)
        ]
        if len(brands) == 1 and k not in lx.COUNTRY_BY_CAPITAL:
            m.type = "organization"
            return brands[0]
    if (m.type == "organization" or (m.type == "person" and not m.strong)) and not is_acronym(m.text):
        forms = {k, org_core(k)} - {""}
        short = [
            c
            for c in clusters
            if c.type == "organization"
            and forms & {org_core(n) for n in c.names} - {""}
            and not any(other_country(k, n) for n in c.names)  # not "U.S. …" and "Cuban Interests Section"
        ]
        if len(short) != 1 and (m.type == "organization" or single):
            short = [c for c in clusters if c.type == "organization" and companies.short_of(k, c.names)]
        if m.type == "person" and len(words(m.text)) >= 2:  # "the Ann Reed Center": named after her, not her
            short = [c for c in short if not any(n.split()[-1] in EPONYMOUS for n in c.names)]
        if len(short) == 1:
            m.type = "organization"
            return short[0]
    return None


def _by_given_name(c: _Cluster) -> bool:
    """A person the reporter calls by the given name alone ("Elian"), outside quotes."""
    given = {ws[0] for x in c.mentions if len(ws := words(x.text)) >= 2}
    return any(not x.quoted and len(ws := words(x.text)) == 1 and ws[0] in given for x in c.mentions)


def _name_like(c: _Cluster) -> bool:
    """An organisation only by the model's word, named like a person ("Kurt Volker")."""
    return (
        c.type == "organization"
        and not any(x.strong or is_acronym(x.text) for x in c.mentions)
        and all(2 <= len(words(n)) <= 4 and not set(n.split()) & lx.ORG_HEADS for n in c.names)
    )


def _canonical(c: _Cluster) -> str:
    if c.country or c.canonical:
        return c.country or c.canonical
    if c.anonymous:
        return next(m.text for m in c.mentions if not m.text.lower().startswith("the "))
    first = min(c.mentions, key=lambda m: m.start)
    forms = (
        [m for m in c.mentions if not is_acronym(m.text) and m.alias_of is None]
        or [m for m in c.mentions if not is_acronym(m.text)]
        or c.mentions
    )
    best = max(forms, key=lambda m: (len(words(m.text)), m is first, -m.start))
    name = _unbracket(best.text)
    return name if best.type == "other" else re.sub(r"^[Tt]he\s+", "", name)


def _unbracket(text: str) -> str:
    """ "[Bashar al] Assad" → "Bashar al Assad": an editor's brackets are no part of a name."""
    return " ".join(re.sub(r"[\[\]]", " ", text).split()) if "[" in text or "]" in text else text


def _the_in_name(T: list[Token], start: int) -> bool:
    return (
        start >= 2
        and T[start - 1].text == "The"
        and not T[start - 1].is_sent_start
        and T[start - 2].text
        not in ("“", '"', "‘", "(", "—", ":")  # "“The New Hampshire drug …": a quote opens
    )


def _cluster_type(c: _Cluster, doc: Doc | None = None) -> str:
    if c.country:
        return "country"
    votes: dict[str, float] = {}
    voters = [m for m in c.mentions if not m.modifier] or c.mentions  # not "the Trump campaign"
    full = {n for m in voters if m.type == "person" and len(words(m.text)) >= 2 for n in surnames(m.text)}
    # "Ann Reed" said once, "Reed" tagged a firm or a place many times: a surname alone tells no type
    voters = [m for m in voters if m.strong or m.type == "person" or lx.key(m.text) not in full] or voters
    cued = [m for m in voters if doc and m.type == "organization" and not m.strong and _his_or_her(doc, m, c)]
    if len(cued) >= 2:
        return "person"  # "While Reed laid out his plan", "Reed is ahead and he will win": one is "he"
    for m in voters:
        votes[m.type] = votes.get(m.type, 0) + (2.0 if m.strong else 1.0)
    return max(votes, key=lambda t: (votes[t], t == "organization"))


_HIS_HER = {"he": "nsubj", "she": "nsubj", "his": "poss", "her": "poss"}
_OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"})


def _in_clause_of_its_own(t: Token, verb: Token) -> bool:
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in _OWN_CLAUSE:
            return True
        t = t.head
    return False


def _his_or_her(doc: Doc, m: Mention, c: _Cluster) -> bool:
    """The mention is the subject of a verb whose clause then says "he"/"she" or "his"/"her" of its
    subject, before any other name: "While Reed laid out his plan", "Reed is ahead and he will win"."""
    root = doc[m.start : m.end].root
    if root.dep_ not in ("nsubj", "nsubjpass") or is_acronym(m.text):
        return False
    if any(w in lx.ORG_HEADS for w in lowers(doc)[m.start : m.end]):
        return False
    own = {k for o in c.mentions for k in range(o.start, o.end)}
    verb = root.head
    for t in sorted(verb.subtree, key=lambda t: t.i):
        if t.i < m.end or _in_clause_of_its_own(t, verb):
            continue  # "Kestrel reported that his lawyers …": another's
        if t.ent_type_ == "PERSON" and t.i not in own:
            return False  # another name first: the pronoun may be its
        if _HIS_HER.get(t.lower_) == t.dep_ or (t.lower_ in ("he", "she") and t.dep_ == "nsubjpass"):
            return True
    return False


# ---------------------------------------------------------------- the extractor


def extract_actors(doc: Doc) -> list[Actor]:
    """The actors of ``doc``, in order of first mention."""
    T = tokens(doc)
    X = texts(doc)
    clusters = _cluster(find_mentions(doc))
    clusters.sort(key=lambda c: min(m.start for m in c.mentions))
    actors: list[Actor] = []
    ids: dict[str, Actor] = {}
    owner: dict[int, Actor] = {}  # token index → actor of the mention there
    roles: list[tuple[Actor, Role]] = []
    for c in clusters:
        name = _canonical(c)
        if c.mentions[0].type == "place" and any(_the_in_name(T, m.start) for m in c.mentions):
            name = "The " + name  # "in The Hague": a capital "The" inside a sentence is part of the name
        aid = actor_id(name)
        spans = sorted({(T[m.start].idx, T[m.end - 1].idx + len(X[m.end - 1])) for m in c.mentions})
        if aid in ids:  # two clusters with one canonical name: one actor
            ids[aid].mentions = sorted(set(ids[aid].mentions) | set(spans))
            owner.update({k: ids[aid] for m in c.mentions for k in range(m.start, m.end)})
            continue
        aliases: list[str] = []
        for m in sorted(c.mentions, key=lambda m: m.start):
            text = re.sub(r"^[Tt]he\s+", "", _unbracket(m.text)) if not c.anonymous else m.text
            if lx.key(text) != lx.key(name) and lx.key(text) not in {lx.key(a) for a in aliases}:
                aliases.append(text)
        typ = _cluster_type(c, doc)
        actor = Actor(id=aid, name=name, type=typ, aliases=aliases, mentions=spans, anonymous=c.anonymous)
        if typ == "person" and not c.anonymous:
            found = roles_of(doc, c.mentions, name)
            actor.roles = [r[0] for r in found]
            roles.extend((actor, r) for r in found)
        owner.update({k: actor for m in c.mentions for k in range(m.start, m.end)})
        ids[aid] = actor
        actors.append(actor)
    for actor, (_, s, e) in roles:
        for k in range(s, e):
            group = owner.get(k)
            if (
                group is None
                or group.type not in ("organization", "country")
                or group.id in actor.affiliations
            ):
                continue
            nxt = T[k + 1] if k + 1 < len(doc) else None
            if group.type == "organization" or (
                nxt is not None
                and owner.get(k + 1) is not group
                and (
                    nxt.lower_ in ("'s", "’s")
                    or nxt.lower_ in lx.NAME_TITLES
                    or nxt.lower_ in lx.TITLE_MODIFIERS
                )
            ):
                actor.affiliations.append(group.id)
    _title_mentions(doc, actors, owner)
    _described_mentions(doc, actors, owner)
    _fronted_roles(doc, owner)
    described_roles(doc, actors, owner)
    lede_roles(doc, owner)
    return actors


def _fronted_roles(doc: Doc, owner: dict[int, Actor]) -> None:
    """ "A freelancer, he was …": the role of the person last named before (he or she)."""
    T = tokens(doc)
    L = lowers(doc)
    for sent in doc.sents:
        toks = T[sent.start : sent.end]
        if len(toks) < 4 or toks[0].lower_ not in ("a", "an"):
            continue
        comma = next((t.i for t in toks[1:7] if t.text == ","), None)
        if comma is None or comma + 1 >= sent.end or L[comma + 1] not in ("he", "she"):
            continue
        if not any(w in lx.ROLE_HEADS for w in L[sent.start + 1 : comma]) or any(
            t.i in owner or t.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") for t in T[sent.start + 1 : comma]
        ):
            continue
        before = [owner[k] for k in range(sent.start - 1, -1, -1) if k in owner]
        person = next((a for a in before if a.type == "person" and not a.anonymous), None)
        text = span_text(doc, sent.start + 1, comma)
        if person is not None and lx.key(text) not in {lx.key(r) for r in person.roles}:
            person.roles.append(text)


_PASSING = frozenset(
    "former acting interim then current outgoing incoming new late retired senior top".split()
)
_ROLE_CUT = frozenset({"of", "for", "at", "in", "from", "to", "on", "with", "'s", "’s"})


def _title_of(role: str) -> str:
    """The title word(s) ending a role's head: "Crown Prince of Saudi Arabia" → "crown prince"."""
    ws = role.lower().split()
    cut = next((i for i, w in enumerate(ws) if w in _ROLE_CUT), len(ws))
    head = ws[:cut]
    k = len(head)
    while k > 0 and (head[k - 1] in lx.ROLE_HEADS or head[k - 1] in lx.TITLE_MODIFIERS):
        k -= 1
    title = head[k:]
    while len(title) > 1 and title[0] in _PASSING:
        title = title[1:]  # "former prime minister" → "prime minister"
    return " ".join(title) if title and title[-1] in lx.ROLE_HEADS else ""


def _title_mentions(doc: Doc, actors: list[Actor], owner: dict[int, Actor]) -> None:
    """ "the crown prince" after "Crown Prince Mohammad bin Salman of …": another mention of the one
    person with that title (none when two people share it)."""
    T = tokens(doc)
    holders: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}  # last title word → everyone whose role ends so
    for a in actors:
        if a.type == "person" and not a.anonymous:
            for role in a.roles:
                if t := _title_of(role):
                    holders.setdefault(t, set()).add(a.id)
                    heads.setdefault(t.split()[-1], set()).add(a.id)
    by_id = {a.id: a for a in actors}
    first = {a.id: min((s for s, _ in a.mentions), default=0) for a in actors}
    L = lowers(doc)
    for t in (T[i] for i, w in enumerate(L) if w == "the") if holders else ():
        if t.lower_ != "the" or t.i in owner:
            continue
        for title, ids in holders.items():
            ws = title.split()
            e = t.i + 1 + len(ws)
            if len(ids) != 1 or e > len(doc) or L[t.i + 1 : e] != ws:
                continue
            if len(ws) == 1 and len(heads[ws[0]]) > 1 and not _said_before(t, by_id[next(iter(ids))]):
                continue  # "the secretary" beside a Defense Secretary and a press secretary: which one?
            nxt = T[e] if e < len(doc) else None
            if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN") or nxt.is_title):
                continue  # "the president of France", "the president Emmanuel Macron"
            actor = by_id[next(iter(ids))]
            if any(k in owner for k in range(t.i, e)) or T[t.i].idx < first[actor.id]:
                continue
            actor.mentions = sorted(
                {*map(tuple, actor.mentions), (T[t.i + 1].idx, T[e - 1].idx + len(T[e - 1]))}
            )
            text = span_text(doc, t.i + 1, e)
            if lx.key(text) not in {lx.key(x) for x in (actor.name, *actor.aliases)}:
                actor.aliases.append(text)
            owner.update({k: actor for k in range(t.i, e)})


def _said_before(t, actor: Actor) -> bool:
    """The actor is named earlier in the sentence of token ``t``."""
    return any(sent_of(t).start_char <= s < t.idx for s, _ in actor.mentions)


_ABBREVIATED = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "sec": "secretary",
    "pres": "president",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "atty": "attorney",
}


def _role_words(text: str) -> list[str]:
    return [_ABBREVIATED.get(w, w) for w in lx.key(text).split()]


def _title_noun(t) -> bool:
    return t.pos_ == "NOUN" and _role_words(t.text)[:1] != [] and _role_words(t.text)[0] in lx.ROLE_HEADS


def _described_mentions(doc: Doc, actors: list[Actor], owner: dict[int, Actor]) -> None:
    """ "the Florida senator" after "Florida Sen. Ann Fox": another mention of the one person whose role
    holds the title and every word before it (none when two people fit, or when the role is unsaid)."""
    T = tokens(doc)
    people = [a for a in actors if a.type == "person" and not a.anonymous and a.roles]
    if not people:
        return
    words = {a.id: [set(_role_words(r)) for r in a.roles] for a in people}
    first = {a.id: min((s for s, _ in a.mentions), default=0) for a in people}
    for t in (T[i] for i, w in enumerate(lowers(doc)) if w == "the"):
        if t.lower_ != "the" or t.i in owner:
            continue
        e = t.i + 1
        while e < len(doc) and e - t.i <= 4 and T[e].is_alpha and not _title_noun(T[e]):
            e += 1
        if e >= len(doc) or e == t.i + 1 or not _title_noun(T[e]) or t.head.i != e:
            continue
        if any(x.pos_ not in ("ADJ", "NOUN", "PROPN") for x in T[t.i + 1 : e]):
            continue  # "by the time her husband …": no title phrase
        nxt = T[e + 1] if e + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN")):
            continue  # "the Florida senator's", "the Florida senator Ann Fox"
        if e in owner or any(
            owner[k].type in ("person", "organization") for k in range(t.i, e) if k in owner
        ):
            continue  # a place may be said before the title ("the Florida senator"), not a name
        said = [w for x in T[t.i + 1 : e + 1] for w in _role_words(x.text)]
        fit = [a for a in people if any(set(said) <= ws for ws in words[a.id]) and first[a.id] < T[t.i].idx]
        if len(fit) != 1:
            continue
        actor = fit[0]
        actor.mentions = sorted({*map(tuple, actor.mentions), (T[t.i + 1].idx, T[e].idx + len(T[e]))})
        text = span_text(doc, t.i + 1, e + 1)
        if lx.key(text) not in {lx.key(x) for x in (actor.name, *actor.aliases)}:
            actor.aliases.append(text)
        owner.update({k: actor for k in range(t.i, e + 1)})


# ---------------------------------------------------------------- lookup for other stages


def find_actor(actors: list[Actor], name: str) -> Actor | None:
    """The actor called ``name``: by name, alias, acronym, then (when unambiguous) surname or first name."""
    k = lx.key(name)
    if not k:
        return None
    for a in actors:
        if k == lx.key(a.name) or k in {lx.key(x) for x in a.aliases}:
            return a
    if is_acronym(name):
        acr = name.replace(".", "").upper()
        hits = [a for a in actors if initials(a.name) == acr]
        if len(hits) == 1:
            return hits[0]
    people = [a for a in actors if a.type == "person" and not a.anonymous]
    hits = [a for a in people if k in surnames(a.name) or any(k in surnames(x) for x in a.aliases)]
    if len(hits) == 1:
        return hits[0]
    if not hits and " " not in k:
        hits = [a for a in people if len(a.name.split()) >= 2 and words(a.name)[0] == k]
        if len(hits) == 1:
            return hits[0]
    return None
