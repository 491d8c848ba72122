"""Whether an event == asserted, negated, hypothetical or future.

The trigger and every word that governs it are inspected: a negation, a modal,
an "if", a rumour or a plan anywhere up the chain changes the status. Negation
wins over the others, then hypothetical, then future.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from detente.nlp.pipeline import doc_lowers, doc_memo, kids

from . import lexicon
from .frames import PREVENTERS

NEG_WORDS = {"not", "n't", "never", "no", "nor", "neither"}
NEG_GOVERNORS = {"deny", "fail", "refrain", "abstain", "avoid"}
NEG_PHRASES = {"stop": {"short"}, "shy": {"away"}, "hold": {"off"}}
MODALS_HYP = {"could", "might", "may", "would", "should", "can", "must"}
MODALS_FUT = {"will", "shall", "'ll", "wo"}
HYP_GOVERNORS = {
    "rumor", "rumour", "rumored", "rumoured", "consider", "pretend", "speculate",
    "speculation", "possibility", "possible", "mull", "contemplate", "reportedly",
    "allege", "alleged", "weigh", "chance", "likely", "unlikely", "whether", "fear",
    "risk", "potential",
    "offer", "propose", "suggest",  # "offered to host talks": no talks yet
}
FUTURE_GOVERNORS = {"plan", "schedule", "set", "expect", "prepare", "intend", "due",
                    "poise", "go", "aim"}
FUTURE_ADJ = {"upcoming", "planned", "future", "forthcoming", "proposed", "scheduled"}
HYP_ADJ = {"possible", "potential", "hypothetical", "rumored", "rumoured", "alleged"}
# "accused X of Ying", "warned against Ying": Ying is alleged or feared, not reported
ALLEGE_GOVERNORS = {("of", "accuse"), ("of", "suspect"), ("of", "charge"), ("for", "blame"),
                    ("against", "warn"), ("against", "caution"), ("of", "warn"),
                    ("of", "allege"), ("for", "criticize"), ("for", "criticise"),
                    ("for", "condemn"), ("for", "denounce"), ("for", "fault"),
                    ("for", "jail"), ("for", "sentence"), ("for", "arrest"), ("for", "detain"),
                    ("for", "convict"), ("of", "convict"), ("for", "prosecute"),
                    ("for", "imprison"), ("for", "punish"), ("for", "sanction")}
# nouns whose infinitive is carried out by naming it: "the decision to expel diplomats"
DONE_NOUNS = {"decision", "move", "step", "order", "vote", "ruling", "resolution"}
# "it is important that X and Y talk", "to make sure that they are talking": wanted, not
# yet done (a clause under one of these words)
DESIRED = {"sure", "ensure", "important", "necessary", "essential", "vital", "crucial",
           "imperative", "urgent", "desirable"}
# "our expectation is for Greece to withdraw": a clause a wish is the subject of
WISHES = {"expectation", "demand", "hope", "wish", "aim", "goal", "call", "request", "desire"}
# "he claimed that Thai soldiers fired": the firing is the content of a claim, alleged
CLAIMERS = {"claim"}
DEADLINES = {"day", "week", "hour", "month", "deadline", "ultimatum"}
ASKERS = {"demand", "call", "urge", "press", "push", "ask", "seek", "appeal", "plead", "beg",
          "lobby", "campaign", "pressure"}
# speech verbs (words.tsv); "warned that X would" forecasts, it reports no past act
SAY = lexicon.words_of("say") - {"warn"}


def misattached_conj(tok: Token) -> bool:
    """A finite verb the parser coordinated with an infinitive below another verb
    ("urged India not to escalate the crisis and offered talks"): it goes with the
    upper verb, and neither the infinitive's "not" nor its subject is its own."""
    return (tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ"} and tok.head.tag_ == "VB"
            and tok.head.dep_ == "xcomp")


