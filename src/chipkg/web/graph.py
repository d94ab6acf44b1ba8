"""The server's graph: the cached store it has open, switching to a rebuilt entry, and the one
place a request's store work runs (two pools of query workers, and a cache of their answers).

Every piece of a request that reads the store is a task of chipkg.web.tasks (a plain function of
the store and plain arguments) handed to ``run``, which runs it in a persistent worker process of
chipkg.runner.Pool: the same limits as the CLI's runner (a memory cap, killed and replaced at the
deadline), so a hostile query costs a worker, never the server. Two lanes, two pools:

- ``trusted``: work whose SPARQL we compile ourselves (stored queries with typed parameters,
  ``ask``, entity pages, descriptions, charts): ``workers`` processes at normal priority;
- ``sparql``: ad-hoc SPARQL from /sparql, which may be written to hurt: ``sparql_workers``
  processes at the lowest CPU priority (nice 19), at most ``sparql_queue`` requests waiting for one
  (past that, or after waiting as long as a query may run, 503 with Retry-After). A query that
  has used LONG_AFTER seconds of CPU (or run ten times that on the clock) is long: at most
  ``sparql_workers`` long ones run at once, each with a fresh worker forked in its place for the
  queries behind it, and one more is stopped with 503 and Retry-After. So however many hostile
  queries arrive, they hold at most 2 x ``sparql_workers`` processes, yield the CPU to the
  trusted lane, and a cheap ad-hoc query waits behind each hostile one ahead of it only until
  that one is long.

Answers are cached by (cache entry, task description), up to ``cache_mb`` (half for each lane, so
ad-hoc queries cannot push stored answers out): the store is read-only, so a task's answer is
fixed for a build; a rebuilt entry starts empty caches. Only answers are cached, never refusals or
errors (a time limit depends on the machine's load). Why: a repeated request (a dashboard, a
page everyone opens, a client polling) costs no worker at all, so it is answered however busy the
workers are.

The server never builds: when the inputs change or ``chipkg build --force`` swaps in a new entry,
the next request (checked at most once a second) opens it once its manifest says it is whole, and
until then the old store keeps answering. Switching forks new pools on the new store, then closes
the old pools (a running task finishes first). The store is only touched in this process while no
worker is being forked (a shared/exclusive lock), so a worker never inherits a lock held mid-read.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple, TypeVar

from chipkg import cache
from chipkg import runner as _runner
from chipkg.errors import ServerBusy

T = TypeVar("T")
DEFAULT_TIMEOUT = float(_runner.DEFAULT_TIMEOUT)
TRUSTED, UNTRUSTED = "trusted", "sparql"
#: Ad-hoc SPARQL workers run at this niceness: under CPU contention the kernel gives each about
#: 1/70 of what a worker (or the server) at niceness 0 gets.
UNTRUSTED_NICE = 19
DEFAULT_SPARQL_WORKERS = 2
#: CPU seconds after which an ad-hoc query is long (or ten times that on the clock): at most
#: ``sparql_workers`` long ones run at once.
LONG_AFTER = 0.1
DEFAULT_CACHE_MB = 64
_CHECK_EVERY = 1.0  # seconds between looks at the cache for a rebuilt entry


def default_workers() -> int:
    """Trusted workers by default: one per CPU this process may use, at least two."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 2
    return max(2, cpus)


class _SharedLock:
    """Many holders of the shared side (forking workers) or one of the exclusive side (switching
    stores), never both."""

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


class ResultCache:
    """Workers' answers (their pickled payloads) by key, least recently used first out, at most
    ``max_bytes`` in all. Thread-safe."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[Any, bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Any) -> bytes | None:
        with self._lock:
            payload = self._items.get(key)
            if payload is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return payload

    def put(self, key: Any, payload: bytes) -> None:
        if len(payload) > self.max_bytes // 8:  # one answer never crowds out the rest
            return
        with self._lock:
            old = self._items.pop(key, None)
            self._bytes -= len(old) if old is not None else 0
            self._items[key] = payload
            self._bytes += len(payload)
            while self._bytes > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._bytes -= len(dropped)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "bytes": self._bytes, "hits": self.hits, "misses": self.misses}


class _Current(NamedTuple):
    """What a request reads at once: the entry's name and build, and its pools."""

    key: str
    identity: tuple[int, int] | None
    pools: dict[str, _runner.Pool]


