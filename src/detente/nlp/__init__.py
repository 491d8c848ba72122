"""The spaCy pipeline detente parses with, loaded once per process."""

from detente.nlp.pipeline import doc_text, keep_text, load_nlp, per_doc, sentences

__all__ = ["doc_text", "keep_text", "load_nlp", "per_doc", "sentences"]
