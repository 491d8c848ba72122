"""Pronouns and plural references: "He said ..." and "They work together ...".

Cheap rules over the mentions already found: "he/she" as a subject is the most recent
person that was a subject (this sentence or up to three back); "They" opening a sentence,
or "the two countries" / "both sides", is the group of state actors the previous sentence
(or the same sentence before it) made its subject or coordinated.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..models import Actor, Mention
from ..nlp.pipeline import doc_tokens, kids, sent_lowers, sent_of, sent_tokens, span_root, text_of
from .tables import DATA, read_tsv

SUBJ = {"nsubj", "nsubjpass"}
LOOKBACK = 3
GROUP_NOUNS = {"countries", "sides", "nations", "governments", "states", "neighbours", "neighbors"}
GROUP_DETS = {"the", "two", "both", "three", "all", "these", "those"}
# people who stand for their states only when counted: "the two leaders", "both ministers"
# ("the leaders" alone may be anyone's)
PEER_NOUNS = {"leaders", "presidents", "ministers", "premiers", "delegations", "allies",
              "heads", "counterparts"}
COUNTED = {"two", "both", "three"}
# the words `_anaphor` reads past the first: "they", group nouns, counted people
PLURAL_WORDS = frozenset({"they"} | GROUP_NOUNS | PEER_NOUNS)


def _root(doc: Doc, m: Mention) -> Token:
    return span_root(doc, m.start, m.end)


def _is_subject(doc: Doc, m: Mention) -> bool:
    return _subject_root(_root(doc, m))


def _subject_root(tok: Token) -> bool:
    """Whether a phrase's root token is (a conjunct of, or the possessor in) a subject."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head  # "The country's president, Gustavo Petro, said": the subject too
    if tok.dep_ == "poss":
        tok = tok.head
    return tok.dep_ in SUBJ


def pronouns(doc: Doc, si: int, sent: Span, ms: list[Mention],
             history: list[list[Mention]]) -> list[Mention]:
    """he/she as a subject -> the last person subject before it."""
    out: list[Mention] = []
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low not in ("he", "she") or tok.dep_ not in SUBJ:
            continue
        here = sorted((m for m in ms + out if m.end <= tok.i), key=lambda m: m.start)
        cands = [m for m in here if m.actor.kind == "person" and _is_subject(doc, m)]
        if not cands:
            # "Malaysia ordered Ambassador Kang Chol to leave after he criticised ...",
            # "Its president, Petro, posted that he ...": the one person the sentence
            # names before, whatever its role there, before anyone of the sentences before
            local = [m for m in here if m.actor.kind == "person" and not _quoted(sent, m)]
            people = {m.actor.country for m in local}
            cands = local if len(people) == 1 else []
        for past in reversed(history[-LOOKBACK:]):
            if cands:
                break
            cands = [m for m in past if m.actor.kind == "person" and _is_subject(doc, m)]
        if cands:
            a = cands[-1].actor
            why = f"pronoun '{tok.text}' -> {a.name or a.text} | {_base(a)}"
            out.append(Mention(tok.i, tok.i + 1, si, replace(a, text=tok.text, why=why), False,
                               "pronoun"))
    return out


QUOTE_MARKS = ('"', "“", "”")


def _quoted(sent: Span, m: Mention) -> bool:
    """Whether a mention sits inside a quotation of its sentence: who a quotation
    names is not who "he" outside it is."""
    before = sent.doc[sent.start:m.start].text if m.start > sent.start else ""
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def object_pronouns(doc: Doc, si: int, sent: Span, ms: list[Mention]) -> list[Mention]:
    """them/him/her as the object of a participle clause -> the main verb's object:
    "Poland expelled 45 Russian diplomats, accusing them of spying"."""
    out: list[Mention] = []
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low not in ("them", "him", "her") or tok.dep_ != "dobj":
            continue
        verb = tok.head
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp"):
            continue
        objs = [c for c in kids(verb.head) if c.dep_ == "dobj" and c.i < verb.i]
        if not objs:
            continue
        span = range(objs[0].left_edge.i, objs[0].i + 1)
        found = [m for m in ms if m.start in span or (m.end - 1) in span]
        people = [m for m in found if m.actor.kind == "person"]
        found = found if tok.lower_ == "them" else people
        if len(found) == 1 and found[0].actor.country:
            a = found[0].actor
            why = f"pronoun '{tok.text}' -> {a.name or a.text} | {_base(a)}"
            out.append(Mention(tok.i, tok.i + 1, si, replace(a, text=tok.text, why=why), False,
                               "pronoun"))
    return out


