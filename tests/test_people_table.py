"""Checks on the hand-written table of people with dated offices (people.tsv).

Why: the actor resolver trusts this table to say who held which office on a
given day; malformed rows, two holders of one office at once, or wrong dates
turn straight into wrongly coded events.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "src" / "detente" / "actors" / "data" / "people.tsv"
SHARED = Path(__file__).resolve().parents[2] / "shared"
PHOENIX = SHARED / "reference" / "phoenix" / "Phoenix.Countries.actors.txt"

OFFICES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "intelligence_chief", "interior_minister", "finance_minister", "supreme_leader",
    "un_envoy", "secretary_general", "commission_president", "council_president",
    "high_representative", "group_leader", "spokesperson", "national_security_adviser",
    "foreign_affairs_chief",  # a party office above the minister (China's Wang Yi from 2023)
    "vice_president", "speaker_of_parliament", "chief_of_staff",
    "economy_minister", "trade_minister", "energy_minister", "justice_minister",
    "health_minister", "education_minister", "agriculture_minister", "labour_minister",
    "transport_minister", "minister", "deputy_prime_minister", "central_bank_governor",
    "un_ambassador", "opposition_leader", "party_leader", "governor", "chief_minister", "royal",
    "attorney_general", "chief_justice", "military_chief", "police_chief", "legislator",
    "mayor", "ambassador", "deputy_chief_minister", "prosecutor",
}
SECTORS = {"GOV", "MIL", "SPY", "IGO", "REB", "INS", "OPP", "LEG", "PTY", "JUD", "COP", "ELI", "PRM", "REL", "PRE"}
ORG_CODES = {"UNO", "NATO", "EU", "AFU", "ARL", "IAEA", "PKK", "ISIS", "HAMAS", "HEZBOLLAH",
             "TALIBAN", "HOUTHI", "ALQAEDA", "WAGNER", "ALSHABAAB", "BOKOHARAM", "HTS",
             "FARC", "OPEC", "OSCE"}
SINGLE_HOLDER = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
FAR_FUTURE = date(9999, 12, 31)


def load_rows() -> list[dict[str, str]]:
    """Read the table, skipping the provenance comment."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# provenance:")
    reader = csv.DictReader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    return list(reader)


ROWS = load_rows()


def holders(country: str, office: str, day: date) -> set[str]:
    """Names (and aliases) of the holders of an office on a day."""
    found: set[str] = set()
    for row in ROWS:
        if row["country"] != country or row["office"] != office:
            continue
        end = date.fromisoformat(row["end"]) if row["end"] else FAR_FUTURE
        if date.fromisoformat(row["start"]) <= day <= end:
            found.add(row["name"])
            found.update(a for a in row["aliases"].split("|") if a)
    return found


def test_every_row_is_well_formed() -> None:
    raw = TABLE.read_text(encoding="utf-8").splitlines()
    assert raw[1].split("\t") == ["name", "aliases", "country", "office", "sector", "start", "end"]
    for num, line in enumerate(raw[2:], 3):
        cells = line.split("\t")
        assert len(cells) == 7, f"line {num}: {line!r}"
        name, _aliases, country, office, sector, start, end = cells
        assert name.strip() == name and name, f"line {num}"
        assert office in OFFICES, f"line {num}: office {office}"
        assert sector in SECTORS, f"line {num}: sector {sector}"
        assert country in ORG_CODES or re.fullmatch(r"[A-Z]{3}", country), f"line {num}"
        begin = date.fromisoformat(start)
        if end:
            assert begin <= date.fromisoformat(end), f"line {num}: start after end"


def test_table_is_large_and_broad() -> None:
    assert len(ROWS) >= 1500
    assert len({r["country"] for r in ROWS}) >= 80


