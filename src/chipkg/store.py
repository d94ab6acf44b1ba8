"""The query path's graph: the cached build, an on-disk Oxigraph store opened read-only.

This module must stay light: it imports pyoxigraph and chipkg.cache only. If the cache is
missing or stale (an input changed), it rebuilds through chipkg.build — the one time rdflib,
owlrl and pyshacl get imported on this path — and says so on stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from chipkg import cache
from chipkg.errors import CacheError
from chipkg.resources import Location

_OPEN: dict[str, Any] = {}
_IDENTITY: dict[str, tuple[int, int] | None] = {}  # the build each open store was read from


def open_store(*, notify: Any = None, where: Location | None = None) -> Any:
    """Return a pyoxigraph.Store holding the asserted graph plus the cleaned OWL RL closure.

    The entry is checked against its manifest first (a quick check: small files hashed, big ones
    by size and time); a missing, stale or damaged entry is rebuilt, with a one-line notice, and a
    store that still will not open is rebuilt once more before giving up with one line (exit 2).
    Within one process the store for a cache entry is loaded once and shared: the query path only
    reads it (updates are refused before they reach it), and a library user or a test suite
    asking many questions should not reload the graph each time. ``where`` names the cache and
    data directories (None: the environment's); one store is kept per cache directory, so two
    graph objects of the Python API on two directories each keep theirs.
    """
    say = notify or (lambda msg: print(msg, file=sys.stderr))
    entry = cache.current_entry(where)
    key = str(entry.directory)
    problems = entry.problems("store", thorough=False)
    if key in _OPEN and not problems and _IDENTITY.get(key) == identity(entry):
        return _OPEN[key]
    if problems and entry.exists():  # perhaps swapped by a `build --force` while we looked: look again
        problems = entry.problems("store", thorough=False)
    if problems:
        from chipkg.build import build

        if not entry.exists():
            cache.writable_root(where)  # a cache we cannot write is one line, before the notice
            say("chipkg: the graph cache is missing or out of date; rebuilding it (one moment)...")
        build(notify=say, where=where)  # says so itself when the entry is there but damaged
    opened = identity(entry)
    store = _open_read_only(entry, say, where)
    for old in [k for k in _OPEN if Path(k).parent == entry.directory.parent]:
        del _OPEN[old]  # keep only the current graph of this cache directory
        _IDENTITY.pop(old, None)
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


def _open_read_only(entry: cache.CacheEntry, say: Any, where: Location | None) -> Any:
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
    build(force=True, notify=say, where=where)
    try:
        return ox.Store.read_only(str(entry.store))
    except (OSError, RuntimeError) as exc:
        raise CacheError(f"cannot open the graph cache {entry.store}: {' '.join(str(exc).split())[:160]}") from None


class LocalStore:
    """The local backend of a graph object (``chipkg.api.Backend``): the build cache of one cache
    directory and one data directory (``where``; a None field: the environment's), opened
    read-only, with queries run in a forked worker (chipkg.runner) under a time limit and a memory
    cap, so an interrupt (SIGINT) kills the worker and leaves the caller's process whole."""

    def __init__(self, where: Location | None = None, notify: Any = None) -> None:
        self.where = where or Location()
        self.notify = notify

    @property
    def location(self) -> str:
        data = f", data {self.where.data_dir}" if self.where.data_dir is not None else ""
        return f"local graph cache {self.cache_dir()}{data}"

    def cache_dir(self) -> Path:
        return cache.cache_root(self.where)

    def store(self) -> Any:
        return open_store(notify=self.notify, where=self.where)

    def run(self, work: Any, timeout: float | None, prepare: Any = None) -> Any:
        from chipkg import runner

        store = self.store()
        if prepare is not None:
            prepare(store)  # before the fork: every worker inherits what it loaded
        return runner.call(lambda: work(store), runner.limits(timeout))

    def ntriples(self) -> list[Path]:
        """The build's N-Triples files, asserted and inferred (built first if missing): what
        ``push`` sends."""
        self.store()
        entry = cache.current_entry(self.where)
        return entry.copies()

    def export(self, fmt: str, inferred: bool) -> bytes:
        from chipkg import export as exporter

        return exporter.serialize(exporter.graph(inferred=inferred, notify=self.notify, where=self.where), fmt)

    def build(self, force: bool = False, notify: Any = None, full: bool = False, reasoner: str | None = None) -> Any:
        from chipkg.build import build

        return build(force=force, notify=notify or self.notify, where=self.where, full=full, reasoner=reasoner)

    def verify(self) -> str:
        """What ``chipkg cache verify`` prints: the entry and its file count (else NoAnswer or CacheError)."""
        from chipkg.errors import NoAnswer

        entry = cache.current_entry(self.where)
        if not entry.exists():
            raise NoAnswer(
                f"no graph cache entry for the current inputs in {entry.directory.parent} (`chipkg build` makes one)"
            )
        problems = entry.problems("all", thorough=True)
        if problems:
            raise CacheError(
                f"the graph cache entry {entry.directory} is damaged: {'; '.join(problems)} "
                "(`chipkg build` rebuilds it)"
            )
        count = len((entry.read_manifest() or {"files": {}})["files"])
        return f"{entry.directory} ({count} files match the manifest)"

    def clean(self) -> list[Path]:
        return cache.clean(self.cache_dir())
