"""The lexicon coder first; the trained classifier where the lexicon finds nothing.

The lexicon is precise but misses phrasings it has no entry for; the classifier,
trained on the project's synthetic sentences, recognises the type of a sentence
from its language. It is asked only about sentences that name two actors of
different countries and got no event from the lexicon, and its answer is used only
when it is confident, so the lexicon's precision is kept and the classifier adds
recall. Its events say `rule="classifier:TYPE p=0.83"` so a person can see why.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente import ontology
from detente.events import LexiconCoder, lexicon
from detente.events import dates as event_dates
from detente.events.coder import event_id, judged
from detente.events.status import status_of
from detente.models import Article, Event, Mention
from detente.nlp.pipeline import doc_sents, kids, span_root

PROMISES = {"AGREE", "THREATEN", "CONCEDE"}  # acts of saying what one will do
HARM = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE"}
FORCE = {"ASSAULT", "COERCE", "MOBILIZE"}
ARRIVALS = lexicon.words_of("arrival")
TRANSPORTS = lexicon.words_of("transport")


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
        sents = doc_sents(doc)
        background = judged(doc)
        asks = [(si, ms) for si, ms in sorted(by_sent.items())
                if si not in coded and sents[si].start not in background
                and len({m.actor.country for m in ms}) >= 2]
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
        trigger = event_verb(sent)
        if plover in FORCE and _arrival(trigger):
            return None
        status = status_of(trigger)
        if plover in PROMISES and status in ("future", "hypothetical"):
            status = status_of(sent.root)  # "X said it would strike Y": the threat is made
        when, precision = event_dates.resolve(sent.text, article.published)
        event = Event(
            doc_id=article.doc_id, sentence_index=si, evidence=sent.text,
            char_start=sent.start_char, char_end=sent.end_char,
            source=source.actor, target=target.actor, plover=plover, cameo=cameo,
            quad=ontology.quad_of(plover), intensity=ontology.plover_intensity(plover),
            goldstein=ontology.goldstein(cameo), status=status,
            date=when, date_precision=precision, confidence=round(0.5 * prob, 3),
            rule=f"classifier:{plover} p={prob:.2f}", trigger=trigger.text,
        )
        event.event_id = event_id(event)
        return event


def _arrival(verb: Token) -> bool:
    """"A Russian cargo plane landed at Murted air base": a transport that arrives
    delivers or carries; the sentence tells no attack on the place it arrives at."""
    if verb.lemma_.lower() not in ARRIVALS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lemma_.lower() in TRANSPORTS or any(
            g.lemma_.lower() in TRANSPORTS for g in c.subtree if g.dep_ in ("compound", "amod")))
        for c in kids(verb))


def event_verb(sent: Span) -> Token:
    """The word that carries the sentence's act, whose status is the event's.

    A reporting verb hands on to what was reported ("X could sign Y, officials said"),
    unless it is said to someone ("X told Y that ..." is itself the act),
    and a verb or noun of intent to the act intended ("has no plans to close",
    "decided to expel"), so a modal, plan or negation anywhere on the way counts.
    """
    tok = sent.root
    told = any(c.dep_ in ("dobj", "dative", "iobj") for c in kids(tok))  # "told Y that"
    if tok.lemma_.lower() in SAYING and not told:
        tok = next((c for c in kids(tok) if c.dep_ in ("ccomp", "parataxis")
                    and c.pos_ in ("VERB", "AUX")), tok)
    for _ in range(4):
        nxt = next((c for c in kids(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None:
            nxt = next((g for c in kids(tok) if c.dep_ in ("dobj", "attr")
                        for g in kids(c) if g.dep_ in ("acl", "relcl") and g.pos_ == "VERB"
                        and any(a.lower_ == "to" for a in kids(g))), None)
        if nxt is None:
            break
        tok = nxt
    return tok


# prepositions whose object is the side an act is aimed at ("attack on X", "aid to X")
TARGET_PREPS = {"on", "against", "to", "into", "toward", "towards", "at", "with", "over",
                "upon", "for"}
# a capital after these stands for its government: "strikes on Kyiv", "a visit to Beijing"
ACTOR_PREPS = {"on", "against", "to", "toward", "towards", "by"}
# "hackers from X", "the ministers of X": the preposition only says whose they are
OWNER_PREPS = {"of", "from"}
CLIMB = {"amod", "compound", "nmod", "nummod", "appos", "conj", "det", "case", "flat"}
SAYING = lexicon.words_of("say") | {"accuse"}  # speech verbs, and an accusation's "that"
# source preference per role (lower first); the target prefers the reverse
SOURCE_RANK = {"agent": 0, "subj": 1, "possagent": 2, "sayer": 3, "other": 3, "patient": 5}
TARGET_RANK = {"patient": 0, "other": 1, "possagent": 3, "sayer": 2, "subj": 3, "agent": 5}


def role(doc: Doc, m: Mention) -> str:
    """What a country mention does in its sentence, read from the parse.

    "by X" after a passive or an act noun is the `agent`; a subject is `subj` (a
    `sayer` when its verb only reports); "X's attack on Y" makes X a `possagent`;
    a passive subject, an object or "on/against/to Y" is the `patient`. Names inside
    a larger phrase ("the ministers of X", "X's soldiers") take that phrase's role.
    """
    tok = span_root(doc, m.start, m.end)
    for _ in range(8):
        dep, head = tok.dep_, tok.head
        if head == tok:
            return "other"
        if dep == "poss":
            if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS | {"of"} for c in kids(head)):
                return "possagent"
            tok = head
        elif dep in CLIMB:
            tok = head
        elif dep == "pobj":
            prep = head.lower_
            if head.dep_ == "agent" or prep == "by":
                return "agent"
            if head.dep_ == "dative" or (prep in TARGET_PREPS and not (
                    prep in OWNER_PREPS and head.head.pos_ in ("NOUN", "PROPN"))):
                return "patient"
            if prep in OWNER_PREPS:
                tok = head.head
            else:
                return "other"
        elif dep in ("nsubjpass", "dobj", "dative", "obj", "attr"):
            return "patient"
        elif dep in ("nsubj", "csubj"):
            saying = head.lemma_.lower() in SAYING and any(
                c.dep_ in ("ccomp", "parataxis") for c in kids(head))
            return "sayer" if saying else "subj"
        else:
            return "other"
    return "other"


def _dyad(sent: Span, ms: list[Mention], harm: bool = False
          ) -> tuple[Mention | None, Mention | None]:
    """Source and target among the sentence's country mentions, by their roles.

    Source: an agent ("was attacked by Y", "an attack by Y"), else a subject, else a
    possessor of the act ("Y's attack on X"), else the first actor; target: a
    mention of another country that the act is done to (object, passive subject,
    "on/against/to X"), else the first other one. For harm done (`harm`), a side named
    as the one it was done to ("ten Russian soldiers killed in ...") is never the doer.
    """
    doc = sent.doc

    def patient(m: Mention) -> bool:
        head = span_root(doc, m.start, m.end)
        while head.dep_ in {"amod", "compound", "nmod", "poss", "nummod"} and head.head != head:
            head = head.head
        return head.dep_ == "nsubjpass" or any(
            c.dep_ == "acl" and c.tag_ == "VBN" for c in kids(head))

    roles = {id(m): role(doc, m) for m in ms}

    def located(m: Mention) -> bool:
        """"in Moscow" is a place, not an actor; "by Beijing", "strikes on Kyiv" are."""
        if not m.is_place:
            return False
        tok = doc[m.start]
        if roles[id(m)] == "agent" or tok.head.lower_ in ACTOR_PREPS:
            return False
        return tok.head.dep_ == "prep" or tok.dep_ == "pobj"

    actors = [m for m in ms if not located(m)]
    doers = [m for m in actors if not (harm and (patient(m) or roles[id(m)] == "patient"))]
    if not doers:
        return None, None
    source = min(doers, key=lambda m: SOURCE_RANK[roles[id(m)]])
    others = [m for m in actors if m.actor.country != source.actor.country]
    if not others:
        return source, None
    target = min(others, key=lambda m: TARGET_RANK[roles[id(m)]])
    return source, target
