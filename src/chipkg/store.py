"""The query path's graph: the cached build, an on-disk Oxigraph store opened read-only.

This module must stay light: it imports pyoxigraph and chipkg.cache only. If the cache is
missing or stale (an input changed), it rebuilds through chipkg.build — the one time rdflib,
owlrl and pyshacl get imported on this path — and says so on stderr.
"""

from __future__ import annotations

import sys
from typing import Any

from chipkg import cache
from chipkg.errors import CacheError

_OPEN: dict[str, Any] = {}
_IDENTITY: dict[str, tuple[int, int] | None] = {}  # the build each open store was read from


def open_store(*, notify: Any = None) -> Any:
    """Return a pyoxigraph.Store holding the asserted graph plus the cleaned OWL RL closure.

    The entry is checked against its manifest first (a quick check: small files hashed, big ones
    by size and time); a missing, stale or damaged entry is rebuilt, with a one-line notice, and a
    store that still will not open is rebuilt once more before giving up with one line (exit 2).
    Within one process the store for a cache entry is loaded once and shared: the query path only
    reads it (updates are refused before they reach it), and a library user or a test suite
    asking many questions should not reload the graph each time.
    """
    say = notify or (lambda msg: print(msg, file=sys.stderr))
    entry = cache.current_entry()
    key = str(entry.directory)
    problems = entry.problems("store", thorough=False)
    if key in _OPEN and not problems and _IDENTITY.get(key) == identity(entry):
        return _OPEN[key]
    if problems and entry.exists():  # perhaps swapped by a `build --force` while we looked: look again
        problems = entry.problems("store", thorough=False)
    if problems:
        from chipkg.build import build

        if not entry.exists():
            cache.writable_root()  # a cache we cannot write is one line, before the notice
            say("chipkg: the graph cache is missing or out of date; rebuilding it (one moment)...")
        build(notify=say)  # says so itself when the entry is there but damaged
    opened = identity(entry)
    store = _open_read_only(entry, say)
    _OPEN.clear()  # keep only the current graph
    _IDENTITY.clear()
    _OPEN[key] = store
    _IDENTITY[key] = opened
    return store


def identity(entry: cache.CacheEntry) -> tuple[int, int] | None:
    """Which build of an entry is in place: its manifest's inode and time. A ``build --force``
    swaps in a new directory with the same name, so the name alone cannot tell; a long-running
    process (``chipkg serve``) compares this to switch to the new build."""
    try:
        info = entry.manifest.stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns


def _open_read_only(entry: cache.CacheEntry, say: Any) -> Any:
    import pyoxigraph as ox

    try:
        return ox.Store.read_only(str(entry.store))
    except (OSError, RuntimeError):
        pass
    try:  # once more: a `build --force` may have swapped the entry while we opened it
        return ox.Store.read_only(str(entry.store))
    except (OSError, RuntimeError) as exc:
        reason = " ".join(str(exc).split())[:160]
    from chipkg.build import build

    say(f"chipkg: the graph cache store does not open ({reason}); rebuilding it")
    build(force=True, notify=say)
    try:
        return ox.Store.read_only(str(entry.store))
    except (OSError, RuntimeError) as exc:
        raise CacheError(f"cannot open the graph cache {entry.store}: {' '.join(str(exc).split())[:160]}") from None
