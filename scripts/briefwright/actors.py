"""Actors: who acts and speaks. (First stub: spaCy NER only; replaced by the real extractor.)"""

from __future__ import annotations

from spacy.tokens import Doc

from .articles import slugify
from .model import Actor

_TYPES = {"PERSON": "person", "ORG": "organization", "NORP": "other", "GPE": "country", "LOC": "place", "FAC": "place"}


def extract_actors(doc: Doc) -> list[Actor]:
    found: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.label_ not in _TYPES:
            continue
        aid = slugify(ent.text)
        actor = found.setdefault(aid, Actor(id=aid, name=ent.text, type=_TYPES[ent.label_]))
        actor.mentions.append((ent.start_char, ent.end_char))
    return list(found.values())
