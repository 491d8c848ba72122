"""Synthetic labelled news sentences for training the event-type classifier.

The project has no licensed training corpus, so it writes its own: each event entry
in `data/templates.yaml` (a CAMEO code with verb and noun phrases) is combined with
actors, dates, places and sentence frames from `data/lexicon.yaml` into many
phrasings (active, passive, perfect, headline present, reported speech, nominal,
future, hypothetical, negated). Generation is deterministic for a given seed.

Future and hypothetical versions keep the act's type (the backoff reads their
status from the parse), but a reported promise ("said it would ...") is the event
itself: AGREE for a cooperative act, CONCEDE for a retreat, THREATEN for a sanction,
coercion or attack; CAMEO roots follow intent (03 or 13). Negated versions keep
their type ("has no plans to meet"), except a refusal of cooperation ("refuses to
meet", "will not meet"), which is REJECT.
Two-country sentences with no act (history, statistics, commentary) teach NONE.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from detente.ontology import cameo_to_plover

DATA = Path(__file__).parent / "data"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
LABELS = (*PLOVER_TYPES, "NONE")
ROOTS = ("00", *(f"{i:02d}" for i in range(1, 21)))  # "00" = no CAMEO event
DEFAULT_SRC = ("state", "govt", "leader", "govt", "state", "igo", "party", "military", "rebels",
               "police")
DEFAULT_TGT = ("state", "govt", "leader", "state", "igo")
_COOP_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_CONFLICT_TO_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"}


@dataclass(frozen=True)
class Example:
    """One synthetic sentence with its labels."""

    text: str
    plover: str  # one of LABELS
    root: str  # one of ROOTS
    cameo: str  # the template's CAMEO code ("" for background)
    status: str  # asserted | negated | future | hypothetical
    form: str  # which phrasing built it


@dataclass(frozen=True)
class Entry:
    cameo: str
    plover: str
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    verbs: tuple[tuple[str, str, str, str], ...]  # base, past, participle, rest
    nouns: tuple[str, ...]


def _load(name: str) -> dict:
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _parse_verb(spec: str) -> tuple[str, str, str, str]:
    head, _, rest = spec.partition(" ")
    forms = head.split("|")
    base, past = forms[0], forms[1]
    part = forms[2] if len(forms) > 2 else past
    return base, past, part, rest


@cache
def entries() -> tuple[Entry, ...]:
    """The event entries of the template file, with PLOVER types from the ontology."""
    out = []
    for e in _load("templates.yaml")["events"]:
        plover = e.get("plover") or cameo_to_plover(e["cameo"])[0] or "NONE"
        out.append(Entry(
            cameo=e["cameo"], plover=plover,
            src=tuple(e.get("src", DEFAULT_SRC)), tgt=tuple(e.get("tgt", DEFAULT_TGT)),
            verbs=tuple(_parse_verb(v) for v in e.get("verbs", [])),
            nouns=tuple(e.get("nouns", [])),
        ))
    return tuple(out)


@cache
def background() -> tuple[str, ...]:
    return tuple(_load("templates.yaml")["none"])


@cache
def background_pairs() -> tuple[str, ...]:
    """No-event sentences that name two countries (what the backoff is asked about)."""
    return tuple(_load("templates.yaml")["none_pair"])


@cache
def headlines() -> dict[str, tuple[tuple[str, str], ...]]:
    """PLOVER type -> (act noun, preposition before the target) for verbless phrasings."""
    data = _load("templates.yaml")["headlines"]
    return {k: tuple(tuple(v.split("|", 1)) for v in vs) for k, vs in data.items()}


@cache
def lexicon() -> dict[str, list[str]]:
    return _load("lexicon.yaml")


class _Filler:
    """Fills {SLOTS} from the lexicon; tracks grammatical number of actors."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lex = lexicon()

    def pick(self, key: str) -> str:
        return self.fill(self.rng.choice(self.lex[key]))

    def actor(self, kinds: tuple[str, ...]) -> tuple[str, bool]:
        """An actor phrase of one of the kinds and whether it is plural."""
        kind = self.rng.choice(kinds)
        text = self.rng.choice(self.lex[kind])
        plural = text.startswith("+")
        return self.fill(text.lstrip("+")), plural

    def fill(self, text: str) -> str:
        def sub(m: re.Match) -> str:
            key = m.group(1)
            if key == "DAY_CAP":
                day = self.pick("day")
                return day[0].upper() + day[1:]
            if key == "LEADER":
                return self.pick("leader")
            if key == "CIVIL":
                return self.actor(("civil",))[0]
            return self.pick(key.lower())

        for _ in range(4):
            new = re.sub(r"\{(ADJ|STATE|CITY|DAY|DAY_CAP|REPORTER|REPORTER_SG|TOPIC|ACT|NUM|"
                         r"MONEY|LEADER|CIVIL|PURPOSE|ACT_ING)\}", sub, text)
            if new == text:
                break
            text = new
        return text


