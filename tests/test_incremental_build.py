"""The incremental build (chipkg.incremental) gives the store a whole-graph build (``--full``) gives,
triple for triple, whatever sequence of user files was added and removed.

The user files are copies of real chips with their IRIs and labels renamed (they pass the shapes),
the Zeta-3 fixture (its own section: the ck:citesSource / ck:citesArticle chains inside one file),
and a file that adds a figure to a built-in chip and a new chip designed by a built-in organization
(cross-file inferences: the inverse lands on an organization of data/organizations.ttl).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from chipkg import build, cache, resources
from chipkg.cli import cli

FIXTURES = Path(__file__).parent / "fixtures"


def _renamed_copy(source: str, old: str, new: str, label: str, new_label: str) -> str:
    """A vendor file's chip under a new IRI and new names: a placed file may not give a new chip a
    built-in thing's name ("LPU" stays the Groq LPU's), so every name of the copy is its own."""
    text = (resources.DATA_DIR / source).read_text(encoding="utf-8")
    text = re.sub(re.escape(old), new, text).replace(f'"{label}', f'"{new_label}')
    tag = new_label.removesuffix(label).strip()
    return re.sub(r'"(LPU|Language Processing Unit)"', rf'"{tag} \1"', text)


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
        assert json.loads(cache.current_entry().meta.read_bytes())["mode"] == "incremental", steps
        assert incremental.units == len(present), steps  # each user file a unit of its own
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
    # A unit of its own, reasoned with the base, which holds data/groq.ttl and data/organizations.ttl.
    assert (report.reasoned, report.units) == (1, before.units + 1)
    plain, _ = _store_triples(cache.current_entry())
    inverse = (
        "<https://w3id.org/chipkg/org/groq> <https://w3id.org/chipkg/ontology#designs> "
        "<https://w3id.org/chipkg/chip/groq-lpu-additions-next> ."
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


def test_a_file_pointing_into_a_vendor_file_is_a_unit_of_its_own(data_dir):  # noqa: ANN001
    """The base is every project file (resources.base_files), as for ``build --full`` by groups:
    user files that point to a vendor file's resources (as the scale benchmark's synthetic files
    do: architectures, systems, software) stay units of their own, and adding one more is a
    delta that reasons that file only, not a unit of every such file with the vendor's."""
    tensix = "<https://w3id.org/chipkg/chip/groq-lpu-copy-{n}> <https://w3id.org/chipkg/ontology#architecture> "
    tensix += "<https://w3id.org/chipkg/architecture/tensix> .\n"
    pool = _pool()
    (data_dir / "groq-copy-1.ttl").write_text(pool["groq-copy-1.ttl"] + tensix.format(n=1), encoding="utf-8")
    build.build(notify=pytest.fail)
    (data_dir / "groq-copy-2.ttl").write_text(pool["groq-copy-2.ttl"] + tensix.format(n=2), encoding="utf-8")
    report = build.build(notify=pytest.fail)
    assert json.loads(cache.current_entry().meta.read_bytes()).get("delta") == 1
    assert (report.units, report.reasoned) == (2, 1)
    plain, _ = _store_triples(cache.current_entry())
    assert tensix.format(n=2).strip() in plain


# --------------------------------------------------------------------------- the delta path (chipkg.delta)


def _copies(entry: cache.CacheEntry) -> tuple[list[str], list[str]]:
    """The entry's N-Triples copies (with the lines added since), blank-node lines left out."""
    out: tuple[list[str], list[str]] = ([], [])
    for path in entry.copies():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and "_:" not in line]
        out["inferred" in path.name].extend(lines)
    return out


def _names(index) -> set[tuple[str, str, str, str]]:  # noqa: ANN001
    return index.rows()


