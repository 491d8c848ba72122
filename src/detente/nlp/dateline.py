"""The dateline that opens wire copy ("GENEVA (AP) -", "LYON:", "Kyiv, June 16 (Reuters) -").

A dateline names where the story was filed, not a party to it: "GENEVA (AP) - Biden and
Putin met" is no meeting with Switzerland. The actor resolver drops mentions inside it.
"""

from __future__ import annotations

import re

# an all-capital place ("NEW YORK", "SAN'A") or a capitalised one followed by an agency,
# an optional date, an optional agency in brackets, then a dash or colon
_CAPS = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"
_NAME = r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}"
_DATE = r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"
_AGENCY = r"\s*\((?:[A-Z][\w.&\s]{0,24})\)"
_DASH = r"\s*(?:-{1,2}|\u2013|\u2014|:)\s+"
DATELINE = re.compile(
    rf"^\s*(?:{_CAPS}{_DATE}(?:{_AGENCY})?|{_NAME}{_DATE}{_AGENCY}){_DASH}")


def dateline_end(text: str) -> int:
    """Characters taken by a leading dateline (0 when the text opens without one)."""
    m = DATELINE.match(text[:120])
    return m.end() if m else 0
