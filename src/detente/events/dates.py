"""Resolve the date of an event from time words in its sentence.

Relative expressions ("on Friday", "last week", "a month ago", "in 2018") are read
with regexes against the article's publication date; `dateparser` is called only
for explicit date strings ("March 3, 2021"). The expression nearest to the
trigger wins; with none, the publication date stands.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MON = "|".join(m for m in MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3,
           "few": 3}

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("explicit", re.compile(
        rf"\b(?:(?:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MON})\.?,?\s+\d{{4}}"
        rf"|\d{{4}}-\d{{2}}-\d{{2}})\b", re.IGNORECASE)),
    ("month_day", re.compile(rf"\b(?:{_MON})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.IGNORECASE)),
    ("month_year", re.compile(rf"\b(?:in\s+)?(?:{_MON})\s+(?:of\s+)?(\d{{4}})\b", re.IGNORECASE)),
    ("ago", re.compile(r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"several|few)\s+(day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    # "days earlier", "weeks after the vote": some time before the story, said loosely
    ("vague", re.compile(r"\b(hours|days|weeks|months)\s+(?:earlier|before|after|ago)\b",
                         re.IGNORECASE)),
    ("yesterday", re.compile(r"\byesterday\b", re.IGNORECASE)),
    ("today", re.compile(r"\b(?:today|tonight|this morning|this afternoon)\b", re.IGNORECASE)),
    ("tomorrow", re.compile(r"\btomorrow\b", re.IGNORECASE)),
    ("last_unit", re.compile(r"\b(last|this|next|past)\s+(week|month|year)\b", re.IGNORECASE)),
    ("weekday", re.compile(r"\b(?:(last|next|this|on)\s+)?(monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday)\b", re.IGNORECASE)),
    ("year", re.compile(r"\b(in|since|during|until|by|of|early|late|mid-?)\s+((?:19|20)\d{2})\b", re.IGNORECASE)),
    ("month", re.compile(rf"\b(?:in|since|last|early|late|mid-?)\s+({_MON[:_MON.index('|jan')]})\b",
                         re.IGNORECASE)),
]


# words (lower case) one of which a pattern's match must hold; digit patterns need a digit
_NEEDS: dict[str, tuple[str, ...]] = {
    "ago": ("ago",), "vague": ("earlier", "before", "after", "ago"),
    "yesterday": ("yesterday",), "today": ("today", "tonight", "this morning", "this afternoon"),
    "tomorrow": ("tomorrow",), "last_unit": ("week", "month", "year"), "weekday": ("day",),
    "month": tuple(MONTHS),
}
_DIGITS = {"explicit", "month_day", "month_year", "year"}


@lru_cache(maxsize=2048)
def time_words(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every time expression of a sentence, found once for all its events.

    In plain ASCII text a pattern is tried only when a word it needs is there (a
    substring test is far cheaper than a search); other text (where case-blind
    matching reaches beyond `str.lower`) tries them all."""
    if not text.isascii():
        return tuple((kind, m) for kind, rx in PATTERNS for m in rx.finditer(text))
    low = text.lower()
    digit = any(d in text for d in "0123456789")
    return tuple((kind, m) for kind, rx in PATTERNS if _may_match(kind, low, digit)
                 for m in rx.finditer(text))


def _may_match(kind: str, low: str, digit: bool) -> bool:
    if kind in _DIGITS:
        return digit
    return any(w in low for w in _NEEDS[kind])


def resolve(text: str, published: date | None, near: int | None = None,
            blocked: list[tuple[int, int]] | tuple = (), future: bool = False
            ) -> tuple[str | None, str | None]:
    """(ISO date, precision) for a sentence; `near` is the trigger's offset in text.

    `blocked` are character ranges (clauses about something else, "an agreement
    signed in 2001") whose time words do not date the event. A `future` event's bare
    weekday ("will meet on Thursday") is the coming one.
    """
    best: tuple[int, str, str] | None = None
    for kind, m in time_words(text):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        try:
            got = _resolve_one(kind, m, published, future)
        except (OverflowError, ValueError):  # "tomorrow" of 9999-12-31, "Friday" of 0001-01-01
            got = None
        if got is None:
            continue
        dist = 0 if near is None else min(abs(m.start() - near), abs(m.end() - near))
        if best is None or dist < best[0]:
            best = (dist, *got)
    if best is not None:
        return best[1], best[2]
    if published is None:
        return None, None
    return published.isoformat(), "day"


