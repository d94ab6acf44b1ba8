"""The one way to run a query: in a forked worker process, with a memory cap and a time limit.

Why a worker: the SPARQL engine (pyoxigraph, in Rust) can take the whole process down — a panic
inside a sort comparator aborts, deep nesting overflows the parser's stack, an allocation refused
under a memory limit aborts — and while it runs, Python's signal handlers wait, so Ctrl-C does
nothing. In a worker, all of that kills the worker only: the caller reports one line (a
``ChipkgError``), and it can kill the worker at the deadline or on Ctrl-C and leave nothing running.

``call(work)`` forks, runs ``work()`` in the child and returns its value (pickled back through a
pipe), or raises the ``ChipkgError`` the child raised. The CLI's ``query``, ``ask`` and ``describe``
pass it a function that does the store-dependent work and returns the formatted output, so only
the output text crosses the pipe: one fork per command.

``Pool`` is the same for a server: workers forked once that answer task after task (a fork per
request would cost more than the query), each task sent as a description (a function's name and
plain arguments), under the same limits, with the same error mapping (``decode``, ``_death``); a
worker past its deadline or its memory cap, or killed by the engine, is reaped and replaced.

The store is opened by the caller before the fork and the child inherits it (no reopening per
query). That is safe for the read-only store: the only other threads are RocksDB's background
pools, idle because a read-only database never flushes or compacts, and the child never needs them.

Python-level output the work writes to ``sys.stdout`` or ``sys.stderr`` (``--show-sparql``) is
captured in the child and replayed by the caller. What the engine itself writes on file descriptor
2 (a Rust panic message and backtrace) is read by the caller only to name the failure in one line.
The worker holds no descriptor of the caller's stdout or stderr, so whoever reads them sees the end
when the caller exits, whatever the worker is doing.
"""

from __future__ import annotations

import gc
import math
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from chipkg.errors import (
    ChipkgError,
    EngineFailure,
    QueryOutOfMemory,
    QueryTimeout,
    ServerBusy,
    UsageError,
)

T = TypeVar("T")

#: Seconds of wall time a query may run; the CLI's ``--timeout`` default.
DEFAULT_TIMEOUT = 10.0
#: Address space a worker may map beyond what the caller has mapped at the fork. A query over
#: this project's graph needs a few MB; a sort over a cartesian product grows by hundreds of MB a
#: second until this stops it.
DEFAULT_MEMORY_MB = 1024
MEMORY_ENV = "CHIPKG_MEMORY_MB"

_ENGINE_STDERR_KEPT = 8192  # bytes of the engine's own stderr kept to name a failure
_LONGEST_WAIT_MS = 3_600_000  # poll() takes a C int; a longer timeout waits in steps


class Limits(NamedTuple):
    """How long (seconds, ``None`` = no limit) and how much memory (MB) a query may take."""

    timeout: float | None = DEFAULT_TIMEOUT
    memory_mb: int | None = DEFAULT_MEMORY_MB


def limits(timeout: float | None = DEFAULT_TIMEOUT) -> Limits:
    """Limits for a query: ``timeout`` seconds (0 or None = none) and the memory cap, which
    ``CHIPKG_MEMORY_MB`` sets (0 = none)."""
    if timeout is not None and not math.isfinite(timeout):
        raise UsageError(f"timeout {timeout}: expected a finite number of seconds (0 means no limit)")
    text = os.environ.get(MEMORY_ENV, "").strip()
    memory: int | None = DEFAULT_MEMORY_MB
    if text:
        if not (text.isascii() and text.isdigit()):
            raise UsageError(f"{MEMORY_ENV}={text!r}: expected a whole number of megabytes (0 means no limit)")
        memory = int(text) or None
    return Limits(timeout or None, memory)


