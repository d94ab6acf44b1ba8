"""The store work of each route, as the query workers run it: plain functions of the store and
plain arguments (text, names, formats, numbers).

Why plain functions: a task crosses to a persistent worker process (chipkg.runner.Pool) as a
description, the function by its name plus its arguments, never a closure; and an answer is
cached by that same description (chipkg.web.graph). Each returns data (bytes in a format, or
what a page is drawn from); the app turns it into a response. Nothing here sees the request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chipkg.errors import ChipkgError, NoAnswer, NotFound, TooLarge
from chipkg.namespaces import BASE, CK, PREFIXES

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


def sparql_output(store: Any, text: str, fmt: str, max_rows: int) -> bytes:
    """An ad-hoc query's answer in ``fmt`` (the /sparql endpoint)."""
    return _query_output(store, text, {}, fmt, None, max_rows)


def stored_output(store: Any, name: str, given: dict[str, str], fmt: str, max_rows: int) -> bytes:
    """A stored query's answer in ``fmt``, its parameters bound as ``chipkg query`` binds them."""
    from chipkg import catalog

    stored = catalog.get(name)
    return _query_output(store, stored.sparql, given, fmt, stored, max_rows)


def stored_cells(store: Any, name: str, given: dict[str, str], max_rows: int) -> Any:
    """A stored query's answer as its HTML page shows it (figures as stated), or the ChipkgError
    that refused the parameters (the page shows it under the form)."""
    from chipkg import catalog, render, sparql

    stored = catalog.get(name)
    try:
        bound = catalog.bind(stored, given, store)
        limit = max_rows + 1 if bound.limit is None else min(bound.limit, max_rows + 1)
        result = sparql.run(store, stored.sparql, bound.bindings, limit=limit)
        if result.form == "ask":
            return bool(result.boolean)
        _check_rows(len(result.rows), max_rows)
        return render.human_cells(result.variables, result.rows, store)
    except ChipkgError as exc:
        return exc


def ask(store: Any, question: str, list_counted: bool, fmt: str) -> Any:
    """``chipkg ask``'s answer: (reading, output in ``fmt``; for HTML the cells, or a yes/no's text),
    or the NoAnswer."""
    from chipkg import render
    from chipkg.api import ask_result

    try:
        result = ask_result(store, question, list_counted)
    except NoAnswer as exc:
        return exc
    if fmt == "html":
        if result.boolean is not None:  # "true", or "true, by d-Matrix's own claim"
            return result.reading, render.boolean_text(bool(result.boolean), result.claimed_by)
        return result.reading, render.human_cells(result.variables, result.terms, store)
    return result.reading, result.format(fmt)


def entity(store: Any, iri: str, fmt: str) -> Any:
    """The page of an IRI: the describe card (HTML) or its triples in ``fmt``."""
    import pyoxigraph as ox

    from chipkg import describe as describer
    from chipkg import render

    node = ox.NamedNode(iri)
    if (
        next(store.quads_for_pattern(node, None, None), None) is None
        and next(store.quads_for_pattern(None, None, node), None) is None
    ):
        raise NotFound(f"nothing in the graph has the IRI {iri}")
    if fmt == "html":
        return describer.describe_iri(store, iri)
    triples = describer.triples(store, iri) or [
        ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, node)
    ]
    return render.graph_output(triples, fmt)


def ontology(store: Any, fmt: str) -> Any:
    """/ontology: every term of ``ck:``, as rows for its HTML page or as triples in ``fmt``."""
    from chipkg import render

    if fmt == "html":
        rows = store.query(f"""SELECT ?s (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?c) AS ?comment)
            WHERE {{ ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "{CK}"))
              OPTIONAL {{ ?s <{PREFIXES["rdfs"]}label> ?l }} OPTIONAL {{ ?s <{PREFIXES["rdfs"]}comment> ?c }}
              OPTIONAL {{ ?s a ?t . FILTER(STRSTARTS(STR(?t), "{PREFIXES["owl"]}")) }} }}
            GROUP BY ?s ORDER BY ?s""")
        return [
            {
                "iri": r["s"].value,
                "label": r["label"].value if r["label"] else "",
                "kind": r["type"].value.rsplit("#", 1)[-1] if r["type"] else "",
                "comment": r["comment"].value if r["comment"] else "",
            }
            for r in rows
        ]
    triples = list(
        store.query(f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o
        FILTER(STRSTARTS(STR(?s), "{CK}") || ?s = <{BASE}ontology>) }}""")
    )
    return render.graph_output(triples, fmt)


def home_groups(store: Any) -> list[tuple[str, list[tuple[str, str]]]]:
    """The home page's lists: every chip and organization, (IRI, label), sorted by label."""
    from chipkg import lookup

    groups = []
    for title, cls in (("Chips", CK + "Chip"), ("Organizations", CK + "Organization")):
        seen = {iri: label for iri, _name, label in lookup.names(store, cls)}
        groups.append((title, sorted(seen.items(), key=lambda kv: kv[1].lower())))
    return groups


