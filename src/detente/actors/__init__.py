"""Actor resolution: who is acting in a parsed document (countries, offices, people, groups).

`ActorResolver(nlp, extra=None).resolve(doc, when) -> list[Mention]`; `locate(...)` finds
the place of an event; `learned` lists actors the last document introduced.
`load_user_actors`, `import_user_actors`, `learned_entries`, `store_actor_entries` and
`list_actors` manage the
actors users add and the resolver learns; `explain` says why each mention resolved as it did.
"""

from .catalog import (
    import_user_actors,
    learned_entries,
    list_actors,
    store_actor_entries,
    user_actors_path,
)
from .resolver import ActorResolver, Learned
from .tables import ActorEntry, fold
from .user import explain, load_user_actors

__all__ = ["ActorEntry", "ActorResolver", "Learned", "explain", "fold", "import_user_actors",
           "learned_entries", "list_actors", "load_user_actors", "store_actor_entries",
           "user_actors_path"]
