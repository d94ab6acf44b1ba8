"""SHACL validation of the project's data, or of a user's files before they are added.

A small public API in the spirit of pySHACL's ``validate()``: it returns a report (data) and never
touches the caller's graph. pyshacl runs on a plain rdflib Graph (on an Oxigraph-backed graph it
misreads plain strings), with the ontology inside the data graph so that rdfs:subClassOf reaches
``sh:targetClass``, and with no inference: the shapes check the data as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from rdflib import RDF, RDFS, SH, Graph, Literal, URIRef

from chipkg import resources
from chipkg.build import parse_turtle
from chipkg.namespaces import shorten

_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@dataclass(frozen=True)
class ValidationResult:
    focus_node: str
    focus_label: str | None
    path: str | None
    value: str | None
    message: str
    severity: str
    source_shape: str

    def one_line(self) -> str:
        focus = f'"{self.focus_label}" ({shorten(self.focus_node)})' if self.focus_label else shorten(self.focus_node)
        parts = [f"{self.severity}: {focus}"]
        if self.path:
            parts.append(f"property {shorten(self.path)}")
        if self.value is not None and self.value != shorten(self.focus_node):
            parts.append(f"value {self.value}")
        return ", ".join(parts) + f": {self.message} [{shorten(self.source_shape)}]"


@dataclass(frozen=True)
class ValidationReport:
    """``conforms`` is chipkg's verdict: no sh:Violation (warnings do not fail a build or exit 1).

    ``graph`` is the standard SHACL validation report (an rdflib Graph), whose ``sh:conforms`` follows
    SHACL 3.6.1: false as soon as there is any result, a warning included (see ``strictly_conforms``).
    """

    conforms: bool
    results: list[ValidationResult]
    graph: Any = field(default=None, compare=False, repr=False)

    @property
    def strictly_conforms(self) -> bool:
        """SHACL's sh:conforms: true only when there are no validation results at all."""
        return not self.results

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "Violation"]


def _file_key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return (str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _parsed(key: tuple[str, int, int]) -> Graph:
    """A parsed project file, kept while it is unchanged: validating many small files (a user's
    batch, the shape fixtures) should not re-parse the ontology and shapes every time."""
    return parse_turtle([Path(key[0])])


def shapes_graph() -> Graph:
    return _parsed(_file_key(resources.SHAPES_FILE))


def _ontology_copy() -> Graph:  # the project's data is large: copy rather than lend
    graph = Graph()
    for triple in _parsed(_file_key(resources.ONTOLOGY_FILE)):
        graph.add(triple)
    return graph


_TRANSLATED: dict[Any, Any] = {}


@contextmanager
def _sparql_parse_cache() -> Iterator[None]:
    """Parse each SPARQL text of the shapes once per process, not once per validation.

    pyshacl hands rdflib the same SPARQL strings (SPARQL-based targets and constraints) on every
    run, and rdflib's pyparsing-based parser takes ~0.1 s each time: most of the cost of
    validating a small file. The translated algebra is immutable during evaluation, so it is
    safe to reuse; the patch is undone when validation ends.
    """
    from rdflib.plugins.sparql import processor
    from rdflib.plugins.sparql.evaluate import evalQuery

    original = processor.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # type: ignore[no-untyped-def]  # noqa: N803
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items())))
            if key not in _TRANSLATED:
                _TRANSLATED[key] = processor.translateQuery(processor.parseQuery(strOrQuery), base, initNs)
            strOrQuery = _TRANSLATED[key]
        return evalQuery(self.graph, strOrQuery, initBindings, base)

    processor.SPARQLProcessor.query = query  # type: ignore[method-assign]
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original  # type: ignore[method-assign]


