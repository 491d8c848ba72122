"""People and offices on a date: who is "Zarif" in 2019, who is "Iran's foreign minister" in 2025.

People are `ActorEntry` rows, one per office held over a period. A person is coded as
holding the office on the event's date; a person whose offices all ended is a former
official (PLOVER sector ELI), not the government.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ..models import Actor
from .tables import ActorEntry, SectorTerm, fold

# Where the family name comes first ("Zhong Shan", "Moon Jae-in"): the last word is a given
# name, no surname to name the person alone.
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM"}


def family_name_first(country: str | None) -> bool:
    return country in FAMILY_FIRST


def make_code(country: str | None, sector: str | None) -> str | None:
    """Country plus sector ("TURGOV"); "---" stands for an unknown country ("---COP")."""
    if not country and not sector:
        return None
    return f"{country or '---'}{sector or ''}"


class OfficeKeys:
    """Maps an office wording ("Minister of Foreign Affairs of Iran") to a key ("foreign minister")."""

    def __init__(self, terms: tuple[SectorTerm, ...]):
        self._exact = {fold(t.term): t.office for t in terms if t.office}
        self._exact.update({t.office: t.office for t in terms if t.office})
        self._by_length = sorted(self._exact, key=len, reverse=True)

    def key(self, office: str | None) -> str | None:
        if not office:
            return None
        k = re.sub(r"^(the|former|acting|interim) ", "", fold(office).strip())
        if k in self._exact:
            return self._exact[k]
        for term in self._by_length:  # longest wording contained in the office name
            if re.search(rf"\b{re.escape(term)}\b", k):
                return self._exact[term]
        return k


class PeopleIndex:
    """People by folded name and by (country, office key), for lookups on a date."""

    def __init__(self, entries: list[ActorEntry], keys: OfficeKeys):
        self.keys = keys
        self.by_name: dict[str, list[ActorEntry]] = defaultdict(list)
        self.by_office: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
        for e in entries:
            self._index(e)

    def _index(self, e: ActorEntry) -> None:
        self.by_name[fold(e.name)].append(e)
        k = self.keys.key(e.office)
        if e.country and k:
            self.by_office[(e.country, k)].append(e)

    def add(self, entries: list[ActorEntry]) -> dict[str, list[ActorEntry]]:
        """Index entries for names not known yet; returns the new names (folded) with entries.

        A name already in the index keeps its rows: learning never overrides the tables.
        """
        new: dict[str, list[ActorEntry]] = {}
        for e in entries:
            key = fold(e.name)
            if key in self.by_name and key not in new:
                continue
            self._index(e)
            new.setdefault(key, []).append(e)
        return new

    def surfaces(self) -> dict[tuple[str, ...], list[str]]:
        """Surface forms by the people they may name: full names, aliases, unique surnames.

        A form several people share ("George Bush") maps to all of them; `pick` chooses
        by date when the form is met.
        """
        surname_count: dict[str, int] = defaultdict(int)
        for name, entries in self.by_name.items():
            if not entries[0].from_dataset:
                surname_count[name.split()[-1]] += 1
        owners: dict[str, list[str]] = {}
        original: dict[str, str] = {}
        for key, entries in self.by_name.items():
            forms = [entries[0].name] + [a for e in entries for a in e.aliases]
            last = entries[0].name.split()[-1]
            if len(entries[0].name.split()) > 1 and surname_count[key.split()[-1]] == 1 \
                    and len(last) > 3 and entries[0].kind == "person" \
                    and not family_name_first(entries[0].country) \
                    and not entries[0].from_dataset:
                forms.append(last)
            for form in forms:
                f = form if form.isupper() else fold(form)
                original.setdefault(f, form)
                if key not in owners.setdefault(f, []):
                    owners[f].append(key)
        out: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for f, keys in owners.items():
            out[tuple(keys)].append(original[f])
        return out

    def pick(self, keys: tuple[str, ...], when: date | None) -> list[ActorEntry]:
        """The entries of the person a shared name most likely means on `when`."""
        if len(keys) == 1:
            return self.by_name[keys[0]]

        def score(key: str) -> tuple[int, date]:
            entries = self.by_name[key]
            if any(e.holds_on(when) for e in entries):
                return 2, max(e.start or date.min for e in entries)
            ended = [e.end for e in entries if e.end and (when is None or e.end <= when)]
            return (1, max(ended)) if ended else (0, date.min)

        return self.by_name[max(keys, key=score)]

    def holder(self, country: str, office_key: str | None, when: date | None) -> ActorEntry | None:
        """Who held `office_key` of `country` on `when` (unknown date: the current holder)."""
        if not office_key:
            return None
        cands = self.by_office.get((country, office_key), [])
        if when is None:
            cands = [e for e in cands if e.end is None]
        else:
            cands = [e for e in cands if e.holds_on(when)]
        return max(cands, key=lambda e: e.start or date.min, default=None)


def person_actor(entries: list[ActorEntry], when: date | None, text: str,
                 cue_country: str | None = None, cue_sector: str | None = None) -> Actor:
    """The Actor for a known person on `when`: office holder, former official, or not yet."""
    name = entries[0].name
    held = [e for e in entries if e.holds_on(when)] if when else \
        sorted(entries, key=lambda e: (e.end is None, e.start or date.min))[-1:]
    if held:
        e = max(held, key=lambda x: x.start or date.min)
        country = e.country or cue_country
        sector = e.sector or cue_sector or ("GOV" if e.office else None)
        why = f"{e.source}: {e.office or 'listed'} of {country} {e.period()}"
        return Actor(text, make_code(country, sector), country, sector, name,
                     _kind(e), e.office, why)
    past = [e for e in entries if e.end and when and e.end < when]
    if past:
        e = max(past, key=lambda x: x.end or date.min)
        country = e.country or cue_country
        why = f"{e.source}: former {e.office} of {country} {e.period()}, out of office on {when}"
        return Actor(text, make_code(country, "ELI"), country, "ELI", name, _kind(e),
                     f"former {e.office}", why)
    e = min(entries, key=lambda x: x.start or date.max)
    country = e.country or cue_country
    why = f"{e.source}: {e.office} of {country} only from {e.start}; no office on {when}"
    return Actor(text, make_code(country, cue_sector), country, cue_sector, name, _kind(e),
                 None, why)


def _kind(e: ActorEntry) -> str:
    return e.kind if e.kind in ("person", "igo", "group", "state", "other") else "person"
