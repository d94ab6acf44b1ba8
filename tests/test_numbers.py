"""Numbers, units and hostile values: every quantity parameter of every stored query follows the
case rule of chipkg.units, every number is finite or refused, and every result renders.

The quantity parameters are read from the stored queries' headers (chipkg.catalog), not listed
here, so a new query or parameter is covered the day it is added; ``VARIANTS`` holds, per
dimension, the spellings people type in every case and what each must mean (None: refused).
"""

from __future__ import annotations

import json
import math
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from chipkg import catalog
from chipkg.cli import cli
from chipkg.errors import UsageError
from chipkg.units import DIMENSIONS, parse_number, parse_quantity

REFUSED = None

#: dimension -> [(text, value in the base unit, or REFUSED)]: the case rule, spelled out
VARIANTS: dict[str, list[tuple[str, float | None]]] = {
    "datasize": [
        ("64gb", 64e9),
        ("64 GB", 64e9),
        ("64gB", 64e9),
        ("64Gb", 8e9),
        ("64 GIGABYTES", 64e9),
        ("100mb", 1e8),
        ("100MB", 1e8),
        ("100Mb", 1.25e7),
        ("1tb", 1e12),
        ("1Tb", 1.25e11),
        ("1 TB", 1e12),
        ("512kb", 512e3),
        ("512 kB", 512e3),
        ("512Kb", 64e3),
        ("1 gib", 2.0**30),
        ("1 GIB", 2.0**30),
        ("1 Gib", 2.0**27),
        ("1 GBIT", 1.25e8),
        ("64 GB/s", REFUSED),
        ("64 gbps", REFUSED),
        ("64 W", REFUSED),
        ("64", REFUSED),
    ],
    "bandwidth": [
        ("3.7tb/s", 3.7e12),
        ("3.7 TB/s", 3.7e12),
        ("3.7 TB/S", 3.7e12),
        ("3.7 Tb/s", 4.625e11),
        ("900 gb/s", 9e11),
        ("900 GB/S", 9e11),
        ("900 gbps", 1.125e11),  # lowercase "bps" is bits per second, as people type Gbps (red team 3, N4)
        ("900 GBPS", 9e11),
        ("900 GBps", 9e11),
        ("900 Gbps", 1.125e11),
        ("900 gigabytes per second", 9e11),
        ("1 tb", REFUSED),
        ("900 MHz", REFUSED),
    ],
    "networkrate": [
        ("200gb/s", 2e11),
        ("200 Gb/s", 2e11),
        ("200 gbps", 2e11),
        ("200 Gbps", 2e11),
        ("200 gbe", 2e11),
        ("200 GbE", 2e11),
        ("200 GB/s", 1.6e12),
        ("200 GBPS", 1.6e12),
        ("200 gB/s", 1.6e12),
        ("200 Gb/S", 2e11),
        ("200 GB", REFUSED),
    ],
    "length": [
        ("7nm", 7e-9),
        ("7NM", 7e-9),
        ("7 Nm", 7e-9),
        ("7 nM", 7e-9),
        ("7-nm", 7e-9),
        ("7 nanometers", 7e-9),
        ("7 NANOMETRES", 7e-9),
        ("7 MM", 7e-3),
        ("7 um", 7e-6),
        ("7", REFUSED),
        ("7 GB", REFUSED),
    ],
    "power": [
        ("150w", 150.0),
        ("150 W", 150.0),
        ("0.2kw", 200.0),
        ("0.2 KW", 200.0),
        ("0.2 Kw", 200.0),
        ("500 mW", 0.5),
        ("1 MW", 1e6),
        ("90 WATTS", 90.0),
        ("1 mw", REFUSED),
        ("1 Mw", REFUSED),
        ("150", REFUSED),
        ("150 Wh", REFUSED),
    ],
    "frequency": [
        ("1.2ghz", 1.2e9),
        ("1.2 GHZ", 1.2e9),
        ("1.2 Ghz", 1.2e9),
        ("400 MHZ", 4e8),
        ("400 mhz", 4e8),
        ("400 MHz", 4e8),
        ("1 KHZ", 1e3),
        ("2 hz", 2.0),
        ("1.2 GB", REFUSED),
        ("1.2", REFUSED),
    ],
    "performance": [
        ("400 tops", 4e14),
        ("400 TOPS", 4e14),
        ("400 Tops", 4e14),
        ("2.6 pflops", 2.6e15),
        ("2.6 PFlops", 2.6e15),
        ("1 petaops", 1e15),
        ("1 PETAOPS", 1e15),
        ("1 mops", 1e6),
        ("1 MOPS", 1e6),
        ("5 gflop/s", 5e9),
        ("400 TB", REFUSED),
        ("400", REFUSED),
    ],
    "count": [
        ("20b", 2e10),
        ("20B", 2e10),
        ("20 billion", 2e10),
        ("20 BILLION", 2e10),
        ("100k", 1e5),
        ("100K", 1e5),
        ("1 m", 1e6),
        ("1 M", 1e6),
        ("96", 96.0),
        ("1,024", 1024.0),
        ("20 GB", REFUSED),
    ],
    "percentage": [("85%", 0.85), ("85 PERCENT", 0.85), ("85", REFUSED)],
}
#: numbers no dimension takes: not finite, too small to tell from 0, or not ASCII digits
NOT_NUMBERS = ["1e400", "-1e400", "1e-400", "nan", "NaN", "inf", "infinity", "²", "٧", "1_000", "0x10", "e5", ""]
UNIT = {
    "datasize": "GB",
    "bandwidth": "GB/s",
    "networkrate": "Gb/s",
    "length": "nm",
    "power": "W",
    "frequency": "GHz",
    "performance": "TOPS",
    "count": "",
    "percentage": "%",
}


