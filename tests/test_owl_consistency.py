"""OWL 2 DL checks of the ontology with HermiT (through owlready2), plus fast structural checks.

* The ontology together with every data/*.ttl file must be consistent, with no unsatisfiable class.
* Each tests/owl_fixtures/bad_*.ttl breaks one axiom (disjointness, functionality, datatype range) and
  must make HermiT report an inconsistency; every other fixture (sample_good.ttl, good_*.ttl) must be
  consistent. The number of fixtures is asserted so that a stray glob cannot skip cases silently.
* Structural checks (no Java needed): ontology header, one label and a definition per term, only
  OWL 2 datatypes, no term that is both an annotation and an object/data property, every ck:/QUDT
  term used by the data declared in the ontology.

HermiT runs in one JVM for the real graph and every fixture (tests/hermit/ConsistencyBatch.java, with
the HermiT jar inside owlready2); without javac, owlready2's sync_reasoner runs once per file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import missing_tool
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from chipkg import resources

FIXTURES = Path(__file__).parent / "owl_fixtures"
BAD_FIXTURES = sorted(FIXTURES.glob("bad_*.ttl"))
GOOD_FIXTURES = sorted(p for p in FIXTURES.glob("*.ttl") if not p.name.startswith("bad_"))
EXPECTED_BAD = 9
EXPECTED_GOOD = 2

CK = Namespace("https://w3id.org/chipkg/ontology#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCT = Namespace("http://purl.org/dc/terms/")
ONTOLOGY_IRI = URIRef("https://w3id.org/chipkg/ontology")
# The OWL 2 datatype map subset we allow (never xsd:date or xsd:gYear: HermiT rejects them).
ALLOWED_DATATYPES = {XSD.decimal, XSD.double, XSD.integer, XSD.string, XSD.boolean, XSD.dateTime, XSD.anyURI}
VOCAB_NAMESPACES = (str(CK), "http://qudt.org/", "http://www.w3.org/ns/prov#", str(DCT), str(SKOS))


@pytest.fixture(scope="module")
def java_on_path() -> None:
    if shutil.which("java") is None:
        missing_tool("HermiT needs `java` on PATH")  # skips on a developer machine, fails in CI


needs_java = pytest.mark.usefixtures("java_on_path")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(resources.ONTOLOGY_FILE, format="turtle")


def _with(ontology: Graph, *files: Path) -> Graph:
    graph = Graph()
    graph += ontology
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def _hermit_classpath() -> str:
    pytest.importorskip("owlready2")
    from owlready2 import reasoning

    return reasoning._HERMIT_CLASSPATH  # the HermiT jar that ships inside owlready2


def _run_batch(paths: list[Path], workdir: Path) -> dict[str, tuple[bool, int]]:
    """HermiT over every file in one JVM (tests/hermit/ConsistencyBatch.java).

    Starting Java costs ~2.5 s; once per fixture that would be most of the test suite's time.
    """
    classpath = _hermit_classpath()
    classes = workdir / "classes"
    classes.mkdir()
    jar = next(part for part in classpath.split(os.pathsep) if part.endswith(".jar"))
    subprocess.run(
        [
            "javac",
            "-nowarn",
            "-cp",
            jar,
            "-d",
            str(classes),
            str(Path(__file__).parent / "hermit" / "ConsistencyBatch.java"),
        ],
        check=True,
        capture_output=True,
    )
    done = subprocess.run(
        [
            "java",
            "-Xmx1500M",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            os.pathsep.join([str(classes), classpath]),
            "ConsistencyBatch",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = {}
    for line in done.stdout.splitlines():
        path, verdict, unsatisfiable = line.split("\t")
        results[Path(path).stem] = (verdict == "consistent", int(unsatisfiable))
    return results


def _run_owlready2(paths: list[Path]) -> dict[str, tuple[bool, int]]:
    """The same checks through owlready2's sync_reasoner, one JVM per file (no javac needed)."""
    owlready2 = pytest.importorskip("owlready2")
    results = {}
    for path in paths:
        world = owlready2.World()
        world.get_ontology(path.resolve().as_uri()).load()
        try:
            owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            results[path.stem] = (False, -1)
            continue
        results[path.stem] = (True, len(list(world.inconsistent_classes())))
    return results


@pytest.fixture(scope="module")
def hermit(
    java_on_path: None, ontology: Graph, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[bool, int]]:
    """(consistent, number of unsatisfiable classes) for the real graph ("all") and each fixture."""
    workdir = tmp_path_factory.mktemp("hermit")
    graphs = {"all": _with(ontology, *resources.data_files())}
    graphs.update({p.stem: _with(ontology, p) for p in BAD_FIXTURES + GOOD_FIXTURES})
    paths = []
    for name, graph in graphs.items():
        path = workdir / f"{name}.owl"
        graph.serialize(destination=path, format="xml")  # HermiT reads RDF/XML, not Turtle
        paths.append(path)
    if shutil.which("javac"):
        return _run_batch(paths, workdir)
    return _run_owlready2(paths)


