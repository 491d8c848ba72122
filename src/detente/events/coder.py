"""The lexicon event coder: parsed sentences and actor mentions in, `Event`s out.

`LexiconCoder.code(doc, mentions, article)` reads each sentence that mentions an
actor, finds verb and noun triggers from the lexicons in `data/`, reads source and
target from the parse, applies the PLOVER rules on intent, future and refusal, and
writes one `Event` per (sentence, source, target, type).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from detente import ontology
from detente.models import Actor, Article, Event, Mention
from detente.nlp.pipeline import (
    doc_memo,
    doc_sents,
    kids,
    per_doc,
    sent_lowers,
    sent_tokens,
    span_root,
)

from . import dates, lexicon
from .frames import (
    ActorIndex,
    actor_key,
    forms,
    is_passive,
    objects,
    preps,
    span_text,
    subject,
    tokens,
)
from .judgements import judgement_hits
from .lexicon import Entry
from .match import Hit, Matcher
from .quotes import QuoteSpan, quote_for, quotes_in, to_quote
from .referents import answered_clause, reaction_gap
from .senses import deterred, helping, purpose_foes
from .status import status_of

COOP = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
SPEAKER_GAP = Actor(text="(speaker)", code=None, country=None, kind="other")
# speech verbs, and verbs that state what their subject will do (classes of words.tsv)
ANNOUNCE = lexicon.words_of("say") | lexicon.words_of("announce")
STATE_VERBS = {"reach", "rise", "fall", "grow", "increase", "decline", "hit", "total", "rest",
               "remain", "stand", "exceed", "double", "drop", "top", "amount", "surge", "slump"}
DECLINE = {"fall", "decline", "drop", "slump", "shrink", "plunge", "dip", "decrease", "slide"}
EXPECTED = {"expect", "set", "schedule", "slate", "poise", "suppose"}
WANT = {"want", "wish", "like", "need", "expect"}
_WORDS = lexicon.load_words()
PENALTY = {"pronoun": 0.1, "unresolved": 0.25}
CLASS_ORDER = ("refuse", "request", "threat", "agree", "intent")
DECIDE = lexicon.words_of("decide")  # a body's decision, not a promise
AIMED_FORCE = {"ASSAULT", "COERCE"}
DISAPPROVE = {"ACCUSE", "REJECT"}
PARTY_PREPS = {"between", "by", "with"}  # "a deal signed between A and B", "... by A"
# prepositions that say where force landed: "strikes at targets on Pakistani territory"
WHERE_PREPS = {"at", "on", "in", "into", "over", "against", "inside", "across"}
MEDIATE = lexicon.words_of("mediate", "clauses.tsv")
HOSTS = lexicon.words_of("host", "clauses.tsv")
RESUME = lexicon.words_of("resume", "clauses.tsv")


class LexiconCoder:
    """Rule and lexicon based coder; build once, call `code` per document."""

    name = "lexicon"

    def __init__(self) -> None:
        words = lexicon.load_words()
        self.matcher = Matcher(lexicon.verbs(), lexicon.nouns(), words)
        self.conversions = lexicon.load_conversions()
        judge = lexicon.load(lexicon.DATA / "frames.tsv", "frame")
        self.judge = {name: entries[0] for name, entries in judge.items()}

    def code(self, doc: Doc, mentions: list[Mention], article: Article) -> list[Event]:
        """Events of one document (see module doc)."""
        index = ActorIndex(mentions)
        events: dict[tuple, Event] = {}
        for si, sent in enumerate(doc_sents(doc)):
            if not any(i in index.by_token for i in range(sent.start, sent.end)):
                continue
            if _garbled(sent):
                continue
            quotes = quotes_in(sent, index)
            hits = sorted(self._hits(sent, index), key=lambda h: h.trigger.i)
            go_between = _go_between(sent, index) if hits else []  # read for the hits only
            for hit in hits:
                between = [m for m in hit.targets if m in go_between]
                if between:
                    # "With Qatar mediating, the two sides agreed": Qatar is no party to
                    # the deal; it consults each side, and the sides pair up (or, named
                    # by no one here, are the reading stage's to find)
                    hit.targets = [m for m in hit.targets if m not in go_between]
                    if not hit.targets and len({m.actor.country for m in hit.sources}) >= 2:
                        hit.symmetric = True
                _along_with(hit, index)
                if not hit.targets and hit.plover in AIMED_FORCE:
                    _struck_where(hit, index)
                if not hit.targets and hit.plover in DISAPPROVE:
                    _parties_of_object(hit, index)
                together = _together(hit)
                if together:  # "The two leaders praised bilateral ties": each the other's
                    hit.symmetric = True
                reaction = None
                if not hit.targets:  # "Tokyo condemned the launch": whose launch
                    answered_clause(hit, index)
                    reaction = reaction_gap(hit)  # a gap the reading stage fills
                for ev in self._events(hit, si, sent, quotes, article, index):
                    if between:
                        for med in _mediations(ev, between):
                            events.setdefault(_key(med, False), med)
                        if ev.target is None:
                            ev.extra["parties"] = sorted({m.actor.country for m in between})
                    if (ev.target is not None and hit.entry.pattern in HOSTS
                            and hit.role == "dobj" and ev.plover == "CONSULT"):
                        guest = _guest_visit(ev)  # "Kenya hosted the President of X"
                        events.setdefault(_key(guest, False), guest)
                    if reaction is not None and ev.target is None:
                        ev.extra["reaction"] = reaction
                    if hit.symmetric and not hit.reciprocal:
                        ev.extra["symmetric"] = True
                    if (_mutual(hit) or together) and ev.plover == hit.plover:
                        ev.mutual = True  # not a refusal of talks
                    key = _key(ev, hit.symmetric, hit.reciprocal)
                    old = events.get(key)
                    if old is None or ev.confidence > old.confidence:
                        events[key] = ev
        return _mirror(_drop_untargeted(_orient(list(events.values()))))

    # -- hits ----------------------------------------------------------------
    def _hits(self, sent: Span, index: ActorIndex) -> list[Hit]:
        m = self.matcher
        verb_hits = m.verb_hits(sent, index)
        consumed = {i for h in verb_hits for i in h.consumed}
        # "warned against travelling to X": the gerund is part of the warning's pattern
        verb_hits = [h for h in verb_hits if h.trigger.i not in consumed]
        hits = verb_hits + m.noun_hits(sent, index, consumed)
        hits += judgement_hits(m, sent, index, self.judge)
        for h in hits:
            if h.trigger.pos_ == "VERB":
                _sense_of_sending(h, index)
        told = [h for h in hits if not _background(h.trigger)
                and not _appraised(h.trigger, index) and not _statistic(h)]
        if hits and not told:  # only background: no back-off classifier should code it
            judged(sent.doc).add(sent.start)
        out = [h for h in told if self._convert(h, index)]
        # the governor's own event gives way to the converted one unless it says more
        inner = {h.governor.i: h for h in out if h.governor is not None and h.converted}
        return [h for h in out if h.converted or h.trigger.i not in inner
                or (h.targets and not inner[h.trigger.i].targets)
                or (h.targets and _doers(h) != _doers(inner[h.trigger.i]))]

    def _governors(self, hit: Hit) -> list[Token]:
        """Words above the trigger that may change its type, nearest first.

        Climbs xcomp links ("agreed to send"), a noun's verb ("wants more trade",
        "agreed to a ceasefire") and the clause of a refusal or threat.
        """
        out: list[Token] = []
        cur = hit.trigger
        for _ in range(4):
            gov = None
            if (cur.dep_ == "xcomp" and is_passive(cur.head)
                    and cur.head.lemma_.lower() in EXPECTED):
                break  # "X is expected to meet Y": others expect it, X intends nothing
            if cur.dep_ == "conj" and cur.tag_ == "VB" and cur.head.dep_ == "xcomp":
                gov = cur.head.head  # "asked Russia to stop the war and (to) withdraw"
            elif cur.dep_ == "xcomp" or (cur.dep_ == "ccomp" and (self._cls(cur.head) & {
                    "refuse", "threat", "request"} or cur.head.lemma_.lower() in WANT)):
                gov = cur.head
            elif cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and self._cls(
                    cur.head.head) & {"refuse", "threat"}:
                gov = cur.head.head  # "balked at sending", "threatened with cutting"
            elif cur.dep_ == "acl" and cur.tag_ == "VB" and cur.head.pos_ == "NOUN":
                gov = cur.head  # "their determination to strengthen ties": a promise
            elif cur.pos_ in {"NOUN", "PROPN"}:
                gov = hit.governor if cur == hit.trigger else self.matcher._governor(cur)
            if gov is None or gov == cur:
                break
            out.append(gov)
            cur = gov
        return out

    def _convert(self, hit: Hit, index: ActorIndex) -> bool:
        """Apply governor rules ("wants to work with" -> AGREE); False drops the hit."""
        forbid = _forbidder(hit.trigger)
        if forbid is not None:
            return self._forbidden(hit, forbid, index)
        govs = self._governors(hit)
        if govs:
            ending = self._cls(govs[0]) & {"cease", "end"}
            if ending and any(c.lemma_.lower() in RESUME for c in kids(hit.trigger)):
                govs, ending = govs[1:], set()  # "cease fighting, reopen trade": not ceased
            if ending and not self._stop_ended(hit, govs[0], ending.pop()):
                return False
            if hit.converted:
                govs = govs[1:]
        for cls in CLASS_ORDER:
            gov = next((g for g in govs if cls in self._cls(g)), None)
            if gov is not None:
                return self._apply(hit, gov, cls, index, direct=gov == govs[0])
        return True

    def _forbidden(self, hit: Hit, permit: Token, index: ActorIndex) -> bool:
        """"The junta did not allow ASEAN's envoy to meet Suu Kyi": the one who would
        not allow it rebuffs the one who asked, a refusal that was made."""
        new = self.conversions.get(("refuse", hit.plover))
        refusers = self.matcher.subject_actors(subject(permit), index)
        if new is None or not refusers:
            return False
        asked = [m for c in kids(permit) if c.dep_ == "dative" and c.lower_ == "to"
                 for g in kids(c) for m in index.group(g)]  # "permission to Russia"
        refused = [m for m in asked or hit.sources if m.actor.country]
        hit.plover, hit.cameo = new
        hit.mode = None
        hit.sources = refusers
        hit.targets = [m for m in refused
                       if m.actor.country not in {r.actor.country for r in refusers}]
        hit.role = "forbidden"
        hit.converted = "forbid"
        hit.governor = permit
        return True

    def _stop_ended(self, hit: Hit, gov: Token, cls: str) -> bool:
        """"Stopped shelling Kharkiv", "halted its offensive", "agreed to stop demanding":
        the act ends, which is a retreat, a concession or a cut in ties, never the act.
        An "end" verb does not end talks or a visit ("ended its visit" was still a
        visit); False drops the hit."""
        new = self.conversions.get((cls, hit.plover))
        if new is None:
            return cls == "end"
        hit.plover, hit.cameo = new
        hit.mode = None
        hit.converted = cls
        hit.governor = gov
        return True

    def _apply(self, hit: Hit, gov: Token, cls: str, index: ActorIndex, direct: bool) -> bool:
        hit.governor = gov
        if cls == "intent" and gov.lemma_.lower() in WANT and _own_subject(hit.trigger, gov):
            return False  # "Obama wants Putin to attack X": a request, coded on "want"
        if cls == "request":
            if hit.trigger.pos_ not in {"NOUN", "PROPN"} or not direct:
                return False  # "urged Iran to help": the urging == the event
            req = self.matcher._verb(gov, ActorIndex([]))
            if req is not None:
                hit.plover, hit.cameo, hit.mode = "REQUEST", req.entry.cameo, None
                hit.converted = "request"
                # "the UN urged Israel to stop its strikes": the UN asks, not Israel
                askers = self.matcher.subject_actors(subject(gov), index)
                if askers and not any(m.via == "unresolved" for m in askers):
                    hit.sources = askers
                _ask_whom(hit, gov, index)
            return True
        if cls == "threat" and self._foretold(hit, gov, index):
            hit.governor = None
            return True
        if cls == "agree" and not hit.targets and len(hit.sources) >= 2:
            hit.symmetric = True  # "Saudi Arabia and Iran agreed to reopen embassies"
        if cls in {"agree", "intent"} and hit.plover == "SANCTION" and gov.lemma_.lower() in DECIDE:
            hit.converted, hit.governor = cls, gov
            return True  # "the EU agreed to extend its sanctions", "decided to expel": imposed
        new = self.conversions.get((cls, f"{hit.plover}:{hit.mode}".upper())) or (
            # "offered to nominate X for a prize": a row for the trigger word itself
            self.conversions.get((cls, f"{hit.plover}:{hit.entry.head}".upper()))) or (
            self.conversions.get((cls, hit.plover)))  # "agreed to a ceasefire": CONCEDE
        if new is None:
            return cls != "refuse"
        hit.plover, hit.cameo = new
        hit.mode = None
        hit.converted = cls
        if cls == "threat":
            _condition_target(hit, gov, index)
            _warned_whom(hit, gov, index)
            _sibling_object(hit, gov, index)
        return True

    def _foretold(self, hit: Hit, gov: Token, index: ActorIndex) -> bool:
        """"Zelensky warned that Russia would attack Moldova": the warner names another's
        act to come, a forecast; it is no threat by either of them."""
        if hit.trigger.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in kids(hit.trigger)):
            return False
        warners = {m.actor.country for m in self.matcher.subject_actors(subject(gov), index)}
        doers = {_actor(m).country for m in hit.sources}
        return bool(warners - {None}) and bool(doers - {None}) and not warners & doers

    def _told_by_other(self, hit: Hit, index: ActorIndex) -> bool:
        """The clause is reported by someone other than its doer ("Putin will not travel
        to X, the South African presidency said"): a report, not the doer's refusal."""
        tok = hit.trigger
        for _ in range(6):
            if tok.head == tok:
                return False
            if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_.lower() in ANNOUNCE:
                speaker = [m for m in self.matcher.subject_actors(subject(tok.head), index)
                           if m.actor.country]  # "a union official announced": unknown
                mine = {_actor(m).country for m in hit.sources}
                return bool(speaker) and not any(m.actor.country in mine for m in speaker)
            tok = tok.head
        return False

    def _own_side_said(self, hit: Hit, index: ActorIndex) -> bool:
        """"Israel will invade Rafah, Defence Minister Gallant said": a named speaker of
        the doer's own side says its force will be used, a threat; unnamed officials or
        the other side only forecast it."""
        tok = hit.trigger
        for _ in range(6):
            if tok.head == tok:
                return False
            if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_.lower() in ANNOUNCE:
                speaker = self.matcher.subject_actors(subject(tok.head), index)
                mine = {_actor(m).country for m in hit.sources}
                return any(m.actor.country in mine for m in speaker)
            tok = tok.head
        return False

    def _cls(self, tok: Token) -> set[str]:
        return self.matcher.classes(tok)

    # -- events --------------------------------------------------------------
    def _events(self, hit: Hit, si: int, sent: Span, quotes: list[QuoteSpan],
                article: Article, index: ActorIndex) -> list[Event]:
        status = status_of(hit.trigger, _presupposed(hit))
        if status == "asserted" and _blocked(hit.trigger):
            status = "negated"
        if hit.converted in {"intent", "refuse", "threat", "request"} and status == "future":
            status = "asserted"
        if hit.converted == "forbid" and status in {"negated", "future"}:
            status = "asserted"  # the refusal to allow it was made
        if (hit.converted in {"threat", "intent", "agree", "refuse"} and status == "hypothetical"
                and hit.governor is not None and status_of(hit.governor, False) == "asserted"):
            # "warned that Iran would seize a ship if ...", "offered to mediate": the
            # warning and the offer were made
            status = "asserted"
        plover, cameo = hit.plover, hit.cameo
        pledge = plover in PLEDGES or (
            plover in FORCE_PLEDGES and status == "future" and self._own_side_said(hit, index))
        for rule in _status_rules(hit.trigger, status, self._told_by_other(hit, index),
                                  pledge=pledge):
            new = self.conversions.get((rule, plover))
            if new is not None:
                plover, cameo = new
                status = "asserted"
                if plover == "THREATEN" and not hit.targets:  # "would retaliate if Finland"
                    _condition_target(hit, hit.trigger, index)
                    _told_whom(hit, index)
                break
        quote = quote_for(quotes, hit.trigger)
        pairs = self._pairs(hit, quote)
        text = span_text(sent)
        when, precision = dates.resolve(text, article.published,
                                        hit.trigger.idx - sent.start_char,
                                        _foreign_clauses(hit.trigger, sent),
                                        future=status == "future")
        out = []
        for src, tgt in pairs:
            conf = hit.confidence - _depth_penalty(hit.trigger) - sum(
                PENALTY.get(m.via, 0.0) for m in (src, tgt) if isinstance(m, Mention))
            ev = Event(
                doc_id=article.doc_id, sentence_index=si, evidence=text,
                char_start=sent.start_char, char_end=sent.end_char,
                source=_actor(src), target=_actor(tgt) if tgt is not None else None,
                plover=plover, mode=hit.mode if plover == hit.entry.plover else None,
                cameo=cameo, quad=ontology.quad_of(plover),
                intensity=ontology.plover_intensity(plover, hit.mode if plover == hit.entry.plover else None),
                goldstein=ontology.goldstein(cameo), status=status, date=when,
                date_precision=precision,
                quote=to_quote(quote) if quote else _sentence_quote(hit, quotes),
                confidence=round(max(0.05, min(1.0, conf)), 3),
                rule=_rule(hit), trigger=_trigger_text(hit),
            )
            ev.event_id = event_id(ev)
            # where the trigger is: the reading stage places the act in its quotation
            ev.extra["trigger_char"] = hit.trigger.idx
            ev.extra["token"] = hit.trigger.i
            out.append(ev)
        return out

    def _pairs(self, hit: Hit, quote: QuoteSpan | None
               ) -> list[tuple[Mention | Actor, Mention | Actor | None]]:
        sources: list[Mention | Actor] = list(hit.sources)
        if not sources and quote is not None:
            # a quotation's act is its speaker's; one named in another sentence ("...,"
            # the official said.) is a gap the reading stage fills
            sources = [quote.speaker if quote.speaker is not None else SPEAKER_GAP]
        if hit.symmetric and len(sources) >= 2:
            pairs = [(a, b) for a, b in combinations(sources, 2) if not _same(a, b)]
            if hit.reciprocal:
                pairs += [(b, a) for a, b in pairs]
        elif hit.targets:
            pairs = [(s, t) for s in sources for t in hit.targets
                     if not _same(s, t) or _where(t, hit.role)]  # a domestic act
            if not pairs:  # the only target was the doer itself
                pairs = [(s, None) for s in sources]
        else:
            pairs = [(s, None) for s in sources]
        return [(s, t) for s, t in pairs
                if _resolved(s) or (t is not None and _resolved(t)) or (t is None and _named(s))
                or (t is None and hit.plover in COOP and _group_word(s))]


def _parties_of_object(hit: Hit, index: ActorIndex) -> None:
    """"Egypt and Greece denounced a deal signed between Ankara and Tripoli": what is
    denounced is the parties' doing; the accusation is aimed at each of them."""
    if hit.trigger.pos_ not in {"VERB", "AUX"}:
        return
    own = {m.actor.country for m in hit.sources}
    found: list[Mention] = []
    for obj in (c for c in kids(hit.trigger) if c.dep_ == "dobj"):
        # "a deal, including a security pact, signed between ...": through the object's
        # nouns and the participles that describe them, not into clauses of their own
        heads = [t for t in obj.subtree if t.pos_ in {"NOUN", "PROPN"} or t.dep_ == "acl"]
        heads = [t for t in heads if not any(a.dep_ in {"relcl", "ccomp", "advcl"}
                                             for a in t.ancestors if a.i in range(
                                                 obj.left_edge.i, obj.right_edge.i + 1))]
        for h in heads:
            for p in kids(h):
                if p.dep_ not in {"prep", "agent"} or p.lower_ not in PARTY_PREPS:
                    continue
                for g in kids(p):
                    if g.dep_ != "pobj":
                        continue
                    for c in [g, *g.conjuncts]:
                        found += [m for m in index.of(c) if m.actor.country
                                  and (not m.is_place or m.via == "capital")
                                  and m.actor.country not in own]
    if found:
        hit.targets = found
        hit.role = "object"


def _struck_where(hit: Hit, index: ActorIndex) -> None:
    """"Iran launched air strikes at targets on Pakistani territory": force with no one
    named as its target lands on the one other country its place phrases name (the
    owner of the territory, the country of the place); none when they name two."""
    own = {m.actor.country for m in hit.sources}
    found: list[Mention] = []
    frontier, role = [hit.trigger], ""
    if hit.trigger.dep_ == "dobj":  # "launched air strikes at ...": the light verb's phrase
        frontier.append(hit.trigger.head)
    for _ in range(2):  # the trigger's place phrase, and a phrase inside it
        nxt = []
        for tok in frontier:
            for p in kids(tok):
                if p.dep_ != "prep" or p.lower_ not in WHERE_PREPS:
                    continue
                for g in kids(p):
                    if g.dep_ != "pobj":
                        continue
                    role = role or p.lower_
                    for t in g.subtree:
                        if t.pos_ in {"VERB", "AUX"}:
                            break  # not into a clause of its own
                        found += [m for m in index.at(t) if m.actor.country
                                  and m.actor.country not in own]
                    nxt.append(g)
        frontier = nxt
    if len({m.actor.country for m in found}) == 1:
        hit.targets = found[:1]
        hit.role = role


def _along_with(hit: Hit, index: ActorIndex) -> None:
    """"The two countries along with Burkina Faso called their ambassadors home": who
    acts along with the subject is a doer too."""
    if not hit.sources:
        return
    doc = hit.trigger.doc
    heads = {span_root(doc, m.start, m.end).i for m in hit.sources}
    have = {(m.start, m.actor.country) for m in hit.sources + hit.targets}
    for i in heads:
        for along in kids(doc[i]):
            if along.dep_ != "prep" or along.lower_ not in {"along", "together"}:
                continue
            for w in kids(along):
                if w.dep_ != "prep" or w.lower_ != "with":
                    continue
                for g in (x for x in kids(w) if x.dep_ == "pobj"):
                    for c in [g, *g.conjuncts]:
                        for m in index.of(c, allow_place=False):
                            if m.actor.country and (m.start, m.actor.country) not in have:
                                hit.sources.append(m)
                                have.add((m.start, m.actor.country))


def _together(hit: Hit) -> bool:
    """A cooperative act with no one else named, done by one plural phrase that stands
    for two or more states ("the heads of state commended bilateral ties", "they
    reaffirmed their partnership"): the members do it with each other."""
    if hit.targets or hit.symmetric or hit.plover not in COOP or len(hit.sources) < 2:
        return False
    spans = {(m.start, m.end) for m in hit.sources}
    return len(spans) == 1 and all(m.via == "pronoun" for m in hit.sources) and len(
        {m.actor.country for m in hit.sources}) == len(hit.sources)


def _go_between(sent: Span, index: ActorIndex) -> list[Mention]:
    """Actors named in a "with X mediating" / "with X as mediator" phrase: a go-between
    at the talks, not a party to what the sides did there."""
    out: list[Mention] = []
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low != "with" or tok.dep_ != "prep":
            continue
        words = [t for t in tok.subtree if t.i != tok.i]
        if not any(t.lower_ in MEDIATE or t.lemma_.lower() in MEDIATE for t in words):
            continue
        span = {t.i for t in words}
        out += [m for i in sorted(span) for m in index.by_token.get(i, ())
                if m.actor.country and m not in out]
    return out


def _mediations(ev: Event, between: list[Mention]) -> list[Event]:
    """The go-between's own act: it consults each side it brought together (CAMEO 045)."""
    out = []
    for side in (ev.source, ev.target):
        for m in between:
            if side is None or side.country == m.actor.country:
                continue
            med = replace(ev, source=m.actor, target=side, plover="CONSULT", cameo="045",
                          mode=None, quad=ontology.quad_of("CONSULT"),
                          intensity=ontology.plover_intensity("CONSULT", None),
                          goldstein=ontology.goldstein("045"), mutual=False,
                          rule=f"mediate:{ev.rule}", extra=dict(ev.extra))
            med.event_id = event_id(med)
            out.append(med)
    return out


def _guest_visit(ev: Event) -> Event:
    """The guest's side of a hosted visit: it visits its host (CAMEO 042)."""
    visit = replace(ev, source=ev.target, target=ev.source, cameo="042",
                    goldstein=ontology.goldstein("042"), rule=f"guest:{ev.rule}",
                    extra=dict(ev.extra))
    visit.event_id = event_id(visit)
    return visit


def _sense_of_sending(h: Hit, index: ActorIndex) -> None:
    """Whether forces or arms sent somewhere are aid or a show of force.

    "sent tanks into Ukraine" is an incursion, not a delivery; troops sent to a country to
    help it or to fight someone else there are aid; a show of force with no one named is
    aimed at the one its purpose clause deters."""
    if h.plover == "AID" and h.targets and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in kids(h.trigger)):
        h.plover, h.cameo, h.mode = "MOBILIZE", "154", None
        return
    if h.plover != "MOBILIZE":
        return
    if h.targets and h.role in {"to", "into"} and (
            helping(h.trigger) or _fights_for(h, index)):
        # "sent troops to Russia to fight alongside its forces", "sent soldiers to
        # Mozambique to fight insurgents": military aid
        h.plover, h.cameo, h.mode = "AID", "072", None
    elif not h.targets:  # "sent carriers to the Mediterranean to deter Iran"
        keys = {actor_key(m.actor) for m in h.sources}
        h.targets = [m for o in deterred(h.trigger) for m in index.group(o)
                     if m.actor.country and actor_key(m.actor) not in keys]
        h.role = "deter" if h.targets else h.role