def call(work: Callable[[], T], limit: Limits | None = None) -> T:
    """``work()`` computed in a forked worker under ``limit``; its value, or its ChipkgError.

    Raises QueryTimeout past the time limit, QueryOutOfMemory past the memory cap, EngineFailure
    if the worker dies any other way; KeyboardInterrupt on Ctrl-C. In every case the worker has
    been killed and reaped before this returns or raises.
    """
    limit = limit or limits()
    if not hasattr(os, "fork"):  # pragma: no cover - Windows: no worker, no protection
        return work()
    # Imported before the fork: a module the worker imports is loaded again for every query.
    import pickle  # noqa: F401
    import select  # noqa: F401

    caps = _caps(limit)
    deadline = None if limit.timeout is None else time.monotonic() + limit.timeout
    sys.stdout.flush()  # the child must not inherit half-written output buffers
    sys.stderr.flush()
    result_r, result_w = os.pipe()
    engine_r, engine_w = os.pipe()
    # Ctrl-C is held back from the fork until the worker is in the try below: arriving between them,
    # it left the worker running on after the caller gave up on it (seen under load)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        pid = os.fork()
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise
    if pid == 0:  # pragma: no cover - the child; coverage cannot follow it
        os.close(result_r)
        os.close(engine_r)
        _child(work, result_w, engine_w, caps, limit, held)
    reaped = False
    try:
        os.close(result_w)
        os.close(engine_w)
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C held back is raised here
        payload, engine_text = _collect(result_r, engine_r, deadline, limit)
        _, status = os.waitpid(pid, 0)
        reaped = True
    finally:  # a timeout, Ctrl-C (KeyboardInterrupt) or any error: no worker outlives the call
        os.close(result_r)
        os.close(engine_r)
        if not reaped:
            _kill(pid)
    return _outcome(payload, status, engine_text, limit)


def _collect(result_fd: int, engine_fd: int, deadline: float | None, limit: Limits) -> tuple[bytes, str]:
    """Read the worker's result and its engine stderr until both pipes close, or the deadline."""
    import select

    result: list[bytes] = []
    engine: list[bytes] = []
    kept = 0
    poller = select.poll()
    poller.register(result_fd, select.POLLIN)
    poller.register(engine_fd, select.POLLIN)
    open_fds = {result_fd, engine_fd}
    while open_fds:
        wait_ms = None
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise QueryTimeout(limit.timeout or 0)
            wait_ms = min(int(left * 1000) + 1, _LONGEST_WAIT_MS)
        for fd, _event in poller.poll(wait_ms):
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                poller.unregister(fd)
                open_fds.discard(fd)
            elif fd == result_fd:
                result.append(chunk)
            elif kept < _ENGINE_STDERR_KEPT:
                engine.append(chunk)
                kept += len(chunk)
    return b"".join(result), b"".join(engine).decode("utf-8", "replace")


def _kill(pid: int) -> None:

    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # pragma: no cover - already gone
        pass
    os.waitpid(pid, 0)


def _outcome(payload: bytes, status: int, engine_text: str, limit: Limits) -> Any:
    """The worker's value, or the error its payload or its death stands for."""
    if payload:
        return decode(payload)
    raise _death(status, engine_text, limit)


def decode(payload: bytes) -> Any:
    """The value a worker sent back (its output replayed on this process's stdout and stderr), or
    the ChipkgError it raised."""
    import pickle

    kind, value, stdout_text, stderr_text = pickle.loads(payload)
    for stream, text in ((sys.stdout, stdout_text), (sys.stderr, stderr_text)):
        if text:
            stream.write(text)
            stream.flush()
    if kind == "error":
        raise value
    return value


def _death(status: int, engine_text: str, limit: Limits) -> BaseException:
    """The error a worker's death without an answer stands for (its wait status, its stderr)."""

    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGINT:  # Ctrl-C at a terminal reached the worker first
            return KeyboardInterrupt()
        if sig == signal.SIGXCPU and limit.timeout is not None:
            return QueryTimeout(limit.timeout)
        if "memory allocation of" in engine_text and limit.memory_mb:
            return QueryOutOfMemory(limit.memory_mb)
        return EngineFailure(f"{_engine_message(engine_text, sig)} (killed by {_signal_name(sig)})")
    return EngineFailure(f"the worker exited with code {os.WEXITSTATUS(status)} and no answer")


