"""What the reading stage knows of an article: plain records, no parse.

The sentence coder reads one sentence at a time; the reading stage reads the whole
article. It needs only a little of the parse: where each actor is mentioned (and
whether as a subject), where each quotation is and who, if anyone, the sentence says
spoke it. `from_doc.facts_of` makes these records from a spaCy `Doc`; tests build them
by hand, so the reading logic is testable without a parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from detente.models import Actor


@dataclass(frozen=True)
class Mentioned:
    """One mention of an actor: sentence, token span, and its place in the clause."""

    sent: int
    start: int  # token index in the document
    end: int  # exclusive
    actor: Actor
    via: str = "name"
    subject: bool = False
    is_place: bool = False
    in_quote: bool = False
    verb: int | None = None  # for a subject: the token of the verb it is subject of


@dataclass(frozen=True)
class Said:
    """A quotation: its character span, the sentences it covers, and its speaker.

    `speaker` is who the sentences around it say spoke it ("..., the ministry said", or
    "X said:" before it); None when nobody is named. `speaker_text` keeps the words
    ("the ministry", "he") so the reading stage can resolve a stand-in speaker.
    """

    start: int  # character offsets in the document
    end: int
    first_sent: int
    last_sent: int
    text: str
    speaker: Actor | None = None
    speaker_text: str | None = None


@dataclass
class ArticleFacts:
    """The parse-free view of one article that the reading stage works on."""

    doc_id: str
    n_sentences: int
    mentions: list[Mentioned] = field(default_factory=list)
    quotes: list[Said] = field(default_factory=list)
    # who speaks in each sentence (subject of its speech verb), when it is an actor
    speakers: dict[int, Actor] = field(default_factory=dict)
    # sentence -> the words of its speech verb's subject ("the ministry", "he")
    speaker_texts: dict[int, str] = field(default_factory=dict)
    # sentence -> character bounds (start, end) in the document
    bounds: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""  # the document's text (a sentence is text[bounds[i][0]:bounds[i][1]])
    published: date | None = None
    # token index -> character offset in the document (to place mentions in quotes)
    token_chars: list[int] = field(default_factory=list)

    def quote_at(self, sent: int, start: int | None = None) -> Said | None:
        """The quotation covering a sentence (or the character `start` in it)."""
        for q in self.quotes:
            if start is not None:
                if q.start <= start < q.end:
                    return q
            elif q.first_sent <= sent <= q.last_sent:
                return q
        return None
