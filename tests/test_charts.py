"""chipkg.charts: standalone SVG charts of the graph, drawn from the query path.

The expected chips of each chart come from SPARQL written here, independently of the chart's own
queries, so a chart that drops a chip, mixes FLOPS with OPS or loses a hedge fails.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from chipkg import charts
from chipkg.errors import UsageError

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')
    return ET.fromstring(svg.encode("utf-8"))


def classes(el: ET.Element) -> set[str]:
    return set(el.get("class", "").split())


def panel(root: ET.Element, name: str) -> ET.Element:
    found = [g for g in root.iter(SVG + "g") if f"panel-{name}" in classes(g)]
    assert len(found) == 1, name
    return found[0]


def markers(el: ET.Element) -> list[ET.Element]:
    return [g for g in el.iter(SVG + "g") if "marker" in classes(g)]


def texts(el: ET.Element, cls: str) -> list[str]:
    return [t.text or "" for t in el.iter(SVG + "text") if cls in classes(t)]


@pytest.fixture(scope="module")
def power_svg(kg) -> str:
    return charts.power_vs_performance(kg.store)


@pytest.fixture(scope="module")
def sram_svg(kg) -> str:
    return charts.sram_vs_node(kg.store)


# --------------------------------------------------------------------------- what the graph says

PER_CHIP_PERFORMANCE = """
SELECT ?chip ?unit WHERE {
  ?c a ck:Chip ; rdfs:label ?chip ; ck:performance ?f . ?f ck:statedUnit ?unit ; ck:normalizedValue ?v .
  FILTER NOT EXISTS { ?f ck:scope ?s FILTER (?s != ck:PerChip) }
}"""
POWER = """
SELECT DISTINCT ?chip WHERE {
  ?c a ck:Chip ; rdfs:label ?chip ; ck:power ?f . ?f ck:normalizedValue ?w .
  FILTER NOT EXISTS { ?f ck:scope ?s FILTER (?s NOT IN (ck:PerChip, ck:PerCard)) }
}"""


def chips_in(kg, family: str) -> set[str]:
    rows = kg.rows(PER_CHIP_PERFORMANCE)
    return {r["chip"] for r in rows if ("flop" in r["unit"].lower()) == (family == "FLOPS")}


# --------------------------------------------------------------------------- power vs performance


def test_power_chart_is_svg_with_axis_titles_in_units(power_svg: str) -> None:
    root = parse(power_svg)
    assert root.find(SVG + "title").text == "Power vs performance"
    assert set(texts(root, "y-title")) == {"Power per chip or card (W)"}
    (flops_title,) = texts(panel(root, "FLOPS"), "x-title")
    (ops_title,) = texts(panel(root, "OPS"), "x-title")
    assert "FLOPS" in flops_title and "(floating-point operations/s)" in flops_title
    assert "OPS" in ops_title and "FLOPS" not in ops_title and "(operations/s)" in ops_title


def test_flops_and_ops_never_share_an_axis(power_svg: str) -> None:
    """Each panel's x ticks are in its own unit only, in human units, on a log scale of decades."""
    root = parse(power_svg)
    flops_ticks = texts(panel(root, "FLOPS"), "x-tick")
    ops_ticks = texts(panel(root, "OPS"), "x-tick")
    assert flops_ticks and all(t.endswith(" FLOPS") or t.endswith("FLOPS") for t in flops_ticks), flops_ticks
    assert ops_ticks and all(t.endswith("OPS") and "FLOPS" not in t for t in ops_ticks), ops_ticks
    assert {"1 TFLOPS", "1 PFLOPS"} <= set(flops_ticks)  # the article's FLOPS span decades: log scale
    assert "1 POPS" in ops_ticks
    assert all(re.fullmatch(r"[\d.]+ (m|k)?W", t) for t in texts(root, "y-tick"))


