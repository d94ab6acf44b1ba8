"""SHACL validation of the project's data, or of a user's files before they are added.

A small public API in the spirit of pySHACL's ``validate()``: it returns a report (data) and never
touches the caller's graph. pyshacl runs on a plain rdflib Graph (on an Oxigraph-backed graph it
misreads plain strings), with the ontology inside the data graph so that rdfs:subClassOf reaches
``sh:targetClass``, and with no inference: the shapes check the data as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
        focus = f'"{self.focus_label}" ({shorten(self.focus_node)})' if self.focus_label else shorten(
            self.focus_node
        )
        parts = [f"{self.severity}: {focus}"]
        if self.path:
            parts.append(f"property {shorten(self.path)}")
        if self.value is not None:
            parts.append(f"value {self.value}")
        return ", ".join(parts) + f": {self.message} [{shorten(self.source_shape)}]"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    results: list[ValidationResult]

    @property
    def violations(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[ValidationResult]:
        return [r for r in self.results if r.severity != "Violation"]


def shapes_graph() -> Graph:
    return parse_turtle([resources.SHAPES_FILE])


def validate_graph(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``data`` (which must already contain the ontology) against the shapes."""
    import pyshacl

    shapes = shapes if shapes is not None else shapes_graph()
    _conforms, results_graph, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        inplace=False,
    )
    results = [_result(results_graph, node, data) for node in results_graph.subjects(RDF.type, SH.ValidationResult)]
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    results.sort(key=lambda r: (order.get(r.severity, 3), r.focus_node, r.path or "", r.message))
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms, results)


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


def validate_files(paths: list[Path] | None = None, with_project_data: bool = False) -> ValidationReport:
    """Validate the project's data (``paths`` None) or the given Turtle files.

    Given files are validated with the ontology and, with ``with_project_data``, on top of the
    project's data, so a user can check a file before adding it to ``data/``. A missing or
    unparsable file raises InputFileError (exit 2) naming the file and line.
    """
    graph = parse_turtle([resources.ONTOLOGY_FILE])
    if paths is None or with_project_data:
        parse_turtle(resources.data_files(), graph)
    if paths:
        parse_turtle(paths, graph, user_input=True)
    return validate_graph(graph)