def test_no_overlapping_single_holder_offices() -> None:
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for row in ROWS:
        if row["office"] in SINGLE_HOLDER:
            end = date.fromisoformat(row["end"]) if row["end"] else FAR_FUTURE
            terms[(row["country"], row["office"])].append(
                (date.fromisoformat(row["start"]), end, row["name"]))
    clashes = []
    for key, spans in terms.items():
        spans.sort()
        for i, (s1, e1, n1) in enumerate(spans):
            for s2, e2, n2 in spans[i + 1:]:
                if (min(e1, e2) - s2).days > 31:
                    clashes.append(f"{key}: {n1} {s1}..{e1} / {n2} {s2}..{e2}")
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize(
    ("name", "country", "office", "day", "expected"),
    [
        ("Mevlut Cavusoglu", "TUR", "foreign_minister", "2021-03-19", True),
        ("Javad Zarif", "IRN", "foreign_minister", "2019-06-01", True),
        ("Javad Zarif", "IRN", "foreign_minister", "2022-01-01", False),
        ("Antony Blinken", "USA", "foreign_minister", "2022-01-01", True),
        ("Hakan Fidan", "TUR", "intelligence_chief", "2021-03-19", True),
        ("Hakan Fidan", "TUR", "foreign_minister", "2024-01-01", True),
        ("Recep Tayyip Erdogan", "TUR", "head_of_government", "2010-01-01", True),
        ("Recep Tayyip Erdogan", "TUR", "head_of_state", "2020-01-01", True),
        ("Sergey Lavrov", "RUS", "foreign_minister", "2015-01-01", True),
        ("Ali Khamenei", "IRN", "supreme_leader", "2020-01-01", True),
        ("Angela Merkel", "DEU", "head_of_government", "2022-06-01", False),
        ("Ban Ki-moon", "UNO", "secretary_general", "2010-01-01", True),
        ("Jens Stoltenberg", "NATO", "secretary_general", "2020-01-01", True),
    ],
)
def test_known_office_holders(name: str, country: str, office: str, day: str,
                              expected: bool) -> None:
    assert (name in holders(country, office, date.fromisoformat(day))) is expected


def phoenix_countries() -> dict[str, set[str]]:
    """Map NAME_WITH_UNDERSCORES -> set of 3-letter country prefixes of its codes."""
    out: dict[str, set[str]] = defaultdict(set)
    current: list[str] = []
    for line in PHOENIX.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] not in " \t[+":
            current = [line.split("#")[0].strip().rstrip("_").upper()]
            continue
        if line.lstrip().startswith("+"):
            current.append(line.strip()[1:].split("#")[0].strip().rstrip("_").upper())
            continue
        for code in re.findall(r"\[([A-Z]{3})[A-Z]*", line):
            for name in current:
                out[name].add(code)
    return out


def key(name: str) -> str:
    """Phoenix style key: upper case, words joined by underscores."""
    return re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")


def test_country_codes_agree_with_phoenix() -> None:
    if not PHOENIX.exists():
        pytest.skip("../shared/reference/phoenix is absent; comparison needs it")
    ref = phoenix_countries()
    agree, disagree = 0, []
    seen: set[tuple[str, str]] = set()
    for row in ROWS:
        if len(row["country"]) != 3 or row["country"] in ORG_CODES:
            continue
        k = key(row["name"])
        if k not in ref or (k, row["country"]) in seen:
            continue
        seen.add((k, row["country"]))
        if row["country"] in ref[k]:
            agree += 1
        else:
            disagree.append(f"{row['name']}: ours {row['country']} phoenix {sorted(ref[k])}")
    total = agree + len(disagree)
    print(f"phoenix agreement: {agree}/{total}")
    print("\n".join(disagree))
    assert total > 50
    assert agree / total >= 0.9


def test_table_matches_its_fragments() -> None:
    """people.tsv must be rebuilt after a fragment is edited (build_people.py)."""
    import importlib.util

    script = TABLE.parent / "build_people.py"
    spec = importlib.util.spec_from_file_location("build_people", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows: list[str] = []
    for frag in sorted((TABLE.parent / "people").glob("*.frag")):
        rows.extend(module.convert(frag))
    assert rows == TABLE.read_text(encoding="utf-8").splitlines()[2:]


def test_generic_words_are_not_aliases() -> None:
    """Very common names would attach events to the wrong person."""
    banned = {"Lee", "Kim", "Khan", "Singh", "Ali", "Abdullah", "Abbas", "Saleh", "May",
              "Brown", "Gates", "Meta", "Austin", "Santos", "Hague", "Mohammed"}
    for row in ROWS:
        assert not banned & set(row["aliases"].split("|")), row["name"]
