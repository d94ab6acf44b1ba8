"""Property-based tests (hypothesis) of the CLI, in-process: whatever the parameters, questions,
SPARQL fragments and names, chipkg answers (exit 0), says no (1) or refuses (2) with one line on
stderr, and never lets an exception of its own escape as "internal error".

The strategies mix what people type with what breaks parsers: units in every case, 1e400, NaN,
inf, superscript digits and digits of other scripts, words in other scripts, lone surrogates (the
form non-UTF-8 bytes of argv take in Python), ORDER BY, subqueries, property paths, RDF 1.2
triple terms and numbers that are not finite. Runs are derandomized (the same examples every run)
and small, so the suite stays fast and deterministic; a failure found here goes into
tests/crash_corpus.txt. Nesting depth and runaway queries belong to the query runner's tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from chipkg import catalog
from chipkg.cli import RESULT_FORMATS, cli
from chipkg.units import DIMENSIONS

FAST = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def check(result: Any) -> None:
    """Exit 0, 1 or 2; a failure is one line (besides ask's "# read as:"); no internal error."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr)
    assert "internal error" not in result.stderr, result.stderr
    if result.exit_code:
        errors = [line for line in result.stderr.splitlines() if not line.startswith("# read as:")]
        assert len(errors) == 1 and errors[0].startswith("Error: "), result.stderr


@pytest.fixture(scope="module")
def invoke(kg):  # noqa: ANN001 - kg builds the cache once per test run
    runner = CliRunner()
    return lambda args: runner.invoke(cli, args)


# --------------------------------------------------------------------------- strategies

HOSTILE_NUMBERS = [
    "1e400",
    "-1e400",
    "1e-400",
    "1e308",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "Infinity",
    "²",
    "¹²",
    "٧",
    "١٢٣",
    "一",
    "1_000",
    "0x1F",
    "9" * 400,
    "1,2,3",
    ".",
    "-0",
    "+5",
    "1e",
    "e5",
    "½",
    "1.5.2",
]
UNITS = sorted({u for d in DIMENSIONS.values() for u in (*d.units, *d.folded)} | {"gbps", "Gbit/s", "nm²", "°C"})
OTHER_SCRIPTS = st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z"])
ODD_PIECES = [
    "\udcff",
    "\udc80\udcfe",
    "\u0000",
    "\u202e",
    "\ufeff",
    "\u00a0",
    "\n",
    "\t",
    "'",
    '"',
    "\\",
    "<",
    ">",
    "{",
    "}",
    "#",
    ";",
    ",",
    "=",
]


def _flip_case(pair: tuple[str, int]) -> str:
    unit, bits = pair
    return "".join(c.swapcase() if bits >> i & 1 else c for i, c in enumerate(unit))


units_any_case = st.tuples(st.sampled_from(UNITS), st.integers(0, 2**16)).map(_flip_case)
numbers = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**30), 10**30).map(str),
    st.decimals(allow_nan=True).map(str),
)
odd_text = st.one_of(st.text(OTHER_SCRIPTS, max_size=12), st.sampled_from(ODD_PIECES))
quantities = st.one_of(
    st.tuples(numbers, st.sampled_from(["", " ", "  "]), units_any_case).map("".join),
    st.tuples(numbers, odd_text).map("".join),
    odd_text,
)


def quantities_of(dimension: str) -> st.SearchStrategy[str]:
    """Half plausible (a number and one of the dimension's units, in any case), half hostile."""
    dim = DIMENSIONS[dimension]
    units = st.tuples(st.sampled_from(sorted({*dim.units, *dim.folded, ""})), st.integers(0, 2**16)).map(_flip_case)
    plain = st.one_of(st.integers(0, 10**6).map(str), st.floats(0, 1e6).map("{:g}".format))
    return st.one_of(st.tuples(plain, st.sampled_from(["", " "]), units).map("".join), quantities)


STORED = [q for q in catalog.stored_queries() if q.params]