def _engine_message(text: str, sig: int) -> str:
    """One line naming why the engine died, from what it wrote on stderr."""

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if "panicked at" in line and i + 1 < len(lines):
            return f"internal panic: {lines[i + 1][:200]}"
    if any("overflowed its stack" in line for line in lines):
        return "stack overflow"
    if sig == signal.SIGSEGV:
        return "it crashed"
    return lines[0][:200] if lines else "it crashed"


def _signal_name(sig: int) -> str:

    try:
        return signal.Signals(sig).name
    except ValueError:  # pragma: no cover
        return f"signal {sig}"


def _die_with_parent() -> None:  # pragma: no cover - runs in a worker
    """Have the kernel kill this worker when the process that forked it dies (Linux's
    PR_SET_PDEATHSIG): a caller killed outright (SIGKILL, an out-of-memory kill) cannot reap it, and
    a worker on an endless query would run on alone. Where there is no such call, nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


def _child(
    work: Callable[[], Any],
    result_fd: int,
    engine_fd: int,
    caps: list[tuple[int, int, int]],
    limit: Limits,
    held: set[Any] | None = None,
) -> None:  # pragma: no cover - coverage cannot follow a forked child
    """Run in the worker: cap it, run ``work``, send (kind, value, stdout text, stderr text), exit."""
    import resource

    code = 0
    parent = os.getppid()
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C at a terminal kills the worker too
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        _die_with_parent()
        if os.getppid() != parent:  # the caller died before the call above took hold
            os._exit(code)
        _quiet_stdio(engine_fd)
        gc.disable()  # a collection would touch every object and copy the parent's pages
        for which, soft, hard in caps:
            resource.setrlimit(which, (soft, hard))
        payload, _clean = _perform(work, limit)
        _write_all(result_fd, payload)
        os.close(result_fd)  # the caller has the answer now, not after this process is torn down
        os.close(2)
    except BaseException:
        code = 70
    os._exit(code)


def _quiet_stdio(engine_fd: int) -> None:  # pragma: no cover - runs in a worker
    """A worker's fd 2 is the pipe its caller reads the engine's own messages from, its fd 1 is
    /dev/null: it holds no descriptor of the caller's stdout or stderr."""
    os.dup2(engine_fd, 2)
    os.close(engine_fd)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    if "faulthandler" in sys.modules:  # a crash is reported by the caller, in one line
        sys.modules["faulthandler"].disable()


def _perform(work: Callable[[], Any], limit: Limits) -> tuple[bytes, bool]:  # pragma: no cover - in a worker
    """``work()`` run with Python's stdout and stderr captured: the payload to send back
    (kind, value, stdout text, stderr text), and whether the worker is still sound (False after
    anything but a ChipkgError of ours: an engine panic, an allocation refused, a bug)."""
    import io
    import pickle

    saved = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    clean = True
    try:
        try:
            outcome: tuple = ("ok", work())
        except BaseException as exc:
            clean = isinstance(exc, ChipkgError) and not isinstance(exc, QueryOutOfMemory)
            outcome = ("error", _portable(exc, limit))
        outcome += (out.getvalue(), err.getvalue())
    finally:
        sys.stdout, sys.stderr = saved
    try:
        return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL), clean
    except MemoryError:
        return pickle.dumps(("error", QueryOutOfMemory(limit.memory_mb or 0), "", "")), False
    except Exception as exc:  # an unpicklable value: a bug of ours, reported as one
        return pickle.dumps(("error", RuntimeError(f"unpicklable result: {exc}"), "", "")), False


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _caps(limit: Limits) -> list[tuple[int, int, int]]:
    """The (resource, soft, hard) limits a worker sets on itself: its address space at the
    caller's now plus the memory budget; its CPU time at the timeout rounded up to the next whole
    second, so a worker orphaned by a killed caller (kill -9) stops too. Never above a limit the caller already has."""
    import resource

    caps = []
    if limit.memory_mb:
        try:
            with open("/proc/self/statm", "rb") as handle:  # Linux; elsewhere no memory cap
                mapped = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            mapped = None
        if mapped is not None:
            cap = mapped + limit.memory_mb * 1024 * 1024
            caps.append((resource.RLIMIT_AS, cap, cap))
    if limit.timeout is not None:
        seconds = min(int(limit.timeout) + 1, 2**31)  # above the timeout: the caller's deadline comes first
        caps.append((resource.RLIMIT_CPU, seconds, seconds + 1))
    out = []
    for which, soft, hard in caps:
        _, ceiling = resource.getrlimit(which)
        if ceiling != resource.RLIM_INFINITY:
            soft, hard = min(soft, ceiling), min(hard, ceiling)
        out.append((which, soft, hard))
    return out


