"""The event datasets people already hold: GDELT, ICEWS, POLECAT, Phoenix in and out.

`import_files(paths, fmt, store)` streams files into the store beside detente's own
events (the `dataset` column tells them apart); `export_events` writes the store in
those formats; `compare_sources` sets two datasets' cooperation index of a pair side
by side. See docs/interop.md.
"""

from detente.interop.formats import DATASETS, FORMATS, get_format
from detente.interop.importer import ImportReport, import_files

__all__ = ["DATASETS", "FORMATS", "ImportReport", "get_format", "import_files"]
