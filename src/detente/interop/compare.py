"""`detente compare`: one source's view of a pair checked against another's.

The cooperation index of the pair per period is computed for each dataset alone (the
relations layer's own `series`, so both are what `detente relations` would show), set
side by side, and summarised by their correlation over the periods both cover and the
periods where they disagree most. Two datasets that tell the same story correlate; a
month where they part is where to read the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from detente.errors import UsageError
from detente.store import Store


@dataclass
class Comparison:
    """The two series side by side, and what they say together."""

    pair: str
    datasets: tuple[str, str]
    table: pd.DataFrame  # period, n_X, index_X, n_Y, index_Y, difference
    correlation: float  # Pearson, over periods where both have events
    rank_correlation: float  # Spearman, same periods
    n_periods: int  # periods both have events in
    disagree: pd.DataFrame  # the periods of largest |difference|

    def to_dict(self) -> dict[str, Any]:
        return {"pair": self.pair, "datasets": list(self.datasets),
                "correlation": self.correlation, "rank_correlation": self.rank_correlation,
                "n_periods": self.n_periods, "series": self.table.to_dict(orient="records"),
                "disagree": self.disagree.to_dict(orient="records")}

    def summary(self) -> str:
        x, y = self.datasets
        corr = "n/a" if np.isnan(self.correlation) else f"{self.correlation:+.2f}"
        rank = "n/a" if np.isnan(self.rank_correlation) else f"{self.rank_correlation:+.2f}"
        return (f"{self.pair}: cooperation index of {x} vs {y}, correlation {corr} (Spearman "
                f"{rank}) over {self.n_periods} periods where both have events")


def dataset_series(store: Store, a: str, b: str, dataset: str, by: str = "month",
                   since: Any = None, until: Any = None) -> pd.DataFrame:
    """`relations.series` of the pair on one dataset's events (repeated reports merged)."""
    from detente.interop import rollup
    from detente.relations import dedupe, series

    if dataset != "detente" and rollup.usable(store, [dataset]):
        return rollup.series(store, a, b, by=by, datasets=[dataset], since=since, until=until)
    frame = store.events_frame(pair=(a, b), dataset=dataset)
    if dataset == "detente":
        frame = dedupe(frame)
    return series(frame, a, b, by=by, since=since, until=until)


def compare_sources(store: Store, a: str, b: str, datasets: list[str], by: str = "month",
                    since: Any = None, until: Any = None, top: int = 5) -> Comparison:
    """The pair's index per period in two datasets, their correlation, where they differ."""
    names = [d.strip().lower() for d in datasets if d and d.strip()]
    if len(names) != 2 or names[0] == names[1]:
        raise UsageError("compare needs two different datasets: --dataset X --dataset Y")
    x, y = names
    sx = dataset_series(store, a, b, x, by, since, until)
    sy = dataset_series(store, a, b, y, by, since, until)
    keep = ["period", "n_events", "index", "ci_low", "ci_high"]
    table = pd.merge(sx[keep].rename(columns=lambda c: c if c == "period" else f"{c}_{x}"),
                     sy[keep].rename(columns=lambda c: c if c == "period" else f"{c}_{y}"),
                     on="period", how="outer").sort_values("period").reset_index(drop=True)
    for col in (f"n_events_{x}", f"n_events_{y}"):
        table[col] = table[col].fillna(0).astype(int)
    table["difference"] = table[f"index_{x}"] - table[f"index_{y}"]
    both = table.dropna(subset=[f"index_{x}", f"index_{y}"])
    corr = rank = float("nan")
    if len(both) >= 3:
        corr = float(np.corrcoef(both[f"index_{x}"], both[f"index_{y}"])[0, 1])
        rank = float(both[f"index_{x}"].rank().corr(both[f"index_{y}"].rank()))
    disagree = both.reindex(both["difference"].abs().sort_values(ascending=False).index).head(top)
    pair = "-".join(sorted((a.upper(), b.upper())))
    return Comparison(pair, (x, y), table, corr, rank, len(both), disagree.reset_index(drop=True))
