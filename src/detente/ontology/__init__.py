"""PLOVER and CAMEO as data: event types, quads, scores, codes and the mapping between them.

The tables live in `ontology/data/*.tsv` so they can be read, diffed and corrected
without touching code; this module only loads them (once) and answers lookups.
Every coder emits both a PLOVER type and a CAMEO code, so the two must agree: the
event coder picks a PLOVER type and asks `default_cameo` for the code to emit, and
the scorers map gold CAMEO codes back with `cameo_to_plover`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# PLOVER 0.5b1 names (used by older gold sets) -> (current type, mode implied by the old name)
OLD_NAMES: dict[str, tuple[str, str | None]] = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", "disapprove"),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}

# Roots of the CAMEO "penta" classes used by the ConfliBERT test set.
_PENTA = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}


@dataclass(frozen=True)
class PloverRow:
    plover: str
    mode: str | None
    quad: str
    intensity: float
    description: str


@dataclass(frozen=True)
class CameoRow:
    code: str
    name: str
    goldstein: float
    plover: str
    mode: str | None


def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a data table; the `# provenance` line (and any comment line) is skipped."""
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


@cache
def _plover() -> dict[tuple[str, str | None], PloverRow]:
    table: dict[tuple[str, str | None], PloverRow] = {}
    for r in _read_tsv("plover.tsv"):
        mode = r["mode"] or None
        table[(r["plover"], mode)] = PloverRow(
            r["plover"], mode, r["quad"], float(r["intensity"]), r["description"]
        )
    return table


@cache
def _cameo() -> dict[str, CameoRow]:
    mapping = {r["cameo"]: r for r in _read_tsv("cameo_plover.tsv")}
    table: dict[str, CameoRow] = {}
    for r in _read_tsv("cameo.tsv"):
        m = mapping.get(r["code"], {})
        table[r["code"]] = CameoRow(
            r["code"], r["name"], float(r["goldstein"]),
            m.get("plover", ""), m.get("mode") or None,
        )
    return table


@cache
def _defaults() -> dict[tuple[str, str | None], str]:
    """(type, None) -> the type's typical code; (type, mode) -> the mode's typical code."""
    out: dict[tuple[str, str | None], str] = {}
    for r in _read_tsv("cameo_plover.tsv"):
        flags = r.get("default", "")
        if "T" in flags:
            out[(r["plover"], None)] = r["cameo"]
        if "M" in flags and r["mode"]:
            out[(r["plover"], r["mode"])] = r["cameo"]
    return out


def normalise_plover(name: str) -> str:
    """Current PLOVER type for a name, mapping PLOVER 0.5b1 names (DEMAND -> REQUEST...)."""
    up = name.strip().upper()
    return OLD_NAMES[up][0] if up in OLD_NAMES else up


def plover_types() -> list[str]:
    """The 16 PLOVER event types in manual order (cooperative to conflictual)."""
    seen: dict[str, None] = {}
    for plover, _ in _plover():
        seen.setdefault(plover, None)
    return list(seen)


def plover_modes(plover: str) -> list[str]:
    """The modes PLOVER defines for a type (may be empty)."""
    p = normalise_plover(plover)
    return [m for (t, m) in _plover() if t == p and m]


def _type_row(plover: str) -> PloverRow:
    p = normalise_plover(plover)
    try:
        return _plover()[(p, None)]
    except KeyError:
        raise KeyError(f"unknown PLOVER type: {plover!r}") from None


def quad_of(plover: str) -> str:
    """Quad class of a PLOVER type (verbal_coop, material_coop, verbal_conflict, material_conflict)."""
    return _type_row(plover).quad


def plover_intensity(plover: str, mode: str | None = None) -> float:
    """PLOVER conflict/cooperation score of a type, or of type:mode when that mode is scored."""
    row = _type_row(plover)
    if mode:
        hit = _plover().get((row.plover, mode.strip().lower()))
        if hit is not None:
            return hit.intensity
    return row.intensity


def cameo_root(cameo: str) -> str:
    """First two digits of a CAMEO code ("0432" -> "04")."""
    return str(cameo).strip()[:2]


def _lookup(cameo: str) -> CameoRow:
    """Row for a code, falling back to shorter parents (4-digit -> 3-digit -> root)."""
    code = str(cameo).strip()
    table = _cameo()
    while code:
        if code in table:
            return table[code]
        code = code[:3] if len(code) > 3 else code[:2] if len(code) == 3 else ""
    raise KeyError(f"unknown CAMEO code: {cameo!r}")


def goldstein(cameo: str) -> float:
    """Goldstein weight of a CAMEO code (an unknown 4-digit code takes its parent's)."""
    return _lookup(cameo).goldstein


def cameo_name(cameo: str) -> str:
    """Short CAMEO name of a code."""
    return _lookup(cameo).name


def cameo_codes() -> list[str]:
    """All CAMEO codes in the table, roots included."""
    return list(_cameo())


def cameo_to_plover(cameo: str) -> tuple[str, str | None]:
    """(PLOVER type, mode) for a CAMEO code; ("", None) where PLOVER codes no event."""
    row = _lookup(cameo)
    return row.plover, row.mode


def default_cameo(plover: str, mode: str | None = None) -> str:
    """The most typical CAMEO code for a PLOVER type, or for type+mode when one exists."""
    up = plover.strip().upper()
    if up in OLD_NAMES and mode is None:
        up, mode = OLD_NAMES[up]
    p = normalise_plover(up)
    defaults = _defaults()
    if mode and (p, mode.strip().lower()) in defaults:
        return defaults[(p, mode.strip().lower())]
    if (p, None) not in defaults:
        raise KeyError(f"unknown PLOVER type: {plover!r}")
    return defaults[(p, None)]


def penta_of(cameo: str) -> int:
    """5-way CAMEO class: 0 = 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15, 17-20."""
    root = cameo_root(cameo)
    if root not in _PENTA:
        raise KeyError(f"unknown CAMEO root: {cameo!r}")
    return _PENTA[root]


__all__ = [
    "cameo_codes",
    "cameo_name",
    "cameo_root",
    "cameo_to_plover",
    "default_cameo",
    "goldstein",
    "normalise_plover",
    "penta_of",
    "plover_intensity",
    "plover_modes",
    "plover_types",
    "quad_of",
]
