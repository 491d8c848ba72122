"""Paragraph breaks end sentences.

spaCy's parser decides sentence boundaries itself and will run a headline into the
first paragraph, or a list item into the next ("Rwanda expelled the envoy\\n\\n- Malawi
ordered ..."), which makes one "sentence" of two stories. News copy marks its units
with blank lines and list markers; a hard-wrapped line alone is no boundary. This
component runs before the parser and tells it where a paragraph or a list item starts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

BULLETS = {"-", "•", "*", "–", "—", "·"}


@Language.component("detente_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the first word after a blank line, or of a list item, as a sentence start."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if not prev.is_space or doc[i].is_space:
            continue
        breaks = prev.text.count("\n")
        if breaks >= 2 or (breaks == 1 and doc[i].text in BULLETS):
            doc[i].is_sent_start = True
            if doc[i].text in BULLETS and i + 1 < len(doc):
                doc[i + 1].is_sent_start = False  # the marker belongs to its item
    return doc


def add_to(nlp: Language) -> Language:
    """Put the component before the parser (once)."""
    if "detente_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("detente_paragraphs", before="parser")
    return nlp