def _group(ms: list[Mention]) -> list[Actor]:
    """Distinct state-like actors (one per country) among mentions, in order."""
    seen: dict[str, Actor] = {}
    for m in ms:
        a = m.actor
        if a.country and a.kind in ("state", "igo", "group", "person") and not m.is_place \
                and a.country not in seen:
            seen[a.country] = a
    return list(seen.values())


def _conj_cluster(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """The largest set of mentions joined by 'and' ("Turkey and Iran")."""
    roots = {_root(doc, m).i: m for m in ms}
    best: list[Mention] = []
    for m in ms:
        tok = _root(doc, m)
        if tok.dep_ == "conj":
            continue
        members = [m] + [roots[c.i] for c in tok.conjuncts if c.i in roots]
        if len(members) > len(best):
            best = members
    return best if len(best) > 1 else []


def _subject_group(doc: Doc, ms: list[Mention]) -> list[Actor]:
    """Subjects of the sentence with their coordinates and partners ("along with", "met X")."""
    picked = [m for m in ms if _is_subject(doc, m)]
    if not picked:
        return []
    inside = {i for m in picked for i in range(m.start, m.end)}
    for m in ms:  # "Foreign ministers of Chile and Peru": Peru is coordinated with Chile
        tok = _root(doc, m)
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i not in inside:
            tok = tok.head
        if tok.dep_ == "conj" and tok.head.i in inside and m not in picked:
            picked.append(m)
    verbs = {_root(doc, m).head.i for m in picked}
    for m in ms:
        tok = _root(doc, m)
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and \
                (tok.head.head.i in verbs or tok.head.head.dep_ == "ROOT"):
            picked.append(m)  # "Along with Turkey and Russia, Iran ..."
            picked.extend(x for x in ms if _root(doc, x).i in {c.i for c in tok.conjuncts})
    group = _group(picked)
    if len(group) == 1:  # "Zarif met his Turkish counterpart. They ..."
        partners = [m for m in ms if _root(doc, m).dep_ == "dobj" and _root(doc, m).head.i in verbs]
        group = _group(picked + partners)
    return group


def _anaphor(sent: Span) -> tuple[int, int, bool] | None:
    """Token span of a plural reference: a sentence-initial They/Their, 'the two
    countries', or 'they' as the first subject of a sentence that names no one before
    it ("In the meeting, they decided"); and whether it may stand for any group (False
    for uncounted people, "the leaders", "the heads of state", who stand only for the
    two parties an article is about)."""
    first = sent[0]
    if first.lower_ in ("they", "their") or (first.lower_ == "both" and first.dep_ in SUBJ):
        return first.i, first.i + 1, True
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low not in PLURAL_WORDS:  # the one test most words get
            continue
        peer = low in PEER_NOUNS
        if low == "they" and tok.dep_ in SUBJ and not any(
                t.dep_ in SUBJ or t.pos_ == "PROPN" for t in sent.doc[sent.start:tok.i]):
            return tok.i, tok.i + 1, True
        if (low in GROUP_NOUNS or peer) and tok.i > sent.start and tok.pos_ != "PROPN":
            start = tok.i
            # "both nuclear-armed neighbours": over the words that describe them too
            while start > sent.start and (tok.doc[start - 1].lower_ in GROUP_DETS or (
                    tok.doc[start - 1].dep_ in {"amod", "compound", "punct", "advmod", "npadvmod"}
                    and tok.doc[start - 1].head.i in range(start - 1, tok.i + 1)
                    and tok.doc[start - 1].pos_ != "PROPN"  # not "the United States"
                    and tok.doc[start - 1].lower_ not in {",", "and"})):
                start -= 1
            dets = {t.lower_ for t in tok.doc[start:tok.i]}
            if peer and not dets & COUNTED:
                # "the leaders agreed": only as a subject, and only for a pair (below)
                if tok.dep_ in SUBJ and tok.doc[start].lower_ == "the" and not any(
                        t.pos_ == "PROPN" for t in tok.doc[tok.i:tok.right_edge.i + 1]):
                    return start, tok.i + 1, False
                continue
            if start < tok.i and tok.doc[start].lower_ in ("the", "both", "these", "those"):
                return start, tok.i + 1, True
    return None


COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
# a clause told against the main one: its doers answer, or are answered by, its subject
CONTRAST_MARKS = {"after", "before", "when", "as", "because", "since", "while"}


def _rival(doc: Doc, sent: Span, at: int, ms: list[Mention]) -> set[str]:
    """The countries of the main clause's subject when the token `at` sits in a clause
    set against it ("Algiers recalled its envoy after the two countries ..."): those
    are the other side, not members of the group."""
    tok = doc[at]
    while tok.head.i != tok.i and tok.dep_ != "advcl":
        tok = tok.head
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS
                                     for c in kids(tok)):
        return set()
    main = tok.head
    return {a.country for c in kids(main) if c.dep_ in SUBJ
            for a in _owner_at(c, [m for m in ms if m.end <= at])} - {None}