def _chain(trigger: Token) -> list[Token]:
    """The trigger and the words governing it, up to a relative clause's noun.

    A relative clause describes its noun, so the negation or modal of the clause
    above it ("This isn't because of the comments, in which Biden called Putin a
    killer") does not reach the event inside it; nor does that of a finite adverbial
    clause ("X did not comment while Y attacked").
    """
    out = [trigger]
    tok = trigger
    while tok.head != tok and len(out) < 12:
        if tok.dep_ == "relcl":
            break
        if tok.dep_ == "advcl" and not any(c.lower_ == "to" for c in kids(tok)):
            break
        if misattached_conj(tok):
            tok = tok.head  # "urged India not to escalate and offered talks": not negated
        tok = tok.head
        out.append(tok)
    return out


def _has_neg(tok: Token) -> bool:
    lows = doc_lowers(tok.doc)  # the lower_ column: cheaper than Token.lower_
    for c in kids(tok):
        if c.dep_ == "neg" or (lows[c.i] in NEG_WORDS and c.dep_ in {"det", "advmod", "neg"}):
            return True
    return False


def _marks(tok: Token, said_past: bool) -> tuple[bool, bool]:
    """(hypothetical, future) read from the dependents of one token."""
    hyp = fut = False
    lows = doc_lowers(tok.doc)  # the lower_ column: cheaper than Token.lower_
    for c in kids(tok):
        low = lows[c.i]
        if c.dep_ in {"aux", "auxpass"}:
            if low in MODALS_FUT or (low == "would" and said_past):
                fut = True
            elif low in MODALS_HYP:
                hyp = True
        elif c.dep_ == "mark":
            hyp = hyp or low in {"if", "unless", "whether"}
        if (c.dep_ == "aux" and low in {"had", "were", "should"} and tok.dep_ == "advcl"
                and any(s.dep_ == "nsubj" and s.i > c.i for s in kids(tok))):
            hyp = True  # "Had Iran killed American soldiers, ..."
        elif c.dep_ in {"amod", "advmod"} and low in HYP_ADJ | {"reportedly"}:
            hyp = True
        elif c.dep_ == "det" and low == "any" and tok.pos_ == "NOUN":
            hyp = True  # "a crushing response to any Israeli attack": none has happened
        elif c.dep_ == "amod":
            fut = fut or low in FUTURE_ADJ
        elif c.dep_ in {"npadvmod", "advmod", "prep"}:
            fut = fut or _is_future_time(c)
    return hyp, fut


def status_of(trigger: Token, presupposed: bool = False) -> str:
    """Status of the event whose trigger word is `trigger` (see module doc).

    A `presupposed` event is a noun with its own doer ("did not condemn Russia's
    invasion", "during their meeting"): the negation or future of the clause around
    it is not its own; a rumour or allegation around it still is.
    """
    hyp = fut = False
    chain = _chain(trigger)
    said_past = any(t.lemma_.lower() in SAY and t.tag_ in {"VBD", "VBN"} for t in chain[1:])
    for n, tok in enumerate(chain):
        lemma = tok.lemma_.lower()
        if n and presupposed:
            if lemma in HYP_GOVERNORS or tok.lower_ in HYP_GOVERNORS:
                hyp = True
            continue
        # a verb coordinated with ours is its sibling, not its governor: "denied any role
        # and condemned it" condemned all the same
        governs = n and chain[n - 1].dep_ != "conj"
        if _has_neg(tok) or (governs and (lemma in NEG_GOVERNORS or (
                _neg_phrase(tok) and any(t.dep_ == "prep" for t in chain[:n])))):
            return "negated"
        h, f = _marks(tok, said_past)
        hyp, fut = hyp or h, fut or f
        if (tok.dep_ == "pcomp" and tok.head.head != tok.head
                and (tok.head.lower_, tok.head.head.lemma_.lower()) in ALLEGE_GOVERNORS):
            hyp = True
        if governs and (lemma in HYP_GOVERNORS or tok.lower_ in HYP_GOVERNORS):
            hyp = True
        if _purpose(tok):
            hyp = True
        if n and chain[n - 1].dep_ in {"ccomp", "xcomp", "csubj", "advcl"} and _desired(tok):
            hyp = True
        if n and chain[n - 1].dep_ == "ccomp" and lemma in CLAIMERS and not _own_deed(
                tok, chain[n - 1]):
            hyp = True
        if (n and lemma in FUTURE_GOVERNORS and tok.pos_ in {"VERB", "ADJ"}
                and (lemma != "go" or tok.tag_ == "VBG")
                and (lemma != "set" or chain[n - 1].dep_ == "xcomp")):  # not "set up"
            fut = True
    fut = fut or _when_future(chain[-1])
    if hyp:
        return "hypothetical"
    if fut:
        return "future"
    return "asserted"