def _fights_for(hit: Hit, index: ActorIndex) -> bool:
    """Troops sent to a country to fight someone else there: the foe of the purpose clause
    shares no country with the place they are sent to."""
    foes = purpose_foes(hit.trigger)
    if foes is None:
        return False
    targets = {m.actor.country for m in hit.targets}
    return not any(m.actor.country in targets for f in foes for m in index.group(f))


def _ask_whom(hit: Hit, gov: Token, index: ActorIndex) -> None:
    """"Armenia asked Russia for military assistance": the one asked is the target of the
    request, not a country-less word inside what is asked for ("military")."""
    if hit.role not in {"in", "inside", "where", "across"} and any(
            isinstance(m, Mention) and m.actor.country for m in hit.targets):
        return  # "called on Israel to halt its offensive in Gaza": Israel, not Gaza
    keys = {actor_key(m.actor) for m in hit.sources}
    asked = [m for o in objects(gov) + [g for p in ("on", "upon") for g in preps(gov, p)]
             for m in index.group(o) if m.actor.country and actor_key(m.actor) not in keys]
    if asked:
        hit.targets, hit.role = asked, "dobj"


def _presupposed(hit: Hit) -> bool:
    """A noun event named with its own doer ("Russia's invasion", "their meeting")."""
    tok = hit.trigger
    if tok.pos_ not in {"NOUN", "PROPN"} or hit.converted or hit.governor is not None:
        return False
    if tok.dep_ in {"nsubj", "nsubjpass"}:  # "a Chinese invasion would trigger ...": its verb
        return False
    if tok.dep_ == "dobj" and "light" in _light_classes(tok.head):
        return False  # "will host talks between A and B": the talks are the hosting
    if any(c.dep_ == "poss" for c in kids(tok)):
        return True
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(isinstance(m, Mention) and lo <= m.start <= hi for m in hit.sources)


