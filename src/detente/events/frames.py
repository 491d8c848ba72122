"""Dependency-parse helpers: the subject, objects and conjuncts of a trigger.

Everything here works on spaCy tokens and returns tokens; turning tokens into
actors == done by `ActorIndex`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from detente.models import Actor, Mention
from detente.nlp.pipeline import doc_text, kids, sent_of, sent_tokens

from . import lexicon

# "X is set / expected / scheduled to visit": X visits
PASSIVE_DOERS = {"commit", "involve", "engage", "prepare", "determine", "oblige", "embroil",
                 "set", "expect", "schedule", "slate", "poise", "suppose"}
# nouns of will whose infinitive is their holder's act ("their determination to ...")
WILL_NOUNS = lexicon.words_of("will")
SUBJ = {"nsubj", "csubj", "expl"}
CLAUSAL = {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"}
OF_PREPS = frozenset({"of", "from", "by"})
POSS_PRONOUNS = {"their", "its", "his", "her"}
TEMPORAL = {"after", "before", "during", "since", "despite", "amid", "following", "until",
            "over", "because"}
# "stopped X from Ying": X would be the doer of Ying, and Ying did not happen
PREVENTERS = frozenset({"stop", "prevent", "bar", "block", "keep", "ban", "deter", "dissuade",
                        "discourage", "prohibit", "restrain", "forbid"})
SOURCE_PREPS = OF_PREPS | {"in", "throughout", "across", "including"}
# "accused X of Ying" / "blamed X for Ying": X, not the accuser, is the doer of Ying
ALLEGERS = frozenset({"accuse", "blame", "suspect", "charge", "criticize", "criticise",
                      "condemn", "denounce", "fault", "convict", "indict", "sanction",
                      "punish", "penalize", "penalise", "rebuke", "slam", "reprimand",
                      "praise", "thank", "commend", "congratulate", "credit", "hail",
                      "jail", "sentence", "imprison", "arrest", "detain", "fine", "try",
                      "prosecute", "execute", "expel", "deport", "reward", "honour", "honor"})


def tokens(sent: Span) -> list[Token]:
    """The tokens of a sentence, made once: the coder walks each sentence many times."""
    return sent_tokens(sent)


def span_text(sent: Span) -> str:
    """A sentence's text cut from the document text (`Span.text` rebuilds it)."""
    return doc_text(sent.doc)[sent.start_char:sent.end_char]


def forms(tok: Token) -> list[str]:
    """Lemma candidates for a token: the lemma, the lower text, crude stems.

    The small model's lemmatizer misses some ("hopes" -> "hop"), so the coder tries
    the surface form and a few suffix strips as well. Asked about a hundred thousand
    times per megabyte of news, so made for the whole document at once (`_forms_table`)
    and, for the words themselves, kept per process.
    """
    try:  # doc_memo written out: this is asked very often
        return tok.doc.user_data[FORMS_KEY][tok.i]
    except KeyError:
        doc = tok.doc
        table = doc.user_data[FORMS_KEY] = _forms_table(doc)
        return table[tok.i]


FORMS_KEY = "detente.forms"


_WORD_FORMS: dict[tuple[str, str], list[str]] = {}
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""),
             ("ed", "e"), ("ing", ""), ("ing", "e"), ("d", ""))


_FORMS_BY_ID: dict[tuple[int, int], list[str]] = {}
_HYPHEN = get_string_id("-")


def _forms_table(doc) -> list[list[str]]:
    """Every token's forms, read from one `to_array` call: a word is looked up by the
    ids of its lower form and lemma (a token's strings are new `str` objects on every
    read, and hashing them costs more than the look-up); "US-led": after a hyphen, the
    compound's forms too."""
    from spacy.attrs import LEMMA, LOWER, ORTH

    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, LEMMA]).tolist()
    table = []
    for i, (_, low, lemma) in enumerate(rows):
        if i >= 2 and rows[i - 1][0] == _HYPHEN:
            word, first = strings[low], strings[rows[i - 2][1]]
            table.append(_unique([*_word_forms(word, strings[lemma]),
                                  f"{first}-{word}", f"{first}{word}"]))
            continue
        key = (low, lemma)
        found = _FORMS_BY_ID.get(key)
        if found is None:
            if len(_FORMS_BY_ID) > 200_000:
                _FORMS_BY_ID.clear()
            found = _FORMS_BY_ID[key] = _word_forms(strings[low], strings[lemma])
        table.append(found)
    return table


