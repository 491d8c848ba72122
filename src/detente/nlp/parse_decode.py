"""The dependency parser's greedy decoding, one step for all documents of a batch at once.

spaCy's parser is an arc-eager transition system (shift, reduce, left arc, right arc,
sentence break; spacy/pipeline/_parser_internals/arc_eager.pyx and _state.pxd). Its
compiled loop advances one state at a time and checks every one of its 106 actions
against the rules, and the build we install takes and drops Python's lock in the state's
accessors on every check: in profiles that loop was five sixths of the parser's time.

Here every state of a batch lives in arrays (stacks, buffers, heads, the last left and
right child of each word, the words that may not be shifted again, the sentence starts
the parser set), one step moves all of them, and the rules are evaluated once per move
kind rather than once per action. The scores come from the parser's own network
(`transition_scores.StepScores`), the rules and moves are spaCy's, and the heads,
labels and sentence starts are written back the way spaCy's parser writes them
(`Doc.from_array` of heads and labels, then the parser's own post-processing, which
undoes the projectivising labels). `tests/test_nlp_parse_decode.py` checks the result
against spaCy's decoder. A model this decoder does not fit is left to spaCy's loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc

from detente.nlp.transition_scores import BatchDecoder, StepScores, fits, install_decoder

SHIFT, REDUCE, LEFT, RIGHT, BREAK = range(5)
_MOVES = {"S": SHIFT, "D": REDUCE, "L": LEFT, "R": RIGHT, "B": BREAK}
ENV = "DETENTE_PARSER"  # "spacy": spaCy's own decoding loop (to compare)
MAX_TOKENS = 24_000  # per batch: the precomputed layer takes 4 KB a token
# below this many documents' worth of words per longest one, spaCy's loop is the faster
# (a step over the arrays costs about what spaCy spends on 20 words; `worth_batching`)
MIN_STATES = 20


class _States:
    """The arc-eager states of a batch, one row per document (see the module doc).

    Every table has a spare column past the longest document: looking up word -1 ("no
    word") reads it, and it holds what spaCy answers for no word (no head, no child, not
    a sentence start). The stacks have three spare columns of -1 so that the three top
    places of a short stack read as -1.
    """

    def __init__(self, lengths: np.ndarray, presets: np.ndarray) -> None:
        n, width = len(lengths), int(lengths.max()) + 1
        self.n = lengths
        self.offset = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        self.starts = presets  # (docs, width): sent_start, 1 or -1 preset or 1 set by BREAK
        self.stack = np.full((n, width + 3), -1, dtype=np.int64)
        self.depth = np.zeros(n, dtype=np.int64)
        self.rebuffer = np.full((n, width + 2), -1, dtype=np.int64)
        self.rdepth = np.zeros(n, dtype=np.int64)
        self.b_i = np.zeros(n, dtype=np.int64)
        self.heads = np.full((n, width), -1, dtype=np.int64)
        self.labels = np.zeros((n, width), dtype=np.int64)
        self.kids = np.full((2, n, width), -1, dtype=np.int64)  # latest left / right child
        self.prev = np.full((2, n, width), -1, dtype=np.int64)  # the child added before it
        self.unshiftable = np.zeros((n, width), dtype=bool)

    def tops(self, s: np.ndarray) -> np.ndarray:
        """(states, 3): S(0), S(1), S(2), -1 past the stack's bottom."""
        return self.stack[s[:, None], self.depth[s][:, None] - _TOP]

    def fronts(self, s: np.ndarray) -> np.ndarray:
        """(states, 2): B(0), B(1), words put back first, -1 past the buffer's end."""
        rd = self.rdepth[s][:, None]
        back = self.rebuffer[s[:, None], rd - _TOP[:2]]
        fresh = self.b_i[s][:, None] + _TOP[:2] - 1 - rd
        fresh = np.where(fresh < self.n[s][:, None], fresh, -1)
        return np.where(rd > _TOP[:2] - 1, back, fresh)

    def children(self, s: np.ndarray, heads: np.ndarray) -> np.ndarray:
        """(states, 3): L(B(0), 1), L(S(0), 1), R(S(0), 1) for heads (B0, S0, S0): the
        latest child still attached on that side."""
        rows = s[:, None]
        child = self.kids[_SIDES, rows, heads]
        while True:  # a child whose arc was undone (it has another head now) is passed over
            gone = (child >= 0) & (self.heads[rows, child] != heads)
            if not gone.any():
                return child
            child = np.where(gone, self.prev[_SIDES, rows, child], child)

    def buffer_length(self, s: np.ndarray) -> np.ndarray:
        return self.n[s] - self.b_i[s] + self.rdepth[s]

    # -- the moves ------------------------------------------------------------------
    def push(self, s: np.ndarray) -> None:
        """Move B(0) onto the stack (a word put back first)."""
        rd = self.rdepth[s]
        back = rd > 0
        word = np.where(back, self.rebuffer[s, rd - 1], self.b_i[s])
        self.rdepth[s] = rd - back
        self.b_i[s] += ~back
        self.stack[s, self.depth[s]] = word
        self.depth[s] += 1

    def add_arc(self, s, head, child, label) -> None:
        """spaCy's `add_arc`. A word that had a head loses that arc: here the old head's
        list still holds it, and `children` passes over it."""
        side = (head < child).astype(np.int64)  # 0: a left child, 1: a right one
        self.prev[side, s, child] = self.kids[side, s, head]
        self.kids[side, s, head] = child
        self.heads[s, child] = head
        self.labels[s, child] = label


