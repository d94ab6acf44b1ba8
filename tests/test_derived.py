"""The facts computed at build time (chipkg.derived: each chip's largest and smallest figure of a
measure): an add that makes a new maximum changes ``rank-chips``' answer and a remove restores
it, whichever build path makes the change (a chip file of its own goes by chipkg.delta, a figure
added to a built-in chip by the ordinary incremental build), and the result is a ``--full``
build's, triple for triple."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_incremental_build import _copies, _store_triples

from chipkg import build, cache, resources
from chipkg.cli import cli

PREFIXES = """@prefix ck:    <https://w3id.org/chipkg/ontology#> .
@prefix chip:  <https://w3id.org/chipkg/chip/> .
@prefix org:   <https://w3id.org/chipkg/org/> .
@prefix node:  <https://w3id.org/chipkg/process-node/> .
@prefix fig:   <https://w3id.org/chipkg/figure/> .
@prefix src:   <https://w3id.org/chipkg/source/> .
@prefix sec:   <https://w3id.org/chipkg/section/> .
@prefix qudt:  <http://qudt.org/schema/qudt/> .
@prefix unit:  <http://qudt.org/vocab/unit/> .
@prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
"""

# A made-up chip of its own (not from the article) with more transistors than any chip the
# article names (the Cerebras CS-3's 4 trillion, line 139): a unit of its own, added by a delta.
GIANT = (
    PREFIXES
    + """
org:omega-silicon a ck:Organization, ck:ChipDesigner ;
    rdfs:label "Omega Silicon" ; ck:designs chip:omega-o1 ; ck:section src:omega .

chip:omega-o1 a ck:Chip, ck:ASIC, ck:AIAccelerator ;
    rdfs:label "Omega O1" ; ck:designedBy org:omega-silicon ; ck:processNode node:5nm ;
    ck:profiled false ; ck:section src:omega ;
    ck:transistorCount fig:omega-o1-transistors , fig:omega-o1-transistors-die .

fig:omega-o1-transistors a ck:Count ;
    qudt:numericValue 9.0 ; qudt:unit ck:TRILLION ; ck:statedUnit "trillion" ; ck:normalizedValue 9.0e12 ;
    ck:scope ck:PerChip ; ck:section src:omega .

fig:omega-o1-transistors-die a ck:Count ;
    qudt:numericValue 20.0 ; qudt:unit ck:TRILLION ; ck:statedUnit "trillion" ; ck:normalizedValue 2.0e13 ;
    ck:scope ck:PerDie ; ck:section src:omega .

src:omega a ck:UserSource ; rdfs:label "Omega (test fixture)" ;
    ck:sourceURL <https://example.org/omega/o1> .
"""
)

# A figure added to a built-in chip (data/groq.ttl), from a source of its own: a clock speed above
# any other chip's.
FAST_GROQ = (
    PREFIXES
    + """
chip:groq-lpu ck:clockSpeed fig:groq-lpu-clock-fast .

fig:groq-lpu-clock-fast a ck:Frequency ;
    qudt:numericValue 50 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ;
    ck:normalizedValue 5.0e10 ; ck:scope ck:PerChip ; ck:section src:fast .

src:fast a ck:UserSource ; rdfs:label "fast (test fixture)" ; ck:sourceURL <https://example.org/fast> ;
    <http://www.w3.org/ns/prov#generatedAtTime> "2026-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
