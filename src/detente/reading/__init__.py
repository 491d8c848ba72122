"""The reading stage: the whole article, after the sentence coder.

The sentence coder codes each sentence on its own; what a sentence leaves open (a
side that is "it", "the ministry", a passive with no agent, a quotation whose
speaker is named a sentence later, an act aimed at no one named) is a gap. This
stage reads the article as a whole, builds its actors' chains and its quotations,
and fills each gap, nearest evidence first; each side of each event says how it was
found (`source_basis`, `target_basis`: text, owner, place, quote, coreference,
context). `read_events` works on plain records (`facts.ArticleFacts`) that tests
build by hand; `read_doc` makes those records from a parsed document.
"""

from __future__ import annotations

from detente.models import Event, Mention

from .facts import ArticleFacts, Mentioned, Said
from .fill import BASES, read_events


def read_doc(doc, mentions: list[Mention], events: list[Event], doc_id: str,
             published=None) -> list[Event]:
    """Fill the gaps of a parsed document's events and add its quotations' acts."""
    if not mentions:
        return events
    from .from_doc import facts_of

    return read_events(facts_of(doc, mentions, doc_id, published), events)


__all__ = ["BASES", "ArticleFacts", "Mentioned", "Said", "read_doc", "read_events"]
