"""spaCy's model as it ships, for tests that compare detente's faster components with it."""

from __future__ import annotations

import importlib

from detente.nlp.pipeline import MODEL_PACKAGES


def plain_model():
    """The model as spaCy ships it, with detente's line breaks (not what the tests test)."""
    from detente.nlp.lines import add_line_breaks

    for name in MODEL_PACKAGES:
        try:
            return add_line_breaks(importlib.import_module(name).load())
        except ImportError:
            continue
    raise AssertionError("no model")
