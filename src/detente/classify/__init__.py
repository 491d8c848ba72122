"""Sentence-level event-type classifier: recall where the lexicon coder finds nothing.

`EventTypeClassifier.load()` gives the shipped model (trained only on synthetic
sentences the project writes itself, see `synth.py`); `predict(sent)` ranks PLOVER
types plus 'NONE', `predict_root(sent)` gives a two-digit CAMEO root ("00" = none).
Retrain with `python -m detente.classify.train`; measure with
`python -m detente.classify.evaluate`.
"""

from detente.classify.model import EventTypeClassifier

__all__ = ["EventTypeClassifier"]
