"""The query worker (chipkg.runner) and the limits checked before the parser (chipkg.sparql).

An engine abort, a segfault, an out-of-memory, a runaway query and Ctrl-C must each end in one
line and a documented exit code, with no process left behind: tested on the real console script
in subprocesses (the crash reproducers from issue 7), and on the runner's API in-process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipkg import runner, sparql
from chipkg.cli import cli
from chipkg.errors import (
    EngineFailure,
    InputFileError,
    NoAnswer,
    QueryError,
    QueryOutOfMemory,
    QueryTimeout,
    QueryTooComplex,
)

CHIPKG = [sys.executable, "-c", "from chipkg.cli import main; main()"]
#: Rows times rows times rows of the whole graph: runs for hours, in constant memory.
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
#: Sorting every pair of triples: hundreds of MB a second.
HUNGRY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1"
#: Issue 7: a Rust panic ("user-provided comparison function does not correctly implement a total
#: order") that aborted the whole process with exit 134.
PANIC = (
    "SELECT ?x ?y { { SELECT ?x { ?a ?p ?x } LIMIT 300 } { SELECT ?y { ?b ?q ?y } OFFSET 2000 LIMIT 300 } } "
    "ORDER BY ?x ?y LIMIT 1"
)


def chipkg(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CHIPKG, *args], capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
    )


def one_error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr[-2000:]
    return lines[0]


def kill_all_with(marker: str) -> None:
    """Clean up after a failed test: no process of ours keeps running."""
    for pid in processes_with(marker):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def processes_with(marker: str) -> list[int]:
    """Every live process whose command line holds ``marker`` (a worker is a fork: same argv)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


linux_only = pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc and RLIMIT_AS")


# --------------------------------------------------------------------------- crash reproducers


def test_the_engine_panic_is_one_line_exit_2(kg):
    # a wall-time limit well past the default: on a loaded machine the 10 s limit came first (exit 2,
    # "ran past the 10 s limit") and the panic path was never reached
    done = chipkg("query", "--timeout", "120", "-e", PANIC)
    assert done.returncode in (0, 2), done.stderr[-2000:]  # never 134: the abort kills the worker only
    if done.returncode == 2:
        assert "the query engine failed" in one_error_line(done)
    else:
        assert done.stdout.strip(), "exit 0 must carry the answer"


def test_deep_braces_are_refused_before_the_parser(kg):
    done = chipkg("query", "-e", "SELECT * WHERE {" + "{" * 3000 + "}" * 3000 + "}")
    assert done.returncode == 2
    assert "nested too deeply: 3,001 levels" in one_error_line(done)


def test_deep_parentheses_are_refused_before_the_parser(kg):
    done = chipkg("query", "-e", "SELECT (" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) WHERE {}")
    assert done.returncode == 2
    assert "nested too deeply" in one_error_line(done)


def test_brackets_inside_an_iri_lookalike_count(kg):
    """``1<((...))&&2>0`` looks like an IRI to the masking scan but is a comparison to the parser,
    which segfaults on 5,000 parentheses there: the nesting check must see them."""
    deep = "SELECT ?x WHERE { BIND(1<" + "(" * 5000 + "1" + ")" * 5000 + "&&2>0 AS ?x) }"
    done = chipkg("query", "-e", deep)
    assert done.returncode == 2
    assert "nested too deeply" in one_error_line(done)


