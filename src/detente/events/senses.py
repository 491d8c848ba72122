"""Word senses and frames the lexicon alone cannot tell apart.

"strike" is a labour protest or an armed attack; a "with" after "near its border" names
the neighbour across the line, not a partner; troops sent "to help" an ally are aid, not
a show of force against it. Each helper reads the parse around one trigger only.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.pipeline import kids

from .frames import ActorIndex, forms, preps

BORDERS = {"border", "frontier", "boundary", "line"}
# places a clash is told in, whose "between A and B" names the sides (place_between)
REGIONS = {"region", "area", "zone"}
PLACE_PREPS = {"in", "on", "along", "at", "near", "across"}
MODIFIERS = {"amod", "compound", "nmod", "poss"}
# sectors of people whose "strike" is a walkout, not an attack
CIVIL_SECTORS = {"LAB", "EDU", "CVL", "BUS", "MED", "HLH", "AGR", "REL", "JUD", "LEG", "ELI"}
ARMED_SECTORS = {"MIL", "REB", "SPY", "INS", "UAF", "PRM"}
TIME_NOUNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "day", "night", "morning", "evening", "weekend", "week", "month", "year"}
HELP_VERBS = {"help", "support", "assist", "aid", "bolster", "reinforce", "back", "defend",
              "protect", "shore"}
HELP_PREPS = {"alongside"}
# "sent soldiers to Mozambique to fight insurgents": troops sent against a third party
FIGHT_VERBS = {"fight", "combat", "battle", "defeat", "repel", "hunt", "root", "crush",
               "suppress", "quell", "secure", "stabilise", "stabilize", "guard", "police"}
# "sent carriers to the Mediterranean to deter Iran": the one the show of force is aimed at
DETER_VERBS = {"deter", "intimidate", "warn", "pressure", "counter", "confront", "threaten",
               "dissuade", "menace", "signal", "contain"}


def _mods(tok: Token) -> list[Token]:
    """Modifiers of a noun and theirs ("US-led strikes", "Israeli air strikes")."""
    near = [c for c in kids(tok) if c.dep_ in MODIFIERS]
    return near + [g for c in near for g in kids(c) if g.dep_ in MODIFIERS | {"conj"}]


ORDERED = {"order", "authorize", "authorise", "approve", "conduct", "carry"}


def armed_sense(tok: Token, index: ActorIndex, classes) -> bool:
    """An ambiguous force noun ("strike") used for an armed attack.

    Yes with a weapon or military word ("drone strike", "retaliatory strikes"), a
    state or armed doer ("US and British strikes", "strikes by Israel"), a target
    after "on" ("a strike on a convoy") or an armed target after "against"; no when a
    labour word is there ("rail strike", "strike by teachers").
    """
    mods = _mods(tok)
    by = preps(tok, "by")
    words = {f for t in mods + by for f in forms(t)[:2]}
    cls = set().union(*(classes(t) for t in mods + by)) if mods or by else set()
    if "labour" in cls or any(_sector(m, CIVIL_SECTORS) for t in by for m in index.group(t)):
        return False
    if "armed" in cls or words & {"air", "missile", "drone"}:
        return True
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in ORDERED:
        return True  # "Trump ordered the strike": no one orders a walkout
    for t in mods + by:
        for m in index.group(t, allow_place=False):
            if m.actor.country and (not m.actor.sector or m.actor.sector in ARMED_SECTORS):
                return True
    if any(t.lower_ not in TIME_NOUNS and t.ent_type_ not in {"DATE", "TIME"}
           for t in preps(tok, "on")):
        return True
    return any(m.actor.kind == "group" or m.actor.sector in ARMED_SECTORS
               for t in preps(tok, "against") for m in index.group(t))


def _sector(m, sectors: set[str]) -> bool:
    return bool(m.actor.sector and m.actor.sector in sectors)


def border_partners(heads: list[Token], prep: str | None = None) -> list[Token]:
    """The neighbour named after a border: "near its border with Azerbaijan".

    The parser hangs the "with" on the border noun or, as often, on the verb right
    after the border phrase; either way the neighbour is across the line. With `prep`,
    only a border after that preposition counts.
    """
    out: list[Token] = []
    for h in heads:
        for p in kids(h):
            if p.dep_ != "prep" or (prep is not None and p.lower_ != prep):
                continue
            for b in kids(p):
                if b.dep_ != "pobj" or b.lemma_.lower() not in BORDERS:
                    continue
                out += preps(b, "with")
                nxt = b.doc[b.i + 1] if b.i + 1 < len(b.doc) else None
                if nxt is not None and nxt.lower_ == "with" and nxt.head == h:
                    out += [g for g in kids(nxt) if g.dep_ == "pobj"]
    return out


def place_between(noun: Token) -> list[Token]:
    """The sides named after the place of a clash: "clashes in the border region between
    A and B", "fighting broke out along the frontier between A and B".

    The "between" hangs on the place, and the place on the clash noun or on the verb
    whose subject the clash is; the pair across that place are the ones fighting.
    """
    heads = [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else [])
    out: list[Token] = []
    for h in heads:
        for p in kids(h):
            if p.dep_ != "prep" or p.lower_ not in PLACE_PREPS:
                continue
            for b in kids(p):
                if b.dep_ == "pobj" and b.lemma_.lower() in BORDERS | REGIONS:
                    out += preps(b, "between")
    return out


def helping(verb: Token) -> bool:
    """A sending told with its purpose of helping: "sent troops to Russia to help it",
    "... to fight alongside Russian forces"."""
    for c in kids(verb):
        if c.dep_ not in {"advcl", "xcomp"} or not any(a.lower_ == "to" for a in kids(c)):
            continue
        if c.lemma_.lower() in HELP_VERBS:
            return True
        if any(t.lower_ in HELP_PREPS for t in c.subtree):
            return True
    return False


def purpose_foes(verb: Token) -> list[Token] | None:
    """Objects of a purpose clause of fighting ("... to fight insurgents"): None when the
    sending states no such purpose; [] when it fights no one named ("to restore order")."""
    for c in kids(verb):
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in FIGHT_VERBS \
                and any(a.lower_ == "to" for a in kids(c)):
            return [o for o in kids(c) if o.dep_ in {"dobj", "dative"}] + \
                [g for p in kids(c) if p.dep_ == "prep" for g in kids(p) if g.dep_ == "pobj"]
    return None


def deterred(verb: Token) -> list[Token]:
    """Objects of a purpose clause of deterrence ("... to deter Iran and Hezbollah")."""
    return [o for c in kids(verb)
            if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in DETER_VERBS
            and any(a.lower_ == "to" for a in kids(c))
            for o in kids(c) if o.dep_ in {"dobj", "dative"}]
