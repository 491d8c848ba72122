"""Reading and checking a user's actor file (CSV, TSV or YAML) before any of it is used.

Every resolver loads the user's file, so one bad row would break every later run: rows are
checked on import, each problem is reported with its line, and a file with any problem is
refused whole. Limits keep a file from costing what a user would not expect: the resolver
matches every name in every sentence, so a file of half a million rows makes coding one
sentence take minutes; YAML aliases can blow a small file up into gigabytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path
from typing import Any

from detente.errors import DetenteError, InputError

MAX_BYTES = 5 * 2**20
MAX_ROWS = 20_000
MAX_TEXT = 200  # characters in a name, alias or office
MAX_ALIASES = 50
MAX_LISTED = 30  # problems listed in one error; the rest are counted

COLUMNS = ("name", "aliases", "country", "sector", "office", "start", "end", "kind")
REQUIRED = ("name", "country")
KINDS = ("person", "igo", "group", "state", "other")
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,7}")
_SECTOR = re.compile(r"[A-Z]{2,6}")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
LIMIT_WHY = ("every resolver loads this file and looks for each name in every sentence, so "
              "a larger file would make coding slow and use a lot of memory")

Row = tuple[int, dict[str, str]]  # (line in the file, cells by column)
Problem = tuple[int | None, str]


class ActorFileError(DetenteError):
    """A user actor file that cannot be used: each problem names its line."""

    status = 1  # bad input, as a bad document is

    def __init__(self, path: str | Path, problems: list[tuple[int | None, str]],
                 hint: str | None = None) -> None:
        self.path, self.problems, self.hint = str(path), problems, hint
        super().__init__(str(self))

    def __str__(self) -> str:
        lines = [str(InputError(self.path, line, problem))
                 for line, problem in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(f"... and {len(self.problems) - MAX_LISTED} more problems")
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


def read_rows(path: str | Path) -> tuple[list[Row], list[Problem]]:
    """The rows of an actor file with their line numbers, and the lines that are no rows;
    `ActorFileError` when the file as a whole cannot be read."""
    from detente.ingest.readers import decode_text, read_bytes

    path = Path(path)
    try:
        if path.exists() and path.is_file() and path.stat().st_size > MAX_BYTES:
            raise ActorFileError(path, [(None, (f"larger than {MAX_BYTES // 2**20} MB: "
                                               f"{LIMIT_WHY}"))])
        text = decode_text(read_bytes(path), str(path))
    except InputError as exc:
        raise ActorFileError(path, [(exc.line, exc.problem)]) from None
    if path.suffix.lower() in (".yaml", ".yml"):
        return _yaml_rows(path, text)
    return _csv_rows(path, text)


def _csv_rows(path: Path, text: str) -> tuple[list[Row], list[Problem]]:
    lines = text.splitlines()
    head = next((i for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith("#")),
                None)
    if head is None:
        raise ActorFileError(path, [(None, "no header line (name,country,...) and no rows")])
    delim = "\t" if path.suffix.lower() == ".tsv" or "\t" in lines[head] else ","
    header = [c.strip().lower() for c in next(csv.reader([lines[head]], delimiter=delim))]
    _check_header(path, head + 1, header)
    rows: list[Row] = []
    problems: list[tuple[int | None, str]] = []
    for number, line in enumerate(lines[head + 1:], start=head + 2):
        if not line.strip():
            continue
        if line.lstrip().startswith("#"):
            if delim in line:  # a commented-out row, or a name that begins with '#'
                problems.append((number, ("begins with '#', which marks a comment, but looks like "
                                         "a row: quote the name (\"#...\") to import it, or "
                                         "delete the line")))
            continue
        cells = next(csv.reader([line], delimiter=delim))
        if len(cells) > len(header):
            problems.append((number, (f"{len(cells)} cells but the header has {len(header)} "
                                     "columns")))
            continue
        rows.append((number, {k: (v or "") for k, v in zip(header, cells)}))
        if len(rows) > MAX_ROWS:
            raise ActorFileError(path, [(None, f"more than {MAX_ROWS:,} rows: {LIMIT_WHY}")])
    return rows, problems


def _check_header(path: Path, line: int, header: list[str]) -> None:
    problems = []
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        problems.append((line, (f"unknown column{'s' * (len(unknown) > 1)} "
                               f"{', '.join(repr(c) for c in unknown)}; the columns are "
                               f"{', '.join(COLUMNS)}")))
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        problems.append((line, (f"no {' or '.join(repr(c) for c in missing)} column: every "
                               "actor needs a name and a country (or organisation) code")))
    doubled = sorted({c for c in header if header.count(c) > 1})
    if doubled:
        problems.append((line, f"column {', '.join(repr(c) for c in doubled)} given twice"))
    if problems:
        raise ActorFileError(path, problems)


def _yaml_rows(path: Path, text: str) -> tuple[list[Row], list[Problem]]:
    import yaml

    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else None
                raise ActorFileError(path, [(line, ("YAML aliases (*name) are not allowed in an "
                                                   "actor file: a few of them can expand a small "
                                                   "file into gigabytes"))])
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ActorFileError(path, [(mark.line + 1 if mark else None,
                                     f"not valid YAML ({what})")]) from None
    items, nodes = data, getattr(root, "value", None)
    if isinstance(data, dict) and "actors" in data:
        items = data["actors"]
        nodes = next((v.value for k, v in root.value if k.value == "actors"), None)
    if not isinstance(items, list):
        raise ActorFileError(path, [(1, ("expected a list of actors (mappings with name, country, "
                                        "...) or a mapping with an 'actors' list, got "
                                        f"{type(items).__name__}"))])
    if len(items) > MAX_ROWS:
        raise ActorFileError(path, [(None, f"more than {MAX_ROWS:,} actors: {LIMIT_WHY}")])
    rows: list[Row] = []
    problems: list[tuple[int | None, str]] = []
    for i, item in enumerate(items):
        line = nodes[i].start_mark.line + 1 if isinstance(nodes, list) and i < len(nodes) else None
        if not isinstance(item, dict):
            problems.append((line, (f"expected a mapping (name: ..., country: ...), got "
                                   f"{type(item).__name__}")))
            continue
        cells: dict[str, str] = {}
        for key, value in item.items():
            key = str(key).strip().lower()
            if key not in COLUMNS:
                problems.append((line, (f"unknown field {key!r}; the fields are "
                                       f"{', '.join(COLUMNS)}")))
            elif isinstance(value, list) and key == "aliases":
                cells[key] = "|".join(str(x) for x in value)
            elif isinstance(value, (list, dict)):
                problems.append((line, (f"{key!r} must be one value, not a "
                                       f"{type(value).__name__}")))
            else:
                cells[key] = "" if value is None else str(value)
        rows.append((line or 0, cells))
    return rows, problems


def check_row(cells: dict[str, str]) -> list[str]:
    """What is wrong with one row (nothing when it can be used)."""
    problems = []
    name = cells.get("name", "").strip()
    if not name:
        problems.append("no name")
    for key in ("name", "office"):
        value = cells.get(key, "")
        if len(value) > MAX_TEXT:
            problems.append(f"{key} longer than {MAX_TEXT} characters")
        if _CONTROL.search(value):
            problems.append(f"{key} contains control characters")
    aliases = [a.strip() for a in cells.get("aliases", "").split("|") if a.strip()]
    if len(aliases) > MAX_ALIASES:
        problems.append(f"more than {MAX_ALIASES} aliases")
    if any(len(a) > MAX_TEXT or _CONTROL.search(a) for a in aliases):
        problems.append(f"an alias longer than {MAX_TEXT} characters or with control characters")
    country = cells.get("country", "").strip().upper()
    if not _CODE.fullmatch(country):
        problems.append(f"country {cells.get('country', '')!r} is not a code such as TUR, USA or "
                        "NATO")
    sector = cells.get("sector", "").strip().upper()
    if sector and not _SECTOR.fullmatch(sector):
        problems.append(f"sector {cells.get('sector')!r} is not a code such as GOV, MIL or REB")
    kind = cells.get("kind", "").strip().lower()
    if kind and kind not in KINDS:
        problems.append(f"kind {cells.get('kind')!r} is not one of {', '.join(KINDS)}")
    days = {}
    for key in ("start", "end"):
        value = cells.get(key, "").strip()
        if not value:
            continue
        day = _day(value)
        if day is None:
            problems.append(f"{key} {value!r} is not a date like 2021-03-20 (or 2021-03, 2021)")
        days[key] = day
    if days.get("start") and days.get("end") and days["end"] < days["start"]:
        problems.append(f"end {cells['end']} is before start {cells['start']}")
    return problems


def _day(value: str) -> dt.date | None:
    if not _DATE.fullmatch(value):
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return dt.date(*parts[:3])
    except ValueError:
        return None


def checked_rows(path: str | Path) -> list[dict[str, Any]]:
    """The rows of a user actor file, every one checked; `ActorFileError` lists each bad row."""
    rows, problems = read_rows(path)
    problems += [(line, "; ".join(found)) for line, cells in rows if (found := check_row(cells))]
    if problems:
        problems.sort(key=lambda p: p[0] or 0)
        raise ActorFileError(path, problems)
    return [cells for _, cells in rows]
