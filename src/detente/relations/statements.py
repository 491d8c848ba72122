"""Relationship statements: sentences that describe how two states get on.

"The growing alliance of Turkey and Iran" or "relations have soured" is not an
event (nobody did anything to anybody on a day) but it is what a reader takes
from the article. We keep such sentences as their own records, so a brief can put
what the text says about a relationship beside what the coded events show.

Cue words live in `data/relation_cues.tsv`. The pair is found in the cue's
sentence, at most MAX_DISTANCE tokens from it: the coordination nearest the cue ("Turkey and Iran", "between Ankara
and Moscow", a group mention such as "They"); a coordination after "with"/"to"
pairs each member with the nearest other country before it ("Turkey ... alliance
with Iran and Russia"); otherwise the two distinct countries nearest the cue.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from detente.models import Actor, Article, Mention
from detente.nlp.pipeline import doc_sents, doc_tokens
from detente.relations.frame import pair_events
from detente.relations.index import coop_index

GAP = 6  # most tokens a `*` in a cue pattern may skip
MODIFIER_WINDOW = 3  # tokens before a cue searched for growing/easing words
MAX_DISTANCE = 12  # a cue further than this from every country names no pair
CONNECTORS = frozenset({",", "and", "&", "the", "as", "well", "both"})
PARTNER_PREPS = frozenset({"with", "to", "toward", "towards"})


@dataclass
class RelationStatement:
    """A sentence saying how countries `a` and `b` relate (polarity +1/-1)."""

    doc_id: str
    sentence_index: int
    evidence: str
    char_start: int
    char_end: int
    a: Actor
    b: Actor
    polarity: int
    direction: str | None  # improving | worsening | stable | None
    cue: str
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Cue:
    parts: tuple[frozenset[str] | None, ...]  # None is a gap
    polarity: int
    direction: str | None


@dataclass(frozen=True)
class Cues:
    cues: tuple[Cue, ...]
    stronger: frozenset[str]
    weaker: frozenset[str]
    negators: frozenset[str]


def _parse(pattern: str) -> tuple[frozenset[str] | None, ...]:
    return tuple(None if p == "*" else frozenset(p.lower().split("|")) for p in pattern.split())


@cache
def load_cues() -> Cues:
    """The cue table, read once."""
    text = resources.files("detente.relations").joinpath("data/relation_cues.tsv").read_text(
        encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    cues, stronger, weaker, negators = [], set(), set(), set()
    for row in csv.DictReader(lines, delimiter="\t"):
        words = set(row["pattern"].lower().split("|"))
        if row["kind"] == "cue":
            direction = None if row["direction"] == "-" else row["direction"]
            cues.append(Cue(_parse(row["pattern"]), int(row["polarity"]), direction))
        elif row["kind"] == "modifier":
            (stronger if row["direction"] == "stronger" else weaker).update(words)
        elif row["kind"] in ("negator", "hedge"):
            negators.update(words)
    return Cues(tuple(cues), frozenset(stronger), frozenset(weaker), frozenset(negators))


def _match(words: list[tuple[str, str]], i: int, parts: tuple) -> int | None:
    """End of a match of `parts` starting at token i, or None."""
    if not parts:
        return i
    head, rest = parts[0], parts[1:]
    if head is None:
        for skip in range(GAP + 1):
            if i + skip > len(words):
                break
            end = _match(words, i + skip, rest)
            if end is not None:
                return end
        return None
    if i < len(words) and (words[i][0] in head or words[i][1] in head):
        return _match(words, i + 1, rest)
    return None


@lru_cache(maxsize=8)
def _by_first_word(cues: Cues) -> tuple[dict[str, tuple[Cue, ...]], tuple[Cue, ...]]:
    """Cues indexed by the words they can start with, so each token tries only its own."""
    index: dict[str, list[Cue]] = {}
    gapped: list[Cue] = []
    for cue in cues.cues:
        if not cue.parts or cue.parts[0] is None:
            gapped.append(cue)
            continue
        for word in cue.parts[0]:
            index.setdefault(word, []).append(cue)
    return {w: tuple(c) for w, c in index.items()}, tuple(gapped)


def find_cues(words: list[tuple[str, str]], cues: Cues) -> list[tuple[int, int, Cue]]:
    """Non-overlapping cue matches (start, end, cue) over (lower, lemma) tokens, longest first."""
    index, gapped = _by_first_word(cues)
    found = []
    for i, (lower, lemma) in enumerate(words):
        candidates = index.get(lower, ()) + (index.get(lemma, ()) if lemma != lower else ())
        if not candidates and not gapped:  # most words start no cue
            continue
        for cue in dict.fromkeys(candidates + gapped):
            end = _match(words, i, cue.parts)
            if end is not None and end > i:
                found.append((i, end, cue))
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    taken: list[tuple[int, int, Cue]] = []
    for m in found:
        if all(m[1] <= t[0] or m[0] >= t[1] for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m[0])


@dataclass
class _Unit:
    """Mentions on one span: one country, or a group ("They")."""

    start: int
    end: int
    actors: dict[str, Actor]


def _units(mentions: list[Mention], sent_index: int) -> list[_Unit]:
    spans: dict[tuple[int, int], _Unit] = {}
    for m in mentions:
        country = m.actor.country
        if m.sent_index != sent_index or not country:
            continue
        unit = spans.setdefault((m.start, m.end), _Unit(m.start, m.end, {}))
        unit.actors.setdefault(country, m.actor)
    return sorted(spans.values(), key=lambda u: (u.start, u.end))


def _chains(units: list[_Unit], doc) -> list[list[_Unit]]:
    """Runs of units joined only by 'and', commas and the like."""
    chains: list[list[_Unit]] = []
    for unit in units:
        if chains:
            prev = chains[-1][-1]
            between = [t.lower_ for t in doc[prev.end:unit.start]]
            if unit.start >= prev.end and between and all(w in CONNECTORS for w in between):
                chains[-1].append(unit)
                continue
        chains.append([unit])
    return chains


def _countries(chain: list[_Unit]) -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    for unit in chain:
        for country, actor in unit.actors.items():
            out.setdefault(country, actor)
    return out


def _distance(start: int, end: int, lo: int, hi: int) -> int:
    return max(0, lo - end, start - hi)


def _pairs(doc, units: list[_Unit], lo: int, hi: int) -> list[tuple[Actor, Actor]]:
    """The country pairs a cue at tokens lo..hi speaks of."""
    near = [u for u in units if _distance(u.start, u.end, lo, hi) <= MAX_DISTANCE]
    coords = [c for c in _chains(near, doc) if len(_countries(c)) >= 2]
    if coords:
        chain = min(coords, key=lambda c: _distance(c[0].start, c[-1].end, lo, hi))
        members = _countries(chain)
        prep = doc[chain[0].start - 1].lower_ if chain[0].start > 0 else ""
        other = _nearest_other(units, chain[0].start, set(members)) \
            if prep in PARTNER_PREPS else None
        if other is not None:
            return [(other, actor) for actor in members.values()]
        return list(combinations(members.values(), 2))
    ranked = sorted(near, key=lambda u: (_distance(u.start, u.end, lo, hi), u.start))
    chosen: dict[str, Actor] = {}
    for unit in ranked:
        for country, actor in unit.actors.items():
            if len(chosen) < 2:
                chosen.setdefault(country, actor)
    return [tuple(chosen.values())] if len(chosen) == 2 else []


def _nearest_other(units: list[_Unit], before: int, exclude: set[str]) -> Actor | None:
    for unit in sorted((u for u in units if u.end <= before), key=lambda u: -u.end):
        for country, actor in unit.actors.items():
            if country not in exclude:
                return actor
    return None


def _direction(cue: Cue, words: list[tuple[str, str]], lo: int, cues: Cues) -> str | None:
    if cue.direction is not None:
        return cue.direction
    window = words[max(0, lo - MODIFIER_WINDOW):lo]
    for lower, lemma in reversed(window):
        if lower in cues.stronger or lemma in cues.stronger:
            return "improving" if cue.polarity > 0 else "worsening"
        if lower in cues.weaker or lemma in cues.weaker:
            return "worsening" if cue.polarity > 0 else "improving"
    return None


def _in_name(units: list[_Unit], lo: int, hi: int) -> bool:
    """The cue is part of an actor's name ("Muslim Brotherhood", "Gulf Cooperation Council")."""
    return any(u.start <= lo < u.end or u.start < hi <= u.end for u in units)