def _light_classes(tok: Token) -> set[str]:
    return _WORDS.get(tok.lemma_.lower(), set())


def _doers(hit: Hit) -> set:
    """Who does what a hit says ("Trump warned that North Korea would ..." != "North Korea")."""
    return {actor_key(m.actor) for m in hit.sources}


def _foreign_clauses(trigger: Token, sent: Span) -> list[tuple[int, int]]:
    """Character ranges of clauses about another thing than the trigger's own clause.

    A relative or participle clause on a noun ("an agreement signed in 2001", "the war
    that began in 2022") dates that noun, not the event; so does any clause that the
    trigger is not part of when it hangs below the trigger's own clause.
    """
    # one scan per sentence, however many triggers it has
    spans = per_doc(sent.doc, "detente.clauses", sent.start, _clause_spans, sent)
    out = [(a, b) for left, right, a, b in spans if not left <= trigger.i <= right]
    if trigger.dep_ == "conj" and trigger.head.pos_ in {"VERB", "AUX"}:
        # "invaded Ukraine in February and annexed Crimea in 2014": a verb whose own
        # conjunct says when does not take the date of the conjunct before it
        start = trigger.left_edge.idx - sent.start_char
        end = trigger.right_edge.idx + len(trigger.right_edge.text) - sent.start_char
        if any(start <= m.start() < end for _, m in dates.time_words(span_text(sent))):
            out.append((trigger.head.left_edge.idx - sent.start_char, start))
    return out