def in_python(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh Python with faulthandler on, writing to a copy of stderr as pytest's
    does (it would print a crash's traceback there)."""
    preamble = "import faulthandler, os\ntrace = os.fdopen(os.dup(2), 'w')\nfaulthandler.enable(trace)\n"
    return subprocess.run([sys.executable, "-c", preamble + code], capture_output=True, text=True, timeout=120)


def test_a_segfault_kills_the_worker_not_the_caller(kg):
    """Past the guard (called on the store directly), the parser's stack overflow takes the
    worker down; the caller gets one EngineFailure naming the signal, and nothing else is printed."""
    done = in_python(
        "from chipkg import runner\n"
        "from chipkg.store import open_store\n"
        "store = open_store()\n"
        "deep = 'SELECT * WHERE {' + '{' * 3000 + '}' * 3000 + '}'\n"
        "try:\n"
        "    runner.call(lambda: list(store.query(deep)))\n"
        "except runner.EngineFailure as failed:\n"
        "    print(failed.message)\n"
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr[-2000:]
    assert done.stdout.startswith("the query engine failed: ") and "(killed by SIG" in done.stdout


def test_a_crash_in_the_worker_prints_nothing_itself():
    done = in_python(
        "import ctypes\n"
        "from chipkg import runner\n"
        "try:\n"
        "    runner.call(lambda: ctypes.string_at(0))\n"
        "except runner.EngineFailure as failed:\n"
        "    print(failed.message)\n"
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stderr[-2000:]
    assert done.stdout == "the query engine failed: it crashed (killed by SIGSEGV)\n"


@linux_only
def test_a_memory_hungry_sort_stops_at_the_cap(kg):
    done = chipkg("query", "-e", HUNGRY, env={"CHIPKG_MEMORY_MB": "100"})
    assert done.returncode == 2
    assert "more than the 100 MB memory limit" in one_error_line(done)


@pytest.mark.parametrize("value", ["lots", "²", "-5", "1e3"])
def test_the_memory_cap_setting_is_checked(kg, value):
    done = chipkg("query", "-e", "ASK {}", env={"CHIPKG_MEMORY_MB": value})
    assert done.returncode == 2
    assert "CHIPKG_MEMORY_MB" in one_error_line(done)


@pytest.mark.parametrize("value", ["nan", "inf", "Infinity"])
def test_a_timeout_must_be_a_finite_number_of_seconds(kg, value):
    done = chipkg("query", "-e", "ASK {}", "--timeout", value)
    assert done.returncode == 2
    assert "--timeout" in one_error_line(done)


def test_a_huge_timeout_is_no_limit_in_practice(kg):
    done = chipkg("query", "-e", "ASK {}", "--timeout", "1e300")
    assert (done.returncode, done.stdout.strip()) == (0, "true"), done.stderr


# --------------------------------------------------------------------------- time and Ctrl-C


def test_a_runaway_query_stops_at_the_timeout(kg):
    marker = f"timeout-{uuid.uuid4().hex}"
    try:
        done = chipkg("query", "-e", f"# {marker}\n{CARTESIAN}", "--timeout", "1", timeout=60)
        remaining = processes_with(marker)
    finally:
        kill_all_with(marker)
    assert remaining == []
    assert done.returncode == 2
    assert one_error_line(done) == ("Error: query ran past the 1 s limit (--timeout SECONDS raises it; 0 means none)")


def test_a_worker_orphaned_by_kill_9_holds_no_output_and_stops(kg):
    """chipkg killed with SIGKILL cannot kill its worker. The worker holds no copy of chipkg's
    stdout or stderr, so a pipeline reading chipkg ends at once; and it stops at its CPU limit
    (the timeout rounded up to the next second) by itself."""
    marker = f"orphan-{uuid.uuid4().hex}"
    proc = subprocess.Popen(
        [*CHIPKG, "query", "-e", f"# {marker}\n{CARTESIAN}", "--timeout", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while len(processes_with(marker)) < 2:
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.02)
        proc.kill()
        proc.communicate(timeout=2)
        deadline = time.monotonic() + 30
        while processes_with(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert processes_with(marker) == []
    finally:
        kill_all_with(marker)


def test_ask_takes_a_timeout_too(kg):
    done = chipkg("ask", "how many chips use HBM?", "--timeout", "0.001")
    assert done.returncode == 2
    assert "ran past the 0.001 s limit" in one_error_line(done)


def test_timeout_zero_means_no_limit():
    assert runner.limits(0).timeout is None
    assert runner.limits(2.5).timeout == 2.5
    assert runner.limits().timeout == runner.DEFAULT_TIMEOUT


def test_ctrl_c_stops_a_running_query_at_once(kg):
    """SIGINT 1 s into a cartesian query: exit 130 within 1 s, and no worker left.

    chipkg is started through a trampoline that sets SIGINT to its default before exec: a process
    that inherits SIGINT ignored keeps ignoring it, and would prove nothing. The test checks that
    Python's handler is installed in the process it signals.
    """
    marker = f"ctrl-c-{uuid.uuid4().hex}"
    trampoline = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        "os.execv(sys.executable, [sys.executable, *sys.argv[1:]])"
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            trampoline,
            "-c",
            "from chipkg.cli import main; main()",
            "query",
            "-e",
            f"# {marker}\n{CARTESIAN}",
            "--timeout",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(processes_with(marker)) < 2:  # chipkg and its worker
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        time.sleep(1)
        assert proc.poll() is None, "the query should still be running"
        caught = int(Path(f"/proc/{proc.pid}/status").read_text().split("SigCgt:")[1].split()[0], 16)
        assert caught & (1 << (signal.SIGINT - 1)), "SIGINT must reach Python's handler"
        proc.send_signal(signal.SIGINT)
        start = time.monotonic()
        _, stderr = proc.communicate(timeout=1)
        assert time.monotonic() - start < 1
        remaining = processes_with(marker)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        kill_all_with(marker)
    assert remaining == []
    assert proc.returncode == 130, stderr
    assert stderr.strip() == "Error: interrupted"


# --------------------------------------------------------------------------- limits before the parser


def test_nesting_in_strings_comments_and_iris_does_not_count():
    deep = "(" * 500
    sparql.check_nesting(f'SELECT * WHERE {{ ?s ?p "{deep}" . ?s ?p """{deep}\n{deep}""" }}')
    sparql.check_nesting(f"SELECT * WHERE {{ # {deep}\n ?s ?p ?o }}")
    sparql.check_nesting("SELECT * WHERE { <http://example.org/a(b)c> ?p ?o }")


def test_the_nesting_limit_is_exact():
    sparql.check_nesting("(" * sparql.MAX_NESTING + ")" * sparql.MAX_NESTING)
    with pytest.raises(QueryTooComplex, match=f"{sparql.MAX_NESTING + 1} levels"):
        sparql.check_nesting("[" * (sparql.MAX_NESTING + 1))
    with pytest.raises(QueryTooComplex):  # stray closers do not bank depth for later
        sparql.check_nesting(")" * 1000 + "(" * (sparql.MAX_NESTING + 1))


def test_a_long_query_is_refused_before_anything_scans_it(kg, monkeypatch):
    text = "SELECT * WHERE { ?s ?p ?o }" + " " * sparql.MAX_QUERY_CHARS
    monkeypatch.setattr(sparql, "mask", lambda *_a, **_k: pytest.fail("scanned a query over the limit"))
    with pytest.raises(QueryTooComplex, match="query too long"):
        sparql.run(kg.store, text)


def test_a_long_query_is_one_line_exit_2(kg):
    done = chipkg("query", "-e", "ASK {}" + "#" * sparql.MAX_QUERY_CHARS)
    assert done.returncode == 2
    assert "query too long" in one_error_line(done)


# --------------------------------------------------------------------------- the runner's contract


def test_the_worker_returns_values_and_raises_chipkg_errors():
    assert runner.call(lambda: {"rows": [1, 2]}) == {"rows": [1, 2]}

    def refuse() -> None:
        raise InputFileError("x.ttl", "does not parse", 3)

    with pytest.raises(InputFileError) as caught:
        runner.call(refuse)
    assert (caught.value.message, caught.value.path, caught.value.line) == ("x.ttl:3: does not parse", "x.ttl", 3)


def test_the_worker_output_is_replayed(capsys):
    def chatty() -> int:
        print("# a note", file=sys.stderr)
        print("a line")
        return 7

    assert runner.call(chatty) == 7
    assert capsys.readouterr() == ("a line\n", "# a note\n")


def test_a_worker_killed_by_a_signal_is_an_engine_failure():
    with pytest.raises(EngineFailure, match="killed by SIGKILL"):
        runner.call(lambda: os.kill(os.getpid(), signal.SIGKILL))


@linux_only
def test_the_worker_cannot_map_more_than_its_budget():
    with pytest.raises(QueryOutOfMemory, match="more than the 50 MB memory limit"):
        runner.call(lambda: len(bytearray(100 * 2**20)), runner.Limits(timeout=10, memory_mb=50))
    assert runner.call(lambda: len(bytearray(20 * 2**20)), runner.Limits(timeout=10, memory_mb=50)) == 20 * 2**20


def test_the_worker_is_killed_at_the_deadline():
    start = time.monotonic()
    with pytest.raises(QueryTimeout):
        runner.call(lambda: time.sleep(30), runner.Limits(timeout=0.2, memory_mb=None))
    assert time.monotonic() - start < 20  # a hang guard, not a speed check


def test_a_caught_engine_panic_is_an_engine_failure():
    class PanicException(BaseException):  # the name pyo3 gives a Rust panic it caught
        pass

    def panic() -> None:
        raise PanicException("index out of bounds\nnote: ...")

    with pytest.raises(EngineFailure, match="internal panic: index out of bounds$"):
        runner.call(panic)


def test_no_answer_crosses_the_worker_with_its_reading(kg, monkeypatch):
    """``ask --format json`` prints the refusal object from the error the worker raised."""
    import chipkg.store

    monkeypatch.setattr(chipkg.store, "open_store", lambda **_kw: kg.store)
    result = CliRunner().invoke(cli, ["ask", "which chips made by TSMC are flurbish?", "--format", "json"])
    assert result.exit_code == 1, result.output
    refusal = json.loads(result.stdout)
    assert refusal["answered"] is False and "flurbish" in refusal["reason"]


def test_show_sparql_from_the_worker_reaches_stderr(kg, monkeypatch):
    import chipkg.store

    monkeypatch.setattr(chipkg.store, "open_store", lambda **_kw: kg.store)
    result = CliRunner().invoke(cli, ["query", "-e", "SELECT ?x WHERE { }", "--show-sparql"])
    assert result.exit_code == 0, result.output
    assert "SELECT ?x WHERE { }" in result.stderr


def test_errors_survive_pickling_with_their_attributes():
    import pickle

    error = NoAnswer("I can't answer that")
    error.reading = "chips"  # type: ignore[attr-defined]
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), back.message, back.reading, back.exit_code) == (NoAnswer, error.message, "chips", 1)
    assert isinstance(pickle.loads(pickle.dumps(QueryTimeout(10))), QueryError)


def test_timeout_is_documented():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert "--timeout SECONDS" in readme and "CHIPKG_MEMORY_MB" in readme and "| 130 |" in readme
    for command in ("query", "ask"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert "--timeout SECONDS" in result.stdout and f"(default {runner.DEFAULT_TIMEOUT:g};" in result.stdout


# --------------------------------------------------------------------------- the server's pool of workers
# Tasks are module-level functions of (context, *args): a pool sends them by name, never as closures.


def _pid(context, *_args):
    return context, os.getpid()


def _sleep(_context, seconds):
    time.sleep(seconds)
    return seconds


def _allocate(_context, megabytes):
    return len(bytearray(megabytes * 2**20))


def _refuse(_context):
    raise InputFileError("x.ttl", "does not parse", 3)


def _die(_context):
    os.kill(os.getpid(), signal.SIGKILL)


def _gone(pid: int) -> bool:
    """Neither running nor a zombie: reaped (a pid of ours that was reaped is no child any more)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.fixture
def pool():
    made = []

    def make(size=1, timeout=10.0, memory_mb=None, **options):
        made.append(runner.Pool(size, runner.Limits(timeout=timeout, memory_mb=memory_mb), "ctx", **options))
        return made[-1]

    yield make
    for one in made:
        one.close()


def test_a_pool_worker_lives_on_and_keeps_its_context(pool):
    workers = pool(size=1)
    first = workers.run(_pid)
    with pytest.raises(InputFileError, match="x.ttl:3: does not parse"):
        workers.run(_refuse)  # an error of ours: the worker is sound, and stays
    assert workers.run(_pid) == first and first[0] == "ctx" and first[1] != os.getpid()
    assert workers.replaced == 0


def test_a_pool_takes_descriptions_not_closures(pool):
    with pytest.raises(Exception, match="(?i)pickle|lambda"):
        pool().run(lambda _context: 1)


def test_a_pool_worker_killed_at_the_deadline_is_replaced(pool):
    workers = pool(size=1, timeout=0.3)
    before = workers.pids
    with pytest.raises(QueryTimeout):
        workers.run(_sleep, 30)
    after = workers.pids
    assert len(after) == 1 and after != before and all(_gone(pid) for pid in before)
    assert workers.replaced == 1 and workers.run(_sleep, 0) == 0  # the replacement answers


@linux_only
def test_a_pool_worker_past_its_memory_cap_is_replaced(pool):
    workers = pool(size=1, memory_mb=50)
    before = workers.pids
    with pytest.raises(QueryOutOfMemory, match="more than the 50 MB memory limit"):
        workers.run(_allocate, 100)
    assert workers.pids != before and all(_gone(pid) for pid in before)
    assert workers.run(_allocate, 20) == 20 * 2**20  # the replacement has the whole budget


def test_a_pool_worker_that_dies_is_reported_and_replaced(pool):
    workers = pool(size=1)
    before = workers.pids
    with pytest.raises(EngineFailure, match="killed by SIGKILL"):
        workers.run(_die)
    assert workers.pids != before and all(_gone(pid) for pid in before) and workers.run(_sleep, 0) == 0


def test_a_full_pool_refuses_at_once(pool):
    import threading

    from chipkg.errors import ServerBusy

    workers = pool(size=1, queue=0)
    holder = threading.Thread(target=lambda: workers.run(_sleep, 1.5))
    holder.start()
    while not workers._all - set(workers._idle):  # until the worker is taken
        time.sleep(0.01)
    with pytest.raises(ServerBusy) as busy:
        workers.run(_sleep, 0)
    holder.join()
    assert busy.value.http_status == 503 and busy.value.retry_after >= 1


def test_a_long_task_gets_a_worker_forked_in_its_place(pool):
    """With long_after, a short task behind a long one runs on a fresh worker and finishes first;
    a second long task beside the first (long_max 1) is stopped with ServerBusy. Ordering, not
    milliseconds."""
    import threading

    from chipkg.errors import ServerBusy

    workers = pool(size=1, timeout=20, long_after=0.05, long_max=1)
    finished: list[str] = []
    errors: list[BaseException] = []

    def run(name, seconds):
        try:
            workers.run(_sleep, seconds)
            finished.append(name)
        except BaseException as exc:  # noqa: BLE001 - recorded for the asserts
            errors.append(exc)

    long_one = threading.Thread(target=run, args=("long", 3))
    long_one.start()
    while len(workers.pids) < 2:  # promoted: a worker forked in its place
        time.sleep(0.01)
    run("short", 0)
    second = threading.Thread(target=run, args=("second long", 3))
    second.start()
    second.join()
    long_one.join()
    assert finished == ["short", "long"]
    assert len(errors) == 1 and isinstance(errors[0], ServerBusy) and "long queries" in errors[0].message
    assert len(workers.pids) == 1  # the long task's worker retired: back to the pool's size


def test_closing_a_pool_leaves_no_process(pool):
    import threading

    workers = pool(size=2)
    pids = workers.pids
    busy = threading.Thread(target=lambda: pytest.raises(EngineFailure, workers.run, _sleep, 30))
    busy.start()
    while not workers._all - set(workers._idle):
        time.sleep(0.01)
    workers.close()  # the busy worker too
    busy.join()
    assert all(_gone(pid) for pid in pids) and workers.pids == []
