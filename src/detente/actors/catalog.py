"""The actor catalogue users see: list known actors, import their own, reuse learned ones.

The user's own actors live in one CSV (`DETENTE_ACTORS`, default ~/.detente/actors.csv);
every resolver reads it, and a user row for a name replaces the package's rows for that
name, so a correction needs no code change. Learned actors come from the store.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from .tables import (
    DATA,
    ActorEntry,
    canonical_code,
    fold,
    load_countries,
    load_organisations,
    load_people,
    read_tsv,
    table_names,
)
from .user import COLUMNS, load_user_actors
from .userfile import LIMIT_WHY, MAX_ROWS, ActorFileError

USER_COLUMNS = (*COLUMNS, "kind")


def user_actors_path() -> Path:
    """Where `detente actors import` keeps the user's actors."""
    env = os.environ.get("DETENTE_ACTORS")
    return Path(env) if env else Path.home() / ".detente" / "actors.csv"


def load_default_user_actors() -> list[ActorEntry]:
    """The user's actors; a broken file is named, with how to mend or replace it."""
    path = user_actors_path()
    if not path.exists():
        return []
    try:
        return load_user_actors(path)
    except ActorFileError as exc:
        raise ActorFileError(exc.path, exc.problems, hint=(
            f"the user actor file {path} is broken: fix it, or replace it with "
            "`detente actors import FILE --replace`")) from None


def import_user_actors(path: str | Path, replace: bool = False) -> tuple[int, Path]:
    """Add (or correct) actors from a CSV/YAML file into the user's actor file.

    A new row replaces an existing one with the same name, country, office and start; with
    `replace`, the new file's rows replace the whole file (the way out of a broken one). The
    file is checked whole first and written whole (a temporary file renamed into place), so a
    bad row or a failed write leaves the old file as it was.
    Returns how many rows were imported and where they went.
    """
    new = load_user_actors(path)
    target = user_actors_path()
    old: list[ActorEntry] = []
    if target.exists() and not replace:
        try:
            old = load_user_actors(target)
        except ActorFileError as exc:
            raise ActorFileError(exc.path, exc.problems, hint=(
                f"the user actor file in place, {target}, is broken, so {path} was not merged "
                f"into it: `detente actors import {path} --replace` replaces it")) from None
    keys = {_key(e) for e in new}
    merged = [e for e in old if _key(e) not in keys] + new
    if len(merged) > MAX_ROWS:
        raise ActorFileError(target, [(None, (f"{len(merged):,} actors with this import, more "
                                             f"than {MAX_ROWS:,}: {LIMIT_WHY}"))])
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as f:
            f.write("# provenance: actors added by the user with `detente actors import`\n")
            w = csv.DictWriter(f, fieldnames=USER_COLUMNS)
            w.writeheader()
            w.writerows(_row(e) for e in merged)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return len(new), target


def _key(e: ActorEntry) -> tuple:
    return fold(e.name), e.country, e.office, e.start


def _row(e: ActorEntry) -> dict[str, str]:
    return {"name": e.name, "aliases": "|".join(e.aliases), "country": e.country or "",
            "sector": e.sector or "", "office": e.office or "", "start": str(e.start or ""),
            "end": str(e.end or ""), "kind": e.kind}


def learned_entries(frame: Any, ambiguous: bool = False) -> list[ActorEntry]:
    """Learned actors (the store's learned_actors frame) as resolver `extra` entries.

    The latest learning of a name wins; no period is known, so the entry always holds.
    Names learned from an imported dataset (`detente import --learn-actors`) say so in
    their source, get no surname alias, and are left out when a dataset files them under
    several countries, or two datasets under different ones (`ambiguous=True` keeps them,
    for listing). A country a dataset gives outranks one inferred from a name's partners
    (`partners:` rows), which is used only where no dataset gives one.
    """
    latest: dict[tuple[str, str | None], dict] = {}
    for row in frame.to_dict(orient="records"):
        name = str(row.get("name") or "").strip()
        if not name:
            continue
        key = (fold(name), row.get("country"))
        if key not in latest or str(row.get("date") or "") >= str(latest[key].get("date") or ""):
            latest[key] = row
    clash = _dataset_clashes(list(latest.values()))
    generic = _generic_words()
    out = []
    for row in latest.values():
        name, sector = row["name"], _clean(row.get("sector"))
        dataset = _clean(row.get("dataset"))
        unclear = _clean(row.get("ambiguous")) not in (None, "False")
        outranked = clash.get(fold(name)) == "outranked" and _inferred(row)
        unclear = unclear or (dataset is not None and clash.get(fold(name)) == "clash"
                              and not outranked)
        common = dataset is not None and all(w in generic for w in fold(name).split())
        if outranked or ((unclear or common) and not ambiguous):
            continue
        person = sector not in ("JRN", "BUS", "PTY", "SOC", "EDU", "REL") and " " in name
        aliases = (name.split()[-1],) if person and not dataset else ()
        source = "learned"
        if dataset:
            source = (f"learned from {dataset}: {_clean(row.get('n_events'))} events "
                      f"{_clean(row.get('first_seen'))}..{_clean(row.get('last_seen'))}")
            if _inferred(row):
                source += (", country of the domestic actors it acts with (the file gives "
                           "none)")
            if unclear:
                source += ", ambiguous (filed under several countries; not used)"
            elif common:
                source += ", ambiguous (a name many countries' bodies share; not used)"
        out.append(ActorEntry(name, aliases, canonical_code(_clean(row.get("country"))), sector,
                              _clean(row.get("role")), None, None,
                              "person" if person else "other", source,
                              {"inferred": True} if _inferred(row) else {}))
    return out


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """generic_name_words.tsv: the words of names every country gives its own bodies."""
    return frozenset(fold(r["word"]) for r in read_tsv(DATA / "generic_name_words.tsv"))