def _word_forms(low: str, lemma: str) -> list[str]:
    key = (low, lemma)
    found = _WORD_FORMS.get(key)
    if found is None:
        if len(_WORD_FORMS) > 200_000:  # a long run meets many rare words
            _WORD_FORMS.clear()
        out = [lemma.lower(), low]
        for suf, rep in _SUFFIXES:
            if low.endswith(suf) and len(low) - len(suf) >= 3:
                out.append(low[: -len(suf)] + rep)
        found = _WORD_FORMS[key] = _unique(out)
    return found


def _unique(words: list[str]) -> list[str]:
    seen: list[str] = []
    for w in words:
        if w not in seen:
            seen.append(w)
    return seen


# "British-flagged": the country owns the ship; "Iran-backed": a sponsor is not the one who
# acts; "a base manned by Kenyan troops" is theirs (classes of words.tsv)
FLAGGED = lexicon.words_of("flagged")
SPONSORED = lexicon.words_of("sponsor")
USED_BY = lexicon.words_of("userby")
SPEAKER_VERBS = lexicon.words_of("speakerverb")


def _flag_owner(mod: Token) -> list[Token]:
    """"British-flagged": the country word under such a modifier stands for what it
    modifies; the modifier itself names no one. "Iran-backed": a sponsor is not the one
    who acts, so nothing under the modifier counts."""
    if mod.lower_ in SPONSORED:
        return []
    if mod.lower_ in FLAGGED:
        owners = [c for c in kids(mod) if c.dep_ in {"npadvmod", "compound", "amod", "advmod"}
                  and c.i < mod.i]
        if owners:
            return owners
    return [mod]


def conjuncts(tok: Token) -> list[Token]:
    """The token and its conjuncts ("Russia and Iran" -> [Russia, Iran])."""
    out = [tok]
    for child in kids(tok):
        if child.dep_ == "conj" and child.pos_ in {"PROPN", "NOUN", "PRON", "ADJ", "NUM"}:
            out.extend(conjuncts(child))
        elif child.dep_ == "appos" and child.pos_ in {"PROPN", "NOUN"}:
            # "Zarif, Iran's minister" names one actor; "the US, Russia, and X" is a list
            listed = any(g.dep_ == "conj" for g in kids(child))
            out.extend(c for c in conjuncts(child) if listed or c != child)
    return out


def preps(tok: Token, lemma: str) -> list[Token]:
    """Objects of preposition `lemma` attached to tok ("with" also under "along")."""
    out: list[Token] = []
    for child in kids(tok):
        if child.dep_ not in {"prep", "agent", "dative"}:
            continue
        if child.lower_ == lemma:
            out.extend(g for g in kids(child) if g.dep_ in {"pobj", "pcomp"}
                       and not (lemma == "with" and absolute(child, g)))
        elif child.lower_ in {"along", "together"}:
            for g in kids(child):
                if g.dep_ == "prep" and g.lower_ == lemma:
                    out.extend(x for x in kids(g) if x.dep_ == "pobj")
    return out


def absolute(with_: Token, tok: Token) -> bool:
    """"..., with Oman's foreign minister carrying messages": a "with" clause set off by a
    comma whose noun does something of its own tells a circumstance, not a partner."""
    first = with_.i == sent_of(with_).start
    if first and tok.lower_.endswith("ing") and any(
            c.dep_ in {"nsubj", "compound"} for c in kids(tok)):
        return True  # "With the US president mediating, the leaders agreed ..."
    return (first or (
        with_.i > 0 and with_.doc[with_.i - 1].text == ",")) and any(
        c.dep_ == "acl" and c.tag_ == "VBG" for c in kids(tok))


