"""Verb rules: a trigger verb with its subject, object, frame preposition or inner act.

"Russia attacked Ukraine", "Iran threatened to cut off electricity to Nakhichevan",
"three soldiers were killed in a Russian missile strike": the doer, the target and,
where no one is named, the place where it happened.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.models import Mention
from detente.nlp.pipeline import (
    doc_lowers,
    doc_memo,
    kids,
    per_doc,
    sent_of,
    sent_pos,
    sent_tokens,
)

from . import lexicon
from .frames import (
    ActorIndex,
    actor_key,
    conjuncts,
    forms,
    is_passive,
    objects,
    predicated,
    preps,
    reduced_passive,
    subject,
    tokens,
    unknown_doer,
)
from .hits import (
    FORCE,
    PLACE_TARGETS,
    Hit,
    Reader,
)
from .lexicon import Entry
from .places import place_mentions, where_happened
from .senses import ARMED_SECTORS, TIME_NOUNS
from .syntax import (
    clause_actors,
    loose_objects,
    menacing,
    near,
    others_act,
    phrase,
    reciprocal,
    stranded,
)

# a promise, threat or refusal names its target inside the act it is about
INNER_TARGETS = {"AGREE", "THREATEN", "REJECT"}
BLOWS = ("against", "on")
INNER_PREPS = ("to", "with", "between", "against", "on")
MOVES_OWN = {"MOBILIZE", "RETREAT"}  # told in the passive of one's own forces
PROTEST_PLACES = ("in", "at", "outside", "near", "across", "throughout", "on")
OCCASIONS = {"during", "at", "in"}  # the gathering a crowd's act happened at
PLACE_DEPS = frozenset({"pobj", "compound", "appos"})
NAME_MODS = {"nmod", "compound", "amod", "appos", "poss"}
WEAPONS = lexicon.load_weapons()
BORDERS = {"border", "frontier", "boundary", "line"}
STOPS = {"end", "halt", "cessation", "stop"}  # what a request to stop a fight asks for
REACTIONS = {"SUPPORT", "REJECT", "ACCUSE", "REQUEST"}  # about someone's act or words
SHARED_TARGETS = {"REJECT", "ACCUSE", "REQUEST", "THREATEN"}  # a reaction's follow-up
AGENT_TARGETS = {"REQUEST", "ACCUSE", "THREATEN", "CONSULT", "SUPPORT"}
TRIGGER_ADJ_DEPS = {"amod", "acomp"}
DOMESTIC = lexicon.words_of("domestic")  # "condemned the coup in Myanmar": Myanmar's doing
HOLDING = lexicon.words_of("holding")
HELD = {"arrest", "deport"}  # modes whose unnamed doer is the police where it happened
COUPS = lexicon.words_of("coup")
ANSWERS = lexicon.words_of("answer")
TRADE = lexicon.words_of("trade")
OFFICIAL_PROTEST = ("to", "with", "against", "over", "at", "dobj")
MEDIA = lexicon.words_of("medium")
MUTUAL_WORDS = lexicon.words_of("mutual")


def _media(verb: Token) -> list[Token]:
    """The means of a talk ("by telephone", "via video link"), where the parser may hang
    the partner's "with" phrase."""
    return [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ in {"by", "via", "over"}
            for g in kids(c) if g.dep_ == "pobj" and g.lemma_.lower() in MEDIA]


def _concern(verb: Token, menace: frozenset[str] = frozenset()) -> bool:
    """"warned that the attacks posed a real threat", "warned of famine", "warned that
    Russia would attack Moldova": a warning that says what is or what others will do,
    not what the speaker will do."""
    if verb.lemma_.lower() != "warn":
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"of", "about"} and not any(
            t.lemma_.lower() in menace or t.lower_ in menace for t in c.subtree)
            for c in kids(verb)):
        return True  # "warned of famine", not "warned of a military response"
    clauses = [c for c in kids(verb) if c.dep_ == "ccomp"]
    if clauses and all(others_act(c, menace) for c in clauses):
        return True
    if any(menacing(c, menace, strict=True) for c in clauses):
        return False  # 'warned that "severe revenge" awaited those responsible'
    return bool(clauses) and not any(
        a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll", "wo", "could", "may", "might",
                                          "shall", "must"}
        for c in clauses for a in kids(c))


def _in_support_of(verb: Token) -> Token | None:
    """X in "in support of X" / "in solidarity with X" under a verb, if any."""
    for c in kids(verb):
        if c.dep_ == "prep" and c.lower_ == "in":
            for n in kids(c):
                if n.dep_ == "pobj" and n.lower_ in {"support", "solidarity"}:
                    for p in kids(n):
                        if p.dep_ == "prep" and p.lower_ in {"of", "with"}:
                            return next((g for g in kids(p) if g.dep_ == "pobj"), None)
    return None


def _between_them(verb: Token) -> bool:
    """"X and Y pledged to respect each other's sovereignty / to improve ties": what they
    promised, they promised each other."""
    return any(t.lower_ in MUTUAL_WORDS for c in kids(verb) if c.dep_ == "xcomp"
               for t in c.subtree)


MUTUAL_ACTS = {"SUPPORT", "AGREE", "COOPERATE", "CONSULT"}


