"""Write the table `detente eval actors` reads from the ICEWS sample in ../shared (not bundled).

Why: ICEWS files every named person, party, agency and group under a country; its real rows
are the first reference for how many of the actors news names detente can place. The table
is built at evaluation time from the file itself (names, countries and dates as written
there) and never committed. Named actors: names without ICEWS's generic "Sector (Country)"
form that are not themselves a country or region (sectors NA) and have a country.

Run: python bench/icews_actor_table.py OUT.tsv [ICEWS.tab]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "interop" / "samples" \
    / "icews" / "events.2018.sample.tab"


def named_actors(path: Path = SAMPLE) -> list[dict[str, str]]:
    """One row per distinct named actor: name, country, first date, sectors, count."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    countries = {r[f"{s} Country"] for r in rows for s in ("Source", "Target")}
    count: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for r in rows:
        for side in ("Source", "Target"):
            name, country = r[f"{side} Name"], r[f"{side} Country"]
            sectors = r[f"{side} Sectors"]
            if "(" in name or name in countries or country == "NA" or sectors == "NA":
                continue
            key = (name, country)
            count[key] += 1
            if key not in first or r["Event Date"] < first[key][0]:
                first[key] = (r["Event Date"], sectors)
    return [{"name": n, "country": c, "date": first[(n, c)][0], "sector": first[(n, c)][1],
             "count": str(k)} for (n, c), k in count.most_common()]


def write_table(src: Path, out: Path) -> int:
    """Write the named-actor table of ICEWS file `src` to `out`; the number of rows."""
    rows = named_actors(src)
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["name", "country", "date", "sector", "count"], delimiter="\t",
                           quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


def main() -> None:
    out = Path(sys.argv[1])
    src = Path(sys.argv[2]) if len(sys.argv) > 2 else SAMPLE
    print(f"{out}: {write_table(src, out)} named actors")


if __name__ == "__main__":
    main()