_TOP = np.arange(1, 4)
_SIDES = np.array([0, 0, 1])


class ParseDecoder(BatchDecoder):
    """Greedy arc-eager decoding of a spaCy `DependencyParser`, batched over documents. A
    text that is empty, already parsed or far longer than the others (a step costs about
    what spaCy spends on 20 words) goes to spaCy's loop."""

    min_states = MIN_STATES

    def __init__(self, parser) -> None:
        super().__init__(parser)
        if not fits(parser.model, 8):
            raise ValueError("not a parser with eight state features and an output layer")
        names = [parser.moves.get_class_name(i) for i in range(parser.moves.n_moves)]
        if any(n.endswith("-subtok") for n in names):
            raise ValueError("a parser that joins subtokens")
        self.kind = np.array([_MOVES[n[0]] for n in names], dtype=np.int64)
        strings = parser.vocab.strings
        labels = sorted({n[2:] for n in names})  # "" (no label) first
        self.label_ids = np.array([strings.add(x) if x else 0 for x in labels], dtype=np.uint64)
        self.label = np.array([labels.index(n[2:]) for n in names], dtype=np.int64)
        self.root = np.uint64(parser.moves.root_label)
        # per set of allowed move kinds (the bits of `_allowed`): 0 or -inf for each action
        bits = np.array([1, 2, 4, 4, 8])[self.kind]
        self.penalty = np.where((np.arange(16)[:, None] & bits) > 0, 0.0, -np.inf).astype(np.float32)
        self.max_tokens = MAX_TOKENS
        if parser.model.attrs.get("unseen_classes"):  # spaCy scores those per batch
            raise ValueError("a parser with actions unseen in training")

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Parse `docs` as the component's `pipe` would. Batches hold up to `max_tokens`
        words whatever `batch_size` says: the more states move together, the fewer
        steps per word, and the parse of a document does not depend on its batch
        (the model has no action unseen in training, the one thing spaCy scores per
        batch). What is not worth a batch goes to spaCy's loop (`worth_batching`)."""
        batch: list[Doc] = []
        size = 0
        for doc in docs:
            if batch and size + len(doc) > self.max_tokens:
                yield from self._annotate(batch)
                batch, size = [], 0
            batch.append(doc)
            size += len(doc)
        if batch:
            yield from self._annotate(batch)

    def readable(self, doc: Doc) -> bool:
        return not doc.has_annotation("DEP")

    def decode(self, docs: list[Doc]) -> None:
        self._write(docs, self.parses(docs))

    def _write(self, docs: list[Doc], parses) -> None:
        """Heads and labels as spaCy's parser writes them, then its post-processing."""
        for doc, (heads, labels) in zip(docs, parses, strict=True):
            index = np.arange(len(doc))
            rel = np.where(heads >= 0, heads - index, 0).astype(np.int64).view(np.uint64)
            deps = np.where(rel == 0, self.root, self.label_ids[labels])
            doc.from_array([HEAD, DEP], np.stack([rel, deps], 1))
            for hook in self.component.postprocesses:
                hook(doc)

    def parses(self, docs: list[Doc]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each document's (head of each word or -1, label index of its arc)."""
        lengths = np.array([len(d) for d in docs], dtype=np.int64)
        presets = np.zeros((len(docs), int(lengths.max()) + 1), dtype=np.int64)
        for i, doc in enumerate(docs):
            presets[i, :len(doc)] = doc.to_array([SENT_START]).astype(np.int64).reshape(-1)
        score = StepScores(self.component.model, docs)
        st = _States(lengths, presets)
        live = np.arange(len(docs))
        while len(live):
            s = live
            tops, fronts = st.tops(s), st.fronts(s)
            s0, b0, b1 = tops[:, 0], fronts[:, 0], fronts[:, 1]
            kids = st.children(s, np.stack([b0, s0, s0], axis=1))
            ids = np.concatenate([fronts, tops, kids], axis=1)
            ids = np.where(ids >= 0, ids + st.offset[s][:, None], -1)
            scores = score(ids)
            allowed = self._allowed(st, s, s0, b0, b1)
            scores += self.penalty[allowed]
            guess = scores.argmax(axis=1)
            kind = np.where(allowed == 0, -1, self.kind[guess])  # -1: stuck
            self._move(st, s, kind, self.label[guess], s0, b0, b1)
            done = (st.depth[s] == 0) & (st.buffer_length(s) == 0)
            if done.any():
                live = s[~done]
        return [(st.heads[i, :n], st.labels[i, :n]) for i, n in enumerate(lengths.tolist())]

    @staticmethod
    def _allowed(st: _States, s, s0, b0, b1) -> np.ndarray:
        """Which kinds of move the rules allow (arc_eager.pyx `is_valid`), as bits: shift
        1, reduce 2, left and right arcs 4, break 8."""
        depth = st.depth[s]
        blen = st.buffer_length(s)
        start0 = st.starts[s, b0]
        on_stack = depth > 0
        free0 = start0 != 1  # B(0) does not start a sentence
        shift = ~on_stack | ((blen >= 2) & free0 & ~st.unshiftable[s, b0])
        reduce = on_stack & ((blen == 0) | (depth != 1) | (start0 != -1))
        arc = on_stack & (blen > 0) & free0
        brk = (blen >= 2) & (b1 == b0 + 1) & (st.starts[s, b1] == 0)
        return shift + 2 * reduce + 4 * arc + 8 * brk

    @staticmethod
    def _move(st: _States, s, kind, label, s0, b0, b1) -> None:
        """Apply each state's move (arc_eager.pyx `transition`)."""
        order = np.argsort(kind, kind="stable")
        bounds = np.searchsorted(kind[order], np.arange(-1, 6)).tolist()
        group = {k: order[bounds[k + 1]:bounds[k + 2]] for k in range(-1, 5)}
        reduce = group[REDUCE]
        if len(reduce):
            r, w = s[reduce], s0[reduce]
            back = (st.heads[r, w] < 0) & (st.depth[r] != 1)  # no head: back to the buffer
            st.depth[r] -= 1
            r, w = r[back], w[back]
            if len(r):
                st.unshiftable[r, w] = True
                st.rebuffer[r, st.rdepth[r]] = w
                st.rdepth[r] += 1
        left = group[LEFT]
        if len(left):
            ls = s[left]
            st.add_arc(ls, b0[left], s0[left], label[left])
            st.unshiftable[ls, b0[left]] = False
            st.depth[ls] -= 1
        right = group[RIGHT]
        if len(right):
            st.add_arc(s[right], s0[right], b0[right], label[right])
        push = np.concatenate([group[SHIFT], right])
        if len(push):
            st.push(s[push])
        brk = group[BREAK]
        if len(brk):
            st.starts[s[brk], b1[brk]] = 1
        stuck = group[-1]
        if len(stuck):  # no move allowed (spaCy's `force_final`)
            st.depth[s[stuck]] = 0
            st.b_i[s[stuck]] = st.n[s[stuck]]


def fast_parser(nlp) -> ParseDecoder | None:
    """Put the batched decoder in the place of `nlp`'s parser; None when it cannot."""
    return install_decoder(nlp, "parser", ParseDecoder, ENV)
