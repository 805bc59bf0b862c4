"""The converter's fingerprint of a briefing file, and whether a person has edited the file since.

``render`` writes ``fingerprint: sha256:<20 hex digits>`` in the front matter's ``briefwright:``
block: a digest of the whole text with the fingerprint itself replaced by ``_FP_PLACEHOLDER`` and
trailing spaces and line endings normalised. A file whose text no longer matches its fingerprint (or
that has none) was edited by hand, and ``convert`` never overwrites it.
"""

from __future__ import annotations

import hashlib
import re

_FP_PLACEHOLDER = "sha256:" + "0" * 20

_FP_LINE = re.compile(r"^(\s+fingerprint:\s*)(\S*)\s*$", re.M)


def _digest(md: str) -> str:
    body = "\n".join(line.rstrip() for line in md.replace("\r\n", "\n").split("\n")).strip("\n")
    body = _FP_LINE.sub(lambda m: m[1] + _FP_PLACEHOLDER, body, count=1)
    return "sha256:" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:20]


def _with_fingerprint(md: str) -> str:
    digest = _digest(md)
    return _FP_LINE.sub(lambda m: m[1] + digest, md, count=1)


def fingerprint(md: str) -> str | None:
    """The fingerprint written in the front matter, or None."""
    m = _FP_LINE.search(md.split("\n---", 2)[0] if md.startswith("---") else "")
    return m[2].strip("'\"") if m else None


def is_edited(md: str) -> bool:
    """True when the text is not exactly what the converter wrote (or carries no fingerprint)."""
    written = fingerprint(md)
    return written is None or written != _digest(md)
