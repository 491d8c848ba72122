"""Judgement frames: calling someone names, criticising their words, saying they must.

"Biden called Putin a killer" (ACCUSE), "He said Biden's comments were inappropriate"
(ACCUSE), "Kyiv said Moscow was behind the attack" (ACCUSE), "France said Iran must
release the diplomats" (REQUEST). Their entries are
in `data/frames.tsv`; the word classes (label, labelverb, negadj, say) in `words.tsv`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.pipeline import kids, sent_pos

from .frames import ActorIndex, objects, subject, tokens
from .lexicon import Entry
from .match import Hit, Matcher
from .referents import ACTS


def judgement_hits(m: Matcher, sent: Span, index: ActorIndex, judge: dict[str, Entry]
                   ) -> list[Hit]:
    """"X called Y a killer", "X said Y's remarks were inappropriate", "X said Y must"."""
    label, critic, demand = judge["label"], judge["critic"], judge["demand"]
    blame = judge.get("blame")
    hits = []
    for tok, pos in zip(tokens(sent), sent_pos(sent)):
        if pos != "VERB":
            continue
        cls = m.classes(tok)
        if "labelverb" in cls:
            oprd = [c for c in kids(tok) if c.dep_ in {"oprd", "xcomp", "attr"}
                    or (c.dep_ == "prep" and c.lower_ == "as")]
            # "called Britain's seizure of the tanker an act of piracy", parsed as apposition
            oprd += [a for o in objects(tok) for a in kids(o) if a.dep_ == "appos"]
            names = [g for c in oprd for g in [c, *kids(c)]]
            names += [g for c in oprd for p in kids(c) if p.dep_ == "prep" and p.lower_ == "of"
                      for g in kids(p) if g.dep_ == "pobj"]  # "an act of piracy"
            if any("label" in m.classes(n) for n in names):
                hits.extend(_simple(m, tok, objects(tok), index, label, acts=True))
            else:
                hits.extend(_judged_wrong(m, tok, index, critic))
        if "say" in cls:
            for c in kids(tok):
                if c.dep_ == "ccomp":
                    hits.extend(_critic(m, tok, c, index, critic, judge.get("dismiss")))
                    hits.extend(_demand(m, tok, c, index, demand))
                    if blame is not None:
                        hits.extend(_blame(m, tok, c, index, blame))
    return hits


def _judged_wrong(m: Matcher, verb: Token, index: ActorIndex, critic: Entry) -> list[Hit]:
    """"deemed the expulsion unjust", "described the move as unwarranted", "considers
    the decision wholly unwarranted": a wrong found in another's act criticises its doer."""
    adjs = [c for c in kids(verb) if c.dep_ in {"oprd", "acomp"} and c.pos_ == "ADJ"]
    adjs += [g for c in kids(verb) for o in [c, *kids(c)] if c.dep_ == "dobj"
             for p in kids(o) if p.dep_ == "prep" and p.lower_ == "as"
             for g in kids(p) if g.pos_ == "ADJ"]  # "described the move as unwarranted"
    adjs += [g for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as"
             for g in kids(c) if g.pos_ == "ADJ"]
    small = [c for c in kids(verb) if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    wrong = [a for a in adjs + small if "negadj" in m.classes(a)
             and not any(c.dep_ == "neg" for c in kids(a))]
    if not wrong:
        return []
    objs = objects(verb) + [c for a in small if a in wrong for c in kids(a) if c.dep_ == "nsubj"]
    return _simple(m, verb, objs, index, critic, acts=True)


def _critic(m: Matcher, say: Token, clause: Token, index: ActorIndex, critic: Entry,
            dismiss: Entry | None = None) -> list[Hit]:
    """"He said Biden's comments were inappropriate": the speaker criticises Biden; "said
    Greek objections were unacceptable": what Greece proposed or objected is rejected."""
    adjs = [c for c in kids(clause) if c.dep_ in {"acomp", "attr"}]
    # "... were inappropriate", "... was a terrorist", "... was no different from Hitler"
    named = [g for a in adjs for p in kids(a) if p.dep_ == "prep" and p.lower_ in {"from", "than"}
             for g in kids(p) if g.dep_ == "pobj"]
    if not any("negadj" in m.classes(a) or "label" in m.classes(a) for a in adjs + named):
        return []
    if any(c.dep_ == "neg" for c in kids(clause)):
        return []  # "said Ukrainians were not Nazis": a denial, not a charge
    subj = [c for c in kids(clause) if c.dep_ == "nsubj"]
    if dismiss is not None and subj and "proposal" in m.classes(subj[0]):
        return _simple(m, say, subj, index, dismiss)
    return _simple(m, say, subj, index, critic) if subj else []


def _blame(m: Matcher, say: Token, clause: Token, index: ActorIndex, blame: Entry
           ) -> list[Hit]:
    """"Kyiv said Moscow was behind / responsible for / to blame for the attack"."""
    below = kids(clause)
    if not (any(c.dep_ in {"acomp", "attr"} and "blameadj" in m.classes(c) for c in below)
            or any(c.dep_ == "prep" and c.lower_ == "behind" for c in below)
            or any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame" for c in below)):
        return []
    subj = [c for c in below if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if subj and index.group(subj[0]):
        return _simple(m, say, subj, index, blame)
    return []


def _demand(m: Matcher, say: Token, clause: Token, index: ActorIndex, demand: Entry
            ) -> list[Hit]:
    """"X said Y must/should do Z": X demands something of Y."""
    if not any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in kids(clause)):
        return []
    subj = [c for c in kids(clause) if c.dep_ in {"nsubj", "nsubjpass"}]
    if subj and index.group(subj[0]):
        return _simple(m, say, subj, index, demand)
    return []


def _simple(m: Matcher, verb: Token, objs: list[Token], index: ActorIndex, entry: Entry,
            acts: bool = False) -> list[Hit]:
    """The judgement of the first object that names an actor; with `acts`, also of an
    act ("called the seizure an act of piracy"), whose doer the coder looks up in the
    sentences before (`referents`)."""
    sources = m.subject_actors(subject(verb, m.controllers), index)
    for o in objs:
        targets = index.group(o)
        if targets and sources:
            return [Hit(verb, entry, sources, targets, "judgement", confidence=0.75)]
        if acts and sources and o.lower_ in ACTS:
            return [Hit(verb, entry, sources, [], "judgement", confidence=0.6)]
    return []
