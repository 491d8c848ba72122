"""Readers that turn files, folders and standard input into `Article` records."""

from detente.ingest.readers import read_paths, read_text, iter_files
from detente.ingest.ids import content_id

__all__ = ["read_paths", "read_text", "iter_files", "content_id"]
