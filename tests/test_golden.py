"""Golden briefing: the Markdown of the example article, pinned.

When a change to the output is intended, regenerate it with

    ./test.sh tests/test_golden.py --update-golden

and review the diff of tests/golden/ in the commit.
"""

from __future__ import annotations

from briefwright.markdown import render

from .conftest import EXAMPLE_ID, ROOT

GOLDEN = ROOT / "tests" / "golden" / f"{EXAMPLE_ID}.md"


def test_golden_example_briefing(example_briefing, update_golden):
    md = render(example_briefing)
    if update_golden:
        GOLDEN.write_text(md, encoding="utf-8")
    assert GOLDEN.exists(), f"{GOLDEN} is missing: run ./test.sh tests/test_golden.py --update-golden"
    expected = GOLDEN.read_text(encoding="utf-8")
    assert md == expected, (
        "the example briefing changed: if intended, run ./test.sh tests/test_golden.py --update-golden"
    )
