"""Names no table matched: appositives ("Haroon Aswad, the head of ..."), surnames met
earlier in the document, and known surnames misspelled by one letter."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..models import Actor, Mention
from ..nlp.pipeline import doc_pos, doc_tokens, sent_lowers, sent_pos, sent_tokens, text_of
from .atoms import Atom, DocState, Learned
from .compose import NAMED_SECTORS
from .lexicon import Payload
from .people import make_code
from .tables import fold
from .variants import HONORIFICS, PARTICLES

NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC", "MONEY", "PERCENT", "QUANTITY"}
FUZZY_ENTS = {"", "PERSON", "ORG", "GPE", "NORP"}  # labels spaCy gives unknown names
APPOS_GLUE = {"the", "a", "an", "his", "her", "head", "chief", "director", "leader", "deputy",
              "member", "of", "adviser", "advisor", "commander", "spokesman", "spokeswoman"}


class NameFinder:
    """Finds mentions of names after composition (a mixin of `ActorResolver`)."""

    def _appositives(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                     ents: dict[int, Span], state: DocState) -> list[Mention]:
        """'Hakan Fidan, head of Turkey's National Intelligence Agency' -> a learned TURSPY."""
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for name, label in self._before_commas(doc, sent, ents, covered):
            if fold(name.text) in state.names:
                continue
            j = name.end + 1
            while j < sent.end and j - name.end <= 4 and doc[j].lower_ in APPOS_GLUE:
                j += 1
            role = next((m for m in ms if m.start == j and m.actor.country), None)
            if role is None:
                continue
            a = role.actor
            if role.via == "org" and a.sector == "JRN":
                continue  # "By David McKenzie, CNN": a byline, not an actor of the story
            org = a.sector in NAMED_SECTORS and (label == "ORG" or label is None)
            if label == "ORG" and not org:
                continue
            sector, kind = a.sector or "GOV", "other" if org else "person"
            text = name.text[4:] if name.text.lower().startswith("the ") else name.text
            actor = Actor(name.text, make_code(a.country, sector), a.country, sector, text,
                          kind, text_of(doc, name.end + 1, role.end),
                          f"learned from text (appositive): '{text_of(doc, name.start, role.end)}'")
            state.learned.append(Learned(text, actor, si, "appositive"))
            self._remember(text, actor, state, name.end)
            out.append(Mention(name.start, name.end, si, actor, False,
                               "person" if kind == "person" else "org"))
        return out

    def _before_commas(self, doc: Doc, sent: Span, ents: dict[int, Span],
                       covered: set[int]) -> list[tuple[Span, str | None]]:
        """Names (spaCy PERSON/ORG, else a proper-noun run) right before a comma."""
        out: list[tuple[Span, str | None]] = []
        for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
            if low != "," or tok.i == sent.start:  # a comma's lower form is its text
                continue
            ent = next((e for e in ents.values() if e.end == tok.i), None)
            if ent is not None:
                span, label = ent, ent.label_
            else:
                j = tok.i
                while j > sent.start and doc[j - 1].pos_ == "PROPN" and tok.i - j < 4:
                    j -= 1
                if j == tok.i or any(t.ent_type_ not in ("", "PERSON", "ORG")
                                     for t in doc[j:tok.i]):
                    continue  # nothing, or a date/place ("On Monday, Turkish officials ...")
                span, label = doc[j:tok.i], None
            if span.start >= sent.start and not covered & set(range(span.start, span.end)):
                out.append((span, label))
        return out

    def _surnames(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                  state: DocState) -> list[Mention]:
        """Names met earlier in the document ("Cavusoglu", "Zarif's trip")."""
        if not state.names:
            return []
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for tok, pos in zip(sent_tokens(sent), sent_pos(sent)):
            if tok.i in covered or not tok.text[:1].isupper() or pos not in ("PROPN", "NOUN") \
                    or tok.ent_type_ in NOT_NAMES:
                continue
            actor, at = state.names.get(fold(tok.text), (None, len(doc)))
            if actor is not None and tok.i >= at:
                why = f"surname of {actor.name}, met earlier | {(actor.why or '').split(' | ')[-1]}"
                out.append(Mention(tok.i, tok.i + 1, si, replace(actor, text=tok.text, why=why),
                                   False, "surname"))
        return out


    def _variants(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                  state: DocState) -> list[Mention]:
        """Known people under other forms of their names: with patronymics or middle names
        ("Sergey Viktorovich Lavrov"), other spellings ("Sergei Shoygu"), initials ("S.
        Jaishankar"), family name first ("Aso Taro"), or a surname alone ("Scholz", "Prime
        Minister Ibrahim") when exactly one person of that surname is in office that day."""
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for start, end in self._name_runs(doc, sent, covered):
            text = text_of(doc, start, end)
            core = [t for t in doc[start:end] if fold(t.text).rstrip(".") not in HONORIFICS
                    and fold(t.text) not in PARTICLES]
            if len(core) >= 2:
                found = self.variants.find(text, state.when)
                if found is None:
                    continue
                keys, how = found.keys, found.how
            elif len(core) == 1:
                tok = core[0]
                titled = tok.i > start
                if not titled and tok.ent_type_ != "PERSON":
                    continue
                key, reason = self.variants.surname_on(tok.text, state.when)
                if key is None:
                    if reason:
                        state.unresolved.append((start, end, reason))
                    continue
                keys, how = (key,), f"surname alone: the one '{tok.text}' in office on {state.when}"
            else:
                continue
            name_start = core[0].i  # the name, as when it is misspelled: titles stay outside
            m = self._person(doc, si, name_start,
                             Atom(name_start, end, Payload("person", person_keys=keys)), state)
            out.append(replace(m, actor=replace(m.actor, why=f"{how} | {m.actor.why}"),
                               via="variant"))
        return out

    def _name_runs(self, doc: Doc, sent: Span, covered: set[int]) -> list[tuple[int, int]]:
        """Runs of capitalised name words (with initials, particles and titles inside)."""
        runs, i = [], sent.start
        toks, pos = doc_tokens(doc), doc_pos(doc)
        while i < sent.end:
            j = i
            while j < sent.end and j not in covered and _name_word(toks[j], pos[j], j > i):
                j += 1
            while j > i and (fold(toks[j - 1].text) in PARTICLES or toks[j - 1].text == "-"):
                j -= 1  # a run does not end in "de" or "-"
            if j > i:
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs


    def _misspelled(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                    state: DocState) -> list[Mention]:
        """A known surname misspelled by one letter ("Erdgoan"): a capitalised proper noun
        that nothing matched (spaCy's label for such names is unreliable), whose other
        name words, if it is part of a longer name, are the person's own ("Angela Merkell")."""
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for tok, pos in zip(sent_tokens(sent), sent_pos(sent)):
            if tok.i in covered or pos != "PROPN" or tok.ent_type_ not in FUZZY_ENTS \
                    or len(tok.text) < 6 or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            titled = tok.i > sent.start and fold(doc[tok.i - 1].text) in self.lexicon.titles
            if tok.ent_type_ != "PERSON" and len(tok.text) < 8 and not titled:
                continue  # short words need spaCy's PERSON or a title: "Leopard", "Charter"
            hit = self.lexicon.fuzzy.find(tok.text)
            if hit is None:
                continue
            name = self._name_run(doc, tok, covered)
            if not self._same_person(name, tok, hit[1]):
                continue
            start = name[0].i if name[-1].i == tok.i else tok.i
            m = self._person(doc, si, start, Atom(tok.i, tok.i + 1, hit[1]), state)
            why = f"'{tok.text}' read as '{hit[0]}' (one letter off) | {m.actor.why}"
            out.append(replace(m, actor=replace(m.actor, why=why)))
        return out

    def _name_run(self, doc: Doc, tok: Token, covered: set[int]) -> list[Token]:
        """The proper-noun run around `tok` ("Haroon Rashid Aswad"), titles left out."""
        def part(t: Token) -> bool:
            return t.pos_ == "PROPN" and t.text.replace("'", "").replace("-", "").isalpha() \
                and t.text[:1].isupper() and \
                t.i not in covered and fold(t.text) not in self.lexicon.titles
        i, j = tok.i, tok.i + 1
        while i > 0 and part(doc[i - 1]):
            i -= 1
        while j < len(doc) and part(doc[j]):
            j += 1
        return list(doc[i:j])

    def _same_person(self, name: list[Token], tok: Token, payload: Payload) -> bool:
        """The other words of tok's name all belong to the person's known names."""
        others = {fold(t.text) for t in name if t.i != tok.i}
        if not others:
            return True
        words = {w for k in payload.person_keys for e in self.people.by_name.get(k, [])
                 for n in (e.name, *e.aliases) for w in fold(n).split()}
        return others <= words


def _name_word(tok: Token, pos: str, inside: bool) -> bool:
    """A word of a name run: capitalised (a proper noun, a PERSON word or an initial), or
    inside a run a particle or hyphen; never a date, number or place word. `pos` is the
    token's `pos_` (from `doc_pos`)."""
    ent = tok.ent_type_
    if ent in NOT_NAMES:
        return False
    text = tok.text
    if inside and (text == "-" or fold(text) in PARTICLES):
        return True
    return text[:1].isupper() and (pos == "PROPN" or ent == "PERSON"
                                   or (len(text) <= 4 and text.endswith(".")))
