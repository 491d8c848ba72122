"""Event coding: from parsed sentences and actor mentions to coded PLOVER/CAMEO events."""

from .coder import LexiconCoder, event_id

__all__ = ["LexiconCoder", "event_id"]
