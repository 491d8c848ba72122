"""How well the resolver names real actors: `detente eval actors TABLE`.

Why: a user comparing detente with another dataset (ICEWS, POLECAT) first notices the
people, parties and agencies detente cannot place. The table gives names as that dataset
writes them, with the country it files them under and the date; each name is put alone in
a plain sentence ("NAME criticised Japan on Friday.") on that date and resolved, so the
score measures the actor tables and name matching, not the event coder.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .tables import canonical_code, fold

if TYPE_CHECKING:
    from .resolver import ActorResolver

SENTENCE = "{name} criticised Japan on Friday."
IGO_WORDS = ("international government organization", "intergovernmental", "igo")


@dataclass(frozen=True)
class ActorCase:
    """One row of the table: a name, the country it is filed under, the date, the sector."""

    name: str
    country: str  # as written in the table (ISO3 or a country name)
    when: dt.date | None = None
    sector: str = ""
    weight: int = 1  # how often the reference names it (a `count` column), for weighted shares
    line: int = 0


@dataclass(frozen=True)
class ActorOutcome:
    """What the resolver made of one case: right, wrong or none (not resolved)."""

    case: ActorCase
    expected: str | None  # the table's country as a code
    verdict: str
    code: str | None = None
    country: str | None = None
    why: str = ""


@dataclass
class ActorReport:
    """Shares right / wrong / not resolved, and every miss."""

    outcomes: list[ActorOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def count(self, verdict: str) -> int:
        return sum(1 for o in self.outcomes if o.verdict == verdict)

    def share(self, verdict: str) -> float:
        return self.count(verdict) / len(self.outcomes) if self.outcomes else 0.0

    def weighted_share(self, verdict: str) -> float:
        total = sum(o.case.weight for o in self.outcomes)
        hit = sum(o.case.weight for o in self.outcomes if o.verdict == verdict)
        return hit / total if total else 0.0

    def misses(self) -> list[ActorOutcome]:
        return [o for o in self.outcomes if o.verdict != "right"]

    def as_dict(self) -> dict:
        return {"cases": len(self.outcomes), "right": self.share("right"),
                "wrong": self.share("wrong"), "none": self.share("none"),
                "right_weighted": self.weighted_share("right"), "errors": self.errors,
                "misses": [{"name": o.case.name, "expected": o.expected, "verdict": o.verdict,
                            "got": o.code, "date": str(o.case.when or ""), "why": o.why}
                           for o in self.misses()]}


def read_cases(path: Path) -> tuple[list[ActorCase], list[str]]:
    """Rows of a CSV/TSV table with columns name, country, date (optional sector, count).

    A bad row is reported as 'FILE:LINE: what is wrong' and skipped; the rest are read.
    """
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip() and not ln.startswith("#")), "")
    delim = "\t" if "\t" in first or path.suffix.lower() == ".tsv" else ","
    numbered = [(i, ln) for i, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#")]
    if not numbered:
        raise InputError(str(path), None, "empty table (expected columns name, country, date)")
    reader = csv.DictReader([ln for _, ln in numbered], delimiter=delim)
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    if "name" not in header or "country" not in header:
        raise InputError(str(path), numbered[0][0], "the header needs the columns name and "
                         f"country (found: {', '.join(header)})")
    cases, errors = [], []
    for (num, _), row in zip(numbered[1:], reader):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        name, country = row.get("name", ""), row.get("country", "")
        if not name or not country:
            errors.append(f"{path}:{num}: a row needs a name and a country")
            continue
        try:
            when = dt.date.fromisoformat(row["date"]) if row.get("date") else None
            weight = int(row.get("count") or 1)
        except ValueError as err:
            errors.append(f"{path}:{num}: {err}")
            continue
        cases.append(ActorCase(name, country, when, row.get("sector", ""), weight, num))
    return cases, errors


def evaluate_actors(cases: list[ActorCase], resolver: ActorResolver) -> ActorReport:
    """Resolve each case's name in its sentence on its date and compare the country."""
    report = ActorReport()
    countries: dict[str, str | None] = {}
    for case in cases:
        if case.country not in countries:
            countries[case.country] = _country_code(case.country, resolver)
        expected = countries[case.country]
        report.outcomes.append(_judge(case, expected, resolver))
    return report


def _country_code(text: str, resolver: ActorResolver) -> str | None:
    """A country cell as a code: an ISO3/organisation code, else the country it names."""
    if text.isupper() and 2 <= len(text) <= 12 and " " not in text:
        return canonical_code(text)
    doc = resolver.nlp.make_doc(text)
    for start, end, p in sorted(resolver.lexicon.match(doc), key=lambda m: (m[0], m[0] - m[1])):
        if p.kind in ("country", "adj") and p.country is not None:
            return p.country.iso3
        if p.kind == "org" and p.org is not None:
            return p.org.code
    return None


def _judge(case: ActorCase, expected: str | None, resolver: ActorResolver) -> ActorOutcome:
    doc = resolver.nlp(SENTENCE.format(name=case.name))
    span = doc.char_span(0, len(case.name), alignment_mode="expand")
    end = span.end if span is not None else 1
    mentions = [m for m in resolver.resolve(doc, case.when)
                if m.start < end and m.actor.country]
    if not mentions:
        reason = "; ".join(why for s, _, why in resolver.unresolved if s < end)
        return ActorOutcome(case, expected, "none", why=reason or "no table names it")
    m = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    a = m.actor
    right = a.country == expected or _as_organisation(a.country, expected, case.sector, resolver)
    return ActorOutcome(case, expected, "right" if right else "wrong", a.code, a.country,
                        a.why or "")


def _as_organisation(got: str | None, expected: str | None, sector: str,
                     resolver: ActorResolver) -> bool:
    """IGO officials and armed groups coded as their organisation count as right: an IGO
    when the table's sector says the actor serves one, a group when it acts in `expected`."""
    kind = resolver._org_kinds.get(got or "")
    if kind == "igo":
        s = fold(sector)
        return any(w in s for w in IGO_WORDS) or expected is None
    if kind == "group":
        return expected is None or expected in resolver.org_homes.get(got or "", ())
    return False


def format_report(report: ActorReport, limit: int | None = None) -> str:
    """Shares, then the misses (name, expected, what was found and why)."""
    n = len(report.outcomes)
    head = (f"actors: {n} names; right {report.share('right'):.1%} ({report.count('right')}), "
            f"wrong {report.share('wrong'):.1%} ({report.count('wrong')}), "
            f"not resolved {report.share('none'):.1%} ({report.count('none')}); "
            f"weighted by count: right {report.weighted_share('right'):.1%}")
    lines = [head]
    misses = sorted(report.misses(), key=lambda o: (-o.case.weight, o.verdict, o.case.name))
    if misses:
        lines.append("misses (name | expected | got | why):")
    for o in misses[:limit] if limit else misses:
        lines.append(f"  {o.verdict:5} {o.case.name} | {o.expected or o.case.country} | "
                     f"{o.code or '-'} | {o.why}")
    lines.extend(report.errors)
    return "\n".join(lines)