#: The last small graph validated against the project's shapes in this process, and its report:
#: ``chipkg add`` validates a new file with the base (chipkg.userdata.prepare), and the build that
#: follows validates the same triples again (chipkg.incremental._reason_units); the second takes
#: the first's report. Only graphs up to _REMEMBERED_TRIPLES are kept (a part of the graph, not
#: the whole of a large one).
_LAST: list[Any] = []
_REMEMBERED_TRIPLES = 50_000


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``data`` (which must already contain the ontology) against the shapes."""
    key = frozenset(data) if shapes is None and len(data) <= _REMEMBERED_TRIPLES else None
    if key is not None and _LAST and _LAST[0] == key:
        return cast(ValidationReport, _LAST[1])
    report = _validate(data, shapes)
    if key is not None:
        _LAST[:] = [key, report]
    return report


def _validate(data: Graph, shapes: Graph | None) -> ValidationReport:
    import pyshacl

    shapes = shapes if shapes is not None else shapes_graph()
    with _sparql_parse_cache():
        _conforms, results_graph, _text = pyshacl.validate(
            data,
            shacl_graph=shapes,
            inference="none",
            advanced=True,
            allow_warnings=True,
            inplace=True,  # no inference and no rules: pyshacl leaves the data graph as it is
        )
    results = [_result(results_graph, node, data) for node in results_graph.subjects(RDF.type, SH.ValidationResult)]
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    results.sort(key=lambda r: (order.get(r.severity, 3), r.focus_node, r.path or "", r.message))
    conforms = not any(r.severity == "Violation" for r in results)
    # pyshacl's allow_warnings also writes sh:conforms true beside warnings; SHACL 3.6.1 says false.
    for report in list(results_graph.subjects(RDF.type, SH.ValidationReport)):
        results_graph.set((report, SH.conforms, Literal(not results)))
    return ValidationReport(conforms, results, results_graph)


def report_turtle(report: ValidationReport) -> str:
    """The standard SHACL validation report as Turtle (sh:conforms per SHACL 3.6.1)."""
    from chipkg.namespaces import PREFIXES

    graph = report.graph
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=False)
    graph.bind("sh", str(SH), override=True)
    graph.bind("shape", "https://w3id.org/chipkg/shapes#", override=False)
    return str(graph.serialize(format="turtle"))


def _result(results: Graph, node, data: Graph) -> ValidationResult:  # type: ignore[no-untyped-def]
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    message = results.value(node, SH.resultMessage)
    severity = results.value(node, SH.resultSeverity)
    shape = results.value(node, SH.sourceShape)
    label = data.value(focus, RDFS.label) if focus is not None else None
    return ValidationResult(
        focus_node=str(focus),
        focus_label=str(label) if label is not None else None,
        path=str(path) if isinstance(path, URIRef) else (None if path is None else "(complex path)"),
        value=None if value is None else (str(value) if isinstance(value, Literal) else shorten(str(value))),
        message=str(message) if message is not None else "constraint violated",
        severity=_SEVERITY.get(severity, str(severity)),
        source_shape=str(shape),
    )


def validate_files(
    paths: list[Path] | None = None, with_project_data: bool = False, where: resources.Location | None = None
) -> ValidationReport:
    """Validate the project's data (``paths`` None) or the given Turtle files (``where``: whose
    data directory; None: ``$CHIPKG_DATA_DIR``).

    Given files are validated with the ontology and, with ``with_project_data``, on top of the
    project's data, so a user can check a file before adding it to ``data/``. A missing or
    unparsable file raises InputFileError (exit 2) naming the file and line.
    """
    if paths is None or with_project_data:
        from chipkg import userdata

        userdata.check_placed(where)
        graph = _ontology_copy()
        parse_turtle(resources.data_files(where), graph)
        if paths:
            parse_turtle(paths, graph, user_input=True)
        return validate_graph(graph)
    # A user's files alone: lend them the parsed ontology for the duration of the check instead
    # of copying 1,700 triples each time (most of the cost of checking a small file).
    files = parse_turtle(paths, user_input=True)
    base = _parsed(_file_key(resources.ONTOLOGY_FILE))
    added = [t for t in files if t not in base]
    for triple in added:
        base.add(triple)
    try:
        return validate_graph(base)
    finally:
        for triple in added:
            base.remove(triple)