def _counted_group(doc: Doc, ms: list[Mention], history: list[list[Mention]], at: int,
                   exclude: set[str], count: int) -> list[Actor]:
    """A group of exactly `count` states: the coordinated ones ("Mali, Niger and Burkina
    Faso") or a sentence's subjects and partners, nearest first, none of `exclude`;
    else the last `count` states named."""
    before = [m for m in ms if m.end <= at]
    for block in [before] + list(reversed(history[-LOOKBACK:])):
        for group in (_group(_conj_cluster(doc, block)), _subject_group(doc, block)):
            group = [a for a in group if a.country not in exclude]
            if len(group) == count:
                return group
    return _latest_states(ms, history, at, exclude, count)


def _latest_states(ms: list[Mention], history: list[list[Mention]], at: int,
                   exclude: set[str], count: int) -> list[Actor]:
    """The last `count` distinct states named before token `at` (this sentence, then up
    to three back), none of `exclude`; [] when fewer are named."""
    seen: dict[str, Actor] = {}
    here = sorted((m for m in ms if m.end <= at), key=lambda m: m.start)
    for block in [here] + [sorted(p, key=lambda m: m.start) for p in reversed(history[-LOOKBACK:])]:
        for m in reversed(block):
            a = m.actor
            if (a.country and a.kind == "state" and not m.is_place and a.country not in exclude
                    and a.country not in seen):
                seen[a.country] = a
                if len(seen) == count:
                    return list(seen.values())
    return []


def _recent_group(doc: Doc, history: list[list[Mention]]) -> list[Actor]:
    """The group the sentences just before name: their subjects with partners, or
    coordinated states, or the two states of a sentence that names just two."""
    for prev in reversed(history[-LOOKBACK:]):
        if not prev:
            continue
        states = _group(prev)
        for group in (_subject_group(doc, prev), _group(_conj_cluster(doc, prev)),
                      states if len(states) == 2 else []):
            if len(group) >= 2:
                return group
    return []


def plurals(doc: Doc, si: int, sent: Span, ms: list[Mention],
            history: list[list[Mention]]) -> list[Mention]:
    """Several mentions on the anaphor's span, one per actor of the group it stands for."""
    span = _anaphor(sent)
    if span is None or any(m.start <= span[0] < m.end for m in ms):
        return []
    start, end, any_group = span
    group: list[Actor] = []
    noun = doc[end - 1]
    # "Turkey and Iran ... the countries": same sentence first; not when the group is the
    # object of what the ones before do ("China and the US urged both neighbours")
    acted_on = noun.dep_ in {"dobj", "dative"} or (noun.dep_ == "pobj" and noun.head.lower_ != "of")
    if start > sent.start and not acted_on:
        before = [m for m in ms if m.end <= start]
        group = _group(_conj_cluster(doc, before)) or _subject_group(doc, before)
    if len(group) < 2 and history and history[-1]:
        prev = history[-1]
        group = _subject_group(doc, prev) or _group(_conj_cluster(doc, prev))
        if not group:
            states = _group(prev)
            group = states if len(states) == 2 else []
    if not group or len(group) < 2 and not any_group:
        # "The heads of state commended ...": named two or three back ("They" that the
        # sentence before names one of stays that one)
        group = _recent_group(doc, history)
    if not any_group and (len(group) != 2 or any(a.kind == "igo" for a in group)):
        return []  # "the leaders" of a summit of many: whose, the text does not say
    count = next((COUNTS[t.lower_] for t in doc[start:end] if t.lower_ in COUNTS), None)
    rival = _rival(doc, sent, start, ms)
    if count is not None and (len(group) != count or rival & {a.country for a in group}):
        # "Algiers recalled its envoy after the two countries ... called theirs home":
        # the pair named is not the one before; the states named last, but not the
        # one that answers them, are
        group = _counted_group(doc, ms, history, start, rival, count) or group
    text = text_of(doc, start, end)
    return [Mention(start, end, si, replace(a, text=text, why=f"plural '{text}' -> {a.country} | "
                                            f"{_base(a)}"), False, "pronoun") for a in group]


