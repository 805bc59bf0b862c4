"""Company names in business news: a legal form ends the full name ("Compaq Computer Corp.",
"Reuters Holdings PLC", "Ostrand Marine Industries Oy"), and later mentions drop it with the words
before it that say what the company makes ("Compaq", "Ostrand Marine")."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from .doccache import span_text, tokens
from .mention_model import Mention

# Legal forms of companies, as the last word of their names (keys: lower case, no dots).
LEGAL_FORMS = frozenset(
    "inc corp co ltd plc llc lp llp oy oyj ab asa as ag gmbh nv bv sa spa srl pty kk bhd".split()
)


def legal_name(name: str) -> list[str]:
    """The words of a company's name before its legal form ("Halvey Jones & Co." → halvey jones); none
    when the name does not end with a legal form."""
    ws = [w for w in lx.key(name).replace("'s", "").replace("'", "").split() if w != "&"]
    if len(ws) < 2 or ws[-1] not in LEGAL_FORMS:
        return []
    return ws[:-1]


def short_of(k: str, names: set[str]) -> bool:
    """``k`` is a company's name shortened: the first words of one of ``names`` ended by a legal form
    ("compaq" of "compaq computer corp"), and not a country, a demonym or a capital alone."""
    ws = k.replace("'s", "").replace("'", "").split()
    if not ws or k in lx.COUNTRY_BY_NAME or k in lx.COUNTRY_BY_DEMONYM or k in lx.COUNTRY_BY_CAPITAL:
        return False
    if k in lx.US_STATES or ws[0] in lx.CONNECT:
        return False
    for n in names:
        body = legal_name(n)
        if len(ws) < len(body) + 1 and body[: len(ws)] == ws:
            return True
    return False


def short_forms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Tarvel Robotics Corp. … Tarvel shares fell": the first words of a company's full name, written
    after it, are the company — a mention the model read otherwise is re-linked, one it missed is added."""
    T = tokens(doc)
    full = [m for m in mentions if m.type == "organization" and not m.anonymous and legal_name(m.text)]
    if not full:
        return []
    forms: dict[tuple[str, ...], list[Mention]] = {}
    for m in full:
        body = [t.text for t in T[m.start : m.end] if t.text != "&"][:-1]
        for n in range(1, len(body) + 1):
            forms.setdefault(tuple(body[:n]), []).append(m)
    first = min(m.start for m in full)
    for m in mentions:
        owners = forms.get(tuple(t.text for t in T[m.start : m.end]), [])
        if m in full or m.strong or m.alias_of is not None or m.country or m.start < first:
            continue
        if len({lx.key(o.text) for o in owners}) == 1 and short_of(lx.key(m.text), {lx.key(owners[0].text)}):
            m.alias_of, m.type = owners[0], "organization"
    taken = {k for m in mentions for k in range(m.start, m.end)}
    extra: list[Mention] = []
    i = first
    while i < len(doc):
        n = max((len(f) for f in forms if f == tuple(t.text for t in T[i : i + len(f)])), default=0)
        if not n or i in taken or (i + n < len(doc) and T[i + n].is_title and T[i + n].is_alpha):
            i += max(n, 1)
            continue
        owners = forms[tuple(t.text for t in T[i : i + n])]
        k = lx.key(span_text(doc, i, i + n))
        if (
            len({lx.key(o.text) for o in owners}) == 1
            and not any(k2 in taken for k2 in range(i, i + n))
            and (n > 1 or T[i].pos_ == "PROPN")
            and short_of(k, {lx.key(owners[0].text)})
            and owners[0].start < i
        ):
            extra.append(
                Mention(i, i + n, "organization", span_text(doc, i, i + n), strong=True, alias_of=owners[0])
            )
        i += n
    return extra
