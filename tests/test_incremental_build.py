"""The incremental build (chipkg.incremental) gives the store a whole-graph build (``--full``) gives,
triple for triple, whatever sequence of user files was added and removed.

The user files are copies of real chips with their IRIs and labels renamed (they pass the shapes),
the Zeta-3 fixture (its own section: the ck:citesSource / ck:citesArticle chains inside one file),
and a file that adds a figure and a ck:successorOf link to built-in chips (cross-file inferences:
the inverse lands on a chip of data/meta.ttl).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipkg import build, cache, resources
from chipkg.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


def _renamed_copy(source: str, old: str, new: str, label: str, new_label: str) -> str:
    text = (resources.DATA_DIR / source).read_text(encoding="utf-8")
    return re.sub(re.escape(old), new, text).replace(f'"{label}', f'"{new_label}')


def _pool() -> dict[str, str]:
    return {
        "groq-copy-1.ttl": _renamed_copy("groq.ttl", "groq-lpu", "groq-lpu-copy-1", "Groq", "Copy-1 Groq"),
        "groq-copy-2.ttl": _renamed_copy("groq.ttl", "groq-lpu", "groq-lpu-copy-2", "Groq", "Copy-2 Groq"),
        # as `chipkg add` writes it: the user source stamped with when it was added
        "zeta-3.ttl": (FIXTURES / "user-data" / "zeta-3.ttl").read_text(encoding="utf-8")
        + '\nsrc:zeta-3 <http://www.w3.org/ns/prov#generatedAtTime> "2026-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n',
        "groq-lpu-additions.ttl": (FIXTURES / "incremental" / "groq-lpu-additions.ttl").read_text(encoding="utf-8"),
    }


def _store_triples(entry: cache.CacheEntry) -> tuple[set[str], set[str]]:
    """The store's triples as N-Triples: those without blank nodes, and the blank-node ones with
    their labels replaced by a canonical form (the ontology's lists and restrictions: rdflib's
    canonicalization, since each build's parse names them anew)."""
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib.compare import to_canonical_graph

    store = ox.Store.read_only(str(entry.store))
    plain, blank = set(), Graph()
    lines = []
    for quad in store:
        line = f"{quad.subject} {quad.predicate} {quad.object} ."
        if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
            lines.append(line)
        else:
            plain.add(line)
    del store
    blank.parse(data="\n".join(lines), format="nt")
    canonical = {" ".join(term.n3() for term in triple) for triple in to_canonical_graph(blank)}
    return plain, canonical


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):  # noqa: ANN001
    """One cache for the module: the project files' unit results are reused from test to test
    (they are keyed by content, so sharing them is what a user's cache does too)."""
    return tmp_path_factory.mktemp("incremental-cache")


@pytest.fixture
def data_dir(tmp_path, monkeypatch, cache_dir):  # noqa: ANN001
    directory = tmp_path / "user-data"
    directory.mkdir()
    monkeypatch.setenv("CHIPKG_DATA_DIR", str(directory))
    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(cache_dir))
    return directory


def test_random_adds_and_removes_equal_a_full_build(data_dir):  # noqa: ANN001
    pool = _pool()
    rng = random.Random(9)
    present: set[str] = set()
    steps = []
    for _ in range(5):
        if present and (len(present) == len(pool) or rng.random() < 0.35):
            name = rng.choice(sorted(present))
            (data_dir / name).unlink()
            present.discard(name)
            steps.append(f"-{name}")
        else:
            name = rng.choice(sorted(set(pool) - present))
            (data_dir / name).write_text(pool[name], encoding="utf-8")
            present.add(name)
            steps.append(f"+{name}")
        incremental = build.build(notify=pytest.fail)
        assert incremental.units, steps  # it was an incremental build
        got = _store_triples(cache.current_entry())
        full = build.build(full=True, notify=pytest.fail)
        want = _store_triples(cache.current_entry())
        assert (incremental.asserted_triples, incremental.inferred_triples) == (
            full.asserted_triples,
            full.inferred_triples,
        ), steps
        assert got[0] ^ want[0] == set(), steps
        assert got[1] == want[1], steps
        assert sorted(incremental.warnings) == sorted(full.warnings), steps
    assert {s[0] for s in steps} == {"+", "-"}, steps  # the seed gives both adds and removes