def objects(tok: Token) -> list[Token]:
    return [c for c in kids(tok) if c.dep_ in {"dobj", "obj", "dative", "iobj"}]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids(verb))


def reduced_passive(verb: Token) -> bool:
    """A bare participle with a by-agent and no auxiliary ("member states suspended by
    ECOWAS", "Benin and Niger, both suspended by ECOWAS, ..."): the agent does it, and
    a subject the parser gives it is the one it is done to."""
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids(verb)) and not any(
        c.dep_ in {"aux", "auxpass"} for c in kids(verb))


def predicated(noun: Token) -> list[Token]:
    """Who a noun is said to be: "joined Mali and Guinea as member states ..." (Mali,
    Guinea), "Mali and Guinea are member states ..." (Mali, Guinea)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in {
            "VERB", "AUX"}:
        return objects(noun.head.head)
    if noun.dep_ == "attr" and noun.head.pos_ in {"VERB", "AUX"}:
        return [c for c in kids(noun.head) if c.dep_ == "nsubj"]
    return []


def subject(verb: Token, controllers: frozenset[str] = frozenset()) -> Token | None:
    """The subject of a verb, inherited up xcomp/conj/advcl chains when missing.

    `controllers` are verbs whose object == the subject of their xcomp ("urged
    Iran to help": Iran helps).
    """
    tok = verb
    if reduced_passive(verb):
        return next((g for c in kids(verb) if c.dep_ == "agent" for g in kids(c)
                     if g.dep_ == "pobj"), None)
    for _ in range(6):
        below = kids(tok)
        subjects = [c for c in below if c.dep_ in SUBJ and c.dep_ != "expl"]
        # "WASHINGTON (Reuters) - Trump said": a dateline the parser took for a second
        # subject; the subject nearest before the verb is its own
        before = [c for c in subjects if c.i < tok.i]
        for child in ([before[-1]] if len(before) > 1 else subjects[:1]):
            if child.tag_ in {"WDT", "WP"} and tok.dep_ == "relcl":
                return tok.head
            return child
        # the small model sometimes hangs the subject on the auxiliary ("Egypt and
        # Qatar are mediating": Egypt <- are <- mediating)
        on_aux = [g for c in below if c.dep_ == "aux" for g in kids(c)
                  if g.dep_ == "nsubj"]
        if on_aux:
            return on_aux[0]
        passive_subj = [c for c in below if c.dep_ == "nsubjpass"]
        if passive_subj and tok.lemma_.lower() in PASSIVE_DOERS:
            return passive_subj[0]  # "Vietnam is committed to ..."
        if tok == verb and (passive_subj or any(c.dep_ == "auxpass" for c in kids(tok)) or (
                tok.dep_ == "acl" and tok.tag_ == "VBN"  # "a deal brokered by China"
                and any(c.dep_ == "agent" for c in kids(tok)))):
            # passive: the doer is the by-agent, never the subject a conjunct lends it
            agents = [g for c in kids(tok) if c.dep_ == "agent" for g in kids(c)
                      if g.dep_ == "pobj"]
            if not agents:  # "was stormed and set on fire by protesters": the last verb's
                agents = [g for v in kids(tok) if v.dep_ == "conj" and v.tag_ == "VBN"
                          for c in kids(v) if c.dep_ == "agent" for g in kids(c)
                          if g.dep_ == "pobj"]
            return agents[0] if agents else None
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ == "acomp" and tok.head != tok:  # "he is prepared to lift ..."
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and (doer := alleged_doer(tok)) is not None:
            return doer
        if (tok.dep_ == "pcomp" and tok.head.lower_ == "from"
                and tok.head.head.lemma_.lower() in PREVENTERS and objects(tok.head.head)):
            return objects(tok.head.head)[0]  # "stopped Israel from attacking": Israel
        if tok.dep_ == "pcomp" and tok.head.head.pos_ in {"VERB", "AUX", "ADJ"}:
            tok = tok.head.head  # "resorted to throwing stones"
            continue
        if (tok.dep_ == "pcomp" and tok.head.head.pos_ == "ADV"
                and tok.head.head.head.pos_ in {"VERB", "AUX"}):
            tok = tok.head.head.head  # "stopped short of recognising"
            continue
        if tok.dep_ in {"xcomp", "conj", "advcl"} and tok.head != tok:
            head = tok.head
            if _speaker_goes_on(tok):  # "said warplanes had crossed the line and accused"
                tok = head.head
                continue
            if tok.tag_ in {"VBD", "VBZ"} and tok.dep_ == "conj" and head.tag_ == "VB" and (
                    head.dep_ == "xcomp"):  # "urged India not to escalate and offered talks"
                tok = head.head
                continue
            if tok.dep_ == "xcomp" and head.lemma_.lower() in controllers:
                objs = objects(head)
                if objs:
                    return objs[0]
            if tok.dep_ == "advcl" and tok.tag_ not in {"VBG", "VB", "VBN"} and not (
                    _run_on(tok) or tok.pos_ == "ADP"):  # "efforts to down drones"
                return None
            tok = head
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return tok.head
        if tok.dep_ == "acl" and (tok.tag_ == "VB" or tok.pos_ == "ADP") and (
                tok.head.lemma_.lower() in WILL_NOUNS):
            # "reaffirmed their determination to strengthen ties", "India's commitment to
            # deepen cooperation": whoever holds the will does the act
            noun = tok.head
            owner = next((c for c in kids(noun) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None:
                return owner
            if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
                tok = noun.head
                continue
            return None
        if (tok.dep_ == "acl" and tok.tag_ in {"VBD", "VBN"} and tok == verb and objects(tok)
                and not any(c.dep_ in {"auxpass", "agent"} for c in kids(tok))):
            # "The US and 20 other countries expelled 100 diplomats", parsed as a
            # reduced relative with an object of its own: the noun (and what it is
            # coordinated with) does it
            noun = tok.head
            while noun.dep_ == "conj" and noun.head != noun:
                noun = noun.head
            return noun
        if tok == verb and tok.head == tok:
            return _fronted_subject(tok)
        return None
    return None


def _fronted_subject(verb: Token) -> Token | None:
    """"In an escalation of tensions between India and Pakistan, Islamabad on Thursday
    announced ...": the small model hangs the subject after the comma on the last name of
    the fronted phrase as one more conjunct, and the verb is left with none. The last
    name, set off by a comma, with only time or manner words between it and the verb,
    is the subject."""
    doc = verb.doc
    for p in kids(verb):
        if p.dep_ != "prep" or p.i > verb.i:
            continue
        names = [t for t in p.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"
                 and t.i > 0 and doc[t.i - 1].text == "," and t.right_edge.i < verb.i]
        if not names:
            continue
        name = names[-1]
        if any(c.dep_ in {"cc", "conj"} for c in kids(name)):
            return None  # "between A, B and C": a list, not a subject
        between = range(name.right_edge.i + 1, verb.i)
        if all(_hangs_on(doc[i], verb, p) for i in between):
            return name
    return None


def _hangs_on(tok: Token, verb: Token, fronted: Token) -> bool:
    """tok belongs to a time or manner phrase of verb other than the fronted one."""
    while tok.head != tok and tok.head != verb:
        tok = tok.head
    return tok.head == verb and tok != fronted and tok.dep_ in {
        "prep", "advmod", "npadvmod", "aux", "neg"} and tok.i > fronted.i


def _run_on(tok: Token) -> bool:
    """"Japan and Chile are allies and three months back, got together in Lima": a
    finite verb after a comma with no word that subordinates it is the subject's next
    act, which the small model hangs as an adverbial clause."""
    return (tok.tag_ == "VBD" and tok.i > tok.head.i and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in {"mark", "advmod"} and c.i < tok.i for c in kids(tok)))


def _speaker_goes_on(tok: Token) -> bool:
    """A speech act the parser coordinated with the perfect verb of a reported clause
    ("The ministry said 22 warplanes had crossed the median line and accused Beijing of
    provocation"): the speaker goes on, the clause's subject does not accuse."""
    head = tok.head
    return (tok.dep_ == "conj" and tok.tag_ == "VBD" and head.dep_ == "ccomp"
            and tok.lemma_.lower() in SPEAKER_VERBS
            and (head.lemma_ == "have" or any(a.dep_ == "aux" and a.lower_ in {"had", "has", "have"}
                                               for a in kids(head)))
            and not any(a.dep_ in {"aux", "nsubj"} for a in kids(tok)))


def alleged_doer(tok: Token) -> Token | None:
    """The object of "accused X of Ying" / "X was blamed for Ying" (the doer of Ying)."""
    prep = tok.head
    gov = prep.head
    if prep.lower_ not in {"of", "for"} or gov.lemma_.lower() not in ALLEGERS:
        return None
    objs = objects(gov) or [c for c in kids(gov) if c.dep_ == "nsubjpass"]
    return objs[0] if objs else None


class ActorIndex:
    """Maps tokens of one document to the actors mentioned there."""

    def __init__(self, mentions: list[Mention]):
        self.by_token: dict[int, list[Mention]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, []).append(m)

    def at(self, tok: Token) -> list[Mention]:
        """Mentions covering tok itself."""
        return self.by_token.get(tok.i, [])

    def of(self, tok: Token, allow_place: bool = True, source: bool = False,
           possessor: bool = False) -> list[Mention]:
        """Mentions standing for the phrase headed by tok.

        The head itself first ("Zarif"), else a modifier ("Turkish officials",
        "Iran's Foreign Ministry spokesman", "doctors from American aid groups"),
        searched two levels down; for a doer also where it is ("students in Indonesia").
        """
        found = self.at(tok)
        if not any(m.actor.country for m in found):
            # "Russia's military intelligence": a generic head takes its modifier's country
            more = self._modifier(tok, depth=2, preps=SOURCE_PREPS if source else OF_PREPS)
            found = _located(found, more) or more or found
        if not found and possessor:
            found = self._possessor(tok)
        if not allow_place:
            found = [m for m in found if not m.is_place]
        return _dedupe(found)

    def owned(self, tok: Token, found: list[Mention]) -> list[Mention]:
        """Sector mentions with no country take the country "its" / "their" points to:
        "strikes on its military sites" (its = the clause's subject) are that country's."""
        if not found or any(m.actor.country for m in found):
            return found
        return _located(found, self._possessor(tok)) or found

    def _possessor(self, tok: Token) -> list[Mention]:
        """"their foreign ministers" -> the subject of the clause ("Turkey, Russia and Qatar")."""
        poss = [c for c in kids(tok) if c.dep_ == "poss" and c.lower_ in POSS_PRONOUNS]
        if not poss or self.at(poss[0]):
            return []
        up = tok.head
        for _ in range(8):
            if up.pos_ in {"VERB", "AUX"}:
                subj = next((c for c in kids(up) if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is not None and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
                    out: list[Mention] = []
                    for c in conjuncts(subj):
                        out.extend(self.at(c) or self._modifier(c, 2, OF_PREPS))
                    want_many = poss[0].lower_ == "their"
                    return out if (len(out) > 1) == want_many else []
            if up.head == up:
                break
            up = up.head
        return []

    def _modifier(self, tok: Token, depth: int, preps: frozenset[str] = frozenset()
                  ) -> list[Mention]:
        """Mentions on modifiers of tok, nearest first; one with a country wins."""
        if depth == 0:
            return []
        below = kids(tok)
        mods = [g for c in below
                if c.dep_ in {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}
                for g in _flag_owner(c)]
        objs = []
        if tok.pos_ in {"NOUN", "PROPN", "NUM"}:
            objs = [g for c in below if c.dep_ == "prep" and c.lower_ in preps
                    for g in kids(c) if g.dep_ == "pobj"]
            # "a base used by US and Kenyan forces": the users own it
            objs += [g for c in below if c.dep_ == "acl" and c.lower_ in USED_BY
                     for a in kids(c) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"]
        fallback: list[Mention] = []
        # own modifiers first, then what they modify ("British-flagged"), then
        # prepositional ones ("the town of Soledar in eastern Ukraine")
        for group_ in (mods, objs):
            for c in group_:
                # "the foreign ministers of Armenia and Azerbaijan", "US and British allegations"
                found = [m for x in conjuncts(c) for m in self.at(x)]
                if any(m.actor.country for m in found):
                    return found
                fallback = fallback or found
            for c in group_:
                found = self._modifier(c, depth - 1, preps)
                if any(m.actor.country for m in found):
                    return found
                fallback = fallback or found
        return fallback

    def group(self, tok: Token, allow_place: bool = True, source: bool = False,
              possessor: bool = False) -> list[Mention]:
        """Mentions of tok and all its conjuncts, in text order, one per actor."""
        out: list[Mention] = []
        for c in conjuncts(tok):
            out.extend(self.of(c, allow_place, source, possessor))
            # "Azerbaijani and Armenian forces": conjoined modifiers name several sides
            for m in kids(c):
                if m.dep_ in {"amod", "compound"} and any(g.dep_ == "conj" for g in kids(m)):
                    for x in conjuncts(m):
                        out.extend(self.at(x))
            out.extend(self._of_each(c, out))
        return _dedupe(out)

    def _of_each(self, tok: Token, found: list[Mention]) -> list[Mention]:
        """"The foreign ministers of India and China": a plural office of several states
        is each state's, in the office's sector."""
        if tok.tag_ != "NNS" or len(found) != 1 or not found[0].actor.sector:
            return []
        role = found[0].actor
        out = []
        for p in kids(tok):
            if p.dep_ == "prep" and p.lower_ == "of":
                for g in kids(p):
                    if g.dep_ == "pobj":
                        for x in conjuncts(g)[1:]:
                            out += [replace(m, actor=replace(
                                m.actor, code=(m.actor.country or "") + role.sector,
                                sector=role.sector, role=role.role))
                                for m in self.at(x) if m.actor.country and m.actor.kind == "state"]
        return out


def _located(heads: list[Mention], where: list[Mention]) -> list[Mention]:
    """"Demonstrators in Baghdad" are Iraqi demonstrators (IRQCVL), not Baghdad's
    government: a sector with no country takes the country of the place it is in."""
    home = next((m.actor.country for m in where if m.actor.country), None)
    if home is None:
        return []
    return [replace(m, actor=replace(m.actor, country=home, code=home + m.actor.sector))
            for m in heads if m.actor.sector and not m.actor.country]


def unresolved(tok: Token, sent_index: int = -1) -> Mention:
    """A stand-in for a doer the resolver could not name ("Islamic fundamentalists")."""
    left = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ != "punct")
    words = [t for t in tok.doc[left:tok.i + 1]]
    actor = Actor(text=" ".join(t.text for t in words), code=None, country=None,
                  kind="other", why="unresolved by the actor resolver")
    return Mention(left, tok.i + 1, sent_index, actor, via="unresolved")


def actor_key(a: Actor) -> tuple[str | None, str | None, str | None]:
    return (a.code, a.country, a.name)


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen: set = set()
    out = []
    for m in ms:
        k = actor_key(m.actor)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


def unknown_doer(verb: Token) -> Mention:
    """The unnamed doer of a passive ("were killed in an attack")."""
    actor = Actor(text="(unknown)", code=None, country=None, kind="other",
                  why="passive without an agent")
    return Mention(verb.i, verb.i + 1, -1, actor, via="unresolved")