def chart(store: Any, name: str) -> str:
    """chipkg.charts' SVG of the chart ``name``."""
    from chipkg import charts

    return charts.chart_svg(name, store)


def service_description(store: Any, endpoint: str, void_url: str, fmt: str) -> bytes:
    """SPARQL 1.1 Service Description of the endpoint at ``endpoint``, in ``fmt``."""
    import pyoxigraph as ox

    from chipkg import render

    service, dataset, graph = ox.NamedNode(endpoint), ox.BlankNode(), ox.BlankNode()
    t = _triple_maker()
    triples = [
        t(service, PREFIXES["rdf"] + "type", ox.NamedNode(SD + "Service")),
        t(service, SD + "endpoint", ox.NamedNode(endpoint)),
        t(service, SD + "supportedLanguage", ox.NamedNode(SD + "SPARQL11Query")),
        t(service, SD + "defaultDataset", dataset),
        t(dataset, PREFIXES["rdf"] + "type", ox.NamedNode(SD + "Dataset")),
        t(dataset, SD + "defaultGraph", graph),
        t(graph, PREFIXES["rdf"] + "type", ox.NamedNode(SD + "Graph")),
        t(graph, VOID + "triples", _integer(len(store))),
        t(
            dataset,
            PREFIXES["rdfs"] + "comment",
            ox.Literal(
                "Everything is in the default graph (the asserted ontology and data plus their OWL 2 RL "
                "closure); there are no named graphs. Read-only: SPARQL Update, LOAD and SERVICE are refused."
            ),
        ),
        t(service, PREFIXES["rdfs"] + "seeAlso", ox.NamedNode(void_url)),
    ]
    for name in RESULT_FORMATS:
        triples.append(t(service, SD + "resultFormat", ox.NamedNode(FORMATS_NS + name)))
    return render.graph_output(triples, fmt)


def graph_dump(store: Any, fmt: str) -> bytes:
    """The whole default graph in ``fmt`` (the read-only Graph Store Protocol)."""
    import pyoxigraph as ox

    from chipkg import render

    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    ]
    return render.graph_output(triples, fmt)


def void(store: Any, endpoint: str, dump: str, fmt: str) -> bytes:
    """A VoID description of the dataset, in ``fmt``."""
    import pyoxigraph as ox

    from chipkg import render

    dataset = ox.NamedNode(BASE)
    t = _triple_maker()
    dct = PREFIXES["dct"]
    triples = [
        t(dataset, PREFIXES["rdf"] + "type", ox.NamedNode(VOID + "Dataset")),
        t(dataset, dct + "title", ox.Literal("chipkg: a knowledge graph of AI accelerator chips")),
        t(dataset, dct + "license", ox.NamedNode("https://creativecommons.org/licenses/by/4.0/")),
        t(dataset, dct + "source", ox.NamedNode("https://rajathnarasimha.com")),
        t(dataset, VOID + "sparqlEndpoint", ox.NamedNode(endpoint)),
        t(dataset, VOID + "dataDump", ox.NamedNode(dump)),
        t(dataset, VOID + "uriSpace", ox.Literal(BASE)),
        t(dataset, VOID + "vocabulary", ox.NamedNode(CK)),
        t(dataset, VOID + "exampleResource", ox.NamedNode(PREFIXES["chip"] + "groq-lpu")),
        t(dataset, VOID + "triples", _integer(len(store))),
    ]
    return render.graph_output(triples, fmt)


def _query_output(store: Any, text: str, given: dict[str, str], fmt: str, stored: Any, max_rows: int) -> bytes:
    """A query's answer in ``fmt``, bound like ``chipkg query`` binds it."""
    from chipkg import catalog, render, sparql

    bindings, limit = {}, None
    if stored is not None:
        bound = catalog.bind(stored, given, store)
        bindings, limit = bound.bindings, bound.limit
    result = sparql.run(store, text, bindings, limit=max_rows + 1 if limit is None else min(limit, max_rows + 1))
    if result.form == "select":
        _check_rows(len(result.rows), max_rows)
        # a stored query's figures come with their stated text, as on the CLI; the SPARQL
        # protocol endpoint answers a query's own variables only
        output = render.select_output(fmt, result.variables, result.rows, store if stored is not None else None)
    elif result.form == "ask":
        output = render.boolean_output(fmt, bool(result.boolean))
    else:
        _check_rows(len(result.triples or []), max_rows)
        return render.graph_output(result.triples or [], fmt)
    return output.encode("utf-8")


def _check_rows(count: int, max_rows: int) -> None:
    if count > max_rows:
        raise TooLarge(
            f"the answer has more than {max_rows:,} rows (the server's --max-rows); add a LIMIT, or narrow the query"
        )


def _integer(value: int) -> Any:
    import pyoxigraph as ox

    return ox.Literal(str(value), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))


def _triple_maker() -> Callable[[Any, str, Any], Any]:
    import pyoxigraph as ox

    return lambda s, p, o: ox.Triple(s, ox.NamedNode(p), o)
