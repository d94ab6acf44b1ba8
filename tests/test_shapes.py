"""The SHACL shapes (ontology/shapes.ttl) catch bad data, and the project's data passes them.

tests/shapes/good.ttl satisfies every shape; each tests/shapes/bad/<Shape>.ttl is good.ttl with one
triple added, removed or changed (written by tests/shapes/make_bad.py) and a first line
``# expect: focus=<IRI> shape=<IRI>`` naming the result it must produce.
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from conftest import validated
from rdflib import RDF, SH, BNode, Graph, URIRef
from rdflib.collection import Collection

from chipkg import resources
from chipkg.namespaces import shorten
from chipkg.validation import ValidationReport, validate_files

SHAPES_NS = "https://w3id.org/chipkg/shapes#"
FIXTURES = Path(__file__).resolve().parent / "shapes"
GOOD = FIXTURES / "good.ttl"
BAD = sorted((FIXTURES / "bad").glob("*.ttl"))
SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


@cache
def shapes() -> Graph:
    return Graph().parse(resources.SHAPES_FILE, format="turtle")


def reported_shapes() -> dict[str, str]:
    """Shapes that can appear as sh:sourceShape (they carry sh:message) -> their severity."""
    g = shapes()
    out = {}
    for kind in (SH.NodeShape, SH.PropertyShape):
        for s in g.subjects(RDF.type, kind):
            if g.value(s, SH.message) is not None:
                out[str(s)] = SEVERITIES[g.value(s, SH.severity)]
    return out


def expectation(path: Path) -> tuple[str, str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name}: first line must be '# expect: focus=... shape=...'"
    fields = dict(part.split("=", 1) for part in first.removeprefix("# expect: ").split())
    return fields["focus"], fields["shape"]


def pairs(report: ValidationReport, severity: str) -> set[tuple[str, str]]:
    return {(r.focus_node, r.source_shape) for r in report.results if r.severity == severity}


def describe(report: ValidationReport) -> str:
    return "\n".join(r.one_line() for r in report.results) or "(no results)"


# --- the shapes file ---------------------------------------------------------------------------


def test_every_shape_is_named_and_has_message_and_severity() -> None:
    g = shapes()
    used_as_shape = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    used_as_shape |= set(g.objects(None, SH.property)) | set(g.objects(None, SH.node))
    used_as_shape |= set(g.objects(None, SH.qualifiedValueShape)) | set(g.objects(None, SH["not"]))
    for logical in (SH["or"], SH["and"], SH.xone):
        for head in g.objects(None, logical):
            used_as_shape |= set(Collection(g, head))
    blank = [n for n in used_as_shape if isinstance(n, BNode)]
    assert not blank, f"{len(blank)} blank-node shapes: name them under {SHAPES_NS}"
    assert all(str(n).startswith(SHAPES_NS) for n in used_as_shape)
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)
    targeted = {s for p in targets for s in g.subjects(p, None)}
    for s in targeted:
        assert g.value(s, SH.message) is not None, f"{shorten(str(s))} has a target but no sh:message"
        assert g.value(s, SH.severity) in SEVERITIES, f"{shorten(str(s))} has no sh:severity"
    assert set(reported_shapes()) == {str(s) for s in targeted}, "a reported shape without a target, or the reverse"


def test_one_fixture_per_shape() -> None:
    expected = {iri.removeprefix(SHAPES_NS) for iri in reported_shapes()}
    collected = {p.stem for p in BAD}
    assert len(BAD) == len(expected) >= 80
    assert collected == expected, (
        f"shapes without a fixture: {sorted(expected - collected)}; "
        f"fixtures without a shape: {sorted(collected - expected)}"
    )


# --- fixtures ----------------------------------------------------------------------------------


def test_bad_fixtures_are_what_make_bad_writes() -> None:
    """The bad files are generated from good.ttl: edit tests/shapes/make_bad.py, never the files."""
    spec = importlib.util.spec_from_file_location("make_bad", FIXTURES / "make_bad.py")
    assert spec and spec.loader
    make_bad = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_bad)
    good = GOOD.read_text(encoding="utf-8").splitlines()
    assert sorted(make_bad.CASES) == [p.stem for p in BAD]
    for path in BAD:
        focus, edit = make_bad.CASES[path.stem]
        header = f"# expect: focus={make_bad.expand(focus)} shape={SHAPES_NS}{path.stem}"
        expected = "\n".join([header, *make_bad.apply(good, edit)]) + "\n"
        assert path.read_text(encoding="utf-8") == expected, f"{path.name} is stale: run make_bad.py"


def test_good_fixture_conforms_without_any_result() -> None:
    report = validate_files([GOOD])
    assert report.conforms, describe(report)
    assert report.results == [], describe(report)


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_fixture_differs_from_good_by_one_triple(path: Path) -> None:
    good = set(Graph().parse(GOOD, format="turtle"))
    bad = set(Graph().parse(path, format="turtle"))
    removed, added = good - bad, bad - good
    assert (len(removed), len(added)) in {(1, 0), (0, 1), (1, 1)}, (
        f"removed {sorted(map(str, removed))}, added {sorted(map(str, added))}"
    )
    if removed and added:  # a changed object: same subject and predicate
        (s1, p1, _), (s2, p2, _) = next(iter(removed)), next(iter(added))
        assert (s1, p1) == (s2, p2), "a change must keep the subject and the predicate"
    assert not any(isinstance(t, BNode) for triple in removed | added for t in triple)


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.stem)
def test_bad_fixture_reports_its_shape(path: Path) -> None:
    focus, shape = expectation(path)
    assert shape == SHAPES_NS + path.stem, "the file is named after the shape it breaks"
    severity = reported_shapes()[shape]
    report = validated(path)
    if severity == "Violation":
        assert not report.conforms, describe(report)
        assert (focus, shape) in pairs(report, "Violation"), describe(report)
    else:  # a Warning never makes the data fail
        assert report.conforms, describe(report)
        assert (focus, shape) in pairs(report, severity), describe(report)
        assert report.results and all(r.severity == severity for r in report.results), describe(report)


# --- the project's data ------------------------------------------------------------------------


def _owners() -> dict[str, list[str]]:
    """IRI -> the data files that have it as a subject, to route a violation to a file's owner."""
    owners: dict[str, list[str]] = defaultdict(list)
    for path in resources.data_files():
        for s in set(Graph().parse(path, format="turtle").subjects()):
            if isinstance(s, URIRef):
                owners[str(s)].append(path.name)
    return owners


def test_project_data_has_no_violations() -> None:
    report = validate_files()
    if report.conforms:
        return
    owners = _owners()
    by_file: dict[str, list[str]] = defaultdict(list)
    for r in report.violations:
        for name in owners.get(r.focus_node, ["(no data file defines the focus node)"]):
            by_file[name].append(r.one_line())
    lines = [f"{len(report.violations)} violations in the project's data:"]
    for name in sorted(by_file):
        lines.append(f"{name}:")
        lines.extend(f"    {line}" for line in sorted(by_file[name]))
    pytest.fail("\n".join(lines), pytrace=False)
