"""Find event triggers in a sentence and read their actors from the parse.

A `Hit` is one trigger with its source and target actors; `coder.py` turns hits
into `Event`s. Verbs are read first (`verbs.py`: subject, object or frame preposition),
then nouns (`nouns.py`: "talks between A and B", "Zarif's trip to Istanbul", "issued a
joint statement"); the judgement frames ("called Putin a killer") are in `judgements.py`.
"""

from __future__ import annotations

from .hits import Hit
from .nouns import NounRules
from .verbs import VerbRules

__all__ = ["Hit", "Matcher"]


class Matcher(VerbRules, NounRules):
    """Reads hits from sentences with compiled lexicons and word classes."""
