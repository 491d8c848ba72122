"""The embedded DuckDB store of documents, events, statements and learned actors."""

from detente.store.duck import Store
from detente.store.schema import EVENT_COLUMNS, event_row

__all__ = ["EVENT_COLUMNS", "Store", "event_row"]
