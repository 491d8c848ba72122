"""Quoted words in a sentence and who said them.

The speaker == the subject of a speech verb ("Zarif said", "X stressed that") that
governs the quote or stands right after it ("... ," Hurriyet said).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.models import Actor, Quote

from .frames import ActorIndex, span_text, subject, tokens
from .lexicon import words_of

# speech verbs (class say of the word data) and verbs that attribute quoted words
SPEECH = words_of("say") | words_of("quoteverb")
QUOTE_RX = re.compile(r"[“\"«]([^”\"»]{2,}?)[”\"»]|[“\"«]([^”\"»]{20,})$")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # character offsets in the document
    end: int
    text: str
    speaker: Actor | None


def quotes_in(sent: Span, index: ActorIndex) -> list[QuoteSpan]:
    """All quotations in the sentence with their speakers (None when unknown)."""
    out = []
    for m in QUOTE_RX.finditer(span_text(sent)):
        text = (m.group(1) or m.group(2) or "").strip()
        if not text:
            continue
        start = sent.start_char + m.start()
        end = sent.start_char + m.end()
        out.append(QuoteSpan(start, end, text, _speaker(sent, start, end, index)))
    return out


def _speaker(sent: Span, start: int, end: int, index: ActorIndex) -> Actor | None:
    verbs = [t for t in tokens(sent) if _is_speech(t) and not start <= t.idx < end]
    if not verbs:
        return None
    # the speech verb nearest to the quote, outside it
    verbs.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    for verb in verbs:
        subj = subject(verb)
        if subj is None:
            continue
        ms = index.of(subj)
        if ms:
            return ms[0].actor
    return None


def _is_speech(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and (tok.lemma_.lower() in SPEECH or tok.lower_ in SPEECH)


def quote_for(quotes: list[QuoteSpan], trigger: Token) -> QuoteSpan | None:
    """The quotation containing the trigger, if any."""
    for q in quotes:
        if q.start <= trigger.idx < q.end:
            return q
    return None


def to_quote(q: QuoteSpan | None) -> Quote | None:
    return None if q is None else Quote(speaker=q.speaker, text=q.text)
