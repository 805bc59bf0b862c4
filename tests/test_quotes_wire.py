"""Quotes in wire copy: TeX quotation marks and the constructions of agency news, one table row each."""

from __future__ import annotations

import pytest
from briefwright.quote_marks import tex_quotes

from .test_quotes import names, run

# (text, [(quote text, speaker word, cue, kind), ...]) as in test_quotes.CASES; None: no speaker.
CASES = [
    pytest.param(
        "Harbour Minister Lena Voss said the new piers ``will open the town to the world.''\n\n"
        "``We waited twenty years for this,'' Voss said. ``The ferries will come back.''\n\n"
        "Her deputy said the port had ``more than enough money'' for the work.",
        [
            ("will open the town to the world.", "voss", "said", "partial"),
            ("We waited twenty years for this,", "voss", "said", "direct"),
            ("The ferries will come back.", "voss", "said", "direct"),
            ("more than enough money", "deputy", "said", "partial"),
        ],
        id="tex-quotes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_wire_constructions(nlp, text, expected):
    quotes, actors = run(nlp, text)
    assert [(q.text, q.cue, q.kind) for q in quotes] == [(t, cue, kind) for t, _, cue, kind in expected]
    for q, (_, who, _, _) in zip(quotes, expected, strict=True):
        assert text[q.start : q.end] == q.text
        if who is None:
            assert q.speaker is None, (q.text, q.speaker)
        else:
            assert who in names(actors.get(q.speaker)), (q.text, q.speaker)


def test_tex_quotes_keep_offsets():
    text = "He said ``no,'' and left."
    assert len(tex_quotes(text)) == len(text)
    assert tex_quotes(text)[8:15] == "“ no, ”"
    assert tex_quotes("plain ''text''") == "plain ''text''"  # no opening TeX mark: nothing changes
