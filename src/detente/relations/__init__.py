"""Relations between states from coded events: dyads, series, trends, blocs, statements.

All functions are pure: they take the events frame of `detente.store` (see
docs/design.md, "The events frame") and return new frames or dicts.
"""

from detente.relations.blocs import (
    blocs,
    coop_blocs,
    format_blocs,
    signed_graph,
    unbalanced_triads,
)
from detente.relations.dyads import dedupe, dyads
from detente.relations.frame import make_events, pair_events
from detente.relations.index import CoopIndex, coop_index, describe
from detente.relations.series import relations, series
from detente.relations.statements import (
    RelationStatement,
    compare_statements,
    find_statements,
    statements_frame,
)
from detente.relations.trends import trend, trends

__all__ = [
    "CoopIndex", "RelationStatement", "blocs", "compare_statements", "coop_blocs",
    "coop_index", "dedupe", "describe", "dyads", "find_statements", "format_blocs", "make_events",
    "pair_events", "relations", "series", "signed_graph", "statements_frame", "trend",
    "trends", "unbalanced_triads",
]
