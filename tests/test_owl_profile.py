"""The ontology is in OWL 2 RL, the profile of the reasoner the build runs (owlrl), and the closure it
builds is clean.

* The OWL API's OWL 2 RL profile checker (org.semanticweb.owlapi.profiles.OWL2RLProfile, inside the
  HermiT jar that ships with owlready2; tests/hermit/ProfileCheck.java, one JVM) finds no violation in
  the ontology, in the ontology with the project's data, or in the inferred export (asserted + closure).
  Without Java it skips, except in CI (CI=true) where it fails.
* No IRI is both a class and an individual (no punning): a class used as a unit kind was an instance
  of a class disjoint with itself.
* The closure carries no "P rdfs:domain/rdfs:range owl:Thing" (true of every property, owlrl's noise).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from chipkg import cache, resources

RUNNER = Path(__file__).parent / "hermit" / "ProfileCheck.java"
CK = "https://w3id.org/chipkg/ontology#"


def _hermit_jar() -> str:
    owlready2 = pytest.importorskip("owlready2")
    from owlready2 import reasoning

    del owlready2
    return next(p for p in reasoning._HERMIT_CLASSPATH.split(os.pathsep) if p.endswith(".jar"))


@pytest.fixture(scope="module")
def profile_violations(kg: Any, java: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """name -> the OWL 2 RL profile violations the OWL API reports for that graph."""
    workdir = tmp_path_factory.mktemp("profile")
    entry = cache.current_entry()
    ontology = Graph().parse(resources.ONTOLOGY_FILE, format="turtle")
    with_data = Graph() + ontology
    for path in resources.data_files():
        with_data.parse(path, format="turtle")
    inferred = Graph().parse(entry.asserted, format="nt").parse(entry.inferred, format="nt")
    paths = {}
    for name, graph in {"ontology": ontology, "ontology+data": with_data, "inferred export": inferred}.items():
        paths[name] = workdir / f"{name.replace(' ', '-').replace('+', '-')}.owl"
        graph.serialize(destination=paths[name], format="xml")  # the OWL API reads RDF/XML
    done = java.run(RUNNER, _hermit_jar(), *map(str, paths.values()))
    found: dict[str, list[str]] = {name: [] for name in paths}
    ends = {}
    by_path = {str(path): name for name, path in paths.items()}
    for line in done.stdout.splitlines():
        path, text = line.split("\t", 1)
        if text.startswith("END "):
            ends[by_path[path]] = int(text.removeprefix("END "))
        else:
            found[by_path[path]].append(text)
    assert set(ends) == set(paths), done.stdout[-2000:]  # every graph was checked to the end
    return found


@pytest.mark.parametrize("name", ["ontology", "ontology+data", "inferred export"])
def test_graph_is_in_owl2_rl(profile_violations: dict[str, list[str]], name: str) -> None:
    assert profile_violations[name] == []


def test_profile_check_can_fail(java: Any, tmp_path: Path) -> None:
    """The checker does report a union range (the axiom that kept ck:via out of OWL 2 RL)."""
    graph = Graph().parse(
        data=f"""
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{CK}x> a owl:Ontology .
        <{CK}A> a owl:Class . <{CK}B> a owl:Class .
        <{CK}p> a owl:ObjectProperty ; rdfs:range [ a owl:Class ; owl:unionOf ( <{CK}A> <{CK}B> ) ] .
    """,
        format="turtle",
    )
    path = tmp_path / "union.owl"
    graph.serialize(destination=path, format="xml")
    done = java.run(RUNNER, _hermit_jar(), str(path))
    assert "ObjectUnionOf" in done.stdout and "\tEND 0" not in done.stdout


def test_no_iri_is_both_a_class_and_an_individual() -> None:
    graph = Graph().parse(resources.ONTOLOGY_FILE, format="turtle")
    for path in resources.data_files():
        graph.parse(path, format="turtle")
    classes = set(graph.subjects(RDF.type, OWL.Class)) | set(graph.subjects(RDFS.subClassOf, None))
    builtin = (str(OWL), str(RDF), str(RDFS))
    individuals = {
        s
        for s, o in graph.subject_objects(RDF.type)
        if isinstance(s, URIRef) and o not in (OWL.Class, RDFS.Class) and not str(o).startswith(builtin)
    }
    individuals |= set(graph.subjects(RDF.type, OWL.NamedIndividual))
    individuals |= {o for p in (URIRef(CK + "countOf"),) for o in graph.objects(None, p)}
    assert sorted(classes & individuals) == []


def test_closure_has_no_domain_or_range_of_everything(kg: Any) -> None:
    assert not kg.ask("ASK { ?p rdfs:domain|rdfs:range ?c FILTER (?c IN (owl:Thing, rdfs:Resource)) }")
    assert kg.ask("ASK { ck:via rdfs:range ck:Technology }")