IT_SKIP_HEADS = {"be", "seem", "appear", "look", "happen", "remain", "take", "rain", "matter"}
OWNER_KINDS = ("state", "igo", "group")


def _owner_at(tok: Token, ms: list[Mention]) -> list[Actor]:
    """States/organisations (capitals count: "Tehran said") covering a subject token."""
    found = [m for m in ms if m.start <= tok.i < m.end and m.actor.country
             and m.actor.kind in OWNER_KINDS and (not m.is_place or m.via == "capital")]
    seen: dict[str, Actor] = {}
    for m in found:
        seen.setdefault(m.actor.country, m.actor)
    return list(seen.values())


def _single_owner(doc: Doc, sent: Span, at: int, ms: list[Mention],
                  history: list[list[Mention]]) -> Actor | None:
    """The state that is the nearest subject before `at` in this sentence ("Iraq said it
    would"), else the subject of the previous sentence's main verb; None when that
    subject is anything else ("The company said it ...")."""
    subjects = [t for t in doc[sent.start:at] if t.dep_ in SUBJ]
    if subjects:
        owners = _owner_at(subjects[-1], ms)
    elif history and history[-1]:
        prev = sent_of(doc_tokens(doc)[history[-1][0].start])
        subj = [c for c in kids(prev.root) if c.dep_ in SUBJ]
        owners = _owner_at(subj[0], history[-1]) if subj else []
        owners = owners if subj and not subj[0].conjuncts else []
    else:
        owners = []
    return owners[0] if len(owners) == 1 else None


def it_pronouns(doc: Doc, si: int, sent: Span, ms: list[Mention],
                history: list[list[Mention]]) -> list[Mention]:
    """'Iran rejected the offer. It said ...': subject 'it' -> the single state subject before."""
    out: list[Mention] = []
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low != "it" or tok.dep_ not in SUBJ or tok.head.lemma_ in IT_SKIP_HEADS \
                or any(m.start <= tok.i < m.end for m in ms):
            continue
        if any(c.dep_ in ("acomp", "attr") for c in kids(tok.head)):
            continue  # "it is clear", "it remains a risk"
        a = _single_owner(doc, sent, tok.i, ms, history)
        if a is not None:
            why = f"pronoun '{tok.text}' -> {a.country} | {_base(a)}"
            out.append(Mention(tok.i, tok.i + 1, si, replace(a, text=tok.text, why=why), False,
                               "pronoun"))
    return out


def possessive_roles(doc: Doc, si: int, sent: Span, ms: list[Mention],
                     history: list[list[Mention]], roles: list[tuple[int, int, str, str, bool]]
                     ) -> list[Mention]:
    """'their foreign ministers' / 'its army' as a subject: a role of the states named before.

    `roles` are (start, end, sector, role, is_title) of sector words no country claimed. 'their'
    takes the coordinated states of this sentence, else the previous sentence's group;
    'its' the single state subject.
    """
    out: list[Mention] = []
    covered = {i for m in ms if m.actor.country for i in range(m.start, m.end)}
    for start, end, sector, role, title in roles:
        j = start - 1
        while j >= sent.start and doc[j].lower_ in ("own", "top", "senior", "two", "respective"):
            j -= 1
        if j < sent.start or doc[j].lower_ not in ("their", "its") or covered & set(range(j, end)):
            continue
        if not _subject_root(span_root(doc, start, end)):
            continue  # "offered its troops": the owner's own means, not a second actor
        if doc[j].lower_ == "its":
            one = _single_owner(doc, sent, j, ms, history)
            owners = [one] if one else []
        else:
            before = [m for m in ms if m.end <= j]
            owners = _group(_conj_cluster(doc, before))
            subjects = [t for t in doc[sent.start:j] if t.dep_ in SUBJ]
            if not owners and subjects and subjects[-1].tag_ in ("NNS", "NNPS"):
                one = _single_owner(doc, sent, j, ms, history)  # "Bosnian Serbs ... their"
                owners = [one] if one else []
            if len(owners) < 2 and history and history[-1]:
                owners = _subject_group(doc, history[-1]) or owners
        text = text_of(doc, j, end)
        for a in owners:
            code = f"{a.country}{sector}"
            why = f"possessive '{text}' -> {a.country} | {_base(a)}"
            out.append(Mention(j, end, si, Actor(text, code, a.country, sector, None,
                                                 "person" if title else a.kind, role,
                                                 why), False, "role"))
    return out


