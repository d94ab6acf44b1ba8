"""The query path's graph: the cached build, an on-disk Oxigraph store opened read-only.

This module must stay light: it imports pyoxigraph and chipkg.cache only. If the cache is
missing or stale (an input changed), it rebuilds through chipkg.build — the one time rdflib,
owlrl and pyshacl get imported on this path — and says so on stderr.
"""

from __future__ import annotations

import sys
from typing import Any

from chipkg import cache

_OPEN: dict[str, Any] = {}


def open_store(*, notify: Any = None) -> Any:
    """Return a pyoxigraph.Store holding the asserted graph plus the cleaned OWL RL closure.

    Within one process the store for a cache entry is loaded once and shared: the query path only
    reads it (updates are refused before they reach it), and a library user or a test suite
    asking many questions should not reload the graph each time.
    """
    import pyoxigraph as ox

    entry = cache.current_entry()
    key = str(entry.directory)
    if key in _OPEN and entry.is_complete():
        return _OPEN[key]
    if not entry.is_complete():
        from chipkg.build import build

        say = notify or (lambda msg: print(msg, file=sys.stderr))
        say("chipkg: the graph cache is missing or out of date; rebuilding it (one moment)...")
        build()
    try:
        store = ox.Store.read_only(str(entry.store))
    except OSError:  # a damaged cache: load the same triples from the N-Triples copies instead
        store = ox.Store()
        for path in (entry.asserted, entry.inferred):
            store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    _OPEN.clear()  # keep only the current graph
    _OPEN[key] = store
    return store