def _of_their_ties(verb: Token) -> bool:
    """"The presidents of A and B commended the level of bilateral ties": what the
    doers praise or pledge is their own relationship, so each does it to the other."""
    return any(t.lower_ in MUTUAL_WORDS and t.lower_ not in {"other", "another"}
               for o in objects(verb) for t in o.subtree)


def _struck_country(m: Mention, own: set) -> Mention:
    """A capital struck from abroad is the country hit ("missiles struck a hospital in
    Kyiv": Ukraine), not its government, which the capital stands for when it speaks; at
    home it stays the government ("farmers blockaded Paris")."""
    if (m.via != "capital" or not m.actor.country or m.actor.sector != "GOV"
            or m.actor.country in own):
        return m
    return replace(m, actor=replace(m.actor, code=m.actor.country, sector=None))


def _official(m: Mention) -> bool:
    """A state by name or capital, its government, or one of its officials (not its people:
    "Iraqis protested" is a demonstration)."""
    return m.via not in {"demonym", "pronoun"} and m.actor.kind in {"state", "person", "igo"} and (
        m.actor.sector in {None, "", "GOV"}) and (m.actor.kind != "state" or m.via != "place")


VERBAL_ATTACKS = lexicon.words_of("verbalattack")
REASONS = {"for", "over"}
SPANS = TIME_NOUNS | {"hour", "minute", "time", "decade", "while", "period", "round", "year"}


def _verbal_attack(tok: Token, sources: list[Mention], index: ActorIndex) -> bool:
    """An attack verb used for criticism: done by officials or leaders, never armed men,
    with a reason ("for encouraging the war", "over his remarks") or "back at"."""
    if tok.lemma_.lower() not in VERBAL_ATTACKS or not all(map(_official, sources)):
        return False
    if any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in kids(tok)):
        return True
    for p in kids(tok):
        if p.dep_ != "prep" or p.lower_ not in REASONS:
            continue
        for o in kids(p):
            if o.dep_ == "pcomp" and o.tag_ == "VBG":
                return True
            if (o.dep_ == "pobj" and o.pos_ == "NOUN" and not index.at(o)
                    and o.lemma_.lower() not in SPANS):
                return True
    return False


