"""The query path through the CLI: formats, parameters, errors, safety, describe, speed hygiene."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from chipkg.cli import cli

SEVEN_NM = ["query", "sram-on-node", "--param", "node=7nm", "--param", "more_than=100MB"]
README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.fixture(scope="module")
def run(kg):  # noqa: ANN001 - kg builds the cache once per test run
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


# ------------------------------------------------------------------ formats


def test_table_is_aligned_with_readable_units(run):
    result = run(*SEVEN_NM, "--limit", "2")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["chip", "vendor", "process_node", "sram", "qualifier", "source"]
    assert set(lines[1]) <= {"-", " "}
    assert re.match(r"^Meta MTIA v2\s+Meta\s+7nm\s+256 MB\s+https://ai\.meta\.com/", lines[2])
    assert re.match(r"^Qualcomm Cloud AI 100 Ultra\s+Qualcomm\s+7nm\s+144 MB\s+https://www\.qualcomm", lines[3])
    assert lines[-1] == "(2 rows)"
    assert result.stderr == ""


def test_csv_is_w3c_sparql_csv(run):
    result = run(*SEVEN_NM, "--format", "csv")
    assert result.exit_code == 0
    rows = result.stdout_bytes.decode().split("\r\n")  # .stdout would fold CRLF
    assert rows[0] == "chip,vendor,process_node,sram_bytes,qualifier,source"
    assert rows[1].startswith("Meta MTIA v2,Meta,7nm,")
    assert float(rows[1].split(",")[3]) == 256e6
    assert rows[-1] == ""


def test_tsv_is_w3c_sparql_tsv(run):
    result = run(*SEVEN_NM, "--format", "tsv")
    lines = result.stdout.splitlines()
    assert lines[0] == "?chip\t?vendor\t?process_node\t?sram_bytes\t?qualifier\t?source"
    first = lines[1].split("\t")
    assert first[0] == '"Meta MTIA v2"'
    assert first[5] == "<https://ai.meta.com/blog/next-generation-meta-training-inference-accelerator-AI-MTIA/>"


def test_json_is_w3c_sparql_results_json(run):
    result = run(*SEVEN_NM, "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["chip", "vendor", "process_node", "sram_bytes", "qualifier", "source"]
    chips = [b["chip"]["value"] for b in doc["results"]["bindings"]]
    assert chips == ["Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"]
    sram = doc["results"]["bindings"][2]["sram_bytes"]
    assert sram["type"] == "literal" and sram["datatype"].endswith("#double") and float(sram["value"]) == 128e6
    assert doc["results"]["bindings"][0]["source"]["type"] == "uri"
    assert "qualifier" not in doc["results"]["bindings"][0]  # unbound stays absent


def test_xml_is_sparql_results_xml(run):
    result = run(*SEVEN_NM, "--format", "xml")
    root = ET.fromstring(result.stdout)
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)][0] == "chip"
    labels = [b.find("s:literal", ns).text for b in root.findall("s:results/s:result/s:binding[@name='chip']", ns)]
    assert labels == ["Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"]


def test_markdown_table(run):
    result = run(*SEVEN_NM, "--format", "md")
    lines = result.stdout.splitlines()
    assert lines[0] == "| chip | vendor | process_node | sram | qualifier | source |"
    assert lines[1] == "|---|---|---|---|---|---|"
    assert lines[2].startswith("| Meta MTIA v2 | Meta | 7nm | 256 MB |")


def test_ask_prints_true_or_false_and_exits_0(run):
    yes = run("query", "-e", "ASK { chip:groq-lpu ck:processNode node:7nm }")
    no = run("query", "-e", "ASK { chip:groq-lpu ck:processNode node:5nm }")
    assert (yes.exit_code, yes.stdout, no.exit_code, no.stdout) == (0, "true\n", 0, "false\n")
    as_json = run("query", "-e", "ASK { ?s ?p ?o }", "--format", "json")
    assert json.loads(as_json.stdout) == {"head": {}, "boolean": True}


def test_construct_prints_turtle_by_default(run):
    result = run(
        "query", "-e", "CONSTRUCT { chip:groq-lpu ck:processNode ?n } WHERE { chip:groq-lpu ck:processNode ?n }"
    )
    assert result.exit_code == 0
    triples = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.TURTLE))
    assert [(t.subject.value, t.object.value) for t in triples] == [
        ("https://w3id.org/chipkg/chip/groq-lpu", "https://w3id.org/chipkg/process-node/7nm")
    ]
    nt = run("query", "-e", "DESCRIBE chip:groq-lpu", "--format", "nt")
    assert nt.exit_code == 0 and "<https://w3id.org/chipkg/chip/groq-lpu>" in nt.stdout


def test_construct_refuses_a_select_format(run):
    result = run("query", "-e", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "--format", "csv")
    assert result.exit_code == 2 and "CONSTRUCT" in result.stderr


def test_limit_caps_rows(run):
    result = run("query", "-e", "SELECT ?c WHERE { ?c a ck:Chip } ORDER BY ?c", "--limit", "3", "--format", "csv")
    assert len(result.stdout.strip().splitlines()) == 4


def test_offset_with_limit_is_a_page_of_the_full_answer(run):
    full = run("query", "chips-by-vendor", "--format", "csv").stdout.splitlines()
    page = run("query", "chips-by-vendor", "--limit", "3", "--offset", "4", "--format", "csv").stdout.splitlines()
    assert len(full) > 8 and page == [full[0], *full[5:8]]
    rest = run("query", "chips-by-vendor", "--offset", str(len(full) - 2), "--format", "csv").stdout.splitlines()
    assert rest == [full[0], full[-1]]


class _Recorder:
    """A store that remembers the text it was asked, to see what the engine received."""

    def __init__(self, store):  # noqa: ANN001
        self.store, self.sent = store, []

    def query(self, text, **options):  # noqa: ANN001, ANN003
        self.sent.append(text)
        return self.store.query(text, **options)


def test_limit_and_offset_reach_the_engine_as_limit_and_offset(kg):
    from chipkg import catalog, sparql

    store = _Recorder(kg.store)
    query = catalog.get("chips-by-vendor")
    paged = sparql.run(store, query.sparql, {}, limit=2, offset=3)
    assert store.sent[-1].rstrip().endswith("LIMIT 2\nOFFSET 3")
    assert paged.rows == sparql.run(kg.store, query.sparql, {}).rows[3:5]
    # a query with its own LIMIT is paged as its rows come back, never given a second LIMIT
    own = "SELECT ?c WHERE { ?c a ck:Chip } ORDER BY ?c LIMIT 6"
    assert [r[0] for r in sparql.run(store, own, {}, limit=2, offset=1).rows] == [
        r[0] for r in sparql.run(kg.store, own, {}).rows[1:3]
    ]
    assert store.sent[-1].count("LIMIT") == 1


def test_a_parameter_is_bound_in_the_subqueries_that_name_it(kg):
    """A subquery sees only its own variables: a parameter it names gets the parameter's VALUES
    too; a subquery that does not name it (or names it only in a subquery of its own) does not."""
    from chipkg import sparql

    node = ox.NamedNode("https://w3id.org/chipkg/process-node/7nm")
    text = (
        "SELECT ?chip WHERE { ?c rdfs:label ?chip { SELECT ?c WHERE { ?c ck:processNode ?node } } "
        "{ SELECT ?c WHERE { ?c a ck:Chip { SELECT ?c WHERE { ?c ck:processNode ?node } } } } } ORDER BY ?chip"
    )
    bound = sparql.inject_values(text, {"node": node})
    assert bound.count(f"VALUES ?node {{ {node} }}") == 3  # the WHERE clause and the two that name it
    assert "{ SELECT ?c WHERE { ?c a ck:Chip {" in bound  # not the one that only nests one that does
    rows = sparql.run(kg.store, text, {"node": node}).rows
    direct = sparql.run(
        kg.store, "SELECT ?chip WHERE { ?c ck:processNode ?node ; rdfs:label ?chip } ORDER BY ?chip", {"node": node}
    )
    assert rows == direct.rows == sparql.run(kg.store, text.replace("?node", str(node))).rows
    assert len(rows) >= 3


def test_every_stored_select_query_orders_its_rows_totally(kg):
    """Paging needs a stable order: two different rows of a stored query's example never agree
    on every ORDER BY key (or a page boundary could fall between them differently from run to run)."""
    from chipkg import catalog, sparql

    checked = 0
    for query in catalog.stored_queries():
        if sparql.query_form(query.sparql) != "select":
            continue
        order = re.search(r"ORDER BY (.*)$", query.sparql, re.S)
        assert order, f"{query.name} has no ORDER BY"
        keys = re.findall(r"\?(\w+)", order.group(1))
        # a computed sort key (BIND (CONCAT("~", ?chip) AS ?chip_order)) orders as the column it is
        # made from, which the ORDER BY names next: it adds no key of its own
        sort_keys = set(re.findall(r'BIND \(CONCAT\("~", \?\w+\) AS \?(\w+)\)', query.sparql))
        keys = [k for k in keys if k not in sort_keys]
        words = shlex.split(query.example)
        given = dict(words[i + 1].split("=", 1) for i, w in enumerate(words) if w in ("--param", "-p"))
        bound = catalog.bind(query, given, kg.store)
        result = sparql.run(kg.store, query.sparql, bound.bindings, limit=bound.limit)
        if not all(k in result.variables for k in keys):
            continue  # ordered by a column it does not show: the tie cannot be seen here
        columns = [result.variables.index(k) for k in keys]
        by_key: dict[tuple, set] = {}
        for row in result.rows:
            by_key.setdefault(tuple(str(row[c]) for c in columns), set()).add(tuple(map(str, row)))
        ties = [rows for rows in by_key.values() if len(rows) > 1]
        assert not ties, f"{query.name}: different rows tie on every ORDER BY key: {ties[0]}"
        checked += 1
    assert checked >= 30


def test_query_file(run, tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text("SELECT ?chip WHERE { ?c ck:processNode node:12nm ; rdfs:label ?chip }\n")
    result = run("query", str(path), "--format", "csv")
    assert result.exit_code == 0 and result.stdout_bytes == b"chip\r\nIBM NorthPole\r\n"


def test_show_sparql_prints_query_and_bindings_to_stderr(run):
    result = run(*SEVEN_NM, "--show-sparql", "--format", "csv")
    assert result.exit_code == 0
    assert "# ?node = <https://w3id.org/chipkg/process-node/7nm>" in result.stderr
    # 100MB is bound as the typed number 1e8 (bytes); how the engine spells the double may vary
    bound = re.search(r'^# \?more_than = "([^"]+)"\^\^<([^>]+)>$', result.stderr, re.MULTILINE)
    assert bound, result.stderr
    assert float(bound[1]) == 1e8 and bound[2] == "http://www.w3.org/2001/XMLSchema#double"
    assert result.stdout.startswith("chip,")


# ------------------------------------------------------------------ parameters


@pytest.mark.parametrize(
    "node,threshold,expected",
    [
        ("7nm", "100MB", {"Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"}),
        ("7 nm", "0.1 GB", {"Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"}),
        ("7-nanometer", "100000 kB", {"Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"}),
        ("5nm", "50MB", {"Intel Gaudi 3"}),
        ("12nm", "100MB", {"IBM NorthPole"}),
        ("7nm", "144MB", {"Meta MTIA v2"}),
        ("40nm", "1MB", set()),
    ],
)
def test_sram_on_node_parameters(run, node, threshold, expected):
    result = run(
        "query", "sram-on-node", "--param", f"node={node}", "--param", f"more_than={threshold}", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert {b["chip"]["value"] for b in bindings} == expected


def test_at_least_includes_the_threshold(run):
    result = run("query", "sram-on-node", "--param", "node=7nm", "--param", "at_least=144MB", "--format", "csv")
    assert "Qualcomm Cloud AI 100 Ultra" in result.stdout and "Groq LPU" not in result.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["--param", "node=7nm", "--param", "colour=red"], "unknown parameter 'colour'"),
        (["--param", "more_than=100 parsecs"], "unknown data size unit 'parsecs'"),
        (["--param", "more_than=lots"], "'lots' is not a data size"),
        (["--param", "more_than=100"], "has no unit"),
        (["--param", "node=3.14 furlongs"], "parameter 'node'"),
        (["--param", "node=9nm"], "no process node of '9nm'"),
        (["--param", "nodeequals7nm"], "expected KEY=VALUE"),
    ],
)
def test_bad_parameters_are_one_line_errors(run, args, message):
    result = run("query", "sram-on-node", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stdout == ""


def test_missing_required_parameter_names_it(run, tmp_path):
    path = tmp_path / "req.rq"
    path.write_text(
        "# title: needs a chip\n# param: chip chip required: the chip\nSELECT ?n WHERE { ?chip ck:processNode ?n }\n"
    )
    result = run("query", str(path))
    assert result.exit_code == 2
    assert "missing parameter 'chip'" in result.stderr and "a chip name" in result.stderr


def test_parameter_text_never_becomes_sparql(run, tmp_path):
    path = tmp_path / "req.rq"
    path.write_text(
        "# title: a chip's node\n# param: chip chip required: the chip\nSELECT ?n WHERE { ?chip ck:processNode ?n }\n"
    )
    evil = "Groq LPU> } ; DROP ALL ; SELECT * WHERE { <x"
    result = run("query", str(path), "--param", f"chip={evil}")
    assert result.exit_code == 2 and "unknown chip" in result.stderr
    ok = run("query", str(path), "--param", "chip=groq lpu", "--format", "csv")
    assert ok.stdout.endswith("https://w3id.org/chipkg/process-node/7nm\n")


# ------------------------------------------------------------------ errors and safety


def test_malformed_sparql_reports_line_and_column(run):
    result = run("query", "-e", "SELECT ?x WHERE {\n  ?x ?y \n}")
    assert result.exit_code == 2
    assert re.match(r"^Error: malformed SPARQL: line 3, column \d+: ", result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "delete data { <http://e/a> <http://e/b> <http://e/c> }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <http://e/g>",
        "PREFIX ex: <http://e/>\nWITH ex:g DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_refused_as_updates(run, update):
    result = run("query", "-e", update)
    assert result.exit_code == 2
    assert "SPARQL Update" in result.stderr and "not allowed" in result.stderr
    still = run("query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
    assert int(still.stdout.splitlines()[1]) > 1000


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { # a comment\nSERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(run, text):
    result = run("query", "-e", text)
    assert result.exit_code == 2 and "SERVICE is not allowed" in result.stderr


def test_the_word_service_inside_strings_iris_and_comments_is_fine(run):
    text = (
        '# SERVICE in a comment is harmless\nSELECT ?x WHERE { BIND("SERVICE <http://e/> {}" AS ?x) '
        "FILTER (?x != <http://e/service>) }"
    )
    result = run("query", "-e", text, "--format", "csv")
    assert result.exit_code == 0 and "SERVICE <http://e/> {}" in result.stdout


def test_from_only_selects_local_graphs(run):
    result = run("query", "-e", "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }", "--format", "csv")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1  # the header, no rows


def test_unknown_query_name_suggests_close_ones(run):
    result = run("query", "sram-on-nodes")
    assert result.exit_code == 2
    assert "unknown stored query 'sram-on-nodes'" in result.stderr and "sram-on-node" in result.stderr


@pytest.mark.parametrize("name", ["../pyproject", "..", "../../etc/passwd", ".hidden"])
def test_query_names_never_read_files_outside_queries(run, name):
    result = run("query", name)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unreadable_query_file_is_an_input_error(run, tmp_path):
    path = tmp_path / "latin1.rq"
    path.write_bytes(b"\xff\xfe SELECT")
    result = run("query", str(path))
    assert result.exit_code == 2 and "cannot read query file" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p ?o } LIMIT 1",
        "PREFIX ck: <https://w3id.org/chipkg/ontology#> SELECT ?c WHERE { ?c a ck:Chip }",
        "ask { ?s ?p ?o }",
    ],
)
def test_sparql_text_given_as_the_target_points_to_dash_e(run, text):
    """SPARQL typed where a NAME or FILE.rq goes was read as a file path ("no such query file" with
    its slashes collapsed); it says how to run it instead."""
    result = run("query", text)
    assert result.exit_code == 2
    assert result.stderr == "Error: that reads as SPARQL text, not a query NAME or FILE.rq: run it with -e 'SPARQL'\n"
    assert run("query", "-e", text).exit_code in (0, 1)


USAGE_ERRORS = [
    (["query", "--nope"], "Error: No such option '--nope' (see 'chipkg query --help')"),
    (["ask"], "Error: Missing argument 'QUESTION' (see 'chipkg ask --help')"),
    (
        ["export", "--format", "bogus"],
        "Error: Invalid value for '--format': 'bogus' is not one of "
        "'turtle', 'nt', 'jsonld', 'xml', 'trig' (see 'chipkg export --help')",
    ),
    (
        ["query", "sram-on-node", "--limit", "x"],
        "Error: Invalid value for '--limit': 'x' is not a valid integer range (see 'chipkg query --help')",
    ),
    (["--nope"], "Error: No such option '--nope' (see 'chipkg --help')"),
    (["nosuch"], "Error: No such command 'nosuch' (see 'chipkg --help')"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_a_usage_error_is_one_line_exit_2(args, message):
    """click's own usage errors (unknown option, missing argument, bad choice) print one line, as
    the README promises, not click's Usage/Try/Error block."""
    result = CliRunner().invoke(cli, args, prog_name="chipkg")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message + "\n")