def _portable(exc: BaseException, limit: Limits) -> BaseException:
    """The child's exception as something the caller can unpickle and report in one line."""
    if isinstance(exc, ChipkgError):
        return exc
    if isinstance(exc, MemoryError):
        return QueryOutOfMemory(limit.memory_mb or 0)
    if type(exc).__name__ == "PanicException":  # pyo3's caught Rust panic
        first = str(exc).splitlines()[0] if str(exc) else "a panic"
        return EngineFailure(f"internal panic: {first[:200]}")
    import pickle

    if os.environ.get("CHIPKG_DEBUG"):
        import traceback

        exc.add_note("".join(traceback.format_exception(exc)))
    try:
        pickle.dumps(exc)
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- a pool of workers

#: A worker whose resident memory has grown this much since it was forked is replaced after its
#: task: the pool's memory stays where it started, whatever a long run of queries leaves behind.
RECYCLE_MB = 64
_HEADER = 8  # bytes: the length of a message on a worker's pipes
#: A task is long once it has used ``long_after`` seconds of CPU, or run _LONG_WALL times that on
#: the clock: a cheap query starved of CPU by other work on a busy machine is not long.
_LONG_WALL = 10
_LONG_RECHECK = 0.05  # seconds between looks at a task's CPU time once it passed long_after
_PARENT_FDS: set[int] = set()  # this process's ends of every pool worker's pipes (a new worker closes them)


