"""The build path through the CLI: build, validate, export, and the cache's life cycle."""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from chipkg import cache, resources
from chipkg.cli import cli

SHAPE_FIXTURES = Path(__file__).parent / "shapes"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def built(kg) -> None:  # noqa: ANN001 - the kg fixture builds the cache once per run
    return None


def test_build_prints_counts_and_step_timings(runner, build_result, built):
    # The session's one build ran `chipkg build` on an empty cache: load, reason, validate, cache.
    result = build_result
    assert result.exit_code == 0, result.output
    asserted = int(re.search(r"asserted triples: (\d+)", result.stdout).group(1))
    inferred = int(re.search(r"inferred triples: (\d+)", result.stdout).group(1))
    assert asserted > 4000 and inferred > 500
    for step in ("load", "reason", "validate", "cache"):
        assert re.search(rf"^\s*{step}: +\d+ ms$", result.stdout, re.M), step
    # red team 120 D16: a build of cached units printed only zeros; the base's step and the wall
    # time say where the time went
    steps = {m[0]: int(m[1]) for m in re.findall(r"^\s*(\w+): +(\d+) ms$", result.stdout, re.M)}
    total = re.search(r"^\s*total: +(\d+) ms \(wall time", result.stdout, re.M)
    assert total and sum(steps.values()) <= int(total.group(1)) + len(steps), result.stdout
    assert "base" in steps and "check" in steps  # the base reasoned on the empty cache; the placed files checked
    entry = cache.current_entry()
    assert str(entry.directory) in result.stdout and entry.is_complete()
    # A second build finds the cache and does nothing.
    again = runner.invoke(cli, ["build"])
    assert again.exit_code == 0 and again.stdout.startswith("up to date:")


def test_cache_lives_outside_the_package(built):
    entry = cache.current_entry()
    assert resources.ROOT not in entry.directory.parents


def test_closure_is_clean(built):
    """No owlrl noise: no literal subjects, no reflexive sameAs, no restated built-ins."""
    g = rdflib.Graph().parse(cache.current_entry().inferred, format="nt")
    assert len(g) > 0
    assert not [t for t in g if isinstance(t[0], rdflib.Literal)]
    assert not [s for s, o in g.subject_objects(rdflib.OWL.sameAs) if s == o]
    assert not [s for s in g.subjects() if str(s).startswith("http://www.w3.org/2002/07/owl#")]


def test_closure_adds_no_second_value_to_functional_properties(built):
    asserted = rdflib.Graph().parse(cache.current_entry().asserted, format="nt")
    inferred = rdflib.Graph().parse(cache.current_entry().inferred, format="nt")
    functional = set(asserted.subjects(rdflib.RDF.type, rdflib.OWL.FunctionalProperty))
    assert functional, "the ontology declares functional properties"
    union = asserted + inferred
    offenders = []
    for prop in functional:
        for s in set(union.subjects(prop, None)):
            values = set(union.objects(s, prop))
            if len(values) > 1:
                offenders.append((s, prop, values))
    assert offenders == []


def test_closure_infers_provenance_chains(kg):
    # ck:citesSource is ck:section/ck:sourceURL: every figure reaches its section's source URL.
    rows = kg.rows("SELECT ?url WHERE { fig:groq-lpu-clock ck:citesSource ?url }")
    assert [r["url"] for r in rows] == ["https://wow.groq.com/why-groq/"]
    rows = kg.rows("SELECT ?a WHERE { chip:groq-lpu ck:citesArticle ?a }")
    assert [r["a"] for r in rows] == ["https://rajathnarasimha.com"]


# ------------------------------------------------------------------------------- validate


def test_validate_project_data_conforms(runner):
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 0, result.output
    assert re.search(r"^conforms except for \d+ warning\(s\)$", result.stdout, re.M)


def test_validate_good_fixture_conforms(runner):
    result = runner.invoke(cli, ["validate", str(SHAPE_FIXTURES / "good.ttl")])
    assert result.exit_code == 0, result.output
    assert "conforms (0 violation(s)" in result.stdout