def test_a_usage_error_is_one_line_from_the_console_script():
    done = subprocess.run(
        [sys.executable, "-c", "from chipkg.cli import main; main()", "query", "--nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stdout, done.stderr) == (2, "", USAGE_ERRORS[0][1] + "\n")


def test_describe_needs_a_name(run):
    result = run("describe", "  ")
    assert result.exit_code == 2 and "describe needs a name" in result.stderr


def test_needs_exactly_one_query_source(run):
    assert run("query").exit_code == 2
    assert run("query", "sram-on-node", "-e", "ASK {}").exit_code == 2


# ------------------------------------------------------------------ queries


def test_queries_lists_names_titles_parameters(run):
    result = run("queries")
    assert result.exit_code == 0
    line = next(li for li in result.stdout.splitlines() if li.startswith("sram-on-node "))
    assert "Chips on a process node with on-chip SRAM above a size" in line
    assert "more_than=100MB" in line


def test_queries_name_shows_description_parameters_and_sparql(run):
    result = run("queries", "sram-on-node")
    assert result.exit_code == 0
    assert "Parameters:" in result.stdout and "node (a process node name; optional)" in result.stdout
    assert "SELECT ?chip" in result.stdout


# ------------------------------------------------------------------ describe


def test_describe_table_groups_facts_and_figures_with_units_qualifiers_sources(run):
    result = run("describe", "groq lpu")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Groq LPU  <https://w3id.org/chipkg/chip/groq-lpu>")
    assert re.search(r"^  process node\s+7nm$", out, re.M)
    assert re.search(r"^  designed by\s+Groq$", out, re.M)
    assert re.search(r"^  clock speed\s+1\.2 GHz\s+<https://wow\.groq\.com/why-groq/>$", out, re.M)
    assert re.search(r"^  transistor count\s+over 20 billion.*\[lower bound\]", out, re.M)
    assert re.search(r"^  memory\s+SRAM, on-chip, capacity 128 MB", out, re.M)


def test_describe_shows_inconsistency_notes(run):
    result = run("describe", "Cerebras CS-3")
    assert "Notes on the article" in result.stdout
    assert "256" in result.stdout.split("Notes on the article")[1]


def test_describe_by_alt_label_iri_and_slug(run):
    for name in ("Trainium 2", "https://w3id.org/chipkg/chip/aws-trainium2", "chip:aws-trainium2", "aws-trainium2"):
        result = run("describe", name)
        assert result.exit_code == 0, name
        assert result.stdout.startswith("AWS Trainium2  <"), name


def test_describe_json_and_turtle(run):
    data = json.loads(run("describe", "IBM NorthPole", "--format", "json").stdout)
    assert data["label"] == "IBM NorthPole" and data["facts"]["process node"] == ["12nm"]
    power = [f for f in data["figures"] if f["property"] == "clock speed"]
    assert power and power[0]["normalized"] == 400e6 and power[0]["source"].startswith("https://research.ibm.com")
    ttl = run("describe", "IBM NorthPole", "--format", "turtle").stdout_bytes
    assert len(list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))) > 20


