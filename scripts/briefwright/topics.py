"""Topic tags: what an article is about, from a small vocabulary of news topics.

An article's own ``tags`` (front matter) are kept as they are. Without them, each topic of
``TOPICS`` scores the lemmas of the article's nouns, verbs and adjectives that are among its
words (a word of the title counts ``TITLE_WEIGHT`` times); a topic is given when it has at
least ``MIN_HITS`` of its words, ``MIN_KINDS`` of them different, and at least ``RELATIVE`` of
the best topic's score; ``LIMIT`` topics at most, the strongest first. Contributors correct the
result in the briefing's front matter (``tags:``), like any other field.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

TOPICS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "Armed conflict": """war troop soldier army military airstrike shelling ceasefire truce rebel militia
            offensive missile artillery combat invasion battle frontline insurgent insurgency fighter
            bombardment warplane drone casualty occupation""",
        "Terrorism": """terrorist terrorism jihadist extremist extremism hostage suicide radicalisation
            radicalization militant""",
        "Diplomacy": """diplomat diplomatic diplomacy summit treaty negotiation envoy ambassador embassy
            sanction bilateral delegation talk accord mediator consulate""",
        "Elections": """election vote voter ballot poll campaign candidate referendum electoral turnout
            nomination primary runoff""",
        "Politics & government": """government parliament legislation lawmaker opposition coalition cabinet
            senate congress minister impeachment constitution parliamentary resign""",
        "Justice & crime": """court judge trial prosecutor arrest police charge sentence murder crime lawsuit
            ruling verdict convict jail prison investigation suspect stab kill""",
        "Economy & business": """economy economic trade market bank company business investment tax tariff
            inflation budget export import stock investor revenue profit bankruptcy currency""",
        "Environment": """climate emission environment environmental pollution rainforest wildlife
            deforestation
            wildfire conservation biodiversity""",
        "Health": """health hospital disease virus vaccine outbreak medical doctor patient epidemic pandemic
            infection""",
        "Disasters & accidents": """earthquake flood storm hurricane cyclone crash accident disaster explosion
            collapse rescue tsunami typhoon landslide""",
        "Migration & refugees": """refugee migrant migration asylum deportation displaced""",
        "Human rights": """rights protest protester activist censorship discrimination persecution
            demonstrator""",
        "Media": """journalist newspaper broadcaster television broadcast radio channel censorship
            editor magazine""",
        "Energy": """oil gas pipeline energy nuclear electricity fuel""",
        "Religion": """church mosque religious religion pope cleric imam worship""",
    }.items()
}
POS = frozenset({"NOUN", "VERB", "ADJ"})
TITLE_WEIGHT = 3
MIN_HITS = 4
MIN_KINDS = 2
RELATIVE = 0.5
LIMIT = 3
_WORD = re.compile(r"[a-z]+")


def topics(doc: Doc, title: str = "") -> list[str]:
    """The topic tags of the article parsed as ``doc`` (titled ``title``), strongest first."""
    counts: dict[str, int] = {}
    for tok in doc:
        if tok.pos_ in POS:
            lemma = tok.lemma_.lower()
            counts[lemma] = counts.get(lemma, 0) + 1
    for word in _WORD.findall(title.lower()):
        for form in {word, word[:-1] if word.endswith("s") else word}:
            counts[form] = counts.get(form, 0) + TITLE_WEIGHT
    scored = []
    for name, words in TOPICS.items():
        hits = [counts[w] for w in words if w in counts]
        if sum(hits) >= MIN_HITS and len(hits) >= MIN_KINDS:
            scored.append((sum(hits), name))
    if not scored:
        return []
    best = max(score for score, _ in scored)
    chosen = sorted((s for s in scored if s[0] >= RELATIVE * best), key=lambda s: (-s[0], s[1]))
    return [name for _, name in chosen[:LIMIT]]
