"""Quotations and statements that are acts: "'this provocation will not go unanswered,'
the spokesman said" is a threat by the spokesman's side; "Hanoi said China's decision
was illegal" an accusation by Vietnam.

A quotation whose words accuse, threaten, demand, reject, praise or commit (the cues
of `data/stances.tsv`) is an event of that type by its speaker, who may be named in
the sentence after it or before it (`facts.Said.speaker`), or, for a quotation that
names no speaker, who spoke the quotation just before it (a statement quoted over
several paragraphs). The act is aimed at whom the quotation names other than the
speaker's side, else at whom its sentence names, else at the speaker's counterparty
in the article. Some cues only make an act when the quotation or its sentence names
that other side ("Turkey, like every country, has a right to defend itself" supports
Turkey; said with no one named it is no act towards anyone).

Three readings follow the words more closely than a cue list can:

* a conditional whose condition is hostile ("if they keep hitting us, we will ...") is
  a threat by the speaker against the condition's subject;
* an accusing word inside what a threat answers ("reserves the right to respond to
  this provocative act") is part of the threat, not an accusation of its own;
* calling the other side's claim, objection or deal "unacceptable" or "null and void"
  rejects it (REJECT), where calling a deed so accuses (ACCUSE).

A reported statement with no quotation marks (a sentence whose speech verb has a named
side as subject) is read like a quotation. The wronged side's statement that the other
side struck, seized, deployed or refused ("Hanoi said Chinese ships attacked ...") is
also its accusation of the doer.

The sentence coder's own reading of a sentence comes first: a quotation adds an act
only where the coder found none of that type for that speaker. A coder's accusation
inside a quotation that points back at the quotation's own speaker ("'this violation
of our sovereignty ...', the ministry said" read as an act against the ministry's
country) is dropped: the speaker is the one wronged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from detente import ontology
from detente.models import Actor, Event, Quote

from .chains import LOOKBACK, Chains, as_government, fits
from .cue_words import alternation
from .facts import ArticleFacts, Said
from .gaps import stand_for

DATA = Path(__file__).parent / "data"
CONTINUES = 2  # sentences: an unattributed quotation this close after one goes on with it
PRONOUN_SPEAKERS = {"it", "he", "she", "they"}


@dataclass(frozen=True)
class Cue:
    """Words that make a quotation an act of `plover`; `named`: only towards a side the
    quotation or its sentence names; `alone`: only when no cue of another act matches."""

    rx: re.Pattern[str]
    plover: str
    cameo: str
    named: bool = False
    alone: bool = False
    key: str = ""  # a word the text must hold for the cue to match: a cheap test first

    def search(self, text: str) -> bool:
        return self.key in text and self.rx.search(text) is not None


@lru_cache(maxsize=1)
def cues() -> list[Cue]:
    out = []
    for line in (DATA / "stances.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        cue, plover, cameo = cols[:3]
        needs = cols[3].strip() if len(cols) > 3 else ""
        body = r"\s+".join(_word(w) for w in cue.split())
        key = max((w.rstrip("*") for w in cue.split()), key=len)
        out.append(Cue(re.compile(rf"(?<![\w-]){body}(?![\w-])"), plover, cameo,
                       needs == "named", needs == "alone", key))
    return out


@lru_cache(maxsize=1)
def _threat_cues() -> tuple[Cue, ...]:
    return tuple(c for c in cues() if c.plover == "THREATEN")


def _word(w: str) -> str:
    return re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")


# a hostile condition: "if they continue to hit us", "if North Korea stages provocation"
# (the words of these patterns are lists of data/cue_words.tsv)
HOSTILE = re.compile(rf"\b(?:{alternation('hostile')})\b")
CONDITIONAL = re.compile(
    rf"\bif\b(?P<cond>[^.;:]{{3,160}}?),\s*(?:then\s+)?"
    rf"(?:{alternation('conditional_subject')}|our\s+\w+|[a-z]+)\s+"
    rf"(?:{alternation('conditional_modal')})\b"
    rf"(?!\s+(?:be\s+)?(?:{alternation('conditional_friendly')}))")
# what a threat answers is named, not accused: "respond to this provocative act"
ANSWERED = re.compile(
    rf"\b(?:{alternation('answer_verb')})\s+(?:{alternation('answer_prep')})\s+[^,.;]{{0,50}}")
# the other side's word or deal judged void: a rejection of it
CLAIMS = re.compile(
    rf"\b(?:{alternation('claim_noun')})\b[^.;]{{0,80}}?\b(?:{alternation('claim_copula')})\s+"
    rf"(?:[\"'“”‘’]\s*)?(?:\w+\s+){{0,2}}(?:{alternation('claim_void')})")


def stances(text: str) -> list[tuple[str, str]]:
    """The act types a quotation's words make, in the order of the cue list."""
    return [(c.plover, c.cameo) for c in _matched(text)]