def test_describe_unknown_exits_1_with_suggestions(run):
    result = run("describe", "Gaudi")
    assert result.exit_code == 1
    assert "Intel Gaudi 3" in result.stderr


def test_describe_ambiguous_exits_2_with_candidates(run):
    result = run("describe", "process node")
    assert result.exit_code == 2
    assert "ambiguous" in result.stderr and "ck:ProcessNode" in result.stderr


def test_describe_technology_and_vendor(run):
    hbm3e = run("describe", "hbm3e").stdout
    assert "AMD Instinct MI350" in hbm3e
    nvidia = run("describe", "Nvidia").stdout
    assert "Nvidia Blackwell GPU" in nvidia and "about 85 %" in nvidia


# ------------------------------------------------------------------ hygiene


QUERY_PATH_COMMANDS = [
    ["--help"],
    ["queries"],
    ["queries", "sram-on-node"],
    SEVEN_NM,
    ["query", "-e", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
    ["describe", "Groq LPU"],
    ["ask", "which chips support BF16?"],
]


@pytest.mark.parametrize("args", QUERY_PATH_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_query_path_never_imports_rdflib_owlrl_pyshacl(kg, args):
    code = (
        f"import sys\nfrom chipkg.cli import cli\nsys.argv = ['chipkg', *{args!r}]\n"
        "try:\n    cli.main(prog_name='chipkg')\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('rdflib', 'owlrl', 'pyshacl', 'importlib.metadata') if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stderr.strip().splitlines()[-1] == "HEAVY=", done.stderr


def test_two_processes_can_query_at_once(kg):
    """The cached store is opened read-only: concurrent CLI processes do not lock each other out."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", "from chipkg.cli import main; main()", *SEVEN_NM, "--format", "csv"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    assert all("Groq LPU" in out for out, _err in outputs)


def test_every_command_has_help_and_is_in_the_readme(run):
    for name, command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout, name
        assert command.help, name
        assert f"`chipkg {name}" in README, f"{name} is not documented in the README"


def test_version(run):
    from chipkg import __version__

    assert run("--version").stdout.strip() == f"chipkg, version {__version__}"


def test_every_stored_query_is_listed_in_the_readme():
    from chipkg import catalog

    missing = [q.name for q in catalog.stored_queries() if f"| `{q.name}` |" not in README]
    assert missing == []


def test_an_internal_error_is_one_line_exit_2_and_debug_shows_it(monkeypatch):  # noqa: ANN001
    """A bug of ours (any exception that is not a ChipkgError) is one line naming it and exit 2;
    `--debug` lets the traceback through."""
    from click.testing import CliRunner

    import chipkg.catalog
    from chipkg.cli import cli

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("planted bug")

    monkeypatch.setattr(chipkg.catalog, "stored_queries", broken)
    monkeypatch.delenv("CHIPKG_DEBUG", raising=False)
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error (RuntimeError: planted bug)" in lines[0] and "--debug" in lines[0]
    debugged = CliRunner().invoke(cli, ["--debug", "queries"])
    assert isinstance(debugged.exception, RuntimeError)


@pytest.mark.parametrize(
    "args",
    [
        ["--limit", "99999999999999999999999"],
        ["--offset", "99999999999999999999999"],
        ["--param", "n=99999999999999999999999"],
    ],
)
def test_a_slice_past_64_bits_is_one_line_about_it(kg, args):  # noqa: ANN001
    # red team 120: it reached the engine as a LIMIT it could not read ("malformed SPARQL: line 53")
    from click.testing import CliRunner

    from chipkg.cli import cli

    name = "top-performance" if args[0] == "--param" else "chips-by-cores"
    result = CliRunner().invoke(cli, ["query", name, *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        "Error: LIMIT and OFFSET are at most 9,223,372,036,854,775,807, not 99,999,999,999,999,999,999,999"
    )


@pytest.mark.parametrize("limit", [2.5, "2", True, -1])
def test_a_limit_that_is_no_whole_number_is_refused(kg, limit):  # noqa: ANN001
    from chipkg import catalog, sparql
    from chipkg.errors import QueryError

    with pytest.raises(QueryError, match="LIMIT and OFFSET are whole numbers"):
        sparql.run(kg.store, catalog.get("chips-by-vendor").sparql, {}, limit=limit)


def test_a_parameter_given_twice_is_refused_and_a_directory_is_not_a_query_file(run, tmp_path):  # noqa: ANN001
    # red team 120 D9 (the last value won, silently) and D18 ("no such query file" for a directory)
    done = run("query", "chips-by-cores", "--param", "more_than=5", "--param", "more_than=1000")
    assert done.exit_code == 2 and "--param more_than given twice" in done.output
    assert run("query", "chips-by-cores", "--param", "more_than=5", "--param", "more_than=5").exit_code == 0
    folder = tmp_path / "folder.rq"
    folder.mkdir()
    done = run("query", str(folder))
    assert done.exit_code == 2 and "is a directory, not a query file" in done.output
