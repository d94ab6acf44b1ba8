"""Shared fixtures: the graph is built once per test run and queried through pyoxigraph."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import Any

import pytest

# One graph cache per test run, outside the checkout and the user's own cache: the first test
# that needs the graph builds it (the real build path), every later one reads it.
os.environ["CHIPKG_CACHE_DIR"] = tempfile.mkdtemp(prefix="chipkg-test-cache-")

from chipkg.namespaces import sparql_prologue

# ... and removed when the run ends: tests leave nothing behind.
atexit.register(shutil.rmtree, os.environ["CHIPKG_CACHE_DIR"], ignore_errors=True)

#: tmp_path directories live under one directory of this run, removed with it (pytest's own
#: /tmp/pytest-of-<user> would keep the last three runs)
_BASETEMP = tempfile.mkdtemp(prefix="chipkg-test-tmp-")
atexit.register(shutil.rmtree, _BASETEMP, ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    if not config.option.basetemp:
        config.option.basetemp = os.path.join(_BASETEMP, "t")


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
