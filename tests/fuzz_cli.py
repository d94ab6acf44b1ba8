"""Fuzz driver: generated `chipkg query`, `ask` and `describe` invocations, run in one process.

    python tests/fuzz_cli.py --seed 7 --cases 2000 [--shard 0/2]

First the crash corpus (tests/fuzz_corpus.jsonl: inputs that crashed or hung chipkg, one argv
per line), then ``--cases`` generated cases (with ``--shard I/N``, every N-th from the I-th).
Each runs through the CLI in-process (click's CliRunner), so its query runs in a forked worker
exactly as from the console script; one loop instead of one interpreter per case keeps the run
short. Before each case the driver writes ``case N <argv as JSON>`` to its stdout, so if a case
takes the driver down (exit >= 128) the last such line names it. At the end it writes one
``bad N ...`` line per case that broke a rule (an exit code outside 0/1/2, an exception escaping
the CLI, an exit 2 without exactly one ``Error: ...`` line), then ``done``.
tests/test_fuzz_cli.py runs it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).with_name("fuzz_corpus.jsonl")

# Strings that broke or nearly broke chipkg (issue 7) and their relatives.
NASTY = [
    "1e400",
    "-1e400",
    "1e-400",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "-0",
    "²",
    "³nm",
    "¹⁰⁰MB",
    "٣",
    "७nm",
    "Ⅻ",
    "64gb",
    "64Gb",
    "64gB",
    "1tb/s",
    "200gbps",
    "1.5MHZ",
    "7NM",
    "0.5kw",
    "100mb",
    "1e308GB",
    "9" * 400,
    "",
    " ",
    "\t",
    "\x00",
    "\udcff",
    "\udc80abc",
    "\ud800",
    "é",
    "e\u0301",
    "\u202e",
    "\ufeff",
    "哪些芯片不支持 BF16",
    "какие чипы не поддерживают BF16",
    "أي الرقائق",
    "チップ",
    "🚀",
    "Ω",
    '"',
    "'",
    "\\",
    "}",
    "{",
    "#",
    "<",
    ">",
    "?x",
    "$x",
    "_:b",
    "<<",
    ">>",
    "} SERVICE <http://x/> {",
    "'; DROP ALL; --",
    "\n",
    "\r\n",
    "a" * 5000,
]
WORDS = [
    "which",
    "chips",
    "how",
    "many",
    "what",
    "is",
    "the",
    "of",
    "made",
    "by",
    "TSMC",
    "on",
    "7nm",
    "5nm",
    "more",
    "than",
    "less",
    "at",
    "least",
    "most",
    "top",
    "3",
    "rank",
    "support",
    "BF16",
    "INT8",
    "FP8",
    "HBM",
    "SRAM",
    "on-chip",
    "memory",
    "bandwidth",
    "power",
    "clock",
    "cores",
    "not",
    "no",
    "never",
    "Groq",
    "LPU",
    "Nvidia",
    "AMD",
    "Cerebras",
    "Trillium",
    "designed",
    "inference",
    "training",
    "?",
    "(it seems)",
    "and",
    "or",
    "between",
    "64gb",
    "1e400",
    "NaN",
    "²",
    "over",
    "under",
    "per",
    "watt",
]
NAMES = [
    "Groq LPU",
    "groq-lpu",
    "Nvidia",
    "TSMC",
    "7nm",
    "HBM",
    "chip:groq-lpu",
    "<https://w3id.org/chipkg/chip/groq-lpu>",
    "cites source",
    "Cerebras WSE-3",
    "ck:Chip",
    "rdf:type",
    "owl:Thing",
    "xsd:double",
]

TERMS = [
    "?x",
    "?y",
    "?chip",
    "?label",
    "chip:groq-lpu",
    "<https://w3id.org/chipkg/chip/groq-lpu>",
    "ck:Chip",
    '"Groq LPU"',
    '"Groq LPU"@en',
    '"текст"@ru',
    '"中文"',
    "1e400",
    "-1e400",
    "1.0e-400",
    "0",
    "-0",
    "42",
    '"NaN"^^xsd:double',
    '"INF"^^xsd:double',
    '"abc"^^xsd:integer',
    '"1.2e0"^^xsd:decimal',
    "99999999999999999999999999999",
    '"2024-13-45"^^xsd:date',
    "true",
    "[]",
    "_:b0",
    "( 1 2 3 )",
    "<< ?x ?p ?o >>",
    "<<( ?x ?p ?o )>>",
    '"\\u0000"',
    '"""long\nstring"""',
]
PREDICATES = [
    "rdfs:label",
    "ck:designedBy",
    "ck:processNode",
    "ck:memory",
    "ck:capacity",
    "ck:normalizedValue",
    "a",
    "ck:designedBy/rdfs:label",
    "(ck:designedBy|ck:manufacturedBy)*",
    "^ck:designedBy",
    "!rdf:type",
    "ck:memory+",
    "(ck:memory/ck:capacity)?",
    "skos:altLabel",
    "?p",
]
REGEXES = ["^G", "(a+)+$", "[", "\\\\", "é", ".*.*.*=.*"]
FUNCTIONS = [
    "STR",
    "STRLEN",
    "UCASE",
    "ABS",
    "ROUND",
    "CEIL",
    "xsd:integer",
    "xsd:double",
    "xsd:decimal",
    "DATATYPE",
    "LANG",
    "ISIRI",
    "BOUND",
    "SHA256",
    "ENCODE_FOR_URI",
    "YEAR",
    "isTRIPLE",
    "SUBJECT",
]


def expression(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 3 or roll < 0.3:
        return rng.choice(TERMS)
    if roll < 0.5:
        op = rng.choice(["+", "-", "*", "/", "=", "!=", "<", ">", "<=", ">=", "&&", "||"])
        return f"({expression(rng, depth + 1)} {op} {expression(rng, depth + 1)})"
    if roll < 0.7:
        return f"{rng.choice(FUNCTIONS)}({expression(rng, depth + 1)})"
    if roll < 0.8:
        return f'REGEX(STR({rng.choice(TERMS)}), "{rng.choice(REGEXES)}", "i")'
    if roll < 0.9:
        return f"IF({expression(rng, depth + 1)}, {expression(rng, depth + 1)}, {expression(rng, depth + 1)})"
    return f"COALESCE({expression(rng, depth + 1)}, {rng.choice(TERMS)})"


def pattern(rng: random.Random, depth: int = 0) -> str:
    """A group graph pattern's content, anchored on labels so that most cases stay small."""
    parts = [f"?x {rng.choice(['rdfs:label', 'a', 'ck:designedBy'])} ?label ."]
    for _ in range(rng.randrange(4)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(f"?x {rng.choice(PREDICATES)} {rng.choice(TERMS)} .")
        elif roll < 0.45:
            parts.append(f"FILTER({expression(rng)})")
        elif roll < 0.55:
            parts.append(f"BIND({expression(rng)} AS ?b{rng.randrange(3)})")
        elif roll < 0.65:
            parts.append(f"VALUES ?y {{ {' '.join(rng.choice(TERMS) for _ in range(3))} }}")
        elif roll < 0.75 and depth < 2:
            parts.append(f"OPTIONAL {{ {pattern(rng, depth + 1)} }}")
        elif roll < 0.82 and depth < 2:
            parts.append(f"{{ {pattern(rng, depth + 1)} }} UNION {{ {pattern(rng, depth + 1)} }}")
        elif roll < 0.88 and depth < 2:
            parts.append(f"{{ SELECT ?x WHERE {{ {pattern(rng, depth + 1)} }} LIMIT {rng.randrange(50)} }}")
        elif roll < 0.93:
            parts.append(f"FILTER NOT EXISTS {{ ?x {rng.choice(PREDICATES)} ?z }}")
        else:
            parts.append(f"MINUS {{ ?x {rng.choice(PREDICATES)} {rng.choice(TERMS)} }}")
    return " ".join(parts)


def modifiers(rng: random.Random) -> str:
    out = []
    if rng.random() < 0.3:
        out.append(f"ORDER BY {rng.choice(['?x', 'DESC(?label)', '?y ?x', 'RAND()', 'STR(?b0)'])}")
    if rng.random() < 0.3:
        out.append(f"LIMIT {rng.choice(['0', '1', '10', '99999999999999999999', '-1'])}")
    if rng.random() < 0.2:
        out.append(f"OFFSET {rng.choice(['0', '5', '2000', '18446744073709551616'])}")
    return " ".join(out)


def sparql(rng: random.Random) -> str:
    form = rng.random()
    body = pattern(rng)
    if form < 0.6:
        head = rng.choice(
            ["SELECT *", "SELECT DISTINCT ?x ?label", "SELECT (COUNT(*) AS ?n)", "SELECT ?x (SAMPLE(?label) AS ?l)"]
        )
        tail = " GROUP BY ?x" if "SAMPLE" in head else ""
        query = f"{head} WHERE {{ {body} }}{tail} {modifiers(rng)}"
    elif form < 0.7:
        query = f"ASK {{ {body} }}"
    elif form < 0.8:
        query = f"CONSTRUCT {{ ?x ?p ?label }} WHERE {{ {body} ?x ?p ?label }} LIMIT 20"
    elif form < 0.85:
        query = f"DESCRIBE ?x WHERE {{ {body} }} LIMIT 2"
    elif form < 0.9:
        query = rng.choice(
            [
                "INSERT DATA { <a:b> <a:c> 1 }",
                "CLEAR ALL",
                "LOAD <http://x/>",
                "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
                "WITH <g> DELETE { ?s ?p ?o } WHERE {}",
            ]
        )
    else:
        query = f"SELECT * WHERE {{ {body} }}"
    return mangle(rng, query)


def mangle(rng: random.Random, query: str) -> str:
    roll = rng.random()
    if roll < 0.55:
        return query
    if roll < 0.65:  # nesting, up to 10,000 levels
        depth = rng.choice([5, 50, 99, 100, 101, 500, 3000, 10_000])
        opener, closer = rng.choice([("{", "}"), ("(", ")"), ("[", "]")])
        if opener == "{":
            return f"SELECT * WHERE {opener * depth}{closer * depth}"
        return f"SELECT ({opener * depth}1{closer * depth} AS ?v) WHERE {{}}"
    if roll < 0.75:  # cut anywhere
        return query[: rng.randrange(len(query) + 1)]
    if roll < 0.85:  # a nasty string spliced in
        at = rng.randrange(len(query) + 1)
        return query[:at] + rng.choice(NASTY) + query[at:]
    if roll < 0.9:
        return "# " + rng.choice(NASTY) + "\n" + query
    if roll < 0.95:  # characters dropped
        return "".join(c for c in query if rng.random() > 0.05)
    return query.replace(" ", rng.choice(["\n", "\t", "  ", "\u00a0", "#x\n"]))


def stored_case(rng: random.Random, stored: list) -> list[str]:
    query = rng.choice(stored)
    argv = ["query", query.name]
    for param in rng.sample(query.params, k=min(len(query.params), rng.randrange(3))):
        value = rng.choice(NASTY + ["Groq LPU", "7nm", "100MB", "HBM", "BF16", "TSMC", "3", "desc"])
        argv += ["--param", f"{param.name}={value}"]
    if rng.random() < 0.2:
        argv += ["--param", f"{rng.choice(NASTY)}={rng.choice(NASTY)}"]
    return argv


def question(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randrange(1, 12))]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(NASTY))
    return " ".join(words)