def test_validate_bad_fixture_exits_1_with_readable_report(runner):
    bad = sorted((SHAPE_FIXTURES / "bad").glob("*.ttl"))[0]
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "Violation:" in result.stdout
    assert result.stderr.strip().startswith("does not conform (")


def test_validate_with_data_adds_the_project_data(runner, tmp_path):
    extra = tmp_path / "extra.ttl"
    # A chip that only names its vendor: valid only next to the project's organizations.
    extra.write_text(
        "@prefix ck: <https://w3id.org/chipkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://w3id.org/chipkg/chip/x-test> a ck:Chip, ck:GPU ; rdfs:label "X Test GPU" ;\n'
        "  ck:designedBy <https://w3id.org/chipkg/org/nvidia> ; ck:profiled false ;\n"
        "  ck:section <https://w3id.org/chipkg/section/nvidia> .\n"
    )
    alone = runner.invoke(cli, ["validate", str(extra)])
    assert alone.exit_code == 1
    together = runner.invoke(cli, ["validate", "--with-data", str(extra)])
    assert together.exit_code == 0, together.output


def test_validate_missing_file_exits_2(runner):
    result = runner.invoke(cli, ["validate", "no/such/file.ttl"])
    assert result.exit_code == 2
    assert "no/such/file.ttl" in result.stderr


