"""Loaders for the gold sets, each turned into plain records the scorers understand.

Six formats exist (see ../shared/gold/README.md and the project's own
`eval/data/detente_gold.jsonl`); a file's kind is read from its name and, failing
that, from the shape of its first record, so a renamed copy still scores.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from detente.models import STATUSES
from detente.ontology import normalise_plover, plover_types

KINDS = ("seed", "petr2_gsr", "plover_gsr", "cameo_examples", "conflibert_cameo_test", "detente_gold",
         "articles")


@dataclass(frozen=True)
class Item:
    """One gold document: its text, date, and the gold annotation as loaded."""

    id: str
    text: str
    published: date | None
    gold: dict[str, Any] = field(default_factory=dict)


@dataclass
class GoldSet:
    name: str
    kind: str
    path: Path
    items: list[Item]
    meta: dict[str, Any] = field(default_factory=dict)  # seed: events, must_not, relations


def parse_date(value: Any) -> date | None:
    """Dates come as ISO strings, `YYYYMMDD`/`YYMMDD` strings, YAML dates or null.

    An unreadable date becomes None: the text is still worth scoring without it.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        if len(s) == 8 and s.isdigit():
            return date(int(s[:4]), int(s[4:6]), int(s[6:]))
        if len(s) == 6 and s.isdigit():
            year = int(s[:2])
            return date(2000 + year if year < 50 else 1900 + year, int(s[2:4]), int(s[4:]))
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL file; blank lines are skipped, a bad line names its number."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
    return out


def kind_of_record(rec: dict[str, Any]) -> str:
    """Guess a JSONL set's kind from one record's shape."""
    if "relations" in rec and "text" in rec:
        return "articles"
    if "penta" in rec:
        return "conflibert_cameo_test"
    if "cameo" in rec:
        return "cameo_examples"
    events = rec.get("events") or []
    if "markup" in rec or any("plover_0_5" in e for e in events):
        return "plover_gsr"
    if any("cameo" in e for e in events):
        return "petr2_gsr"
    return "detente_gold"


def detect_kind(path: Path, records: list[dict[str, Any]] | None = None) -> str:
    """Kind of a gold file: by its name first, then by its records' shape."""
    name = path.name.lower()
    if path.suffix.lower() in (".yaml", ".yml"):
        return "seed"
    for kind in ("petr2_gsr", "plover_gsr", "cameo_examples", "detente_gold"):
        if name.startswith(kind):
            return kind
    if name.startswith("conflibert"):
        return "conflibert_cameo_test"
    if records:
        return kind_of_record(records[0])
    raise ValueError(f"{path}: cannot tell which gold format this is")


def load_seed(path: Path) -> GoldSet:
    """The seed article's YAML; its `document` is relative to the folder above gold/."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc = Path(spec["document"])
    candidates = [path.parent.parent / doc, path.parent / doc, path.parent / doc.name]
    text_path = next((p for p in candidates if p.exists()), None)
    if text_path is None:
        raise FileNotFoundError(f"{path}: document {doc} not found beside the gold file")
    published = parse_date(spec.get("published"))
    item = Item(text_path.name, text_path.read_text(encoding="utf-8"), published)
    meta = {
        "events": spec.get("events") or [],
        "must_not": spec.get("must_not") or [],
        "relations": spec.get("relations") or {},
    }
    return GoldSet(path.stem, "seed", path, [item], meta)


def _item(rec: dict[str, Any], n: int, when: Any = None) -> Item:
    return Item(str(rec.get("id", n)), rec["text"], parse_date(when), rec)


def is_article(rec: Any) -> bool:
    """A document-level gold record: an article's text and the relations marked in it."""
    return isinstance(rec, dict) and isinstance(rec.get("text"), str) \
        and isinstance(rec.get("relations"), list)


def is_article_folder(path: Path) -> bool:
    """A folder of one-article JSON files (the `news_dev` layout)."""
    return path.is_dir() and any(p.suffix.lower() == ".json" for p in path.iterdir())


