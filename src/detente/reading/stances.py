"""Quotations that are acts: "'this provocation will not go unanswered,' the spokesman
said" is a threat by the spokesman's side.

A quotation whose words accuse, threaten, demand, reject, praise or commit (the cues
of `data/stances.tsv`) is an event of that type by its speaker, who may be named in
the sentence after it or before it (`facts.Said.speaker`), aimed at whom the
quotation names other than the speaker, or else at the speaker's counterparty in the
article. The sentence coder's own reading of a sentence comes first: a quotation adds
an act only where the coder found none of that type for that speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from detente import ontology
from detente.models import Actor, Event, Quote

from .chains import Chains, as_government
from .facts import ArticleFacts, Said

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def cues() -> list[tuple[re.Pattern[str], str, str]]:
    out = []
    for line in (DATA / "stances.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cue, plover, cameo = line.split("\t")[:3]
        body = re.escape(cue.rstrip("*")) + (r"\w*" if cue.endswith("*") else "")
        out.append((re.compile(rf"(?<![\w-]){body}(?![\w-])"), plover, cameo))
    return out


def stances(text: str) -> list[tuple[str, str]]:
    """The act types a quotation's words make, in the order of the cue list."""
    low = text.lower().replace("\u2019", "'")
    found: dict[str, str] = {}
    for rx, plover, cameo in cues():
        if plover not in found and rx.search(low):
            found[plover] = cameo
    return list(found.items())


def quoted_acts(facts: ArticleFacts, chains: Chains, events: list[Event],
                speaker_of) -> list[Event]:
    """Events for the quotations of an article that are acts (see the module doc)."""
    have = {(e.sentence_index, e.source.country, e.plover) for e in events}
    out: list[Event] = []
    for q in facts.quotes:
        speaker = speaker_of(q)
        if speaker is None or not speaker.country:
            continue
        for si in range(q.first_sent, q.last_sent + 1):
            a, b = facts.bounds[si]
            part = facts.text[max(a, q.start):min(b, q.end)]
            for plover, cameo in stances(part):
                if (si, speaker.country, plover) in have:
                    continue
                target, basis = _addressee(facts, chains, q, speaker, si)
                if target is None:
                    continue
                have.add((si, speaker.country, plover))
                out.append(_event(facts, si, speaker, target, basis, plover, cameo, q))
    return out


def _addressee(facts: ArticleFacts, chains: Chains, q: Said, speaker: Actor, si: int
               ) -> tuple[Actor | None, str | None]:
    """Whom the quotation names other than its speaker's side, or the counterparty."""
    for m in facts.mentions:
        at = facts.token_chars[m.start]
        if q.start <= at < q.end and m.actor.country and m.actor.country != speaker.country:
            return as_government(m.actor, m.actor.text), "quote"
    other = chains.counterpart(speaker.country, si)
    if other is None:
        return None, None
    actor = chains.actor_of(other[0], si)
    return (as_government(actor, actor.text) if actor else None), other[1]


def _event(facts: ArticleFacts, si: int, speaker: Actor, target: Actor, basis: str | None,
           plover: str, cameo: str, q: Said) -> Event:
    from detente.events import dates
    from detente.events.coder import event_id

    a, b = facts.bounds[si]
    text = facts.text[a:b]
    when, precision = dates.resolve(text, facts.published)
    cameo = cameo or ontology.default_cameo(plover)
    ev = Event(
        doc_id=facts.doc_id, sentence_index=si, evidence=text, char_start=a, char_end=b,
        source=speaker, target=target, plover=plover, cameo=cameo,
        quad=ontology.quad_of(plover), intensity=ontology.plover_intensity(plover),
        goldstein=ontology.goldstein(cameo), date=when, date_precision=precision,
        quote=Quote(speaker=speaker, text=q.text), confidence=0.3 if basis == "context" else 0.5,
        rule=f"quote:{plover}",
        trigger=None, source_basis="quote", target_basis=basis,
    )
    ev.event_id = event_id(ev)
    return ev
