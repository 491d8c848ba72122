"""The network of spaCy's transition-based models, scoring many parser states at once.

spaCy's parser and recogniser share one design: token vectors (`tok2vec`), a
"precomputable" hidden layer that is multiplied out once per token and feature slot,
then, at each step of the greedy decoding, the slots a state points to are summed,
a maxout taken and a linear output layer applied. spaCy does the steps in a compiled
loop, one state at a time; the decoders in `ner_decode` and `parse_decode` keep every
state of a batch in arrays and ask this class for all their scores in one call.

The sums are taken in spaCy's order (slot 0 first, the bias last), so the hidden layer
is bit for bit spaCy's; only the output layer's product may round differently, which
decides a different action only on an exact tie.
"""

from __future__ import annotations

import os

import numpy as np


class StepScores:
    """Scores of every action for states that point at tokens of `docs`."""

    def __init__(self, model, docs) -> None:
        tok2vec, lower, upper = model.layers
        self.nF = lower.get_dim("nF")
        self.nO = lower.get_dim("nO")
        self.nP = lower.get_dim("nP")
        cached = lower.predict(tok2vec.predict(docs))  # (tokens + 1, nF, nO, nP); row 0 pads
        self.flat = np.ascontiguousarray(cached).reshape(-1, self.nO * self.nP)
        self.bias = lower.get_param("b").reshape(-1)
        self.weights = np.ascontiguousarray(upper.get_param("W").T)
        self.out_bias = upper.get_param("b")
        self.slots = np.arange(self.nF)
        self.unseen = sorted(model.attrs.get("unseen_classes") or ())

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        """(states, actions) scores for `ids`: (states, nF) token indices into the batch
        (documents one after another), -1 where a slot points at no token."""
        rows = self.flat[(ids + 1) * self.nF + self.slots]  # (states, nF, nO * nP)
        unmaxed = rows.sum(axis=1)  # slot by slot, in spaCy's order: the same rounding
        unmaxed += self.bias
        if self.nP == 2:
            hidden = np.maximum(unmaxed[:, 0::2], unmaxed[:, 1::2])
        else:
            hidden = unmaxed.reshape(len(ids), self.nO, self.nP).max(axis=2)
        scores = hidden @ self.weights
        scores += self.out_bias
        if self.unseen:  # spaCy: an action never seen in training scores the batch's least
            scores[:, self.unseen] = scores.min()
        return scores


def fits(model, n_features: int) -> bool:
    """Whether `model` is a transition model this scorer reads: `n_features` slots, an
    output layer, a maxout or plain hidden layer."""
    try:
        lower = model.get_ref("lower")
        return (model.attrs.get("has_upper") and lower.get_dim("nF") == n_features
                and len(model.layers) == 3)
    except (KeyError, ValueError, AttributeError):
        return False


def worth_batching(docs: list, min_states: float, fits=lambda doc: True) -> list:
    """The documents worth decoding together, shortest first: the most of them whose
    words number at least `min_states` times the longest one's.

    A batch costs one step of array operations per move of its longest document, while
    spaCy's loop costs about the same per word of every document; a text much longer
    than the rest of its batch is cheaper in spaCy's loop. `fits` leaves out documents
    the decoder cannot read (empty, already annotated)."""
    batch = sorted((d for d in docs if len(d) and fits(d)), key=len)
    total = sum(len(d) for d in batch)
    while batch and total < min_states * len(batch[-1]):
        total -= len(batch.pop())
    return batch


class BatchDecoder:
    """What the parser's and the recogniser's decoders share: they stand in for a spaCy
    component (`component`; any other attribute is its), decode the documents worth a
    batch (`worth_batching`) and leave the rest to the component's own loop."""

    min_states = 1.0  # documents' worth of words per longest one

    def __init__(self, component) -> None:
        self.component = component
        self.run = type(component).pipe.__get__(component)  # spaCy's own loop

    def __getattr__(self, name: str):
        if name == "component":
            raise AttributeError(name)
        return getattr(self.component, name)

    def __call__(self, doc):
        return self._annotate([doc])[0]

    def readable(self, doc) -> bool:
        """Whether the decoder can annotate `doc` (spaCy's loop takes the others)."""
        return True

    def decode(self, docs: list) -> None:
        """Annotate `docs` in place, as the component would."""
        raise NotImplementedError

    def _annotate(self, docs: list) -> list:
        batch = worth_batching(docs, self.min_states, self.readable)
        ours = {id(d) for d in batch}
        rest = [d for d in docs if id(d) not in ours]
        if rest:
            list(self.run(rest))
        if batch:
            self.decode(batch)
        return docs


def install_decoder(nlp, name: str, decoder_class, env: str):
    """Put `decoder_class(component)` in the place of `nlp`'s component `name` (under the
    same name, so `select_pipes` and `get_pipe` still work); None when the pipeline has no
    such component, the environment variable `env` says "spacy", or the decoder cannot
    read the model."""
    if name not in nlp.pipe_names or os.environ.get(env, "").strip().lower() == "spacy":
        return None
    component = nlp.get_pipe(name)
    if isinstance(component, decoder_class):
        return component
    try:
        decoder = decoder_class(component)
    except (ValueError, KeyError, AttributeError):
        return None
    # spaCy components are compiled classes: the decoder takes the component's place
    index = [n for n, _ in nlp._components].index(name)
    nlp._components[index] = (name, decoder)
    return decoder