def _matched(text: str) -> list[Cue]:
    low = _fold(text)
    found: dict[str, Cue] = {}
    threat = any(c.search(low) for c in _threat_cues())
    cond = CONDITIONAL.search(low)
    hostile = cond is not None and bool(HOSTILE.search(cond.group("cond")))
    # what a threat answers, and the condition it is made on, are named, not accused
    accusable = ANSWERED.sub(" ", low) if threat or hostile else low
    if hostile:
        accusable = CONDITIONAL.sub(" ", accusable)
    for c in cues():  # Cue.search written out: some 150 cues for each quoted part
        if c.plover in found:
            continue
        text = accusable if c.plover == "ACCUSE" else low
        if c.key in text and c.rx.search(text) is not None:
            found[c.plover] = c
    if len(found) > 1:
        found = {k: c for k, c in found.items() if not c.alone}
    if "THREATEN" not in found and hostile:
        found["THREATEN"] = Cue(CONDITIONAL, "THREATEN", "130")
    return list(found.values())


def _fold(text: str) -> str:
    """Lower case, one apostrophe, and no double quotation marks: 'a "serious" threat'
    is a serious threat."""
    low = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s*[\"\u201c\u201d\u00ab\u00bb]\s*", " ", low)


def claim_judged(sentence: str) -> bool:
    """"Greek objections were 'unacceptable'", "the deal is 'null and void'": the other
    side's claim or deal is rejected, not its deed accused."""
    return bool(CLAIMS.search(_fold(sentence)))


def quoted_acts(facts: ArticleFacts, chains: Chains, events: list[Event],
                speaker_of: Callable[[Said], Actor | None]) -> list[Event]:
    """The article's events, revised, and the acts its quotations make (module doc)."""
    events = [_as_rejection(e) for e in events if not _turned_back(facts, e, speaker_of)]
    have = {(e.sentence_index, e.source.country, e.plover) for e in events}
    out: list[Event] = []
    last: tuple[int, Actor] | None = None  # the latest quotation's speaker
    known: dict[str, Actor] = {}  # "the general" once found is the same general after
    for q in _with_statements(facts):
        words = (q.speaker_text or "").lower()
        speaker = known.get(words) if words and not _named(q) else None
        speaker = speaker or _speaker(facts, q, speaker_of, last)
        if speaker is None or not speaker.country:
            continue
        if not _a_name(q.text):  # a quoted name ("the 'Taiwanese Representative Office'")
            last = (q.last_sent, speaker)  # is no one's statement to go on with
        if words:
            known[words] = speaker
        for si in range(q.first_sent, q.last_sent + 1):
            a, b = facts.bounds[si]
            part = facts.text[max(a, q.start):min(b, q.end)]
            if (q.first_sent == q.last_sent and 3 * len(part) < b - a
                    and (q.speaker is not None or q.speaker_text)):
                # a few quoted words in a reported statement ("China hopes Indonesia can
                # 'appropriately handle' the issue"): the statement is the speaker's
                part = facts.text[a:b]
            for cue in _matched(part):
                plover, cameo = cue.plover, cue.cameo
                if plover == "ACCUSE" and claim_judged(facts.text[a:b]):
                    plover, cameo = "REJECT", "120"
                if (si, speaker.country, plover) in have:
                    continue
                aimed = _addressees(facts, chains, q, speaker, si, cue.named, events + out,
                                    plover)
                if not aimed:
                    continue
                have.add((si, speaker.country, plover))
                out += [_event(facts, si, speaker, t, basis, plover, cameo, q)
                        for t, basis in aimed]
                target, basis = aimed[0]
                if plover == "REQUEST" and basis == "quote":
                    # "it is important that both the Russians and the Turks talk": asked
                    # of each side the quotation names as doing it
                    out += [_event(facts, si, speaker, other, basis, plover, cameo, q)
                            for other in _co_subjects(facts, q, target, speaker)]
    # the back-off classifier's guess of a direction yields to the speaker's own act
    mine = {(e.sentence_index, e.plover, e.source.country, e.target.country) for e in out}
    events = [e for e in events if not (
        e.rule.startswith("classifier:") and e.target is not None
        and (e.sentence_index, e.plover, e.target.country, e.source.country) in mine)]
    return events + out + _reported(facts, events + out)


