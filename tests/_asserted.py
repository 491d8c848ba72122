"""One helper the event tests share: what `detente.code_text` asserts, as triples."""

from __future__ import annotations

from datetime import date

import detente


def asserted_triples(text: str, published: date) -> set[tuple]:
    """(source country, target country, PLOVER type) of every asserted event in `text`."""
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in detente.code_text(text, published=published) if e.status == "asserted"}