def _clause_spans(sent: Span) -> list[tuple[int, int, int, int]]:
    """Token and character bounds of each relative or participle clause of a sentence."""
    return [(t.left_edge.i, t.right_edge.i, t.left_edge.idx - sent.start_char,
             t.right_edge.idx + len(t.right_edge.text) - sent.start_char)
            for t in tokens(sent) if t.dep_ in {"relcl", "acl"}]


def _statistic(hit: Hit) -> bool:
    """"Trade between Russia and China reached a record": a figure, not an event.

    A noun with its own doer and a partner ("India's purchases of Russian oil hit a
    record") still tells who does what to whom: kept.
    """
    tok = hit.trigger
    if not (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in STATE_VERBS):
        return False
    owner = any(c.dep_ == "poss" and any(c.i in range(m.start, m.end) for m in hit.sources)
                for c in kids(tok))
    # "exports to China fell": a shrinking figure, not an act
    return not (owner and hit.targets and tok.head.lemma_.lower() not in DECLINE)


def judged(doc: Doc) -> set[int]:
    """Starts of the sentences whose only events the coder judged to be background, history
    or figures: a later coder (the classifier's back-off) leaves them alone."""
    return doc_memo(doc, "detente.judged", set)


def _appraised(tok: Token, index: ActorIndex) -> bool:
    """A process named for a city and judged as a whole: "the Astana talks were one of the
    most successful initiatives", "the Minsk talks were a failure" speak of a long-running
    format, not of a meeting in the news ("the Russia-Ukraine talks were constructive" do)."""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
        return False
    named = any(c.dep_ == "compound" and any(m.is_place for m in index.at(c))
                for c in kids(tok))
    return named and any(c.dep_ in {"attr", "acomp"} for c in kids(tok.head))


