"""Known people under the forms news writes their names in, beyond the table's aliases.

Why: the tables list "Sergey Lavrov" and "António Guterres"; the news and other datasets
write "Sergey Viktorovich Lavrov", "António Manuel de Oliveira Guterres", "Sergei Lavrov",
"Aso Taro", "Kim Jong Un", "S. Jaishankar", or "Prime Minister Lavrov"'s surname alone.
Rather than list every form, each known name is indexed by the parts that stay fixed
(given name, surname, both run together) and a name met in the text is looked up by its
parts. A surname alone names a person only when exactly one person of the table with that
surname holds an office on the event's date; otherwise it stays unresolved, with why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .people import PeopleIndex, family_name_first
from .tables import DATA, fold, read_tsv

PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den",
             "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "abu", "y", "e", "mac"}
PATRONYMIC = {"bin", "ibn", "bint", "ben"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh",
              "prince", "princess", "king", "queen", "emir", "president", "minister",
              "prime", "premier", "general", "gen", "chancellor", "pope", "datuk", "tun",
              "tan", "sri", "shri", "haji", "mullah", "maulana", "ayatollah", "crown"}


@lru_cache(maxsize=1)
def given_name_keys() -> dict[str, str]:
    """Each spelling of a given name -> the first spelling of its set (given_names.tsv)."""
    out: dict[str, str] = {}
    for row in read_tsv(DATA / "given_names.tsv", header=["forms"]):
        forms = [fold(f.strip()) for f in row["forms"].split("|") if f.strip()]
        for f in forms:
            out.setdefault(f, forms[0])
    return out


def words(name: str) -> list[str]:
    """Folded name words, apostrophes and dots dropped, hyphenated parts kept together."""
    return [w for w in re.split(r"[\s,]+", fold(name).replace(".", ". ")) if w]


def compact(name: str) -> str:
    """The name with spaces, hyphens and dots removed: "Kim Jong-Un" == "Kim Jong Un"."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


def given_key(word: str) -> str:
    """One key for the spellings of a given name ("Sergei", "Sergey" -> "sergei")."""
    return skeleton(given_name_keys().get(word, word))


_given = given_key


_SKELETON = [("kh", "k"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("ou", "u"), ("ee", "i"), ("y", "i"),
             ("w", "v"), ("'", ""), ("-", "")]


def skeleton(word: str) -> str:
    """A romanisation-blind key: "Shoygu" and "Shoigu", "Zelenskyy" and "Zelensky" agree."""
    for a, b in _SKELETON:
        word = word.replace(a, b)
    return re.sub(r"(.)\1", r"\1", word)


def _core(ws: list[str]) -> list[str]:
    """Words without honorifics at the front and particles ("de", "bin", "al-")."""
    i = 0
    while i < len(ws) - 1 and ws[i].rstrip(".") in HONORIFICS:
        i += 1
    out = [w for w in ws[i:] if w not in PARTICLES]
    return [re.sub(r"^(al|el)-", "", w) for w in out] or ws


@dataclass(frozen=True)
class Found:
    """A name met in the text and the people it may be; `how` says which form matched."""

    keys: tuple[str, ...]
    how: str


class NameVariants:
    """Known people by the fixed parts of their names (built from `PeopleIndex`)."""

    def __init__(self, people: PeopleIndex, vague: set[str]):
        self.people = people
        self.vague = vague  # words that are common words or given names: no surname alone
        self.compact: dict[str, set[str]] = defaultdict(set)
        self.first_last: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.initial_last: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.surname: dict[str, set[str]] = defaultdict(set)
        for key, entries in people.by_name.items():
            if entries[0].kind != "person":
                continue
            if entries[0].from_dataset:  # its whole name only, spaced or hyphenated
                self.compact[compact(entries[0].name)].add(key)
                continue
            for form in {entries[0].name, *(a for e in entries for a in e.aliases)}:
                self._index(key, form, entries[0].country)

    def _index(self, key: str, form: str, country: str | None = None) -> None:
        ws = words(form)
        core = _core(ws)
        self.compact[compact(form)].add(key)
        if len(core) < 2:
            return
        first, last = _given(core[0]), skeleton(core[-1])
        self.first_last[(first, last)].add(key)
        self.initial_last[(core[0][0], last)].add(key)
        if not PATRONYMIC & set(ws) and not family_name_first(country):
            # "bin Salman" is a father's name, "Shan" of "Zhong Shan" a given name
            self.surname[last].add(key)
        if len(core) == 2:  # "Aso Taro", "Xi Jinping" read either way round
            self.first_last[(_given(core[1]), skeleton(core[0]))].add(key)
        if len(core) >= 3 and core[-2] not in given_name_keys() and len(core[-2]) > 3:
            self.first_last[(first, skeleton(core[-2]))].add(key)

    def find(self, text: str, when: dt.date | None = None) -> Found | None:
        """The known people a multi-word name in the text may be, or None."""
        ws = words(text)
        hit = self.compact.get(compact(text))
        if hit:
            return Found(tuple(sorted(hit)), "the same name spelt with other spaces or hyphens")
        core = _core(ws)
        if len(core) < 2:
            return None
        first, last = core[0], skeleton(core[-1])
        if len(first.rstrip(".")) == 1 or (first.endswith(".") and len(first) <= 4):
            hit = self.initial_last.get((first[0], last))  # "S. Jaishankar", "M.K. Stalin"
            if hit and when is not None:  # an initial is weak: the person must fit the date
                hit = {k for k in hit if any(e.holds_on(when) for e in self.people.by_name[k])}
            return Found(tuple(sorted(hit)), "initial and surname") if hit and len(hit) == 1 \
                else None
        tries = [(first, last, "given name and surname")]
        if len(core) >= 3:
            if _given(first) == _given("mohammed"):  # "Mohammad Najib Abdul Razak"
                tries.append((core[1], last, "second given name and surname"))
            if core[-2] not in given_name_keys() and len(core[-2]) > 3:
                tries.append((first, skeleton(core[-2]), "given name and first surname"))
        for f, la, how in tries:
            hit = self.first_last.get((_given(f), la))
            if hit:
                extra = " (middle names left out)" if len(core) > 2 else ""
                return Found(tuple(sorted(hit)), how + extra)
        return None

    def surname_on(self, word: str, when: dt.date | None) -> tuple[str | None, str]:
        """The one person surnamed `word` in office on `when`, or None and the reason."""
        w = fold(word)
        keys = self.surname.get(skeleton(w), set())
        if not keys:
            return None, ""
        if w in self.vague:
            return None, f"'{word}' is also a common word or given name: needs a full name"
        if when is None:
            return None, f"surname '{word}' alone and no date to pick among {len(keys)}"
        holding = sorted(k for k in keys
                         if any(e.holds_on(when) for e in self.people.by_name[k]))
        if len(holding) == 1:
            return holding[0], ""
        names = ", ".join(self.people.by_name[k][0].name for k in sorted(keys))
        if not holding:
            why = f"surname '{word}': no one of that name in the table is in office on {when}"
            return None, f"{why} ({names})"
        now = ", ".join(self.people.by_name[k][0].name for k in holding)
        return None, f"surname '{word}': {len(holding)} people of that name are in office " + \
            f"on {when} ({now})"