"""
)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):  # noqa: ANN001
    directory = tmp_path / "user-data"
    directory.mkdir()
    monkeypatch.setenv("CHIPKG_DATA_DIR", str(directory))
    monkeypatch.setenv("CHIPKG_CACHE_DIR", str(tmp_path / "cache"))
    return directory


def _first(metric: str, order: str = "desc") -> tuple[str, str]:
    result = CliRunner().invoke(
        cli,
        ["query", "rank-chips", "--param", f"metric={metric}", "--param", f"order={order}", "--param", "n=1"]
        + ["--format", "json"],
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)["results"]["bindings"][0]
    return row["chip"]["value"], row["stated_figures"]["value"]


def _same_as_full(tmp_path) -> None:  # noqa: ANN001
    entry = cache.current_entry()
    got, got_copies = _store_triples(entry), _copies(entry)
    full_cache = resources.Location(cache_dir=tmp_path / "full-cache")
    build.build(full=True, notify=pytest.fail, where=full_cache)
    full_entry = cache.current_entry(full_cache)
    want, want_copies = _store_triples(full_entry), _copies(full_entry)
    assert got[0] ^ want[0] == set()
    assert got[1] == want[1]
    for mine, theirs in zip(got_copies, want_copies, strict=True):
        assert set(mine) == set(theirs)
    meta = json.loads(entry.meta.read_bytes())
    assert meta["inferred_triples"] == json.loads(full_entry.meta.read_bytes())["inferred_triples"]


def test_an_added_chip_with_a_new_maximum_leads_rank_chips_until_removed(data_dir, tmp_path):  # noqa: ANN001
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    before = _first("transistors")
    assert before[0] == "Cerebras CS-3"
    path = tmp_path / "omega.ttl"
    path.write_text(GIANT, encoding="utf-8")
    added = runner.invoke(cli, ["add", str(path)])
    assert added.exit_code == 0, added.output
    assert json.loads(cache.current_entry().meta.read_bytes()).get("delta"), "made by chipkg.delta"
    # the per-chip figure ranks, not the larger per-die one
    assert _first("transistors") == ("Omega O1", "https://w3id.org/chipkg/figure/omega-o1-transistors")
    _same_as_full(tmp_path)
    removed = runner.invoke(cli, ["remove", "omega"])
    assert removed.exit_code == 0, removed.output
    assert _first("transistors") == before
    _same_as_full(tmp_path)


def test_a_figure_added_to_a_built_in_chip_takes_its_maximum(data_dir, tmp_path):  # noqa: ANN001
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    before = _first("clock")
    assert before[0] != "Groq LPU"
    slowest = _first("clock", "asc")
    (data_dir / "fast-groq.ttl").write_text(FAST_GROQ, encoding="utf-8")
    assert runner.invoke(cli, ["build"]).exit_code == 0
    assert _first("clock") == ("Groq LPU", "https://w3id.org/chipkg/figure/groq-lpu-clock-fast")
    assert _first("clock", "asc") == slowest
    listed = runner.invoke(cli, ["query", "chips-by-clock", "--format", "json"])
    clocks = {
        row["chip"]["value"]: row["stated_figure"]["value"] for row in json.loads(listed.stdout)["results"]["bindings"]
    }
    assert clocks["Groq LPU"] == "https://w3id.org/chipkg/figure/groq-lpu-clock-fast"  # its largest only
    _same_as_full(tmp_path)
    (data_dir / "fast-groq.ttl").unlink()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    assert _first("clock") == before
    _same_as_full(tmp_path)


# A performance figure added to a built-in chip (data/groq.ttl): more INT8 operations per second
# than any chip the article names (the largest: d-Matrix Corsair C8, "up to 9600 TFLOPS", line 173).
HUGE_GROQ = (
    PREFIXES
    + """@prefix fmt:   <https://w3id.org/chipkg/format/> .

chip:groq-lpu ck:performance fig:groq-lpu-int8-huge .

fig:groq-lpu-int8-huge a ck:PerformanceFigure ;
    qudt:numericValue 50.0 ; qudt:unit ck:PetaOPS ; ck:statedUnit "PetaOPS" ;
    ck:normalizedValue 5.0e16 ; ck:scope ck:PerChip ; ck:precision fmt:int8 ;
    ck:section src:huge .

src:huge a ck:UserSource ; rdfs:label "huge (test fixture)" ; ck:sourceURL <https://example.org/huge> ;
    <http://www.w3.org/ns/prov#generatedAtTime> "2026-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
"""
)


def _top(extra: list[str]) -> tuple[str, str]:
    result = CliRunner().invoke(cli, ["query", "top-performance", "--param", "n=1", *extra, "--format", "json"])
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)["results"]["bindings"][0]
    return row["chip"]["value"], row["peak_figures"]["value"]


def test_top_performance_follows_a_new_largest_figure_until_removed(data_dir, tmp_path):  # noqa: ANN001
    """top-performance reads the computed largest figure (no precision) and a per-precision MAX
    (INT8): an added figure leads both, and its removal restores both."""
    runner = CliRunner()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    before = _top([]), _top(["--param", "precision=INT8"])
    assert before[0][0] != "Groq LPU"
    (data_dir / "huge-groq.ttl").write_text(HUGE_GROQ, encoding="utf-8")
    assert runner.invoke(cli, ["build"]).exit_code == 0
    huge = ("Groq LPU", "https://w3id.org/chipkg/figure/groq-lpu-int8-huge")
    assert _top([]) == huge
    assert _top(["--param", "precision=INT8"]) == huge
    _same_as_full(tmp_path)
    (data_dir / "huge-groq.ttl").unlink()
    assert runner.invoke(cli, ["build"]).exit_code == 0
    assert (_top([]), _top(["--param", "precision=INT8"])) == before