# acts that a victim's statement reports as fact and so lays at the doer's door
REPORTED = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "REJECT"})


def _reported(facts: ArticleFacts, events: list[Event]) -> list[Event]:
    """"Hanoi said Chinese ships used water cannon on Vietnamese vessels": the side
    that says it was wronged accuses the doer (besides the act itself; an act it only
    "claimed" is alleged, and the accusation is all there is). Only the wronged side's
    own statement, said before the act's words in the sentence."""
    have = {(e.sentence_index, e.source.country, e.target.country if e.target else None,
             e.plover) for e in events}
    out = []
    for ev in events:
        alleged = ev.status == "hypothetical"  # "Y claimed X had fired": only the claim
        if (ev.status not in {"asserted", "hypothetical"} or ev.plover not in REPORTED
                or ev.target is None
                or not ev.source.country or not ev.target.country
                or ev.source_basis != "text"):  # "soldiers were wounded": no one blamed
            continue
        speaker = _sentence_speaker(facts, ev.sentence_index, ev.extra.get("trigger_char"),
                                    CLAIM_FORMS if alleged else None)
        if speaker is None or speaker.country != ev.target.country:
            continue
        if speaker.country == ev.source.country:
            continue
        k = (ev.sentence_index, speaker.country, ev.source.country, "ACCUSE")
        if k in have:
            continue
        have.add(k)
        new = replace(ev, source=speaker, target=ev.source, plover="ACCUSE", cameo="112",
                      mode=None, status="asserted", quad=ontology.quad_of("ACCUSE"),
                      intensity=ontology.plover_intensity("ACCUSE"),
                      goldstein=ontology.goldstein("112"), rule=f"{ev.rule}>ACCUSE:reported",
                      source_basis="text", target_basis=ev.source_basis,
                      quote=None, extra=dict(ev.extra))
        from detente.events.coder import event_id

        new.event_id = event_id(new)
        out.append(new)
    return out


CLAIM_FORMS = frozenset({"claimed", "claims", "alleged", "alleges", "charged", "charges"})


def teller(facts: ArticleFacts, si: int) -> str | None:
    """The country of whoever the sentence says is speaking, if the article knows it."""
    speaker = _sentence_speaker(facts, si, None)
    return speaker.country if speaker is not None else None


def _sentence_speaker(facts: ArticleFacts, si: int, before: int | None,
                      forms: frozenset[str] | None = None) -> Actor | None:
    """Who the sentence says is speaking, named before the character `before`: the
    subject of its speech verb, or whom a stand-in subject ("he", "the ministry")
    points back to."""
    speaker = facts.speakers.get(si)
    words = facts.speaker_texts.get(si)
    if speaker is None and words:
        probe = Said(facts.bounds[si][0], facts.bounds[si][0], si, si, "", None, words)
        speaker = _stand_in(facts, probe, words) if stand_for(words) else None
        if speaker is None and _titled(words):
            speaker = _titled_speaker(facts, probe)
    if speaker is None or before is None:
        return speaker
    # the speaker's speech verb comes before the act's words: "Hanoi said Chinese ships
    # attacked", not "Chinese ships attacked ..., Hanoi said" (a report of the act)
    verbs = [m.verb for m in facts.mentions if m.sent == si and m.subject
             and m.verb is not None and (m.actor.country == speaker.country or words)]
    return speaker if any(_speech_at(facts, v, forms) and _char(facts, v) < before
                          and not TOLD_APART.search(facts.text[_char(facts, v):before])
                          for v in verbs) else None


