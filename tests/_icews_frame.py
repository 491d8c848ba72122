"""Test helper: the real ICEWS18 file (../shared) as an events frame, without the importer.

Only countries the file names (plain country actors and `Sector (Country)` actors) are
kept; people and organisations, whose country the file leaves empty, stay without one.
The real path into detente is `detente import icews`; this helper lets relations tests
run on real events with nothing but pandas and detente's own tables.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd

from detente.actors.tables import load_countries, load_people
from detente.ontology import cameo_to_plover, plover_intensity, quad_of

ICEWS18 = Path(__file__).resolve().parents[1].parent / "shared/reference/realdata/icews18.tab.gz"


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Country name (any spelling in detente's table) -> ISO3."""
    out: dict[str, str] = {}
    for row in load_countries():
        for name in (row.name, *row.names):
            out.setdefault(name.lower(), row.iso3)
    # ICEWS spellings detente's table does not have
    out.update({"palestinian territory, occupied": "PSE", "democratic republic of congo": "COD"})
    return out


def _people_country(names: pd.Series, days: pd.Series) -> pd.Series:
    """Country of a person named exactly as in detente's people table, on the event's day.

    A rough stand-in for the importer's fill (no organisations, no fuzzy names).
    """
    table: dict[str, list] = {}
    for entry in load_people():
        if entry.country:
            for name in (entry.name, *entry.aliases):
                table.setdefault(name.lower(), []).append(entry)
    out = []
    for name, day in zip(names.str.lower(), days):
        hits = table.get(name, [])
        when = date.fromisoformat(day)
        held = [e for e in hits if e.holds_on(when)] or hits
        out.append(held[0].country if held and len({e.country for e in held}) == 1 else None)
    return pd.Series(out, index=names.index)


def icews_frame(path: Path = ICEWS18, people: bool = True) -> pd.DataFrame:
    """The ICEWS .tab(.gz) file as an events frame (design.md columns that it can fill)."""
    raw = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=3)
    codes = country_codes()
    plover = {c: cameo_to_plover(c) for c in raw["CAMEO Code"].unique()}
    inten = {c: plover_intensity(*pm) if pm[0] else None for c, pm in plover.items()}
    p = raw["CAMEO Code"].map(lambda c: plover[c][0])
    m = raw["CAMEO Code"].map(lambda c: plover[c][1])
    df = pd.DataFrame({
        "event_id": raw["Event ID"], "doc_id": raw["Event ID"], "sentence_index": 0,
        "source_name": raw["Source Name"], "target_name": raw["Target Name"],
        "source_country": raw["Source Country"].str.lower().map(codes),
        "target_country": raw["Target Country"].str.lower().map(codes),
        "plover": p, "mode": m, "cameo": raw["CAMEO Code"],
        "quad": p.map(lambda x: quad_of(x) if x else None),
        "intensity": raw["CAMEO Code"].map(inten),
        "goldstein": pd.to_numeric(raw["Intensity"], errors="coerce"),
        "status": "asserted", "date": raw["Event Date"], "published": raw["Event Date"],
        "confidence": 0.5, "evidence": raw["Event Text"],
    })
    if people:
        for side in ("source", "target"):
            empty = df[f"{side}_country"].isna()
            df.loc[empty, f"{side}_country"] = _people_country(
                df.loc[empty, f"{side}_name"], df.loc[empty, "date"])
    df["source_code"], df["target_code"] = df["source_country"], df["target_country"]
    return df
