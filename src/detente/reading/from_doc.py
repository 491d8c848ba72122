"""From a parsed document to the reading stage's plain records (`facts.ArticleFacts`).

The one module of the reading stage that touches spaCy: it notes where each actor is
mentioned and whether as a subject, finds the quotations of the whole text (one may
run over several sentences) and who the sentences around each one say spoke it:
"..., the ministry said", "X said:" before it, or "he added" in the sentence after.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from detente.events import lexicon
from detente.models import Actor, Mention
from detente.nlp.pipeline import doc_memo, doc_pos, doc_sents, doc_text, doc_tokens, kids, span_root

from .facts import ArticleFacts, Mentioned, Said

SPEECH = lexicon.words_of("say") | lexicon.words_of("quoteverb")
# a quotation opens and closes with the same kind of mark: a stray straight quote inside
# typographic ones must not pair with them
QUOTE_RX = re.compile(r"“([^“”]{2,}?)”|\"([^\"]{2,}?)\"|«([^«»]{2,}?)»")
SUBJ = {"nsubj", "nsubjpass"}


def facts_of(doc: Doc, mentions: list[Mention], doc_id: str, published=None) -> ArticleFacts:
    """The reading stage's view of a parsed document and its actor mentions."""
    sents = doc_sents(doc)
    text = doc_text(doc)
    bounds = [(s.start_char, s.end_char) for s in sents]
    token_chars = doc.to_array(IDX).tolist()  # each token's offset (Token.idx), in one call
    quotes = list(_quotes(text))
    facts = ArticleFacts(doc_id=doc_id, n_sentences=len(sents), bounds=bounds,
                         token_chars=token_chars, text=text, published=published)
    by_start = {}
    for m in mentions:
        by_start.setdefault(m.start, []).append(m)
        root = span_root(doc, m.start, m.end)
        at = token_chars[m.start]
        facts.mentions.append(Mentioned(
            sent=m.sent_index, start=m.start, end=m.end, actor=m.actor, via=m.via,
            subject=_subject(root), is_place=m.is_place, verb=_verb_of(root),
            in_quote=any(a <= at < b for a, b, _ in quotes)))
    for si, sent in enumerate(sents):
        actor, words = _sentence_speaker(sent, by_start, quotes)
        if actor is not None:
            facts.speakers[si] = actor
        if words:
            facts.speaker_texts[si] = words
    for a, b, body in quotes:
        first = _sent_of(bounds, a)
        last = _sent_of(bounds, max(a, b - 1))
        actor, words = None, None
        # the speech verb nearest the quotation in its own sentences, else "X said:"
        # just before it, else "..., he added." in the sentence right after it
        for si in [*range(first, last + 1), first - 1, last + 1]:
            if not 0 <= si < len(sents):
                continue
            if si == first - 1 and not text[bounds[si][0]:bounds[si][1]].rstrip().endswith(":"):
                continue
            if si == last + 1 and not _opens_with_speech(sents[si]):
                continue
            actor, words = _sentence_speaker(sents[si], by_start, quotes, near=(a, b))
            if actor is not None or words:
                break
        facts.quotes.append(Said(a, b, first, last, body, actor, words))
    return facts


def _quotes(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in QUOTE_RX.finditer(text):
        body = next(g for g in m.groups() if g is not None).strip()
        if body:
            out.append((m.start(), m.end(), body))
    return out


def _sent_of(bounds: list[tuple[int, int]], at: int) -> int:
    for i, (a, b) in enumerate(bounds):
        if a <= at < b:
            return i
    return len(bounds) - 1


def _subject(tok: Token) -> bool:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in {"poss", "compound"}:
        tok = tok.head
    return tok.dep_ in SUBJ


def _verb_of(tok: Token) -> int | None:
    """The verb a subject phrase is subject of ("Egypt, Cyprus and Greece denounced")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in {"poss", "compound"}:
        tok = tok.head
    return tok.head.i if tok.dep_ in SUBJ else None


def _speech_in(sent: Span) -> list[Token]:
    """The sentence's speech verbs (verbs whose lemma is a word of saying), in order. The document's are found in one pass and
    each sentence takes its share: the speaker of every sentence and of every quotation
    is looked for, so sentences are asked more than once."""
    doc = sent.doc
    verbs = doc_memo(doc, "detente.speech", lambda: [
        t for t, pos in zip(doc_tokens(doc), doc_pos(doc))
        if pos in {"VERB", "AUX"} and t.lemma_.lower() in SPEECH])
    at = doc_memo(doc, "detente.speech_at", lambda: [t.i for t in verbs])
    return verbs[bisect_left(at, sent.start):bisect_left(at, sent.end)]


def _sentence_speaker(sent: Span, by_start: dict[int, list[Mention]],
                      quotes: list[tuple[int, int, str]], near: tuple[int, int] | None = None
                      ) -> tuple[Actor | None, str | None]:
    """The subject of the sentence's speech verb outside any quotation (the one nearest
    the quotation `near`, if given): an actor when the resolver knew it, else its words
    ("the spokesman", "it")."""
    verbs = [t for t in _speech_in(sent)
             if not any(a <= t.idx < b for a, b, _ in quotes)]
    if near is not None:
        verbs.sort(key=lambda t: min(abs(t.idx - near[0]), abs(t.idx - near[1])))
    for tok in verbs:
        # the subject nearest the verb: "Youths threw stones ..., officials said" parses
        # with two subjects of "said"; the first is the clause's own
        subj = min((c for c in kids(tok) if c.dep_ in SUBJ), key=lambda c: abs(c.i - tok.i),
                   default=None)
        if subj is None:
            continue
        for i in range(subj.left_edge.i, subj.i + 1):
            for m in by_start.get(i, ()):
                if m.actor.country:
                    return m.actor, None
        words = " ".join(t.text for t in sent.doc[subj.left_edge.i:subj.i + 1])
        return None, words
    return None, None


def _opens_with_speech(sent: Span) -> bool:
    """"He added: ..." or "The ministry said ...": a sentence that says who spoke right
    after a quotation (its speech verb comes early)."""
    found = _speech_in(sent)
    return bool(found) and found[0].i < sent.start + 6
