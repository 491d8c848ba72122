"""Many GDELT rows from a real sample: the same lines with shifted ids and dates.

For measuring imports and queries at scale (`bench/interop.py`) without a 10-million-row
download: block k of the output is the sample with every event id moved past the
previous blocks' and every date moved k days earlier, so each row is a distinct event
and the events spread over years. Written as a stream, a block at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path


def _shift(day: str, days: int) -> date | None:
    try:
        return date(int(day[:4]), int(day[4:6]), int(day[6:8])) - timedelta(days=days)
    except ValueError:
        return None


def replicate(sample: Path, rows: int) -> Iterator[str]:
    """`rows` GDELT 2.0 lines made from the lines of `sample` (61 tab-separated fields)."""
    lines = [ln.split("\t") for ln in sample.read_text(encoding="utf-8").splitlines() if ln]
    ids = [int(f[0]) for f in lines]
    stride = max(ids) - min(ids) + 1
    middle = ["\t".join(f[5:59]) for f in lines]
    tails = [f[60] for f in lines]
    made = 0
    block = 0
    while made < rows:
        cache: dict[str, tuple[str, str, str, str]] = {}
        for i, f in enumerate(lines):
            if made >= rows:
                return
            key = f[1]
            if key not in cache:
                d = _shift(key, block) or date(2000, 1, 1)
                frac = d.year + (d.timetuple().tm_yday / 365.0)
                cache[key] = (d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year), f"{frac:.4f}")
            day, month, year, frac = cache[key]
            yield (f"{ids[i] + block * stride}\t{day}\t{month}\t{year}\t{frac}\t{middle[i]}\t"
                   f"{day}000000\t{tails[i]}\n")
            made += 1
        block += 1


def write_replica(sample: Path, rows: int, out: Path) -> Path:
    """The replica written to `out` (plain text), in chunks of lines."""
    with open(out, "w", encoding="utf-8") as fh:
        chunk: list[str] = []
        for line in replicate(sample, rows):
            chunk.append(line)
            if len(chunk) >= 50_000:
                fh.write("".join(chunk))
                chunk.clear()
        fh.write("".join(chunk))
    return out