def test_a_sequence_of_deltas_equals_a_full_build(data_dir, tmp_path):  # noqa: ANN001
    """Adds, removes and a replacement, each made from the previous entry where chipkg.delta can
    (a new chip file, a removed one, a file of the same name with new content), else by the
    ordinary build (a file adding to a built-in chip joins that chip's unit); after each step the
    store, both N-Triples copies, the counts, the warnings and the carried-over name index are
    those of a ``--full`` build in another cache directory."""
    import json

    from chipkg import lookup, store

    pool = _pool()
    replaced = pool["groq-copy-1.ttl"].replace('"Copy-1 Groq', '"Replaced Groq')
    assert replaced != pool["groq-copy-1.ttl"]
    steps = [
        ("+", "groq-copy-1.ttl", pool["groq-copy-1.ttl"], True),
        ("+", "groq-copy-2.ttl", pool["groq-copy-2.ttl"], True),
        ("~", "groq-copy-1.ttl", replaced, True),
        ("+", "groq-lpu-additions.ttl", pool["groq-lpu-additions.ttl"], False),  # joins data/groq.ttl's unit
        ("-", "groq-copy-2.ttl", "", True),
        ("-", "groq-lpu-additions.ttl", "", True),  # a unit of its own: the built-in chips are the base's
        ("+", "zeta-3.ttl", pool["zeta-3.ttl"], True),
        ("-", "groq-copy-1.ttl", "", True),
    ]
    build.build(notify=pytest.fail)
    lookup.index(store.open_store())  # the entry's name index, for the next one to carry over
    full_cache = resources.Location(cache_dir=tmp_path / "full-cache")
    for sign, name, text, by_delta in steps:
        if sign == "-":
            (data_dir / name).unlink()
        else:
            (data_dir / name).write_text(text, encoding="utf-8")
        report = build.build(notify=pytest.fail)
        entry = cache.current_entry()
        meta = json.loads(entry.meta.read_bytes())
        assert bool(meta.get("delta")) == by_delta, (sign, name)
        got, got_copies = _store_triples(entry), _copies(entry)
        carried = lookup.load_index(str(entry.directory))
        opened = store.open_store()
        assert (carried is not None) == by_delta, (sign, name)
        if carried is not None:
            assert _names(carried) == _names(lookup.build_index(opened)), (sign, name)
        lookup.index(opened)
        full = build.build(full=True, notify=pytest.fail, where=full_cache)
        full_entry = cache.current_entry(full_cache)
        want, want_copies = _store_triples(full_entry), _copies(full_entry)
        assert (report.asserted_triples, report.inferred_triples) == (full.asserted_triples, full.inferred_triples)
        assert got[0] ^ want[0] == set(), (sign, name)
        assert got[1] == want[1], (sign, name)
        for mine, theirs in zip(got_copies, want_copies, strict=True):
            assert len(mine) == len(set(mine)), (sign, name)  # each line once
            assert set(mine) == set(theirs), (sign, name)
        assert sorted(report.warnings) == sorted(full.warnings), (sign, name)
        assert entry.problems("all", thorough=True) == []
        assert len(cache.entries()) == 1  # the previous entry is gone


def test_an_interrupted_delta_leaves_the_previous_entry(data_dir, monkeypatch):  # noqa: ANN001
    """An interrupt while the new entry is written (the store copied and half changed) leaves
    the previous entry whole and in place, and no temporary directory behind."""
    import os

    from chipkg import delta, store

    build.build(notify=pytest.fail)
    before = cache.current_entry()
    kept = _store_triples(before)

    def interrupted(lines):  # noqa: ANN001, ANN202
        raise KeyboardInterrupt

    (data_dir / "groq-copy-1.ttl").write_text(_pool()["groq-copy-1.ttl"], encoding="utf-8")
    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr(delta, "_quads", interrupted)
        build.build(notify=pytest.fail)
    assert cache.entries() == [before.directory]
    assert before.problems("all", thorough=True) == []
    assert _store_triples(before) == kept
    root = before.directory.parent
    assert not [name for name in os.listdir(root) if name.startswith(".")]
    (data_dir / "groq-copy-1.ttl").unlink()
    assert cache.current_entry() == before
    assert store.open_store().query("ASK { ?s ?p ?o }")