def test_one_marker_per_chip_with_a_figure(kg, power_svg: str) -> None:
    root = parse(power_svg)
    for family in ("FLOPS", "OPS"):
        drawn = [m.get("data-chip") for m in markers(panel(root, family))]
        assert len(drawn) == len(set(drawn)), f"a chip drawn twice in {family}: {drawn}"
        assert set(drawn) == chips_in(kg, family), family
    with_power = {r["chip"] for r in kg.rows(POWER)}
    with_performance = chips_in(kg, "FLOPS") | chips_in(kg, "OPS")
    column = [m.get("data-chip") for m in markers(panel(root, "x-missing"))]
    assert sorted(column) == sorted(with_power - with_performance)
    assert column, "the article gives power without per-chip performance for some chips"
    # a chip with both figures is plotted in the panel, not in the "power not stated" strip
    plotted = {m.get("data-chip") for m in markers(panel(root, "OPS")) if m.get("data-where") == "plot"}
    assert plotted == with_power & chips_in(kg, "OPS") == {"Mythic M2000", "Qualcomm Cloud AI 100 Ultra"}


def test_hedged_figures_are_drawn_as_hedged(power_svg: str) -> None:
    """Mythic M2000: 'up to 35 TOPS' (an arrow towards less) and 'nominal about 4 W' (open marker);
    Qualcomm's 400 TOPS and 150 W are as stated (filled, no arrow)."""
    root = parse(power_svg)
    by_chip = {m.get("data-chip"): m for m in markers(panel(root, "OPS"))}
    mythic = by_chip["Mythic M2000"]
    assert mythic.find(SVG + "circle").get("fill") == "#ffffff"
    (arrow,) = [p for p in mythic.iter(SVG + "path") if "hedge-arrow" in classes(p)]
    x0, _y0, x1, _y1 = map(float, re.match(r"M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)", arrow.get("d")).groups())
    assert x1 < x0, "'up to' points towards smaller performance"
    assert "up to 35 TOPS" in mythic.find(SVG + "title").text
    qualcomm = by_chip["Qualcomm Cloud AI 100 Ultra"]
    assert qualcomm.get("data-hedged") == "false" and qualcomm.find(SVG + "circle").get("fill") != "#ffffff"
    assert not list(qualcomm.iter(SVG + "path"))
    assert by_chip["Groq LPU"].get("data-hedged") == "true"  # "up to 1 PetaOPS", in the strip


def test_each_chip_shows_its_largest_figure_of_the_family(power_svg: str) -> None:
    """IBM NorthPole states 200, 400 and 800 TOPS (INT8, INT4, INT2): the chart shows 800 TOPS;
    the Apple M4 is in both panels with its own figure in each (7.5 TFLOPS GPU, 38 TOPS NPU)."""
    root = parse(power_svg)
    tips = {(m.get("data-panel"), m.get("data-chip")): m.find(SVG + "title").text for m in markers(root)}
    assert tips[("OPS", "IBM NorthPole")].startswith("IBM NorthPole: 800 TOPS")
    assert "7.5 TFLOPS" in tips[("FLOPS", "Apple M4")] and "38 TOPS" in tips[("OPS", "Apple M4")]


