"""An act answered in kind: "India expelled six Canadian diplomats. Ottawa announced
similar measures in return."

A sentence whose words say its subject answered with the same act (the cues of
`data/reciprocity.tsv`) repeats, in the other direction, the latest act of that kind
done to its subject in the sentences just before: Canada sanctions India. The act's
doer is the sentence's own subject (`basis` text); its target is the one who acted
first (`coreference`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from detente.models import Event

from .chains import Chains
from .facts import ArticleFacts

DATA = Path(__file__).parent / "data"
LOOKBACK = 3
DEEDS = {"SANCTION", "ASSAULT", "COERCE"}
ANSWERABLE = {"SANCTION", "ASSAULT", "COERCE", "ACCUSE", "THREATEN", "REJECT", "PROTEST"}


@lru_cache(maxsize=1)
def cues() -> re.Pattern[str]:
    words = [ln.strip() for ln in (DATA / "reciprocity.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def answered_acts(facts: ArticleFacts, chains: Chains, events: list[Event]) -> list[Event]:
    """The acts answered in kind (see the module doc) that the coder did not code."""
    out: list[Event] = []
    rx = cues()
    for si, (a, b) in enumerate(facts.bounds):
        text = facts.text[a:b]
        if not rx.search(text.lower()):
            continue
        doers = [m for m in chains.by_sent.get(si, ()) if m.subject and m.actor.country]
        if not doers:
            continue
        doer = doers[0].actor
        first = [e for e in events if 0 < si - e.sentence_index <= LOOKBACK
                 and e.status == "asserted" and e.plover in ANSWERABLE
                 and e.target is not None and e.target.country == doer.country
                 and e.source.country and e.source.country != doer.country]
        if not first:
            continue
        # "measures" are deeds: an expulsion before the words that went with it
        act = max(first, key=lambda e: (e.plover in DEEDS, e.sentence_index))
        if any(e.sentence_index == si and e.source.country == doer.country
               and e.target is not None and e.target.country == act.source.country
               and e.plover == act.plover for e in events + out):
            continue
        out.append(replace(
            act, sentence_index=si, evidence=text, char_start=a, char_end=b,
            source=doer, target=act.source, quote=None, location=None,
            confidence=round(max(0.05, act.confidence - 0.15), 3),
            rule=f"reciprocity:{act.plover}", trigger=None, mutual=False,
            source_basis="text", target_basis="coreference", extra={}))
    return out
