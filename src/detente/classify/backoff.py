"""The lexicon coder first; the trained classifier where the lexicon finds nothing.

The lexicon is precise but misses phrasings it has no entry for; the classifier,
trained on the project's synthetic sentences, recognises the type of a sentence
from its language. It is asked only about sentences that name two actors of
different countries and got no event from the lexicon, and its answer is used only
when it is confident, so the lexicon's precision is kept and the classifier adds
recall. Its events say `rule="classifier:TYPE p=0.83"` so a person can see why.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from detente import ontology
from detente.events import LexiconCoder
from detente.events import dates as event_dates
from detente.events.coder import event_id
from detente.events.status import status_of
from detente.models import Article, Event, Mention

SUBJECTS = {"nsubj", "nsubjpass", "agent"}
HARM = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE"}


class BackoffCoder:
    """`code(doc, mentions, article)` like every coder; see the module doc."""

    name = "lexicon+classifier"

    def __init__(self, primary=None, classifier=None, threshold: float = 0.7) -> None:
        from detente.classify import EventTypeClassifier

        self.primary = primary or LexiconCoder()
        self.classifier = classifier or EventTypeClassifier.load()
        self.threshold = threshold

    def code(self, doc: Doc, mentions: list[Mention], article: Article) -> list[Event]:
        events = self.primary.code(doc, mentions, article)
        coded = {e.sentence_index for e in events}
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.actor.country:
                by_sent.setdefault(m.sent_index, []).append(m)
        sents = list(doc.sents)
        asks = [(si, ms) for si, ms in sorted(by_sent.items())
                if si not in coded and len({m.actor.country for m in ms}) >= 2]
        if not asks:
            return events
        ranked = self.classifier.predict_many([sents[si] for si, _ in asks])
        for (si, ms), ranking in zip(asks, ranked, strict=True):
            plover, prob = ranking[0]
            if plover == "NONE" or prob < self.threshold:
                continue
            event = self._event(sents[si], si, ms, plover, prob, article)
            if event is not None:
                events.append(event)
        return events

    def _event(self, sent: Span, si: int, ms: list[Mention], plover: str, prob: float,
               article: Article) -> Event | None:
        source, target = _dyad(sent, ms, harm=plover in HARM)
        if source is None or target is None:
            return None
        cameo = ontology.default_cameo(plover)
        when, precision = event_dates.resolve(sent.text, article.published)
        event = Event(
            doc_id=article.doc_id, sentence_index=si, evidence=sent.text,
            char_start=sent.start_char, char_end=sent.end_char,
            source=source.actor, target=target.actor, plover=plover, cameo=cameo,
            quad=ontology.quad_of(plover), intensity=ontology.plover_intensity(plover),
            goldstein=ontology.goldstein(cameo), status=status_of(sent.root),
            date=when, date_precision=precision, confidence=round(0.5 * prob, 3),
            rule=f"classifier:{plover} p={prob:.2f}", trigger=sent.root.text,
        )
        event.event_id = event_id(event)
        return event


def _dyad(sent: Span, ms: list[Mention], harm: bool = False
          ) -> tuple[Mention | None, Mention | None]:
    """Source: the mention that is (inside) a subject, else the first actor that is not
    just a place; target: the first mention of another country.

    For harm done (`harm`), a side named as the one it was done to ("ten Russian
    soldiers killed in ...", "Iranians were arrested") is never the doer.
    """
    doc = sent.doc

    def patient(m: Mention) -> bool:
        head = doc[m.start:m.end].root
        while head.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} and head.head != head:
            head = head.head
        return head.dep_ == "nsubjpass" or any(
            c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children)

    def is_subject(m: Mention) -> bool:
        return any(tok.dep_ in SUBJECTS or any(a.dep_ in SUBJECTS for a in tok.ancestors)
                   for tok in doc[m.start:m.end])

    def located(m: Mention) -> bool:  # "in Moscow": a place, not an actor
        head = doc[m.start].head
        return m.is_place and head.dep_ == "prep" or doc[m.start].dep_ == "pobj" and m.is_place

    actors = [m for m in ms if not located(m)]
    doers = [m for m in actors if not (harm and patient(m))]
    source = next((m for m in doers if is_subject(m)), doers[0] if doers else None)
    if source is None:
        return None, None
    target = next((m for m in actors if m.actor.country != source.actor.country), None)
    return source, target
