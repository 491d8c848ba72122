"""The dateline that opens wire copy ("GENEVA (AP) -", "LYON:", "Kyiv, June 16 (Reuters) -",
"Accra, Ghana (PANA) -"), at the start of the text or of one of its first lines.

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
# "DUBAI, United Arab Emirates -", "Accra, Ghana (PANA) -": the city's country after it
_COUNTRY = r"(?:,\s*[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})?"
_DASH_ONLY = r"\s*(?:-{1,2}|\u2013|\u2014)\s+"
# with the country named, only a dash or an agency marks a dateline: "Gaza City,
# Palestinian Territories: ..." may as well be a heading of the story's place
DATELINE = re.compile(
    rf"^\s*(?:{_CAPS}{_DATE}(?:{_AGENCY})?{_DASH}|{_CAPS}{_COUNTRY}{_DATE}(?:{_AGENCY}{_DASH}|{_DASH_ONLY})"
    rf"|{_NAME}{_COUNTRY}{_DATE}{_AGENCY}{_DASH})")
PARAGRAPHS = 4  # a headline, a byline, a caption may stand before the dateline


def dateline_end(text: str) -> int:
    """Characters taken by a leading dateline (0 when the text opens without one)."""
    m = DATELINE.match(text[:120])
    return m.end() if m else 0


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the dateline at the start of the text or of one of its first lines
    (a title, a byline or a photo credit may come before it)."""
    spans, start = [], 0
    for _ in range(PARAGRAPHS + 1):
        end = dateline_end(text[start:])
        if end:
            spans.append((start, start + end))
            break
        nxt = text.find("\n", start)
        if nxt < 0:
            break
        start = nxt + 1
    return spans
