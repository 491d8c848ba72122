"""The spaCy pipeline detente parses with, loaded once per process."""

from detente.nlp.pipeline import load_nlp, sentences

__all__ = ["load_nlp", "sentences"]