def _possessive(actor: str) -> str:
    return actor + ("'" if actor.endswith("s") else "'s")


def _third_person(base: str) -> str:
    if base == "have":
        return "has"
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _relabel(plover: str, root: str, status: str, promise: bool = False) -> tuple[str, str]:
    """PLOVER/CAMEO reading of a future or hypothetical act.

    An act said to come keeps its own PLOVER type ("X will meet Y" is CONSULT with
    status future), as the project's gold codes it; a reported promise ("X said it
    would send troops", `promise`) is itself the event: AGREE for a cooperative act,
    CONCEDE for a retreat, THREATEN for sanctions, coercion or force. CAMEO codes
    every promise by its intent, so the root becomes 03 or 13 either way.
    """
    if status not in ("future", "hypothetical"):
        return plover, root
    if plover in _COOP_TO_AGREE:
        return ("AGREE" if promise else plover), "03"
    if plover in _CONFLICT_TO_THREATEN:
        return ("THREATEN" if promise else plover), "13"
    if plover == "RETREAT" and promise:
        return "CONCEDE", root
    return plover, root


_VERB_FORMS = (
    ("past", "asserted", 6), ("perfect", "asserted", 2), ("present", "asserted", 1),
    ("passive", "asserted", 2), ("reported", "asserted", 3), ("said_after", "asserted", 2),
    ("decided", "asserted", 1), ("future", "future", 2), ("would", "future", 1),
    ("hypothetical", "hypothetical", 1), ("negated", "negated", 1), ("wont", "negated", 1),
    ("wont_plain", "negated", 1),
)
_COOP = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def _verb_sentence(f: _Filler, entry: Entry, form: str) -> str:
    base, past, part, rest = f.rng.choice(entry.verbs)
    subj, plural = f.actor(entry.src)
    tgt, tgt_plural = f.actor(entry.tgt)
    passive_ok = rest.startswith("{T}") and not rest.startswith("{T}'s")
    if form == "passive" and not passive_ok:
        form = "past"
    rest_t = rest.replace("{T}'s", _possessive(tgt)).replace("{T}", tgt)
    rest_t = f.fill(rest_t).strip()
    appos = f.pick("apposition") if f.rng.random() < 0.3 and not plural else ""
    s = subj + appos
    pron = "they" if plural else "it"
    if form == "past":
        core = f"{s} {past} {rest_t}"
    elif form == "perfect":
        core = f"{s} {'have' if plural else 'has'} {part} {rest_t}"
    elif form == "present":
        core = f"{s} {base if plural else _third_person(base)} {rest_t}"
    elif form == "passive":
        after = f.fill(rest[3:].replace("{T}'s", _possessive(tgt))).strip()
        by = f" by {subj}" if f.rng.random() < 0.7 else ""
        core = f"{tgt} {'were' if tgt_plural else 'was'} {part} {after}{by}".replace("  ", " ")
    elif form == "reported":
        core = f"{f.pick('reporter')} said {f.pick('day')} that {subj} had {part} {rest_t}"
    elif form == "said_after":
        core = f"{s} {past} {rest_t}, {f.pick('reporter')} said"
    elif form == "decided":
        verb = f.rng.choice(("decided to", "moved to", "chose to", "began to"))
        core = f"{s} {verb} {base} {rest_t}"
    elif form == "future":
        aux = f.rng.choice(("will", "is to", "plans to", "is expected to", "intends to"))
        if plural:
            aux = aux.replace("is ", "are ").replace("plans", "plan").replace("intends", "intend")
        core = f"{s} {aux} {base} {rest_t}"
    elif form == "would":
        core = f"{s} said {pron} would {base} {rest_t}"
    elif form == "hypothetical":
        aux = f.rng.choice(("could", "may", "might", "would be prepared to"))
        core = f"{s} {aux} {base} {rest_t}"
    elif form == "wont":
        aux = f.rng.choice(("refuses to", "is not prepared to", "rejected calls to",
                            "said {P} would never agree to", "turned down a request to",
                            "will not", "would not", "said {P} would not"))
        aux = aux.replace("{P}", pron)
        if plural:
            aux = aux.replace("refuses", "refuse").replace("is not", "are not")
        core = f"{s} {aux} {base} {rest_t}"
    elif form == "wont_plain":
        aux = f.rng.choice(("has no plans to", "has no intention to", "is not expected to"))
        aux = aux.replace("{P}", pron)
        if plural:
            aux = aux.replace("has no", "have no").replace("is not", "are not")
        core = f"{s} {aux} {base} {rest_t}"
    else:  # negated
        neg = f.rng.choice(("did not", "has not", "never", "refrained from", "denied"))
        if neg == "has not":
            core = f"{s} {'have' if plural else 'has'} not {part} {rest_t}"
        elif neg == "never":
            core = f"{s} never {past} {rest_t}"
        elif neg == "refrained from":
            core = f"{s} refrained from {_gerund(base)} {rest_t}"
        elif neg == "denied":  # a denial: the act is reported as not done
            core = f"{s} denied {_gerund(base)} {rest_t}"
        else:
            core = f"{s} did not {base} {rest_t}"
    return core


