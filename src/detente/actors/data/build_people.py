"""Concatenate the hand-written people fragments into people.tsv.

Why: the fragments (people/*.frag) are written in a compact, easy-to-type form;
the resolver reads one plain TSV.  Fragment syntax, one record a line:

    @ISO3                                   set the country for following rows
    name;aliases;OFF;start;end[;sector]     a dated office term

OFF is an abbreviation (HOS, HOG, FM, DM, IC, IM, FIN, SL, ENV, SG, CP, CO,
HR, GL, SP, NSA) or a full office name.  Dates may be YYYY, YYYY-MM or
YYYY-MM-DD.  The sector defaults from the office and country.  ASCII-folded
forms of names with diacritics are added to the aliases.

Run: python src/detente/actors/data/build_people.py
"""

from __future__ import annotations

import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
OFFICES = {
    "HOS": "head_of_state", "HOG": "head_of_government", "FM": "foreign_minister",
    "DM": "defence_minister", "IC": "intelligence_chief", "IM": "interior_minister",
    "FIN": "finance_minister", "SL": "supreme_leader", "ENV": "un_envoy",
    "SG": "secretary_general", "CP": "commission_president", "CO": "council_president",
    "HR": "high_representative", "GL": "group_leader", "SP": "spokesperson",
    "NSA": "national_security_adviser",
    # cabinet portfolios beyond the big four, and other offices news names
    "ECO": "economy_minister", "TRD": "trade_minister", "ENE": "energy_minister",
    "JUS": "justice_minister", "HEA": "health_minister", "EDU": "education_minister",
    "AGR": "agriculture_minister", "LAB": "labour_minister", "TRN": "transport_minister",
    "MIN": "minister", "VP": "vice_president", "DPM": "deputy_prime_minister",
    "SPK": "speaker_of_parliament", "CB": "central_bank_governor", "UNA": "un_ambassador",
    "OL": "opposition_leader", "PL": "party_leader", "GVR": "governor",
    "CM": "chief_minister", "ROY": "royal", "AG": "attorney_general", "CJ": "chief_justice",
    "COS": "chief_of_staff", "ARMY": "military_chief", "POL": "police_chief",
    "LEGM": "legislator", "MAY": "mayor", "AMB": "ambassador",
}
ORGS = {"UNO", "NATO", "EU", "AFU", "ARL", "IAEA", "OPEC", "OSCE", "GCC", "ASEAN", "WHO"}
GROUPS = {"PKK", "ISIS", "HAMAS", "HEZBOLLAH", "TALIBAN", "HOUTHI", "ALQAEDA", "WAGNER",
          "ALSHABAAB", "BOKOHARAM", "HTS", "PIJ", "FARC", "ELN", "RSF", "M23", "TPLF", "YPG",
          "SDF", "LTTE", "HAQQANI", "ETA", "IRA", "LRA", "AQAP", "AQIM", "JNIM", "PFLP", "FATAH"}
HEADER = (
    "# provenance: written by the detente project from public knowledge of office holders "
    "(heads of state and government, ministers, intelligence chiefs, organisation officials, "
    "armed-group leaders, spokespeople, central bank governors, UN ambassadors, party and "
    "opposition leaders, governors and chief ministers, royals); dates as announced; knowledge "
    "up to late 2025, so later changes are missing; checked {day}\n"
    "name\taliases\tcountry\toffice\tsector\tstart\tend\n"
)


def fold(text: str) -> str:
    """ASCII-fold a name so 'Çavuşoğlu' is also matched as 'Cavusoglu'."""
    text = text.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("ł", "l")
    text = text.replace("ß", "ss").replace("’", "'").replace("‘", "'")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def full_date(text: str) -> str:
    """Expand YYYY or YYYY-MM to a full ISO day (first of the period)."""
    text = text.strip()
    if not text:
        return ""
    parts = text.split("-")
    while len(parts) < 3:
        parts.append("01")
    return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()


def sector_for(office: str, country: str, given: str) -> str:
    """Default sector: SPY for intelligence, IGO for organisations, REB for groups."""
    if given:
        return given
    if country in GROUPS:
        return "REB"
    if country in ORGS:
        return "IGO"
    if office == "intelligence_chief":
        return "SPY"
    if office in ("opposition_leader",):
        return "OPP"
    if office in ("party_leader",):
        return "PTY"
    if office in ("speaker_of_parliament", "legislator"):
        return "LEG"
    if office in ("chief_justice",):
        return "JUD"
    if office in ("military_chief",):
        return "MIL"
    if office in ("police_chief",):
        return "COP"
    return "GOV"


def aliases_for(name: str, aliases: str) -> str:
    """Keep the written aliases and add ASCII-folded variants, without duplicates."""
    out: list[str] = [a.strip() for a in aliases.split("|") if a.strip()]
    for form in [name, *out]:
        folded = fold(form)
        if folded != form:
            out.append(folded)
    seen: set[str] = {name}
    unique = []
    for form in out:
        if form not in seen:
            seen.add(form)
            unique.append(form)
    return "|".join(unique)


def convert(path: Path) -> list[str]:
    """Turn one fragment into TSV rows; raise with the line number on bad input."""
    rows: list[str] = []
    country = ""
    for num, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            country = line[1:].strip()
            continue
        fields = [f.strip() for f in line.split(";")]
        if len(fields) not in (5, 6):
            raise ValueError(f"{path.name}:{num}: expected 5 or 6 fields: {line}")
        name, aliases, office, start, end = fields[:5]
        office = OFFICES.get(office, office)
        sector = sector_for(office, country, fields[5] if len(fields) == 6 else "")
        try:
            start, end = full_date(start), full_date(end)
        except ValueError as err:
            raise ValueError(f"{path.name}:{num}: bad date: {line}") from err
        cells = [name, aliases_for(name, aliases), country, office, sector, start, end]
        rows.append("\t".join(cells))
    return rows


def main() -> None:
    """Write people.tsv from all fragments in file-name order."""
    rows: list[str] = []
    for frag in sorted((HERE / "people").glob("*.frag")):
        rows.extend(convert(frag))
    day = sys.argv[1] if len(sys.argv) > 1 else date.today().isoformat()
    text = HEADER.format(day=day) + "\n".join(rows) + "\n"
    (HERE / "people.tsv").write_text(text, encoding="utf-8")
    print(f"people.tsv: {len(rows)} rows")


if __name__ == "__main__":
    main()
