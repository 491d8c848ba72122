"""Find event triggers in a sentence and read their actors from the parse.

A `Hit` is one trigger with its source and target actors; `coder.py` turns hits
into `Event`s. Verbs are read first (subject, object or frame preposition), then
nouns ("talks between A and B", "Zarif's trip to Istanbul", "issued a joint
statement"); the judgement frames ("called Putin a killer") are in `judgements.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from detente.models import Actor, Mention
from detente.nlp.pipeline import kids, per_doc

from . import lexicon
from .frames import (
    TEMPORAL,
    ActorIndex,
    actor_key,
    conjuncts,
    forms,
    is_passive,
    objects,
    preps,
    subject,
    tokens,
    unknown_doer,
    unresolved,
)
from .lexicon import Entry
from .places import place_mentions
from .senses import ARMED_SECTORS, armed_sense, border_partners
from .syntax import (
    CIRCUMSTANCE,
    circumstance_verb,
    clause_actors,
    loose_objects,
    near,
    own_doer,
    phrase,
    reciprocal,
    stranded,
)

PASSIVE_DOER = {"involve", "engage", "embroil", "entangle"}  # "X was involved in talks"
FORCE = {"ASSAULT", "COERCE", "MOBILIZE"}
# a promise, threat or refusal names its target inside the act it is about
INNER_TARGETS = {"AGREE", "THREATEN", "REJECT"}
INNER_PREPS = ("to", "with", "between", "against", "on")
# acts done at a place, whose people bear them when no one else is named
MOVES_OWN = {"MOBILIZE", "RETREAT"}  # told in the passive of one's own forces
PROTEST_PLACES = ("in", "at", "outside", "near", "across", "throughout", "on")
PLACE_DEPS = frozenset({"pobj", "compound", "appos"})
WHERE_DEPS = frozenset({"pobj", "compound", "amod"})
NAME_MODS = {"nmod", "compound", "amod", "appos", "poss"}
PLACE_TARGETS = {"PROTEST", "COERCE", "CONCEDE", "SANCTION", "MOBILIZE", "AID", "RETREAT"}
WEAPONS = lexicon.load_weapons()
REFERENCE_PREPS = {"under", "per"}
BORDERS = {"border", "frontier", "boundary", "line"}
REACTIONS = {"SUPPORT", "REJECT", "ACCUSE", "REQUEST"}  # about someone's act or words
AGENT_TARGETS = {"REQUEST", "ACCUSE", "THREATEN", "CONSULT", "SUPPORT"}
NON_AGENTS = {"it", "this", "that", "which", "what", "there", "report", "statement", "move",
              "step", "decision", "plan", "law", "bill", "situation", "one"}
REPORTED_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
DOCUMENTS = {"report", "statement", "communique", "study", "document", "dossier", "declaration",
             "letter", "memo", "memorandum", "note", "paper", "resolution", "findings"}
SEATS = {"capital", "government", "ministry", "parliament", "cabinet", "presidency"}
TRIGGER_ADJ_DEPS = {"amod", "acomp"}
GOVERNING = {"light", "intent", "agree", "request", "refuse", "threat"}
RESPONSIBLE = {"responsible", "guilty", "involved"}
# "drew / sparked / prompted a rebuke from X": X reacts to the subject's act
PROVOKE = {"draw", "prompt", "provoke", "spark", "trigger", "earn", "attract", "elicit",
           "invite"}
MOTION = {"go", "come", "travel", "fly", "head", "arrive", "return", "be", "take",
          "converge", "gather", "remain", "stay", "put", "place"}


@dataclass
class Hit:
    """A trigger with the actors it links."""

    trigger: Token
    entry: Entry
    sources: list[Mention]
    targets: list[Mention]
    role: str  # where the target came from: dobj, with, between, group ...
    symmetric: bool = False
    plover: str = ""
    cameo: str = ""
    mode: str | None = None
    converted: str | None = None  # governor class that changed the type
    consumed: set[int] = field(default_factory=set)
    confidence: float = 0.7
    governor: Token | None = None
    reciprocal: bool = False  # "accused each other": both directions

    def __post_init__(self) -> None:
        self.plover = self.plover or self.entry.plover
        self.cameo = self.cameo or self.entry.cameo
        self.mode = self.mode or self.entry.mode


class Matcher:
    """Reads hits from sentences with compiled lexicons and word classes."""

    def __init__(self, verbs: dict[str, list[Entry]], nouns: dict[str, list[Entry]],
                 words: dict[str, set[str]]):
        self.verbs = verbs
        self.nouns = nouns
        self.words = words
        self.controllers = frozenset(w for w, c in words.items() if "request" in c) | {
            "get", "force", "persuade", "convince", "help", "allow", "order"}
        self.menace = frozenset(w for w, c in words.items() if "menace" in c)

    def classes(self, tok: Token) -> set[str]:
        out: set[str] = set()
        for f in forms(tok):
            out |= self.words.get(f, set())
        return out

    def subject_actors(self, subj: Token | None, index: ActorIndex) -> list[Mention]:
        """Actors of a subject; an unresolved pronoun in reported speech == the speaker.

        "Switzerland said it had expelled..." -> it = Switzerland.
        """
        if subj is None:
            return []
        found = index.group(subj, source=True)
        if found:
            return found
        if subj.pos_ == "PRON" and subj.lower_ in REPORTED_PRONOUNS:
            tok = subj.head
            for _ in range(6):
                if "say" in self.classes(tok) and tok != subj.head:
                    return self.subject_actors(subject(tok), index)
                if tok.head == tok:
                    break
                tok = tok.head
            return []
        if subj.lemma_.lower() in DOCUMENTS:
            return self._authors(subj, index)
        if subj.dep_ == "dobj" and subj.head.pos_ == "VERB" and subj.head != subj:
            # "issued a declaration demanding that ...": the issuer demands
            return self.subject_actors(subject(subj.head, self.controllers), index)
        if subj.pos_ in {"NOUN", "PROPN", "NUM"} and subj.lower_ not in NON_AGENTS:
            return [unresolved(subj)]  # an unnamed doer, or an event ("a bombing killed")
        return []

    def _authors(self, document: Token, index: ActorIndex) -> list[Mention]:
        """Who speaks through a document: "a report released by Kigali / in the Rwandan
        capital alleged ..." is Rwanda alleging; a report of unknown origin is no one."""
        for acl in (c for c in kids(document) if c.dep_ == "acl" and c.tag_ == "VBN"):
            for c in kids(acl):
                if c.dep_ == "agent":
                    found = [m for g in kids(c) if g.dep_ == "pobj"
                             for m in index.group(g, source=True)]
                    if found:
                        return found
            for c in preps(acl, "in"):
                if c.lemma_.lower() in SEATS:
                    found = [m for m in index.group(c) if m.actor.country]
                    if found:
                        return found
        return []

    def _speaker(self, tok: Token, index: ActorIndex) -> list[Mention]:
        """The actors who report the clause tok is in ("Britain said ...")."""
        for _ in range(6):
            if tok.head == tok or tok.dep_ not in {"ccomp", "conj", "xcomp", "advcl"}:
                return []
            tok = tok.head
            if "say" in self.classes(tok):
                return index.group(s) if (s := subject(tok)) is not None else []
        return []

    def _person(self, tok: Token) -> bool:
        """A noun for people ("ministers", "officials"), not goods ("a cargo of oil")."""
        return "agent" in self.classes(tok) or tok.ent_type_ in {"PERSON", "NORP"}

    def _is_event_noun(self, tok: Token) -> bool:
        return any(f in self.nouns for f in forms(tok)[:2]) or tok.lower_ in NON_AGENTS

    def object_actors(self, tok: Token, index: ActorIndex) -> list[Mention]:
        """Actors of an object; a named but unresolved one stands in as unresolved."""
        found = index.group(tok)
        if found or self._is_event_noun(tok):
            return found
        if (tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                or "agent" in self.classes(tok)):
            return [unresolved(tok)]
        return []

    # -- verbs -------------------------------------------------------------
    def verb_hits(self, sent: Span, index: ActorIndex) -> list[Hit]:
        hits = []
        for tok in tokens(sent):
            if tok.pos_ not in {"VERB", "AUX"} and not (
                    tok.pos_ == "ADJ" and tok.dep_ in TRIGGER_ADJ_DEPS):
                continue
            hit = self._verb(tok, index)
            if hit is not None:
                hits.append(hit)
        return hits

    def _verb(self, tok: Token, index: ActorIndex) -> Hit | None:
        if tok.dep_ == "xcomp" and tok.lemma_.lower() == "blame" and tok.head.lemma_ == "be":
            return None  # "Iran is to blame": Iran is blamed, it blames no one
        found: list[tuple[Entry, list[Token]]] = []
        for f in forms(tok):
            for e in self.verbs.get(f, []):
                if ("adj" in e.flags) != (tok.pos_ == "ADJ"):
                    continue
                extra = self._extra(tok, e.extra)
                if extra is not None:
                    found.append((e, extra))
            if found:
                break
        if not found:
            return None
        subj = subject(tok.head if tok.dep_ == "acomp" else tok, self.controllers)
        if subj is not None and found[0][0].plover == "ASSAULT" and (
                "crowd" in self.classes(subj)):  # "protesters stormed the embassy": a riot
            found = [(replace(e, plover="PROTEST", mode="riot", cameo="145"), extra)
                     for e, extra in found]
        sources = self.subject_actors(subj, index)
        doers: list[Mention] = []
        index_noun = tok
        if not sources and subj is None and found[0][0].plover in MOVES_OWN and is_passive(tok):
            # "Indian troops were deployed to Ladakh": the troops' own side moves them
            sources = [m for c in kids(tok) if c.dep_ == "nsubjpass" for m in index.group(c)
                       if m.actor.country and m.actor.sector in ARMED_SECTORS]
        if (not sources and subj is None and is_passive(tok)
                and found[0][0].plover in FORCE | {"RETREAT", "SANCTION"}):
            # "three soldiers were killed in a Russian missile strike": the strike's doer
            if found[0][0].plover in FORCE:
                doers, index_noun = self._attack_doers(tok, index)
            sources = doers or self._launch_site(tok, index) or [unknown_doer(tok)]
        best: Hit | None = None
        if reciprocal(tok) and len(sources) >= 2:
            e, extra = found[0]
            return Hit(tok, e, sources, [], "each other", symmetric=True, confidence=0.8,
                       reciprocal=True)
        for e, extra in found:
            avoid = {actor_key(m.actor) for m in sources}
            targets, role = self._targets(tok, e, extra, index, avoid)
            if "igo" in e.flags:  # "joined NATO", not "joined France in condemning"
                targets = [m for m in targets if m.actor.kind == "igo"
                           and not _gerund_of_other(tok, index)]
            if doers:
                keys = {actor_key(m.actor) for m in doers}
                targets = [m for m in targets if actor_key(m.actor) not in keys]
                role = role if targets else None
                if not targets:  # "killed in an Israeli air strike in Gaza"
                    targets = place_mentions((index_noun, tok), ("on", "against", "in"), index,
                                             keep=lambda m, k=keys: actor_key(m.actor) not in k)[:1]
                    role = "in" if targets else None
            if targets and e.plover == "MOBILIZE":  # "deployed troops to Ladakh": its own
                own = {m.actor.country for m in sources}
                targets = [m for m in targets if m.actor.sector not in ARMED_SECTORS
                           or (m.actor.country and m.actor.country not in own)]
                role = role if targets else None
            if targets and e.plover in FORCE:
                targets = self._placed(targets, (index_noun, tok), index)
            if e.plover == "PROTEST" and sources:
                # "protesters gathered outside the French embassy in Niamey": Nigeriens;
                # "stormed the Saudi embassy in Tehran": the building is where they are
                sources = self._placed(sources, (tok, *objects(tok), tok.head, tok.head.head),
                                       index, PROTEST_PLACES)
            if not targets and (e.plover in INNER_TARGETS or "agree" in self.classes(tok)):
                targets, role = self._inner_targets(tok, index, avoid,
                                                    objects_too=e.plover != "REJECT")
            if not targets and e.plover in PLACE_TARGETS:
                targets = self._where(tok, index, avoid)
                role = "where" if targets else role
            if targets and "inverse" in e.flags:  # "received weapons from X": X gives
                hit = Hit(tok, e, targets, sources, role or "subj", confidence=0.8,
                          consumed={t.i for t in extra})
                return hit if sources else None
            if not targets and "need" in e.flags:
                continue
            hit = Hit(tok, e, sources, targets, role or "subj",
                      symmetric="sym" in e.flags and not targets,
                      consumed={t.i for t in extra} | {
                          o.i for o in objects(tok) if not index.at(o)})
            hit.confidence = 0.85 if targets else 0.55
            if best is None or (targets and not best.targets):
                best = hit
            if targets:
                break
        return best

    def _placed(self, targets: list[Mention], nodes: tuple[Token, ...], index: ActorIndex,
                words: tuple[str, ...] = ("in",)) -> list[Mention]:
        """People with no country take the country where it happened: "shelled
        civilians in Kharkiv" hits Ukrainian civilians (code UKRCVL)."""
        if any(m.actor.country for m in targets):
            return targets
        found = place_mentions(nodes, words, index, keep=lambda m: m.is_place, inside=PLACE_DEPS)
        if not found:
            return targets
        where = found[0].actor.country
        return [replace(m, actor=replace(m.actor, country=where,
                                         code=where + (m.actor.sector or "")))
                if m.actor.sector else m for m in targets]

    def _launch_site(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """"a rocket was fired from Gaza": the place it came from stands for the doer."""
        return [m for c in preps(verb, "from") for m in index.group(c) if m.actor.country]

    def _attack_doers(self, verb: Token, index: ActorIndex) -> tuple[list[Mention], Token]:
        """The named side of an attack noun the passive happened in ("in an Israeli raid")."""
        for p in ("in", "by", "during"):
            for c in preps(verb, p):
                if c.lemma_.lower() not in WEAPONS and not any(
                        e.plover in FORCE for f in forms(c)[:2] for e in self.nouns.get(f, [])):
                    continue
                found = [m for m in index.group(c, allow_place=False) if m.actor.country]
                if found:
                    return found, c
        return [], verb

    def _inner_targets(self, tok: Token, index: ActorIndex, avoid: set | frozenset = frozenset(),
                       objects_too: bool = True) -> tuple[list[Mention], str | None]:
        """The one the promised, threatened or refused act is aimed at: "agreed to give
        Turkey 3 billion euros", "threatened to cut off electricity to Nakhichevan",
        "is willing to send material to help defend Saudi Arabia"."""
        # "threatened on Tuesday to target Israeli ships": the parser may hang the
        # infinitive as an adverbial clause when words stand between
        layer = [x for x in kids(tok) if x.dep_ == "xcomp"] or [
            x for x in kids(tok) if x.dep_ == "advcl" and x.i > tok.i and x.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(x))]
        for _ in range(2):
            for x in layer:
                # "declined to condemn Russia's attack": what is refused is no target
                cands = [c for c in kids(x) if objects_too and c.dep_ in {
                    "dative", "iobj", "dobj"}]
                cands += [g for p in INNER_PREPS for g in preps(x, p)]
                cands += [g for c in kids(x) if c.dep_ == "dobj" for p in ("against", "on")
                          for g in preps(c, p)]  # "impose restrictions against German goods"
                for c in cands:
                    group = [m for m in index.group(c) if actor_key(m.actor) not in avoid]
                    if group and any(m.actor.country for m in group):
                        return group, "xcomp"
            layer = [g for x in layer for g in kids(x) if g.dep_ in {"xcomp", "advcl"}]
        return [], None

    def _where(self, tok: Token, index: ActorIndex, avoid: set | frozenset = frozenset()
               ) -> list[Mention]:
        """The country where an act with no one named as its target happens: "lifted a
        curfew in Montenegro", "demonstrated in Kirkuk", "suspended aid deliveries in
        Baghdad". Its people bear it; a domestic act stays inside one country."""
        heads = [tok, *objects(tok), *(x for x in kids(tok) if x.dep_ == "xcomp")]
        # "in the town of Cizre in southeastern Turkey": the first place named
        found = place_mentions(heads, ("in", "into"), index, keep=lambda m: m.actor.kind != "igo",
                               inside=WHERE_DEPS)
        if not found:
            return []
        place = found[0]
        actor = Actor(text=place.actor.text, code=place.actor.country,
                      country=place.actor.country, kind="place",
                      why=f"where it happened: {place.actor.text}")
        return [replace(place, actor=actor, via="where")]

    def _extra(self, tok: Token, words: tuple[str, ...]) -> list[Token] | None:
        """Tokens near tok for each extra word of a pattern, or None if one == missing."""
        if not words:
            return []
        # many entries of one verb look at the same dependents
        close = per_doc(tok.doc, "detente.near", tok.i, _near_words, tok)
        out = []
        for w in words:
            hit = close.get(w)
            if hit is None:
                return None
            out.append(hit)
        return out

    def _targets(self, tok: Token, e: Entry, extra: list[Token], index: ActorIndex,
                 avoid: set | frozenset = frozenset()) -> tuple[list[Mention], str | None]:
        # "warned its citizens against travelling to Israel": the gerund's own "to"
        heads = [tok] + [t for t in extra if t.pos_ in {"NOUN", "PROPN", "ADV", "ADP", "ADJ"}
                         or (t.pos_ == "VERB" and t.dep_ in {"pcomp", "xcomp"})]
        visit = e.mode == "visit" or "visit" in e.flags
        weak: tuple[list[Mention], str] | None = None
        for frame in e.frames or ("dobj",):
            cands: list[Token] = []
            if frame == "dobj":
                cands = [o for o in objects(tok) if o not in extra]
                if is_passive(tok):
                    cands += [c for c in kids(tok) if c.dep_ == "nsubjpass"]
                elif not objects(tok):
                    cands += loose_objects(tok)
                # "endorsed an agreement with the EU": the partner of the object
                if e.plover in {"SUPPORT", "AGREE", "REJECT", "ACCUSE"}:
                    cands += [g for o in objects(tok) if not index.at(o)
                              for p in ("with", "between") for g in preps(o, p)]
            elif frame == "ccomp":
                cands = [g for c in kids(tok) if c.dep_ == "ccomp" for g in kids(c)
                         if g.dep_ in {"nsubj", "nsubjpass"}]
            elif frame == "clause":  # "warned that X would be met with fire if ..."
                cands = clause_actors(tok, index, self.menace, "strict" in e.flags)
            elif frame == "extra":  # "hosts 3.5 million Syrian refugees"
                cands = [t for t in extra if t.pos_ in {"NOUN", "PROPN"}]
            else:
                for h in heads:
                    cands += preps(h, frame)
                    for o in objects(h):  # "massed troops near Ukraine's borders"
                        cands += preps(o, frame)
                # "to its border with Ukraine": the neighbour across the line
                cands += [g for c in cands if c.lemma_.lower() in BORDERS
                          for g in preps(c, "with")]
                if stranded(tok, frame):  # "called on" + object parsed as dobj
                    cands += [o for o in objects(tok) if o not in extra]
            for c in cands:
                group = index.at(c) if "head" in e.flags else index.group(
                    c, allow_place=True, source=e.plover in FORCE)  # "sites in Pakistan"
                if not visit and frame in {"to", "in"}:
                    group = [m for m in group if not m.is_place or m.via != "name"]
                if frame == "clause":  # "said Moscow would retaliate if Finland ...": not Moscow
                    group = [m for m in group if actor_key(m.actor) not in avoid]
                if e.plover in FORCE and frame == "dobj":  # "struck sites in ... Kashmir"
                    group = [m for m in group if not m.is_place or c.i in range(m.start, m.end)
                             or m.actor.country not in {k[1] for k in avoid}]
                if group and any(m.actor.country for m in group):
                    return group, frame
                if group and weak is None:  # "offered military aid to Lebanon": a
                    weak = (group, frame)   # sector without a country waits for better
        if weak is not None:
            return weak
        if e.plover in FORCE:  # "struck nine sites in Pakistan": the place attacked
            for frame in ("in", "inside", "across"):
                for c in preps(tok, frame) + [c for o in objects(tok) for c in preps(o, frame)]:
                    # "sites in Pakistan and Pakistani-administered Kashmir": not the doer's own
                    named = sorted((t for x in conjuncts(c) for t in [x, *kids(x)]
                                    if t == x or t.dep_ in NAME_MODS), key=lambda t: t.i)
                    found = [m for t in named for m in index.at(t) if m.actor.country
                             and m.actor.country not in {k[1] for k in avoid}]
                    if found:
                        return found[:1], frame
        if (e.plover in REACTIONS and "need" not in e.flags
                and "dobj" in (e.frames or ("dobj",))):
            # "demanded a halt to Israeli operations", "rejected the ruling for Manila"
            for o in objects(tok):
                if o in extra:
                    continue
                for t in phrase(o, 3):
                    found = [m for m in index.at(t) if m.actor.country
                             and actor_key(m.actor) not in avoid]
                    if found and not all(m.is_place for m in found):
                        return found, "dobj"
        if e.plover in FORCE | {"SANCTION", "PROTEST"}:
            # "Britain said Russian hackers had attacked its election systems": its = Britain
            for o in objects(tok) + [c for f in e.frames for c in preps(tok, f)]:
                mine = o.lower_ in {"it", "us"} and o.dep_ == "pobj" and not index.at(o)
                if mine or any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"}
                               and not index.at(c) for c in kids(o)):
                    found = [m for m in self._speaker(tok, index)
                             if actor_key(m.actor) not in avoid]
                    if found:
                        return found, "speaker"
        if "need" in e.flags or e.plover in AGENT_TARGETS:
            for frame in e.frames or ("dobj",):
                cands = objects(tok) if frame == "dobj" or stranded(tok, frame) else [
                    c for h in heads for c in preps(h, frame)] if frame != "ccomp" else []
                for c in cands:
                    if c in extra:
                        continue
                    found = index.at(c) if "head" in e.flags and not self._person(c) else (
                        self.object_actors(c, index))
                    if found:
                        return found, frame
        return [], None

    # -- nouns -------------------------------------------------------------
    def noun_hits(self, sent: Span, index: ActorIndex, consumed: set[int]) -> list[Hit]:
        hits = []
        for tok in tokens(sent):
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.i in consumed and not own_doer(tok, index):
                continue  # "did not condemn Russia's invasion": the invasion still counts
            hit = self._noun(tok, index)
            if hit is not None:
                hits.append(hit)
        # "a military aid package": "aid" is a word of the package's pattern, not a hit
        by_tok = {h.trigger.i: h for h in hits}
        return [h for h in hits if h.trigger.dep_ != "compound"
                or (head := by_tok.get(h.trigger.head.i)) is None
                or not set(forms(h.trigger)[:2]) & set(head.entry.extra)]

    def _noun(self, tok: Token, index: ActorIndex) -> Hit | None:
        if tok.dep_ == "pobj" and tok.head.lower_ in REFERENCE_PREPS:
            return None  # "patrolled under the Sochi agreement": a reference, not news
        if any(m.end - m.start > 1 and m.actor.code and (m.via == "org" or tok.i < m.end - 1)
               for m in index.at(tok)):
            return None  # a word of a name or title: "the Collective Security Treaty
            # Organization", "a Warsaw Pact foreign minister", "the UN aid chief"
        entries = [e for f in forms(tok)[:2] for e in self.nouns.get(f, [])]
        if not entries:
            return None
        if any(e.extra for e in entries):
            mods = {m for c in kids(tok) for m in forms(c)} | {
                m for c in kids(tok) for g in kids(c) for m in forms(g)}
            entries = [e for e in entries if all(w in mods for w in e.extra)]
        for entry in entries:
            if "armed" in entry.flags and not (armed_sense(tok, index, self.classes)
                                               or self._armed_doer(tok, index)):
                continue  # "a general strike", "a strike by teachers": a walkout
            hit = self._noun_entry(tok, entry, index)
            if hit is not None and (hit.targets or hit.symmetric or "need" not in entry.flags):
                return hit
        return None

    def _noun_entry(self, tok: Token, entry: Entry, index: ActorIndex) -> Hit | None:
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PROVOKE and (
                drawn := self._drawn(tok, entry, index)) is not None:
            return drawn
        between: list[Mention] = []
        for p in ("between", "among"):
            for c in preps(tok, p):
                between = index.group(c, possessor=True)
                if len(between) >= 2 and "mediate" not in entry.flags:
                    return Hit(tok, entry, between, [], "between", symmetric=True,
                               confidence=0.7)
        sources, gov = self._noun_sources(tok, index, entry.plover)
        targets, role = between, "between" if between else None
        for frame in entry.frames if not targets else ():
            targets = self._noun_targets(tok, gov, frame, index)
            if targets:
                role = frame
                break
        if not sources:
            return None
        if not targets and entry.plover == "CONSULT":  # "told Biden in a phone call"
            targets = self._addressee(tok, index, sources)
            role = "dobj" if targets else role
        if not targets and entry.plover in FORCE and not (
                tok.dep_ == "pobj" and tok.head.head.pos_ in {"NOUN", "PROPN"}):
            # "strikes on targets in Yemen"; not "a halt to operations in Gaza"
            targets = self._struck_place(tok, index, sources)
            role = "in" if targets else role
        if (not targets and gov is not None and entry.plover in PLACE_TARGETS
                and "need" not in entry.flags):  # "staged a rally in Lagos"
            targets = self._where(gov, index)
            role = "where" if targets else role
        sym = "sym" in entry.flags and not targets and len(sources) >= 2
        hit = Hit(tok, entry, sources, targets, role or "subj", symmetric=sym, governor=gov)
        hit.confidence = 0.7 if targets or sym else 0.6 if gov is not None else 0.45
        return hit

    def _addressee(self, tok: Token, index: ActorIndex, sources: list[Mention]
                   ) -> list[Mention]:
        """The one spoken to in a call or meeting told as the circumstance of a verb of
        saying: "Xi told Biden in a phone call", "assured Scholz during talks"."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in {"in", "during", "at", "over"}:
            return []
        verb = prep.head
        if verb.pos_ != "VERB":
            return []
        keys = {actor_key(m.actor) for m in sources}
        return [m for o in objects(verb) for m in index.group(o)
                if m.actor.country and actor_key(m.actor) not in keys]

    def _drawn(self, tok: Token, entry: Entry, index: ActorIndex) -> Hit | None:
        """A reaction drawn from someone: "..., drawing a sharp rebuke from Beijing" is
        Beijing rebuking the clause's subject; a state's "protest" is a complaint."""
        verb = tok.head
        sources = [m for c in preps(tok, "from") + preps(verb, "from")
                   for m in index.group(c) if m.actor.country]
        if not sources:
            return None
        targets = [m for m in self.subject_actors(subject(verb, self.controllers), index)
                   if actor_key(m.actor) not in {actor_key(s.actor) for s in sources}]
        if entry.plover == "PROTEST" and all(m.actor.kind in {"state", "igo", "person"}
                                             for m in sources):
            entry = replace(entry, plover="ACCUSE", mode="allege", cameo="114")
        hit = Hit(tok, entry, sources, targets, "drawn", governor=verb)  # its modal counts
        hit.confidence = 0.7 if targets else 0.5
        return hit

    def _armed_doer(self, tok: Token, index: ActorIndex) -> bool:
        """The light verb's subject is itself a state or armed force ("Israel carried
        out strikes"), not people in a place ("nurses in Britain began a strike")."""
        gov = self._governor(tok)
        subj = subject(gov, self.controllers) if gov is not None else None
        if subj is None:
            return False
        return any(m.actor.country and m.actor.kind in {"state", "group", "igo"}
                   and (not m.actor.sector or m.actor.sector in {"MIL", "REB", "GOV"})
                   for m in index.at(subj))

    def _struck_place(self, tok: Token, index: ActorIndex, sources: list[Mention]
                      ) -> list[Mention]:
        """The country an attack noun hit when its target is unnamed ("strikes on
        targets in Yemen", "raids inside Syria"); never the attackers' own."""
        mine = {m.actor.country for m in sources}
        gov = self._governor(tok)
        nodes = [tok] + [c for p in ("on", "against") for c in preps(tok, p)] + (
            [gov] if gov is not None else [])
        return place_mentions(nodes, ("in", "inside", "across"), index,
                              keep=lambda m: m.actor.country not in mine)[:1]

    def _noun_targets(self, tok: Token, gov: Token | None, frame: str, index: ActorIndex
                      ) -> list[Mention]:
        heads = [tok] + ([gov] if gov is not None else [])
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in {
                "NOUN", "NUM"}:  # "70 million dollars of aid for Romania": the amount's
            heads.insert(1, tok.head.head)
        if frame == "ccomp":
            cands = [g for h in heads for c in kids(h) if c.dep_ in {"ccomp", "acl"}
                     for g in kids(c) if g.dep_ in {"nsubj", "nsubjpass"}]
        else:
            cands = [c for h in heads for c in preps(h, frame)]
        # "war games near its border with Azerbaijan": the neighbour, not a partner
        if frame == "with":
            across = border_partners(heads)
            cands = [c for c in cands if c not in across]
        else:  # "near its border with X" for a frame "near"
            cands += border_partners(heads, frame)
        if gov is not None and frame in {"to", "for"}:
            cands += [c for c in kids(gov) if c.dep_ in {"dative", "iobj"}]
        for c in cands:
            group = index.owned(c, index.group(c))
            if group:
                return group
        return []

    def _noun_sources(self, tok: Token, index: ActorIndex, plover: str = ""
                      ) -> tuple[list[Mention], Token | None]:
        """Who does what the noun names: a possessor, an agent, the light verb's subject.

        A meeting told as the circumstance of the main clause ("after talks with X",
        "during a visit to Y", "at his summit with Z") is held by the clause's subject.
        """
        for c in kids(tok):
            if c.dep_ == "poss":
                found = index.group(c)
                if found:
                    return found, None
        for c in preps(tok, "by"):
            found = index.group(c, source=True)
            if found:
                return found, None
        mods = [m for c in kids(tok) if c.dep_ in {"amod", "compound", "nmod"}
                for m in index.group(c) if not m.is_place]
        gov = self._governor(tok)
        if gov is not None:
            subj = subject(gov, self.controllers)
            if subj is None and gov.lemma_.lower() in PASSIVE_DOER:
                subj = next((c for c in kids(gov) if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                found = self.subject_actors(subj, index)
                if (plover in FORCE | {"AID"} and any(m.actor.country for m in mods) and not {
                        m.actor.country for m in mods} & {m.actor.country for m in found}):
                    return mods, None  # "Ukraine held off a Russian attack": Russia attacks
                if found and not (mods and all(m.via == "unresolved" for m in found)):
                    return found, gov
        if not mods and gov is None and plover in {"CONSULT", "PROTEST"}:
            # "blocked the crossings in protest against ...": the blockers protest
            # a protest is the clause subject's own only "in protest"; "after protests
            # in Tbilisi" are someone else's, told as the occasion of the main clause
            above = (circumstance_verb(tok, {"in"}, only={"in"}) if plover == "PROTEST"
                     else circumstance_verb(tok, {"in"}))  # "told Biden in a phone call"
            if above is not None:
                found = self.subject_actors(subject(above, self.controllers), index)
                if found and not all(m.via == "unresolved" for m in found):
                    return found, None
        return mods, gov

    def _governor(self, tok: Token) -> Token | None:
        """The verb whose subject does what the noun names ("held talks", "went on a trip")."""
        head = tok.head
        if tok.dep_ in {"dobj", "obj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            return head if self.classes(head) & GOVERNING else None
        if (tok.dep_ == "pobj" and head.dep_ == "prep"
                and head.lower_ not in TEMPORAL | CIRCUMSTANCE):
            above = head.head
            if above.pos_ in {"VERB", "AUX"} and (
                    above.lemma_.lower() in MOTION or self.classes(above) & GOVERNING):
                return above
            if above.pos_ == "ADJ" and above.lower_ in RESPONSIBLE and above.head.pos_ == "AUX":
                return above.head  # "X == responsible for mass killings"
            if (head.lower_ in {"of", "in"} and above.pos_ in {"NOUN", "NUM", "SYM"}
                    and above.dep_ in {"dobj", "nsubjpass"}
                    and self.classes(above.head) & GOVERNING):
                return above.head  # "gave X 5 million dollars of aid", "days of drills were held"
        if tok.dep_ == "conj":
            return self._governor(head) if head.pos_ in {"NOUN", "PROPN"} else None
        return None


def _near_words(tok: Token) -> dict[str, Token]:
    """Each word (any of its forms) near a verb, with the first token that has it."""
    out: dict[str, Token] = {}
    for t in _pattern_words(tok):
        for w in (t.lower_, *forms(t)):
            out.setdefault(w, t)
    return out


def _pattern_words(tok: Token) -> list[Token]:
    """The words near a verb where the extra words of its patterns may stand."""
    return list(near(tok, 3)) + [
        # "warned Americans not to travel": an infinitive word of the pattern too
        c for c in kids(tok) if c.dep_ == "xcomp" and c.pos_ == "VERB"] + [
        t for o in objects(tok) for c in kids(o) if c.dep_ == "conj"
        for t in near(c, 2)]  # "sent hundreds of vehicles and thousands of troops"


def _gerund_of_other(tok: Token, index: ActorIndex) -> bool:
    """"before joining NATO", "objection to Sweden joining NATO": a gerund that names
    a possibility or is done by the actor just before it, not by the clause's subject."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ in {"pcomp", "pobj"}:
        return True
    return tok.dep_ == "advcl" and tok.i > 0 and bool(index.at(tok.doc[tok.i - 1]))
