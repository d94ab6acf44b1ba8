"""Your own data through the CLI: ``chipkg add`` (CSV and Turtle), ``--dry-run``, ``chipkg sources``,
``chipkg remove``; bad rows, hostile files, atomicity, and disagreeing sources shown side by side.

Every test works in a data directory and graph cache of its own (never the user's): a write
rebuilds the graph, so the writing steps share one module-scoped workspace and run in order in
``test_add_query_remove``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
HEADER = "chip,vendor,kind,process_node,foundry,memory,memory_type,memory_on_chip,performance,precision,power,clock,source_url"
FIG = "https://w3id.org/chipkg/figure/"
GOOD = "Zed Q1,Zeta Silicon,GPU,5nm,TSMC,80 GB,HBM3,,400 TFLOPS,BF16,up to 500 W,1.5 GHz,https://example.com/q1"


def readme_csv() -> str:
    """The CSV example of the README's "Adding your own chips" section."""
    section = README[README.index("### Adding your own chips") :]
    return re.search(r"```csv\n(.*?)```", section, re.S).group(1)  # type: ignore[union-attr]


class Workspace:
    def __init__(self, root: Path, run_chipkg) -> None:  # noqa: ANN001
        self.data = root / "data"
        self.data.mkdir()
        self.cache = root / "cache"
        self.cache.mkdir()
        self.inputs = root / "inputs"
        self.inputs.mkdir()
        self._run = run_chipkg

    def run(self, *args: str, **env: str):  # noqa: ANN201
        done = self._run(
            *args, env={"CHIPKG_DATA_DIR": str(self.data), "CHIPKG_CACHE_DIR": str(self.cache), **env}, text=True
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.inputs / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    def snapshot(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.data.iterdir())}


@pytest.fixture(scope="module")
def ws(tmp_path_factory, run_chipkg) -> Workspace:  # noqa: ANN001
    return Workspace(tmp_path_factory.mktemp("add"), run_chipkg)


def _json_rows(stdout: str) -> list[dict[str, str]]:
    data = json.loads(stdout)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# --------------------------------------------------------------------------- the life of a user source


