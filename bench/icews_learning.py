"""What `detente import icews --learn-actors` adds, measured on files the names are not from.

Why: learned actors are worth having only if they place names detente's tables miss in
OTHER news, and never move a name the tables already place. The June ICEWS sample in
../shared is split by day into two temporary files (never kept); actors learned from one
day are used to resolve the named actors of the other (the table `bench/icews_actor_table.py`
builds, resolved as `detente eval actors --db` does), and the whole-sample table is
judged two-fold (each name with the day it was first seen held out). The ICEWS18 benchmark
file of two months later (`realdata/icews18.tab.gz`, no country for people) is learned
from too, with and without placing people by the domestic actors they act with
(`interop.learning.partner_countries`); that rule is measured against the countries the
June file gives and the ones detente's own tables give. Last, the share of coding CPU time
spent in actor lookup with the ICEWS18 actors loaded.

Run: python bench/icews_learning.py [--no-realdata] [--no-speed]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from icews_actor_table import SAMPLE, write_table

from detente.actors import ActorResolver, learned_entries, store_actor_entries
from detente.actors.evaluate import (
    ActorCase,
    ActorReport,
    evaluate_actors,
    read_cases,
)
from detente.interop import import_files
from detente.interop.learning import partner_countries
from detente.store import Store

REALDATA = REPO.parent / "shared" / "reference" / "realdata" / "icews18.tab.gz"


def split_by_day(sample: Path, out: Path) -> dict[str, Path]:
    """One ICEWS file per Event Date of `sample`, under `out`."""
    with open(sample, encoding="utf-8") as f:
        header, *lines = f.read().splitlines()
    days: dict[str, list[str]] = {}
    for line in lines:
        days.setdefault(line.split("\t")[1], []).append(line)
    paths = {}
    for day, rows in sorted(days.items()):
        paths[day] = out / f"icews-{day}.tab"
        paths[day].write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return paths


def table(path: Path, out: Path) -> list[ActorCase]:
    """The named-actor table of an ICEWS file, as `detente eval actors` reads it."""
    write_table(path, out)
    return read_cases(out)[0]


def learn(files: list[Path], db: Path) -> Store:
    with Store(db) as store:
        import_files(files, "icews", store, learn_actors=True)
    return Store(db, read_only=True)


def line(label: str, report: ActorReport, base: ActorReport | None = None) -> str:
    text = (f"  {label:44} right {report.share('right'):6.1%} wrong {report.share('wrong'):5.1%}"
            f" none {report.share('none'):5.1%}  weighted {report.weighted_share('right'):6.1%}")
    if base is not None:
        was = {o.case.name: o.verdict for o in base.outcomes}
        now = {o.case.name: o.verdict for o in report.outcomes}
        gained = sum(1 for n, v in now.items() if v == "right" and was.get(n) != "right")
        lost = [n for n, v in was.items() if v == "right" and now.get(n) != "right"]
        text += f"  (+{gained} right, {len(lost)} lost{': ' + ', '.join(lost) if lost else ''})"
    return text


def two_fold(cases: list[ActorCase], by_day: dict[str, ActorResolver]) -> ActorReport:
    """Each case resolved with `by_day[its day]`: the actors learned from the other day."""
    report = ActorReport()
    for day, resolver in by_day.items():
        report.outcomes += evaluate_actors([c for c in cases if str(c.when) == day],
                                           resolver).outcomes
    return report


def inference_check(store: Store, every: bool, truth: str) -> str:
    """How often the partner rule places a name in the country `truth` says."""
    items = [i for i in partner_countries(store, "icews", every) if i.country]
    judged = [i for i in items if getattr(i, truth)]
    right = sum(1 for i in judged if getattr(i, truth) == i.country)
    return (f"{right} of {len(judged)} right ({right / max(1, len(judged)):.1%}); "
            f"{len(items) - len(judged)} placed with nothing to check against")


def speed(extra) -> str:
    """CPU seconds in actor lookup over all coding CPU seconds, ICEWS18 actors loaded."""
    from run import build_corpus

    from detente.pipeline import Pipeline

    articles = build_corpus(0.25)
    t0 = time.process_time()
    pipeline = Pipeline(extra_actors=extra)
    built = time.process_time() - t0
    spent = [0.0]

    def timed(fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[0] += time.process_time() - start
        return wrapper

    pipeline.resolver.resolve = timed(pipeline.resolver.resolve)
    pipeline.resolver.learn = timed(pipeline.resolver.learn)
    start = time.process_time()
    for _ in pipeline.code_articles(articles):
        pass
    total = time.process_time() - start
    return (f"actor lookup {spent[0]:.1f} of {total:.1f} CPU s of coding ({spent[0] / total:.1%}),"
            f" {len(articles)} articles; pipeline built in {built:.1f} CPU s with "
            f"{len(extra or [])} learned actors")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-realdata", action="store_true", help="Skip learning from ICEWS18.")
    ap.add_argument("--no-speed", action="store_true", help="Skip the CPU-time share.")
    args = ap.parse_args()
    if not SAMPLE.exists():
        print(f"skipped: {SAMPLE} is absent")
        return
    from detente.nlp import load_nlp

    nlp = load_nlp()
    base_resolver = ActorResolver(nlp, user=False)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        days = split_by_day(SAMPLE, tmp)
        cases = {day: table(path, tmp / f"{day}.tsv") for day, path in days.items()}
        whole = table(SAMPLE, tmp / "whole.tsv")
        stores = {day: learn([path], tmp / f"{day}.duckdb") for day, path in days.items()}
        learned = {day: ActorResolver(nlp, extra=store_actor_entries(store), user=False)
                   for day, store in stores.items()}
        print("ICEWS sample, named actors: share resolved to ICEWS's country "
              "(detente eval actors TABLE [--db STORE])")
        (d1, d2) = list(days)[:2]
        for day, other in ((d2, d1), (d1, d2)):
            base = evaluate_actors(cases[day], base_resolver)
            print(f" names of {day} ({len(cases[day])}), learning from {other} "
                  f"({len(store_actor_entries(stores[other]) or [])} names):")
            print(line("tables only", base))
            print(line(f"+ learned from {other}", evaluate_actors(cases[day], learned[other]),
                       base))
        base = evaluate_actors(whole, base_resolver)
        print(f" whole sample ({len(whole)} names):")
        print(line("tables only", base))
        other_day = {d1: learned[d2], d2: learned[d1]}
        print(line("+ learned from the other day (two-fold)", two_fold(whole, other_day), base))
        print(" partner rule (people placed by the domestic actors they act with):")
        with learn([SAMPLE], tmp / "june.duckdb") as june:
            print(f"  June sample, against ICEWS's own countries: "
                  f"{inference_check(june, True, 'given')}")
        extra18 = None
        if not args.no_realdata and REALDATA.exists():
            with learn([REALDATA], tmp / "icews18.duckdb") as s18:
                print(f"  ICEWS18, against detente's tables: {inference_check(s18, False, 'known')}")
                frame = s18.learned_frame()
                extra18 = store_actor_entries(s18)
            given = frame[~frame["pattern"].fillna("").str.startswith("partners:")]
            plain = ActorResolver(nlp, extra=learned_entries(given) if len(given) else None,
                                  user=False)
            with_18 = ActorResolver(nlp, extra=extra18, user=False)
            print(f" whole sample, learning from {REALDATA.name} ({len(frame)} rows, "
                  f"{len(extra18 or [])} usable names):")
            print(line("+ ICEWS18 names with a country in the file", evaluate_actors(whole, plain),
                       base))
            print(line("+ ICEWS18 with the partner rule", evaluate_actors(whole, with_18), base))
        elif not args.no_realdata:
            print(f" skipped ICEWS18: {REALDATA} is absent")
        for store in stores.values():
            store.close()
    if not args.no_speed:
        print(" speed: " + speed(extra18))


if __name__ == "__main__":
    main()