def test_validate_unparsable_file_names_file_and_line(runner, tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text('@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open\n')
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {bad}:3: Turtle syntax error")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------------- export


def _same_graph(a: rdflib.Graph, b: rdflib.Graph) -> bool:
    """Isomorphism for our graphs: equal ground triples, and blank-node triples equal up to
    renaming. The blank nodes are compared by a colour-refinement signature written here,
    independently of chipkg's own blank-node naming, and much faster than rdflib's
    canonicalization on the ontology's OWL lists."""

    def split(g):
        ground, blank = set(), []
        for t in g:
            if isinstance(t[0], rdflib.BNode) or isinstance(t[2], rdflib.BNode):
                blank.append(t)
            else:
                ground.add(t)
        return ground, blank

    def signature(triples):
        edges = defaultdict(list)
        for s, p, o in triples:
            edges[s].append(("out", p, o))
            edges[o].append(("in", p, s))
        nodes = [n for n in edges if isinstance(n, rdflib.BNode)]
        colour = {n: "" for n in nodes}
        for _ in range(12):
            colour = {
                n: str(
                    hash(
                        (
                            colour[n],
                            tuple(sorted((d, p.n3(), colour[x] if x in colour else x.n3()) for d, p, x in edges[n])),
                        )
                    )
                )
                for n in nodes
            }
        return sorted(
            (colour.get(s, s.n3()), p.n3(), colour.get(o, o.n3() if not isinstance(o, rdflib.BNode) else ""))
            for s, p, o in triples
        )

    ground_a, blank_a = split(a)
    ground_b, blank_b = split(b)
    return ground_a == ground_b and len(blank_a) == len(blank_b) and signature(blank_a) == signature(blank_b)


@pytest.fixture(scope="module")
def expected_graphs(built) -> dict[str, rdflib.Graph]:
    asserted = rdflib.Graph()
    for path in [resources.ONTOLOGY_FILE, *resources.data_files()]:
        asserted.parse(path, format="turtle")
    inferred = rdflib.Graph()
    inferred += asserted
    inferred.parse(cache.current_entry().inferred, format="nt")
    return {"--asserted": asserted, "--inferred": inferred}


@pytest.mark.parametrize(
    "which,fmt,rdflib_format",
    [("--asserted", "turtle", "turtle")]
    + [
        ("--inferred", f, r)
        for f, r in [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("xml", "xml"), ("trig", "trig")]
    ],
)
def test_export_round_trips_isomorphic(runner, tmp_path, fmt, rdflib_format, which, expected_graphs):
    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(cli, ["export", "--format", fmt, which, "-o", str(out)])
    assert result.exit_code == 0, result.output
    reread = rdflib.Graph()
    if fmt == "trig":  # a TriG document parses into a dataset; its (default) graph is what we wrote
        dataset = rdflib.Dataset()
        dataset.parse(out, format="trig")
        for s, p, o, _g in dataset.quads((None, None, None, None)):
            reread.add((s, p, o))
    else:
        reread.parse(out, format=rdflib_format)
    expected = expected_graphs[which]
    assert len(reread) == len(expected)
    assert _same_graph(reread, expected)


def test_isomorphism_check_can_fail(expected_graphs):
    g = expected_graphs["--asserted"]
    changed = rdflib.Graph()
    changed += g
    # move one list member: same triple count, different graph
    s, p, o = next((s, p, o) for s, p, o in g.triples((None, rdflib.RDF.first, None)))
    changed.remove((s, p, o))
    changed.add((s, p, rdflib.URIRef("https://w3id.org/chipkg/ontology#NotAClass")))
    assert not _same_graph(changed, g)
    assert _same_graph(g, g)


def test_turtle_export_is_deterministic(runner):
    first = runner.invoke(cli, ["export"])
    second = runner.invoke(cli, ["export"])
    assert first.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes
    assert first.stdout.startswith("@prefix")


def test_export_to_missing_directory_is_an_input_error(runner, tmp_path):
    result = runner.invoke(cli, ["export", "-o", str(tmp_path / "nope" / "g.ttl")])
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


# ------------------------------------------------------------------------------- cache staleness


def _copy_resources(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "res"
    for sub in ("ontology", "data", "queries"):
        shutil.copytree(resources.ROOT / sub, root / sub)
    monkeypatch.setattr(resources, "ONTOLOGY_FILE", root / "ontology" / "chipkg.ttl")
    monkeypatch.setattr(resources, "SHAPES_FILE", root / "ontology" / "shapes.ttl")
    monkeypatch.setattr(resources, "DATA_DIR", root / "data")
    return root


@pytest.mark.parametrize("change", ["data", "ontology", "shapes", "version"])
def test_stale_cache_is_detected_for_each_input(tmp_path, monkeypatch, change, built):
    root = _copy_resources(tmp_path, monkeypatch)
    before = cache.input_key()
    if change == "data":
        (root / "data" / "groq.ttl").write_text((root / "data" / "groq.ttl").read_text() + "\n# edited\n")
    elif change == "ontology":
        (root / "ontology" / "chipkg.ttl").write_text((root / "ontology" / "chipkg.ttl").read_text() + "\n# x\n")
    elif change == "shapes":
        (root / "ontology" / "shapes.ttl").write_text((root / "ontology" / "shapes.ttl").read_text() + "\n# x\n")
    else:
        monkeypatch.setattr(cache, "__version__", "999.0")
    assert cache.input_key() != before


def test_missing_or_stale_cache_is_rebuilt_with_a_notice(tmp_path, monkeypatch, built):
    """The query path notices an input change, rebuilds once, says so on stderr, then answers."""
    good = cache.current_entry()
    monkeypatch.setattr(cache, "__version__", "999.0")  # every cache entry is now stale
    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(tmp_path))
    calls = []

    def fake_build(force: bool = False, notify=None, where=None):  # reuse the session's real build output
        calls.append(force)
        target = cache.current_entry().directory
        shutil.copytree(good.directory, target)
        cache.write_manifest(target, target.name.removeprefix("graph-"))  # as a real build would

    import chipkg.build

    monkeypatch.setattr(chipkg.build, "build", fake_build)
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "sram-on-node"])
    assert result.exit_code == 0, result.output
    assert calls == [False]
    assert result.stderr.count("\n") == 1 and "rebuilding" in result.stderr
    assert "Groq LPU" in result.stdout
    again = runner.invoke(cli, ["query", "sram-on-node"])
    assert calls == [False] and again.stderr == ""