# "Netanyahu said ... after Hamas fighters attacked": a clause of time or cause between
# the speech verb and the act tells the act beside the statement, not in it
TOLD_APART = re.compile(rf"\b(?:{alternation('told_apart')})\b", re.IGNORECASE)


def _speech_at(facts: ArticleFacts, token: int, forms: frozenset[str] | None = None) -> bool:
    at = _char(facts, token)
    word = re.match(r"[a-z]+", facts.text[at:at + 20].lower())
    return word is not None and word.group() in (forms or speech_forms())


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    """The written forms of the speech verbs of the word data ("say": says, said)."""
    from detente.events import lexicon

    out: set[str] = set()
    for lemma in lexicon.words_of("say") | lexicon.words_of("quoteverb"):
        stem = lemma.removesuffix("e")
        out |= {lemma, lemma + "s", stem + "ed", lemma + "ing", stem + "ing"}
    return frozenset(out | {"said", "told", "wrote", "spoke", "says"})


FUNCTION_WORDS = {"of", "in", "the", "and", "for", "on", "to", "de", "a"}


def _a_name(text: str) -> bool:
    """A quotation that is only a name or a title: short, every word capitalised."""
    words = re.findall(r"[\w']+", text)
    return 0 < len(words) <= 8 and all(w[0].isupper() or w.lower() in FUNCTION_WORDS
                                       for w in words)


def _with_statements(facts: ArticleFacts) -> list[Said]:
    """The article's quotations and, in order among them, its reported statements: a
    sentence with no quotation whose speech verb has a named side as its subject ("Hanoi
    said China's decision was illegal") is that side's statement, read like a quotation."""
    quoted = {si for q in facts.quotes for si in range(q.first_sent, q.last_sent + 1)}
    said = [Said(facts.bounds[si][0], facts.bounds[si][1], si, si,
                 facts.text[facts.bounds[si][0]:facts.bounds[si][1]], actor, None)
            for si, actor in sorted(facts.speakers.items())
            if si not in quoted and actor.country and not _guessed(actor)]
    return sorted([*facts.quotes, *said], key=lambda q: q.start)


def _speaker(facts: ArticleFacts, q: Said, speaker_of, last: tuple[int, Actor] | None
             ) -> Actor | None:
    """Who spoke a quotation: the one its sentences name; for "it added", "the general
    said" or no attribution at all, who spoke the quotation just before it; else whom
    the stand-in or the title points back to."""
    near = last is not None and q.first_sent - last[0] <= CONTINUES
    if q.speaker is not None and q.speaker.country and (
            not _guessed(q.speaker) or _confirmed(facts, q, q.speaker)):
        return q.speaker
    itself = _self_named(facts, q)
    if itself is not None:
        return itself
    text = q.speaker_text or (q.speaker.text if q.speaker is not None else None)
    if text is not None and stand_for(text) is None:
        found = speaker_of(q)  # a name: the person the article named in full
        if found is not None:
            return found
    if near:
        return last[1]
    found = _stand_in(facts, q, text) if text else None
    if found is None and text and _titled(text):
        found = _titled_speaker(facts, q)
    if found is None and text and stand_for(text) is None:
        found = _introduced(facts, q)
    return found or speaker_of(q)