def _resolve_one(kind: str, m: re.Match[str], pub: date | None, future: bool = False
                 ) -> tuple[str, str] | None:
    if kind == "explicit":
        d = _parse_explicit(m.group(0))
        return (d.isoformat(), "day") if d else None
    if kind == "year":
        return m.group(2), "year"
    if kind == "month_year":
        mon = _month(m.group(0))
        return (f"{m.group(1)}-{mon:02d}", "month") if mon else None
    if pub is None:
        return None
    if kind == "month_day":
        d = _parse_explicit(f"{m.group(0)} {pub.year}")
        if d and d > pub + timedelta(days=7):
            d = d.replace(year=d.year - 1)
        return (d.isoformat(), "day") if d else None
    if kind == "month":
        mon = _month(m.group(1))
        if not mon:
            return None
        year = pub.year if mon <= pub.month else pub.year - 1
        return f"{year}-{mon:02d}", "month"
    if kind == "ago":
        n = m.group(1).lower()
        k = int(n) if n.isdigit() else NUMBERS.get(n, 1)
        return _ago(pub, k, m.group(2).lower())
    if kind == "vague":
        return _vague(pub, m.group(1).lower())
    if kind == "yesterday":
        return (pub - timedelta(days=1)).isoformat(), "day"
    if kind == "today":
        return pub.isoformat(), "day"
    if kind == "tomorrow":
        return (pub + timedelta(days=1)).isoformat(), "day"
    if kind == "last_unit":
        return _unit(pub, m.group(1).lower(), m.group(2).lower())
    if kind == "weekday":
        which = (m.group(1) or "").lower()
        if future and which in {"", "on"}:
            which = "coming"
        return _weekday(pub, which, m.group(2).lower()), "day"
    return None


def _ago(pub: date, k: int, unit: str) -> tuple[str, str]:
    if unit == "day":
        return (pub - timedelta(days=k)).isoformat(), "day"
    if unit == "week":
        d = pub - timedelta(weeks=k)
        return (d - timedelta(days=d.weekday())).isoformat(), "week"
    if unit == "month":
        y, mth = divmod(pub.year * 12 + pub.month - 1 - k, 12)
        return f"{y}-{mth + 1:02d}", "month"
    return str(pub.year - k), "year"


def _vague(pub: date, unit: str) -> tuple[str, str]:
    """A loose "days earlier": the week a few days back, the month two weeks back."""
    if unit == "hours":
        return pub.isoformat(), "day"
    if unit == "days":
        d = pub - timedelta(days=3)
        return (d - timedelta(days=d.weekday())).isoformat(), "week"
    if unit == "weeks":
        d = pub - timedelta(days=14)
        return f"{d.year}-{d.month:02d}", "month"
    return str((pub - timedelta(days=90)).year), "year"


def _unit(pub: date, which: str, unit: str) -> tuple[str, str]:
    shift = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return monday.isoformat(), "week"
    if unit == "month":
        y, mth = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
        return f"{y}-{mth + 1:02d}", "month"
    return str(pub.year + shift), "year"


def _weekday(pub: date, which: str, name: str) -> str:
    """The named weekday before the publication date (after it with "next")."""
    wd = WEEKDAYS.index(name)
    if which == "coming":  # "will meet on Thursday": today or the next one
        return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat()
    if which == "next":
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=delta)).isoformat()
    delta = (pub.weekday() - wd) % 7  # same day when published on that weekday
    if which == "last" and delta == 0:
        delta = 7
    return (pub - timedelta(days=delta)).isoformat()


def _month(text: str) -> int | None:
    low = text.lower()
    for i, name in enumerate(MONTHS):
        if re.search(rf"\b{name[:3]}", low):
            return i + 1
    return None


_MONTH_NUMBERS = {name: i + 1 for i, name in enumerate(MONTHS)} | {
    name[:3]: i + 1 for i, name in enumerate(MONTHS)} | {"sept": 9}
# the two spelled-out forms the "explicit" and "month_day" patterns find
_SPELLED = re.compile(r"(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
                      r"|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4}))", re.IGNORECASE)


def _spelled_date(text: str) -> date | None:
    """"March 3rd, 2021", "3 Sept. 2021": read directly, as `dateparser` reads them.

    `dateparser` costs a fifth of a second to load and a millisecond a call; a valid
    day of a named month in a year of 1900-2099 gives the same date either way (checked
    over every month spelling, day and suffix). Anything else (an impossible day, an
    ISO date, another era) goes to `dateparser` as before."""
    m = _SPELLED.fullmatch(text)
    if m is None:
        return None
    month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
        m.group(5), m.group(4), m.group(6))
    number = _MONTH_NUMBERS.get(month.lower())
    if number is None or not 1900 <= int(year) <= 2099:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


@lru_cache(maxsize=512)
def _parse_explicit(text: str) -> date | None:
    found = _spelled_date(text)
    if found is not None:
        return found
    import dateparser

    got = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return got.date() if got else None