def test_a_killed_add_leaves_the_previous_entry_usable(data_dir, run_chipkg):  # noqa: ANN001
    """``chipkg add`` killed (SIGKILL) in the middle of writing the new entry: the previous entry
    is intact, and the next command makes the new one (removing what the killed one left)."""
    import os
    import subprocess
    import sys

    build.build(notify=pytest.fail)
    before = cache.current_entry()
    added = FIXTURES / "user-data" / "zeta-3.ttl"
    script = (
        "import os, signal\n"
        "from chipkg import lookup, userdata\n"
        "def killed(*args):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "lookup.carry_index = killed\n"
        f"userdata.add({str(added)!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=dict(os.environ), capture_output=True, timeout=600)
    assert done.returncode == -9, done.stderr
    assert cache.entries() == [before.directory]
    assert before.problems("all", thorough=True) == []
    assert any(name.startswith(".building.") for name in os.listdir(before.directory.parent))
    assert (data_dir / "zeta-3.ttl").is_file()  # written before the build, as add does
    listed = run_chipkg("describe", "Zeta-3 Z100", env={}, text=True)
    assert listed.returncode == 0, listed.stderr
    assert "zeta-3-z100" in listed.stdout
    assert not any(name.startswith(".building.") for name in os.listdir(before.directory.parent))


def test_a_reader_of_the_previous_store_keeps_reading(data_dir):  # noqa: ANN001
    """A process with the previous store open (a server) keeps its answers while a delta makes
    the new entry and removes the previous one."""
    import json

    import pyoxigraph as ox

    build.build(notify=pytest.fail)
    before = cache.current_entry()
    reader = ox.Store.read_only(str(before.store))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    n = int(next(iter(reader.query(count)))["n"].value)
    (data_dir / "groq-copy-1.ttl").write_text(_pool()["groq-copy-1.ttl"], encoding="utf-8")
    build.build(notify=pytest.fail)
    after = cache.current_entry()
    assert json.loads(after.meta.read_bytes()).get("delta")
    assert not before.directory.exists()
    assert int(next(iter(reader.query(count)))["n"].value) == n
    assert len(list(reader.quads_for_pattern(None, None, None))) == n
    fresh = ox.Store.read_only(str(after.store))
    assert int(next(iter(fresh.query(count)))["n"].value) > n


def test_a_damaged_previous_entry_is_not_carried_over(data_dir):  # noqa: ANN001
    """A previous entry whose N-Triples copy changed after its manifest was written is not the
    base of a delta (its files would be linked into the new entry): the build starts afresh."""
    import json

    build.build(notify=pytest.fail)
    before = cache.current_entry()
    with open(before.asserted, "ab") as copy:
        copy.write(b"<https://example.org/x> <https://example.org/y> <https://example.org/z> .\n")
    (data_dir / "groq-copy-1.ttl").write_text(_pool()["groq-copy-1.ttl"], encoding="utf-8")
    build.build(notify=pytest.fail)
    entry = cache.current_entry()
    assert not json.loads(entry.meta.read_bytes()).get("delta")
    assert entry.problems("all", thorough=True) == []
    assert b"example.org/x" not in entry.asserted.read_bytes()


def test_a_line_several_units_state_goes_only_with_the_last_of_them(tmp_path):  # noqa: ANN001
    """A line naming only the base's resources may come from several units (none of the project's
    files makes one today, so this builds the units by hand): removing one of them keeps it, a
    new unit stating it again keeps it, removing the last takes it out of the store."""
    from types import SimpleNamespace

    from chipkg import delta

    ex = "https://example.org/"
    shared_line = f"<{ex}b1> <{ex}q> <{ex}b2> .".encode()
    base = SimpleNamespace(info={"iris": [f"{ex}b1", f"{ex}b2"]}, directory=tmp_path / "base")
    base.directory.mkdir()
    (base.directory / "asserted.nt").write_bytes(f"<{ex}b1> <{ex}p> <{ex}b2> .\n".encode())
    (base.directory / "inferred.nt").write_bytes(b"")
    own = {key: f"<{ex}{key}> <{ex}t> <{ex}b2> .".encode() for key in ("u1", "u2", "n")}
    for key, line in own.items():
        (tmp_path / f"unit-{key}").mkdir()
        (tmp_path / f"unit-{key}" / "asserted.nt").write_bytes(line + b"\n")
        (tmp_path / f"unit-{key}" / "inferred.nt").write_bytes(shared_line + b"\n")
    record = {"shared": [[shared_line.decode(), 0, 2]]}  # inferred by u1 and u2

    def change(removed: list[str], added: list[str]) -> dict:
        found = delta._lines_changed(base, tmp_path, record, dict.fromkeys(removed, {}), dict.fromkeys(added, {}))
        assert found is not None
        return found

    one_goes = change(["u1"], [])
    assert one_goes["store_remove"] == [own["u1"]]
    assert one_goes["shared"] == {shared_line: [0, 1]}
    replaced = change(["u1"], ["n"])
    assert sorted(replaced["store_remove"]) == [own["u1"]] and replaced["store_add"] == [own["n"]]
    assert replaced["shared"] == {shared_line: [0, 2]}
    both_go = change(["u1", "u2"], [])
    assert sorted(both_go["store_remove"]) == sorted([own["u1"], own["u2"], shared_line])
    assert both_go["remove"]["inferred.nt"] == {shared_line}
    assert both_go["shared"] == {}


_CSV = (
    "chip,vendor,kind,process_node,foundry,memory,memory_type,memory_on_chip,performance,precision,power,clock,"
    "source_url\n"
    "Zeta-3 Z100,,,,,,,,,,650 W,,https://example.com/z\n"  # a chip of another user file
    "Groq LPU,,,,,,,,,,,1.1 GHz,https://example.com/g\n"  # a built-in chip
    "Partial P1,Zeta-3 Silicon,GPU,5nm,TSMC,80 GB,HBM3,,400 TFLOPS,BF16,up to 500 W,1.5 GHz,https://example.com/p\n"
)
_TTL = """@prefix ck: <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix fig: <https://w3id.org/chipkg/figure/> .
@prefix src: <https://w3id.org/chipkg/source/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
chip:groq-lpu ck:clockSpeed fig:groq-lpu-clock-partial .
chip:zeta-3-z100 ck:clockSpeed fig:zeta-3-z100-clock-partial .
fig:groq-lpu-clock-partial a ck:Frequency ; qudt:numericValue 1.3 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ;
    ck:normalizedValue 1.3e9 ; ck:scope ck:PerChip ; ck:section src:partial .
fig:zeta-3-z100-clock-partial a ck:Frequency ; qudt:numericValue 2 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ;
    ck:normalizedValue 2.0e9 ; ck:scope ck:PerChip ; ck:section src:partial .
src:partial a ck:UserSource ; rdfs:label "partial" ; ck:sourceURL <https://example.com/partial> .
"""


@pytest.mark.parametrize("suffix, text", [(".csv", _CSV), (".ttl", _TTL)])
def test_add_reads_the_part_of_the_graph_a_file_touches_as_the_whole(data_dir, tmp_path, monkeypatch, suffix, text):  # noqa: ANN001
    """``chipkg add`` checks a file with the base and the files that mention what it mentions or
    names (chipkg.delta.graph_around), once the graph was built with a record of its units: what
    it would write is what checking with the whole graph gives."""
    from datetime import UTC, datetime

    from chipkg import delta, userdata

    (data_dir / "zeta-3.ttl").write_text(_pool()["zeta-3.ttl"], encoding="utf-8")
    (data_dir / "groq-copy-1.ttl").write_text(_pool()["groq-copy-1.ttl"], encoding="utf-8")  # not touched
    build.build(notify=pytest.fail)
    source = tmp_path / f"partial{suffix}"
    source.write_text(text, encoding="utf-8")
    now = datetime(2026, 1, 2, tzinfo=UTC)
    parts: list[object] = []
    around = delta.graph_around

    def spied(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        parts.append(around(*args, **kwargs))
        return parts[-1]

    monkeypatch.setattr(delta, "graph_around", spied)
    partial = userdata.prepare(source, now=now)
    assert parts and parts[0] is not None
    assert len(parts[0].graph) < len(build.load_asserted())  # a part indeed
    monkeypatch.setattr(delta, "graph_around", lambda *args, **kwargs: None)
    whole = userdata.prepare(source, now=now)
    assert partial.turtle == whole.turtle
    assert (partial.new_chips, partial.extended_chips) == (whole.new_chips, whole.extended_chips)
    assert {"Groq LPU", "Zeta-3 Z100"} <= set(partial.extended_chips)


def test_remove_reads_only_the_files_of_its_unit(data_dir, monkeypatch, tmp_path):  # noqa: ANN001
    """``chipkg remove`` of a file in a unit of its own reads that file only (the entry's record
    says no other file shares a resource with it, and the rest was validated without it), says
    what ``sources`` says of it, and leaves the graph a ``--full`` build gives."""
    from chipkg import userdata

    pool = _pool()
    for name in ("zeta-3.ttl", "groq-copy-1.ttl", "groq-copy-2.ttl"):
        (data_dir / name).write_text(pool[name], encoding="utf-8")
    build.build(notify=pytest.fail)
    listed = next(s for s in userdata.sources() if s.name == "zeta-3")
    read: list[Path] = []
    parse_turtle, parsed = build.parse_turtle, getattr(userdata, "_parsed", None)

    def parse_spy(paths, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        paths = list(paths)
        read.extend(paths)
        return parse_turtle(paths, *args, **kwargs)

    def parsed_spy(path):  # noqa: ANN001, ANN202
        read.append(path)
        assert parsed is not None
        return parsed(path)

    with monkeypatch.context() as spied:
        spied.setattr(build, "parse_turtle", parse_spy)
        spied.setattr(userdata, "_parsed", parsed_spy, raising=False)
        removed = userdata.remove("zeta-3")
    assert removed == listed
    assert {p for p in read if p.parent == data_dir} == {data_dir / "zeta-3.ttl"}
    got = _store_triples(cache.current_entry())
    full_cache = resources.Location(cache_dir=tmp_path / "full-cache")
    build.build(full=True, notify=pytest.fail, where=full_cache)
    assert got == _store_triples(cache.current_entry(full_cache))


def test_add_validates_a_file_of_its_own_once(data_dir, tmp_path, monkeypatch):  # noqa: ANN001
    """``chipkg add`` validates the new file with the base before writing it; the delta that
    follows validates the same triples, and takes that report instead of running pySHACL again."""
    import pyshacl

    from chipkg import userdata

    build.build(notify=pytest.fail)
    source = tmp_path / "zeta-3.ttl"
    source.write_text((FIXTURES / "user-data" / "zeta-3.ttl").read_text(encoding="utf-8"), encoding="utf-8")
    runs: list[object] = []
    validate = pyshacl.validate

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        runs.append(args)
        return validate(*args, **kwargs)

    monkeypatch.setattr(pyshacl, "validate", counted)
    added = userdata.add(source)
    assert added.written and json.loads(cache.current_entry().meta.read_bytes()).get("delta") == 1
    assert len(runs) == 1


def test_a_figure_answering_a_built_in_warning_takes_it_away(data_dir, tmp_path):  # noqa: ANN001
    """The base's warning "a profiled chip has no ck:performance figure" on the built-in AMD
    Instinct MI350 goes when a user file gives it one, as in a ``--full`` build: the unit that
    supplies the chip decides the base's warnings about it (the incremental build, and the delta
    that takes the file out again)."""
    text = (
        "@prefix ck: <https://w3id.org/chipkg/ontology#> .\n"
        "@prefix chip: <https://w3id.org/chipkg/chip/> .\n@prefix fig: <https://w3id.org/chipkg/figure/> .\n"
        "@prefix src: <https://w3id.org/chipkg/source/> .\n@prefix qudt: <http://qudt.org/schema/qudt/> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "chip:amd-instinct-mi350 ck:performance fig:mi350-perf-x .\n"
        'fig:mi350-perf-x a ck:PerformanceFigure ; qudt:numericValue 10 ; qudt:unit ck:PetaFLOPS ; ck:statedUnit "PFLOPS" ;\n'
        "    ck:normalizedValue 1.0e16 ; ck:scope ck:PerChip ; ck:section src:x .\n"
        'src:x a ck:UserSource ; rdfs:label "x" ; ck:sourceURL <https://example.com/x> ;\n'
        '    <http://www.w3.org/ns/prov#generatedAtTime> "2026-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n'
    )
    before = build.build(notify=pytest.fail)
    answered = [w for w in before.warnings if "(chip:amd-instinct-mi350)" in w and "ck:performance" in w]
    assert answered
    for step in ("added", "removed"):
        if step == "added":
            (data_dir / "mi350.ttl").write_text(text, encoding="utf-8")
        else:
            (data_dir / "mi350.ttl").unlink()
        report = build.build(notify=pytest.fail)
        full = build.build(full=True, notify=pytest.fail, where=resources.Location(cache_dir=tmp_path / step))
        assert sorted(report.warnings) == sorted(full.warnings), step
        assert (answered[0] in report.warnings) == (step == "removed"), step
