"""The one way to run a query: in a forked worker process, with a memory cap and a time limit.

Why a worker: the SPARQL engine (pyoxigraph, in Rust) can take the whole process down — a panic
inside a sort comparator aborts, deep nesting overflows the parser's stack, an allocation refused
under a memory limit aborts — and while it runs, Python's signal handlers wait, so Ctrl-C does
nothing. In a worker, all of that kills the worker only: the caller reports one line (a
``ChipkgError``), and it can kill the worker at the deadline or on Ctrl-C and leave nothing running.

``call(work)`` forks, runs ``work()`` in the child and returns its value (pickled back through a
pipe), or raises the ``ChipkgError`` the child raised. Every face uses it: the CLI's ``query``,
``ask`` and ``describe`` pass it a function that does the store-dependent work and returns the
formatted output, so only the output text crosses the pipe.

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
import sys
import time
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from chipkg.errors import (
    ChipkgError,
    EngineFailure,
    QueryOutOfMemory,
    QueryTimeout,
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
    import signal  # noqa: F401

    caps = _caps(limit)
    deadline = None if limit.timeout is None else time.monotonic() + limit.timeout
    sys.stdout.flush()  # the child must not inherit half-written output buffers
    sys.stderr.flush()
    result_r, result_w = os.pipe()
    engine_r, engine_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child; coverage cannot follow it
        os.close(result_r)
        os.close(engine_r)
        _child(work, result_w, engine_w, caps, limit)
    os.close(result_w)
    os.close(engine_w)
    reaped = False
    try:
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
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # pragma: no cover - already gone
        pass
    os.waitpid(pid, 0)


def _outcome(payload: bytes, status: int, engine_text: str, limit: Limits) -> Any:
    """The worker's value, or the error its payload or its death stands for."""
    import pickle
    import signal

    if payload:
        kind, value, stdout_text, stderr_text = pickle.loads(payload)
        for stream, text in ((sys.stdout, stdout_text), (sys.stderr, stderr_text)):
            if text:
                stream.write(text)
                stream.flush()
        if kind == "error":
            raise value
        return value
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGINT:  # Ctrl-C at a terminal reached the worker first
            raise KeyboardInterrupt
        if sig == signal.SIGXCPU and limit.timeout is not None:
            raise QueryTimeout(limit.timeout)
        if "memory allocation of" in engine_text and limit.memory_mb:
            raise QueryOutOfMemory(limit.memory_mb)
        raise EngineFailure(f"{_engine_message(engine_text, sig)} (killed by {_signal_name(sig)})")
    raise EngineFailure(f"the worker exited with code {os.WEXITSTATUS(status)} and no answer")


def _engine_message(text: str, sig: int) -> str:
    """One line naming why the engine died, from what it wrote on stderr."""
    import signal

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
    import signal

    try:
        return signal.Signals(sig).name
    except ValueError:  # pragma: no cover
        return f"signal {sig}"


def _child(
    work: Callable[[], Any], result_fd: int, engine_fd: int, caps: list[tuple[int, int, int]], limit: Limits
) -> None:  # pragma: no cover - coverage cannot follow a forked child
    """Run in the worker: cap it, run ``work``, send (kind, value, stdout text, stderr text), exit."""
    import io
    import pickle
    import resource
    import signal

    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C at a terminal kills the worker too
        os.dup2(engine_fd, 2)
        os.close(engine_fd)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
        out, err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = out, err
        gc.disable()  # a collection would touch every object and copy the parent's pages
        if "faulthandler" in sys.modules:  # a crash is reported by the caller, in one line
            sys.modules["faulthandler"].disable()
        for which, soft, hard in caps:
            resource.setrlimit(which, (soft, hard))
        try:
            outcome: tuple = ("ok", work())
        except BaseException as exc:
            outcome = ("error", _portable(exc, limit))
        outcome += (out.getvalue(), err.getvalue())
        try:
            payload = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            payload = pickle.dumps(("error", QueryOutOfMemory(limit.memory_mb or 0), "", ""))
        except Exception as exc:  # an unpicklable value: a bug of ours, reported as one
            payload = pickle.dumps(("error", RuntimeError(f"unpicklable result: {exc}"), "", ""))
        view = memoryview(payload)
        while view:
            view = view[os.write(result_fd, view) :]
        os.close(result_fd)  # the caller has the answer now, not after this process is torn down
        os.close(2)
    except BaseException:
        code = 70
    os._exit(code)


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
