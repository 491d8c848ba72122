"""Noun rules: an event noun with its doer and target.

"talks between A and B", "Zarif's trip to Istanbul", "a Russian missile strike on Kyiv",
"issued a joint statement": the doer is a possessor, an agent, a modifier or the subject
of the verb the noun is the object of.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.models import Mention
from detente.nlp.pipeline import kids, sent_pos

from . import lexicon
from .frames import (
    ActorIndex,
    absolute,
    actor_key,
    forms,
    objects,
    preps,
    subject,
    tokens,
)
from .hits import (
    CLAIMED,
    FORCE,
    PLACE_TARGETS,
    Hit,
    Reader,
)
from .lexicon import Entry
from .places import place_mentions, where_happened
from .senses import armed_sense, border_partners, place_between
from .syntax import (
    circumstance_verb,
    own_doer,
)

PASSIVE_DOER = {"involve", "engage", "embroil", "entangle"}  # "X was involved in talks"
REFERENCE_PREPS = {"under", "per"}
# "recalled its ambassador in protest at ...", "fired rockets in retaliation for ...": the
# noun gives the motive of the clause's own act, which is the event
MOTIVES = lexicon.words_of("motive")
# "drew / sparked / prompted a rebuke from X": X reacts to the subject's act
ACCUSERS = {"accuse", "blame", "charge"}
MEASURES = lexicon.words_of("measures")  # "India's actions, which included ..."
CUTS = lexicon.words_of("cut")  # "suspension of trade with X": X is cut off
PROVOKE = {"draw", "prompt", "provoke", "spark", "trigger", "earn", "attract", "elicit",
           "invite"}


def entry_of_goods(tok: Token) -> bool:
    """A noun of stopping or cutting whose "of" names what is stopped ("suspension of
    trade", "closure of the border")."""
    return tok.lemma_.lower() in CUTS


def _cut_off(tok: Token, by_tok: dict[int, Hit]) -> bool:
    """"a suspension of trade with Togo": the trade is what is cut, not an act of its own."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    cut = tok.head.head
    return cut.i in by_tok and entry_of_goods(cut)


class NounRules(Reader):
    """Hits on event nouns."""

    def noun_hits(self, sent: Span, index: ActorIndex, consumed: set[int]) -> list[Hit]:
        hits = []
        for tok, pos in zip(tokens(sent), sent_pos(sent)):
            if pos not in {"NOUN", "PROPN"}:
                continue
            if tok.i in consumed and not own_doer(tok, index) and not self._promised_force(tok):
                continue  # "did not condemn Russia's invasion": the invasion still counts
            hit = self._noun(tok, index)
            if hit is not None:
                hits.append(hit)
        # "a military aid package": "aid" is a word of the package's pattern, not a hit
        by_tok = {h.trigger.i: h for h in hits}
        return [h for h in hits if not _cut_off(h.trigger, by_tok) and (
            h.trigger.dep_ != "compound"
            or (head := by_tok.get(h.trigger.head.i)) is None
            or not set(forms(h.trigger)[:2]) & set(head.entry.extra))]

    def _promised_force(self, tok: Token) -> bool:
        """"promised a military response": force promised is a threat, not a pledge."""
        return (tok.dep_ == "dobj" and bool(self.classes(tok.head) & {"agree", "intent"})
                and self.force_noun(tok))

    def _noun(self, tok: Token, index: ActorIndex) -> Hit | None:
        fs = forms(tok)
        if fs[0] not in self.nouns and (len(fs) < 2 or fs[1] not in self.nouns):
            return None  # most nouns: no entry under either form (as below, without lists)
        entries = [e for f in fs[:2] for e in self.nouns.get(f, [])]
        if not entries:  # most nouns: nothing else about them is read
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in REFERENCE_PREPS:
            return None  # "patrolled under the Sochi agreement": a reference, not news
        if (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in MOTIVES
                and tok.head.head.pos_ in {"VERB", "AUX"}):
            return None
        if tok.dep_ == "dobj" and "labelverb" in self.classes(tok.head) and any(
                c.dep_ in {"oprd", "xcomp", "attr"} for c in kids(tok.head)):
            return None  # "called the agreement a failure": a judgement of an act told before
        if any(m.end - m.start > 1 and m.actor.code and (m.via == "org" or tok.i < m.end - 1)
               for m in index.at(tok)):
            return None  # a word of a name or title: "the Collective Security Treaty
            # Organization", "a Warsaw Pact foreign minister", "the UN aid chief"
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
                if len(between) > 3 and "mediate" not in entry.flags:
                    # "talks between Iran and the US, Britain, France, Germany, Russia and
                    # China": the first with each of the others, not every pair of them
                    return Hit(tok, entry, between[:1], between[1:], "between", confidence=0.7)
                if len(between) >= 2 and "mediate" not in entry.flags:
                    return Hit(tok, entry, between, [], "between", symmetric=True,
                               confidence=0.7)
        if not between and entry.plover == "ASSAULT" and "sym" in entry.flags:
            for c in place_between(tok):  # "clashes in the border region between A and B"
                group = index.group(c, possessor=True)
                if 2 <= len(group) <= 3:
                    return Hit(tok, entry, group, [], "between", symmetric=True,
                               confidence=0.7)
        sources, gov = self._noun_sources(tok, index, entry.plover)
        if "bloc" in entry.flags and self._economic(tok, gov, sources):
            entry = replace(entry, plover="SANCTION", mode=None, cameo="163")
        targets, role = between, "between" if between else None
        for frame in entry.frames if not targets else ():
            if frame == "in" and "sym" in entry.flags and len(sources) >= 2:
                continue  # "A and B held joint drills in C": a venue, not a partner
            targets = self._noun_targets(tok, gov, frame, index)
            if targets:
                role = frame
                break
        if "forum" in entry.flags and role == "to" and all(m.actor.kind == "igo" for m in targets):
            # "a formal complaint to the UN Security Council": the forum, not the accused
            targets, role = [], None
        if (entry.plover == "PROTEST" and not any(m.actor.country for m in sources)
                and role != "in"):
            # "about 30 people held a demonstration outside the embassy in Beijing": a
            # crowd with no nationality belongs to the country where it gathers; told only
            # as gathered somewhere ("after protests in Tbilisi"), it is left as it is
            sources = self._crowd_of_place(tok, gov, index) or sources
        if not sources:
            return None
        if (entry.plover == "AGREE" and gov is None and not targets and len(sources) == 1
                and tok.dep_ in {"pobj", "nsubj", "nsubjpass"}):
            return None  # "withdrew from the Iran nuclear deal": a deal's name, no new deal
        if not targets and entry.plover == "SANCTION" and gov is not None:
            # "announced the expulsions, accusing these nations of meddling": the ones
            # accused in the same breath are the ones sanctioned
            targets = self._accused_alongside(gov, index, sources)
            role = "accused" if targets else role
        if not targets and entry.cameo == "045" and tok.dep_ == "pobj" and (
                tok.head.lower_ == "with" and tok.head.head.pos_ in {"VERB", "AUX"}):
            # "With Kenya mediating, Ghana and Togo agreed ...": the mediator works
            # between the doers of the clause
            keys = {actor_key(m.actor) for m in sources}
            targets = [m for m in self.subject_actors(
                subject(tok.head.head, self.controllers), index)
                if m.actor.country and actor_key(m.actor) not in keys]
            role = "between" if targets else role
        if not targets and entry.plover == "CONSULT":  # "told Biden in a phone call"
            targets = self._addressee(tok, index, sources)
            role = "dobj" if targets else role
        if not targets and entry.plover in FORCE and "need" not in entry.flags and not (
                tok.dep_ == "pobj" and tok.head.head.pos_ in {"NOUN", "PROPN"}
                and tok.head.head.lemma_.lower() not in CLAIMED):
            # "strikes on targets in Yemen"; not "a halt to operations in Gaza"
            targets = self._struck_place(tok, index, sources)
            role = "in" if targets else role
        if (not targets and gov is not None and entry.plover in PLACE_TARGETS
                and "need" not in entry.flags  # "staged a rally in Lagos"
                and not ("sym" in entry.flags and len(sources) >= 2)):
            targets = where_happened(gov, index)
            role = "where" if targets else role
        if not targets and "sym" in entry.flags and gov is not None and len(sources) >= 2:
            # "Scholz and Macron hosted Zelensky for talks": the talks are with the guest
            keys = {actor_key(m.actor) for m in sources}
            targets = [m for o in objects(gov) for m in index.group(o)
                       if m.actor.country and actor_key(m.actor) not in keys]
            role = "dobj" if targets else role
        sym = "sym" in entry.flags and not targets and len(sources) >= 2
        hit = Hit(tok, entry, sources, targets, role or "subj", symmetric=sym, governor=gov)
        hit.confidence = 0.7 if targets or sym else 0.6 if gov is not None else 0.45
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in CLAIMED:
            hit.confidence -= 0.2  # a claimed attack is the claimant's word; the claim is sure
        return hit

    def _economic(self, tok: Token, gov: Token | None, sources: list[Mention]) -> bool:
        """"imposed an unprecedented blockade against Mali", "an ECOWAS blockade": an
        economic sanction, unless a word makes it naval or armed."""
        if any("armedblock" in self.classes(t) for t in tok.subtree):
            return False
        return (bool(sources) and all(m.actor.kind == "igo" for m in sources)) or (
            gov is not None and gov.lemma_.lower() == "impose")

    def _measures_of(self, tok: Token, index: ActorIndex) -> list[Mention]:
        """Whose measures a listed act is one of: "India's actions, which included the
        suspension of the treaty, ... and the expulsion of Pakistani attaches"."""
        cur = tok
        for _ in range(8):
            if cur.dep_ == "dobj" and cur.head.lemma_.lower() == "include":
                holder = subject(cur.head, self.controllers)
                if holder is None or holder.lemma_.lower() not in MEASURES:
                    return []
                return [m for c in kids(holder) if c.dep_ in {"poss", "amod", "compound"}
                        for m in index.group(c) if m.actor.country]
            if cur.dep_ not in {"conj", "appos", "pobj", "prep"} or cur.head == cur:
                return []
            cur = cur.head
        return []

    def _accused_alongside(self, gov: Token, index: ActorIndex, sources: list[Mention]
                           ) -> list[Mention]:
        """Whom the participle that goes with the verb accuses ("announced the expulsions,
        accusing them of interference"); a named but unresolved group stays a gap for
        the reading stage."""
        keys = {actor_key(m.actor) for m in sources}
        return [m for c in kids(gov) if c.dep_ == "advcl" and c.tag_ == "VBG"
                and c.lemma_.lower() in ACCUSERS for o in objects(c)
                for m in self.object_actors(o, index) if actor_key(m.actor) not in keys]

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
        heads = [tok] + ([gov] if gov is not None else [])  # "carried out strikes on a camp"
        nodes = heads + [c for h in heads for p in ("on", "against", "at") for c in preps(h, p)]
        # "air strikes at targets on Pakistani territory" is the coder's _struck_where
        return place_mentions(nodes, ("in", "inside", "across"), index,
                              keep=lambda m: m.actor.country not in mine)[:1]

    def _noun_targets(self, tok: Token, gov: Token | None, frame: str, index: ActorIndex
                      ) -> list[Mention]:
        heads = [tok] + ([gov] if gov is not None else [])
        if frame != "of" and entry_of_goods(tok):
            # "a suspension of trade with India": the partner hangs on what is suspended
            heads += [g for g in preps(tok, "of") if g.pos_ == "NOUN"]
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

    def _crowd_of_place(self, tok: Token, gov: Token | None, index: ActorIndex
                        ) -> list[Mention]:
        """The people of the place a demonstration is held in, as a civilian actor."""
        nodes = (tok, *objects(tok), *((gov, *objects(gov)) if gov is not None else ()))
        found = place_mentions(nodes, ("in", "at", "outside", "near", "across", "throughout"),
                               index, keep=lambda m: m.is_place and bool(m.actor.country),
                               inside=frozenset({"pobj", "compound", "appos"}))
        if not found:
            return []
        m = found[0]
        where = m.actor.country
        crowd = replace(m.actor, code=f"{where}CVL", sector="CVL", kind="state",
                        why=f"{m.actor.why}; the people of where they gathered")
        return [replace(m, actor=crowd, is_place=False)]

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
        for a in kids(tok):  # "sanctions imposed by the EU on Russia": the imposer's
            if a.dep_ == "acl" and a.tag_ == "VBN" and "light" in self.classes(a):
                found = [m for b in kids(a) if b.dep_ == "agent" for g in kids(b)
                         if g.dep_ == "pobj" for m in index.group(g, source=True)]
                if found:
                    return found, a
        mods = [m for c in kids(tok) if c.dep_ in {"amod", "compound", "nmod", "nsubj"}
                for m in index.group(c) if not m.is_place]
        if mods and tok.dep_ == "pobj" and tok.head.lower_ == "with" and absolute(tok.head, tok):
            return mods, None  # "With Kenya mediating, A and B agreed": Kenya mediates
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
        if (not mods and gov is None and plover == "ASSAULT" and tok.dep_ == "pobj"
                and tok.head.lower_ in {"after", "amid", "during", "following"}
                and preps(tok, "with") and tok.head.head.pos_ == "VERB"
                and any(e.plover in FORCE for e in self.verbs.get(tok.head.head.lemma_.lower(), []))):
            # "seized Rubaya after heavy fighting with the Congolese army": the fighters
            found = self.subject_actors(subject(tok.head.head, self.controllers), index)
            if found and not all(m.via == "unresolved" for m in found):
                return found, None
        if not mods and gov is None and (doers := self._measures_of(tok, index)):
            return doers, None  # "India's actions, which included the expulsion of ..."
        if (not mods and gov is None and tok.dep_ == "pobj" and tok.head.lower_ == "with"
                and self.classes(tok.head.head) & {"cease", "end"}):
            # "the ECOWAS summit ended with the suspension of Mali": the outcome of a
            # meeting is its holders' act
            found = self.subject_actors(subject(tok.head.head, self.controllers), index)
            if found and not all(m.via == "unresolved" for m in found):
                return found, None
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