# --- HermiT ------------------------------------------------------------------------------------


@needs_java
def test_ontology_and_data_are_consistent(hermit) -> None:
    consistent, unsatisfiable = hermit["all"]
    assert consistent, "HermiT: ontology + data/*.ttl is inconsistent"
    assert unsatisfiable == 0


def test_fixtures_are_all_collected() -> None:
    assert len(BAD_FIXTURES) == EXPECTED_BAD, [p.name for p in BAD_FIXTURES]
    assert len(GOOD_FIXTURES) == EXPECTED_GOOD, [p.name for p in GOOD_FIXTURES]
    assert FIXTURES / "sample_good.ttl" in GOOD_FIXTURES


@needs_java
@pytest.mark.parametrize("fixture", BAD_FIXTURES, ids=lambda p: p.stem)
def test_bad_fixture_is_inconsistent(hermit, fixture: Path) -> None:
    assert hermit[fixture.stem] == (False, -1)


@needs_java
@pytest.mark.parametrize("fixture", GOOD_FIXTURES, ids=lambda p: p.stem)
def test_good_fixture_is_consistent(hermit, fixture: Path) -> None:
    assert hermit[fixture.stem] == (True, 0)


# --- structure (no reasoner) ---------------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/chipkg/ontology/0.1.0")
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert ontology.value(ONTOLOGY_IRI, DCT.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    for prop in (DCT.title, DCT.description, DCT.creator, RDFS.comment):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop
    assert not list(ontology.objects(ONTOLOGY_IRI, OWL.imports))


def _declared(ontology: Graph) -> set[URIRef]:
    kinds = (
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.NamedIndividual,
    )
    return {s for k in kinds for s in ontology.subjects(RDF.type, k) if isinstance(s, URIRef)}


def test_every_term_has_one_label_and_a_definition(ontology: Graph) -> None:
    annotation = set(ontology.subjects(RDF.type, OWL.AnnotationProperty))
    problems = []
    for term in sorted(_declared(ontology) - annotation):
        labels = list(ontology.objects(term, RDFS.label))
        if len(labels) != 1 or not list(ontology.objects(term, SKOS.definition)):
            problems.append(f"{term}: {len(labels)} labels")
    assert problems == []


def test_no_property_is_both_annotation_and_object_or_data(ontology: Graph) -> None:
    annotation = set(ontology.subjects(RDF.type, OWL.AnnotationProperty))
    logical = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    assert annotation & logical == set()
    assert (
        set(ontology.subjects(RDF.type, OWL.ObjectProperty)) & set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
        == set()
    )


def test_only_owl2_datatypes(ontology: Graph) -> None:
    data_properties = ontology.subjects(RDF.type, OWL.DatatypeProperty)
    ranges = {o for p in data_properties for o in ontology.objects(p, RDFS.range)}
    literal_types = {o.datatype for o in ontology.objects() if isinstance(o, Literal) and o.datatype}
    assert ranges <= ALLOWED_DATATYPES
    assert literal_types <= ALLOWED_DATATYPES


def test_every_unit_is_complete(ontology: Graph) -> None:
    qudt = Namespace("http://qudt.org/schema/qudt/")
    units = set(ontology.subjects(RDF.type, qudt.Unit))
    assert len(units) >= 30
    for unit in units:
        assert ontology.value(unit, qudt.symbol) is not None, unit
        assert ontology.value(unit, qudt.hasQuantityKind) is not None, unit
        base = ontology.value(unit, CK.normalizedUnit)
        assert base in units, unit
        assert ontology.value(base, qudt.conversionMultiplier).toPython() == 1.0, unit
        multiplier = ontology.value(unit, qudt.conversionMultiplier)
        assert multiplier is not None and multiplier.datatype == XSD.double, unit


def test_data_uses_only_declared_vocabulary(ontology: Graph) -> None:
    declared = _declared(ontology)
    undeclared = {}
    for path in resources.data_files():
        graph = Graph().parse(path, format="turtle")
        terms = {t for triple in graph for t in triple if isinstance(t, URIRef)}
        used = {t for t in terms if str(t).startswith(VOCAB_NAMESPACES)}
        missing = sorted(str(t) for t in used - declared)
        if missing:
            undeclared[path.name] = missing
    assert undeclared == {}