LONG_AGO = {"year", "decade", "month", "century"}
TOPICS = lexicon.words_of("topic")


def _topic(tok: Token) -> bool:
    """"its position on EU sanctions": the act is what is talked about, not news."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"on", "over", "about", "regarding"}:
        return False
    above = tok.head.head
    if above.lemma_.lower() in TOPICS:
        return True
    # "held talks in Paris about support for Ukraine": the phrase hangs on the verb
    return above.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TOPICS for c in kids(above))


def _anchor(tok: Token) -> bool:
    """The trigger sits in a phrase that dates the news by an older event: "since the
    start of Russia's invasion", "seven years after cutting ties"."""
    cur = tok
    for _ in range(5):
        if cur.dep_ not in {"pobj", "pcomp", "prep"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.dep_ != "prep":
            continue
        if cur.lower_ == "since" and cur.head.pos_ in {"VERB", "AUX", "NOUN"}:
            return True
        if cur.lower_ in {"after", "before"} and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_AGO for c in kids(cur)):
            return True
    return False


def _background(tok: Token) -> bool:
    """A non-restrictive relative clause in past perfect or past progressive, or a
    phrase that dates the news by an older event (`_anchor`).

    "the rebels, who were fighting against Russian rule, ..." / "Yaish, who had been
    arrested 15 months ago, ...": background about the noun, not the news reported.
    """
    if _anchor(tok) or _topic(tok):
        return True
    for _ in range(4):
        if tok.dep_ == "relcl":
            comma = tok.head.i + 1 < len(tok.doc) and tok.doc[tok.head.i + 1].text == ","
            aux = {c.lower_ for c in kids(tok) if c.dep_ in {"aux", "auxpass"}}
            perfect = "had" in aux
            progressive = bool(aux & {"was", "were"}) and tok.tag_ == "VBG"
            return comma and (perfect or progressive)
        if tok.dep_ not in {"xcomp", "conj"} or tok.head == tok:
            return False
        tok = tok.head
    return False


