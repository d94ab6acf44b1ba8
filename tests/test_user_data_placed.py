"""A Turtle file put into the user data directory by hand (not by ``chipkg add``) is part of the
graph, but may not change what the built-in data says: a statement about a built-in thing, a merge
of one with another (``owl:sameAs`` and kin) or a link to a built-in chip by a property with an
inverse is refused by ``build``, by every command that builds, and by ``validate`` (exit 2, one line
naming the file and the triple), and nothing is cached from it. What a user's own data needs (new
chips pointing at built-in organizations, figures added to a built-in chip, new classes) still
builds. (Red team 120, D5: ``chip:groq-lpu owl:sameAs chip:apple-m4`` made "Apple" the Groq LPU's
vendor, at exit 0.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

PREFIXES = """\
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix org:  <https://w3id.org/chipkg/org/> .
@prefix node: <https://w3id.org/chipkg/process-node/> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex:   <https://w3id.org/chipkg/user/> .
@prefix fig:  <https://w3id.org/chipkg/figure/> .
@prefix sec:  <https://w3id.org/chipkg/section/> .
@prefix note: <https://w3id.org/chipkg/note/> .
"""
FIXTURE = Path(__file__).parent / "fixtures" / "incremental" / "groq-lpu-additions.ttl"


@pytest.fixture(scope="module")
def placed(tmp_path_factory, run_chipkg):  # noqa: ANN001
    data = tmp_path_factory.mktemp("placed-data")
    cache = tmp_path_factory.mktemp("placed-cache")

    def run(*args: str):  # noqa: ANN202
        done = run_chipkg(*args, env={"CHIPKG_DATA_DIR": str(data), "CHIPKG_CACHE_DIR": str(cache)}, text=True)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return data, cache, run


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("chip:groq-lpu owl:sameAs chip:apple-m4 .", "owl:sameAs with a built-in thing"),
        ("ex:mine owl:sameAs chip:groq-lpu .", "owl:sameAs with a built-in thing"),
        ("ex:kind owl:equivalentClass ck:GPU .", "owl:equivalentClass with a built-in thing"),
        ("ex:made owl:inverseOf ck:designedBy .", "owl:inverseOf with a built-in thing"),
        ("chip:groq-lpu ck:processNode node:5nm .", "chip:groq-lpu is built in"),
        ('chip:groq-lpu rdfs:label "Hacked" .', "chip:groq-lpu is built in"),
        ('org:nvidia rdfs:label "Hacked" .', "org:nvidia is built in"),
        ("ck:Chip rdfs:subClassOf ck:Organization .", "ck:Chip is built in"),
        ("org:zeta ck:designs chip:groq-lpu .", "ck:designs has an inverse"),
        ("ex:chip ck:successorOf chip:groq-lpu .", "ck:successorOf has an inverse"),
        # red team 122: axioms reach every chip (E1-E7), a figure cites the article (E8), a note is
        # about a built-in chip (E9), a name is a built-in chip's (E19) or hides a blank (E11)
        ("ex:All a owl:Class ; owl:intersectionOf ( ck:Chip ) .", "owl:intersectionOf states an axiom"),
        ("ex:f a owl:ObjectProperty, owl:FunctionalProperty .", "owl:FunctionalProperty states an axiom"),
        ("ex:points rdfs:range ck:TPU .", "rdfs:range states an axiom"),
        ("ex:K owl:hasKey ( ck:processNode ) .", "owl:hasKey states an axiom"),
        ("ex:m owl:propertyChainAxiom ( ck:designedBy ck:designedBy ) .", "owl:propertyChainAxiom states"),
        (
            "chip:groq-lpu ck:clockSpeed fig:evil . fig:evil a ck:Frequency ; ck:section sec:groq .",
            "cites a source of its own, not the article's sec:groq",
        ),
        ("note:evil a ck:Note ; ck:about chip:groq-lpu .", "ck:about makes it a statement about the built-in"),
        ('ex:chip a ck:Chip ; rdfs:label "Groq LPU" .', "'Groq LPU' is the name of a built-in thing"),
        ('ex:chip a ck:Chip ; rdfs:label "Groq L\u034fPU" .', "invisible formatting characters"),
    ],
    ids=[
        "same-as-two-built-in",
        "same-as-new-and-built-in",
        "equivalent-class",
        "inverse-of-property",
        "plain-fact",
        "relabel-chip",
        "relabel-organization",
        "redefine-class",
        "inverse-onto-chip",
        "successor-of-chip",
        "intersection-of",
        "functional-property",
        "range",
        "has-key",
        "property-chain",
        "figure-citing-the-article",
        "note-about-a-built-in-chip",
        "name-of-a-built-in-chip",
        "blank-in-a-name",
    ],
)
def test_a_placed_file_cannot_change_the_built_in_data(placed, body: str, expected: str) -> None:  # noqa: ANN001
    data, cache, run = placed
    path = data / "placed.ttl"
    path.write_text(PREFIXES + body + "\n", encoding="utf-8")
    try:
        for args in (["query", "vendor-of-chip", "--param", "chip=Groq LPU"], ["build"], ["validate"]):
            done = run(*args)
            assert done.returncode == 2, (args, done.stdout, done.stderr)
            lines = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
            assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], (args, done.stderr)
            assert "Apple" not in done.stdout
        built = [p.name for p in cache.iterdir() if p.name.startswith(("graph-", "units"))]
        assert built == []  # nothing built from it (the input digests may be remembered)
    finally:
        path.unlink()


def test_what_a_users_own_data_needs_still_builds(placed) -> None:  # noqa: ANN001
    data, _cache, run = placed
    (data / "additions.ttl").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    (data / "kinds.ttl").write_text(
        PREFIXES + 'ex:UserKind a owl:Class ; rdfs:subClassOf ck:Chip ; rdfs:label "user kind" .\n', encoding="utf-8"
    )
    (data / "folder.ttl").mkdir()  # a directory is not a Turtle file (red team 120 D18: "no such file")
    try:
        assert run("build").returncode == 0
        done = run("query", "vendor-of-chip", "--param", "chip=Groq LPU Additions Next", "--format", "json")
        assert done.returncode == 0 and "Groq" in done.stdout, done.stderr
        described = run("describe", "Groq LPU")
        assert described.returncode == 0 and "1.25 GHz" in described.stdout, described.stdout
        assert "https://example.org/groq-lpu-additions" in described.stdout
        assert run("validate").returncode == 0
    finally:
        (data / "additions.ttl").unlink()
        (data / "kinds.ttl").unlink()
        (data / "folder.ttl").rmdir()