def test_a_file_adding_to_a_built_in_chip_is_reasoned_with_that_chips_file(data_dir):  # noqa: ANN001
    before = build.build()
    (data_dir / "groq-lpu-additions.ttl").write_text(_pool()["groq-lpu-additions.ttl"], encoding="utf-8")
    report = build.build()
    # The file alone, then one unit of the file with data/groq.ttl and data/meta.ttl (three units
    # become one).
    assert (report.reasoned, report.units) == (2, before.units - 1)
    plain, _ = _store_triples(cache.current_entry())
    inverse = (
        "<https://w3id.org/chipkg/chip/meta-mtia-v1> <https://w3id.org/chipkg/ontology#predecessorOf> "
        "<https://w3id.org/chipkg/chip/groq-lpu> ."
    )
    assert inverse in plain


def test_adding_one_file_reasons_only_that_file(data_dir):  # noqa: ANN001
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    (data_dir / "groq-copy-1.ttl").write_text(_pool()["groq-copy-1.ttl"], encoding="utf-8")
    done = runner.invoke(cli, ["build"])
    assert done.exit_code == 0, done.output
    assert re.search(r"^units: \d+ \(1 reasoned and validated now", done.output, re.M), done.output
    full = runner.invoke(cli, ["build", "--full"])
    assert full.exit_code == 0, full.output
    assert "units:" not in full.output and "reason:" in full.output


def test_a_chain_across_two_user_files_is_inferred(data_dir):  # noqa: ANN001
    """The chip cites a section another file defines with its source: ck:citesSource joins the two."""
    text = _pool()["zeta-3.ttl"]
    cut = text.index("src:zeta-3 a ck:UserSource")
    prefixes = text[: text.index("org:zeta-3-silicon a")]
    (data_dir / "zeta-chip.ttl").write_text(text[:cut], encoding="utf-8")
    (data_dir / "zeta-section.ttl").write_text(prefixes + text[cut:], encoding="utf-8")
    report = build.build(notify=pytest.fail)
    assert report.units
    plain, _ = _store_triples(cache.current_entry())
    cites = (
        "<https://w3id.org/chipkg/chip/zeta-3-z100> <https://w3id.org/chipkg/ontology#citesSource> "
        "<https://example.org/zeta-3/z100> ."
    )
    assert cites in plain


def test_a_file_stating_schema_builds_the_whole_graph(data_dir):  # noqa: ANN001
    (data_dir / "schema.ttl").write_text(
        "@prefix ck: <https://w3id.org/chipkg/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'ck:UserKind a owl:Class ; rdfs:subClassOf ck:Chip ; rdfs:label "user kind" .\n',
        encoding="utf-8",
    )
    said: list[str] = []
    report = build.build(notify=said.append)
    assert report.units == 0  # a whole-graph build
    assert any("building the whole graph at once" in line and "schema" in line for line in said), said


def test_unknown_reasoner_is_one_line():
    done = CliRunner().invoke(cli, ["build", "--reasoner", "hermit"])
    assert done.exit_code == 2
    assert "hermit" in done.output


def test_shared_files_are_those_two_or_more_files_reference():
    """resources.SHARED_DATA_FILES cannot drift from the data: a project file is shared when the
    resources it describes are referenced by two or more other project files."""
    from rdflib import URIRef

    graphs = {path.name: build.parse_turtle([path]) for path in resources.project_data_files()}
    subjects = {name: {s for s in g.subjects() if isinstance(s, URIRef)} for name, g in graphs.items()}
    objects = {name: {o for o in g.objects() if isinstance(o, URIRef)} for name, g in graphs.items()}
    shared = {
        name for name in graphs if sum(1 for other in graphs if other != name and objects[other] & subjects[name]) >= 2
    }
    assert shared == set(resources.SHARED_DATA_FILES)