def _gerund(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


_NOUN_FRAMES = (
    "{REPORTER} reported {NP} {DAY}",
    "{NP} took place {DAY}, {REPORTER} said",
    "{REPORTER} confirmed {NP}",
    "There was {NP} {DAY}",
    "News of {NP} spread quickly in {CITY}",
    "{NP} came {DAY} as {LEADER} was abroad",
    "Television showed pictures of {NP}",
    "{REPORTER} gave details of {NP}",
    "{NP} lasted several hours {DAY}",
    "{NP} went ahead {DAY} despite objections",
    "{NP}, the first in months, was confirmed by {REPORTER}",
)


def _noun_sentence(f: _Filler, entry: Entry) -> str:
    np_ = f.rng.choice(entry.nouns)
    subj, _ = f.actor(entry.src)
    tgt, _ = f.actor(entry.tgt)
    np_ = np_.replace("{S}", subj).replace("{T}'s", _possessive(tgt)).replace("{T}", tgt)
    frame = f.rng.choice(_NOUN_FRAMES)
    return f.fill(frame.replace("{NP}", f.fill(np_)))


def _finish(f: _Filler, core: str, status: str, form: str) -> str:
    opener = f.pick("opener") if form not in ("reported",) else ""
    closer = f.pick("closer") if form not in ("said_after", "reported") else ""
    text = f"{opener}{core}{closer}".strip()
    text = re.sub(r"\s+", " ", text).rstrip(",") + "."
    return text[0].upper() + text[1:]


_HEAD_FRAMES = (
    "{A}-{B} {N}{TAIL}",  # "Iranian-Saudi talks in Baghdad"
    "{S}'s {N} {P} {T}{TAIL}",  # "Russia's attack on Ukraine"
    "{S} {N} {P} {T}{TAIL}",  # "EU sanctions against Iran"
    "{N} {P} {T} by {S}{TAIL}",
    "{N} by {S} {P} {T}{TAIL}",
    "{REPORTER} reported {S}'s {N} {P} {T}{TAIL}",
    "{S}'s {N} {P} {T} came {DAY}",
    "The {N} by {S} {P} {T} drew attention{TAIL}",
    "{REPORTER} said the {N} by {S} {P} {T} had taken place {DAY}",
)
_TAILS = ("", "", " in {CITY}", " {DAY}", " amid tension over {TOPIC}", ", {REPORTER} said")


def _headline(f: _Filler, plover: str) -> str:
    """A verbless or noun-centred phrasing of the act ("Turkish-Syrian talks in Baghdad")."""
    noun, prep = f.rng.choice(headlines()[plover])
    src = f.rng.choice(("state", "state", "leader", "igo"))
    frame = f.rng.choice(_HEAD_FRAMES)
    text = (frame.replace("{A}", f.pick("adj")).replace("{B}", f.pick("adj"))
            .replace("{S}", f.pick(src)).replace("{T}", f.pick("state"))
            .replace("{N}", noun).replace("{P}", prep)
            .replace("{TAIL}", f.rng.choice(_TAILS)))
    text = f.fill(text)
    return text[0].upper() + text[1:] + "."


def _example(f: _Filler, entry: Entry) -> Example:
    weights = [w for _, _, w in _VERB_FORMS]
    if entry.plover in headlines() and f.rng.random() < 0.1:
        text = _headline(f, entry.plover)
        return Example(text, entry.plover, entry.cameo[:2], entry.cameo, "asserted", "headline")
    use_noun = entry.nouns and (not entry.verbs or f.rng.random() < 0.15)
    if use_noun:
        text = _noun_sentence(f, entry)
        text = text[0].upper() + text[1:] + "."
        plover, root, status, form = entry.plover, entry.cameo[:2], "asserted", "nominal"
    else:
        forms = _VERB_FORMS if entry.cameo[:2] != "01" else _VERB_FORMS[:7]
        form, status, _ = f.rng.choices(forms, weights=weights[: len(forms)])[0]
        if form == "wont" and entry.plover not in _COOP:
            form = "negated"
        text = _finish(f, _verb_sentence(f, entry, form), status, form)
        plover, root = _relabel(entry.plover, entry.cameo[:2], status, form == "would")
        if form == "wont":  # refusing to cooperate is a rejection (CAMEO 12)
            plover, root = "REJECT", "12"
    return Example(text, plover, root, entry.cameo, status, form)


def _background(f: _Filler) -> Example:
    pool = background_pairs() if f.rng.random() < 0.6 else background()
    template = f.rng.choice(pool)
    text = f.fill(template)
    if f.rng.random() < 0.25 and not template.endswith("?"):
        lead = f.rng.choice(("{REPORTER} said", "{LEADER} said", "According to {REPORTER},",
                             "Analysts said", "{REPORTER} noted that"))
        if not template.startswith("{"):  # a common word, not a name
            text = text[0].lower() + text[1:]
        text = f.fill(lead) + " " + text
        return Example(text[0].upper() + text[1:], "NONE", "01", "", "asserted", "said_none")
    return Example(text, "NONE", "00", "", "asserted", "background")


def _stream(kind: str, pool: list[Entry], seed: int) -> Iterator[Example]:
    """Endless examples from one source type, with its own random stream (so editing
    one type's templates leaves the other types' sentences, and their cached parses, alone)."""
    f = _Filler(random.Random(f"{seed}:{kind}"))
    while True:
        yield _background(f) if kind == "BACKGROUND" else _example(f, f.rng.choice(pool))


def generate(per_label: int = 1800, seed: int = 13) -> list[Example]:
    """Balanced examples: `per_label` sentences for each PLOVER type and NONE."""
    by_type: dict[str, list[Entry]] = {"BACKGROUND": []}
    for e in entries():
        if e.verbs or e.nouns:
            by_type.setdefault(e.plover, []).append(e)
    streams = [_stream(k, by_type[k], seed) for k in sorted(by_type)]
    counts: Counter[str] = Counter()
    out: list[Example] = []
    seen: set[str] = set()
    for _ in range(per_label * 50):
        if min(counts[lab] for lab in LABELS) >= per_label:
            break
        for stream in streams:
            ex = next(stream)
            if counts[ex.plover] >= per_label or ex.text in seen:
                continue
            seen.add(ex.text)
            counts[ex.plover] += 1
            out.append(ex)
    return out


if __name__ == "__main__":
    for ex in generate(per_label=3, seed=1):
        print(f"{ex.plover:9} {ex.root} {ex.status:12} {ex.text}")
