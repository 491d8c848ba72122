"""detente: news in, evidence-backed event data and relations between states out.

    >>> import detente
    >>> events = detente.code_text("Turkey urged Iran to help fight the PKK.", published=None)
    >>> store = detente.Store("detente.duckdb")
"""

from detente.coding import code_paths
from detente.models import Actor, Article, Event, Location, Quote, Sentence
from detente.pipeline import Pipeline, code_batch, code_text
from detente.store import Store

__all__ = [
    "Actor",
    "Article",
    "Event",
    "Location",
    "Pipeline",
    "Quote",
    "Sentence",
    "Store",
    "code_batch",
    "code_paths",
    "code_text",
]
__version__ = "0.1.0"