def _status_rules(trigger: Token, status: str, reported: bool = False,
                  pledge: bool = False) -> list[str]:
    """Conversion tables that apply to an event of this status, in order.

    A conditional ("will withdraw unless ...") is a threat; a future told as the content
    of a statement ("X said it will send aid / strike") is a statement of intent, AGREE
    or THREATEN (PLOVER's rule), while a merely scheduled one ("X will visit Y next
    week") keeps its type with status future; a future retreat is CONCEDE; "will not" /
    "would not" is a refusal. A future giving (`pledge`: aid, support, cooperation, a
    withdrawal) told by the doer's own side is a promise on either side of the statement
    ("X will give Y a grant, X's ministry said"); told by someone else (`reported`), or a
    future meeting or attack told after the fact, it stays a schedule or a forecast.
    """
    if status == "future":
        rules = ["conditional"] if _conditional(trigger) else []
        # "Zelensky said Russia would attack Moldova": a forecast, not Russia's threat
        announced = not reported and _announced(trigger, either_side=pledge)
        return rules + (["announced"] if announced else []) + ["future"]
    if status == "negated" and _will_not(trigger) and (
            (_announced(trigger, either_side=True) and not reported) or _conditional(trigger)):
        return ["refuse"]  # "said it will not ...", "will not end the strike unless ..."
    return []


PLEDGES = {"AID", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE", "AGREE"}
FORCE_PLEDGES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}  # a scheduled sanction stays a schedule


def _announced(tok: Token, either_side: bool = False) -> bool:
    """A future told as the content of a statement made before it ("X said it will ...").

    That == a statement of intent (AGREE, or THREATEN for force); a future merely
    reported ("X will visit Y, officials said") keeps its type with status future.
    A refusal counts on `either_side` ("X will not hold talks, its minister said").
    """
    for _ in range(6):
        if tok.head == tok:
            return False
        if (tok.dep_ in {"ccomp", "parataxis"} and (either_side or tok.head.i < tok.i)
                and tok.head.lemma_.lower() in ANNOUNCE):
            return True
        tok = tok.head
    return False