def quantity_params() -> list[tuple[str, str, str]]:
    """(query, parameter, dimension) for every quantity parameter, from the .rq headers."""
    return [(q.name, p.name, p.type) for q in catalog.stored_queries() for p in q.params if p.type in DIMENSIONS]


def example_params(query: catalog.StoredQuery) -> dict[str, str]:
    words = shlex.split(query.example)[3:]
    return dict(w.partition("=")[::2] for w in words[1::2])


def test_every_dimension_has_a_variant_table_and_the_headers_use_several():
    assert set(VARIANTS) == set(DIMENSIONS)
    used = {dim for _q, _p, dim in quantity_params()}
    assert len(quantity_params()) >= 30 and len(used) >= 6, used  # collected, not silently filtered


@pytest.mark.parametrize("dimension,text,expected", [(d, t, v) for d, rows in VARIANTS.items() for t, v in rows])
def test_the_case_rule_in_each_dimension(dimension, text, expected):
    if expected is REFUSED:
        with pytest.raises(UsageError):
            parse_quantity(text, dimension)
    else:
        assert math.isclose(parse_quantity(text, dimension), expected, rel_tol=1e-12)


@pytest.fixture(scope="module")
def cli_run(kg):  # noqa: ANN001 - kg builds the cache once per test run
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def one_line_error(result, code: int = 2) -> str:  # noqa: ANN001
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "internal error" not in lines[0] and result.stdout == ""
    return lines[0]


@pytest.mark.parametrize("query,param,dimension", quantity_params())
def test_every_quantity_parameter_of_every_stored_query_follows_the_case_rule(kg, cli_run, query, param, dimension):
    """Each parameter binds the value the rule gives (as an xsd:double), or the CLI refuses it:
    exit 2, one line naming the parameter."""
    stored = catalog.get(query)
    base = {k: v for k, v in example_params(stored).items() if k != param}
    checked = 0
    for text, expected in VARIANTS[dimension] + [(f"{n}{UNIT[dimension]}", REFUSED) for n in NOT_NUMBERS]:
        if expected is REFUSED:
            args = [f"{k}={v}" for k, v in {**base, param: text}.items()]
            line = one_line_error(cli_run("query", query, *sum((["--param", a] for a in args), [])))
            assert f"parameter {param!r}" in line, line
        else:
            term = catalog.bind(stored, {**base, param: text}, kg.store).bindings[param]
            assert term.datatype.value.endswith("#double")
            assert math.isclose(float(term.value), expected, rel_tol=1e-12), (text, term)
        checked += 1
    assert checked == len(VARIANTS[dimension]) + len(NOT_NUMBERS)


