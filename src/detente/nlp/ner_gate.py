"""The named-entity recogniser only where it can change a result.

The recogniser is about half the cost of the parse. Its labels matter for names no
actor table knows (a new minister, a militia, a town), for dates, times, money and
numbers; a sentence whose capitalised words are all names the actor tables know (or
a weekday), and which holds no time word, money or complex number, gets from it only what the tables
already say. Such sentences skip it and their known names get the label the recogniser
gives such names (a country GPE, a demonym NORP, a person PERSON, an organisation ORG,
"on Tuesday" DATE, "3,000" CARDINAL, "first" ORDINAL, "2019" DATE). Every other
sentence is recognised by the model as before; a document whose sentences all need it
is recognised whole, exactly as without the gate.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.attrs import NORM
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

LABELS = {"country": "GPE", "capital": "GPE", "orgplace": "GPE", "place": "GPE",
          "adj": "NORP", "person": "PERSON", "org": "ORG", "weekday": "DATE",
          "number": "CARDINAL", "ordinal": "ORDINAL", "year": "DATE"}
NUMBERS = frozenset(["number", "ordinal", "year"])
PLAIN_NUMBER = re.compile(r"\d{1,3}(,\d{3})+|\d+(\.\d+)?")
YEAR = re.compile(r"(1[89]|20)\d\d|(1[89]|20)\d0s")
ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                      "eighth", "ninth", "tenth"])
Matches = Callable[[Doc], list[tuple[int, int, str]]]


@lru_cache(maxsize=1)
def cue_words() -> dict[str, str]:
    """Words of DATE, TIME, MONEY or QUANTITY entities, with their class (data file)."""
    path = Path(__file__).parent / "data" / "ner_cues.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return {row[0]: row[1] for row in list(csv.reader(lines, delimiter="\t"))[1:] if len(row) > 1}


class GatedNer:
    """The recogniser's `pipe`, run on the sentences that need it (see the module doc)."""

    def __init__(self, ner, matches: Matches) -> None:
        from detente.nlp.ner_decode import NerDecoder

        self.ner = ner
        # the batched decoder when the pipeline has it, else the recogniser's own pipe
        self.run = ner.pipe if isinstance(ner, NerDecoder) else type(ner).pipe.__get__(ner)
        self.matches = matches
        cues = cue_words()
        self.cues = frozenset(w for w, c in cues.items() if c not in ("WEEKDAY", "DATE-PREFIX"))
        self.weekdays = frozenset(w for w, c in cues.items() if c == "WEEKDAY")
        self.prefixes = frozenset(w for w, c in cues.items() if c == "DATE-PREFIX") | {"this"}
        self.stats = {"sentences": 0, "recognised": 0}

    def _plan(self, doc: Doc):
        """(sentence spans needing the recogniser, labels from the tables for the rest)."""
        found = self.matches(doc)
        covered = bytearray(len(doc))
        for start, end, _kind in found:
            covered[start:end] = b"\x01" * (end - start)
        run: list[int] = []  # a run of number tokens: one entity
        for tok in doc:  # "on Tuesday": a DATE the tables can label (not "last Tuesday")
            if tok.text in self.weekdays and not covered[tok.i] and not (
                    tok.i and doc[tok.i - 1].lower_ in self.prefixes):
                covered[tok.i] = 1
                found.append((tok.i, tok.i + 1, "weekday"))
            kind = _number_kind(tok)
            if kind and run and (kind != "number" or found[run[0]][2] != "number"
                                 or found[run[0]][1] != tok.i):
                run = []
            if kind:
                covered[tok.i] = 1
                if run and kind == "number":
                    start = found[run[0]][0]
                    found[run[0]] = (start, tok.i + 1, "number")
                else:
                    run = [len(found)] if kind == "number" else []
                    found.append((tok.i, tok.i + 1, kind))
            else:
                run = []
        need, skip = [], []
        for sent in doc.sents:
            if any(self._needs(tok, sent.start, covered) for tok in sent):
                need.append(sent)
            else:
                skip.append(sent)
        self.stats["sentences"] += len(need) + len(skip)
        self.stats["recognised"] += len(need)
        if not skip:
            return None, []
        starts = bytearray(len(doc))
        for sent in skip:
            starts[sent.start:sent.end] = b"\x01" * (sent.end - sent.start)
        labels = []
        for start, end, kind in found:
            label = LABELS.get(kind)
            if label and starts[start] and (kind in NUMBERS or doc[start].text[:1].isupper()):
                labels.append((start, end, label))
        return need, labels

    def _needs(self, tok, first: int, covered: bytearray) -> bool:
        text = tok.text
        if covered[tok.i]:
            return False
        if tok.like_num or any(c.isdigit() for c in text) or tok.lower_ in self.cues:
            return True
        if not text[:1].isupper():
            return False
        return tok.i != first or tok.pos_ == "PROPN"

    def __call__(self, doc: Doc) -> Doc:
        return self._batch([doc])[0]

    def get_error_handler(self):
        return self.ner.get_error_handler()

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        plans = [self._plan(doc) for doc in docs]
        work, parts = [], []
        for doc, (need, labels) in zip(docs, plans, strict=True):
            if need is None:
                work.append(doc)
            elif need:
                words = [t.text for s in need for t in s]
                spaces = [bool(t.whitespace_) for s in need for t in s]
                spaces[-1] = False
                work.append(Doc(doc.vocab, words=words, spaces=spaces))
            parts.append(need)
        done = iter(list(self.run(work)) if work else [])
        for doc, need, (_, labels) in zip(docs, parts, plans, strict=True):
            if need is None:
                next(done)
                continue
            ents = [Span(doc, s, e, label=lab) for s, e, lab in labels]
            if need:
                sub = next(done)
                index = [t.i for s in need for t in s]
                ents += [Span(doc, index[e.start], index[e.end - 1] + 1, label=e.label)
                         for e in sub.ents]
            doc.set_ents(sorted(filter_spans(ents), key=lambda e: e.start), default="outside")
        return docs


