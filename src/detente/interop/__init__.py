"""The event datasets people already hold: GDELT, ICEWS, POLECAT, Phoenix in and out.

`import_files(paths, fmt, store)` streams files into the store beside detente's own
events (the `dataset` column tells them apart); `export.export_events` writes the store in
those formats; `compare.compare_sources` sets two datasets' cooperation index of a pair
side by side; `rollup` answers dyads and relations of imported events from pre-summed
pair-days. See docs/interop.md.

Names are loaded on first use: `detente dyads` reads `rollup` without paying for the
actor tables (and spaCy) that only an import needs.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {"import_files": "importer", "ImportReport": "importer", "FORMATS": "formats",
         "DATASETS": "formats", "get_format": "formats"}

__all__ = ["DATASETS", "FORMATS", "ImportReport", "get_format", "import_files"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"detente.interop.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'detente.interop' has no attribute {name!r}")
