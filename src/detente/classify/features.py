"""Sentence features from the spaCy parse the pipeline already has.

The classifier must learn event language, not names, so named entities are masked
(``<GPE>``, ``<ORG>`` ...). Features are strings hashed into stable buckets
(CRC32, the same on every machine and Python run), so the shipped model needs no
vocabulary file.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from itertools import pairwise

from detente.nlp.pipeline import kids, sent_pos, sent_tokens

N_BUCKETS = 1 << 20
_MASK = {
    "GPE": "<GPE>", "NORP": "<NORP>", "ORG": "<ORG>", "PERSON": "<PER>", "LOC": "<GPE>",
    "FAC": "<FAC>", "DATE": "<DATE>", "TIME": "<DATE>", "CARDINAL": "<NUM>",
    "MONEY": "<MONEY>", "PERCENT": "<NUM>", "QUANTITY": "<NUM>", "ORDINAL": "<NUM>",
}
# reporting verbs: the event is usually in their clausal complement
SAY = {"say", "tell", "report", "announce", "add", "state", "declare", "quote", "confirm",
       "disclose", "reveal", "write", "note", "explain", "indicate", "believe", "think"}
_SKIP_POS = {"PUNCT", "SPACE", "DET"}
_ARG_DEPS = {"dobj", "obj", "attr", "oprd", "dative"}


def _word(tok) -> str:
    """The token as the model sees it: masked entity, or lower-case lemma."""
    mask = _MASK.get(tok.ent_type_)
    if mask:
        return mask
    if tok.like_num:
        return "<NUM>"
    return tok.lemma_.lower()


def _sequence(sent) -> list[str]:
    """Masked lemma sequence; a multi-token entity becomes one placeholder."""
    out: list[str] = []
    prev_ent = None
    for tok, pos in zip(sent_tokens(sent), sent_pos(sent)):
        if pos in _SKIP_POS:
            prev_ent = None
            continue
        w = _word(tok)
        ent = tok.ent_type_ if w.startswith("<") else None
        if ent and tok.ent_iob_ == "I" and prev_ent == ent and out:
            continue
        prev_ent = ent
        out.append(w)
    return out


def _main_verbs(sent) -> list:
    """The root and, for reporting verbs, the verb of the reported clause."""
    root = sent.root
    verbs = [root]
    if root.lemma_.lower() in SAY:
        verbs += [c for c in kids(root) if c.dep_ in ("ccomp", "xcomp", "parataxis")]
    else:
        # "X, officials said" puts the event verb as a ccomp of "said" or as root
        verbs += [c for c in kids(root) if c.dep_ == "ccomp"]
    # "X released the hostages and withdrew": coordinated verbs are events too
    verbs += [c for v in list(verbs) for c in kids(v) if c.dep_ == "conj" and c.pos_ == "VERB"]
    return verbs


def _verb_features(v, prefix: str) -> list[str]:
    lemma = v.lemma_.lower()
    feats = [f"{prefix}={lemma}"]
    neg = any(c.dep_ == "neg" for c in kids(v))
    if neg:
        feats.append(f"{prefix}neg={lemma}")
    for c in kids(v):
        if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            feats.append(f"{prefix}md={c.lemma_.lower()}")
        if c.dep_ == "auxpass":
            feats.append(f"{prefix}pass={lemma}")
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            feats.append(f"{prefix}x={lemma}>{c.lemma_.lower()}")
            feats.append(f"{prefix}xc={c.lemma_.lower()}")
            for cc in kids(c):
                if cc.dep_ in _ARG_DEPS:
                    feats.append(f"{prefix}xo={c.lemma_.lower()}_{_word(cc)}")
        if c.dep_ == "prt":
            feats.append(f"{prefix}prt={lemma}_{c.lemma_.lower()}")
    return feats


def features(sent) -> list[str]:
    """Feature strings of one sentence (a spaCy `Span` or `Doc`); none for an empty one."""
    if len(sent) == 0:
        return []
    seq = _sequence(sent)
    feats = [f"u={w}" for w in seq]
    feats += [f"b={a}_{b}" for a, b in pairwise(seq)]
    for i, v in enumerate(_main_verbs(sent)):
        feats += _verb_features(v, "root" if i == 0 else "main")
        # the event usually lives in the main verb and its object: say so twice
        feats += [f"w:{f}" for f in _verb_features(v, "head")]
        feats += [f"w:ho={v.lemma_.lower()}_{_word(c)}" for c in kids(v) if c.dep_ in _ARG_DEPS]
    for tok, pos in zip(sent_tokens(sent), sent_pos(sent)):
        if pos == "VERB":
            lemma = tok.lemma_.lower()
            feats.append(f"v={lemma}")
            for c in kids(tok):
                if c.dep_ in _ARG_DEPS:
                    feats.append(f"vo={lemma}_{_word(c)}")
                elif c.dep_ == "prep":
                    feats.append(f"vp={lemma}_{c.lemma_.lower()}")
                    for p in kids(c):
                        if p.dep_ == "pobj":
                            feats.append(f"vpo={lemma}_{c.lemma_.lower()}_{_word(p)}")
                elif c.dep_ == "neg":
                    feats.append("neg")
        elif pos == "NOUN":
            lemma = tok.lemma_.lower()
            feats.append(f"n={lemma}")
            for c in kids(tok):
                if c.dep_ == "prep":
                    feats.append(f"np={lemma}_{c.lemma_.lower()}")
                elif c.dep_ in ("amod", "compound") and not c.ent_type_:
                    feats.append(f"nm={c.lemma_.lower()}_{lemma}")
        elif tok.tag_ == "MD":
            feats.append(f"md={tok.lemma_.lower()}")
    return feats


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % N_BUCKETS


def hashed(sent) -> list[int]:
    """Distinct bucket ids of a sentence's features. A feature's bucket is kept once
    computed: most features ("u=the", "neg") come back sentence after sentence."""
    known = _BUCKETS
    if len(known) > 200_000:
        known.clear()
    out = set()
    for f in features(sent):
        b = known.get(f)
        if b is None:
            b = known[f] = bucket(f)
        out.add(b)
    return sorted(out)


_BUCKETS: dict[str, int] = {}


def hashed_many(sents: Iterable) -> list[list[int]]:
    return [hashed(s) for s in sents]