def _conditional(tok: Token) -> bool:
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"}
                                         for g in kids(c)) for c in kids(tok))


def _will_not(tok: Token) -> bool:
    for t in (tok, tok.head):
        words = {c.lower_ for c in kids(t) if c.dep_ in {"aux", "neg"}}
        if words & {"will", "would", "wo", "'ll"} and words & {"not", "n't", "never"}:
            return True
    return False


def _depth_penalty(tok: Token) -> float:
    """Lower confidence for events told in subordinate clauses (purpose, relative, ...)."""
    penalty = 0.0
    for _ in range(8):
        if tok.dep_ == "advcl" and any(c.lower_ == "to" for c in kids(tok)):
            penalty += 0.3  # a purpose: "staged a protest to demand ..."
        elif tok.dep_ in {"advcl", "relcl", "acl", "pcomp"}:
            penalty += 0.15
        if tok.head == tok:
            break
        tok = tok.head
    return min(penalty, 0.4)


def _resolved(m: Mention | Actor) -> bool:
    a = _actor(m)
    return bool(a.code or a.country)


def _named(m: Mention | Actor) -> bool:
    """An unresolved doer with a proper name ("Vice-President Moody Awori")."""
    a = _actor(m)
    return a.kind == "other" and any(w[:1].isupper() for w in a.text.split()[1:] or [""])


def _group_word(m: Mention | Actor) -> bool:
    """"The leaders", "the two sides": words for a group of actors the reading stage
    finds in the article (the two it is about)."""
    from detente.reading.gaps import stand_for

    stand = stand_for(_actor(m).text)
    return stand is not None and stand.many and stand.kind == "state"


def _actor(m: Mention | Actor) -> Actor:
    return m.actor if isinstance(m, Mention) else m


def _where(m: Mention | Actor, role: str = "") -> bool:
    """A target that is the country where the act happened (match.Matcher._where), or
    a place in the "in" frame ("demonstrated in Kirkuk"): a domestic act is kept."""
    return isinstance(m, Mention) and (m.via == "where" or role == "in")


INSURGENT = {"REB", "OPP", "UAF", "INS"}  # sectors at odds with their own state


def _same(a: Mention | Actor, b: Mention | Actor) -> bool:
    """True when two actors are the same side (no self-pairs)."""
    x, y = _actor(a), _actor(b)
    if x.code and x.code == y.code:
        return True
    if x.country and x.country == y.country:
        if bool(x.sector in INSURGENT) != bool(y.sector in INSURGENT):
            return False  # "separatists in Donetsk fired on Ukrainian positions"
        return not (x.sector and y.sector and x.sector != y.sector)
    return x.code is None and y.code is None and x.text.lower() == y.text.lower()


def _key(ev: Event, symmetric: bool, reciprocal: bool = False) -> tuple:
    s = ev.source.country or ev.source.code or ev.source.text
    t = (ev.target.country or ev.target.code or ev.target.text) if ev.target else None
    pair = tuple(sorted([s, t or ""])) if symmetric and t and not reciprocal else (s, t)
    return (ev.sentence_index, pair, ev.plover, ev.status)


def _sibling_object(hit: Hit, gov: Token, index: ActorIndex) -> None:
    """"accused Rwanda of backing the M23 and warned that Kinshasa could declare war": a
    threat with no one named is aimed at whom the same speaker's other verb names."""
    if not hit.targets and gov.dep_ == "conj":
        _aim_at_objects(hit, gov.head, index, "sibling")


def _told_whom(hit: Hit, index: ActorIndex) -> None:
    """'"We will respond harshly to any aggression," Amir-Abdollahian told Israel': a
    threat said to someone is aimed at them."""
    if hit.targets:
        return
    tok = hit.trigger
    for _ in range(4):
        if tok.head == tok:
            return
        if tok.dep_ in {"ccomp", "parataxis"} and tok.head.lemma_.lower() in {"tell", "warn"}:
            _aim_at_objects(hit, tok.head, index, "told")
            return
        tok = tok.head


PERMITS = lexicon.words_of("permit")
PERMISSIONS = lexicon.words_of("permission")


def _forbidder(trigger: Token) -> Token | None:
    """The negated permission right above the trigger ("did not allow X to meet Y")."""
    if trigger.dep_ not in {"ccomp", "xcomp", "advcl", "acl"}:
        return None
    permit = trigger.head
    if permit.pos_ == "NOUN" and permit.lemma_.lower() in PERMISSIONS:
        permit = permit.head  # "would not give permission to Russia to help Israel"
    elif trigger.dep_ in {"advcl", "acl"} and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in PERMISSIONS for c in kids(permit)):
        return None
    if (permit.lemma_.lower() in PERMITS | {"give", "grant"}
            and any(c.dep_ == "neg" for c in kids(permit))):
        return permit
    return None


def _warned_whom(hit: Hit, gov: Token, index: ActorIndex) -> None:
    """"The US warned Russia against invading Ukraine": the one warned off is the target."""
    tok = hit.trigger
    if tok.dep_ == "pcomp" and tok.head.lower_ == "against" and tok.head.head == gov:
        _aim_at_objects(hit, gov, index, "dobj")


def _aim_at_objects(hit: Hit, verb: Token, index: ActorIndex, role: str) -> None:
    """Aim the hit at the actors `verb` takes as objects, other than the hit's own side."""
    own = {m.actor.country for m in hit.sources}
    found = [m for o in kids(verb) if o.dep_ in {"dobj", "dative"} for m in index.group(o)
             if (m.actor.country or m.actor.kind == "igo") and m.actor.country not in own]
    if found:
        hit.targets, hit.role = found, role


