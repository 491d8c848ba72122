"""Exact, faster stand-ins for two spaCy components: the attribute ruler and lemmatizer.

Together they cost about a sixth of the parse, nearly all of it Python per token: the
attribute ruler runs a Matcher of some 180 patterns (tag map, exceptions) over every
token, and the English lemmatizer re-derives the lemma of every base form, which its
cache skips. Both answers depend only on a few attributes of a token (and of its
neighbour, for the two-token patterns), so they are computed once per distinct
combination and looked up afterwards. The results are the components' own: the
ruler's matches are handed to its own `set_annotations`, the lemmas come from its own
`lemmatize`; `tests/test_nlp_fast.py` checks both against the originals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Key = tuple[int, int, int, int]


def _test(op: str, arg) -> Callable[[object], bool]:
    """One Matcher predicate (`{"IN": [...]}`, `{"NOT_IN": [...]}`, `{"REGEX": ...}`, a value)."""
    if op == "IN":
        values = set(arg)
        return lambda v: v in values
    if op == "NOT_IN":
        values = set(arg)
        return lambda v: v not in values
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda v: rx.search(v) is not None
    if op == "==":
        return lambda v: v == arg
    raise KeyError(op)


def _predicate(spec: dict, strings) -> Callable[[Key], bool]:
    """A test on (TAG, LOWER, DEP, IS_SPACE) for one token of a Matcher pattern."""
    tests: list[tuple[int, Callable[[object], bool]]] = []
    for attr, want in spec.items():
        col = _COLUMNS[attr]  # KeyError: a pattern this stand-in does not know
        if isinstance(want, dict):
            (op, arg), = want.items()
            tests.append((col, _test(op, arg)))
        else:
            tests.append((col, _test("==", want)))

    def check(key: Key) -> bool:
        for col, test in tests:
            value = bool(key[col]) if col == 3 else strings[key[col]]
            if not test(value):
                return False
        return True

    return check


class FastRuleMatch:
    """`AttributeRuler.match`, from a table of the distinct tokens seen so far."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self.single: list[tuple[int, int, Callable]] = []
        self.double: list[tuple[int, int, Callable, Callable]] = []
        for attr_id in range(len(ruler.attrs)):
            match_id = strings[str(attr_id)]
            for pattern in ruler.matcher.get(match_id)[1]:
                checks = [_predicate(spec, strings) for spec in pattern]
                if len(checks) == 1:
                    self.single.append((attr_id, match_id, checks[0]))
                elif len(checks) == 2:
                    self.double.append((attr_id, match_id, checks[0], checks[1]))
                else:
                    raise KeyError("pattern longer than two tokens")
        self._single: dict[Key, list[tuple[int, int]]] = {}
        self._first: dict[Key, list[tuple[int, int, Callable]]] = {}
        self._second: dict[tuple[Key, Callable], bool] = {}

    def _lookup(self, key: Key):
        found = self._single.get(key)
        if found is None:
            found = self._single[key] = [(a, m) for a, m, check in self.single if check(key)]
            self._first[key] = [(a, m, second) for a, m, first, second in self.double
                                if first(key)]
        return found, self._first[key]

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        keys = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        matches = []
        n = len(keys)
        for i, key in enumerate(keys):
            single, first = self._lookup(key)
            for attr_id, match_id in single:
                matches.append((attr_id, match_id, i, i + 1))
            if first and i + 1 < n:
                nxt = keys[i + 1]
                for attr_id, match_id, second in first:
                    hit = self._second.get((nxt, second))
                    if hit is None:
                        hit = self._second[(nxt, second)] = second(nxt)
                    if hit:
                        matches.append((attr_id, match_id, i, i + 2))
        matches.sort()
        return matches


class FastRuleWrite:
    """`AttributeRuler.set_annotations` as one write of the matched tokens' attributes.

    spaCy's version builds a `Span` and sets the attributes one match at a time. The
    matches come sorted (a later rule wins), so applying them in order to rows of
    `Doc.to_array` and writing the array back once gives the same tokens. Rules that set
    extension attributes, or whose token index falls outside the match, go to spaCy's."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.original = type(ruler).set_annotations.__get__(ruler)
        keys = sorted({k for attrs in ruler.attrs for k in attrs})
        if any(not isinstance(k, int) for k in keys):
            raise KeyError("a rule that sets extension attributes")
        self.columns = keys
        place = {k: i for i, k in enumerate(keys)}
        self.writes = [[(place[k], v) for k, v in attrs.items()] for attrs in ruler.attrs]
        self.indices = list(ruler.indices)

    def __call__(self, doc, matches) -> None:
        if not matches:
            return
        table = doc.to_array(self.columns)
        for attr_id, _match_id, start, end in matches:
            index = self.indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end:
                return self.original(doc, matches)  # spaCy's error for a bad index
            for col, value in self.writes[attr_id]:
                table[i, col] = value
        doc.from_array(self.columns, table)


class FastLemmas:
    """The lemmatizer's `pipe`, with every lemma cached by (word, POS, morphology): the
    only attributes its rules read."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        strings = doc.vocab.strings
        lemmas = table[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                found = self.cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, docs: Iterable, batch_size: int = 128) -> Iterator:
        for doc in docs:
            yield self(doc)


def speed_up(nlp, decoders: bool = True):
    """Give `nlp` the fast attribute ruler and lemmatizer and the parser's and the
    recogniser's batched decoding (`parse_decode`, `ner_decode`), all with the same
    results; returns it.

    Left as it is when a component is missing or has patterns the stand-in cannot read;
    `decoders=False` keeps spaCy's own decoding loops (to compare).
    """
    from detente.nlp.ner_decode import fast_ner
    from detente.nlp.parse_decode import fast_parser

    if decoders:
        fast_ner(nlp)
        fast_parser(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        try:
            ruler.match = FastRuleMatch(ruler)
            ruler.set_annotations = FastRuleWrite(ruler)
        except KeyError:
            pass
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) == "rule":
            fast = FastLemmas(lemmatizer)
            lemmatizer.pipe = fast.pipe
    return nlp