class VerbRules(Reader):
    """Hits on verbs (and trigger adjectives: "ready to send troops")."""

    def verb_hits(self, sent: Span, index: ActorIndex) -> list[Hit]:
        hits = []
        for tok, pos in zip(tokens(sent), sent_pos(sent)):
            if pos not in {"VERB", "AUX"} and not (
                    pos == "ADJ" and tok.dep_ in TRIGGER_ADJ_DEPS) and not (
                    pos == "ADP" and _verb_in_use(tok)):
                continue
            if tok.dep_ in {"aux", "auxpass"}:
                continue  # "has", "will", "was": an auxiliary names no act of its own
            hits.extend(self._verbs(tok, index))
        return hits + self._headline_hits(sent, index)

    def _headline_hits(self, sent: Span, index: ActorIndex) -> list[Hit]:
        """"World powers, including the AU and China, urge restraint": a headline whose
        present-tense verb the small model reads as a noun's modifier. Only where the
        sentence's root is the doers' noun and a request word modifies its apposition."""
        root = sent.root
        if root.pos_ not in {"NOUN", "PROPN"}:
            return []
        out = []
        for tok in tokens(sent):
            if (tok.i <= root.i or tok.dep_ not in {"amod", "compound"}
                    or tok.head.dep_ != "appos" or tok.head.head != root
                    or "request" not in self.classes(tok)):
                continue
            entry = next((e for f in forms(tok) for e in self.verbs.get(f, [])
                          if not e.extra and "adj" not in e.flags), None)
            sources = self.subject_actors(root, index)
            if entry is None or not sources:
                continue
            targets = [m for m in index.group(tok.head) if m.actor.country]
            out.append(Hit(tok, entry, sources, targets, "dobj" if targets else "subj",
                           confidence=0.5))
        return out

    def _verb(self, tok: Token, index: ActorIndex) -> Hit | None:
        """The verb's one event (the first, when it names two)."""
        hits = self._verbs(tok, index)
        return hits[0] if hits else None

    def _verbs(self, tok: Token, index: ActorIndex) -> list[Hit]:
        """The verb's events: one, or one per coordinated object noun that names its
        own act ("voiced solidarity with A and alarm at B's moves": SUPPORT and ACCUSE)."""
        if tok.dep_ == "xcomp" and tok.lemma_.lower() == "blame" and tok.head.lemma_ == "be":
            return []  # "Iran is to blame": Iran is blamed, it blames no one
        found: list[tuple[Entry, list[Token]]] = []
        adj = tok.pos_ == "ADJ"
        for f in forms(tok):
            for e in self.verbs.get(f, ()):
                if ("adj" in e.flags) != adj:
                    continue
                extra = self._extra(tok, e.extra) if e.extra else []  # most: no extra words
                if extra is not None:
                    found.append((e, extra))
            if found:
                break
        if not found:  # most verbs: no entry, and _verb_with has nothing to read
            return []
        out = []
        for group in _coordinated(found):
            hit = self._verb_with(tok, group, index)
            if hit is not None:
                out.append(hit)
        return out

    def _verb_with(self, tok: Token, found: list[tuple[Entry, list[Token]]],
                   index: ActorIndex) -> Hit | None:
        """The best hit of the verb's matching entries (most specific first)."""
        if not found:
            return None
        # the most specific pattern names the type: "withdrew from the Iran nuclear deal"
        # is the deal's rejection even with no partner named, never a troop withdrawal; a
        # plainer pattern of that type may still find the target ("threatened X with")
        first = found[0][0]
        found = [x for x in found
                 if len(x[0].extra) == len(first.extra) or x[0].plover == first.plover]
        if found[0][0].mode == "release" and any(
                "thing" in self.classes(o) for o in objects(tok)):
            return None  # "began releasing treated water": no prisoner
        if found[0][0].mode == "withdraw" and tok.lemma_.lower() == "leave" and any(
                "casualty" in self.classes(t) for t in tok.subtree):
            return None  # "leaving 20 soldiers dead"
        if not found[0][1] and tok.lemma_.lower() in ANSWERS and any(
                c.dep_ == "prep" and c.lower_ in {"by", "with"} for c in kids(tok)):
            return None  # "retaliated by expelling diplomats": the means is the event
        if (found[0][0].plover == "CONSULT" and tok.lemma_.lower() == "meet" and is_passive(tok)
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in kids(tok))):
            return None  # "was met with a decisive response / with criticism": no meeting
        if (found[0][0].plover == "ASSAULT" and tok.lemma_.lower() in ANSWERS | {"retaliate"}
                and any(t.lemma_.lower() in TRADE for t in sent_tokens(sent_of(tok)))):
            # "China vowed to retaliate after the US raised tariffs": a trade war's answer
            found = [(replace(e, plover="SANCTION", mode=None, cameo="163"), extra)
                     for e, extra in found]
        backed = _in_support_of(tok)
        subj = subject(tok.head if tok.dep_ == "acomp" else tok, self.controllers)
        if subj is not None and found[0][0].plover in {"ASSAULT", "COERCE"} and (
                "crowd" in self.classes(subj)):  # "protesters stormed / occupied": a riot
            found = [(replace(e, plover="PROTEST", mode="riot", cameo="145"), extra)
                     for e, extra in found]
        sources = self.subject_actors(subj, index)
        if "named" in found[0][0].flags and subj is not None and any(
                "civilcraft" in self.classes(t) for t in subj.subtree):
            return None  # "a Chinese fishing boat that collided with ...": no state's act
        if (found[0][0].plover == "PROTEST" and tok.lemma_.lower() == "protest" and sources
                and all(map(_official, sources)) and index.at(subj)):
            # "Japan protested to China", "the ministry protested": a state's protest is
            # a diplomatic complaint, not a demonstration
            found = [(replace(e, plover="ACCUSE", mode="allege", cameo="114",
                              frames=OFFICIAL_PROTEST), extra) for e, extra in found]
        if (found[0][0].mode == "obstruct" and sources and all(
                m.actor.country and m.actor.sector in ARMED_SECTORS for m in sources)):
            # "Tajik border guards blocked a section of the road": a state's forces
            # closing a road restrict movement (COERCE), they do not demonstrate
            found = [(replace(e, plover="COERCE", mode="restrict", cameo="191",
                              frames=("dobj", "in")), extra) for e, extra in found]
        if found[0][0].plover == "ASSAULT" and sources and _verbal_attack(tok, sources, index):
            # "Lula attacked the United States for encouraging the war", "the Kremlin
            # fired back at NATO": words, not arms
            found = [(replace(e, plover="ACCUSE", mode="disapprove", cameo="111",
                              frames=("dobj", "at")), extra) for e, extra in found[:1]]
        doers: list[Mention] = []
        index_noun = tok
        if (not sources and subj is None and is_passive(tok) and any(
                e.plover in MOVES_OWN and e.mode != "release" for e, _ in found)):
            # "Indian troops were deployed to Ladakh": the troops' own side moves them
            sources = [m for c in kids(tok) if c.dep_ == "nsubjpass"
                       for w in [c, *_share_of(c)] for m in index.group(w)
                       if m.actor.country and m.actor.sector in ARMED_SECTORS]
        if (not sources and subj is None and is_passive(tok)
                and found[0][0].plover in FORCE | {"RETREAT", "SANCTION"}):
            # "three soldiers were killed in a Russian missile strike": the strike's doer
            if found[0][0].plover in FORCE:
                doers, index_noun = self._attack_doers(tok, index)
                if not doers and self._fight_covers_victims(tok, index):
                    return None  # "killed after Thai and Cambodian troops exchanged fire"
            else:  # "was hit with fresh sanctions by the United States"
                doers = [m for x in found[0][1] for b in preps(x, "by")
                         for m in index.group(b) if m.actor.country]
            sources = doers or self._launch_site(tok, index) or (
                self._authorities(tok, index) if found[0][0].mode in HELD else []) or (
                self._holders(tok, index) if found[0][0].mode == "release" else []) or [
                unknown_doer(tok)]
        best: Hit | None = None
        if len(sources) >= 2 and reciprocal(tok):
            e, extra = found[0]
            return Hit(tok, e, sources, [], "each other", symmetric=True, confidence=0.8,
                       reciprocal=True, consumed={t.i for t in extra} | {
                           o.i for o in objects(tok) if not index.at(o)})
        for e, extra in found:
            avoid = {actor_key(m.actor) for m in sources}
            targets, role = self._targets(tok, e, extra, index, avoid)
            if backed is not None and e.plover == "PROTEST" and (not targets or role == "in") and (
                    found_backed := index.group(backed)):
                # "rallied in support of Ukraine": backing, no protest; "marched towards
                # the Israeli embassy in support of the Palestinians" stays a protest
                e = replace(e, plover="SUPPORT", mode=None, cameo="051")
                targets, role = found_backed, "of"
            if (e.cameo == "170" and tok.lemma_.lower() in COUPS
                    and not any(m.actor.sector in ARMED_SECTORS for m in sources)):
                continue  # "parliament ousted the prime minister": a vote, no coup
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
                # "struck a hospital in Kyiv, killing 30 civilians": the clause's place too
                main = (tok.head, *objects(tok.head)) if (
                    tok.dep_ == "advcl" and tok.tag_ == "VBG") else ()
                own = {m.actor.country for m in sources}
                targets = [_struck_country(m, own) for m in self._placed(
                    targets, (index_noun, tok, *main), index)]
            if sources and (e.plover == "PROTEST" or (e.plover == "SUPPORT" and role == "of")):
                # "protesters gathered outside the French embassy in Niamey": Nigeriens;
                # "stormed the Saudi embassy in Tehran": the building is where they are
                # "students protested in Jakarta": an unnamed crowd is the place's people
                crowd = [replace(m, actor=replace(m.actor, sector="CVL"))
                         if m.via == "unresolved" else m for m in sources]
                stormed = [c for c in kids(tok) if c.dep_ == "nsubjpass"]  # "was stormed"
                # "threw stones at the embassy during a demonstration in Athens"
                occasions = [g for p in kids(tok) if p.dep_ == "prep" and p.lower_ in OCCASIONS
                             for g in kids(p) if g.dep_ == "pobj"]
                placed = self._placed(crowd, (tok, *objects(tok), *stormed, tok.head,
                                              *objects(tok.head), tok.head.head, *occasions),
                                      index, PROTEST_PLACES)
                sources = placed if any(m.actor.country for m in placed) else sources
                # "marched in Belgrade against the government": Serbia's government
                targets = self._placed(targets, (tok, tok.head, tok.head.head), index,
                                       PROTEST_PLACES)
            if not targets and (e.plover in INNER_TARGETS or "agree" in self.classes(tok)
                                or "inner" in e.flags):
                targets, role = self._inner_targets(tok, index, avoid,
                                                    objects_too=e.plover != "REJECT")
            if not targets and e.plover == "REQUEST":
                # "called for an end to the conflict between A and B": asked of both
                targets = _asked_to_stop(tok, index, avoid)
                role = "dobj" if targets else role
            if (not targets and tok.dep_ == "pcomp" and tok.head.lower_ in {"by", "with"}
                    and tok.head.head.lemma_.lower() in ANSWERS):
                # "retaliated against Australia by recalling its ambassador"
                targets = [m for p in BLOWS for c in preps(tok.head.head, p)
                           for m in index.group(c) if m.actor.country
                           and actor_key(m.actor) not in avoid]
                role = "against" if targets else role
            if not targets and e.cameo == "045" and tok.dep_ == "acl":
                targets, role = self._brokered_for(tok, index, avoid), "subj"
            if not targets and e.plover in PLACE_TARGETS and not (
                    "need" in e.flags and e.plover == "SANCTION") and not (  # "suspended its offensive"
                    "sym" in e.flags and len(sources) >= 2):  # "X and Y swapped prisoners in Z"
                targets = where_happened(tok, index)
                role = "where" if targets else role
            if targets and "inverse" in e.flags:  # "received weapons from X": X gives
                hit = Hit(tok, e, targets, sources, role or "subj", confidence=0.8,
                          consumed={t.i for t in extra})
                return hit if sources else None
            if not targets and (e.plover in SHARED_TARGETS or e.plover == "MOBILIZE"):
                # "condemned the coup in Mali and demanded the return of ...", "rejected
                # India's decision and warned of serious consequences": the same doer's
                # second reaction is aimed where the first one was
                targets = self._sibling_targets(tok, sources, index, e.plover)
                role = "conj" if targets else role
            if not targets and "need" in e.flags:
                continue
            if "direct" in e.flags and role != "dobj":
                continue
            if "nolabel" in e.flags and any(c.dep_ in {"oprd", "attr"} for c in kids(tok)):
                continue  # "called Putin a killer": a label, not a call
            if not targets and e.plover == "THREATEN" and _concern(tok, self.menace):
                # told, and no threat: the classifier's back-off must not code it either
                doc_memo(tok.doc, "detente.judged", set).add(sent_of(tok).start)
                continue  # "warned that the attacks posed a threat to the region": concern
            if e.mode == "expel" and not any(
                    m.actor.country and m.actor.country not in {s.actor.country for s in sources}
                    for m in targets):
                continue  # "Putin ordered his troops to withdraw": his own, a retreat
            hit = Hit(tok, e, sources, targets, role or "subj",
                      symmetric=not targets and ("sym" in e.flags or (
                          e.plover == "AGREE" and len(sources) >= 2 and _between_them(tok))),
                      consumed={t.i for t in extra} | {
                          o.i for o in objects(tok) if not index.at(o)})
            if (not targets and not hit.symmetric and e.plover in MUTUAL_ACTS
                    and len(sources) >= 2 and _of_their_ties(tok)):
                hit.symmetric = hit.reciprocal = True  # each praises the other
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

    def _authorities(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """"A Chinese national was arrested in Florida": the police of where it happened."""
        found = place_mentions((verb,), ("in", "at"), index, keep=lambda m: bool(m.actor.country))
        if not found:
            return []
        m = found[0]
        police = replace(m.actor, code=f"{m.actor.country}COP", sector="COP", kind="state",
                         why=f"{m.actor.why}; the authorities of the place of arrest")
        return [replace(m, actor=police, is_place=False)]

    def _holders(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """"Two Canadians held in China were released": whoever held them there let them
        go, the government of the place they were held, or of where they were freed."""
        held = [a for c in kids(verb) if c.dep_ == "nsubjpass" for a in kids(c)
                if a.dep_ == "acl" and a.lemma_.lower() in HOLDING]
        found = place_mentions((*held, verb), ("in", "by"), index,
                               keep=lambda m: bool(m.actor.country))
        if not found:
            return []
        m = found[0]
        if not m.is_place:
            return [m]  # "held by the Taliban"
        state = replace(m.actor, code=f"{m.actor.country}GOV", sector="GOV", kind="state",
                        why=f"{m.actor.why}; the government of where they were held")
        return [replace(m, actor=state, is_place=False)]

    def _launch_site(self, verb: Token, index: ActorIndex) -> list[Mention]:
        """"a rocket was fired from Gaza": the place it came from stands for the doer."""
        return [m for c in preps(verb, "from") for m in index.group(c) if m.actor.country]

    def _attack_doers(self, verb: Token, index: ActorIndex) -> tuple[list[Mention], Token]:
        """The named side of an attack noun the passive happened in ("in an Israeli raid")."""
        for p in ("in", "by", "during"):
            for c in preps(verb, p):
                if c.lemma_.lower() not in WEAPONS and not self.force_noun(c):
                    continue
                found = [m for m in index.group(c, allow_place=False) if m.actor.country]
                # "killed in shelling by Russian forces": the attack's own "by" names them
                found = found or [m for b in preps(c, "by") for m in index.group(b)
                                  if m.actor.country]
                if not found and self._two_sided(c):
                    # "soldiers were killed in a clash with Chinese troops": in a fight
                    # of two sides, the other side did the killing
                    found = [m for w in preps(c, "with") for m in index.group(w, allow_place=False)
                             if m.actor.country]
                if found:
                    return found, c
        return [], verb

    def _sibling_targets(self, tok: Token, sources: list[Mention], index: ActorIndex,
                         plover: str = "") -> list[Mention]:
        """The target of the verb this one is coordinated with, when both have one doer."""
        if tok.dep_ != "conj" or tok.head.pos_ != "VERB" or (
                self.classes(tok) & {"say", "threat"}) == {"say"} or (
                subject(tok, self.controllers) is not None
                and subject(tok, self.controllers) != subject(tok.head, self.controllers)):
            return []  # "accused X but said it would mend ties": what it says is its own
        first = self._verb(tok.head, index)
        # "returned fire ... and sent fighter jets to the island": a build-up told with
        # an attack faces the one attacked
        shared = {"ASSAULT", "COERCE"} if plover == "MOBILIZE" else SHARED_TARGETS | {"SANCTION"}
        if first is None or first.entry.plover not in shared:
            return []
        mine = {actor_key(m.actor) for m in sources}
        if {actor_key(m.actor) for m in first.sources} != mine:
            return []
        return [m for m in first.targets if actor_key(m.actor) not in mine]

    def _fight_covers_victims(self, verb: Token, index: ActorIndex) -> bool:
        """"A Thai and a Cambodian soldier were killed after the two armies exchanged fire":
        the victims fell on the sides of a two-sided fight told in the clause, which is
        the event; who killed whom is not said."""
        victims = {m.actor.country for c in kids(verb) if c.dep_ == "nsubjpass"
                   for m in index.group(c) if m.actor.country}
        if not victims:
            return False
        for c in kids(verb):
            if c.dep_ != "advcl" or c.pos_ != "VERB":
                continue
            fight = self._verb(c, index)
            if fight is None or fight.entry.plover not in FORCE or "sym" not in fight.entry.flags:
                continue
            sides = {m.actor.country for m in [*fight.sources, *fight.targets] if m.actor.country}
            if len(sides) >= 2 and victims <= sides:
                return True
        return False

    def _two_sided(self, noun: Token) -> bool:
        """An armed act of two sides that pair up ("clash", "fighting", "battle")."""
        return any(e.plover in FORCE and "sym" in e.flags and "with" in e.frames
                   for f in forms(noun)[:2] for e in self.nouns.get(f, []))

    def _brokered_for(self, tok: Token, index: ActorIndex, avoid: set | frozenset
                      ) -> list[Mention]:
        """"Saudi Arabia and Iran restored ties in a deal brokered by China": the parties
        to the deal are the doers of the clause the deal belongs to."""
        cur = tok.head
        for _ in range(4):
            if cur.pos_ in {"VERB", "AUX"}:
                return [m for m in self.subject_actors(subject(cur, self.controllers), index)
                        if actor_key(m.actor) not in avoid and m.actor.country]
            if cur.dep_ not in {"pobj", "prep", "dobj"} or cur.head == cur:
                return []
            cur = cur.head
        return []

    def _inner_targets(self, tok: Token, index: ActorIndex, avoid: set | frozenset = frozenset(),
                       objects_too: bool = True) -> tuple[list[Mention], str | None]:
        """The one the promised, threatened or refused act is aimed at: "agreed to give
        Turkey 3 billion euros", "threatened to cut off electricity to Nakhichevan",
        "is willing to send material to help defend Saudi Arabia"."""
        # "threatened on Tuesday to target Israeli ships": the parser may hang the
        # infinitive as an adverbial clause when words stand between
        layer = [x for x in kids(tok) if x.dep_ == "xcomp"] or [
            x for x in kids(tok) if x.dep_ == "advcl" and x.i > tok.i and x.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(x))] or [
            # "reserves the right to retaliate against Israel": the object's infinitive
            a for o in objects(tok) for a in kids(o) if a.dep_ == "acl" and a.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(a))]
        for _ in range(2):
            for x in layer:
                # "declined to condemn Russia's attack": what is refused is no target
                cands = [c for c in kids(x) if objects_too and c.dep_ in {
                    "dative", "iobj", "dobj"}]
                # "refused to impose sanctions on Russia": whom a refused blow would hit
                # is not whom the refusal rebuffs
                cands += [g for p in INNER_PREPS if objects_too or p not in BLOWS
                          for g in preps(x, p)]
                cands += [g for c in kids(x) if objects_too and c.dep_ == "dobj"
                          for p in BLOWS for g in preps(c, p)]  # "impose restrictions against German goods"
                for c in cands:
                    group = [m for m in index.group(c) if actor_key(m.actor) not in avoid]
                    if group and any(m.actor.country for m in group):
                        return group, "xcomp"
            layer = [g for x in layer for g in kids(x) if g.dep_ in {"xcomp", "advcl"}]
        return [], None

    def _extra(self, tok: Token, words: tuple[str, ...]) -> list[Token] | None:
        """Tokens near tok for each extra word of a pattern, or None if one == missing."""
        if not words:
            return []
        # many entries of one verb look at the same dependents
        close = per_doc(tok.doc, "detente.near", tok.i, _near_words, tok)
        out = []
        for w in words:
            hit = close.get(w)
            if hit is not None and hit.pos_ in {"ADP", "PART"} and hit.head != tok:
                # "called the agreement a victory for dialogue": no "call for"
                hit = next((c for c in kids(tok) if c.lower_ == w), None)
            if hit is not None and hit.pos_ == "ADP" and any(
                    g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in kids(hit)):
                return None  # "called Wang Yi on Tuesday": no "call on"
            if hit is not None and hit.ent_type_ == "DATE" and hit.pos_ == "PROPN":
                return None  # "held talks in Luanda in March": a month, no march
            if hit is not None and hit.dep_ == "compound" and self.force_noun(
                    hit.head, {"ASSAULT"}):
                return None  # "launched a missile attack": the attack is the event
            if hit is None or _other_clause(hit, tok) or (
                    hit.dep_ == "nsubj" and hit.head == tok and objects(tok)):
                return None  # "American forces joined efforts": no "join forces"
            out.append(hit)
        return out

    def _targets(self, tok: Token, e: Entry, extra: list[Token], index: ActorIndex,
                 avoid: set | frozenset = frozenset()) -> tuple[list[Mention], str | None]:
        # "warned its citizens against travelling to Israel": the gerund's own "to"
        heads = [tok] + [t for t in extra if t.pos_ in {"NOUN", "PROPN", "ADV", "ADP", "ADJ"}
                         or (t.pos_ == "VERB" and t.dep_ in {"pcomp", "xcomp"})]
        # "exports of gallium and germanium to the United States": the goods' own phrase
        heads += [g for t in heads[1:] if t.pos_ == "NOUN" for c in kids(t)
                  if c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ == "of")
                  for g in ([c] if c.dep_ == "conj" else kids(c)) if g.pos_ in {"NOUN", "PROPN"}]
        visit = e.mode == "visit" or "visit" in e.flags
        weak: tuple[list[Mention], str] | None = None
        for frame in e.frames or ("dobj",):
            cands: list[Token] = []
            if frame == "dobj":
                cands = [o for o in objects(tok) if o not in extra]
                if is_passive(tok):
                    cands += [c for c in kids(tok) if c.dep_ == "nsubjpass"]
                elif tok.dep_ == "acl" and tok.tag_ == "VBN":
                    cands.append(tok.head)  # "200 Palestinian prisoners freed by Israel"
                    cands += predicated(tok.head)  # "Mali and Guinea, states suspended by"
                elif reduced_passive(tok):  # "Mali, suspended by ECOWAS, ..."
                    cands += [c for c in kids(tok) if c.dep_ == "nsubj"]
                elif not objects(tok):
                    cands += loose_objects(tok)
                if e.plover in FORCE:  # "shot down drones launched by Russia": the sender
                    cands += _senders(tok)
                # "endorsed an agreement with the EU": the partner of the object
                if e.plover in {"SUPPORT", "AGREE", "REJECT", "ACCUSE"}:
                    cands += [g for o in objects(tok) if not index.at(o)
                              for p in ("with", "between") for g in preps(o, p)]
                    # "denounced a deal signed between Turkey and Libya": its makers
                    cands += [g for o in objects(tok) if not index.at(o) for g in _parties(o)]
            elif frame == "ccomp":
                # "active": "hoped X would be indicted" asks nothing of X
                cands = [g for c in kids(tok) if c.dep_ == "ccomp" for g in kids(c)
                         if g.dep_ == "nsubj" or (
                             g.dep_ == "nsubjpass" and "active" not in e.flags)]
            elif frame == "clause":  # "warned that X would be met with fire if ..."
                cands = clause_actors(tok, index, self.menace, "strict" in e.flags)
            elif frame == "extra":  # "hosts 3.5 million Syrian refugees"
                cands = [t for t in extra if t.pos_ in {"NOUN", "PROPN"}]
            elif frame == "maker":  # "pulled out of a framework that China had formed"
                cands = [m for t in extra if t.pos_ == "NOUN" for m in _makers(t)]
            else:
                for h in heads:
                    cands += preps(h, frame)
                    for o in objects(h):  # "massed troops near Ukraine's borders"
                        cands += preps(o, frame)
                    for m in _media(h):  # "spoke by telephone with Zelenskiy"
                        cands += preps(m, frame)
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
                if "named" in e.flags:  # "collided with a truck in Hanoi": no one named
                    group = [m for m in group if not m.is_place]
                if frame == "clause":  # "said Moscow would retaliate if Finland ...": not Moscow
                    group = [m for m in group if actor_key(m.actor) not in avoid
                             and m.actor.country not in {k[1] for k in avoid}]
                if e.plover in FORCE and frame == "dobj":  # "struck sites in ... Kashmir"
                    group = [m for m in group if not m.is_place or c.i in range(m.start, m.end)
                             or m.actor.country not in {k[1] for k in avoid}]
                if group and any(m.actor.country for m in group):
                    # "signed accords with Australia in 2022, and Britain last year"
                    gapped = [m for g in kids(tok) if g.dep_ == "conj" and g.pos_ == "PROPN"
                              for m in index.group(g) if m.actor.country
                              and actor_key(m.actor) not in avoid]
                    return group + gapped, frame
                if group and weak is None:  # "offered military aid to Lebanon": a
                    weak = (group, frame)   # sector without a country waits for better
        if weak is not None:
            return weak
        if e.plover in FORCE and "named" not in e.flags:  # "struck nine sites in Pakistan"
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
                if o.lemma_.lower() in DOMESTIC:  # "condemned the coup in Myanmar"
                    found = [m for c in preps(o, "in") for m in index.group(c)
                             if m.actor.country and actor_key(m.actor) not in avoid]
                    if found:
                        return found[:1], "in"
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
                    if c in extra or (c.ent_type_ in {"DATE", "TIME"} and not index.group(c)):
                        continue  # "called on Monday for a ceasefire": no one called on
                    found = index.at(c) if "head" in e.flags and not self._person(c) else (
                        self.object_actors(c, index))
                    if found:
                        return found, frame
        return [], None


