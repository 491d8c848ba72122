"""Coding at scale on Dask: partitioned documents, Parquet shards, one DuckDB writer.

`DaskRun` is the library behind `detente code --cluster local:N` and
`detente code --scheduler tcp://HOST:8786`. See docs/scale.md.
"""

from detente.scale.dataset import export_parquet
from detente.scale.run import DaskRun

__all__ = ["DaskRun", "export_parquet"]