def _neg_phrase(tok: Token) -> bool:
    """"stopped short of", "shied away from", "held off on", "stopped X from": the act
    was not done."""
    if tok.lemma_.lower() in PREVENTERS and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in kids(c))
            for c in kids(tok)):
        return True
    words = NEG_PHRASES.get(tok.lemma_.lower())
    return bool(words) and any(c.lower_ in words and c.dep_ in {"advmod", "prt", "prep"}
                               for c in kids(tok))


def _purpose(tok: Token) -> bool:
    """"a deal to free the hostages", "efforts to end the war", "a bid to join NATO":
    an infinitive on a noun names an aim, not a deed ("the decision to expel" is one)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
        return False
    if tok.dep_ == "acl":
        return tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in DONE_NOUNS
    # "demanded a deal to free the hostages" (parsed as the demand's purpose); "gave
    # Qatar ten days to meet the demands": a deadline, the act still to come
    return tok.dep_ == "advcl" and (tok.head.lemma_.lower() in ASKERS or (
        tok.head.lemma_.lower() == "give"
        and any(c.lemma_.lower() in DEADLINES for c in kids(tok.head))))


def _own_deed(claim: Token, clause: Token) -> bool:
    """"Hamas claimed that it fired the rockets": a claim of one's own deed reports it."""
    who = [c for c in kids(claim) if c.dep_ == "nsubj"]
    doer = [c for c in kids(clause) if c.dep_ in {"nsubj", "nsubjpass"}]
    if not who or not doer:
        return False
    return doer[0].lower_ in {"it", "they", "we", "he", "she", "i"} or (
        doer[0].lemma_.lower() == who[0].lemma_.lower())


def _desired(tok: Token) -> bool:
    """A word that wants the clause under it done ("make sure that ...", "is vital
    that ...", "our expectation is for X to ..."): the word itself, the adjective it is
    completed by, or a wish that is its subject."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in WISHES for c in kids(tok)):
        return True
    if tok.lemma_.lower() in DESIRED:
        # "Russia made sure that its troops attacked": done, not wanted
        doer = tok.head if tok.lemma_.lower() == "sure" else tok
        return doer.tag_ not in {"VBD", "VBN"}
    return any(c.dep_ == "acomp" and c.lemma_.lower() in DESIRED for c in kids(tok))


def _when_future(tok: Token) -> bool:
    """"... will sign a treaty when Pezeshkian visits Moscow": the visit is ahead too."""
    if tok.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in {
            "when", "once", "after", "before", "until"} for c in kids(tok)):
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS_FUT for c in kids(tok.head))


def _is_future_time(tok: Token) -> bool:
    """"next week", "tomorrow", "later this month" (not "the upcoming elections")."""
    cues = _future_cues(tok.doc)
    if not cues:
        return False  # no such word anywhere in the document: its edges are not read
    lo, hi = tok.left_edge.i, tok.right_edge.i
    k = bisect_left(cues, lo)
    if k == len(cues) or cues[k] > hi:
        return False  # most phrases hold no such word: their words are not read
    words = {t.lower_ for t in tok.subtree}
    if "tomorrow" in words:
        return True
    # "later this month" is ahead; "hours later", "two days later" are behind
    ahead = bool(words & {"next", "coming"}) or ("later" in words and bool(words & {"this", "in"}))
    return ahead and bool(words & TIME_WORDS)


FUTURE_CUES = {"tomorrow", "next", "coming", "later"}


def _future_cues(doc) -> list[int]:
    """Positions of the words `_is_future_time` needs, listed once per document."""
    return doc_memo(doc, "detente.future_cues", lambda: [
        i for i, low in enumerate(doc_lowers(doc)) if low in FUTURE_CUES])


TIME_WORDS = {"week", "weeks", "month", "months", "year", "years", "day", "days", "weekend",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "spring", "summer", "autumn", "fall", "winter", "hours"}