def test_add_query_remove(ws: Workspace) -> None:
    example = ws.write("my-chips.csv", readme_csv())

    # --dry-run shows the triples and writes nothing
    before = ws.snapshot()
    dry = ws.run("add", str(example), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("# would add ")
    assert "# new chips: Zeta Z200" in dry.stdout and "# figures added to: Groq LPU, Zeta Z200" in dry.stdout
    assert "ck:PetaFLOPS" in dry.stdout and 'ck:statedUnit "PFLOPS"' in dry.stdout
    assert ws.snapshot() == before

    # the README's example adds
    added = ws.run("add", str(example))
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines()[0].startswith("added ") and "user source 'my-chips'" in added.stdout
    assert list(ws.snapshot()) == ["my-chips.ttl"]

    # the next query sees the new chip: describe, stored queries, ask; no code change
    described = ws.run("describe", "Zeta Z200", "--format", "json")
    assert described.returncode == 0, described.stderr
    desc = json.loads(described.stdout)
    assert desc["facts"]["designed by"] == ["Zeta Silicon"] and desc["facts"]["process node"] == ["5nm"]
    figures = {(f["property"], f["text"], f["source"]) for f in desc["figures"]}
    assert ("performance", "4 PFLOPS, FP8", "https://example.com/zeta/z200") in figures
    assert ("performance", "400 TOPS, INT8", "https://example.com/zeta/z200-brief") in figures
    assert ("power", "up to 700 W", "https://example.com/zeta/z200") in figures
    assert ("memory", "SRAM, on-chip, capacity over 100 MB", "https://example.com/zeta/z200") in figures
    power = next(f for f in desc["figures"] if f["property"] == "power")
    assert (power["value"], power["stated_unit"], power["normalized"], power["qualifier"]) == (
        700.0,
        "W",
        700.0,
        "upper bound",
    )

    node = ws.run("query", "chips-by-node", "--param", "node=5nm", "--format", "csv")
    assert "Zeta Z200" in node.stdout
    asked = ws.run("ask", "which chips does Zeta Silicon design?", "--format", "json")
    assert [r["chip"] for r in _json_rows(asked.stdout)] == ["Zeta Z200"], asked.stdout

    # two sources that disagree on the Groq LPU's clock: both kept, each with its source
    groq = ws.run("describe", "Groq LPU")
    figures_block = groq.stdout.split("\nFigures\n", 1)[1].split("\n\n", 1)[0]
    clocks = [line.split(None, 2)[2] for line in figures_block.splitlines() if line.strip().startswith("clock speed")]
    assert clocks == ["1 GHz  <https://example.com/groq-review>", "1.2 GHz  <https://wow.groq.com/why-groq/>"]
    assert (
        "  clock speed  1 GHz <https://example.com/groq-review> vs 1.2 GHz <https://wow.groq.com/why-groq/>"
        in (groq.stdout.split("Sources disagree (each figure kept with its source)\n", 1)[1])
    )
    groq_json = json.loads(ws.run("describe", "Groq LPU", "--format", "json").stdout)
    assert [(d["property"], sorted(d["figures"])) for d in groq_json["disagreements"]] == [
        ("clock speed", [FIG + "groq-lpu-clock", FIG + "groq-lpu-clock-my-chips"])
    ]
    assert desc["disagreements"] == []  # FP8 and INT8 performance are two figures, not a disagreement
    assert sorted((f["text"], f["source"]) for f in groq_json["figures"] if f["property"] == "clock speed") == [
        ("1 GHz", "https://example.com/groq-review"),
        ("1.2 GHz", "https://wow.groq.com/why-groq/"),
    ]
    provenance = ws.run("query", "figure-provenance", "--param", "chip=Groq LPU", "--format", "json")
    sources = sorted(r["source"] for r in _json_rows(provenance.stdout) if r["property"] == "clock speed")
    assert sources == ["https://example.com/groq-review", "https://wow.groq.com/why-groq/"]
    clock = ws.run("ask", "what is the clock speed of the Groq LPU?", "--format", "json")
    assert len(_json_rows(clock.stdout)) == 2, clock.stdout

    # a Turtle source that builds on the CSV's chip
    turtle = ws.write("extra.ttl", _TURTLE_EXTRA)
    more = ws.run("add", str(turtle))
    assert more.returncode == 0, more.stderr
    assert "figures added to: Zeta Z200" in more.stdout

    # sources: built-in files and the two user sources, with URLs, chips and triple counts
    listed = json.loads(ws.run("sources", "--format", "json").stdout)
    user = {s["name"]: s for s in listed if s["kind"] == "user"}
    assert set(user) == {"my-chips", "extra"}
    assert user["my-chips"]["source_urls"] == [
        "https://example.com/groq-review",
        "https://example.com/zeta/z200",
        "https://example.com/zeta/z200-brief",
    ]
    assert user["my-chips"]["chips"] == ["Groq LPU", "Zeta Z200"]
    assert user["my-chips"]["triples"] == len(_ntriples(ws, "my-chips.ttl")) and user["my-chips"]["added"]
    assert user["extra"]["chips"] == ["Zeta Z200"] and user["extra"]["source_urls"] == [
        "https://example.org/z200-review"
    ]
    builtin = {s["name"]: s for s in listed if s["kind"] == "built-in"}
    assert builtin["groq"]["chips"] == ["Groq LPU"] and builtin["groq"]["source_urls"] == [
        "https://wow.groq.com/why-groq/"
    ]
    table = ws.run("sources").stdout.splitlines()
    assert table[0].split()[:4] == ["SOURCE", "KIND", "TRIPLES", "CHIPS"]
    mine = next(line.split("  ") for line in table if line.startswith("my-chips "))
    cells = [c.strip() for c in mine if c.strip()]
    assert cells[1:3] == ["user", str(user["my-chips"]["triples"])] and cells[4] == user["my-chips"]["added"]
    assert cells[5] == "https://example.com/groq-review (+2)"

    # remove: a source another one builds on is refused, built-in data cannot go
    refused = ws.run("remove", "my-chips")
    assert refused.returncode == 1, refused.stderr
    assert refused.stderr.startswith("Error: user source 'extra' builds on chip:zeta-z200 from 'my-chips'")
    assert sorted(ws.snapshot()) == ["extra.ttl", "my-chips.ttl"]
    builtin_refused = ws.run("remove", "groq")
    assert builtin_refused.returncode == 2 and "built-in" in builtin_refused.stderr
    unknown = ws.run("remove", "nope")
    assert unknown.returncode == 2 and unknown.stderr.startswith("Error: no user source named 'nope'")

    assert ws.run("remove", "extra").returncode == 0
    gone = ws.run("remove", "my-chips")
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.startswith("removed user source 'my-chips'")
    assert ws.snapshot() == {}
    assert ws.run("describe", "Zeta Z200").returncode == 1
    groq_after = json.loads(ws.run("describe", "Groq LPU", "--format", "json").stdout)
    assert [f["text"] for f in groq_after["figures"] if f["property"] == "clock speed"] == ["1.2 GHz"]
    assert not [s for s in json.loads(ws.run("sources", "--format", "json").stdout) if s["kind"] == "user"]


_TURTLE_EXTRA = """\
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix fig:  <https://w3id.org/chipkg/figure/> .
@prefix src:  <https://w3id.org/chipkg/source/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

src:z200-review a ck:UserSource ; rdfs:label "Z200 review" ; ck:sourceURL <https://example.org/z200-review> .
chip:zeta-z200 ck:power fig:zeta-z200-power-review .
fig:zeta-z200-power-review a ck:Power ;
    qudt:numericValue 650 ; qudt:unit unit:W ; ck:statedUnit "W" ; ck:normalizedValue 6.5e2 ;
    ck:scope ck:PerChip ; ck:qualifier ck:Approximate ; ck:section src:z200-review .
"""


def _ntriples(ws: Workspace, name: str) -> list:
    import pyoxigraph as ox

    return list(ox.parse(path=str(ws.data / name), format=ox.RdfFormat.TURTLE))


# --------------------------------------------------------------------------- bad rows: one line, nothing written


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        (",Zeta,GPU,,,,,,,,,,https://e.com/a", "chip", "a chip name is required"),
        ("Zed,,GPU,,,,,,,,,,https://e.com/a", "vendor", "required for a new chip"),
        ("Zed,Zeta,,,,,,,,,,,https://e.com/a", "kind", "required for a new chip"),
        ("Zed,Zeta,Quantum,,,,,,,,,,https://e.com/a", "kind", "unknown kind 'Quantum'; expected one of"),
        ("Zed,Zeta,GPU,2nm,,,,,,,,,https://e.com/a", "process_node", "no process node of 2nm in the graph; known: 3nm"),
        ("Zed,Zeta,GPU,5 parsecs,,,,,,,,,https://e.com/a", "process_node", "unknown length unit 'parsecs'"),
        ("Zed,Zeta,GPU,,Nvidia,,,,,,,,https://e.com/a", "foundry", "'Nvidia' is in the graph but not as a foundry"),
        ("Zed,Zeta,GPU,,,12 Gb,HBM3,,,,,,https://e.com/a", "memory", "write it in B, MB, GB, TB"),
        ("Zed,Zeta,GPU,,,lots,HBM3,,,,,,https://e.com/a", "memory", "expected a number and a unit"),
        ("Zed,Zeta,GPU,,,12 GB,,,,,,,https://e.com/a", "memory_type", "required with memory"),
        ("Zed,Zeta,GPU,,,12 GB,HBM9,,,,,,https://e.com/a", "memory_type", "unknown memory technology 'HBM9'"),
        ("Zed,Zeta,GPU,,,12 GB,HBM3,maybe,,,,,https://e.com/a", "memory_on_chip", "expected yes or no"),
        ("Zed,Zeta,GPU,,,12 GB,DRAM,,,,,,https://e.com/a", "memory_on_chip", "required for DRAM"),
        ("Zed,Zeta,GPU,,,,,,400 GFLOPS,,,,https://e.com/a", "performance", "write it in TFLOPS, PFLOPS"),
        ("Zed,Zeta,GPU,,,,,,4 PFLOPS FP9,,,,https://e.com/a", "performance", "unknown precision 'FP9'"),
        ("Zed,Zeta,GPU,,,,,,4 PFLOPS FP8,INT8,,,https://e.com/a", "precision", "differs from the precision"),
        ("Zed,Zeta,GPU,,,,,,,INT8,,,https://e.com/a", "precision", "belongs to a performance figure"),
        ("Zed,Zeta,GPU,,,,,,,,0.7 kW,,https://e.com/a", "power", "write it in W"),
        ("Zed,Zeta,GPU,,,,,,,,-700 W,,https://e.com/a", "power", "expected a number and a unit"),
        ("Zed,Zeta,GPU,,,,,,,,700 W extra,,https://e.com/a", "power", "unexpected 'extra' after the unit"),
        ("Zed,Zeta,GPU,,,,,,,,,fast,https://e.com/a", "clock", "expected a number and a unit"),
        ("Zed,Zeta,GPU,,,,,,,,,1.2 parsecs,https://e.com/a", "clock", "unknown frequency unit"),
        ("Zed,Zeta,GPU,,,,,,,,,,", "source_url", "required"),
        ("Zed,Zeta,GPU,,,,,,,,,,ftp://e.com/a", "source_url", "expected an http(s) URL"),
        ("Zed,Zeta,GPU,,,,,,,,,,https://e.com/a b", "source_url", "expected an http(s) URL"),
        ("Groq LPU,,,5nm,,,,,,,,,https://e.com/a", "process_node", "not change its facts"),
        ("Groq LPU,Nvidia,,,,,,,,,,,https://e.com/a", "vendor", "not change its facts"),
        ('"=HYPERLINK(""http://x"")",Zeta,GPU,,,,,,,,,,https://e.com/a', "chip", "spreadsheet formula"),
        ("@SUM(A1),Zeta,GPU,,,,,,,,,,https://e.com/a", "chip", "spreadsheet formula"),
        ("Zed,+Zeta,GPU,,,,,,,,,,https://e.com/a", "vendor", "spreadsheet formula"),
        ("Zed,???,GPU,,,,,,,,,,https://e.com/a", "vendor", "no letters or digits"),
        ("???,Zeta,GPU,,,,,,,,,,https://e.com/a", "chip", "no letters or digits"),
        ('"Zed\tQ",Zeta,GPU,,,,,,,,,,https://e.com/a', "chip", "control characters"),
        ("Zed\u202eQ,Zeta,GPU,,,,,,,,,,https://e.com/a", "chip", "invisible formatting characters"),
        ("Zed,Ze\u200bta,GPU,,,,,,,,,,https://e.com/a", "vendor", "invisible formatting characters"),
        ("Zed L\u034fPU,Zeta,GPU,,,,,,,,,,https://e.com/a", "chip", "invisible formatting characters"),
        ("Zed\u00a0Q,Zeta,GPU,,,,,,,,,,https://e.com/a", "chip", "invisible formatting characters"),
        ("Zed,Zeta,GPU,,,,,,,,1e3 W,,https://e.com/a", "power", "without an exponent"),
        ("Zed,Zeta,GPU,,,,,,,,,1e400 GHz,https://e.com/a", "clock", "without an exponent"),
        ("Zed,Zeta,GPU,,,,,,,,7 XW,,https://e.com/a", "power", "unknown power unit 'XW' in '7 XW'; write it in W"),
    ],
)
def test_a_bad_row_is_one_line_and_nothing_is_written(ws: Workspace, row: str, column: str, expected: str) -> None:
    path = ws.write("bad.csv", f"{HEADER}\n{GOOD}\n{row}\n")
    before = ws.snapshot()
    done = ws.run("add", str(path))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: row 3, column {column}: "), lines
    assert expected in lines[0], lines[0]
    assert ws.snapshot() == before and done.stdout == ""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "empty: the first row names the columns"),
        ("chip,colour,source_url\n", "row 1, column 2: unknown column 'colour'"),
        ("chip,chip,source_url\n", "row 1: column 'chip' appears twice"),
        ("chip,vendor\nZed,Zeta\n", "row 1: the column 'source_url' is required"),
        (f"{HEADER}\n", "no rows after the header"),
        (f"{HEADER}\n{GOOD},extra\n", "row 2: 14 cells but 13 columns"),
        (f'{HEADER}\n"Zed,Zeta\n', "not CSV"),
    ],
)
def test_a_bad_csv_file_is_one_line(ws: Workspace, content: str, expected: str) -> None:
    done = ws.run("add", str(ws.write("file.csv", content)), "--dry-run")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert expected in done.stderr, done.stderr


