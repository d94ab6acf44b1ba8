"""Your own data: Turtle files in ``$CHIPKG_DATA_DIR`` are built on top of the project's data,
and a chip there is queryable and askable with no code change (tests/fixtures/user-data/: a
made-up vendor "Zeta-3 Silicon", with a digit and a hyphen in its name, and its chip "Zeta-3 Z100").

The vocabulary the ontology gives ``ask`` (hidden labels such as "cores") never becomes a name
that ``describe`` or name lookup finds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "user-data"


ZETA_FORMATS_HEDGED = """
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix note: <https://w3id.org/chipkg/note/> .
@prefix src:  <https://w3id.org/chipkg/source/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
note:zeta-3-z100-formats-hedge a ck:Note ;
    ck:about chip:zeta-3-z100 ; ck:noteKind ck:Hedge ; ck:hedgesProperty ck:supportsFormat ;
    rdfs:comment "INT8 is said of the first production run only." ;
    ck:section src:zeta-3 .
"""
# a "likely" figure of the chip, added once the chip is (a figure node of its own)
ZETA_POWER_LIKELY = """
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix src:  <https://w3id.org/chipkg/source/> .
@prefix fig:  <https://w3id.org/chipkg/figure/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
chip:zeta-3-z100 ck:power fig:zeta-3-z100-power .
fig:zeta-3-z100-power a ck:Power ;
    qudt:numericValue 60.0 ; qudt:unit unit:W ; ck:statedUnit "W" ;
    ck:normalizedValue 6.0e1 ; ck:scope ck:PerChip ; ck:qualifier ck:Uncertain ;
    ck:section src:zeta-3 .
"""

# a second LPU: "LPU" is the Groq LPU's alternative label and the class of LPUs, which now holds two
ZETA_LPU = """
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix org:  <https://w3id.org/chipkg/org/> .
@prefix mem:  <https://w3id.org/chipkg/memory-technology/> .
@prefix src:  <https://w3id.org/chipkg/source/> .
@prefix fig:  <https://w3id.org/chipkg/figure/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
chip:zeta-3-l1 a ck:Chip, ck:LPU ;
    rdfs:label "Zeta-3 L1" ; ck:designedBy org:zeta-3-silicon ; ck:profiled false ;
    ck:section src:zeta-3 ; ck:memory fig:zeta-3-l1-sram .
fig:zeta-3-l1-sram a ck:MemorySpec ;
    ck:memoryTechnology mem:sram ; ck:onChip true ; ck:capacity fig:zeta-3-l1-sram-capacity ;
    ck:scope ck:PerChip ; ck:section src:zeta-3 .
fig:zeta-3-l1-sram-capacity a ck:DataSize ;
    qudt:numericValue 256.0 ; qudt:unit unit:MegaBYTE ; ck:statedUnit "MB" ;
    ck:normalizedValue 2.56e8 ; ck:scope ck:PerChip ; ck:section src:zeta-3 .
"""

# a second clock of the Groq LPU from the user's source, which disagrees with the article's 1.2 GHz
ZETA_GROQ_CLOCK = """
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix src:  <https://w3id.org/chipkg/source/> .
@prefix fig:  <https://w3id.org/chipkg/figure/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
chip:groq-lpu ck:clockSpeed fig:zeta-3-groq-lpu-clock .
fig:zeta-3-groq-lpu-clock a ck:Frequency ;
    qudt:numericValue 1.0 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ;
    ck:normalizedValue 1.0e9 ; ck:scope ck:PerChip ; ck:section src:zeta-3 .
