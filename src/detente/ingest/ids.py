"""Stable document ids.

A document keeps the id its input gave; otherwise its id is a hash of its text, so
coding the same text again (from another file name, or from standard input) finds
the same id and the store adds nothing.
"""

from __future__ import annotations

import hashlib
import re

_WS = re.compile(r"\s+")


def content_id(text: str, title: str | None = None) -> str:
    """Hash of the whitespace-normalised title and text: 16 hex digits."""
    norm = _WS.sub(" ", f"{title or ''}\n{text}").strip()
    return "h" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]