def _introduced(facts: ArticleFacts, q: Said) -> Actor | None:
    """"Sudan's ambassador welcomed the statement. '...,' said Daffa-Alla Osman.": a
    name the tables do not know speaks for the official the sentence just before
    introduced by office as its subject."""
    for m in facts.mentions:
        if (m.sent == q.first_sent - 1 and m.subject and not m.in_quote and m.via == "role"
                and m.actor.kind == "person" and m.actor.country):
            return as_government(m.actor, m.actor.text)
    return None


def _named(q: Said) -> bool:
    return q.speaker is not None and bool(q.speaker.country) and not _guessed(q.speaker)


def _confirmed(facts: ArticleFacts, q: Said, actor: Actor) -> bool:
    """The quotation's sentence names the guessed speaker's side outright as the subject
    of a speech verb ("President Obama, speaking in Paris, said he ..."), outside any
    quotation."""
    return any(m.sent == q.first_sent and m.subject and not m.in_quote and m.via != "pronoun"
               and m.actor.country == actor.country and m.verb is not None
               and _speech_at(facts, m.verb) for m in facts.mentions)


def _guessed(actor: Actor) -> bool:
    """A speaker the resolver found for "it said" by its own guess: the reading stage
    asks the article instead (who spoke before, whom the stand-in points back to)."""
    return (actor.why or "").startswith(("pronoun", "plural"))