def _inferred(row: dict) -> bool:
    return str(row.get("pattern") or "").startswith("partners:")


def _dataset_clashes(rows: list[dict]) -> dict[str, str]:
    """Folded names whose dataset rows disagree: "clash" when the best kind of evidence
    (a country the file gives, else one inferred) names two countries; "outranked" when a
    given country exists beside inferred ones (the inferred rows are dropped)."""
    given: dict[str, set] = {}
    inferred: dict[str, set] = {}
    for row in rows:
        if _clean(row.get("dataset")) is None or _clean(row.get("ambiguous")) not in (
                None, "False"):
            continue
        (inferred if _inferred(row) else given).setdefault(fold(str(row["name"])), set()).add(
            row.get("country"))
    out = {k: "clash" for k, v in inferred.items() if len(v) > 1}
    out.update({k: "outranked" for k in inferred if k in given})
    out.update({k: "clash" for k, v in given.items() if len(v) > 1})
    return out


def store_actor_entries(store: Any) -> list[ActorEntry] | None:
    """The learned actors of an open store as resolver `extra` entries (None when it has none).

    The one path by which a store's learned actors reach a resolver: `detente code --db`,
    `actors explain --db` and `eval actors --db` all call it, so an evaluation measures what
    coding does. The resolver uses them only as a fallback (`ActorResolver`).
    """
    frame = store.learned_frame()
    return learned_entries(frame) if len(frame) else None


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):  # pandas NaN
        return None
    return str(value).strip() or None


def list_actors(db: str | Path | None = None, learned_only: bool = False,
                query: str | None = None, on: dt.date | None = None):
    """A DataFrame of actors: package tables, the user's file and (with `db`) learned ones.

    `query` keeps names or aliases containing the text; `on` keeps people holding
    their office on that date.
    """
    import pandas as pd

    rows: list[dict] = []
    if not learned_only:
        rows += [_entry_row(e, "people.tsv") for e in load_people()]
        rows += [_entry_row(e, "user") for e in load_default_user_actors()]
        rows += [{"name": o.name, "aliases": "|".join(o.aliases), "code": o.code + o.sector,
                  "country": o.code, "sector": o.sector or None, "office": None, "start": None,
                  "end": None, "kind": o.kind,
                  "source": _org_source(o.kind)}
                 for o in load_organisations()]
        rows += [{"name": c.name, "aliases": "|".join(c.names + c.adjectives), "code": c.iso3,
                  "country": c.sovereign or c.iso3, "sector": None, "office": None,
                  "start": None, "end": None, "kind": "state", "source": "countries.tsv"}
                 for c in load_countries()]
    if db is not None:
        from detente.store import Store

        with Store(db, read_only=True) as store:
            frame = store.learned_frame()
        held = table_names() | {fold(n) for e in load_people() for n in (e.name, *e.aliases)}
        rows += [_entry_row(e, e.source + (", not used (detente's tables hold this name)"
                                          if fold(e.name) in held else ""))
                 for e in learned_entries(frame, ambiguous=True)] if len(frame) else []
    df = pd.DataFrame(rows, columns=["name", "aliases", "code", "country", "sector", "office",
                                     "start", "end", "kind", "source"])
    if query:
        q = fold(query)
        df = df[df["name"].map(fold).str.contains(q, regex=False)
                | df["aliases"].fillna("").map(fold).str.contains(q, regex=False)]
    if on is not None:
        start = pd.to_datetime(df["start"]).dt.date
        end = pd.to_datetime(df["end"]).dt.date
        dated = df["start"].notna()
        held = (start <= on) & (df["end"].isna() | (end >= on))
        df = df[~dated | held]
    return df.reset_index(drop=True)


def _entry_row(e: ActorEntry, source: str) -> dict:
    return {"name": e.name, "aliases": "|".join(e.aliases),
            "code": f"{e.country or '---'}{e.sector or ''}", "country": e.country,
            "sector": e.sector, "office": e.office, "start": e.start, "end": e.end,
            "kind": e.kind, "source": source}


__all__ = ["import_user_actors", "learned_entries", "list_actors", "load_default_user_actors",
           "store_actor_entries", "user_actors_path"]


def _org_source(kind: str) -> str:
    """The table a row of `load_organisations` comes from (parties, agencies and media are
    national_bodies.tsv's)."""
    return "national_bodies.tsv" if kind in ("party", "agency", "media") else "organisations.tsv"