def _number_kind(tok) -> str | None:
    """A plain number ('3,000', 'two'), an ordinal ('first') or a year ('2019', '1990s'):
    what the recogniser labels CARDINAL, ORDINAL and DATE; None for anything else
    ('9/11', '12%', 'F-16' go to the recogniser)."""
    text = tok.text
    if text[:1].isupper() and tok.i and not tok.is_sent_start:
        return None
    lower = tok.lower_
    if lower in ORDINALS:
        return "ordinal"
    if YEAR.fullmatch(text):
        return "year"
    if PLAIN_NUMBER.fullmatch(text) or (tok.like_num and text.isalpha()):
        return "number"
    return None


def gate_ner(nlp, resolver) -> GatedNer | None:
    """Give `nlp` the gated recogniser, with `resolver`'s actor tables; None without NER."""
    if "ner" not in nlp.pipe_names:
        return None
    ner = nlp.get_pipe("ner")
    if isinstance(ner, GatedNer):  # a second pipeline on the same model: new tables
        ner = ner.ner
    lexicon = resolver.lexicon

    def matches(doc: Doc) -> list[tuple[int, int, str]]:
        # the match folds accented words' NORM, which the recogniser reads: put it back
        norms = None if doc.text.isascii() else doc.to_array([NORM])
        found = [(s, e, p.kind) for s, e, p in lexicon.match(doc)]
        if norms is not None:
            doc.from_array([NORM], norms)
        return found

    gate = GatedNer(ner, matches)
    # spaCy components are compiled classes: the gate takes the recogniser's place
    # under its name (so `select_pipes(disable=["ner"])` still works)
    index = [name for name, _ in nlp._components].index("ner")
    nlp._components[index] = ("ner", gate)
    return gate