def test_a_good_row_dry_run_is_valid_turtle(ws: Workspace) -> None:
    import pyoxigraph as ox

    done = ws.run("add", str(ws.write("q1.csv", f"{HEADER}\n{GOOD}\n")), "--dry-run")
    assert done.returncode == 0, done.stderr
    triples = list(ox.parse(done.stdout.encode(), format=ox.RdfFormat.TURTLE))
    by_pred = {
        (t.subject.value.rsplit("/", 1)[-1], t.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]): t.object.value
        for t in triples
    }
    assert by_pred[("zed-q1-power-q1", "numericValue")] == "500"
    assert by_pred[("zed-q1-power-q1", "qualifier")].endswith("#UpperBound")
    assert by_pred[("zed-q1-performance-q1", "unit")].endswith("unit/TeraFLOPS")
    assert by_pred[("zed-q1-performance-q1", "precision")].endswith("format/bf16")
    assert by_pred[("zed-q1-memory-q1", "onChip")] == "false"  # HBM: off-chip everywhere in the graph
    assert by_pred[("q1-1", "sourceURL")] == "https://example.com/q1"


# --------------------------------------------------------------------------- hostile files

_PREFIXES = """\
@prefix ck:   <https://w3id.org/chipkg/ontology#> .
@prefix chip: <https://w3id.org/chipkg/chip/> .
@prefix org:  <https://w3id.org/chipkg/org/> .
@prefix fig:  <https://w3id.org/chipkg/figure/> .
@prefix sec:  <https://w3id.org/chipkg/section/> .
@prefix src:  <https://w3id.org/chipkg/source/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
src:s a ck:UserSource ; rdfs:label "s" ; ck:sourceURL <https://example.com/s> .
"""
_CLOCK = (
    'a ck:Frequency ; qudt:numericValue 2.0 ; qudt:unit unit:GigaHZ ; ck:statedUnit "GHz" ; '
    "ck:normalizedValue {normalized} ; ck:scope ck:PerChip ; ck:section {section} ."
)