def _article_item(rec: dict[str, Any], n: int) -> Item:
    """The text is coded as a reader gets it: the title, a blank line, the body."""
    title = str(rec.get("title") or "").strip()
    text = (title + "\n\n" + rec["text"]).strip() if title else rec["text"].strip()
    return Item(str(rec.get("id", n)), text, parse_date(rec.get("published")), rec)


def _check_article(rec: Any, where: str) -> None:
    """One clear line naming the file (and line) and what is wrong with a gold article."""
    if not is_article(rec):
        raise ValueError(f"{where}: not an article gold record (needs 'text' and a 'relations' list)")
    for k, rel in enumerate(rec["relations"], 1):
        missing = [f for f in ("source", "target", "plover", "evidence")
                   if not isinstance(rel, dict) or not rel.get(f)]
        if missing:
            raise ValueError(f"{where}: relation {k} has no {', '.join(missing)}")
        if normalise_plover(str(rel["plover"])) not in plover_types():
            raise ValueError(f"{where}: relation {k} has unknown PLOVER type {rel['plover']!r}")


def load_articles(path: Path) -> GoldSet:
    """Document-level gold: a folder of one-article JSON files, one such file, or a JSONL
    file of them. A bad file is left out and named in `meta["problems"]`; the rest scores."""
    items, problems = [], []
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json")
        for n, f in enumerate(files, 1):
            try:
                rec = json.loads(f.read_text(encoding="utf-8"))
                _check_article(rec, str(f))
                items.append(_article_item(rec, n))
            except (ValueError, UnicodeDecodeError) as exc:
                problems.append(str(exc) if str(exc).startswith(str(f)) else f"{f}: {exc}")
        return GoldSet(path.name, "articles", path, items, {"problems": problems})
    if path.suffix.lower() == ".json":
        rec = json.loads(path.read_text(encoding="utf-8"))
        recs = rec if isinstance(rec, list) else [rec]
    else:
        recs = read_jsonl(path)
    for n, rec in enumerate(recs, 1):
        where = f"{path}:{n}" if len(recs) > 1 or path.suffix.lower() == ".jsonl" else str(path)
        try:
            _check_article(rec, where)
        except ValueError as exc:
            problems.append(str(exc))
            continue
        items.append(_article_item(rec, n))
    return GoldSet(path.stem, "articles", path, items, {"problems": problems})


def load(path: Path | str) -> GoldSet:
    """Load any gold file (or a folder of gold articles), detecting its kind."""
    path = Path(path)
    if path.is_dir() or path.suffix.lower() == ".json":
        return load_articles(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        return load_seed(path)
    records = read_jsonl(path)
    kind = detect_kind(path, records)
    if kind == "articles":
        return load_articles(path)
    items = []
    for n, rec in enumerate(records, 1):
        if kind == "petr2_gsr":
            items.append(_item(rec, n, rec.get("date")))
        elif kind == "detente_gold":
            items.append(_item(rec, n, rec.get("published")))
        else:
            items.append(_item(rec, n))
    return GoldSet(path.stem, kind, path, items)


def validate_detente_gold(path: Path | str) -> list[str]:
    """Problems in a project gold file (bad ids, types, statuses, dates); empty when clean."""
    problems = []
    seen: set[str] = set()
    types = set(plover_types())
    for n, rec in enumerate(read_jsonl(Path(path)), 1):
        where = f"{path}:{n}"
        rid = rec.get("id")
        if not rid or rid in seen:
            problems.append(f"{where}: missing or repeated id {rid!r}")
        seen.add(rid)
        if not str(rec.get("text") or "").strip():
            problems.append(f"{where}: empty text")
        if rec.get("published") and parse_date(rec["published"]) is None:
            problems.append(f"{where}: unreadable date {rec['published']!r}")
        for ev in rec.get("events") or []:
            if normalise_plover(str(ev.get("plover") or "")) not in types:
                problems.append(f"{where}: unknown PLOVER type {ev.get('plover')!r}")
            if ev.get("status", "asserted") not in STATUSES:
                problems.append(f"{where}: unknown status {ev.get('status')!r}")
            if not ev.get("source"):
                problems.append(f"{where}: event without a source")
    return problems
