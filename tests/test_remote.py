"""chipkg against real triplestores: ``push`` loads the graph, ``--endpoint`` queries it.

Two servers are started by these tests, each on loopback ports of its own and stopped at the end:
Oxigraph's server (the ``oxigraph`` CLI from PyPI) and Virtuoso 7.2 (Debian's
``virtuoso-opensource-7-bin``, with a private ini in a temporary directory; Graph Store uploads
need digest authentication). The graph is pushed to each through the CLI, then every golden
parameter set of every stored query (tests/test_stored_queries.py CASES) runs through the CLI
against the embedded store and against the server, and the answers must be the same: IRIs and
strings exactly, numbers by value (Virtuoso answers a decimal 1.5e9 as the double "1.5e+09" and a
COUNT as xsd:integer), GROUP_CONCAT parts in any order, rows as a multiset, and where the query's top
level has ORDER BY, the first column in the same order (rows whose sort keys tie may come in either
order). Virtuoso 7.2.5 gets some cases wrong: those are listed by name (VIRTUOSO_KNOWN). ``ask`` and ``describe`` are checked on a
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
NUMBERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger")} | {
    XSD + "decimal",
    XSD + "double",
    XSD + "float",
}
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
        process = subprocess.Popen(
            [str(binary), "-f", "-c", str(ini)], stdout=out, stderr=subprocess.STDOUT, cwd=directory
        )
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
        return ("number", float(f"{float(binding['value']):.12g}"))
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


_FAILS = "Virtuoso 7.2.5 fails on it (exit 2): "
_WRONG = "Virtuoso 7.2.5 answers it wrong: "
_STACK = _FAILS + "HTTP 500, SQ200 'Stack Overflow in cost model'"
_NOT_RUN = "not run: "
#: Golden cases Virtuoso 7.2.5 does not answer as the embedded store does, each with what it does
#: (strict expected failures: a listed case that gives the embedded store's answer fails, so the
#: list is taken down as Virtuoso or the queries change); those that crash or hang the server are
#: not sent to it. Any case not listed must give the embedded store's answer. Re-checked after
#: the stored queries' GROUP BY/MIN rewrites: every listed case still fails as described.
VIRTUOSO_KNOWN: dict[str, str] = {
    "performance-per-watt": _STACK,
    "performance-per-watt[precision=INT8]": _WRONG
    + "the ratio in another precision (2666666666670 where the embedded store gives 2666670000000)",
    **{
        f"compare-chips[chips={c}]": _STACK
        for c in ("Groq LPU,MTIA v2,AI 100 Ultra", "Blackwell, Gaudi 3", "Maia 100, CS-3, Apple M4, MI350")
    },
    **{
        f"chip-check[chip={c},format={f}]": _WRONG + "false for a format the chip supports (EXISTS over a UNION)"
        for c, f in (("Groq LPU", "INT8"), ("Groq LPU", "BF16"), ("AWS Trainium2", "FP8"), ("IBM NorthPole", "INT4"))
    },
    "chip-rules-out[chip=Google Trillium TPU,kind=GPU]": _WRONG + "false where the article rules the kind out",
    # EXISTS over a/rdfs:subClassOf* is not deterministic in Virtuoso 7.2.5: the same case came back
    # false in one CI run and true in another (Groq LPU as an AI accelerator: 2026-11-30, 6f7c1d9;
    # Gaudi 3 as a GPU: 2026-12-02, eaa788b, after failing in every run before), so none is run
    **{
        f"chip-check[chip={c},kind={k}]": _NOT_RUN
        + "Virtuoso answers false or true from one run to the next (EXISTS over a/rdfs:subClassOf*)"
        for c, k in (("Intel Gaudi 3", "GPU"), ("Google Trillium TPU", "ASIC"), ("Groq LPU", "AI accelerator"))
    },
    **{
        case: _WRONG + "an optional column the embedded store leaves unbound comes back as an empty string"
        for case in (
            "chips-by-performance[at_least=1 POPS]",
            "chips-by-performance[more_than=1 POPS]",
            "chips-by-performance[less_than=500 TOPS]",
        )
    },
    **{
        case: _WRONG + "the format column of a figure without a precision, an empty GROUP_CONCAT (an empty "
        "string in the embedded store), comes back unbound"
        for case in ("top-performance", "top-performance[n=10]")
    },
    **{f"chip-profile[chip={c}]": _WRONG + "rows out of ORDER BY order" for c in ("M4", "MI350")},
    **{
        f"section-contents[section={s}]": _NOT_RUN + "runs past 30 s and keeps the server busy"
        for s in ("groq", "Future Prospects")
    },
}


def test_the_virtuoso_list_names_golden_cases() -> None:
    assert set(VIRTUOSO_KNOWN) <= {case_id(n, p) for n, p in UNIQUE}


@pytest.mark.parametrize("name,params", UNIQUE, ids=[case_id(n, p) for n, p in UNIQUE])
def test_same_answer_as_the_embedded_store(
    request: pytest.FixtureRequest,
    triplestore: Triplestore,
    embedded_answers: dict[str, Any],
    name: str,
    params: dict[str, str],
) -> None:
    known = VIRTUOSO_KNOWN.get(case_id(name, params)) if triplestore.name == "virtuoso" else None
    if known and known.startswith(_NOT_RUN):
        pytest.xfail(known)
    if known:  # strict: the case must fail its comparison; if it passes, take it off the list
        request.node.add_marker(pytest.mark.xfail(reason=known, strict=True, raises=AssertionError))
    compare(triplestore, embedded_answers, name, params)


def compare(triplestore: Triplestore, embedded_answers: dict[str, Any], name: str, params: dict[str, str]) -> None:
    text = catalog.get(name).sparql
    concat = group_concat_columns(text)
    local = comparable(embedded_answers[case_id(name, params)], concat)
    remote = comparable(
        answer([*query_args(name, params), "--endpoint", triplestore.query_url, "--timeout", "60"]), concat
    )
    if isinstance(local, bool):
        assert remote is local
        return
    assert isinstance(remote, tuple)
    assert remote[0] == local[0], "columns differ"
    assert Counter(remote[1]) == Counter(local[1])
    if has_top_level_order_by(text):  # rows whose sort keys tie may come in either order: the first column's order
        assert [row[0] for row in remote[1]] == [row[0] for row in local[1]]


# --------------------------------------------------------------------------- what servers do wrong


class FakeEndpoint(http.server.BaseHTTPRequestHandler):
    """Plays one misbehaviour per path, the way real servers do it."""

    protocol_version = "HTTP/1.1"
    seen_authorization: list[str | None] = []

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def send(
        self, status: int, body: bytes, content_type: str = "application/sparql-results+json", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the http.server interface
        path = self.path.split("?", 1)[0]
        whole = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"http://example.org/a"}}]}}'
        if path == "/truncated":  # Oxigraph: a cancelled query, HTTP 200 and half a document
            self.send(200, whole[:60])
        elif path == "/cut":  # the connection drops before the promised length
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(whole[:60])
            self.wfile.flush()
            self.close_connection = True
        elif path == "/sr171":  # Virtuoso's timeout
            self.send(500, b"Virtuoso S1T00 Error SR171: Transaction timed out\n", "text/plain")
        elif path == "/anytime":  # Virtuoso's partial "anytime" answer
            self.send(200, whole, X_SQL_State="S1TAT", X_SQL_Message="RC...: Returning incomplete results")
        elif path == "/maxrows":  # Virtuoso at its ResultSetMaxRows
            self.send(200, whole, X_SPARQL_MaxRows="1")
        elif path == "/html":
            self.send(200, b"<html><body>Welcome</body></html>", "text/html")
        elif path == "/slow":
            time.sleep(3)
            self.send(200, whole)
        elif path == "/basic":
            FakeEndpoint.seen_authorization.append(self.headers.get("Authorization"))
            if self.headers.get("Authorization") != "Basic dTpwdw==":  # u:pw
                self.send(401, b"who are you?", "text/plain", WWW_Authenticate='Basic realm="fake"')
            else:
                self.send(200, whole)
        else:
            self.send(404, b"nothing here", "text/plain")


@pytest.fixture(scope="module")
def fake() -> Any:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeEndpoint)
    server.handle_error = lambda *args: None  # a client that gave up (the timeout test) is no news
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def one_line_error(result: Any, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


SELECT_ALL = "SELECT ?s WHERE { ?s ?p ?o }"


@pytest.mark.parametrize(
    "path,words",
    [
        ("/truncated", ["does not parse as SPARQL results", "cut short"]),
        ("/cut", ["broke off its answer"]),
        ("/sr171", ["time limit", "SR171"]),
        ("/anytime", ["incomplete results", "S1TAT"]),
        ("/maxrows", ["cut the answer at its limit of 1 rows", "ResultSetMaxRows"]),
        ("/html", ["web page"]),
        ("/nowhere", ["no SPARQL service", "404"]),
    ],
)
def test_a_misbehaving_endpoint_is_one_line_and_exit_2(fake: str, path: str, words: list[str]) -> None:
    one_line_error(invoke("query", "-e", SELECT_ALL, "--endpoint", fake + path), *words)


def test_an_endpoint_slower_than_the_timeout_is_stopped(fake: str) -> None:
    started = time.monotonic()
    result = invoke("query", "-e", SELECT_ALL, "--endpoint", fake + "/slow", "--timeout", "1")
    one_line_error(result)
    assert "1 s" in result.stderr
    assert time.monotonic() - started < 2.9


def test_credentials_come_from_the_environment_after_the_challenge(fake: str) -> None:
    FakeEndpoint.seen_authorization.clear()
    one_line_error(invoke("query", "-e", SELECT_ALL, "--endpoint", fake + "/basic"), "CHIPKG_ENDPOINT_USER")
    wrong = {"CHIPKG_ENDPOINT_USER": "u", "CHIPKG_ENDPOINT_PASSWORD": "nope"}
    one_line_error(invoke("query", "-e", SELECT_ALL, "--endpoint", fake + "/basic", env=wrong), "refused the user name")
    FakeEndpoint.seen_authorization.clear()
    right = {"CHIPKG_ENDPOINT_USER": "u", "CHIPKG_ENDPOINT_PASSWORD": "pw"}
    result = invoke("query", "-e", SELECT_ALL, "--endpoint", fake + "/basic", "--format", "csv", env=right)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["s", "http://example.org/a"]
    assert FakeEndpoint.seen_authorization == [None, "Basic dTpwdw=="]  # nothing sent before the server asked


@pytest.mark.parametrize(
    "args,words",
    [
        (["--endpoint", "ftp://example.org/sparql"], ["expected an http(s) URL"]),
        (["--endpoint", "http://dba:secret@127.0.0.1:1/sparql"], ["CHIPKG_ENDPOINT_USER"]),
        (["--endpoint", "http://127.0.0.1:9/sparql", "--graph", "not an iri"], ["--graph"]),
        (["--graph", "https://example.org/g"], ["--endpoint"]),
    ],
)
def test_bad_endpoint_options_are_one_line_and_exit_2(args: list[str], words: list[str]) -> None:
    one_line_error(invoke("query", "-e", SELECT_ALL, *args), *words)


def test_an_unreachable_endpoint_is_one_line_and_exit_2(kg: Any) -> None:
    port = free_port()  # nobody listens there
    one_line_error(invoke("query", "chips-per-node", "--endpoint", f"http://127.0.0.1:{port}/sparql"), "cannot reach")
    one_line_error(invoke("push", "--endpoint", f"http://127.0.0.1:{port}/store"), "cannot reach")
    one_line_error(invoke("describe", "Groq LPU", "--endpoint", f"http://127.0.0.1:{port}/sparql"), "cannot reach")


# --------------------------------------------------------------------------- ask, describe, push


def test_push_sends_every_triple(triplestore: Triplestore) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    local = answer(["query", "-e", count])
    remote = answer(["query", "-e", count, "--endpoint", triplestore.query_url])
    assert float(remote["results"]["bindings"][0]["n"]["value"]) == float(local["results"]["bindings"][0]["n"]["value"])
    assert float(local["results"]["bindings"][0]["n"]["value"]) > 5000


QUESTIONS = [
    "which chips support BF16?",
    "which chips on 7nm have on-chip SRAM over 100 MB?",
    "how many chips does Nvidia make?",
    "who makes the Groq LPU?",
    "top 3 chips by INT8 TOPS",
    "is the Groq LPU made by TSMC?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_ask_gives_the_same_answer(triplestore: Triplestore, question: str) -> None:
    local = invoke("ask", question, "--show-sparql")
    remote = invoke("ask", question, "--show-sparql", "--endpoint", triplestore.query_url, "--timeout", "60")
    assert (remote.exit_code, remote.stdout, remote.stderr) == (local.exit_code, local.stdout, local.stderr)


NAMES = ["Groq LPU", "Nvidia", "TSMC", "HBM3E", "7nm", "CS-3"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["table", "json", "turtle"])
def test_describe_gives_the_same_answer(triplestore: Triplestore, name: str, fmt: str) -> None:
    local = invoke("describe", name, "--format", fmt)
    remote = invoke("describe", name, "--format", fmt, "--endpoint", triplestore.query_url)
    assert local.exit_code == 0, local.output
    assert remote.exit_code == 0, remote.output
    if fmt == "turtle":  # the same triples; a server returns a CONSTRUCT's triples in its own order
        assert triples(remote.stdout) == triples(local.stdout)
    else:
        assert remote.stdout == local.stdout


def triples(turtle: str) -> set[Any]:
    import pyoxigraph as ox

    def term(t: Any) -> Any:  # numbers by value: Virtuoso writes the double 0.000000007 as 7e-09
        if isinstance(t, ox.Literal) and t.datatype.value in NUMBERS:
            return ("number", float(f"{float(t.value):.12g}"))
        return t

    found = {
        (term(q.subject), term(q.predicate), term(q.object))
        for q in ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)
    }
    assert found
    return found


def test_ask_keeps_the_endpoint_lexicon_and_refreshes_it(triplestore: Triplestore) -> None:
    cache = Path(os.environ["CHIPKG_CACHE_DIR"])
    args = ["ask", "which chips support BF16?", "--endpoint", triplestore.query_url, "--timeout", "60"]
    assert invoke(*args).exit_code == 0
    saved = [p for p in cache.glob("endpoint-*/ask-lexicon.marshal")]
    assert saved, sorted(p.name for p in cache.iterdir())
    mine = [p for p in saved if p.stat().st_mtime_ns == max(q.stat().st_mtime_ns for q in saved)][0]
    before = mine.stat().st_mtime_ns
    assert invoke(*args).exit_code == 0
    assert mine.stat().st_mtime_ns == before  # read from the cache, not from the endpoint
    assert invoke(*args, "--refresh-lexicon").exit_code == 0
    assert mine.stat().st_mtime_ns > before
    one_line_error(invoke("ask", "which chips support BF16?", "--refresh-lexicon"), "--endpoint")


def test_describe_never_answers_wrong_about_anonymous_nodes(triplestore: Triplestore) -> None:
    """An ontology term whose facts are anonymous nodes (a property chain): the same answer, or a
    one-line refusal, never a different description."""
    local = invoke("describe", "ck:citesSource")
    remote = invoke("describe", "ck:citesSource", "--endpoint", triplestore.query_url)
    assert local.exit_code == 0
    if remote.exit_code:
        one_line_error(remote, "anonymous node")
    else:
        assert remote.stdout == local.stdout


def test_cache_clean_drops_endpoint_lexicons_and_nothing_else(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    kept = cache / "notes.txt"
    lexicon = cache / ("endpoint-" + "0" * 24) / "ask-lexicon.marshal"
    lexicon.parent.mkdir(parents=True)
    lexicon.write_bytes(b"x")
    kept.write_text("mine", encoding="utf-8")
    result = invoke("cache", "clean", env={"CHIPKG_CACHE_DIR": str(cache)})
    assert result.exit_code == 0, result.output
    assert not lexicon.parent.exists()
    assert kept.read_text(encoding="utf-8") == "mine"


class GraphStore(http.server.BaseHTTPRequestHandler):
    """A Graph Store that records each request (method and query string) and names itself as the
    path says: ``/oxigraph/...`` as Oxigraph's server, anything else as another server;
    ``.../failing`` reads the upload and fails it, as a server does that breaks off a load."""

    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, str]] = []

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def version_string(self) -> str:
        return "Oxigraph/0.5.13" if self.path.startswith("/oxigraph/") else "SomeStore/1.0"

    def answer(self, status: int) -> None:
        GraphStore.seen.append((self.command, self.path.split("?", 1)[1] if "?" in self.path else ""))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802 - the http.server interface
        self.answer(404)

    def do_PUT(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        self.answer(500 if self.path.split("?", 1)[0].endswith("/failing") else 201)

    def do_DELETE(self) -> None:  # noqa: N802
        self.answer(204)


@pytest.fixture()
def graph_store(kg: Any) -> Any:
    GraphStore.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), GraphStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_push_asks_oxigraph_for_its_bulk_loader_and_no_other_server(graph_store: str) -> None:
    result = invoke("push", "--endpoint", f"{graph_store}/oxigraph/store")
    assert result.exit_code == 0, result.output
    assert "bulk loader" in result.stdout
    assert [m for m, q in GraphStore.seen] == ["HEAD", "PUT"]
    assert "no_transaction" in GraphStore.seen[1][1].split("&")[1]
    GraphStore.seen = []
    result = invoke("push", "--endpoint", f"{graph_store}/other/store")
    assert result.exit_code == 0, result.output
    assert "bulk loader" not in result.stdout
    assert [m for m, q in GraphStore.seen] == ["HEAD", "PUT"]
    assert "no_transaction" not in GraphStore.seen[1][1]


def test_a_failed_bulk_load_deletes_what_it_wrote(graph_store: str) -> None:
    result = invoke("push", "--endpoint", f"{graph_store}/oxigraph/failing", "--graph", "http://example.org/g")
    one_line_error(result, "HTTP 500", "was deleted")
    assert [m for m, q in GraphStore.seen] == ["HEAD", "PUT", "DELETE"]
    assert GraphStore.seen[2][1] == "graph=http%3A%2F%2Fexample.org%2Fg"
    GraphStore.seen = []
    one_line_error(invoke("push", "--endpoint", f"{graph_store}/other/failing"), "HTTP 500")
    assert [m for m, q in GraphStore.seen] == ["HEAD", "PUT"]  # a transaction failed whole: nothing to delete


def test_push_refusals_are_one_line_and_exit_2(triplestore: Triplestore) -> None:
    if triplestore.env:  # Virtuoso's Graph Store wants digest credentials
        wrong = {**triplestore.env, "CHIPKG_ENDPOINT_PASSWORD": "wrong"}
        one_line_error(invoke("push", "--endpoint", triplestore.store_url, env=wrong), "refused the user name")
        none = {"CHIPKG_ENDPOINT_USER": None, "CHIPKG_ENDPOINT_PASSWORD": None}
        one_line_error(invoke("push", "--endpoint", triplestore.store_url, env=none), "CHIPKG_ENDPOINT_USER")
    else:  # Oxigraph's query service takes no upload
        one_line_error(invoke("push", "--endpoint", triplestore.query_url), "HTTP")
    one_line_error(invoke("push", "--endpoint", triplestore.store_url, "--graph", "no iri"), "--graph")


@pytest.mark.parametrize(
    "query,expected",
    [
        ("SELECT ?s WHERE { ?s ?p ?o }", "SELECT ?s  FROM <G> WHERE { ?s ?p ?o }"),
        ("SELECT * { ?s ?p ?o }", "SELECT *  FROM <G> { ?s ?p ?o }"),
        ("ASK { ?s ?p ?o }", "ASK  FROM <G> { ?s ?p ?o }"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o }  FROM <G> WHERE { ?s ?p ?o }"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT  FROM <G> WHERE { ?s ?p ?o }"),
        ("DESCRIBE <http://x>", "DESCRIBE <http://x> FROM <G> "),
        (
            "SELECT (EXISTS { ?a ?b ?c } AS ?e) # where {\nWHERE { ?s ?p ?o }",
            "SELECT (EXISTS { ?a ?b ?c } AS ?e) # where {\n FROM <G> WHERE { ?s ?p ?o }",
        ),
        ("SELECT ?s FROM <http://mine> WHERE { ?s ?p ?o }", "SELECT ?s FROM <http://mine> WHERE { ?s ?p ?o }"),
        ('SELECT ?s WHERE { ?s ?p "from" }', 'SELECT ?s  FROM <G> WHERE { ?s ?p "from" }'),
    ],
)
def test_remote_queries_name_their_graph(query: str, expected: str) -> None:
    from chipkg.remote import with_graph

    assert with_graph(query, "G") == expected


def test_chipkg_is_a_client_of_its_own_server(serve_chipkg: Any) -> None:
    """``--endpoint`` pointed at ``chipkg serve``'s /sparql: the client asks for chipkg's graph
    (FROM <https://w3id.org/chipkg/graph>), which the server reads as its whole graph; read as an
    absent named graph, every answer was empty at exit 0 (red team 120, D4)."""
    with serve_chipkg() as running:
        endpoint = running.url + "/sparql"
        for args in (
            ["query", "sram-on-node", "--param", "node=7nm", "--param", "more_than=100MB"],
            ["ask", "which chips support BF16?"],
            ["describe", "Groq LPU"],
        ):
            local = invoke(*args)
            remote = invoke(*args, "--endpoint", endpoint)
            assert local.exit_code == 0, local.output
            assert (remote.exit_code, remote.stdout) == (local.exit_code, local.stdout), remote.output
        # a graph of another name is still no graph of this store
        other = invoke(
            "query", "-e", "SELECT * FROM <https://example.org/g> WHERE { ?s ?p ?o }", "--endpoint", endpoint
        )
        assert other.exit_code == 0 and "(0 rows)" in other.output, other.output