@pytest.mark.parametrize(
    ("body", "code", "expected"),
    [
        ("ck:Chip rdfs:subClassOf ck:Organization .", 2, "cannot make statements about ck:Chip"),
        ("ck:clockSpeed a owl:FunctionalProperty .", 2, "cannot make statements about ck:clockSpeed"),
        ("chip:groq-lpu owl:sameAs chip:amd-instinct-mi350 .", 2, "owl:sameAs is not a property of the ontology"),
        ("chip:new ck:desginedBy chip:x .", 2, "ck:desginedBy is not a property of the ontology"),
        ('chip:groq-lpu rdfs:label "Hacked" .', 2, "a user source can add figures to it"),
        ("sec:groq ck:sourceURL <https://evil.example/> .", 2, "cannot make statements about sec:groq"),
        ("fig:groq-lpu-clock qudt:numericValue 2.0 .", 2, "fig:groq-lpu-clock comes from"),
        ("chip:groq-lpu ck:clockSpeed fig:groq-lpu-int8-peak .", 2, "is not a new figure node of this file"),
        ("chip:groq-lpu ck:clockSpeed [ a ck:Frequency ] .", 2, "blank nodes are not accepted"),
        ('<https://w3id.org/chipkg/chip/my chip> rdfs:label "x" .', 2, "is not a valid IRI"),
        ('<http://example.org/x> rdfs:label "x" .', 2, "cannot make statements about http://example.org/x"),
        ("src:s ck:profiled true .", 2, "ck:profiled true is for the chips the article profiles"),
        ('src:s rdfs:label "Groq\u200b LPU" .', 2, "invisible formatting characters"),
        ('chip:zed a ck:Chip ; rdfs:label "Groq LPU" .', 2, "'Groq LPU' is the name of a built-in thing"),
        ("org:zed ck:designs chip:groq-lpu .", 2, "ck:designs has an inverse: a link to chip:groq-lpu"),
        ("chip:zed ck:successorOf chip:groq-lpu .", 2, "ck:successorOf has an inverse: a link to chip:groq-lpu"),
        ("chip:zed ck:alternativeTo chip:groq-lpu .", 2, "ck:alternativeTo has an inverse: a link to chip:groq-lpu"),
        (
            "chip:groq-lpu ck:clockSpeed fig:x . fig:x " + _CLOCK.format(normalized="2.0e9", section="sec:groq"),
            2,
            "ck:section must point to a ck:UserSource of this file",
        ),
        (
            "chip:groq-lpu ck:clockSpeed fig:x . fig:x " + _CLOCK.format(normalized="3.0e9", section="src:s"),
            1,
            "NormalizedValueConsistent",
        ),
    ],
    ids=[
        "subclass-ontology-class",
        "redefine-property",
        "same-as",
        "unknown-property",
        "relabel-builtin-chip",
        "rewrite-article-source",
        "change-builtin-figure",
        "link-builtin-figure",
        "blank-node",
        "iri-with-space",
        "foreign-namespace",
        "profiled-true",
        "zero-width-label",
        "name-of-a-built-in-chip",
        "inverse-onto-builtin-chip",
        "successor-of-builtin-chip",
        "symmetric-onto-builtin-chip",
        "cite-article-section",
        "inconsistent-normalized-value",
    ],
)
def test_a_turtle_file_may_not_redefine_the_model(ws: Workspace, body: str, code: int, expected: str) -> None:
    before = ws.snapshot()
    done = ws.run("add", str(ws.write("t.ttl", _PREFIXES + body + "\n")))
    assert done.returncode == code, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and expected in done.stderr, done.stderr
    assert ws.snapshot() == before  # a failed check or validation leaves the data directory untouched


def test_hostile_files(ws: Workspace) -> None:
    before = ws.snapshot()
    huge = ws.write("huge.csv", "chip,source_url\n" + "x,https://example.com/\n" * 300_000)
    done = ws.run("add", str(huge))
    assert done.returncode == 2 and "chipkg add takes files up to 5,000,000 bytes" in done.stderr
    latin = ws.write("latin.csv", "chip,source_url\nZ\xe9ta,https://example.com/\n".encode("latin-1"))
    done = ws.run("add", str(latin))
    assert done.returncode == 2 and done.stderr.startswith(f"Error: {latin}:2: not UTF-8"), done.stderr
    other = ws.write("chips.xlsx", "chip,source_url\n")
    assert "expected a .csv file" in ws.run("add", str(other)).stderr
    missing = ws.run("add", str(ws.inputs / "nowhere.csv"))
    assert missing.returncode == 2 and "No such file" in missing.stderr
    broken = ws.write("broken.ttl", "this is not turtle")
    done = ws.run("add", str(broken))
    assert done.returncode == 2 and "Turtle syntax error" in done.stderr
    for name in ("../escape", "Upper", "groq"):
        done = ws.run("add", str(ws.write("ok.csv", f"{HEADER}\n{GOOD}\n")), "--name", name, "--dry-run")
        assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, (name, done.stderr)
    assert ws.snapshot() == before


def test_the_default_data_directory_is_the_users(ws: Workspace, tmp_path: Path, run_chipkg) -> None:  # noqa: ANN001
    """Without CHIPKG_DATA_DIR, user data goes to the per-user data directory (here a temporary
    XDG_DATA_HOME, never the real one), created by the first add."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "CHIPKG_DATA_DIR"}
    env.update({"XDG_DATA_HOME": str(tmp_path), "CHIPKG_CACHE_DIR": str(ws.cache)})
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from chipkg.cli import main; main()",
            "add",
            str(ws.write("q1.csv", f"{HEADER}\n{GOOD}\n")),
            "--dry-run",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"({tmp_path / 'chipkg' / 'q1.ttl'})" in done.stdout.splitlines()[0]
    assert not (tmp_path / "chipkg").exists()  # a dry run creates nothing


def test_the_project_data_directory_is_never_a_user_data_directory(ws: Workspace, tmp_path: Path) -> None:
    """CHIPKG_DATA_DIR pointed at the project's own data, or at a copy of it (a wheel install
    cannot tell the checkout's data/ is the project's): `remove` deletes only files `chipkg add`
    wrote, never data/groq.ttl."""
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "data", copy)
    (copy / "mine.ttl").write_bytes((copy / "groq.ttl").read_bytes())  # not a built-in name, no ck:UserSource
    for directory, name in ((copy, "groq"), (copy, "mine"), (ROOT / "data", "groq")):
        done = ws.run("remove", name, CHIPKG_DATA_DIR=str(directory))
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert "built-in data" in done.stderr or "no ck:UserSource" in done.stderr, done.stderr
        assert (directory / f"{name}.ttl").is_file()


def test_the_same_figures_from_the_same_source_are_not_added_twice(ws: Workspace) -> None:
    # red team 120 D20: the same CSV under another --name doubled every figure
    row = "Zed D1,Zeta Silicon,GPU,5nm,TSMC,80 GB,HBM3,,400 TFLOPS,BF16,up to 500 W,1.5 GHz,https://example.com/d1"
    first = ws.run("add", str(ws.write("d1.csv", f"{HEADER}\n{row}\n")), "--name", "d1-a")
    assert first.returncode == 0, first.stderr
    try:
        before = ws.snapshot()
        again = ws.run("add", str(ws.write("d1.csv", f"{HEADER}\n{row}\n")), "--name", "d1-b")
        assert again.returncode == 2 and "already has this figure from https://example.com/d1" in again.stderr
        assert ws.snapshot() == before
        twice = f"{HEADER}\nGroq LPU,,,,,,,,,,,1 GHz,https://example.com/r\nGroq LPU,,,,,,,,,,,1 GHz,https://example.com/r\n"
        done = ws.run("add", str(ws.write("twice.csv", twice)), "--dry-run")
        assert done.returncode == 2 and "row 3, column clock" in done.stderr, done.stderr
        # the same figure from another page is a second source, kept beside the first
        other = row.replace("https://example.com/d1", "https://example.com/d1-review").replace(
            "Zed D1,Zeta Silicon,GPU,5nm,TSMC", "Zed D1,,,,"
        )
        assert ws.run("add", str(ws.write("d1r.csv", f"{HEADER}\n{other}\n")), "--dry-run").returncode == 0
    finally:
        assert ws.run("remove", "d1-a").returncode == 0
