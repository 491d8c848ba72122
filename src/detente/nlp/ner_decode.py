"""The recogniser's greedy decoding, one step for all documents of a batch at once.

spaCy's recogniser scores a document token by token: each step sums three precomputed
feature vectors (the token, the first token of the open entity, the token before),
takes a maxout and a linear layer, and picks the best action the BILUO rules allow.
Its compiled loop does that one document and one action at a time, and the build we
install takes and drops Python's lock on every rule it checks: in profiles two thirds
of the recogniser's time went to that loop, more than its network.

Here the same network (`transition_scores.StepScores`) is run on all documents of a
batch together: one step is a handful of array operations over every document still
being read, and the rules are rows of a mask table. The network's weights, the features and the rules are spaCy's
own (spacy/pipeline/_parser_internals/ner.pyx, ml/parser_model.pyx), so the entities
are the model's; `tests/test_nlp_ner_decode.py` checks them against spaCy's decoder.
A model this decoder does not fit (another feature set, no output layer, entities
preset on the document) is left to spaCy's own loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from detente.nlp.transition_scores import BatchDecoder, StepScores, fits, install_decoder

BEGIN, IN, LAST, UNIT, OUT = range(5)
MIN_STATES = 3  # documents' worth of words per longest one (`worth_batching`)
_MOVES = {"B": BEGIN, "I": IN, "L": LAST, "U": UNIT, "O": OUT}


class NerDecoder(BatchDecoder):
    """Greedy BILUO decoding of a spaCy `EntityRecognizer`, batched over documents. A text
    that is empty, holds preset entities or is far longer than the others (a step costs
    about what spaCy spends on 3 words) goes to spaCy's loop."""

    min_states = MIN_STATES

    def __init__(self, ner) -> None:
        super().__init__(ner)
        if not fits(ner.model, 3):
            raise ValueError("not a recogniser with three state features and an output layer")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.kind = np.array([_MOVES[n[0]] for n in names], dtype=np.int64)
        labels = sorted({n[2:] for n in names if n[2:]})
        self.label_names = labels
        self.label_ids = [ner.vocab.strings.add(lab) for lab in labels]
        index = {lab: i for i, lab in enumerate(labels)}
        self.label = np.array([index.get(n[2:], -1) for n in names], dtype=np.int64)
        self.masks = self._mask_table(len(labels))

    def _mask_table(self, n_labels: int) -> np.ndarray:
        """Which actions the BILUO rules allow, one row per kind of state.

        Rows 0-2: no entity open, and the token may begin an entity / is a space (only
        O) / may not begin one (last token of the text or of its sentence: U or O).
        Rows 3 + 2L and 4 + 2L: an entity of label L open, and the next token may / may
        not continue it (I and L, or L only)."""
        kind, label = self.kind, self.label
        labelled = label >= 0
        rows = np.zeros((3 + 2 * n_labels, len(kind)), dtype=bool)
        rows[0] = (labelled & ((kind == BEGIN) | (kind == UNIT))) | (kind == OUT)
        rows[1] = kind == OUT
        rows[2] = (labelled & (kind == UNIT)) | (kind == OUT)
        for lab in range(n_labels):
            rows[3 + 2 * lab] = (label == lab) & ((kind == IN) | (kind == LAST))
            rows[4 + 2 * lab] = (label == lab) & (kind == LAST)
        return rows

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Recognise `docs` as the component's `pipe` would, in batches."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    def readable(self, doc: Doc) -> bool:
        return not doc.to_array([ENT_IOB]).any()

    def decode(self, docs: list[Doc]) -> None:
        for doc, ents in zip(docs, self.entities(docs), strict=True):
            doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in ents], default="outside")

    def entities(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """(start, end, label id) of each document's entities, in order."""
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        score = StepScores(self.component.model, docs)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        flags = np.concatenate([d.to_array([SENT_START, IS_SPACE]) for d in docs])
        starts_sentence = np.append(flags[:, 0] == 1, True)  # past the end: none follows
        space = flags[:, 1].astype(bool)
        last = np.zeros(len(space) + 1, dtype=bool)
        last[offsets + lengths - 1] = True  # the last token of its document
        no_next = last[:-1] | starts_sentence[1:]  # the next token cannot continue

        order = np.argsort(-lengths, kind="stable")  # the longest first: the live ones lead
        offs = offsets[order]
        lens = lengths[order]
        opened = np.full(len(docs), -1, dtype=np.int64)  # the open entity's first token
        open_label = np.full(len(docs), -1, dtype=np.int64)
        found: list[np.ndarray] = []
        for t in range(int(lens[0])):
            live = int(np.searchsorted(-lens, -t, side="left"))
            pos = offs[:live] + t
            first = opened[:live]
            before = np.where(first >= 0, pos - 1, -1)
            scores = score(np.stack([pos, first, before], axis=1))
            labels = open_label[:live]
            row = np.where(labels >= 0, 3 + 2 * labels + no_next[pos],
                           np.where(space[pos], 1, np.where(no_next[pos], 2, 0)))
            scores[~self.masks[row]] = -np.inf
            guess = scores.argmax(axis=1)
            kind = self.kind[guess]
            label = self.label[guess]
            unit = np.flatnonzero(kind == UNIT)
            if len(unit):
                found.append(np.stack([order[unit], pos[unit], pos[unit] + 1, label[unit]], 1))
            closed = np.flatnonzero(kind == LAST)
            if len(closed):
                found.append(np.stack([order[closed], first[closed], pos[closed] + 1,
                                       labels[closed]], 1))
                opened[closed] = -1
                open_label[closed] = -1
            begun = np.flatnonzero(kind == BEGIN)
            if len(begun):
                opened[begun] = pos[begun]
                open_label[begun] = label[begun]
        result: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        if found:
            table = np.concatenate(found)
            table = table[np.lexsort((table[:, 1], table[:, 0]))]
            ids = self.label_ids
            for doc_i, start, end, lab in table.tolist():
                base = int(offsets[doc_i])
                result[doc_i].append((start - base, end - base, ids[lab]))
        return result


ENV = "DETENTE_NER"  # "spacy": spaCy's own decoding loop (to compare)


def fast_ner(nlp) -> NerDecoder | None:
    """Put the batched decoder in the place of `nlp`'s recogniser; None when it cannot."""
    return install_decoder(nlp, "ner", NerDecoder, ENV)