def test_no_coordinate_is_nan_or_infinite(power_svg: str, sram_svg: str) -> None:
    for svg in (power_svg, sram_svg):
        root = parse(svg)
        width, height = float(root.get("width")), float(root.get("height"))
        for el in root.iter():
            for name in ("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "width", "height"):
                if el.get(name) is not None:
                    assert math.isfinite(float(el.get(name))), (el.tag, name, el.get(name))
        for circle in root.iter(SVG + "circle"):
            assert 0 <= float(circle.get("cx")) <= width and 0 <= float(circle.get("cy")) <= height
        assert not re.search(
            r"nan|inf",
            " ".join(
                f"{k}={v}"
                for el in root.iter()
                for k, v in el.attrib.items()
                if k in {"d", "transform", "cx", "cy", "x", "y"}
            ),
            re.I,
        )


def test_same_graph_same_bytes(kg, power_svg: str, sram_svg: str) -> None:
    assert charts.power_vs_performance(kg.store) == power_svg
    assert charts.sram_vs_node(kg.store) == sram_svg


# --------------------------------------------------------------------------- SRAM vs process node


def test_sram_chart(kg, sram_svg: str) -> None:
    root = parse(sram_svg)
    assert set(texts(root, "y-title")) == {"On-chip SRAM per chip (bytes)"}
    assert texts(root, "x-title") == ["Process node feature size (nm)"]
    assert all(t == "0" or t.endswith(" nm") for t in texts(root, "x-tick"))
    assert {"100 MB", "1 GB"} <= set(texts(root, "y-tick"))  # 96 MB to 2 GB: a log scale
    expected = {
        r["chip"]
        for r in kg.rows("""
        SELECT DISTINCT ?chip WHERE {
          ?c a ck:Chip ; rdfs:label ?chip ; ck:memory ?m .
          ?m ck:memoryTechnology/skos:broader* mem:sram ; ck:onChip true ; ck:capacity/ck:normalizedValue ?b .
          FILTER NOT EXISTS { ?m ck:scope ?s FILTER (?s != ck:PerChip) }
        }""")
    }
    drawn = [m.get("data-chip") for m in markers(root)]
    assert sorted(drawn) == sorted(expected) and "Groq LPU" in expected


# --------------------------------------------------------------------------- drawing units


def fake(label: str, x: float | None, y: float | None, **kw) -> charts.Point:
    return charts.Point(label, x, y, **kw)


def scatter(points: list[charts.Point], x_missing: list[charts.Point] = ()) -> charts.Scatter:
    return charts.Scatter(
        "T <&>",
        "sub",
        charts.Axis("Power (W)", "power"),
        [charts.Panel("OPS", charts.Axis("Performance (OPS/s)", "performance"), points)],
        list(x_missing),
        "performance not stated",
        "power not stated",
    )


def test_labels_are_escaped() -> None:
    nasty = '<script>alert("x")</script> & co'
    svg = charts.draw(scatter([fake(nasty, 1e12, 10.0, x_text='up to "1" <TOPS>')], [fake("a&b", None, 5.0)]))
    root = parse(svg)  # parses: nothing unescaped
    assert "<script" not in svg
    assert nasty in texts(root, "point-label") and "a&b" in texts(root, "point-label")
    assert root.find(SVG + "title").text == "T <&>"


def test_values_no_axis_can_place_are_named_not_drawn() -> None:
    svg = charts.draw(scatter([fake("Good", 1e12, 10.0), fake("Inf", math.inf, 10.0), fake("Zero", 1e13, 0.0)]))
    root = parse(svg)
    assert [m.get("data-chip") for m in markers(root)] == ["Good"]
    assert texts(root, "not-drawn") == ["Not drawn (value not positive and finite): Inf, Zero"]
    assert "nan" not in svg.lower() and 'inf"' not in svg.lower()


@pytest.mark.parametrize(
    "hedge, kinds",
    [
        (None, set()),
        ("up to", {"upper"}),
        ("over", {"lower"}),
        ("about", {"approximate"}),
        ("nominal about", {"approximate"}),
        ("likely", {"approximate"}),
    ],
)
def test_hedge_kinds(hedge, kinds) -> None:
    assert charts.hedge_kinds(hedge) == kinds


def test_scales() -> None:
    log = charts.scale_for([7.5e12, 9.6e15])
    assert log.log and (log.lo, log.hi) == (1e12, 1e16) and log.ticks == [1e12, 1e13, 1e14, 1e15, 1e16]
    under_a_decade = charts.scale_for([96e6, 256e6])
    assert not under_a_decade.log and under_a_decade.ticks[0] == 0 and under_a_decade.ticks[-1] >= 256e6
    assert charts.scale_for([5e-9, 12e-9]).log is False
    assert charts.scale_for([4.0, 150.0]).ticks == [1.0, 10.0, 100.0, 1000.0]
    assert charts.scale_for([3e-9, 40e-9]).ticks == [1e-9, 1e-8, 1e-7]
    assert charts.scale_for([10.0, 100.0]).ticks == [10.0, 20.0, 50.0, 100.0]  # one decade: 1-2-5 ticks


def test_registry_names_and_unknown_chart(kg) -> None:
    assert set(charts.CHARTS) == {"power-vs-performance", "sram-vs-node"}
    assert all(chart.title for chart in charts.CHARTS.values())
    assert charts.chart_svg("sram-vs-node", kg.store) == charts.sram_vs_node(kg.store)
    with pytest.raises(UsageError, match="unknown chart 'nope'"):
        charts.chart_svg("nope", kg.store)


def test_charts_stay_on_the_query_path(kg) -> None:
    """Importing and drawing a chart never imports rdflib (the query path's rule)."""
    import subprocess
    import sys

    code = (
        "import sys; from chipkg import charts; from chipkg.store import open_store; "
        "charts.power_vs_performance(open_store(notify=lambda m: None)); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'rdflib', 'owlrl', 'pyshacl'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --------------------------------------------------------------------------- any result: Result.plot, chipkg chart


@pytest.fixture(scope="module")
def every_chip(kg) -> list[str]:
    return [r["chip"] for r in kg.rows("SELECT ?chip WHERE { ?c a ck:Chip ; rdfs:label ?chip } ORDER BY ?chip")]


@pytest.fixture(scope="module")
def compared(kg, every_chip):  # noqa: ANN001
    import chipkg

    return chipkg.open().query("compare-chips", chips=every_chip)


def _qualified(value) -> bool:  # noqa: ANN001
    """A value drawn as hedged: a figure equal to the drawn number carries a qualifier."""
    if value is None or value != value:
        return False
    figures = [f for f in value.figures if float(f) == float(value)] or list(value.figures)
    return any(f.qualifier for f in figures)


def test_plot_marks_every_qualified_point_and_only_those(compared) -> None:  # noqa: ANN001
    hedged_in_all = []
    roots = {}
    for column in ("peak_flops", "peak_ops"):  # compare-chips: FLOPS and OPS are two columns
        root = roots[column] = parse(compared.plot(x=column, y="largest_memory_bytes"))
        drawn = markers(root)
        rows = [r for r in compared if r[column] is not None or r["largest_memory_bytes"] is not None]
        assert sorted(m.get("data-chip") for m in drawn) == sorted(r["chip"] for r in rows)  # one marker per chip
        hedged = [r["chip"] for r in rows if _qualified(r[column]) or _qualified(r["largest_memory_bytes"])]
        hedged_in_all += hedged
        assert sorted(m.get("data-chip") for m in drawn if m.get("data-hedged") == "true") == sorted(hedged)
    assert len(set(hedged_in_all)) >= 3  # Groq's "up to", d-Matrix's "up to", Mythic's "up to": the check has cases
    # FLOPS and OPS as the article states them, in separate panels; IBM NorthPole's 800 TOPS (INT2)
    # is drawn unhedged although its INT8 figure is "over 200 TOPS"
    flops_root, ops_root = roots["peak_flops"], roots["peak_ops"]
    flops = {m.get("data-chip") for m in markers(panel(flops_root, "FLOPS"))}
    ops = {m.get("data-chip") for m in markers(panel(ops_root, "OPS"))}
    assert {"Cerebras CS-3", "d-Matrix Corsair C8"} <= flops and {"Groq LPU", "Apple M4", "IBM NorthPole"} <= ops
    northpole = next(m for m in markers(ops_root) if m.get("data-chip") == "IBM NorthPole")
    assert northpole.get("data-hedged") == "false"
    # labelled axes with units, chip labels on the points
    assert any("largest memory (bytes)" in t for t in texts(ops_root, "y-title"))
    assert texts(panel(flops_root, "FLOPS"), "x-title") == ["peak (FLOPS as stated)"]
    assert texts(panel(ops_root, "OPS"), "x-title") == ["peak (OPS as stated)"]
    assert all(t.endswith("FLOPS") for t in texts(panel(flops_root, "FLOPS"), "x-tick"))
    assert not any("FLOPS" in t for t in texts(panel(ops_root, "OPS"), "x-tick"))
    assert "Groq LPU" in texts(ops_root, "point-label")


@pytest.mark.parametrize(
    ("values", "scale"),
    [([1.0, 101.0], "log"), ([3.0, 5000.0], "log"), ([2.0, 5.0], "linear"), ([40.0, 90.0], "linear")],
)
def test_log_scale_when_max_over_min_exceeds_100(values, scale) -> None:  # noqa: ANN001
    rows = [{"chip": f"chip {i}", "power_w": v, "clock_hz": v} for i, v in enumerate(values)]
    root = parse(charts.plot(rows, x="clock_hz", y="power_w"))
    (drawn,) = [g for g in root.iter(SVG + "g") if "panel-result" in classes(g)]
    assert drawn.get("data-x-scale") == scale and drawn.get("data-y-scale") == scale


def test_real_results_span_orders_of_magnitude_on_log_axes(compared) -> None:  # noqa: ANN001
    root = parse(compared.plot(x="peak_ops", y="largest_memory_bytes"))
    memory = [float(r["largest_memory_bytes"]) for r in compared if r["largest_memory_bytes"] is not None]
    assert max(memory) / min(memory) > 100
    assert panel(root, "OPS").get("data-y-scale") == "log"


def test_plot_refuses_what_it_cannot_draw_truthfully(compared) -> None:  # noqa: ANN001
    import chipkg

    top = chipkg.open().query("top-performance", n=50)  # its peak column ranks FLOPS and OPS figures together
    rows = [{"chip": r["chip"], "power_w": 1.0 + i, "peak_ops": r["peak_ops"]} for i, r in enumerate(top)]
    with pytest.raises(UsageError, match="mixes FLOPS and OPS"):
        charts.plot(rows, x="power_w", y="peak_ops")
    with pytest.raises(UsageError, match="not numbers"):
        compared.plot(x="vendor", y="power_w")
    with pytest.raises(UsageError, match="no column 'nope'"):
        compared.plot(x="nope", y="power_w")
    rows = [{"chip": "x", "peak_ops": 1e12, "power_w": 3.0}]  # a bare number: FLOPS or OPS?
    with pytest.raises(UsageError, match="does not say FLOPS or OPS"):
        charts.plot(rows, x="peak_ops", y="power_w")


def test_qualifier_columns_hedge_plain_numbers(kg) -> None:  # noqa: ANN001
    import chipkg

    result = chipkg.open().query("chips-by-bandwidth")
    root = parse(result.plot(x="bandwidth_bps", y="bandwidth_bps"))
    qualified = [r["chip"] for r in result if r["qualifier"]]
    assert len(qualified) >= 1
    assert sorted(m.get("data-chip") for m in markers(root) if m.get("data-hedged") == "true") == sorted(qualified)


def test_chart_command_writes_the_same_svg_as_the_web_and_the_api(kg, run_chipkg, tmp_path) -> None:  # noqa: ANN001
    import chipkg

    out = tmp_path / "sram.svg"
    done = run_chipkg("chart", "sram-vs-node", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == charts.sram_vs_node(kg.store) == chipkg.open().chart("sram-vs-node")
    done = run_chipkg("chart", "chips-by-bandwidth", "--x", "bandwidth_bps", "--y", "bandwidth_bps", text=True)
    assert done.returncode == 0 and len(markers(parse(done.stdout))) == 4, done.stderr
    done = run_chipkg("chart", "chips-by-bandwidth", "--x", "bandwidth_bps", text=True)
    assert done.returncode == 2 and done.stderr.startswith("Error: a query's chart needs --x COLUMN and --y")
    done = run_chipkg("chart", "sram-vs-node", "-o", str(tmp_path), text=True)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr


def test_chart_command_errors_say_what_is_wrong(kg, tmp_path) -> None:  # noqa: ANN001
    """Red team 120 D8: a query file was read as SPARQL text, an unknown name was told to give --x
    and --y, a ready-made chart with --x was "unknown", and a result of no rows had "columns: none"."""
    from click.testing import CliRunner

    from chipkg.cli import cli

    def run(*args: str):  # noqa: ANN202
        return CliRunner().invoke(cli, ["chart", *args])

    query = tmp_path / "cores.rq"
    query.write_text(
        "PREFIX ck: <https://w3id.org/chipkg/ontology#>\n"
        "SELECT ?chip ?n WHERE { ?c ck:computeUnits ?f ; rdfs:label ?chip . ?f ck:normalizedValue ?n }\n",
        encoding="utf-8",
    )
    done = run(str(query), "--x", "n", "--y", "n")
    assert done.exit_code == 0 and "<svg" in done.output and "n vs n" in done.output, done.output
    done = run("nosuch")
    assert done.exit_code == 2 and "unknown stored query 'nosuch'" in done.output
    done = run("power-vs-performance", "--x", "a", "--y", "b")
    assert done.exit_code == 2 and "power-vs-performance is a ready-made chart: it takes no --x, --y" in done.output
    done = run("chips-by-cores", "--x", "units_count", "--y", "units_count", "--param", "more_than=1e12")
    assert done.exit_code == 1 and "nothing to plot: the query answered no rows" in done.output, done.output