def _titled(text: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", text.lower())) & titles())


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    words = {w for w in _lines("titles.tsv")}
    return frozenset(words | {ln.split("\t")[0] for ln in _lines("roles.tsv")})


def _lines(name: str) -> list[str]:
    return [ln.strip() for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


def _titled_speaker(facts: ArticleFacts, q: Said) -> Actor | None:
    """"Lt. Gen. Lee of the Joint Chiefs of Staff said": an official of the side the
    sentence before names first as a subject, its main clause's doer (not the side the
    quotation's own sentence speaks of, which is often the one accused)."""
    for si in range(q.first_sent - 1, max(-1, q.first_sent - LOOKBACK - 1), -1):
        ms = [m for m in facts.mentions if m.sent == si and not m.in_quote
              and fits(m, "state")]
        if ms:
            subjects = [m for m in ms if m.subject]
            m = (subjects or ms)[0]
            return as_government(m.actor, q.speaker_text or m.actor.text)
    return None


SELF_NAMED = re.compile(r"^\W*we\s*,\s*(?:as\s+|the\s+)", re.IGNORECASE)
# "'The EU considers this declaration unwarranted,' the statement added": a statement
# that names its own side as the subject of a verb of stance
SELF_VERB = re.compile(
    rf"^\s*(?:(?:{alternation('self_subject')})\s+)?(?:\w+ly\s+)?"
    rf"(?:{alternation('self_verb')})\b", re.IGNORECASE)


def _self_named(facts: ArticleFacts, q: Said) -> Actor | None:
    """"We, as an ASEAN family, ...", "The EU considers ...": the quotation names its
    speaker itself (read only where the sentence names no speaker outright)."""
    opening = SELF_NAMED.match(q.text)
    for m in facts.mentions:
        at = _char(facts, m.start)
        if not (q.start <= at < q.start + 40 and m.actor.country):
            continue
        if opening or (at < q.start + 6 and SELF_VERB.match(facts.text[_char(facts, m.end):])):
            return as_government(m.actor, m.actor.text)
    return None


def _char(facts: ArticleFacts, token: int) -> int:
    chars = facts.token_chars
    return chars[token] if token < len(chars) else len(facts.text)


def _stand_in(facts: ArticleFacts, q: Said, text: str) -> Actor | None:
    """The actor a stand-in speaker ("he", "it", "the ministry") points back to: one
    named outside any quotation before the quotation ends, a subject first; whom a
    quotation speaks of is not who speaks it."""
    stand = stand_for(text)
    if stand is None or stand.many or stand.kind in {"speaker", "peer"}:
        return None
    # "said the statement": a body's word when a body is named near (as fill._speaker)
    kinds = ["igo", "any"] if stand.kind == "any" else [stand.kind]
    for kind in kinds:
        found = _stand_in_of(facts, q, text, kind)
        if found is not None:
            return found
    return None


def _stand_in_of(facts: ArticleFacts, q: Said, text: str, kind: str) -> Actor | None:
    for si in range(q.first_sent, max(-1, q.first_sent - LOOKBACK - 1), -1):
        ms = [m for m in facts.mentions if m.sent == si and not m.in_quote
              and fits(m, kind) and facts.token_chars[m.start] < q.end]
        if ms:
            # in the quotation's own sentence, the first subject ("X hopes Y can ...,
            # it said" is X's); before it, the last one named
            subjects = [m for m in ms if m.subject]
            m = (subjects or ms)[0 if si == q.first_sent else -1]
            return as_government(m.actor, text)
    return None


def _turned_back(facts: ArticleFacts, ev: Event, speaker_of) -> bool:
    """A coder's accusation inside a quotation aimed at the quotation's own speaker by
    someone the quotation does not name as its speaker: the wronged one's words."""
    if ev.plover != "ACCUSE" or ev.target is None or not ev.rule.startswith("frame:"):
        return False
    at = ev.extra.get("trigger_char")
    q = (facts.quote_at(ev.sentence_index, at) if at is not None else None) or (
        facts.quote_at(ev.sentence_index))  # a judgement's trigger may be its speech verb
    if q is None:
        return False
    speaker = q.speaker if q.speaker is not None and q.speaker.country else speaker_of(q)
    return (speaker is not None and speaker.country == ev.target.country
            and ev.source.country != speaker.country)


def _as_rejection(ev: Event) -> Event:
    """A coder's accusation that judges the other side's claim or deal: a rejection."""
    if (ev.plover == "ACCUSE" and ev.rule.startswith(("frame:", "quote:"))
            and claim_judged(ev.evidence)):
        ev.plover, ev.cameo = "REJECT", "120"
        ev.quad = ontology.quad_of("REJECT")
        ev.goldstein = ontology.goldstein("120")
        ev.intensity = ontology.plover_intensity("REJECT")
        ev.rule += ">REJECT:claim"
    return ev


def _addressees(facts: ArticleFacts, chains: Chains, q: Said, speaker: Actor, si: int,
                named: bool, events: list[Event], plover: str) -> list[tuple[Actor, str]]:
    """Whom the act is aimed at (see `_addressee`); a rejection of what several named
    sides did ("the deal signed by Greece and Egypt is void") rejects each of them; an
    act the quotation aims at no one named goes on at whom the speaker's own act just
    before was aimed ("... Ankara will not allow any activity in those areas")."""
    target, basis = _addressee(facts, chains, q, speaker, si, named,
                               aimed=plover in {"ACCUSE", "THREATEN"})
    if target is None:
        return []
    if basis == "quote":  # "what was signed between Turkey and Tripoli": both
        return [(target, basis)] + [(t, basis) for t in _joined(facts, q, target, speaker, si)]
    if basis == "text" and plover == "REJECT":
        return [(t, "text") for t in _beside(facts, q, speaker, si)]
    if basis == "context" and plover in AIMED:
        before = _still_aimed(events, speaker, si)
        if before:
            return [(t, "coreference") for t in before]
    return [(target, basis)]


AIMED = frozenset({"THREATEN", "REJECT", "ACCUSE"})


def _joined(facts: ArticleFacts, q: Said, first: Actor, speaker: Actor, si: int
            ) -> list[Actor]:
    """The sides the quotation names joined to the first one by "and" or a comma
    ("between Turkey and Tripoli", "Russia, Iran and Syria")."""
    inside = sorted((m for m in facts.mentions if m.sent == si and m.actor.country
                     and q.start <= _char(facts, m.start) < q.end), key=lambda m: m.start)
    at = next((i for i, m in enumerate(inside) if m.actor.country == first.country), None)
    if at is None:
        return []
    out: dict[str, Actor] = {}
    for prev, m in zip(inside[at:], inside[at + 1:], strict=False):
        gap = facts.text[_char(facts, prev.end):_char(facts, m.start)].strip().lower()
        if gap not in {"and", ",", ", and", "or"}:
            break
        if m.actor.country not in {first.country, speaker.country}:
            out.setdefault(m.actor.country, as_government(m.actor, m.actor.text))
    return list(out.values())


def _beside(facts: ArticleFacts, q: Said, speaker: Actor, si: int) -> list[Actor]:
    out: dict[str, Actor] = {}
    for m in facts.mentions:
        if (m.sent == si and m.actor.country and m.actor.country != speaker.country
                and m.via != "pronoun" and not q.start <= _char(facts, m.start) < q.end):
            out.setdefault(m.actor.country, as_government(m.actor, m.actor.text))
    return list(out.values())


# "aggression against X", "parties hostile to X", "told X that ...": X is the one wronged
# or the one told, not the one an accusation or a threat is aimed at
WRONGED_OR_TOLD = re.compile(
    rf"(?:{alternation('wronged_or_told', bound=True)})\s+"
    rf"(?:{alternation('wronged_determiner', spaced=True)})?(?:[A-Z][\w.'-]*\s+){{0,3}}$")


def _wronged(facts: ArticleFacts, si: int) -> set[str]:
    """The sides a sentence names as wronged or told, anywhere in it."""
    out = set()
    for m in facts.mentions:
        if m.sent == si and m.actor.country and m.start < len(facts.token_chars):
            at = facts.token_chars[m.start]
            if WRONGED_OR_TOLD.search(facts.text[max(0, at - 40):at]):
                out.add(m.actor.country)
    return out


def _addressee(facts: ArticleFacts, chains: Chains, q: Said, speaker: Actor, si: int,
               named: bool = False, aimed: bool = False) -> tuple[Actor | None, str | None]:
    """Whom the quotation names other than its speaker's side, else whom its sentence
    names, else (unless the cue needs a name) the speaker's counterparty. For an aimed
    act (an accusation, a threat) a side named as the one wronged ("aggression against
    X") or the one told is not whom it is aimed at."""
    inside, beside = [], []
    wronged = _wronged(facts, si) if aimed else set()
    for m in facts.mentions:
        if m.sent != si or not m.actor.country or m.actor.country == speaker.country:
            continue
        if m.actor.country in wronged:
            continue
        at = facts.token_chars[m.start] if m.start < len(facts.token_chars) else -1
        if q.start <= at < q.end:
            inside.append(m)
        elif m.via != "pronoun":  # "the two countries": whom the resolver guessed
            beside.append(m)
    if inside:
        return as_government(inside[0].actor, inside[0].actor.text), "quote"
    if beside:
        return as_government(beside[0].actor, beside[0].actor.text), "text"
    if named:
        return None, None
    other = chains.counterpart(speaker.country, si)
    if other is None:
        return None, None
    actor = chains.actor_of(other[0], si)
    return (as_government(actor, actor.text) if actor else None), other[1]


def _still_aimed(events: list[Event], speaker: Actor, si: int) -> list[Actor]:
    """The others the speaker's own act in the sentence just before was aimed at."""
    aimed = [e.target for e in events if e.sentence_index == si - 1 and e.target is not None
             and e.status == "asserted" and e.source.country == speaker.country
             and e.plover in AIMED | {"SANCTION"}
             and e.target.country and e.target.country != speaker.country]
    out: dict[str, Actor] = {}
    for t in aimed:
        out.setdefault(t.country, t)
    return list(out.values())


def _co_subjects(facts: ArticleFacts, q: Said, first: Actor, speaker: Actor) -> list[Actor]:
    """The other subjects of the verb the quotation's first named side is subject of."""
    inside = [m for m in facts.mentions if m.in_quote and q.start <= _char(facts, m.start) < q.end
              and m.subject and m.verb is not None and m.actor.country]
    lead = next((m for m in inside if m.actor.country == first.country), None)
    if lead is None:
        return []
    seen = {first.country, speaker.country}
    out = []
    for m in inside:
        if m.verb == lead.verb and m.actor.country not in seen:
            seen.add(m.actor.country)
            out.append(as_government(m.actor, m.actor.text))
    return out


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