def _base(a: Actor) -> str:
    """The antecedent's own reason, without earlier pronoun steps."""
    return (a.why or "").split(" | ")[-1]


# "NATO ... the alliance said": nouns that refer back to a named organisation
DESCRIPTIONS = {r["word"]: frozenset(c for c in r["codes"].split("|") if c)
                for r in read_tsv(DATA / "descriptions.tsv", header=["word", "codes"])}


def descriptions(doc: Doc, si: int, sent: Span, ms: list[Mention],
                 history: list[list[Mention]]) -> list[Mention]:
    """"the alliance", "the bloc": the organisation of that kind named last, in this
    sentence before the words or up to three sentences back."""
    out: list[Mention] = _members(doc, si, sent, ms, history)
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        codes = DESCRIPTIONS.get(low)
        if codes is None or tok.i == sent.start or doc[tok.i - 1].lower_ != "the" \
                or any(m.start <= tok.i < m.end for m in ms) or tok.pos_ != "NOUN":
            continue
        named = [m for m in _earlier(history, ms, tok) if m.actor.kind == "igo"
                 and m.via != "pronoun" and (not codes or m.actor.country in codes)]
        if named:
            a = named[-1].actor
            out.append(_stand_in(doc, tok, si, a,
                                 f"description 'the {tok.text}' -> {a.country} | {_base(a)}"))
    return out


MEMBER_NOUNS = {"member", "ally"}


def _members(doc: Doc, si: int, sent: Span, ms: list[Mention],
             history: list[list[Mention]]) -> list[Mention]:
    """"Turkey ... the first time a NATO member has shot down a Russian plane": a member
    of an organisation, named as such, is the state the sentence is about (its subject),
    not the organisation."""
    out: list[Mention] = []
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low not in MEMBER_NOUNS or tok.dep_ not in SUBJ:
            continue
        mods = [c for c in kids(tok) if c.dep_ in {"compound", "amod"}]
        if not any(m.actor.kind == "igo" for c in mods for m in ms
                   if m.start <= c.i < m.end) or any(
                m.start <= tok.i < m.end and m.actor.kind == "state" for m in ms):
            continue
        a = _single_owner(doc, sent, tok.left_edge.i, ms, history)
        if a is None or a.kind != "state":
            continue
        why = f"member '{text_of(doc, tok.left_edge.i, tok.i + 1)}' -> {a.country} | {_base(a)}"
        out.append(Mention(tok.left_edge.i, tok.i + 1, si,
                           replace(a, text=text_of(doc, tok.left_edge.i, tok.i + 1), why=why),
                           False, "pronoun"))
    return out


def _earlier(history: list[list[Mention]], ms: list[Mention], tok: Token) -> list[Mention]:
    """Mentions up to LOOKBACK sentences back and in this sentence before `tok`."""
    return [m for past in history[-LOOKBACK:] for m in past] + [m for m in ms if m.end <= tok.i]


def _stand_in(doc: Doc, tok: Token, si: int, a: Actor, why: str) -> Mention:
    """The two words ending at `tok` ("the alliance", "his counterpart") standing for `a`."""
    return Mention(tok.i - 1, tok.i + 1, si,
                   replace(a, text=text_of(doc, tok.i - 1, tok.i + 1), why=why), False, "pronoun")


def counterparts(doc: Doc, si: int, sent: Span, ms: list[Mention],
                 history: list[list[Mention]]) -> list[Mention]:
    """"Biden spoke with Putin. Biden warned his counterpart ...": the counterpart is the
    other side's person named last, not the speaker's own country."""
    out: list[Mention] = []
    for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
        if low not in ("counterpart", "counterparts") or tok.i == sent.start \
                or doc[tok.i - 1].lower_ not in ("his", "her", "their") \
                or any(m.start <= tok.i < m.end and m.actor.country for m in ms):
            continue
        before = [m for m in ms if m.end <= tok.i and m.actor.country]
        subjects = [m for m in before if _is_subject(doc, m)]
        own = {m.actor.country for m in (subjects[-1:] or before)}
        if not own:
            continue
        other = [m for m in _earlier(history, ms, tok) if m.actor.kind == "person"
                 and m.actor.country and m.actor.country not in own and m.via != "pronoun"]
        if other:
            a = other[-1].actor
            out.append(_stand_in(doc, tok, si, a, f"'{doc[tok.i - 1].text} {tok.text}' -> "
                                                  f"{a.name or a.text} | {_base(a)}"))
    return out