"""


@pytest.fixture(scope="module")
def user_chipkg(tmp_path_factory):  # noqa: ANN001
    cache = tmp_path_factory.mktemp("user-data-cache")
    data = tmp_path_factory.mktemp("user-data")
    env = {**os.environ, "CHIPKG_DATA_DIR": str(data), "CHIPKG_CACHE_DIR": str(cache)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", "from chipkg.cli import main; main()", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    # a hedge on the chip's formats in the article's own terms (not the graph's reading, ck:readingOnly)
    (data / "zeta-3-hedge.ttl").write_text(ZETA_FORMATS_HEDGED, encoding="utf-8")
    added = run("add", str(FIXTURES / "zeta-3.ttl"))  # a Turtle file, added (and built) by `chipkg add`
    assert added.returncode == 0, added.stderr
    assert (data / "zeta-3.ttl").is_file()
    (data / "zeta-3-power.ttl").write_text(ZETA_POWER_LIKELY, encoding="utf-8")
    (data / "zeta-3-lpu.ttl").write_text(ZETA_LPU, encoding="utf-8")
    (data / "zeta-3-groq-clock.ttl").write_text(ZETA_GROQ_CLOCK, encoding="utf-8")
    return run


def _first_column(stdout: str) -> list[str]:
    data = json.loads(stdout)
    var = data["head"]["vars"][0]
    return [b[var]["value"] for b in data["results"]["bindings"]]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips does Zeta-3 Silicon design?", ["Zeta-3 L1", "Zeta-3 Z100"]),  # a list
        ("how many chips are on 5nm?", ["3"]),  # a count: Gaudi 3, Maia 100 and the fixture
        ("which chip has the most SRAM?", ["Zeta-3 Z100"]),  # a superlative it wins (3 GB)
        ("zeta-3 z100 sram", ["3 GB, on-chip"]),  # a value
        ("which 5nm chips does zeta-3 silicon make", ["Zeta-3 Z100"]),
    ],
)
def test_a_users_chip_is_askable(user_chipkg, question, expected):  # noqa: ANN001
    done = user_chipkg("ask", question, "--format", "json")
    assert done.returncode == 0, done.stderr
    got = _first_column(done.stdout)
    assert [g.split(",")[0] for g in got] == [e.split(",")[0] for e in expected], got


def test_yes_no_about_a_users_chip(user_chipkg):  # noqa: ANN001
    # a yes/no's JSON carries its reading (the figures and hedges it rests on) beside the W3C boolean
    done = user_chipkg("ask", "Is the Zeta-3 Z100 built on 5nm?", "--format", "json")
    assert json.loads(done.stdout) == {"head": {}, "boolean": True, "reading": "yes/no: Zeta-3 Z100 · process node 5nm"}
    done = user_chipkg("ask", "Is the Zeta-3 Z100 built on 7nm?", "--format", "json")
    assert json.loads(done.stdout) == {
        "head": {},
        "boolean": False,
        "reading": "yes/no: Zeta-3 Z100 · process node 7nm",
    }


def test_users_chip_in_stored_queries_and_describe(user_chipkg):  # noqa: ANN001
    done = user_chipkg("query", "chips-by-node", "--param", "node=5nm", "--format", "csv")
    assert "Zeta-3 Z100" in done.stdout
    done = user_chipkg("describe", "Z100")
    assert done.returncode == 0 and "Zeta-3 Silicon" in done.stdout


def test_a_missing_user_data_dir_is_an_error(tmp_path):  # noqa: ANN001
    env = {**os.environ, "CHIPKG_DATA_DIR": str(tmp_path / "nowhere"), "CHIPKG_CACHE_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", "from chipkg.cli import main; main()", "ask", "7nm chips"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().startswith("Error: CHIPKG_DATA_DIR=") and "Traceback" not in done.stderr


def test_vocabulary_never_becomes_a_name(kg):  # noqa: ANN001
    """Every hidden label of the ontology's terms (ask's vocabulary) is unknown to name lookup."""
    from chipkg import lookup

    words = [
        r["w"]
        for r in kg.rows("SELECT DISTINCT ?w WHERE { ?t skos:hiddenLabel ?w FILTER STRSTARTS(STR(?t), STR(ck:)) }")
    ]
    assert len(words) > 150
    shown = {
        (r["t"], r["n"].lower())
        for r in kg.rows("SELECT ?t ?n WHERE { { ?t rdfs:label ?n } UNION { ?t skos:altLabel ?n } }")
    }
    leaked = [
        (w, c.iri)
        for w in words
        for c in lookup.candidates(kg.store, w)
        if (c.iri, w.lower()) not in shown  # its own label, or its IRI's local name ("SoC"):
        and c.iri.rsplit("#", 1)[-1].lower() != w.lower().replace(" ", "-")
    ]
    assert not leaked, leaked


def test_stated_outright_keeps_another_chips_hedge(user_chipkg):  # noqa: ANN001
    # "explicitly" leaves out NorthPole, whose INT8 is the graph's reading of a bit width; the
    # fixture chip's INT8 is hedged in the source's own terms: counted, and its hedge still said
    done = user_chipkg("ask", "how many chips explicitly support INT8?", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert _first_column(done.stdout) == ["3"]  # Groq LPU, Qualcomm Cloud AI 100 Ultra, Zeta-3 Z100
    reading = done.stderr
    assert "left out as the graph's reading, not the article's words: IBM NorthPole" in reading, reading
    assert "counted by a hedged fact: Zeta-3 Z100: INT8 is said of the first production run only." in reading
    assert "IBM NorthPole:" not in reading  # not counted, so not "counted by" its reading


@pytest.mark.parametrize(
    "question",
    [
        "how many chips does the article mention?",
        "According to the article, which chip has the most SRAM?",
        "Does the write-up say Zeta-3 Silicon designs the Z100?",
    ],
)
def test_the_article_named_beside_a_users_source_is_refused(user_chipkg, question):  # noqa: ANN001
    # what the article says is not told apart from the user's own sources: answered from both, the
    # article was said to mention the user's chip (red team 112); refused, the bare question answered
    done = user_chipkg("ask", question, "--format", "json")
    assert done.returncode == 1, done.stdout
    assert "the graph also holds your own sources" in done.stderr and "Traceback" not in done.stderr
    done = user_chipkg("ask", "which chip has the most SRAM?", "--format", "json")
    assert done.returncode == 0 and _first_column(done.stdout) == ["Zeta-3 Z100"]


@pytest.mark.parametrize(
    "question",
    [
        "Does the Zeta-3 Z100 draw more than 50 W?",
        "Does the Zeta-3 Z100 draw 60 W?",
        "Is the Z100's power under 100 W?",
    ],
)
def test_a_likely_figure_decides_no_range(user_chipkg, question):  # noqa: ANN001
    # "likely 60 W" is no stated 60 W: a yes/no on it was answered true (red team 112); refused now
    done = user_chipkg("ask", question, "--format", "json")
    assert done.returncode == 1 and "likely 60 W" in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which LPU has the most SRAM?", ["Zeta-3 L1"]),  # any LPU, not the Groq LPU's "LPU"
        ("how many LPUs are there?", ["2"]),
        ("Groq LPU sram", ["128 MB"]),
        ("Zeta-3 L1 sram", ["256 MB"]),
    ],
)
def test_a_kind_that_is_also_a_chips_name(user_chipkg, question, expected):  # noqa: ANN001
    done = user_chipkg("ask", question, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert [g.split(",")[0] for g in _first_column(done.stdout)] == expected


@pytest.mark.parametrize(
    "question", ["What is the LPU's SRAM?", "Does the LPU support INT8?", "lpu clock", "Is the LPU built on 7nm?"]
)
def test_a_name_that_is_also_a_kind_of_several_chips_is_refused(user_chipkg, question):  # noqa: ANN001
    # "the LPU" was the Groq LPU, and "which LPU has the most SRAM" answered it (128 MB) over the
    # user's own LPU (256 MB: red team 112); the name is ambiguous once the kind has two chips
    done = user_chipkg("ask", question, "--format", "json")
    assert done.returncode == 1, done.stdout
    assert "is also a kind of chip the graph holds more of (Zeta-3 L1)" in done.stderr, done.stderr


def test_figures_that_disagree_are_named_in_a_ranking(user_chipkg):  # noqa: ANN001
    # ranked by its highest clock (1.2 GHz) with nothing said of the user's 1 GHz (red team 112)
    done = user_chipkg("ask", "rank chips by clock", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "ranked by the highest of figures that disagree: Groq LPU (1.2 GHz; 1 GHz)" in done.stderr
    done = user_chipkg("ask", "which chip clocked under 1.3 GHz has the highest clock?", "--format", "json")
    assert done.returncode == 1 and "Groq LPU's figures for its clock speed disagree" in done.stderr, done.stdout