def _condition_target(hit: Hit, gov: Token, index: ActorIndex) -> None:
    """"threatened to deploy nuclear arms in Belarus if NATO expanded": a threat is aimed
    at the one whose act would set it off, not at where it would be carried out."""
    own = {actor_key(m.actor) for m in hit.sources}
    for verb in (hit.trigger, gov):
        for c in kids(verb):
            if c.dep_ != "advcl" or not any(
                    m.lower_ in {"if", "unless", "should"} for m in kids(c) if m.dep_ == "mark"):
                continue
            found = [m for s in kids(c) if s.dep_ in {"nsubj", "nsubjpass"}
                     for m in index.group(s) if m.actor.country or m.actor.kind == "igo"]
            found = [m for m in found if actor_key(m.actor) not in own]
            if found:
                hit.targets, hit.role = found, "if"
                return


BLOCKERS = lexicon.words_of("blocker")


def _blocked(trigger: Token) -> bool:
    """"Hungary vetoed the EU's aid package for Ukraine": the package never came."""
    if trigger.dep_ == "acl" and trigger.head.dep_ in {"dobj", "nsubjpass"}:
        trigger = trigger.head  # "vetoed a joint EU statement criticising China"
    return (trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass"}
            and trigger.head.lemma_.lower() in BLOCKERS)


def _own_subject(trigger: Token, gov: Token) -> bool:
    """The inner verb has a subject of its own, or the governor an object that controls it."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in kids(trigger)):
        return True
    return any(c.dep_ == "dobj" for c in kids(gov))


def _orient(events: list[Event]) -> list[Event]:
    """Point a mutual event the way a directed one between the same pair points.

    "Zarif's trip to Istanbul ..., in which Turkish and Iranian contemporaries work
    together": the pair has no direction of its own, so it follows the trip's.
    """
    directed = {(e.sentence_index, e.source.country, e.target.country)
                for e in events if e.target is not None and not e.extra.get("symmetric")}
    for e in events:
        if e.target is None or not e.extra.get("symmetric"):
            continue
        if (e.sentence_index, e.target.country, e.source.country) in directed:
            e.source, e.target = e.target, e.source
            e.event_id = event_id(e)
        if (e.sentence_index, e.source.country, e.target.country) in directed:
            e.mutual = False  # the sentence gives the pair a direction
    out: dict[tuple, Event] = {}
    for e in events:
        out.setdefault((e.sentence_index, actor_key(e.source),
                        actor_key(e.target) if e.target else None, e.plover, e.status), e)
    return list(out.values())


def _mutual(hit: Hit) -> bool:
    """A meeting, talks, a deal or a clash: an act both sides do, whoever is named first.

    Not when a governor changed it for one side ("X wants to meet Y" is X's intent) and
    not "each other" hits, which already give one event per direction.
    """
    if hit.reciprocal:
        return False
    if hit.converted == "agree" and hit.symmetric:
        return True  # what two sides agreed to do, they do together
    if hit.symmetric and hit.plover == "AGREE" and not hit.converted:
        return True  # "X and Y pledged to respect each other's sovereignty"
    if "sym" not in hit.entry.flags:
        return False
    if hit.converted:  # "X and Y want to deepen their partnership": both want it
        return hit.symmetric and hit.converted in {"intent", "agree"}
    return hit.symmetric or hit.role in {"with", "between"}  # "X and Y met", "talks with Y"


def _mirror(events: list[Event]) -> list[Event]:
    """Add the other direction of each mutual event (GDELT and ICEWS code both)."""
    seen = {(e.sentence_index, actor_key(e.source), actor_key(e.target) if e.target else None,
             e.plover, e.status) for e in events}
    out = list(events)
    for e in events:
        if not e.mutual or e.target is None:
            continue
        key = (e.sentence_index, actor_key(e.target), actor_key(e.source), e.plover, e.status)
        if key in seen:
            continue
        seen.add(key)
        back = replace(e, source=e.target, target=e.source, extra=dict(e.extra))
        back.event_id = event_id(back)
        out.append(back)
    return out


def _drop_untargeted(events: list[Event]) -> list[Event]:
    """Drop a source-only event when the same sentence has one with a target."""
    targeted = {(e.sentence_index, e.source.code, e.plover) for e in events if e.target}
    return [e for e in events
            if e.target is not None
            or (e.sentence_index, e.source.code, e.plover) not in targeted]


def _rule(hit: Hit) -> str:
    rule = f"{hit.entry.kind}:{hit.entry.pattern}>{hit.plover}:{hit.role}"
    return f"{rule}:{hit.converted}" if hit.converted else rule


def _trigger_text(hit: Hit) -> str:
    doc = hit.trigger.doc  # index the consumed tokens: scanning the doc per event is O(n^2)
    toks = sorted([hit.trigger] + [doc[i] for i in hit.consumed if i != hit.trigger.i],
                  key=lambda t: t.i)
    return " ".join(t.text for t in toks)


def _sentence_quote(hit: Hit, quotes: list[QuoteSpan]):
    """A quote in the sentence spoken by the event's source, if any."""
    codes = {m.actor.code for m in hit.sources}
    for q in quotes:
        if q.speaker is not None and q.speaker.code in codes:
            return to_quote(q)
    return None


def event_id(ev: Event) -> str:
    """Stable id from doc, sentence, actors, type and trigger."""
    parts = [ev.doc_id, str(ev.sentence_index), ev.source.code or ev.source.text,
             (ev.target.code or ev.target.text) if ev.target else "-", ev.plover,
             ev.trigger or ""]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _garbled(sent: Span) -> bool:
    """Too short or mostly non-words: nothing reliable can be read from it."""
    toks = tokens(sent)
    words = [t for t in toks if t.is_alpha]
    return len(words) < 3 or len(words) < 0.5 * len(toks)


__all__ = ["Entry", "LexiconCoder", "event_id", "forms"]