def _negated(words: list[tuple[str, str]], lo: int, hi: int, cues: Cues) -> bool:
    return any(w in cues.negators for w, _ in words[max(0, lo - MODIFIER_WINDOW):hi])


def find_statements(doc, mentions: list[Mention],
                    article: Article | None = None) -> list[RelationStatement]:
    """Relationship statements in a parsed document, one per sentence, pair and polarity."""
    cues = load_cues()
    doc_id = article.doc_id if article else ""
    when = article.published.isoformat() if article and article.published else None
    out: list[RelationStatement] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sent_index, []).append(m)
    words: list[tuple[str, str]] = []  # (lower, lemma) of every word, once a sentence needs them
    for index, sent in enumerate(doc_sents(doc)):
        units = _units(by_sentence.get(index, []), index)
        if len({c for u in units for c in u.actors}) < 2:
            continue  # most sentences name fewer than two countries
        if not words:
            words = [(t.lower_, t.lemma_.lower()) for t in doc_tokens(doc)]
        seen: dict[tuple[str, str, int], RelationStatement] = {}
        for lo, hi, cue in find_cues(words[sent.start:sent.end], cues):
            lo, hi = lo + sent.start, hi + sent.start
            if _negated(words, lo, hi, cues) or _in_name(units, lo, hi):
                continue
            direction = _direction(cue, words, lo, cues)
            for x, y in _pairs(doc, units, lo, hi):
                a, b = sorted((x, y), key=lambda actor: actor.country)
                if a.country == b.country:
                    continue
                key = (a.country, b.country, cue.polarity)
                if key in seen:
                    if seen[key].direction is None and direction is not None:
                        seen[key].direction = direction
                    continue
                seen[key] = RelationStatement(
                    doc_id, index, sent.text, sent.start_char, sent.end_char, a, b,
                    cue.polarity, direction, doc[lo:hi].text, when)
        out.extend(seen.values())
    return out