@st.composite
def stored_query_args(draw: Any) -> list[str]:
    query = draw(st.sampled_from(STORED))
    args = ["query", query.name]
    for param in draw(st.lists(st.sampled_from(query.params), max_size=4)):
        values = quantities_of(param.type) if param.type in DIMENSIONS else quantities
        value = draw(st.one_of(values, st.sampled_from([param.default or "", "Groq LPU", "HBM", "7nm", "asc"])))
        args += ["--param", f"{param.name}={value}"]
    if draw(st.booleans()):
        args += ["--param", f"{draw(st.sampled_from(['colour', '', '=', 'n ']))}={draw(quantities)}"]
    args += ["--format", draw(st.sampled_from(["table", "csv", "tsv", "json", "xml", "md"]))]
    return args


# --------------------------------------------------------------------------- parameters


@FAST
@given(args=stored_query_args())
def test_random_parameters_never_escape(invoke, args):
    check(invoke(args))


@FAST
@given(text=quantities_of("datasize"))
def test_a_quantity_parameter_is_a_finite_number_or_refused(invoke, text):
    result = invoke(["query", "chips-by-memory", "--param", f"more_than={text}", "--format", "csv"])
    check(result)
    if result.exit_code == 0:  # bound as a finite double: the query ran
        assert result.stdout.startswith("chip,")


# --------------------------------------------------------------------------- questions

QUESTION_WORDS = [
    "which",
    "chips",
    "how many",
    "what is",
    "the",
    "most",
    "top 3",
    "more than",
    "at least",
    "under",
    "between",
    "and",
    "or",
    "not",
    "without",
    "SRAM",
    "HBM",
    "memory",
    "clock",
    "power",
    "cores",
    "transistors",
    "made by",
    "TSMC",
    "Nvidia",
    "Groq LPU",
    "7nm",
    "INT8",
    "BF16",
    "support",
    "?",
    "(",
    ")",
    "does",
    "of",
    "per chip",
    "inference",
    "training",
    "GPUs",
    "designed by",
    "Google",
]


@FAST
@given(
    pieces=st.lists(st.one_of(st.sampled_from(QUESTION_WORDS), quantities, numbers, odd_text), max_size=10),
    fmt=st.sampled_from(["table", "json", "csv"]),
)
def test_random_questions_never_escape(invoke, pieces, fmt):
    check(invoke(["ask", "--format", fmt, "--", " ".join(pieces)]))  # "--": a question may start with "-"


# --------------------------------------------------------------------------- SPARQL fragments

EXPRESSIONS = [
    "1e400",
    "-1e400",
    "0e0/0e0",
    "1/0",
    "1e308 * 10",
    '"NaN"^^xsd:double',
    '"INF"^^xsd:float',
    '"-INF"^^xsd:double',
    '"abc"^^xsd:decimal',
    '"١٢"^^xsd:integer',
    'xsd:integer("²")',
    'xsd:double("1e400")',
    '"чип"@ru',
    '"芯片"@zh',
    "<<( <urn:a> <urn:b> <urn:c> )>>",
    "TRIPLE(<urn:a>, <urn:b>, 1e400)",
    "<<( <urn:a> <urn:b> <<( <urn:c> <urn:d> 0e0 )>> )>>",
    "STR(?l)",
    "?v * 1e300",
    "?v / 0",
    "ABS(?v)",
    "ROUND(1e400)",
    "STRLEN(?l)",
    "LCASE(?l)",
    "COALESCE(?v, 1)",
    '"\udcff\udcfe"',
    '"ok \udc80"@en',
    "9999999999999999999999999",
    "123456789012345678901234567890.5",
    "?l",
    "?v",
    "BNODE()",
    "IRI(CONCAT('urn:', ?l))",
]
PATTERNS = [
    "?c a ck:Chip ; rdfs:label ?l .",
    "?c ck:memory/ck:capacity/ck:normalizedValue ?v .",
    "?c (ck:designedBy|ck:manufacturedBy)/rdfs:label ?l .",
    "?k rdfs:subClassOf* ck:Processor ; rdfs:label ?l .",
    "?c ^ck:about ?n . ?n rdfs:comment ?l .",
    "?f ck:normalizedValue ?v ; ck:statedUnit ?l .",
    "OPTIONAL { ?c ck:clockSpeed/ck:normalizedValue ?v }",
    "{ SELECT ?c ?l WHERE { ?c a ck:Chip ; rdfs:label ?l } ORDER BY ?l LIMIT 5 }",
    "{ SELECT (MAX(?x) AS ?v) WHERE { ?f ck:normalizedValue ?x } }",
    'VALUES ?v { 1e400 0 -1e400 "NaN"^^xsd:double 7 }',
    "?c ck:processNode/ck:featureSize/ck:normalizedValue ?v .",
]
MODIFIERS = [
    "",
    "ORDER BY ?e",
    "ORDER BY DESC(?v) ?l",
    "ORDER BY ?v ?e",
    "LIMIT 3",
    "OFFSET 2 LIMIT 4",
    "ORDER BY STR(?e) LIMIT 10",
]