class Pool:
    """Persistent workers forked from this process, each running one task at a time under the
    same limits as ``call``: ``run(function, *args)`` is ``function(context, *args)`` in a worker.

    Why: forking a worker per query costs more than a query over this graph takes, and caps a
    server near a hundred queries a second; a worker that lives on answers the next task at once.
    What ``call`` promises holds per task: a task past ``limit.timeout`` (waited for here, and a
    CPU-time limit in the worker) gets its worker killed, reaped and replaced before
    ``QueryTimeout`` is raised; the worker's address space is capped at what this process has
    mapped at the fork plus ``limit.memory_mb``; a worker that dies (an engine abort, a refused
    allocation) is reaped and replaced, and its death is reported as ``call`` reports it. A worker
    that raised anything but a ChipkgError of ours, or whose memory grew by RECYCLE_MB, is replaced
    after answering.

    Tasks cross the pipe as descriptions, never closures: a module-level function (pickled by
    name) and plain arguments. ``context`` (the open store) is inherited at the fork. ``size``
    workers answer at once; up to ``queue`` more requests wait for one, at most ``limit.timeout``
    seconds; past either, ``ServerBusy``. ``nice`` lowers the workers' CPU priority, so a pool of
    untrusted work cannot starve the rest of the machine. With ``long_after``, a task that has used
    that many seconds of CPU (or run ten times that on the clock) is long: at most ``long_max``
    long tasks run at once, each with a worker forked in its place (so short tasks keep finding
    free workers however many long ones arrive), and a task that becomes long while ``long_max``
    others are is killed (``ServerBusy``).
    ``guard()`` is held around each fork of a replacement (the caller's lock that keeps the
    context untouched while a worker is forked).
    """

    def __init__(
        self,
        size: int,
        limit: Limits,
        context: Any = None,
        *,
        nice: int = 0,
        queue: int | None = None,
        guard: Callable[[], Any] | None = None,
        name: str = "workers",
        long_after: float | None = None,
        long_max: int = 0,
    ) -> None:
        import contextlib
        import threading

        if size < 1:
            raise UsageError(f"a pool needs at least one worker, not {size}")
        self.size, self.limit, self.context, self.nice, self.name = size, limit, context, nice, name
        self.queue = 4 * size if queue is None else queue
        self.long_after, self.long_max = long_after, long_max
        self._long = 0  # tasks running past long_after, each with a worker forked in its place
        self._guard = guard or contextlib.nullcontext
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._starting = 0  # replacements being forked
        self._waiting = 0
        self._closed = False
        self.replaced = 0  # workers killed or retired and replaced, for /healthz and the tests
        try:
            for _ in range(size):
                worker = self._fork()
                self._idle.append(worker)
                self._all.add(worker)
        except BaseException:  # a fork refused (no memory, too many processes): none left behind
            self.close()
            raise

    @property
    def pids(self) -> list[int]:
        with self._cond:
            return sorted(w.pid for w in self._all)

    def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(context, *args)`` in a worker: its value, or the error it raised or died of."""
        return decode(self.run_raw(encode(function, args)))

    def run_raw(self, request: bytes) -> bytes:
        """The worker's payload (``decode`` it) for a request made by ``encode``."""
        limit = self.limit
        worker = self._acquire()
        start = time.monotonic()
        deadline = None if limit.timeout is None else start + limit.timeout
        keep = False
        promoted: list[bool] = []
        cpu_at_start = _cpu_of(worker.pid) if self.long_after is not None else 0.0

        def promote() -> float | None:
            """When to look again, or None: the task is long now (or refused, ServerBusy)."""
            assert self.long_after is not None
            ran = time.monotonic() - start
            if _cpu_of(worker.pid) - cpu_at_start < self.long_after and ran < _LONG_WALL * self.long_after:
                return time.monotonic() + _LONG_RECHECK  # starved of CPU by others' work, not long
            self._promote()
            promoted.append(True)
            return None

        long_at = None if self.long_after is None else start + self.long_after
        try:
            answer = worker.exchange(request, deadline, limit, long_at, promote)
            if answer is None:  # it died: reap it and say what of
                raise _death(worker.reap(), worker.engine_text, limit)
            payload, keep = answer
            return payload
        finally:  # a timeout, a death, Ctrl-C or any error: the worker is killed, reaped, replaced
            self._release(worker, keep, bool(promoted))

    def close(self, *, wait: bool = False) -> None:
        """Stop every worker: the idle ones now; the busy ones now too, or (``wait``) when they
        finish their task (a store switch lets running requests finish on the old store)."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            busy = [w for w in self._all if w not in idle]
            self._cond.notify_all()
        for worker in idle:
            worker.kill()
            self._forget(worker)
        if not wait:
            for worker in busy:
                worker.kill()  # reaped here; its request thread sees it gone and answers with the error

    def _acquire(self) -> _Worker:
        limit = self.limit
        deadline = None if limit.timeout is None else time.monotonic() + limit.timeout
        with self._cond:
            if not self._idle and self._waiting >= self.queue:
                raise ServerBusy(
                    f"all {self.size} {self.name} are busy and {self._waiting} requests are waiting; try again"
                )
            self._waiting += 1
            try:
                while not self._idle:
                    if self._closed:
                        raise ServerBusy("the server is switching graphs or stopping; try again")
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        raise ServerBusy(f"no free {self.name} within {limit.timeout:g} s; try again")
                    self._cond.wait(left)
                return self._idle.pop()
            finally:
                self._waiting -= 1

    def _release(self, worker: _Worker, keep: bool, promoted: bool = False) -> None:
        """Back to the idle workers; or killed and replaced (a timeout, a death, a worker that
        must not go on); or retired (a long task's worker, replaced when it became long)."""
        with self._cond:
            if promoted:
                self._long -= 1
            surplus = len(self._all) + self._starting - self._long > self.size  # long tasks' workers are extra
            if keep and not self._closed and not surplus:
                self._idle.append(worker)
                self._cond.notify()
                return
            replace = not self._closed and not surplus
            if replace:
                self._starting += 1
        worker.kill()
        self._forget(worker)
        if replace:
            self._replace()

    def _promote(self) -> None:
        """A task has run ``long_after`` seconds: let it go on as one of at most ``long_max``
        long tasks, and fork a worker in its place for the tasks waiting; or refuse it."""
        with self._cond:
            if self._long >= self.long_max:
                raise ServerBusy(
                    f"{self._long} long queries (over {self.long_after:g} s) are running, as many as the "
                    f"{self.name} take at once; try again later",
                    retry_after=max(1, math.ceil(self.limit.timeout or 1)),
                )
            self._long += 1
            self._starting += 1
        self._replace()

    def _replace(self) -> None:
        """Fork a worker into the idle ones (its slot was counted in ``_starting``)."""
        try:
            with self._guard():
                fresh = self._fork()
        finally:
            with self._cond:
                self._starting -= 1
        with self._cond:
            self.replaced += 1
            if self._closed:
                fresh.kill()
                _PARENT_FDS.difference_update(fresh.fds)
                fresh.close_pipes()
                return
            self._all.add(fresh)
            self._idle.append(fresh)
            self._cond.notify()

    def _forget(self, worker: _Worker) -> None:
        with self._cond:
            self._all.discard(worker)
        _PARENT_FDS.difference_update(worker.fds)
        worker.close_pipes()

    def _fork(self) -> _Worker:
        import select  # noqa: F401 - imported before the fork, as in ``call``

        cap = _caps(Limits(None, self.limit.memory_mb))
        request_r, request_w = os.pipe()
        result_r, result_w = os.pipe()
        engine_r, engine_w = os.pipe()
        os.set_blocking(engine_r, False)
        ours = {request_w, result_r, engine_r}
        _PARENT_FDS.update(ours)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the worker; coverage cannot follow it
            _pool_worker(self.context, request_r, result_w, engine_w, cap, self.limit, self.nice)
        for fd in (request_r, result_w, engine_w):
            os.close(fd)
        return _Worker(pid, request_w, result_r, engine_r)


def encode(function: Callable[..., Any], args: tuple) -> bytes:
    """A task as it crosses to a pool worker: the function by its module and name, and plain data."""
    import pickle

    return pickle.dumps((function, args), protocol=pickle.HIGHEST_PROTOCOL)


class _Worker:
    """This process's side of one pool worker: its pid and the ends of its three pipes."""

    def __init__(self, pid: int, request_fd: int, result_fd: int, engine_fd: int) -> None:
        import threading

        self.pid = pid
        self.fds = (request_fd, result_fd, engine_fd)
        self.engine_text = ""
        self._lock = threading.Lock()
        self._status: int | None = None
        self._start_rss = _rss_of(pid)

    def exchange(
        self,
        request: bytes,
        deadline: float | None,
        limit: Limits,
        long_at: float | None = None,
        on_long: Callable[[], float | None] | None = None,
    ) -> tuple[bytes, bool] | None:
        """Send a task, wait for its answer: (payload, whether to keep the worker), or None if the
        worker died. QueryTimeout at the deadline; ``on_long()`` at ``long_at`` if still running
        (it says when to call it again, if ever)."""
        import select
        import struct

        request_fd, result_fd, engine_fd = self.fds
        _drain(engine_fd)  # what an earlier task left on stderr is not this task's
        try:
            _write_all(request_fd, struct.pack("!Q", len(request)) + request)
        except BrokenPipeError:
            return None
        poller = select.poll()
        poller.register(result_fd, select.POLLIN)
        poller.register(engine_fd, select.POLLIN)
        got = bytearray()
        need: int | None = None
        engine: list[bytes] = []
        kept = 0
        while need is None or len(got) < need:
            wait_ms = None
            now = time.monotonic()
            if long_at is not None and now >= long_at and on_long is not None:
                long_at = on_long()
            if deadline is not None:
                left = deadline - now
                if left <= 0:
                    raise QueryTimeout(limit.timeout or 0)
                wait_ms = min(int(left * 1000) + 1, _LONGEST_WAIT_MS)
            if long_at is not None:
                wait_ms = min(wait_ms if wait_ms is not None else _LONGEST_WAIT_MS, int((long_at - now) * 1000) + 1)
            for fd, _event in poller.poll(wait_ms):
                try:
                    chunk = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if fd == engine_fd:
                    if not chunk:
                        poller.unregister(fd)
                    elif kept < _ENGINE_STDERR_KEPT:
                        engine.append(chunk)
                        kept += len(chunk)
                    continue
                if not chunk:  # died before it answered in full
                    self.engine_text = (b"".join(engine) + _drain(engine_fd)).decode("utf-8", "replace")
                    return None
                got += chunk
                if need is None and len(got) >= _HEADER + 1:
                    need = _HEADER + struct.unpack("!Q", got[:_HEADER])[0]
        keep = got[_HEADER] == 1 and (_rss_of(self.pid) - self._start_rss) < RECYCLE_MB * 1024 * 1024
        return bytes(got[_HEADER + 1 :]), keep

    def kill(self) -> None:
        """SIGKILL it and reap it (once, whichever thread gets here first)."""

        with self._lock:
            if self._status is not None:
                return
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # pragma: no cover - already reaped elsewhere
                pass
            self._reap_locked()

    def reap(self) -> int:
        """Wait for it to end (it has died, or is dying); its wait status."""
        with self._lock:
            return self._reap_locked()

    def _reap_locked(self) -> int:
        if self._status is None:
            try:
                _, self._status = os.waitpid(self.pid, 0)
            except ChildProcessError:  # pragma: no cover - reaped by someone else
                self._status = 0
        return self._status

    def close_pipes(self) -> None:
        """Close this side of its pipes (by the thread that last used them, once it is done)."""
        for fd in self.fds:
            try:
                os.close(fd)
            except OSError:
                pass


def _drain(fd: int) -> bytes:
    """What a non-blocking pipe holds now."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 1 << 16)
        except (BlockingIOError, OSError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) a process has used (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _rss_of(pid: int) -> int:
    """Resident bytes of a process (Linux; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _pool_worker(
    context: Any,
    request_fd: int,
    result_fd: int,
    engine_fd: int,
    caps: list[tuple[int, int, int]],
    limit: Limits,
    nice: int,
) -> None:  # pragma: no cover - runs in the worker
    """A pool worker's life: drop every descriptor it has no business with (the server's sockets,
    the other workers' pipes), cap itself, then answer tasks until its request pipe closes (the
    pool closed it, or the parent died)."""
    import pickle
    import resource
    import stat
    import struct

    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent()  # mid-task, a dead server's worker would not see its request pipe close
        for fd in _PARENT_FDS:
            try:
                os.close(fd)
            except OSError:
                pass
        for name in os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []:
            fd = int(name)
            try:
                if stat.S_ISSOCK(os.fstat(fd).st_mode):  # listening and client sockets of the server
                    os.close(fd)
            except OSError:
                pass
        _quiet_stdio(engine_fd)
        gc.freeze()  # what the fork brought stays shared: collections never touch (and copy) it
        if nice:
            os.nice(nice)
        for which, soft, hard in caps:
            resource.setrlimit(which, (soft, hard))
        _, cpu_ceiling = resource.getrlimit(resource.RLIMIT_CPU)
        while True:
            header = _read_exact(request_fd, _HEADER)
            if header is None:
                break
            body = _read_exact(request_fd, struct.unpack("!Q", header)[0])
            if body is None:
                break
            if limit.timeout is not None:  # CPU time so far plus this task's: an orphaned worker stops too
                used = resource.getrusage(resource.RUSAGE_SELF)
                soft = int(used.ru_utime + used.ru_stime + limit.timeout) + 1
                if cpu_ceiling != resource.RLIM_INFINITY:
                    soft = min(soft, cpu_ceiling)
                resource.setrlimit(resource.RLIMIT_CPU, (soft, cpu_ceiling))

            def task(body: bytes = body) -> Any:
                function, args = pickle.loads(body)
                return function(context, *args)

            payload, clean = _perform(task, limit)
            _write_all(result_fd, struct.pack("!Q", len(payload) + 1) + (b"\x01" if clean else b"\x00") + payload)
            if not clean:
                break
    except BaseException:
        code = 70
    os._exit(code)


def _read_exact(fd: int, size: int) -> bytes | None:  # pragma: no cover - runs in the worker
    data = bytearray()
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)