class Graph:
    """The open store of the current cache entry, when that entry was built, and its workers.

    A Graph that was never ``open``ed (a test that sets ``store`` itself) runs tasks in the
    calling thread.
    """

    def __init__(
        self,
        timeout: float | None = DEFAULT_TIMEOUT,
        notify: Callable[[str], None] | None = None,
        *,
        workers: int | None = None,
        sparql_workers: int = DEFAULT_SPARQL_WORKERS,
        sparql_queue: int | None = None,
        cache_mb: int = DEFAULT_CACHE_MB,
    ) -> None:
        self.timeout = timeout or None
        self.notify = notify or (lambda msg: print(msg, file=sys.stderr, flush=True))
        self.workers = workers or default_workers()
        self.sparql_workers = sparql_workers
        self.sparql_queue = 4 * sparql_workers if sparql_queue is None else sparql_queue
        # One cache per lane, half the memory each: ad-hoc queries cannot push stored answers out.
        self.caches = {lane: ResultCache(cache_mb * 1024 * 1024 // 2) for lane in (TRUSTED, UNTRUSTED)}
        self._lock = _SharedLock()
        self._switch = threading.Lock()
        self._checked = 0.0
        self._current: _Current | None = None
        self._closed = False
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

        previous = self._current
        with self._lock.exclusive():
            store = open_store(notify=self.notify)
            lexicon_of(store)  # read once here: every worker inherits it
            limit = _runner.limits(self.timeout)
            pools: dict[str, _runner.Pool] = {}
            try:
                pools[TRUSTED] = _runner.Pool(
                    self.workers, limit, store, guard=self._lock.shared, name="trusted workers", queue=1024
                )
                pools[UNTRUSTED] = _runner.Pool(
                    self.sparql_workers,
                    limit,
                    store,
                    nice=UNTRUSTED_NICE,
                    queue=self.sparql_queue,
                    guard=self._lock.shared,
                    name="SPARQL workers",
                    long_after=LONG_AFTER,
                    long_max=self.sparql_workers,
                )
            except BaseException:
                for pool in pools.values():
                    pool.close()
                raise
            self.store = store
            self.key = entry.directory.name
            self.identity = identity(entry)
            try:
                self.built = entry.manifest.stat().st_mtime
            except OSError:
                self.built = time.time()
            self._current = _Current(self.key, self.identity, pools)
            for answers in self.caches.values():
                answers.clear()
        if previous is not None:  # its running tasks finish on the old store, then its workers stop
            for pool in previous.pools.values():
                pool.close(wait=True)

    def run(self, task: Callable[..., T], *args: Any, lane: str = TRUSTED) -> T:
        """``task(store, *args)`` in a worker of ``lane`` under the time limit (or from the
        cache); its value or its ChipkgError."""
        current = self._current
        if current is None:
            if self._closed:
                raise ServerBusy("the server is stopping")
            return task(self.store, *args)
        request = _runner.encode(task, args)
        key = (current.key, current.identity, request)
        answers = self.caches[lane]
        payload = answers.get(key)
        if payload is not None:
            return _runner.decode(payload)
        try:
            payload = current.pools[lane].run_raw(request)
        except ServerBusy:
            switched = self._current
            if switched is None or switched is current:
                raise
            return self.run(task, *args, lane=lane)  # the old pools closed under us: the new ones answer
        value = _runner.decode(payload)  # raises what the task raised: never cached
        answers.put(key, payload)
        return value

    def stats(self) -> dict[str, Any]:
        """Each lane's workers (how many, how many were replaced) and answer cache (/healthz)."""
        current = self._current
        lanes = {}
        for lane, pool in (current.pools if current else {}).items():
            lanes[lane] = {"workers": pool.size, "replaced": pool.replaced, "cache": self.caches[lane].stats()}
        return {"lanes": lanes}

    def close(self) -> None:
        """Stop every worker (the server is stopping): none is left running or unreaped."""
        self._closed = True
        current, self._current = self._current, None
        if current is not None:
            for pool in current.pools.values():
                pool.close()


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