@st.composite
def sparql(draw: Any) -> tuple[str, str]:
    body = " ".join(draw(st.lists(st.sampled_from(PATTERNS), min_size=1, max_size=2)))
    expr = draw(st.sampled_from(EXPRESSIONS))
    if draw(st.booleans()):
        body += f" BIND({expr} AS ?e)"
    if draw(st.integers(0, 3)) == 0:
        body += f" FILTER({draw(st.sampled_from(EXPRESSIONS))} != {draw(st.sampled_from(EXPRESSIONS))})"
    if draw(st.integers(0, 2)) == 0:  # a string of other scripts, controls or lone surrogates (non-UTF-8 argv)
        body += f' BIND("{draw(odd_text)}" AS ?o)'
    if draw(st.integers(0, 9)) == 0:
        body += draw(odd_text)  # broken text: a syntax error, in one line
    form = draw(st.sampled_from(["select", "select", "select", "ask", "construct"]))
    if form == "ask":
        return f"ASK {{ {body} }}", draw(st.sampled_from(["table", "json", "xml"]))
    if form == "construct":
        return (
            f"CONSTRUCT {{ <urn:s> <urn:p> ?e . <urn:s> <urn:q> ?v }} WHERE {{ {body} }} LIMIT 5",
            draw(st.sampled_from(["turtle", "nt", "jsonld", "xml"])),
        )
    column = draw(st.sampled_from(["x", "x_bytes", "x_figures", "x_hz"]))  # suffixes the table reads
    head = f"({draw(st.sampled_from(EXPRESSIONS))} AS ?{column}) " + draw(
        st.sampled_from(["?c ?l", "?c ?l ?v ?e", "?e ?v_bytes ?l_figures", "(COUNT(*) AS ?n_count)"])
    )
    if "COUNT" in head:
        return f"SELECT (COUNT(*) AS ?n_count) ?l WHERE {{ {body} }} GROUP BY ?l ORDER BY ?n_count LIMIT 5", "table"
    if "v_bytes" in head:
        body += " BIND(?v AS ?v_bytes) BIND(?e AS ?l_figures)"
    tail = draw(st.sampled_from(MODIFIERS))
    return f"SELECT {head} WHERE {{ {body} }} {tail}", draw(st.sampled_from(RESULT_FORMATS))


@settings(FAST, max_examples=200)
@given(query=sparql())
def test_random_sparql_never_escapes(invoke, query):
    text, fmt = query
    check(invoke(["query", "-e", text, "--format", fmt, "--limit", "20"]))


# --------------------------------------------------------------------------- names


@settings(FAST, max_examples=60)
@given(
    name=st.one_of(
        odd_text,
        st.sampled_from(
            [
                "cites source",
                "via",
                "Groq LPU",
                "ck:Chip",
                "<urn:x>",
                "_:b0",
                "fig:groq-lpu-sram",
                "7nm",
                "HBM",
                "capacity",
                "normalized value",
            ]
        ),
    ),
    fmt=st.sampled_from(["table", "json", "turtle"]),
)
@example(name="\udcff", fmt="table")  # a lone surrogate reached the SQLite name index as a parameter
def test_describe_never_escapes(invoke, name, fmt):
    check(invoke(["describe", "--format", fmt, "--", name]))