SENT = lexicon.words_of("sent")


SHARES = {"all", "most", "some", "many", "half", "part", "thousands", "hundreds", "dozens"}


def _share_of(tok: Token) -> list[Token]:
    """"All of Ghana's troops", "some of its forces": the forces a share is taken of."""
    return preps(tok, "of") if tok.lower_ in SHARES else []


def _verb_in_use(tok: Token) -> bool:
    """A word the tagger took for another part of speech but that heads "to" and an
    object: "efforts to down drones" (down tagged as a preposition)."""
    return tok.pos_ == "ADP" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) \
        and any(c.dep_ == "dobj" for c in kids(tok))


def _other_clause(word: Token, verb: Token) -> bool:
    """The word hangs in a clause of another verb below this one ("launched an attack
    ... after firing missiles": the missiles are the firing's, not the launch's)."""
    if word.pos_ not in {"NOUN", "PROPN"}:
        return False
    up = word.head
    while up != verb and up.head != up:
        if up.pos_ == "VERB" and up.dep_ in {"pcomp", "advcl", "relcl", "ccomp"}:
            return True
        up = up.head
    return False


def _makers(thing: Token) -> list[Token]:
    """Who made or leads a thing: "a framework that China had formed", "a forum led by
    China", "a deal signed between A and B"."""
    return _parties(thing) + [
        c for r in kids(thing) if r.dep_ == "relcl" for c in kids(r)
        if c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"}]


def _parties(thing: Token) -> list[Token]:
    """Who made a thing a reaction is about: "a deal signed between Turkey and Libya",
    "the accord reached by A and B"."""
    out = []
    # "a deal, including a security agreement, signed between ...": the parser may hang
    # the participle on a noun inside the object's phrase
    nouns = [thing, *(t for t in thing.subtree if t.pos_ == "NOUN" and t != thing)]
    for a in (a for n in nouns for a in kids(n)):
        if a.dep_ != "acl" or a.tag_ != "VBN":
            continue
        out += preps(a, "between")
        out += [g for b in kids(a) if b.dep_ == "agent" for g in kids(b) if g.dep_ == "pobj"]
    return out


def _senders(verb: Token) -> list[Token]:
    """Who launched, fired or sent the things a verb's object names ("intercepted dozens
    of drones launched by Iran"): striking them strikes their sender."""
    things = [t for o in objects(verb) for t in (o, *preps(o, "of"))]
    return [pobj for t in things for a in kids(t) if a.dep_ == "acl" and a.tag_ == "VBN"
            and a.lemma_.lower() in SENT for b in kids(a) if b.dep_ == "agent"
            for pobj in kids(b) if pobj.dep_ == "pobj"]


def _coordinated(found: list[tuple[Entry, list[Token]]]
                 ) -> list[list[tuple[Entry, list[Token]]]]:
    """Split a verb's matching entries by the object noun they hinge on when those nouns
    are coordinated ("voiced solidarity with A and alarm at B"): each is an act of its
    own. Otherwise all entries compete for one hit, as before."""
    groups: dict[tuple[int, ...], list[tuple[Entry, list[Token]]]] = {}
    for e, extra in found:
        groups.setdefault(tuple(t.i for t in extra if t.pos_ == "NOUN"), []).append((e, extra))
    if len(groups) < 2 or () in groups:
        return [found]
    heads = [{t for t in found_[0][1] if t.pos_ == "NOUN"} for found_ in groups.values()]
    linked = all(any(_joined(a, b) or _joined(b, a)
                     for other in heads if other is not mine for a in mine for b in other)
                 for mine in heads)
    return list(groups.values()) if linked else [found]


def _joined(a: Token, b: Token) -> bool:
    """a is coordinated with b: its conjunct, or one hung on b's own partner ("support
    for Chile and concern", "voiced solidarity with Niger and alarm": the parser makes
    the second noun the partner's conjunct)."""
    if a.dep_ != "conj":
        return False
    up = a.head
    while up.dep_ == "conj":
        up = up.head
    return up == b or (up.dep_ == "pobj" and up.head.dep_ == "prep" and (
        up.head.head == b or (b.dep_ == "dobj" and up.head.head == b.head)))


def _near_words(tok: Token) -> dict[str, Token]:
    """Each word (any of its forms) near a verb, with the first token that has it."""
    out: dict[str, Token] = {}
    lows = doc_lowers(tok.doc)
    for t in _pattern_words(tok):
        low = lows[t.i]
        if low not in out:
            out[low] = t
        for w in forms(t):
            if w not in out:
                out[w] = t
    return out


def _pattern_words(tok: Token) -> list[Token]:
    """The words near a verb where the extra words of its patterns may stand."""
    # "a charge Moscow denied": the noun the clause describes is a word of it too
    return list(near(tok, 3)) + ([tok.head] if tok.dep_ == "relcl" else []) + [
        # "warned Americans not to travel": an infinitive word of the pattern too
        c for c in kids(tok) if c.pos_ == "VERB" and (c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and any(a.lower_ == "to" for a in kids(c))))] + [
        t for o in objects(tok) for c in kids(o) if c.dep_ == "conj"
        for t in near(c, 2)] + [  # "sent hundreds of vehicles and thousands of troops"
        # "declared the ambassador persona non grata": a verbless small clause the parser
        # hangs as a clause; its head word belongs to the verb's pattern
        c for c in kids(tok) if c.dep_ == "ccomp" and c.pos_ in {"NOUN", "X", "ADJ", "PROPN"}] + [
        # "voiced support for Chile and concern over ...": the parser often hangs the
        # second object noun on the first one's partner
        t for o in (tok, *objects(tok)) for p in kids(o) if p.dep_ == "prep" for g in kids(p)
        if g.dep_ == "pobj" for c in kids(g) if c.dep_ == "conj" and c.pos_ == "NOUN"
        for t in (c, *near(c, 2))]


def _gerund_of_other(tok: Token, index: ActorIndex) -> bool:
    """"before joining NATO", "objection to Sweden joining NATO": a gerund that names
    a possibility or is done by the actor just before it, not by the clause's subject."""
    if tok.tag_ != "VBG":
        return False
    if tok.dep_ in {"pcomp", "pobj"}:
        return True
    return tok.dep_ == "advcl" and tok.i > 0 and bool(index.at(tok.doc[tok.i - 1]))


def _asked_to_stop(verb: Token, index: ActorIndex, avoid: set) -> list[Mention]:
    """The sides of a fight a request asks to stop: "called for an end to the conflict
    between A and B", "urged a halt to the fighting between A and B".

    Nobody else is named as asked, so the request is put to both sides of the fight.
    """
    asked = [*objects(verb), *(g for p in ("for",) for g in preps(verb, p))]
    for node in asked:
        if node.lemma_.lower() not in STOPS:
            continue
        for fight in [*preps(node, "to"), *preps(node, "of")]:
            for g in preps(fight, "between"):
                group = [m for m in index.group(g, possessor=True)
                         if m.actor.country and actor_key(m.actor) not in avoid]
                if len(group) >= 2:
                    return group
    return []
