"""Readers that turn files, folders and standard input into `Article` records."""

from detente.ingest.ids import content_id
from detente.ingest.readers import iter_files, read_paths, read_text

__all__ = ["content_id", "iter_files", "read_paths", "read_text"]
