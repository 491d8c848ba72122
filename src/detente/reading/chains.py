"""The article's actors as chains across sentences, and who is whose counterparty.

Every mention with a country joins the chain of that country (or organisation).
Two questions are asked of the chains: which actor of a kind was mentioned last
before a point (what "the ministry", "it" or "the bloc" stands for), and whom the
article sets against an actor (its counterparty: the other side of the events
and sentences it shares, nearer sentences weighing more).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from detente.models import Actor, Event

from .facts import ArticleFacts, Mentioned

LOOKBACK = 3  # sentences a stand-in looks back
_NAME = re.compile(r"[A-Z][\w'’-]+")
# words before a surname that are no part of it ("Mr Kang", "President Ruto")
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "president", "minister", "premier",
          "general", "gen", "ambassador", "secretary", "chancellor", "king", "prince",
          "sheikh", "foreign", "prime", "deputy", "vice", "the"}
NEAR = 2  # sentences "just before" for a counterpart


def key(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def fits(m: Mentioned, kind: str, places: bool = False) -> bool:
    """Whether a mention can be what a stand-in of `kind` stands for (a place only when
    `places`: "Protests erupted in Tirana. The government said ...")."""
    a = m.actor
    if not a.country or m.is_place and not m.subject and not (places and kind == "state"):
        return False
    if kind == "igo":
        return a.kind == "igo"
    if kind == "any":
        return a.kind in {"state", "igo", "person"}
    if kind == "person":
        return a.kind in {"person", "state"}
    if places and m.is_place:
        return True
    return a.kind in {"state", "person"} and a.sector not in {"REB", "INS", "OPP"}


def as_government(actor: Actor, text: str) -> Actor:
    """A country-level stand-in ("the kingdom") for the actor it points to."""
    if actor.kind == "person" or actor.kind == "igo":
        return replace(actor, text=text)
    code = actor.code if actor.code and actor.code != actor.country else f"{actor.country}GOV"
    return replace(actor, text=text, code=code, sector=actor.sector or "GOV", kind="state")


class Chains:
    """Chains and counterparties of one article."""

    def __init__(self, facts: ArticleFacts, events: list[Event]) -> None:
        self.n_sentences = facts.n_sentences
        self.by_sent: dict[int, list[Mentioned]] = defaultdict(list)
        for m in facts.mentions:
            if m.actor.country:
                self.by_sent[m.sent].append(m)
        self.weight: Counter[tuple[str, str]] = Counter()
        self.near: dict[int, Counter[tuple[str, str]]] = defaultdict(Counter)
        # a sentence's own events: the sentence's other names are not its counterparts
        # (the coder left them out of the act for a reason), but its other acts' are
        self.acts: dict[int, Counter[tuple[str, str]]] = defaultdict(Counter)
        for e in events:
            a, b = key(e.source), key(e.target)
            if a and b and a != b:
                self._pair(a, b, e.sentence_index, 3)
                self.acts[e.sentence_index][(a, b) if a < b else (b, a)] += 3
        for si, ms in self.by_sent.items():
            # co-subjects ("Egypt, Cyprus and Greece denounced ...") are on one side
            subjects = {m.actor.country for m in ms if m.subject}
            found = sorted({m.actor.country for m in ms if not m.is_place or m.subject} - {None})
            for i, a in enumerate(found):
                for b in found[i + 1:]:
                    if not (a in subjects and b in subjects):
                        self._pair(a, b, si, 1)
        self.freq = Counter(m.actor.country for ms in self.by_sent.values() for m in ms)

    def _pair(self, a: str, b: str, si: int, w: int) -> None:
        pair = (a, b) if a < b else (b, a)
        self.weight[pair] += w
        self.near[si][pair] += w

    # -- stand-ins ----------------------------------------------------------------
    def last(self, sent: int, kind: str, before: int | None, exclude: set[str]) -> Mentioned | None:
        """The last mention of `kind` before token `before` of sentence `sent`, or in
        the sentences just before; a subject is preferred within a sentence."""
        for places in (False, True):  # an actor first; else the country the story is in
            for si in range(sent, max(-1, sent - LOOKBACK - 1), -1):
                ms = [m for m in self.by_sent.get(si, ())
                      if fits(m, kind, places) and m.actor.country not in exclude
                      and (si != sent or before is None or m.end <= before)]
                if ms:
                    subjects = [m for m in ms if m.subject]
                    return (subjects or ms)[-1]
        return None

    def group(self, sent: int, exclude: set[str]) -> list[Actor]:
        """The actors a plural stand-in ("these nations", "the two sides") stands for:
        the countries of the latest sentence that names two or more."""
        for si in range(sent, max(-1, sent - LOOKBACK - 1), -1):
            seen: dict[str, Actor] = {}
            for m in self.by_sent.get(si, ()):
                if fits(m, "state") and m.actor.country not in exclude:
                    seen.setdefault(m.actor.country, m.actor)
            if len(seen) >= 2:
                return list(seen.values())
        return []

    # -- counterparties -----------------------------------------------------------------
    def counterpart(self, country: str, sent: int, exclude: set[str] | None = None,
                    near_only: bool = False) -> tuple[str, str] | None:
        """Whom the article sets against `country`: the other side in this sentence and
        the ones just before, else over the whole article. Returns (country, basis)."""
        if self.n_sentences < 2:
            return None  # one sentence has no article around it: the coder's call
        # "Egypt, Cyprus and Greece denounced ...": who speaks or acts with it is on its side
        exclude = (exclude or set()) | {country} | self.allies(country, sent)
        local: Counter[str] = Counter()
        # the sentence's own names are not its counterparts (the coder left them out of
        # the act for a reason), but the other sides of its other acts are; then the
        # sentences before it, names and acts
        for si in range(sent, max(-1, sent - NEAR - 1), -1):
            pairs = self.acts if si == sent else self.near
            for (a, b), w in pairs.get(si, Counter()).items():
                other = b if a == country else a if b == country else None
                if other and other not in exclude:
                    local[other] += w
        whole: Counter[str] = Counter()
        for (a, b), w in self.weight.items():
            other = b if a == country else a if b == country else None
            if other and other not in exclude:
                whole[other] += w
        if near_only and not local:
            return None
        # the sentences just before weigh most; the article's counterparty breaks ties
        score = Counter({c: 2 * local[c] + whole[c] for c in set(local) | set(whole)})
        if not score:
            return None
        return _best(score, self.freq), "context"

    def principal(self, exclude: set[str]) -> tuple[str, str] | None:
        """The article's two principal parties: the pair it sets against each other
        most, when no other pair comes close (half its weight or more: no call)."""
        pairs = [(w, p) for p, w in self.weight.items() if not set(p) & exclude]
        pairs.sort(reverse=True)
        if not pairs or len(pairs) > 1 and 2 * pairs[1][0] > pairs[0][0]:
            return None
        return pairs[0][1]

    def sole_other(self, country: str, sent: int, exclude: set[str]) -> str | None:
        """The one country a sentence names besides `country` and its allies (not as a
        place, not inside a quotation), or None when it names none or several."""
        if self.n_sentences < 2:
            return None  # one sentence has no article around it: the coder's call
        skip = exclude | {country} | self.allies(country, sent)
        found = {m.actor.country for m in self.by_sent.get(sent, ())
                 if not m.is_place and not m.in_quote and m.actor.kind in {"state", "person"}
                 and m.actor.country not in skip}
        return found.pop() if len(found) == 1 else None

    def named(self, text: str, sent: int) -> Mentioned | None:
        """The person an unresolved short name stands for ("Mr Kang", "Osman"): the
        last person mentioned up to `sent` whose full name has all its words."""
        words = [w for w in _NAME.findall(text) if w.lower() not in TITLES]
        if not words or len(words) > 3:
            return None
        for si in range(sent, -1, -1):
            for m in reversed(self.by_sent.get(si, ())):
                if m.actor.kind != "person":
                    continue
                have = set(_NAME.findall(f"{m.actor.text} {m.actor.name or ''}"))
                if all(w in have for w in words):
                    return m
        return None

    def allies(self, country: str, sent: int) -> set[str]:
        """Who is subject of the same verb as `country` in a sentence ("Egypt, Cyprus and
        Greece denounced the deal"): on its side, never its counterparty."""
        ms = self.by_sent.get(sent, ())
        verbs = {m.verb for m in ms if m.actor.country == country and m.verb is not None}
        return {m.actor.country for m in ms if m.verb in verbs} - {country, None}

    def actor_of(self, country: str, sent: int) -> Actor | None:
        """A mention of `country` to stand for it, the nearest before `sent` first."""
        best = None
        for si in sorted(self.by_sent):
            for m in self.by_sent[si]:
                if m.actor.country == country and (best is None or si <= sent):
                    best = m
        return best.actor if best is not None else None


def _best(scores: Counter[str], freq: Counter[str]) -> str:
    return max(scores, key=lambda c: (scores[c], freq[c], c))
