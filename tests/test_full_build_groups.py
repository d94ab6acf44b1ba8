"""``build --full`` of a large graph (chipkg.fullbuild: by independent file groups, in worker
processes) gives the store, the counts and the warnings of the whole-graph build, and fails on the
same violations with the same error, wherever the bad triple is.

The size threshold is lowered so that the project's data plus a few user files take the grouped
path, and the batch size so that every group is its own batch (files that belong together start
in different batches and are merged in a second pass).
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_incremental_build import _pool, _renamed_copy, _store_triples

from chipkg import build, cache, fullbuild
from chipkg.cli import cli

CHIP = "https://w3id.org/chipkg/chip/"
CK = "https://w3id.org/chipkg/ontology#"


def _files() -> dict[str, str]:
    """Two renamed Groq copies; the Zeta-3 fixture cut in two (the chip in one file, the section it
    cites with its source in another: the chain and the section's class need both); a file adding
    a figure to a built-in chip."""
    pool = _pool()
    text = pool["zeta-3.ttl"]
    cut = text.index("src:zeta-3 a ck:UserSource")
    prefixes = text[: text.index("org:zeta-3-silicon a")]
    return {
        "a-groq-copy-1.ttl": pool["groq-copy-1.ttl"],
        "b-zeta-chip.ttl": text[:cut],
        "c-groq-copy-2.ttl": pool["groq-copy-2.ttl"],
        "d-groq-lpu-additions.ttl": pool["groq-lpu-additions.ttl"],
        "e-zeta-section.ttl": prefixes + text[cut:],
    }


@pytest.fixture
def grouped(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setattr(fullbuild, "LARGE_BUILD_BYTES", 0)
    monkeypatch.setattr(fullbuild, "BATCH_BYTES", 1)
    # In the whole suite this process also runs the server fixtures' stderr readers, and
    # worker_count refuses to fork a process with other threads (a server's locks); those readers
    # hold no lock a build worker takes, so the workers are allowed here: without this the
    # two-worker cases ran with one worker (and the dying-worker test skipped) in the full run.
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    yield monkeypatch


def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, files: dict[str, str]) -> Path:
    data = tmp_path / "user-data"
    data.mkdir()
    for name, text in files.items():
        (data / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("CHIPKG_DATA_DIR", str(data))
    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(tmp_path / "cache"))
    return data


def _whole_graph(monkeypatch: pytest.MonkeyPatch, **kwargs) -> build.BuildReport:  # noqa: ANN003
    with monkeypatch.context() as whole:
        whole.setattr(fullbuild, "LARGE_BUILD_BYTES", 10**15)
        report = build.build(full=True, **kwargs)
    assert report.groups == 0
    return report


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[build.BuildReport, tuple[set[str], set[str]]]:
    """The whole-graph build (owlrl, one pySHACL run) of the project's data and the user files."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _environment(monkeypatch, tmp_path_factory.mktemp("reference"), _files())
        report = _whole_graph(monkeypatch, notify=pytest.fail)
        return report, _store_triples(cache.current_entry())


@pytest.mark.parametrize("workers", [1, 2])
def test_grouped_full_build_equals_the_whole_graph_build(grouped, tmp_path, reference, workers):  # noqa: ANN001
    grouped.setattr(fullbuild, "MAX_WORKERS", workers)
    _environment(grouped, tmp_path, _files())
    # notify=pytest.fail: no violation is seen on the way (the zeta chip's batch, without the file
    # holding its section, would show one if its first-pass result were kept), no fallback.
    report = build.build(full=True, notify=pytest.fail)
    want_report, want = reference
    assert report.groups == 4  # the two zeta files are one group
    assert report.workers == fullbuild.worker_count(workers)
    assert report.reasoner.startswith("reasonable (the default for") or not _have_reasonable()
    assert (report.asserted_triples, report.inferred_triples) == (
        want_report.asserted_triples,
        want_report.inferred_triples,
    )
    got = _store_triples(cache.current_entry())
    assert got[0] ^ want[0] == set()
    assert got[1] == want[1]
    assert report.warnings == want_report.warnings
    chain = f"<{CHIP}zeta-3-z100> <{CK}citesSource> <https://example.org/zeta-3/z100> ."
    inverse = f"<https://w3id.org/chipkg/org/groq> <{CK}designs> <{CHIP}groq-lpu-additions-next> ."
    assert {chain, inverse} <= got[0]


def _have_reasonable() -> bool:
    try:
        import reasonable  # noqa: F401
    except ImportError:
        return False
    return True


def _copies(count: int) -> dict[str, str]:
    return {
        f"copy-{n:02d}.ttl": _renamed_copy("groq.ttl", "groq-lpu", f"groq-lpu-copy-{n}", "Groq", f"Copy-{n} Groq")
        for n in range(1, count + 1)
    }


def _failing_builds(monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    runner = CliRunner()
    with monkeypatch.context() as whole:
        whole.setattr(fullbuild, "LARGE_BUILD_BYTES", 10**15)
        reference = runner.invoke(cli, ["build", "--full"])
    by_groups = runner.invoke(cli, ["build", "--full"])
    return reference, by_groups


def _failed_alike(reference, by_groups) -> None:  # noqa: ANN001
    """Exit 1, the same one-line error, no fallback notice: the batches found the violation."""
    assert reference.exit_code == 1, reference.output
    assert (by_groups.exit_code, by_groups.output) == (1, reference.output)
    assert not cache.current_entry().exists()


def test_a_violation_in_the_last_file_fails_the_grouped_build_with_the_same_error(grouped, tmp_path):  # noqa: ANN001
    files = _copies(8)
    # A chip made by a chip, not by a ck:Foundry (ck:manufacturedBy is not functional: no owl:sameAs).
    files["copy-08.ttl"] += f"<{CHIP}groq-lpu-copy-8> <{CK}manufacturedBy> <{CHIP}groq-lpu-copy-8> .\n"
    _environment(grouped, tmp_path, files)
    reference, by_groups = _failing_builds(grouped)
    _failed_alike(reference, by_groups)
    assert "Copy-8 Groq" in reference.output and "ck:Foundry" in reference.output  # type: ignore[attr-defined]


def test_a_violation_that_needs_two_files_fails_the_grouped_build(grouped, tmp_path):  # noqa: ANN001
    """Each file alone conforms; together the copy has two labels (exactly one allowed). The files
    start in different batches: only their second pass, as one group, sees the violation."""
    files = _copies(3)
    files["z-second-label.ttl"] = f'<{CHIP}groq-lpu-copy-1> <http://www.w3.org/2000/01/rdf-schema#label> "Other" .\n'
    _environment(grouped, tmp_path, files)
    reference, by_groups = _failing_builds(grouped)
    _failed_alike(reference, by_groups)
    assert "exactly one rdfs:label" in reference.output  # type: ignore[attr-defined]


def test_the_build_prints_the_reasoner_and_why(grouped, tmp_path):  # noqa: ANN001
    _environment(grouped, tmp_path, _copies(1))
    runner = CliRunner()
    chosen = runner.invoke(cli, ["build", "--full", "--reasoner", "owlrl"])
    assert chosen.exit_code == 0, chosen.output
    assert "reasoner: owlrl\n" in chosen.output and "file groups: 1," in chosen.output
    grouped.setattr(fullbuild, "LARGE_BUILD_BYTES", 10**15)
    small = runner.invoke(cli, ["build", "--full"])
    assert small.exit_code == 0, small.output
    assert re.search(
        r"^reasoner: owlrl \(the default for [0-9.]+ MB of data files, under [^)]+ MB\)$", small.output, re.M
    )
    assert "file groups" not in small.output


_PARENT: list[int] = []


def _dies_in_a_worker(batch, user):  # noqa: ANN001, ANN202
    if os.getpid() != _PARENT[0]:
        os._exit(9)  # as the out-of-memory killer would
    return _RUN_BATCH(batch, user)


_RUN_BATCH = fullbuild._run_batch


def test_a_worker_that_dies_leaves_its_files_to_the_build_process(grouped, tmp_path):  # noqa: ANN001
    if fullbuild.worker_count(2) < 2:
        pytest.skip("worker processes cannot run here (one CPU, no fork, or other threads)")
    _environment(grouped, tmp_path, _copies(2))
    grouped.setattr(fullbuild, "_run_batch", _dies_in_a_worker)
    grouped.setattr(sys.modules[__name__], "_PARENT", [os.getpid()])
    said: list[str] = []
    report = build.build(full=True, notify=said.append)
    assert said == ["chipkg: a build worker process died; building its files in this process instead"]
    assert report.groups == 2 and cache.current_entry().is_complete()


SCHEMA = (
    "@prefix ck: <https://w3id.org/chipkg/ontology#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    'ck:UserKind a owl:Class ; rdfs:subClassOf ck:Chip ; rdfs:label "user kind" .\n'
)


@pytest.mark.parametrize("full", [True, False])
def test_a_file_stating_schema_makes_one_whole_graph_build_of_a_large_graph(grouped, tmp_path, full):  # noqa: ANN001
    """Said once, whether the groups (--full) or the units (incremental) find it first; the whole of a
    large graph is reasoned by owlrl unless asked otherwise (reasonable's memory grows faster)."""
    _environment(grouped, tmp_path, {**_copies(1), "schema.ttl": SCHEMA})
    said: list[str] = []
    report = build.build(full=full, notify=said.append)
    assert len(said) == 1 and "building the whole graph at once" in said[0] and "schema" in said[0], said
    assert report.groups == 0 and report.units == 0
    assert report.reasoner == "owlrl (the default for the whole of a large graph at once)" or not _have_reasonable()


def test_the_next_add_changes_a_grouped_full_build_by_one_file(grouped, tmp_path):  # noqa: ANN001
    """``build --full`` by groups leaves its groups' results in the unit cache and the record of
    its units in the entry (the groups are the incremental build's units, over the same base):
    the next added file, and the next removed one, are deltas that reason one file or none, and
    the store is still the whole-graph build's, triple for triple."""
    import json

    from chipkg import resources

    data = _environment(grouped, tmp_path, _files())
    build.build(full=True, notify=pytest.fail)
    (data / "f-groq-copy-3.ttl").write_text(
        _renamed_copy("groq.ttl", "groq-lpu", "groq-lpu-copy-3", "Groq", "Copy-3 Groq"), encoding="utf-8"
    )
    for change in ("added", "removed"):
        if change == "removed":
            (data / "a-groq-copy-1.ttl").unlink()
        report = build.build(notify=pytest.fail)
        meta = json.loads(cache.current_entry().meta.read_bytes())
        assert meta.get("delta") == 1, change
        assert report.reasoned == (1 if change == "added" else 0), change
        got = _store_triples(cache.current_entry())
        whole_cache = resources.Location(cache_dir=tmp_path / f"whole-{change}")
        with grouped.context() as whole:
            whole.setattr(fullbuild, "LARGE_BUILD_BYTES", 10**15)
            full = build.build(full=True, notify=pytest.fail, where=whole_cache)
        assert got == _store_triples(cache.current_entry(whole_cache)), change
        assert (report.asserted_triples, report.inferred_triples) == (full.asserted_triples, full.inferred_triples)
        assert sorted(report.warnings) == sorted(full.warnings), change