def cases(seed: int, count: int) -> Iterator[list[str]]:
    from chipkg import catalog

    rng = random.Random(seed)
    stored = catalog.stored_queries()
    for _ in range(count):
        roll = rng.random()
        if roll < 0.45:
            argv = ["query", "-e", sparql(rng)]
        elif roll < 0.65:
            argv = stored_case(rng, stored)
        elif roll < 0.9:
            argv = ["ask", "--", question(rng)]  # "--": a question or name is never read as an option
        else:
            argv = ["describe", "--", rng.choice(NAMES + NASTY)]
        options = []
        if argv[0] in ("query", "ask") and rng.random() < 0.3:
            options += ["--format", rng.choice(["table", "csv", "tsv", "json", "xml", "md", "turtle", "nt", "jsonld"])]
        if argv[0] == "query" and rng.random() < 0.1:
            options += ["--limit", rng.choice(["0", "1", "5"])]
        if argv[0] in ("query", "ask"):
            options += ["--timeout", "1"]
        yield argv[:1] + options + argv[1:]


def broken_rule(exit_code: int, exception: BaseException | None, stderr: str) -> str | None:
    if exception is not None and not isinstance(exception, SystemExit):
        return f"{type(exception).__name__} escaped: {exception}"[:300]
    if exit_code not in (0, 1, 2):
        return f"exit {exit_code}"
    lines = [line for line in stderr.splitlines() if not line.startswith(("# read as:", "chipkg: "))]
    if exit_code == 2 and (len(lines) != 1 or not lines[0].startswith("Error: ")):
        return f"exit 2 without one error line: {stderr[-300:]!r}"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--shard", default="0/1", help="I/N: run every N-th generated case from the I-th")
    args = parser.parse_args()
    index, shards = (int(part) for part in args.shard.split("/"))
    from click.testing import CliRunner

    from chipkg.cli import cli

    runner = CliRunner()
    bad = []
    out = sys.stdout.buffer
    corpus = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    generated = enumerate(cases(args.seed, args.cases))
    todo = [(f"corpus-{n}", argv) for n, argv in enumerate(corpus) if index == 0]
    todo += [(str(n), argv) for n, argv in generated if n % shards == index]
    for number, argv in todo:
        out.write(f"case {number} {json.dumps(argv)}\n".encode())
        out.flush()
        started = time.perf_counter()
        result = runner.invoke(cli, argv)
        if os.environ.get("FUZZ_TIMES"):
            out.write(f"took {time.perf_counter() - started:.3f}\n".encode())
        problem = broken_rule(result.exit_code, result.exception, result.stderr)
        if problem:
            bad.append(f"bad {number} {problem} {json.dumps(argv)[:300]}")
    out.write(("\n".join(bad) + "\n" if bad else "").encode())
    out.write(b"done\n")
    out.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
