"""Small composition rules the resolver applies to atoms and mentions.

Kept apart from the resolver's control flow: each rule is one English pattern
("pro-Russian", "Russia's UN ambassador", "Iranian and Turkish officials").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..models import Actor, Mention
from ..nlp.pipeline import doc_lowers, text_of
from .people import make_code

if TYPE_CHECKING:
    from .atoms import Atom
    from .lexicon import Payload


def pro_or_anti(doc: Doc, i: int) -> bool:
    """'pro-Russian', 'anti-American': the country is an attitude, not the actor."""
    prev = doc_lowers(doc)[max(i - 2, 0):i]  # the lower_ column, cut
    return bool(prev) and (prev[-1] in ("pro-", "anti-") or
                           (len(prev) == 2 and prev[0] in ("pro", "anti") and prev[1] == "-"))


def igo_title(doc: Doc, cue: Atom, org: Atom, title: Atom) -> bool:
    """'Russia's UN ambassador': country, possessive, an IGO, then an office."""
    return (org.payload.kind == "org" and org.payload.org.kind == "igo"
            and cue.end < org.start <= cue.end + 1 and doc[cue.end].norm_ in ("'s", "'")
            and title.start == org.end and title.payload.kind == "sector"
            and title.payload.term.kind == "title")


def ethnic_mention(doc: Doc, si: int, a: Atom) -> Mention:
    """'ethnic Albanians': a people, not the state of that name (PLOVER codes no ethnicity)."""
    text = text_of(doc, a.start - 1, a.end)
    why = f"'{text}': an ethnic group, not {a.payload.country.iso3}: no country code"
    return Mention(a.start - 1, a.end, si, Actor(text, None, None, None, text, "group",
                                                 "ethnic group", why), False, "demonym")


def settled_people(doc: Doc, a: Atom, nxt: Atom) -> bool:
    """'Bosnian Serbs', 'Iraqi Kurds': a demonym right before a plural people's name."""
    p = nxt.payload
    people = p.kind == "adj" or (p.kind == "org" and p.org.kind == "ethnic")
    word = doc[nxt.end - 1]
    return people and nxt.start == a.end and nxt.end - nxt.start == 1 and \
        word.text[:1].isupper() and word.lower_.endswith("s") and word.tag_ in ("NNPS", "NNS")


def share_roles(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """Coordinated countries share a role: 'Iranian and Turkish officials' (both GOV, both
    on the head noun), 'Iranian, Turkish and Russian officials', 'the presidents of Iraq
    and Egypt' (both GOV)."""
    out = list(ms)
    for k in range(len(ms) - 2, -1, -1):  # right to left, so a chain passes the role on
        m, r = out[k], out[k + 1]
        if r.start != m.end + 1 or doc[m.end].lower_ not in ("and", ",", "or"):
            continue
        if doc[m.end].lower_ == "," and not _listed(doc, r):
            continue  # "troops to Russia, South Korea's spy agency said": no list
        if m.via in ("demonym", "name") and r.via == "role" and r.actor.country:
            out[k] = replace(with_role(doc, m, r), end=r.end)
            out[k] = replace(out[k], actor=replace(out[k].actor, text=text_of(doc, m.start, r.end)))
        elif m.via == "role" and r.via == "name" and doc[m.end - 2].lower_ == "of":
            out[k + 1] = with_role(doc, r, m)
    return out


def _listed(doc: Doc, r: Mention) -> bool:
    """Whether a mention after a comma ends a list: "Iranian, Turkish and Russian officials"
    (the role already shared from the right), not a new clause after the comma."""
    return any(t.lower_ in ("and", "or") for t in doc[r.start:r.end])


def with_role(doc: Doc, m: Mention, r: Mention) -> Mention:
    sector = r.actor.sector
    actor = replace(m.actor, code=make_code(m.actor.country, sector), sector=sector,
                    role=r.actor.role, why=f"{m.actor.why}; shares '{doc[r.start:r.end]}'")
    return replace(m, actor=actor, via="role")


def org_actor(text: str, p: Payload) -> Actor:
    """An organisation, group or partially recognised entity from organisations.tsv."""
    o = p.org
    if o.kind == "ethnic":  # "Kurds": a people, not a state or an organisation
        why = f"organisations.tsv: {o.name}, an ethnic group: no country code"
        return Actor(text, None, None, None, o.name, "group", "ethnic group", why)
    sector = o.sector or None
    kind = {"igo": "igo", "group": "group", "ethnic": "group", "ngo": "other",
            "pre": "state", "agency": "state"}.get(o.kind, "other")
    why = f"organisations.tsv: {o.name} ({o.kind}" + (f", home {o.home}" if o.home else "") + ")"
    return Actor(text, make_code(o.code, sector), o.code, sector, o.name, kind, None, why)