@pytest.mark.parametrize("text,node", [("7nm", "7nm"), ("7NM", "7nm"), ("7 Nm", "7nm"), ("12 nanometres", "12nm")])
def test_a_process_node_is_read_by_the_same_rule(kg, text, node):
    stored = catalog.get("chips-by-node")
    assert catalog.bind(stored, {"node": text}, kg.store).bindings["node"].value.endswith("/" + node)


# --------------------------------------------------------------------------- finite or refused


@pytest.mark.parametrize("node", ["1e400nm", "1e-400nm", "²nm", "٧nm", "nan nm", "inf nm", "1e308 mm"])
def test_an_infinite_or_foreign_node_size_is_refused_not_matched(cli_run, node):
    """1e400nm was infinity, and |v - inf| <= 1e-6 * inf matched the first node: `true`, exit 0."""
    line = one_line_error(cli_run("query", "chip-rules-out", "--param", "chip=Groq LPU", "--param", f"node={node}"))
    assert "parameter 'node'" in line


@pytest.mark.parametrize("text,value", [("12", 12.0), ("1,024", 1024.0), ("-3.5", -3.5), ("2e3", 2000.0), (".5", 0.5)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_refuses_what_is_not_a_finite_ascii_number(text):
    with pytest.raises(UsageError):
        parse_number(text)


@pytest.mark.parametrize(
    "args",
    [
        ["rank-chips", "--param", "metric=clock", "--param", "n=²"],
        ["rank-chips", "--param", "metric=clock", "--param", "n=٣"],
        ["rank-chips", "--param", "metric=clock", "--param", "n=0"],
        ["rank-chips", "--param", "metric=clock", "--param", "order=sideways"],
        ["rank-chips", "--param", "metric=clock", "--param", "order="],
        ["rank-chips", "--param", "metric=bogus"],
        ["rank-chips", "--param", "metric=clock;"],
    ],
)
def test_limits_and_choices_refuse_other_words(cli_run, args):
    one_line_error(cli_run("query", *args))


def test_a_choice_is_read_in_any_case(cli_run):
    result = cli_run(
        "query", "rank-chips", "--param", "metric=Clock", "--param", "order=ASC", "--param", "n=1", "--format", "csv"
    )
    assert result.exit_code == 0 and result.stdout.splitlines()[1].startswith("IBM NorthPole,")


@pytest.mark.parametrize(
    "question,reading",
    [
        ("chips with more than 64gb of hbm", "> 64 GB"),
        ("chips with more than 64Gb of hbm", "> 8 GB"),
        ("chips with more than 100 mb of SRAM", "> 100 MB"),
        ("chips with more than 1 tb of ddr5", "> 1 TB"),  # plain "memory": several kinds, refused
        ("chips clocked above 1 GHZ", "> 1 GHz"),
    ],
)
def test_ask_reads_units_by_the_same_rule(cli_run, question, reading):
    result = cli_run("ask", question)
    assert result.exit_code in (0, 1) and reading in result.stderr, result.stderr


@pytest.mark.parametrize(
    "question",
    [
        "chips with more than 1e400 GB of HBM",
        "chips with more than 1e308 EB of HBM",
        "chips with more than 1e-400 GB of HBM",
        "chips on ٧nm",
        "chips with more than ² GB of HBM",
        "chips with more than 1 mw of power",
    ],
)
def test_ask_refuses_numbers_that_are_not_finite_or_not_ascii(cli_run, question):
    one_line_error(cli_run("ask", question), code=1)


# --------------------------------------------------------------------------- results that render

FORMATS = ["table", "csv", "tsv", "json", "xml", "md"]
TRIPLE = 'SELECT ?t { BIND(<<( <urn:a> <urn:b> <<( <urn:x> <urn:y> "z"@en )>> )>> AS ?t) }'


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "expression,shown",
    [
        ("SELECT (1e400 AS ?v) {}", "INF"),
        ("SELECT (-1e400 AS ?v_bytes) {}", "-INF"),
        ("SELECT (0e0/0e0 AS ?v) {}", "NaN"),
        ("SELECT (0e0/0e0 AS ?power_w) {}", "NaN"),
        ("SELECT (1e300 AS ?big_bytes) {}", "1"),
    ],
)
def test_numbers_that_are_not_finite_render_as_written(cli_run, fmt, expression, shown):
    result = cli_run("query", "-e", expression, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert shown in result.stdout


def test_triple_terms_render_in_every_format(cli_run):
    out = {fmt: cli_run("query", "-e", TRIPLE, "--format", fmt) for fmt in FORMATS}
    assert all(r.exit_code == 0 for r in out.values()), {f: r.stderr for f, r in out.items()}
    nested = '<<( <urn:a> <urn:b> <<( <urn:x> <urn:y> "z"@en )>> )>>'
    assert out["tsv"].stdout.splitlines()[1] == nested
    assert out["csv"].stdout.splitlines()[1] == '"' + nested.replace('"', '""') + '"'
    assert "<<( urn:a urn:b <<( urn:x urn:y z )>> )>>" in out["table"].stdout
    term = json.loads(out["json"].stdout)["results"]["bindings"][0]["t"]
    assert term["type"] == "triple" and term["value"]["object"]["value"]["object"] == {
        "type": "literal",
        "value": "z",
        "xml:lang": "en",
    }
    ns = "{http://www.w3.org/2005/sparql-results#}"
    binding = ET.fromstring(out["xml"].stdout).find(f"{ns}results/{ns}result/{ns}binding")
    assert binding is not None and binding.find(f"{ns}triple/{ns}object/{ns}triple/{ns}subject/{ns}uri").text == "urn:x"


def test_a_triple_term_json_ld_cannot_write_is_one_line(cli_run):
    line = one_line_error(
        cli_run("query", "-e", "CONSTRUCT { <urn:a> <urn:b> <<( <urn:a> <urn:b> <urn:c> )>> } {}", "--format", "jsonld")
    )
    assert "jsonld" in line


@pytest.mark.parametrize("fmt", ["table", "json", "turtle"])
def test_describe_shows_anonymous_nodes(cli_run, fmt):
    """`describe "cites source"` met the blank nodes of its property chain: AttributeError."""
    result = cli_run("describe", "cites source", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt != "turtle":
        assert "(section, source URL)" in result.stdout


def test_non_utf8_query_text_is_one_line(cli_run):
    text = b'SELECT ?x { BIND("\xff\xfe" AS ?x) }'.decode("utf-8", "surrogateescape")  # as click gets argv
    assert "not valid UTF-8" in one_line_error(cli_run("query", "-e", text))


def test_non_utf8_bytes_on_the_command_line(kg):  # noqa: ANN001 - kg: the cache is built
    done = subprocess.run(
        [sys.executable, "-m", "chipkg.cli", "query", "-e", b"SELECT ?x \xff {}"], capture_output=True, timeout=60
    )
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.count(b"\n") == 1 and b"not valid UTF-8" in done.stderr, done.stderr


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 1e300])
def test_number_formatting_never_raises(value):
    """Defence in depth for figures and `ask`'s reading: int(inf) raises OverflowError."""
    from chipkg.figures import _number
    from chipkg.units import format_number, humanize

    for text in (format_number(value), humanize(value, "datasize"), humanize(value, "count"), _number(value)):
        assert len(text) < 20 and ("e+" in text or text.lstrip("-") in ("inf", "nan")), text
