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
from typing import NamedTuple

from spacy.attrs import NORM, ORTH, POS, SENT_START, SPACY
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from detente.actors.lexicon import is_ascii
from detente.nlp.pipeline import doc_sents

LABELS = {"country": "GPE", "capital": "GPE", "orgplace": "GPE", "place": "GPE",
          "adj": "NORP", "person": "PERSON", "org": "ORG", "weekday": "DATE",
          "number": "CARDINAL", "ordinal": "ORDINAL", "year": "DATE"}
NUMBERS = frozenset(["number", "ordinal", "year"])
PLAIN_NUMBER = re.compile(r"\d{1,3}(,\d{3})+|\d+(\.\d+)?")
YEAR = re.compile(r"(1[89]|20)\d\d|(1[89]|20)\d0s")
ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                      "eighth", "ninth", "tenth"])
Matches = Callable[[Doc], list[tuple[int, int, str]]]
SURE, NAME = 1, 2  # why a token needs the recogniser (see `GatedNer._needy`)
MAX_WORDS = 500_000  # distinct words whose answers the gate keeps


class _Word(NamedTuple):
    """What the gate asks of a word, all of which depends on the word alone (`like_num`,
    digits, cue words, case), so it is decided once per distinct word, not per token."""

    upper: bool  # capitalised
    sure: bool  # a number, digit or cue word: needs the recogniser unless a table covers it
    weekday: bool
    prefix: bool  # "last", "this": the weekday after it is the recogniser's
    kind: str | None  # see `_number_kind`


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
        self._words: dict[int, _Word] = {}  # orth id -> the word's answers

    def _plan(self, doc: Doc):
        """(sentence spans needing the recogniser, labels from the tables for the rest)."""
        found = self.matches(doc)
        covered = bytearray(len(doc))
        for start, end, _kind in found:
            covered[start:end] = b"\x01" * (end - start)
        table = doc.to_array([ORTH, POS, SENT_START]).tolist()
        known = self._words.get  # most words were seen before: no call to `_word`
        words = [known(orth) or self._word(orth, doc.vocab) for orth, _, _ in table]
        run: list[int] = []  # a run of number tokens: one entity
        for i in self._candidates(words):  # only weekdays and number words: see `_Word`
            w = words[i]  # "on Tuesday": a DATE the tables can label (not "last Tuesday")
            if w.weekday and not covered[i] and not (i and words[i - 1].prefix):
                covered[i] = 1
                found.append((i, i + 1, "weekday"))
            # a capitalised word inside a sentence is a name, not a number ("First Lady")
            kind = None if w.upper and i and table[i][2] != 1 else w.kind
            if kind and run and (kind != "number" or found[run[0]][2] != "number"
                                 or found[run[0]][1] != i):
                run = []
            if kind:
                covered[i] = 1
                if run and kind == "number":
                    start = found[run[0]][0]
                    found[run[0]] = (start, i + 1, "number")
                else:
                    run = [len(found)] if kind == "number" else []
                    found.append((i, i + 1, kind))
            else:
                run = []
        needy = self._needy(words, table, covered)
        need, skip = [], []
        for sent in doc_sents(doc):  # split once, for the later stages too
            if needy.find(SURE, sent.start, sent.end) >= 0 or \
                    needy.find(NAME, sent.start + 1, sent.end) >= 0:
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
            if label and starts[start] and (kind in NUMBERS or words[start].upper):
                labels.append((start, end, label))
        return need, labels

    def _word(self, orth: int, vocab) -> _Word:
        """What the gate asks of a word, decided once per distinct word (see `_Word`)."""
        word = self._words.get(orth)
        if word is None:
            lex = vocab[orth]
            text, lower = lex.orth_, lex.lower_
            sure = lex.like_num or any(c.isdigit() for c in text) or lower in self.cues
            word = _Word(text[:1].isupper(), sure, text in self.weekdays,
                         lower in self.prefixes, _number_kind(text, lower, lex.like_num))
            if len(self._words) < MAX_WORDS:
                self._words[orth] = word
        return word

    @staticmethod
    def _candidates(words: list[_Word]) -> list[int]:
        """The tokens that may be a weekday or a number; the rest change nothing in the
        walk of `_plan` (a run of numbers also ends where the next number is not adjacent)."""
        return [i for i, w in enumerate(words) if w.weekday or w.kind]

    @staticmethod
    def _needy(words: list[_Word], table: list[list[int]], covered: bytearray) -> bytearray:
        """Per token, why it sends its sentence to the recogniser: SURE (a number, digit or
        cue word the tables did not cover), NAME (a capitalised word no table knows: not
        when it only opens its sentence, unless tagged a proper noun), or 0."""
        needy = bytearray(len(words))
        for i, w in enumerate(words):
            if covered[i]:
                continue
            if w.sure:
                needy[i] = SURE
            elif w.upper:
                needy[i] = SURE if table[i][1] == PROPN else NAME
        return needy

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
        work, parts = [], []  # parts: the tokens of each document's sentences to recognise
        for doc, (need, _labels) in zip(docs, plans, strict=True):
            index = None if need is None else [i for s in need for i in range(s.start, s.end)]
            if index is None:
                work.append(doc)
            elif index:
                work.append(_sub_doc(doc, index))
            parts.append(index)
        done = iter(list(self.run(work)) if work else [])
        for doc, index, (_, labels) in zip(docs, parts, plans, strict=True):
            if index is None:
                next(done)
                continue
            ents = [Span(doc, s, e, label=lab) for s, e, lab in labels]
            if index:
                sub = next(done)
                ents += [Span(doc, index[e.start], index[e.end - 1] + 1, label=e.label)
                         for e in sub.ents]
            doc.set_ents(sorted(filter_spans(ents), key=lambda e: e.start), default="outside")
        return docs


def _sub_doc(doc: Doc, index: list[int]) -> Doc:
    """The tokens `index` of `doc` (whole sentences) as a new document for the recogniser:
    the words and spaces read in bulk, without a `Token` object per word."""
    table = doc.to_array([ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    spaces = [bool(table[i][1]) for i in index]
    spaces[-1] = False
    return Doc(doc.vocab, words=[strings[table[i][0]] for i in index], spaces=spaces)


def _number_kind(text: str, lower: str, like_num: bool) -> str | None:
    """A plain number ('3,000', 'two'), an ordinal ('first') or a year ('2019', '1990s'):
    what the recogniser labels CARDINAL, ORDINAL and DATE; None for anything else
    ('9/11', '12%', 'F-16' go to the recogniser). A word's kind; `_plan` drops it for a
    capitalised word inside a sentence."""
    if lower in ORDINALS:
        return "ordinal"
    if YEAR.fullmatch(text):
        return "year"
    if PLAIN_NUMBER.fullmatch(text) or (like_num and text.isalpha()):
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
        norms = None if is_ascii(doc) else doc.to_array([NORM])
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
