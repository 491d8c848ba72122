"""Line breaks that end a sentence: paragraphs, list items and lines that end one.

News pages put headlines, photo captions and bulleted lists on lines of their own,
often with no full stop; the parser alone runs them together into one "sentence", so
one verb's actors leak into the next item's event. A blank line, a line starting with a
list marker, or a line whose last character ends a sentence starts a new sentence
before the parser runs. A single line break inside running text (hard-wrapped copy)
is left to the parser.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "detente_line_breaks"
BULLETS = frozenset({"-", "*", "\u2022", "\u2023", "\u25cf", "\u25aa", "\u2013", "\u2014", "\u00b7"})
ENDS = frozenset('.!?:;"\u201d\'\u2019)')


@Language.component(NAME)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first word after a sentence-ending line break as a sentence start."""
    if "\n" not in doc.text:
        return doc
    for tok in doc[1:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if (tok.text.count("\n") >= 2 or after.text in BULLETS
                or (before.text and before.text[-1] in ENDS)):
            after.is_sent_start = True
            if after.text in BULLETS and after.i + 1 < len(doc):
                doc[after.i + 1].is_sent_start = False  # the marker opens its item
    return doc


def add_line_breaks(nlp: Language) -> Language:
    """Put the line-break splitter before the parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp
