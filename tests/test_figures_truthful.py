"""Every hedged, precision-bearing or FLOPS/OPS figure reads as the article states it, wherever it is shown.

The figures are not a hand list: a SPARQL query finds every node with a ck:qualifier, a ck:precision,
or a performance unit stated as FLOPS or OPS. For each, what the text must hold is read from the
graph (the number and unit as stated, the precision labels, the qualifiers, and the words a source
gives instead of a number, ck:statedMagnitude "thousands", before them) and checked in
chipkg.figures, in describe (table and JSON) of every entity that holds it, in compare-chips (table
and Markdown) for the columns that cover it, and in chip-profile for memories. "Shows all three" means:
the unit word as stated (800 TFLOPS stays FLOPS), every stated precision, and the hedge word of every
qualifier, read right before what it hedges ("up to 1 PetaOPS", "likely HBM3E").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, NamedTuple

import pytest
from click.testing import CliRunner

from chipkg import figures
from chipkg.cli import cli

CK = "https://w3id.org/chipkg/ontology#"
FIG = "https://w3id.org/chipkg/figure/"
# The hedge word of each qualifier (ontology/MODEL.md), written here, not taken from chipkg.figures.
HEDGES = {
    CK + "LowerBound": "over",
    CK + "UpperBound": "up to",
    CK + "Approximate": "about",
    CK + "Uncertain": "likely",
    CK + "Nominal": "nominal",
}
# A qualifier that says whose claim the figure is: said right after the figure's own text.
CLAIMS = {CK + "VendorClaim": "(vendor claim)"}
# compare-chips column -> (property holding the figure, scopes it covers; None = no scope stated,
# whether its stated unit says FLOPS: None = any)
COMPARE_COLUMNS = {
    "transistors": (CK + "transistorCount", {None, CK + "PerChip"}, None),
    "clock": (CK + "clockSpeed", {None, CK + "PerChip"}, None),
    "power": (CK + "power", {None, CK + "PerChip", CK + "PerCard"}, None),
    "peak_flops": (CK + "performance", {None, CK + "PerChip"}, True),
    "peak_ops": (CK + "performance", {None, CK + "PerChip"}, False),
}

EVERY_FIGURE = """
SELECT DISTINCT ?f WHERE {
  { ?f ck:qualifier ?q }
  UNION { ?f ck:precision ?p }
  UNION { ?f a ck:PerformanceFigure ; ck:statedUnit ?unit . FILTER (REGEX(STR(?unit), "ops$", "i")) }
  FILTER (STRSTARTS(STR(?f), STR(fig:)))
}
ORDER BY ?f
"""


class Expected(NamedTuple):
    iri: str
    core: str  # "1 PetaOPS" (number and unit as stated) or, without a number, the technology ("HBM3E")
    stated_unit: str | None
    hedges: list[str]  # hedge words that must read right before the core
    claims: list[str]  # "(vendor claim)": said after the core
    precisions: list[str]
    holders: list[tuple[str, str, str]]  # (entity shown by describe, property label, figure shown there)
    magnitude: str | None = None  # "thousands": the words the source gives instead of a number


def _stated_number(lexical: str) -> str:
    number = float(lexical)
    return f"{int(number):,}" if number == int(number) else f"{number:g}"


def _expected(kg: Any) -> list[Expected]:
    out = []
    for row in kg.rows(EVERY_FIGURE):
        f = row["f"]
        facts = kg.rows(f"""SELECT ?v ?unit ?tech WHERE {{
            OPTIONAL {{ <{f}> qudt:numericValue ?v }} OPTIONAL {{ <{f}> ck:statedUnit ?unit }}
            OPTIONAL {{ <{f}> ck:memoryTechnology|ck:interconnectTechnology ?t . ?t rdfs:label ?tech }} }}""")[0]
        lexical = kg.rows(f"SELECT (STR(?v) AS ?s) WHERE {{ <{f}> qudt:numericValue ?v }}")
        if lexical:
            core = f"{_stated_number(lexical[0]['s'])} {facts['unit']}"
        else:
            core = facts["tech"]
        qualifiers = [r["q"] for r in kg.rows(f"SELECT ?q WHERE {{ <{f}> ck:qualifier ?q }}")]
        hedges = [HEDGES[q] for q in qualifiers if q not in CLAIMS]
        claims = [CLAIMS[q] for q in qualifiers if q in CLAIMS]
        precisions = [r["l"] for r in kg.rows(f"SELECT ?l WHERE {{ <{f}> ck:precision/rdfs:label ?l }}")]
        magnitude = [r["m"] for r in kg.rows(f"SELECT ?m WHERE {{ <{f}> ck:statedMagnitude ?m }}")]
        # who shows it: an entity that holds it, or (a capacity, a bandwidth) the entity holding its holder
        holders = kg.rows(f"""SELECT DISTINCT ?e ?label ?shown WHERE {{
            {{ ?e ?p <{f}> . BIND (<{f}> AS ?shown) }}
            UNION {{ ?e ?p ?shown . ?shown ?inner <{f}> . FILTER (STRSTARTS(STR(?shown), STR(fig:))) }}
            FILTER (?p NOT IN (ck:about, ck:subject, ck:baseline) && !STRSTARTS(STR(?e), STR(fig:)))
            FILTER (?p NOT IN (ck:largestFigure, ck:smallestFigure))  # computed links (chipkg.derived), not holders
            FILTER (!STRSTARTS(STR(?e), STR(note:)))
            ?p rdfs:label ?label }} ORDER BY ?e ?label""")
        out.append(
            Expected(
                f,
                core,
                facts["unit"],
                hedges,
                claims,
                precisions,
                [(h["e"], h["label"], h["shown"]) for h in holders],
                magnitude[0] if magnitude else None,
            )
        )
    return out


@pytest.fixture(scope="module")
def every_figure(kg) -> list[Expected]:  # noqa: ANN001
    found = _expected(kg)
    iris = {e.iri for e in found}
    # the query finds them all, not a few: each kind of figure the issue names is in
    assert {
        FIG + "groq-lpu-int8-peak",
        FIG + "groq-lpu-transistors",
        FIG + "microsoft-maia-100-peak-performance",
        FIG + "cerebras-cs-3-mixed-precision",
        FIG + "amd-instinct-mi350-hbm",
        FIG + "mythic-m2000-power",
        FIG + "apple-m4-lpddr5x-bandwidth",
    } <= iris
    assert len(found) >= 40
    return found


@pytest.fixture(scope="module")
def cli_out(kg):  # noqa: ANN001 - kg builds the cache once per test run
    runner = CliRunner()
    cache: dict[tuple[str, ...], str] = {}

    def run(*args: str) -> str:
        if args not in cache:
            result = runner.invoke(cli, list(args), catch_exceptions=False)
            assert result.exit_code == 0, (args, result.output)
            cache[args] = result.stdout
        return cache[args]

    return run


def _problems(text: str, exp: Expected) -> list[str]:
    """What ``text`` (one figure's text, or the text of the memory holding it) fails to show."""
    found = []
    match = re.search(rf"(?<![\d,.]){re.escape(exp.core)}", text)
    if match is None:
        return [f"{exp.core!r} (the value and unit as stated) is missing"]
    lead = text[: match.start()].rsplit(", ", 1)[-1]  # the words right before the core: "up to ", "capacity up to "
    found += [f"hedge {w!r} is not right before {exp.core!r}" for w in exp.hedges if w not in lead]
    found += [f"claim {c!r} is not said after {exp.core!r}" for c in exp.claims if c not in text[match.end() :]]
    found += [f"precision {p!r} is missing" for p in exp.precisions if not re.search(rf"\b{re.escape(p)}\b", text)]
    if exp.magnitude and exp.magnitude not in text[: match.start()]:  # "thousands (over 1,000 GPUs)"
        found.append(f"the stated magnitude {exp.magnitude!r} is not said before {exp.core!r}")
    if exp.stated_unit and "flop" in exp.stated_unit.lower() and re.search(r"(?<![Ff][Ll])OPS\b", text):
        found.append("a FLOPS figure is shown with an OPS unit")
    return found


def _report(failures: dict[str, list[str]]) -> str:
    return "\n".join(f"{iri.removeprefix(FIG)}: {'; '.join(p)}" for iri, p in sorted(failures.items()))


def test_figure_text_and_fields(kg, every_figure):
    failures: dict[str, list[str]] = defaultdict(list)
    for exp in every_figure:
        fig = figures.figure(kg.store, exp.iri)
        failures[exp.iri] += _problems(fig.text, exp)
        if exp.stated_unit and fig.stated_unit != exp.stated_unit:
            failures[exp.iri].append(f"stated_unit {fig.stated_unit!r}")
        failures[exp.iri] += [f"hedge field lacks {w!r}" for w in exp.hedges if w not in (fig.hedge or "")]
        failures[exp.iri] += [f"precision field lacks {p!r}" for p in exp.precisions if p not in (fig.precision or "")]
    failures = {k: v for k, v in failures.items() if v}
    assert not failures, _report(failures)


def test_describe_table_and_json(kg, every_figure, cli_out):
    import json

    failures: dict[str, list[str]] = defaultdict(list)
    checked = 0
    for exp in every_figure:
        for entity, prop, shown in exp.holders:
            data = json.loads(cli_out("describe", entity, "--format", "json"))
            entries = [f for f in data["figures"] if f["iri"] == shown and f["property"] == prop]
            if not entries:
                failures[exp.iri].append(f"describe {entity} --format json does not list it under {prop!r}")
                continue
            entry = entries[0]
            failures[exp.iri] += [f"describe json: {p}" for p in _problems(entry["text"], exp)]
            if shown == exp.iri:
                failures[exp.iri] += [
                    f"describe json hedge lacks {w!r}" for w in exp.hedges if w not in (entry["hedge"] or "")
                ]
                failures[exp.iri] += [
                    f"describe json precision lacks {p!r}"
                    for p in exp.precisions
                    if p not in (entry["precision"] or "")
                ]
            block = cli_out("describe", entity).split("\nFigures\n", 1)[-1].split("\n\n", 1)[0].splitlines()
            if not any(line.startswith(f"  {prop} ") and entry["text"] in line for line in block):
                failures[exp.iri].append(f"describe {entity} (table) does not show {entry['text']!r} as {prop}")
            checked += 1
    failures = {k: v for k, v in failures.items() if v}
    assert not failures, _report(failures)
    # every figure an entity holds was checked, comparisons included (their subject holds them as
    # ck:claim, the inverse of ck:subject); no hedged or qualified figure is held by none
    assert checked >= sum(1 for exp in every_figure if exp.holders) >= 35
    unheld = {exp.iri for exp in every_figure if not exp.holders}
    assert unheld == set()
    claims = {r["f"] for r in kg.rows("SELECT ?f WHERE { ?f a ck:Comparison ; ck:qualifier ?q }")}
    assert claims and claims <= {exp.iri for exp in every_figure if exp.holders}


def _markdown_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    split = [[c.strip() for c in re.split(r"(?<!\\) \| ", line[2:-2])] for line in lines]
    return [dict(zip(split[0], row, strict=True)) for row in split[1:]]


def _segment(cell: str, exp: Expected) -> str | None:
    """The figure's own text inside a cell that may join several with '; '."""
    return next((part for part in cell.split("; ") if re.search(rf"(?<![\d,.]){re.escape(exp.core)}", part)), None)


def test_compare_chips(kg, every_figure, cli_out):
    chips = {r["c"]: r["l"] for r in kg.rows("SELECT ?c ?l WHERE { ?c a ck:Chip ; rdfs:label ?l }")}
    names = ",".join(sorted(chips.values()))
    table = cli_out("query", "compare-chips", "--param", f"chips={names}")
    md = {
        r["chip"]: r
        for r in _markdown_rows(cli_out("query", "compare-chips", "--param", f"chips={names}", "--format", "md"))
    }
    table_rows = {
        label: next(line for line in table.splitlines() if line.startswith(label + " ")) for label in chips.values()
    }
    failures: dict[str, list[str]] = defaultdict(list)
    checked = 0
    for exp in every_figure:
        scopes = {r["s"] for r in kg.rows(f"SELECT ?s WHERE {{ OPTIONAL {{ <{exp.iri}> ck:scope ?s }} }}")}
        for entity, _prop, shown in exp.holders:
            if entity not in chips:
                continue
            flops = "flop" in (exp.stated_unit or "").lower()
            columns = [
                col
                for col, (p, covered, in_flops) in COMPARE_COLUMNS.items()
                if shown == exp.iri
                and scopes <= covered
                and in_flops in (None, flops)
                and kg.ask(f"ASK {{ <{entity}> <{p}> <{exp.iri}> }}")
            ]
            if kg.ask(f"ASK {{ <{entity}> ck:memory <{shown}> }}"):
                columns.append("memory")
            for column in columns:
                segment = _segment(md[chips[entity]][column], exp)
                if segment is None:
                    failures[exp.iri].append(f"compare-chips {column} of {chips[entity]}: {exp.core!r} is missing")
                    continue
                failures[exp.iri] += [f"compare-chips {column}: {p}" for p in _problems(segment, exp)]
                if segment not in table_rows[chips[entity]]:
                    failures[exp.iri].append(f"compare-chips table row lacks {segment!r}")
                checked += 1
    failures = {k: v for k, v in failures.items() if v}
    assert not failures, _report(failures)
    assert checked >= 20


def test_chip_profile_memories(kg, every_figure, cli_out):
    failures: dict[str, list[str]] = defaultdict(list)
    checked = 0
    for exp in every_figure:
        for entity, _prop, shown in exp.holders:
            if not kg.ask(f"ASK {{ <{entity}> a ck:Chip ; ck:memory <{shown}> }}"):
                continue
            label = kg.rows(f"SELECT ?l WHERE {{ <{entity}> rdfs:label ?l }}")[0]["l"]
            for fmt in ("table", "md"):
                out = cli_out("query", "chip-profile", "--param", f"chip={label}", "--format", fmt)
                memories = [line for line in out.splitlines() if re.match(r"^(\| )?memory\b", line)]
                segment = next((m for m in memories if exp.core in m), None)
                if segment is None:
                    failures[exp.iri].append(f"chip-profile {label} ({fmt}) shows no memory with {exp.core!r}")
                    continue
                failures[exp.iri] += [f"chip-profile ({fmt}): {p}" for p in _problems(segment, exp)]
                checked += 1
    failures = {k: v for k, v in failures.items() if v}
    assert not failures, _report(failures)
    assert checked >= 2  # MI350's likely HBM3E, at least


def test_a_qualifier_added_to_the_ontology_is_written_with_no_code():
    """The words for hedges and claims live in the graph, on the qualifiers (ck:hedgeWord,
    ck:hedgeOrder, ck:attributionWord): a qualifier added there is written before the value at its
    place, one that attributes the figure after its text in parentheses (as ck:VendorClaim is), and
    one with no word of its own by its label, after the others. A store of the ontology and three
    figures."""
    import pyoxigraph as ox

    from chipkg.resources import ONTOLOGY_FILE

    store = ox.Store()
    store.load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
    added = f"""@prefix ck: <{CK}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix qudt: <http://qudt.org/schema/qudt/> .
        ck:Leaked a ck:Qualifier ; rdfs:label "leaked" ; ck:hedgeWord "leaked" ; ck:hedgeOrder 0 .
        ck:AnalystEstimate a ck:Qualifier ; rdfs:label "analyst estimate" ; ck:attributionWord "analyst estimate" .
        ck:Rumoured a ck:Qualifier ; rdfs:label "rumoured" .
        <{FIG}leaked> qudt:numericValue 700.0 ; ck:statedUnit "W" ; ck:qualifier ck:UpperBound, ck:Leaked .
        <{FIG}estimated> qudt:numericValue 9.0 ; ck:statedUnit "W" ; ck:qualifier ck:UpperBound, ck:AnalystEstimate .
        <{FIG}rumoured> qudt:numericValue 4.0 ; ck:statedUnit "W" ; ck:qualifier ck:Rumoured, ck:Approximate ."""
    store.load(added.encode(), format=ox.RdfFormat.TURTLE)
    leaked = figures.figure(store, FIG + "leaked")
    assert (leaked.text, leaked.hedge, leaked.qualifier) == (
        "leaked up to 700 W",
        "leaked up to",
        "leaked, upper bound",
    )
    estimated = figures.figure(store, FIG + "estimated")
    assert (estimated.text, estimated.hedge) == ("up to 9 W (analyst estimate)", "up to")
    assert figures.figure(store, FIG + "rumoured").text == "about rumoured 4 W"
    assert figures.hedge_words(store) == ["leaked", "likely", "nominal", "over", "up to", "about", "rumoured"]
    assert figures.claim_words(store) == ["analyst estimate", "vendor claim"]
