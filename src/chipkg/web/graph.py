"""The server's graph: the cached store it has open, switching to a rebuilt entry, and the one
place a request's store work runs (the query runner).

Every piece of a request that reads the store is a function ``work(store)`` handed to ``run``,
which runs it through chipkg.runner (a forked worker with a memory cap, killed at the deadline:
the same runner the CLI uses), so a hostile query costs a worker, never the server. Until the
runner is on this branch's main line, ``run`` calls ``work`` in the request's thread.

The server never builds: when the inputs change or ``chipkg build --force`` swaps in a new entry,
the next request (checked at most once a second) opens it once its manifest says it is whole,
and until then the old store keeps answering. The store is only touched in this process while no
worker is being forked (a shared/exclusive lock), so a worker never inherits a lock held mid-read.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from chipkg import cache
from chipkg import runner as _runner

T = TypeVar("T")
DEFAULT_TIMEOUT = float(_runner.DEFAULT_TIMEOUT)
_CHECK_EVERY = 1.0  # seconds between looks at the cache for a rebuilt entry


class _SharedLock:
    """Many holders of the shared side (requests forking workers) or one of the exclusive side
    (switching stores), never both."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._shared = 0
        self._exclusive = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._exclusive)
            self._shared += 1
        try:
            yield
        finally:
            with self._cond:
                self._shared -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._exclusive and self._shared == 0)
            self._exclusive = True
        try:
            yield
        finally:
            with self._cond:
                self._exclusive = False
                self._cond.notify_all()


class Graph:
    """The open store of the current cache entry, and when that entry was built."""

    def __init__(self, timeout: float | None = DEFAULT_TIMEOUT, notify: Callable[[str], None] | None = None) -> None:
        self.timeout = timeout or None
        self.notify = notify or (lambda msg: print(msg, file=sys.stderr, flush=True))
        self._lock = _SharedLock()
        self._switch = threading.Lock()
        self._checked = 0.0
        self.store: Any = None
        self.key = ""  # the entry's name, "graph-<24 hex>"
        self.identity: tuple[int, int] | None = None
        self.built = 0.0  # when the entry's manifest was written (Last-Modified)

    def open(self) -> None:
        """Open the current entry, building it first in a separate process if it is missing or
        damaged (the build imports rdflib, owlrl and pyshacl: never in the server's process)."""
        entry = cache.current_entry()
        if not entry.is_complete():
            self.notify("chipkg: the graph cache is missing or out of date; building it (one moment)...")
            _build_in_subprocess()
        self._load(cache.current_entry())

    def refresh(self) -> None:
        """Switch to a rebuilt entry if there is one (looked for at most once a second)."""
        now = time.monotonic()
        if now - self._checked < _CHECK_EVERY:
            return
        with self._switch:
            if now - self._checked < _CHECK_EVERY:
                return
            self._checked = now
            from chipkg.store import identity

            try:
                entry = cache.current_entry()
                if (entry.directory.name, identity(entry)) == (self.key, self.identity):
                    return
                if not entry.is_complete():  # not built yet, or being replaced: keep the old store
                    return
                self._load(entry)
            except Exception as exc:  # noqa: BLE001 - keep serving the store we have, say why
                self.notify(f"chipkg: staying on {self.key}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
                return
            self.notify(f"chipkg: switched to the rebuilt graph {self.key}")

    def _load(self, entry: cache.CacheEntry) -> None:
        from chipkg.ask.answer import lexicon_of
        from chipkg.store import identity, open_store

        with self._lock.exclusive():
            store = open_store(notify=self.notify)
            lexicon_of(store)  # read once here: every worker inherits it
            self.store = store
            self.key = entry.directory.name
            self.identity = identity(entry)
            try:
                self.built = entry.manifest.stat().st_mtime
            except OSError:
                self.built = time.time()

    def run(self, work: Callable[[Any], T]) -> T:
        """``work(store)`` in a query worker under the time limit; its value or its ChipkgError."""
        with self._lock.shared():
            store = self.store
            return _runner.call(lambda: work(store), _runner.limits(self.timeout))


def _build_in_subprocess() -> None:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", "from chipkg.cli import main; main()", "build"],
        stdout=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    if done.returncode != 0:
        from chipkg.errors import CacheError

        raise CacheError(f"building the graph cache failed (exit {done.returncode}); run `chipkg build` to see why")
