"""Filling the gaps of coded events from the whole article.

An event whose side is missing, a pronoun, a stand-in or a quotation's unnamed
speaker gets it from the article, nearest evidence first: the speaker of the
quotation the act sits in, the actor a stand-in points back to, the counterpart in
the sentences just before, and last the article's counterparty of the other side.
Each side says how it was found (`basis`), and the event's confidence falls the
further the basis is from the sentence's own words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.events import lexicon
from detente.models import Actor, Event, Quote

from .chains import Chains, as_government, key
from .cue_words import alternation
from .facts import ArticleFacts, Said
from .gaps import gap_of, stand_for
from .intents import promises
from .reactions import referent
from .reciprocity import answered_acts
from .stances import quoted_acts, teller

BASES = ("text", "owner", "place", "quote", "coreference", "context")
# how much confidence each basis costs: the further from the sentence's words, the more
PENALTY = {"text": 0.0, "owner": 0.05, "place": 0.1, "quote": 0.1, "coreference": 0.15,
           "context": 0.3}
# acts that are aimed at someone even when the sentence names no one: an accusation,
# a threat, a rejection, a sanction, a promise. Others may have no one in view (a
# deployment, a patrol, an exercise, talks), be aimed at a third party rather than the
# article's counterparty (a call for calm, for restraint), or strike where the story
# does not say whom (an air strike): their target comes only from the text or a gap.
AIMED = frozenset({"ACCUSE", "THREATEN", "REJECT", "SANCTION", "AGREE"})
# friendly acts: aimed only at a country their own sentence names (never the article's
# counterparty: talks and support may be with anyone)
FRIENDLY = frozenset({"SUPPORT", "CONSULT"})
UNAIMED_CAMEO = frozenset({"040"})  # "speaking on television": said, to no one in particular


# things a country owns that stand for it as an act's target
OWNED = ("embassy", "consulate", "mission", "base", "vessel", "ship", "drone", "aircraft")


NONSTATE = {"OPP", "REB", "INS", "UAF", "CVL", "MED", "BUS", "EDU"}
# "opposing sides", "rival factions" (words.tsv), read once: not the word list per event
FACTIONS = lexicon.words_of("faction")


def basis_of(actor: Actor | None, rule: str = "", side: str = "source") -> str | None:
    """How the sentence coder found a side it resolved: its own words, the owner of a
    thing, a place, or a pronoun the resolver followed back."""
    if actor is None or not actor.country:
        return None
    why = actor.why or ""
    if why.startswith(("pronoun", "plural", "possessive", "member")):
        return "coreference"
    role = rule.split(">")[-1].split(":")[1] if ">" in rule and rule.count(":") >= 2 else ""
    if side == "target" and (actor.kind == "place" or role in {"in", "where", "inside", "across"}):
        return "place"
    if side == "target" and ("adjective/demonym" in why or any(
            f"'{w}'" in why for w in OWNED)):
        return "owner"  # "shelled Armenian positions", "stormed the Chilean consulate"
    return "text"


def read_events(facts: ArticleFacts, events: list[Event]) -> list[Event]:
    """The article's events with their gaps filled and every side's basis set."""
    chains = Chains(facts, events)
    out: list[Event] = []
    for ev in events:
        sides = _both_sides(chains, ev)
        if sides:  # "the leaders agreed": the two the article is about, each way
            out += sides
            continue
        src_basis = basis_of(ev.source, ev.rule, "source")
        tgt_basis = basis_of(ev.target, ev.rule, "target")
        quote = _quote_of(facts, ev)
        if src_basis is None:
            found = _fill_source(facts, chains, ev, quote)
            if found is not None:
                ev.source, src_basis = found
            elif gap_of(ev.source) == "quote":
                continue  # a quotation nobody in the article is said to have spoken
        if tgt_basis is None and ev.target is not None or ev.target is None and (
                ev.plover in AIMED or "reaction" in ev.extra):
            members = _members(chains, ev)
            if members:  # "accusing these nations of meddling": one act per nation
                for actor in members[1:]:
                    other = replace(ev, target=actor, extra=dict(ev.extra))
                    other.source_basis, other.target_basis = src_basis, "coreference"
                    other.confidence = round(max(0.05, ev.confidence - PENALTY["coreference"]), 3)
                    out.append(other)
                ev.target, tgt_basis = members[0], "coreference"
            found = None if members else _fill_target(facts, chains, ev, quote, events)
            if found is not None:
                ev.target, tgt_basis = found
        elif (ev.target is None and ev.plover in FRIENDLY and key(ev.source) and quote is None
              and ev.cameo not in UNAIMED_CAMEO):
            # "Mirziyoyev congratulated Japarov ... and expressed support": a friendly act
            # with no one named is aimed at the one other country its sentence names
            partner = _partner_in_sentence(ev, events)
            alone = (None if partner is not None or _told_before(facts, ev)
                     else chains.sole_other(key(ev.source), ev.sentence_index, set()))
            if partner is not None:
                ev.target, tgt_basis = partner, "context"
            elif alone is not None:
                ev.target, tgt_basis = _country_actor(chains, alone, ev), "context"
        if (src_basis not in {None, "text"} and tgt_basis is not None
                and key(ev.source) == key(ev.target)):
            # "'this violation of Pakistan's sovereignty ...', the ministry said": once the
            # speaker is known to be the one wronged, the act is aimed at its counterparty
            other = chains.counterpart(key(ev.source), ev.sentence_index)
            if other is None:
                continue
            ev.target, tgt_basis = _country_actor(chains, other[0], ev), other[1]
        # a side the resolver could not place is still the sentence's own words
        ev.source_basis = src_basis or "text"
        ev.target_basis = tgt_basis or ("text" if ev.target is not None else None)
        worst = max(PENALTY.get(b or "text", 0.0) for b in (src_basis, tgt_basis))
        if worst:
            ev.confidence = round(max(0.05, ev.confidence - worst), 3)
        if quote is not None and (ev.quote is None or ev.quote.speaker is None):
            speaker = _speaker(facts, chains, quote, quote.first_sent)
            if speaker is not None:  # the speaker, wherever the article names them
                ev.quote = Quote(speaker=speaker, text=quote.text)
        out.append(ev)
    out = quoted_acts(facts, chains, out,
                       lambda q: _speaker(facts, chains, q, q.first_sent))
    out += answered_acts(facts, chains, out)
    out += promises(out, facts.published, lambda si: teller(facts, si))
    return _unique(out)


# -- sources -----------------------------------------------------------------------------
def _fill_source(facts: ArticleFacts, chains: Chains, ev: Event, quote: Said | None
                 ) -> tuple[Actor, str] | None:
    gap = gap_of(ev.source)
    tgt = {key(ev.target)} - {None}
    if quote is not None and gap in {"pronoun", "unresolved", "agent", "role", "quote"}:
        speaker = _speaker(facts, chains, quote, ev.sentence_index)
        stand = stand_for(ev.source.text)
        if speaker is not None and (gap != "role" or stand is None or stand.kind == "speaker"
                                    or ev.source.text == quote.speaker_text):
            return speaker, "quote"
    if gap in {"pronoun", "role"}:
        return _stand_in(chains, ev.source.text, ev, tgt)
    if gap == "unresolved":  # "Mr Kang said": the person named in full before
        m = chains.named(ev.source.text, ev.sentence_index)
        if m is not None and m.actor.country not in tgt:
            return m.actor, "coreference"
        owner = _owner_of(facts, chains, ev, ev.source.text, tgt)
        if owner is not None:
            return owner
    if gap == "agent" and tgt and ev.plover in AIMED | {"ASSAULT", "COERCE"}:
        # "Kenyan envoys were ordered to leave": done to the target by its counterparty
        other = chains.counterpart(next(iter(tgt)), ev.sentence_index)
        if other is not None:
            return _country_actor(chains, other[0], ev), other[1]
    return None


def _stand_in(chains: Chains, text: str, ev: Event, exclude: set[str]
              ) -> tuple[Actor, str] | None:
    stand = stand_for(text)
    if stand is None or stand.kind == "speaker":
        return None
    si = ev.sentence_index
    before = ev.extra.get("token")
    if stand.kind == "peer":  # "its neighbour": the other side of the one it belongs to
        return None
    if stand.many:
        return None  # a group stand-in is one side per member: left to the coder
    m = chains.last(si, stand.kind, before, exclude)
    if m is None:
        return None
    return as_government(m.actor, text), "coreference"


# -- targets -----------------------------------------------------------------------------
def _fill_target(facts: ArticleFacts, chains: Chains, ev: Event, quote: Said | None,
                 events: list[Event]) -> tuple[Actor, str] | None:
    src = key(ev.source)
    if src is None:
        return None
    doer = referent(ev, events)  # "Seoul condemned the launch": who launched
    if doer is not None:
        return doer, "coreference"
    gap = gap_of(ev.target)
    if gap in {"pronoun", "role"}:
        stand = stand_for(ev.target.text)
        if stand is not None and stand.kind == "peer":
            other = chains.counterpart(src, ev.sentence_index)
            if other is not None:
                return _country_actor(chains, other[0], ev), "coreference"
            return None
        return _stand_in(chains, ev.target.text, ev, {src})
    if gap == "unresolved":  # "held talks with its secretary-general"
        return _owner_of(facts, chains, ev, ev.target.text, {src})
    if gap != "missing":
        return None  # words the resolver did not know ("Kurds") are no gap to fill
    if quote is not None:  # the one the quotation names, if the act names no one
        named = [m for m in facts.mentions if quote.start <= _char(facts, m) < quote.end
                 and m.actor.country and m.actor.country != src]
        if named:
            return as_government(named[0].actor, named[0].actor.text), "quote"
    if ev.source.sector in NONSTATE:
        return None  # an opposition's or a rebel group's quarrel is seldom with the other state
    # who does the same act in the sentence is on the doer's side ("the two countries
    # along with Burkina Faso called their ambassadors home")
    token = ev.extra.get("token")
    fellows = {key(e.source) for e in events if e.sentence_index == ev.sentence_index
               and token is not None and e.extra.get("token") == token and e.plover == ev.plover}
    exclude = fellows - {None, src}
    other = chains.counterpart(src, ev.sentence_index, exclude, near_only=True)
    if other is None:
        # nothing just before sets the doer against anyone: the one other country its
        # own sentence names ("France would send aid the second Morocco asked for it")
        alone = chains.sole_other(src, ev.sentence_index, exclude)
        if alone is not None:
            return _country_actor(chains, alone, ev), "context"
        other = chains.counterpart(src, ev.sentence_index, exclude)
    if other is None:
        return None
    return _country_actor(chains, other[0], ev), other[1]


# acts that a group does together: each member does it with the other
TOGETHER = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})


def _both_sides(chains: Chains, ev: Event) -> list[Event]:
    """"The leaders agreed to ...", "the two sides held talks": a group stand-in as the
    doer of a joint act with no one else named is the article's two parties, one event
    per direction (a go-between named at the talks is neither)."""
    if ev.target is not None or ev.plover not in TOGETHER or not (
            ev.mutual or ev.extra.get("parties") is not None):
        return []
    if gap_of(ev.source) not in {"pronoun", "role"}:
        return []
    stand = stand_for(ev.source.text)
    if stand is None or not stand.many or stand.kind != "state":
        return []
    exclude = set(ev.extra.get("parties") or ())
    group = chains.group(ev.sentence_index, exclude)
    if len(group) != 2:
        pair = chains.principal(exclude)
        if pair is None:
            return []
        group = [_country_actor(chains, c, ev) for c in pair]
    a, b = (as_government(x, ev.source.text) for x in group)
    out = []
    for src, tgt in ((a, b), (b, a)):
        one = replace(ev, source=src, target=tgt, mutual=True, extra=dict(ev.extra))
        one.source_basis = one.target_basis = "coreference"
        one.confidence = round(max(0.05, ev.confidence - PENALTY["coreference"]), 3)
        out.append(one)
    return out


def _owner_of(facts: ArticleFacts, chains: Chains, ev: Event, text: str, exclude: set
              ) -> tuple[Actor, str] | None:
    """"The alliance said that its secretary-general held talks": a person or body
    named as "its"/"their" something belongs to the sentence's speaker, else to the
    actor named last before it as a subject."""
    first = text.strip().lower().split(" ", 1)[0]
    if first not in {"its", "their"}:
        return None
    speaker = facts.speakers.get(ev.sentence_index)
    if speaker is not None and speaker.country and speaker.country not in exclude:
        return as_government(speaker, text), "coreference"
    m = chains.last(ev.sentence_index, "any", ev.extra.get("token"), exclude)
    if m is None:
        return None
    return as_government(m.actor, text), "coreference"


def _members(chains: Chains, ev: Event) -> list[Actor]:
    """The actors a plural stand-in target ("these nations", "the two sides") names."""
    src = key(ev.source)
    if src is None or gap_of(ev.target) not in {"pronoun", "role"}:
        return []
    stand = stand_for(ev.target.text)
    if stand is None or not stand.many:
        return []
    if set(re.findall(r"[a-z]+", ev.target.text.lower())) & FACTIONS:
        return []  # "backed opposing sides in Yemen": factions, not the states named
    return [as_government(a, ev.target.text) for a in chains.group(ev.sentence_index, {src})]


def _country_actor(chains: Chains, country: str, ev: Event) -> Actor:
    actor = chains.actor_of(country, ev.sentence_index)
    if actor is None:
        return Actor(text=country, code=country, country=country, kind="state")
    return as_government(actor, actor.text)


def _char(facts: ArticleFacts, m) -> int:
    return facts.token_chars[m.start] if m.start < len(facts.token_chars) else -1


# "before the visit", "after the talks": an act a phrase of time points to was told
# elsewhere; it is no new act of the sentence's subject
# (the words are lists of data/cue_words.tsv)
TOLD_BEFORE = re.compile(
    rf"\b(?:{alternation('told_before_prep')})\s+"
    rf"(?:{alternation('told_before_determiner')})\s+(?:\w+\s+)?$", re.IGNORECASE)


def _told_before(facts: ArticleFacts, ev: Event) -> bool:
    at = ev.extra.get("trigger_char")
    return at is not None and bool(TOLD_BEFORE.search(facts.text[max(0, at - 40):at]))


def _partner_in_sentence(ev: Event, events: list[Event]) -> Actor | None:
    """"Finland joined the alliance", "congratulated Japarov ... and expressed support":
    the doer's other act in the same sentence names whom a friendly act with no one
    named is aimed at."""
    for e in events:
        if (e is not ev and e.sentence_index == ev.sentence_index and e.target is not None
                and key(e.source) == key(ev.source) and key(e.target)
                and key(e.target) != key(ev.source) and e.status == "asserted"):
            return e.target
    return None


# -- quotations ----------------------------------------------------------------------------
def _quote_of(facts: ArticleFacts, ev: Event) -> Said | None:
    at = ev.extra.get("trigger_char")
    if at is None:
        return None
    return facts.quote_at(ev.sentence_index, at)


def _speaker(facts: ArticleFacts, chains: Chains, quote: Said, sent: int) -> Actor | None:
    if quote.speaker is not None and quote.speaker.country:
        return quote.speaker
    if quote.speaker_text:
        m = chains.named(quote.speaker_text, quote.first_sent)
        if m is not None:
            return m.actor
        stand = stand_for(quote.speaker_text)
        if stand is not None and stand.kind != "speaker" and not stand.many:
            m = None
            if stand.kind == "any":  # "said the statement": a body's word, when one is near
                m = chains.last(quote.first_sent, "igo", None, set())
            m = m or chains.last(quote.first_sent, stand.kind if stand.kind != "peer"
                                 else "state", None, set())
            if m is not None:
                return as_government(m.actor, quote.speaker_text)
    return None


def _unique(events: list[Event]) -> list[Event]:
    """One event per sentence, pair, type and status; the sentence's own reading wins."""
    from detente.events.coder import event_id  # the coder owns the id's recipe

    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    for ev in events:
        ev.event_id = event_id(ev)
        k = (ev.sentence_index, key(ev.source) or ev.source.text,
             (key(ev.target) or ev.target.text) if ev.target else None, ev.plover, ev.status)
        old = best.get(k)
        if old is None:
            order.append(k)
            best[k] = ev
        elif ev.confidence > old.confidence:
            best[k] = ev
    return [best[k] for k in order]