STATEMENT_COLUMNS = [
    "doc_id", "sentence_index", "evidence", "char_start", "char_end", "a", "b", "pair",
    "a_name", "b_name", "polarity", "direction", "cue", "date",
]


def statements_frame(statements: list[RelationStatement]) -> pd.DataFrame:
    """Statements as a frame, one row each, `a` and `b` as countries, `pair` as 'A-B'."""
    rows = []
    for s in statements:
        a, b = sorted((s.a, s.b), key=lambda actor: actor.country)
        rows.append({
            "doc_id": s.doc_id, "sentence_index": s.sentence_index, "evidence": s.evidence,
            "char_start": s.char_start, "char_end": s.char_end, "a": a.country,
            "b": b.country, "pair": f"{a.country}-{b.country}", "a_name": a.name or a.text,
            "b_name": b.name or b.text, "polarity": s.polarity, "direction": s.direction,
            "cue": s.cue, "date": s.date,
        })
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)


def normalize_statements(df: pd.DataFrame | None) -> pd.DataFrame:
    """Accept the store's layout (a_country, b_country, a_text...) as well as ours.

    Adds sorted `a`, `b`, `pair` and `a_name`/`b_name` when missing; drops rows
    without two different countries.
    """
    if df is None or len(df) == 0:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    out = df.copy()
    if "a" not in out.columns and "a_country" in out.columns:
        x, y = out["a_country"].astype("string"), out["b_country"].astype("string")
        swap = (x > y).fillna(False).to_numpy()
        out["a"] = np.where(swap, y, x)
        out["b"] = np.where(swap, x, y)
        for side in ("a", "b"):
            if f"{side}_name" not in out.columns:
                out[f"{side}_name"] = out.get(f"{side}_text")
    out = out[out["a"].notna() & out["b"].notna() & (out["a"] != out["b"])]
    if "pair" not in out.columns:
        out["pair"] = out["a"].astype(str) + "-" + out["b"].astype(str)
    return out


COMPARE_COLUMNS = [
    "pair", "a", "b", "n_statements", "statement_polarity", "direction", "cues", "n_events",
    "index", "ci_low", "ci_high", "agreement", "disagree", "firm",
]


def compare_statements(events_df: pd.DataFrame, statements_df: pd.DataFrame) -> pd.DataFrame:
    """Each pair's statement polarity beside its event-based index, flagging disagreement.

    `agreement` is 'agree', 'disagree' (the index has the other sign), 'no events',
    'mixed statements' or 'unclear' (index 0); `firm` says the index's interval
    excludes 0, i.e. the events clearly point the way they point.
    """
    statements_df = normalize_statements(statements_df)
    if statements_df.empty:
        return pd.DataFrame(columns=COMPARE_COLUMNS)
    ev = pair_events(events_df) if events_df is not None else pair_events(None)
    rows = []
    for (a, b), g in statements_df.groupby(["a", "b"], sort=True):
        pe = ev[(ev["a"] == a) & (ev["b"] == b)]
        idx = coop_index(pe["sign"], pe["w"])
        pol = float(g["polarity"].mean())
        dirs = g["direction"].dropna()
        rows.append({
            "pair": f"{a}-{b}", "a": a, "b": b, "n_statements": len(g),
            "statement_polarity": pol,
            "direction": dirs.mode().iloc[0] if len(dirs) else None,
            "cues": "; ".join(dict.fromkeys(g["cue"])), "n_events": idx.n_events,
            "index": idx.index, "ci_low": idx.ci_low, "ci_high": idx.ci_high,
            "agreement": _agreement(pol, idx.index, idx.n_events),
            "firm": bool(idx.n_events and (idx.ci_low > 0 or idx.ci_high < 0)),
        })
    out = pd.DataFrame(rows, columns=COMPARE_COLUMNS)
    out["disagree"] = out["agreement"] == "disagree"
    return out


def _agreement(polarity: float, index: float, n_events: int) -> str:
    if n_events == 0:
        return "no events"
    if polarity == 0:
        return "mixed statements"
    if index == 0 or np.isnan(index):
        return "unclear"
    return "agree" if np.sign(index) == np.sign(polarity) else "disagree"
