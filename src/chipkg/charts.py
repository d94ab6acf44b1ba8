"""Charts of the graph as standalone SVG: where people would rather look than read.

Each chart is a function ``(store) -> str`` (a complete SVG document) and is listed in ``CHARTS``
(name -> title and function), so the web server serves ``/charts/NAME.svg`` and the Python API
(``Graph.chart(NAME)``) and ``chipkg chart NAME`` hand out the same bytes. ``plot(rows, x, y)`` draws
any query result the same way (``Result.plot``, ``chipkg chart QUERY --x COL --y COL``). A chart
takes its data through the query path only: stored queries run by
``chipkg.sparql.run`` and figure nodes read by ``chipkg.figures`` (pyoxigraph; never rdflib), so a
chart shows what ``chipkg query`` shows, hedges included.

Drawing rules, each for a reason:
- One scale per unit: FLOPS and OPS are different claims (the article's TFLOPS are not its TOPS), so
  they get separate panels with their own axes, never one axis.
- A logarithmic axis when the values span a decade or more (so always past a factor of 100),
  ticked in human units (1 TFLOPS, 100 MB, 5 nm) from ``chipkg.units.humanize``; a linear one
  otherwise. Each panel says which in ``data-x-scale`` / ``data-y-scale`` ("log" or "linear").
- A hedged figure is drawn as hedged: "up to" gets an arrow towards smaller values (the value is at
  most this), "over" an arrow towards larger ones, "about", "nominal" and "likely" an open marker.
- A chip with only one of the two figures is not dropped: it sits in a "not stated" strip beside
  the axis that lacks it, so every chip with a figure has exactly one marker per panel.
- Same graph, same bytes: points are sorted by name, coordinates rounded to 0.01 px, no ids,
  dates or random numbers; text is XML-escaped (chip names come from data anyone can extend).

Why our own SVG and not matplotlib (or altair): the charts are a few hundred lines of plain SVG with
no dependency, byte-for-byte deterministic (matplotlib's SVG carries a date and random clip-path ids
unless configured), drawn in the query worker in milliseconds (importing matplotlib costs ~0.5 s and
~40 MB, in every web-server worker), and they follow the hedge rules above, which a plotting
library would need the same code for anyway. altair would need the Vega scripts vendored, or
vl-convert, to render offline. A notebook shows ``Svg`` inline (``_repr_svg_``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, NamedTuple

from chipkg.render import escape, quoteattr
from chipkg.units import humanize

# --------------------------------------------------------------------------- the data of a chart

UPPER, LOWER, APPROXIMATE = "upper", "lower", "approximate"


class Point(NamedTuple):
    """One chip in a chart. ``x`` or ``y`` is None when the chip has no such figure (then it goes to
    the "not stated" strip); the texts are the figures as the article states them (for tooltips)."""

    label: str
    x: float | None
    y: float | None
    x_text: str = ""
    y_text: str = ""
    x_hedge: frozenset[str] = frozenset()  # subset of {UPPER, LOWER, APPROXIMATE}
    y_hedge: frozenset[str] = frozenset()


class Axis(NamedTuple):
    title: str  # with its unit: "Power per chip or card (W)"
    dimension: str  # a chipkg.units dimension for the tick labels ("power", "flops", "datasize" ...)


class Panel(NamedTuple):
    """One plot area with its own x axis (the y axis is shared by all panels of a chart)."""

    name: str  # "FLOPS": the panel's SVG class, for tests and styling
    x: Axis
    points: list[Point]  # x is set on each; y may be None ("y not stated" strip)


class Scatter(NamedTuple):
    title: str
    subtitle: str
    y: Axis
    panels: list[Panel]
    x_missing: list[Point]  # chips with a y figure and none of the panels' x figures
    x_missing_label: str  # "performance not stated"
    y_missing_label: str  # "power not stated"


def hedge_kinds(hedge: str | None) -> frozenset[str]:
    """The hedge words of a figure (``Figure.hedge``: "up to", "over", "nominal about", "likely")
    as marker kinds: a bound gets an arrow, any other hedge an open marker."""
    if not hedge:
        return frozenset()
    kinds = set()
    rest = hedge
    if "up to" in rest:
        kinds.add(UPPER)
        rest = rest.replace("up to", "")
    if "over" in rest.split():
        kinds.add(LOWER)
        rest = " ".join(w for w in rest.split() if w != "over")
    if rest.strip():
        kinds.add(APPROXIMATE)
    return frozenset(kinds)


# --------------------------------------------------------------------------- data from the graph


def _stored_rows(store: Any, name: str, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """A stored query's rows as {variable: term}, through the same binder and runner as the CLI."""
    from chipkg import catalog, sparql

    stored = catalog.get(name)
    bound = catalog.bind(stored, params or {}, store)
    result = sparql.run(store, stored.sparql, bound.bindings, limit=bound.limit)
    return [dict(zip(result.variables, row, strict=True)) for row in result.rows]


def _value(term: Any) -> Any:
    return None if term is None else term.value


# Per-chip performance figures (no scope, or per chip): the scope rule of chips-by-performance,
# without its "largest figure only", because the chart keeps the largest FLOPS and OPS figures apart.
_PERFORMANCE_FIGURES = """
SELECT ?chip ?figure ?ops WHERE {
  ?c a ck:Chip ; rdfs:label ?chip ; ck:performance ?figure .
  ?figure ck:normalizedValue ?ops .
  FILTER NOT EXISTS { ?figure ck:scope ?s FILTER (?s != ck:PerChip) }
}
ORDER BY ?chip ?figure
"""


def performance_family(stated_unit: str | None) -> str:
    """'FLOPS' or 'OPS' as the article states the figure: the rule of the performance-per-watt query
    (FLOPS when the stated unit says flop, else OPS)."""
    return "FLOPS" if "flop" in (stated_unit or "").lower() else "OPS"


def power_performance_data(store: Any) -> Scatter:
    """Per-chip power (chips-by-power: the largest figure per chip or per card) against per-chip
    peak performance, the largest FLOPS figure and the largest OPS figure kept in separate panels."""
    from chipkg import sparql
    from chipkg.figures import Reader

    reader = Reader(store)
    power: dict[str, tuple[float, Any]] = {}
    for row in _stored_rows(store, "chips-by-power"):
        power.setdefault(row["chip"].value, (float(row["power_w"].value), reader.figure(row["stated_figure"].value)))

    best: dict[tuple[str, str], tuple[float, Any]] = {}  # (family, chip) -> largest figure
    result = sparql.run(store, _PERFORMANCE_FIGURES)
    for chip_term, figure_term, ops_term in result.rows:
        fig = reader.figure(figure_term.value)
        key = (performance_family(fig.stated_unit), chip_term.value)
        ops = float(ops_term.value)
        if key not in best or ops > best[key][0]:
            best[key] = (ops, fig)

    def point(chip: str, perf: tuple[float, Any] | None) -> Point:
        watts = power.get(chip)
        return Point(
            label=chip,
            x=perf[0] if perf else None,
            y=watts[0] if watts else None,
            x_text=perf[1].text if perf else "",
            y_text=watts[1].text if watts else "",
            x_hedge=hedge_kinds(perf[1].hedge) if perf else frozenset(),
            y_hedge=hedge_kinds(watts[1].hedge) if watts else frozenset(),
        )

    panels = []
    for family, title in (
        ("FLOPS", "Peak performance per chip, FLOPS (floating-point operations/s)"),
        ("OPS", "Peak performance per chip, OPS (operations/s)"),
    ):
        chips = sorted(chip for fam, chip in best if fam == family)
        panels.append(
            Panel(
                family,
                Axis(title, "flops" if family == "FLOPS" else "performance"),
                [point(chip, best[(family, chip)]) for chip in chips],
            )
        )
    with_performance = {chip for _fam, chip in best}
    return Scatter(
        title="Power vs performance",
        subtitle="Largest per-chip figure of each; power per chip or per card. FLOPS and OPS are kept apart.",
        y=Axis("Power per chip or card (W)", "power"),
        panels=panels,
        x_missing=[point(chip, None) for chip in sorted(power) if chip not in with_performance],
        x_missing_label="performance not stated",
        y_missing_label="power not stated",
    )


def sram_node_data(store: Any) -> Scatter:
    """Per-chip on-chip SRAM (chips-by-memory, SRAM on-chip, per chip) against the feature size of
    the chip's process node (chips-by-feature-size)."""
    from chipkg.figures import Reader

    reader = Reader(store)
    node: dict[str, tuple[float, str]] = {}
    for row in _stored_rows(store, "chips-by-feature-size"):
        node.setdefault(row["chip"].value, (float(row["feature_size_m"].value), row["process_node"].value))
    sram: dict[str, tuple[float, Any]] = {}
    for row in _stored_rows(store, "chips-by-memory", {"memory": "SRAM", "on_chip": "true"}):
        if row.get("capacity_bytes") is None:
            continue
        bytes_, fig = float(row["capacity_bytes"].value), reader.figure(row["stated_figure"].value)
        chip = row["chip"].value
        if chip not in sram or bytes_ > sram[chip][0]:
            sram[chip] = (bytes_, fig)

    def point(chip: str) -> Point:
        size, fig = sram[chip]
        where = node.get(chip)
        return Point(
            label=chip,
            x=where[0] if where else None,
            y=size,
            x_text=f"process node {where[1]}" if where else "",
            y_text=fig.text,
            y_hedge=hedge_kinds(fig.hedge),
        )

    return Scatter(
        title="On-chip SRAM vs process node",
        subtitle="SRAM stated per chip (not per core or per die); the process node's feature size.",
        y=Axis("On-chip SRAM per chip (bytes)", "datasize"),
        panels=[
            Panel(
                "node",
                Axis("Process node feature size (nm)", "length"),
                [point(chip) for chip in sorted(sram) if chip in node],
            )
        ],
        x_missing=[point(chip) for chip in sorted(sram) if chip not in node],
        x_missing_label="process node not stated",
        y_missing_label="",
    )


# --------------------------------------------------------------------------- scales


class Scale(NamedTuple):
    lo: float
    hi: float
    log: bool
    ticks: list[float]

    def fraction(self, value: float) -> float:
        """0 at ``lo``, 1 at ``hi``."""
        if self.log:
            return (math.log10(value) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        return (value - self.lo) / (self.hi - self.lo)


def scale_for(values: list[float | None] | list[float]) -> Scale:
    """A log scale over whole decades when the values span a decade or more (ticks at each decade,
    and at 2 and 5 times it when there are few decades), else a linear scale with round ticks."""
    placed = [v for v in values if v is not None and drawable(v)]
    if not placed:
        return Scale(1.0, 10.0, True, [1.0, 10.0])
    lo, hi = min(placed), max(placed)
    if hi >= 10 * lo:
        lo_exp, hi_exp = math.floor(math.log10(lo) + 1e-9), math.ceil(math.log10(hi) - 1e-9)
        steps = (1, 2, 5) if hi_exp - lo_exp <= 1 else (1,)
        ticks = [float(f"{m}e{e}") for e in range(lo_exp, hi_exp + 1) for m in steps]
        return Scale(10.0**lo_exp, 10.0**hi_exp, True, [t for t in ticks if 10.0**lo_exp <= t <= 10.0**hi_exp])
    # linear: from zero, up to a round number above the largest value
    top = hi * 1.1 if hi > 0 else 1.0
    step = 10.0 ** math.floor(math.log10(top / 5))
    for multiple in (1, 2, 5, 10):
        if top / (step * multiple) <= 6:
            step *= multiple
            break
    count = math.ceil(top / step)
    return Scale(0.0, count * step, False, [float(f"{i * step:.12g}") for i in range(count + 1)])


def drawable(value: float | None) -> bool:
    """A value a log or linear axis can place: finite and positive (user data may hold INF or 0)."""
    return value is not None and math.isfinite(value) and value > 0


# --------------------------------------------------------------------------- drawing

PLOT_W, PLOT_H = 340, 300  # one panel's plot area
STRIP = 34  # the "not stated" strip beside an axis
LEFT, TOP, GAP = 84, 92, 92  # margins: y tick labels and title; title block; between panels
LABEL_ROW = 13
COLOURS = {"FLOPS": "#1f77b4", "OPS": "#d62728", "node": "#2ca02c", "missing": "#7f7f7f"}
FONT = "font-family:sans-serif"  # the reader's own fonts: a chart never fetches one


def _n(value: float) -> str:
    """A coordinate: rounded to 0.01 px, no '-0', never NaN or inf (a bug here must fail loudly)."""
    if not math.isfinite(value):
        raise ValueError(f"non-finite chart coordinate {value!r}")
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class _Svg:
    """Accumulates SVG elements; attributes in the order given, every text escaped."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, tag: str, text: str | None = None, **attrs: Any) -> None:
        rendered = "".join(
            f" {k.rstrip('_').replace('_', '-')}={quoteattr(_attr(v))}" for k, v in attrs.items() if v is not None
        )
        self.parts.append(f"<{tag}{rendered}/>" if text is None else f"<{tag}{rendered}>{escape(text)}</{tag}>")

    def open(self, tag: str, **attrs: Any) -> None:
        rendered = "".join(
            f" {k.rstrip('_').replace('_', '-')}={quoteattr(_attr(v))}" for k, v in attrs.items() if v is not None
        )
        self.parts.append(f"<{tag}{rendered}>")

    def close(self, tag: str) -> None:
        self.parts.append(f"</{tag}>")


def _attr(value: Any) -> str:
    return _n(value) if isinstance(value, float) else str(value)


def draw(chart: Scatter) -> str:
    """The SVG document of a scatter chart (see the module docstring for the drawing rules)."""
    y_values = [p.y for panel in chart.panels for p in panel.points if p.y is not None]
    y_values += [p.y for p in chart.x_missing if p.y is not None]
    y_scale = scale_for(y_values)
    has_y_strip = any(p.y is None for panel in chart.panels for p in panel.points)
    strip_rows = {panel.name: _label_rows(panel, scale_for([p.x for p in panel.points])) for panel in chart.panels}
    rows_needed = max((max(r.values(), default=-1) + 1 for r in strip_rows.values()), default=0)
    strip_h = STRIP + LABEL_ROW * rows_needed if has_y_strip else 0
    x_axis_top = TOP + PLOT_H + strip_h
    width = max(LEFT + len(chart.panels) * (PLOT_W + GAP) + (STRIP + 190 if chart.x_missing else 0), 620)
    height = x_axis_top + 84
    svg = _Svg()
    svg.open(
        "svg",
        xmlns="http://www.w3.org/2000/svg",
        width=width,
        height=height,
        viewBox=f"0 0 {width} {height}",
        role="img",
        style=FONT,
    )
    svg.add("title", chart.title)
    svg.add("rect", x=0.0, y=0.0, width=width, height=height, fill="#ffffff")
    svg.add("text", chart.title, x=float(LEFT), y=26.0, font_size=18, font_weight="bold", class_="chart-title")
    svg.add("text", chart.subtitle, x=float(LEFT), y=46.0, font_size=12, fill="#444444")
    _legend(svg, float(LEFT), 66.0)
    left = float(LEFT)
    for panel in chart.panels:
        _panel(svg, chart, panel, left, y_scale, has_y_strip, strip_rows[panel.name], x_axis_top)
        left += PLOT_W + GAP
    if chart.x_missing:
        _x_missing_strip(svg, chart, left - GAP + 24, y_scale)
    skipped = [
        p.label
        for panel in chart.panels
        for p in panel.points
        if not drawable(p.x) or (p.y is not None and not drawable(p.y))
    ]
    if skipped:  # never silently: a value no axis can place is named under the chart
        svg.add(
            "text",
            "Not drawn (value not positive and finite): " + ", ".join(sorted(skipped)),
            x=float(LEFT),
            y=float(height - 8),
            font_size=11,
            fill="#a00000",
            class_="not-drawn",
        )
    svg.close("svg")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "\n".join(svg.parts) + "\n"


def _legend(svg: _Svg, x: float, y: float) -> None:
    svg.open("g", class_="legend", font_size=11)
    svg.add("circle", cx=x + 5, cy=y - 4, r=4.5, fill="#555555", stroke="#555555")
    svg.add("text", "as stated", x=x + 14, y=y)
    svg.add("circle", cx=x + 90, cy=y - 4, r=4.5, fill="#ffffff", stroke="#555555", stroke_width=1.5)
    svg.add("text", "about / nominal / likely", x=x + 99, y=y)
    _arrow(svg, x + 262, y - 4, -1, 0, "#555555")
    svg.add("text", "up to (at most)", x=x + 268, y=y)
    _arrow(svg, x + 366, y - 4, 1, 0, "#555555")
    svg.add("text", "over (at least)", x=x + 390, y=y)
    svg.close("g")


def _arrow(svg: _Svg, x: float, y: float, dx: int, dy: int, colour: str, length: float = 16.0) -> None:
    """An arrow from (x, y) in direction (dx, dy): the value lies that way (a bound, not a point)."""
    tx, ty = x + dx * length, y + dy * length
    head = 5.0
    # the two barbs, perpendicular to the shaft
    bx, by = tx - dx * head, ty - dy * head
    px, py = -dy * head * 0.7, dx * head * 0.7
    svg.add(
        "path",
        d=f"M{_n(x)} {_n(y)}L{_n(tx)} {_n(ty)}M{_n(bx + px)} {_n(by + py)}L{_n(tx)} {_n(ty)}"
        f"L{_n(bx - px)} {_n(by - py)}",
        stroke=colour,
        stroke_width=1.5,
        fill="none",
        class_="hedge-arrow",
    )


def _marker(svg: _Svg, panel: str, point: Point, cx: float, cy: float, colour: str, where: str = "plot") -> None:
    """One chip: a circle (open when a figure is approximate), arrows for bounds, a tooltip.
    ``where`` is "plot", or "strip" for a chip lacking one of the two figures."""
    hedges = point.x_hedge | point.y_hedge
    tooltip = "; ".join(t for t in (point.x_text, point.y_text) if t)
    svg.open(
        "g",
        class_="marker",
        data_chip=point.label,
        data_panel=panel,
        data_where=where,
        data_hedged="true" if hedges else "false",
    )
    svg.add("title", f"{point.label}: {tooltip}" if tooltip else point.label)
    for kinds, dx, dy in ((point.x_hedge, 1, 0), (point.y_hedge, 0, -1)):
        if UPPER in kinds:
            _arrow(svg, cx, cy, -dx, -dy, colour)
        if LOWER in kinds:
            _arrow(svg, cx, cy, dx, dy, colour)
    open_marker = APPROXIMATE in hedges
    svg.add(
        "circle",
        cx=cx,
        cy=cy,
        r=5.0,
        fill="#ffffff" if open_marker else colour,
        stroke=colour,
        stroke_width=2.0 if open_marker else 1.0,
    )
    svg.close("g")


def _label_rows(panel: Panel, x_scale: Scale) -> dict[str, int]:
    """The label row of each chip in the panel's "y not stated" strip: a label takes the first row
    where it overlaps no other label (deterministic: points in x order, then by name)."""
    rows: list[list[tuple[float, float]]] = []
    found: dict[str, int] = {}
    for point in _strip_points(panel):
        x = x_scale.fraction(point.x) * PLOT_W  # type: ignore[arg-type]
        extent = _strip_extent(point.label, x)
        for i, row in enumerate(rows):
            if all(extent[1] < a or extent[0] > b for a, b in row):
                row.append(extent)
                found[point.label] = i
                break
        else:
            rows.append([extent])
            found[point.label] = len(rows) - 1
    return found


def _strip_extent(label: str, x: float) -> tuple[float, float]:
    """A strip label's extent: starting at its marker, or ending there near the panel's right edge."""
    width = _text_width(label)
    return (x - 3, x + width + 3) if x + width <= PLOT_W else (x - width - 3, x + 3)


def _strip_points(panel: Panel) -> list[Point]:
    return sorted((p for p in panel.points if p.y is None and drawable(p.x)), key=lambda p: (p.x, p.label))


def _wrapped(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width`` px at ``size`` by a wide estimate of a sans-serif's
    characters (0.66 em); a word longer than the width stands on its own line."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1] + " " + word) * size * 0.66 <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _text_width(text: str, size: float = 11.0) -> float:
    """An estimate of a label's width in px (sans-serif averages ~0.56 em); enough to avoid overlaps."""
    return len(text) * size * 0.56


def _panel(
    svg: _Svg,
    chart: Scatter,
    panel: Panel,
    left: float,
    y_scale: Scale,
    has_y_strip: bool,
    rows: dict[str, int],
    x_axis_top: float,
) -> None:
    x_scale = scale_for([p.x for p in panel.points])
    colour = COLOURS.get(panel.name, "#333333")
    top, bottom = float(TOP), float(TOP + PLOT_H)
    svg.open(
        "g",
        class_=f"panel panel-{panel.name}",
        data_x_scale="log" if x_scale.log else "linear",
        data_y_scale="log" if y_scale.log else "linear",
    )
    svg.add("rect", x=left, y=top, width=PLOT_W, height=PLOT_H, fill="#fafafa", stroke="#999999")
    # y axis: grid, ticks, labels, title (each panel repeats the shared y ticks: they sit next to it)
    for tick in y_scale.ticks:
        y = bottom - y_scale.fraction(tick) * PLOT_H
        svg.add("line", x1=left, y1=y, x2=left + PLOT_W, y2=y, stroke="#e3e3e3")
        svg.add(
            "text",
            humanize(tick, chart.y.dimension),
            x=left - 6,
            y=y + 4,
            font_size=11,
            text_anchor="end",
            class_="tick y-tick",
        )
    svg.add(
        "text",
        chart.y.title,
        x=left - 62,
        y=(top + bottom) / 2,
        font_size=12,
        text_anchor="middle",
        transform=f"rotate(-90 {_n(left - 62)} {_n((top + bottom) / 2)})",
        class_="axis-title y-title",
    )
    # x axis below the plot and the strip
    for tick in x_scale.ticks:
        x = left + x_scale.fraction(tick) * PLOT_W
        svg.add("line", x1=x, y1=top, x2=x, y2=x_axis_top, stroke="#e3e3e3")
        svg.add(
            "text",
            humanize(tick, panel.x.dimension),
            x=x,
            y=x_axis_top + 16,
            font_size=11,
            text_anchor="middle",
            class_="tick x-tick",
        )
    svg.add("line", x1=left, y1=x_axis_top, x2=left + PLOT_W, y2=x_axis_top, stroke="#999999")
    svg.add(
        "text",
        panel.x.title,
        x=left + PLOT_W / 2,
        y=x_axis_top + 38,
        font_size=12,
        text_anchor="middle",
        class_="axis-title x-title",
    )
    if has_y_strip:
        svg.add("rect", x=left, y=bottom + 6, width=PLOT_W, height=x_axis_top - bottom - 10, fill="#f1f1f1")
        # in the left margin, on as many lines as it takes: a browser's sans-serif (DejaVu Sans on
        # Debian) may be wider than the estimate, so the estimate here is a wide one (0.66 em)
        for row, line in enumerate(_wrapped(chart.y_missing_label, LEFT - 12, size=10)):
            svg.add(
                "text",
                line,
                x=left - 6,
                y=bottom + 18 + 12 * row,
                font_size=10,
                text_anchor="end",
                fill="#555555",
                class_="strip-label",
            )
    # placed points, each label beside its marker where it overlaps no other label
    boxes: list[tuple[float, float, float, float]] = []
    for point in sorted(panel.points, key=lambda p: (-(p.y or 0), p.label)):
        if point.y is None or not (drawable(point.x) and drawable(point.y)):
            continue
        cx = left + x_scale.fraction(point.x) * PLOT_W  # type: ignore[arg-type]
        cy = bottom - y_scale.fraction(point.y) * PLOT_H  # type: ignore[arg-type]
        _marker(svg, panel.name, point, cx, cy, colour)
        x, y, anchor = _place_label(point.label, cx, cy, left, boxes)
        svg.add("text", point.label, x=x, y=y, font_size=11, text_anchor=anchor, class_="point-label")
    # the "y not stated" strip: markers in a line, labels in rows below with a leader
    strip_y = bottom + 18
    for point in _strip_points(panel):
        x = x_scale.fraction(point.x) * PLOT_W  # type: ignore[arg-type]
        label_y = strip_y + 16 + rows[point.label] * LABEL_ROW
        svg.add("line", x1=left + x, y1=strip_y, x2=left + x, y2=label_y - 9, stroke="#bbbbbb")
        _marker(svg, panel.name, point, left + x, strip_y, COLOURS["missing"], "strip")
        start, _end = _strip_extent(point.label, x)
        svg.add("text", point.label, x=left + start + 3, y=label_y, font_size=11, class_="point-label")
    svg.close("g")


def _place_label(
    label: str, cx: float, cy: float, left: float, boxes: list[tuple[float, float, float, float]]
) -> tuple[float, float, str]:
    """Where a marker's label goes: right of it (left of it near the panel's right edge), moved down
    or up a row at a time until it overlaps no label already placed; the box is added to ``boxes``."""
    width = _text_width(label)
    prefer_right = cx + 9 + width <= left + PLOT_W
    for offset in (0, LABEL_ROW, -LABEL_ROW, 2 * LABEL_ROW, -2 * LABEL_ROW, 3 * LABEL_ROW, -3 * LABEL_ROW):
        for right in (prefer_right, not prefer_right):
            x0 = cx + 9 if right else cx - 9 - width
            box = (x0, x0 + width, cy + offset - 8, cy + offset + 4)
            if not any(box[0] < b[1] and b[0] < box[1] and box[2] < b[3] and b[2] < box[3] for b in boxes):
                boxes.append(box)
                return (cx + 9 if right else cx - 9), cy + offset + 4, "start" if right else "end"
    boxes.append((cx + 9, cx + 9 + width, cy - 8, cy + 4))
    return cx + 9, cy + 4, "start"


def _x_missing_strip(svg: _Svg, chart: Scatter, left: float, y_scale: Scale) -> None:
    """Chips with a y figure only, in a column beside the last panel, at their y."""
    top, bottom = float(TOP), float(TOP + PLOT_H)
    x = left + STRIP / 2
    svg.open("g", class_="panel panel-x-missing")
    svg.add("rect", x=left, y=top, width=STRIP, height=PLOT_H, fill="#f1f1f1")
    svg.add("text", chart.x_missing_label, x=left, y=top - 8, font_size=10, fill="#555555", class_="strip-label")
    placed: list[float] = []
    for point in sorted(chart.x_missing, key=lambda p: (-(p.y or 0), p.label)):
        if not drawable(point.y):
            continue
        cy = bottom - y_scale.fraction(point.y) * PLOT_H  # type: ignore[arg-type]
        _marker(svg, "x-missing", point, x, cy, COLOURS["missing"], "strip")
        ly = cy + 4
        while any(abs(ly - p) < LABEL_ROW for p in placed):
            ly += LABEL_ROW
        placed.append(ly)
        svg.add("text", point.label, x=x + 10, y=ly, font_size=11, class_="point-label")
    svg.close("g")


# --------------------------------------------------------------------------- the registry


def power_vs_performance(store: Any) -> str:
    """Power (W) against per-chip peak performance, FLOPS and OPS in separate panels."""
    return draw(power_performance_data(store))


def sram_vs_node(store: Any) -> str:
    """On-chip SRAM per chip against the process node's feature size."""
    return draw(sram_node_data(store))


class Chart(NamedTuple):
    title: str
    draw: Callable[[Any], str]


CHARTS: dict[str, Chart] = {
    "power-vs-performance": Chart("Power vs performance", power_vs_performance),
    "sram-vs-node": Chart("On-chip SRAM vs process node", sram_vs_node),
}


def chart_svg(name: str, store: Any) -> str:
    """The SVG of the chart ``name``; an unknown name is a UsageError naming the known ones."""
    from chipkg.errors import UsageError

    if name not in CHARTS:
        raise UsageError(f"unknown chart {name!r} (charts: {', '.join(CHARTS)})")
    return CHARTS[name].draw(store)


# --------------------------------------------------------------------------- any query result


class Svg(str):
    """An SVG document: a ``str`` that a notebook shows as the picture (``_repr_svg_``) and that
    ``save(path)`` writes through chipkg.files (atomically, never half a file)."""

    def _repr_svg_(self) -> str:
        return str(self)

    def save(self, path: str) -> None:
        from chipkg import files

        files.write_file(path, self.encode("utf-8"))


_FAMILY_DIMENSIONS = {"performance", "flops"}
_FAMILY_TICKS = {"FLOPS": "flops", "OPS": "performance"}  # tick labels in TFLOPS, TOPS ...


def plot(
    rows: Any,
    x: str,
    y: str,
    label: str | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    columns: list[str] | None = None,
) -> Svg:
    """A scatter chart of column ``y`` against column ``x`` of ``rows`` (dicts, as a
    chipkg.results.Result gives them), drawn by the rules of this module.

    Axis titles carry the unit the column's name states (``sram_bytes`` -> bytes; ticks as
    "144 MB"). A point's hedge comes from its figure (a FigureValue), else from a ``<stem>_qualifier``
    column, else from the row's ``stated_figure`` when it is the same number, else from a
    ``qualifier`` column when the rows have only one column of decimal numbers. Performance
    figures are split by what the article states: FLOPS and OPS on the x axis get separate panels;
    on the y axis, or without their stated units, they are refused (never one axis). A row with
    no ``x`` goes to the "not stated" column, one with no ``y`` to the strip under its panel.
    ``label`` names the column that labels points (default: the first column of text).
    """
    from chipkg.errors import UsageError
    from chipkg.render import SUFFIX_DIMENSIONS, display_header

    rows = list(rows)
    columns = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    for name in (x, y):
        if name not in columns:
            raise UsageError(f"no column {name!r} to plot (columns: {', '.join(columns) or 'none'})")
    if not rows:
        from chipkg.errors import NoAnswer

        raise NoAnswer("nothing to plot: the query answered no rows")
    if label is None:
        label = next((c for c in columns if all(isinstance(r.get(c), str) for r in rows)), None)
    elif label not in columns:
        raise UsageError(f"no column {label!r} to label points (columns: {', '.join(columns)})")
    for name in (x, y):
        bad = next((r.get(name) for r in rows if not _numeric(r.get(name)) and r.get(name) is not None), None)
        if bad is not None:
            raise UsageError(f"column {name!r} holds {type(bad).__name__} values, not numbers: it cannot be an axis")

    def dimension(name: str) -> str:
        suffix = name.rsplit("_", 1)[-1].lower() if "_" in name else ""
        return SUFFIX_DIMENSIONS.get(suffix, "")

    def axis(name: str) -> Axis:
        from chipkg.units import DIMENSIONS

        dim = dimension(name)
        base = DIMENSIONS[dim].base if dim in DIMENSIONS else ""
        shown = display_header(name).replace("_", " ")
        return Axis(f"{shown} ({base})" if base else shown, dim)

    decimal_columns = [c for c in columns if any(isinstance(r.get(c), float) for r in rows)]

    def hedge(row: dict[str, Any], name: str) -> tuple[frozenset[str], str]:
        value: Any = row.get(name)
        if getattr(value, "stated", None) is not None:
            kinds = frozenset().union(*(hedge_kinds(f.hedge) for f in _drawn_figures(value)))
            return kinds, value.stated
        text = _shown(value, dimension(name))
        own = row.get(f"{display_header(name)}_qualifier")
        if own:
            return _qualifier_kinds(own), text
        stated: Any = row.get("stated_figure")
        if getattr(stated, "stated", None) is not None and _numeric(value) and float(stated) == float(value):
            return hedge_kinds(stated.hedge), stated.stated
        if row.get("qualifier") and decimal_columns == [name]:
            return _qualifier_kinds(row["qualifier"]), text
        return frozenset(), text

    def family(value: Any) -> str | None:
        """FLOPS or OPS as the drawn figure states it; None when no figure says, or they differ."""
        figures = _drawn_figures(value)
        families = {performance_family(f.unit) for f in figures if f.unit}
        return families.pop() if len(families) == 1 and all(f.unit for f in figures) else None

    split = dimension(x) in _FAMILY_DIMENSIONS
    for name in (x, y) if split or dimension(y) in _FAMILY_DIMENSIONS else ():
        if dimension(name) not in _FAMILY_DIMENSIONS:
            continue
        families = {family(r.get(name)) for r in rows if _present(r.get(name))}
        if None in families:
            raise UsageError(
                f"column {name!r} holds performance numbers whose stated unit does not say FLOPS or OPS: "
                "they are different claims and are never drawn on one axis"
            )
        if name == y and len(families) > 1:
            raise UsageError(f"column {name!r} mixes FLOPS and OPS figures: plot it on the x axis (one panel each)")

    points: dict[str, list[Point]] = {}
    x_missing: list[Point] = []
    for row in rows:
        xv, yv = row.get(x), row.get(y)
        if not _present(xv) and not _present(yv):
            continue
        x_hedge, x_text = hedge(row, x)
        y_hedge, y_text = hedge(row, y)
        point = Point(
            label=str(row.get(label) if label else "") or "?",
            x=float(xv) if _present(xv) else None,
            y=float(yv) if _present(yv) else None,
            x_text=x_text if _present(xv) else "",
            y_text=y_text if _present(yv) else "",
            x_hedge=x_hedge if _present(xv) else frozenset(),
            y_hedge=y_hedge if _present(yv) else frozenset(),
        )
        if point.x is None:
            x_missing.append(point)
        else:
            points.setdefault((family(xv) or "result") if split else "result", []).append(point)
    x_axis = axis(x)
    panels = [
        Panel(
            name,
            x_axis
            if name == "result"
            else Axis(f"{display_header(x).replace('_', ' ')} ({name} as stated)", _FAMILY_TICKS[name]),
            sorted(found, key=lambda p: (p.label, p.x or 0.0, p.y or 0.0)),
        )
        for name, found in sorted(points.items())
    ] or [Panel("result", x_axis, [])]
    shown_x, shown_y = display_header(x).replace("_", " "), display_header(y).replace("_", " ")
    return Svg(
        draw(
            Scatter(
                title=title or f"{shown_y} vs {shown_x}",
                subtitle=subtitle if subtitle is not None else f"{len(rows)} rows; hedged figures drawn as hedged.",
                y=axis(y),
                panels=panels,
                x_missing=sorted(x_missing, key=lambda p: (p.label, p.y or 0.0)),
                x_missing_label=f"{shown_x} not stated" if len(shown_x) <= 16 else "not stated",
                y_missing_label="not stated",  # beside the strip, where a column's name may not fit
            )
        )
    )


def result_chart(result: Any, x: str, y: str, label: str | None = None, title: str | None = None) -> Svg:
    """``Result.plot``: a SELECT result's rows drawn by ``plot``."""
    from chipkg.errors import UsageError

    if result.kind != "select":
        raise UsageError(f"only a SELECT result has columns to plot, not {result.kind.upper()}")
    return plot(result.rows, x, y, label=label, title=title, columns=list(result.columns))


def _drawn_figures(value: Any) -> tuple[Any, ...]:
    """The figures a plotted FigureValue stands for: of several (a chip's peaks in two precisions),
    those equal to the number drawn, whose hedge and unit the marker shows; () for a plain number."""
    figures = getattr(value, "figures", ())
    equal = tuple(f for f in figures if float(f) == float(value))
    return equal or figures


def _numeric(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _present(value: Any) -> bool:
    return _numeric(value) and not math.isnan(float(value))


def _shown(value: Any, dimension: str) -> str:
    return humanize(float(value), dimension) if _present(value) else ""


def _qualifier_kinds(labels: str) -> frozenset[str]:
    """Qualifier labels ("upper bound", "nominal, approximate") as marker kinds. A vendor's claim
    says who states the figure, not where its value lies: no marker of its own (its text says it).
    The labels are the qualifiers' rdfs:label as the query returned them (no store here)."""
    kinds = set()
    for name in str(labels).replace(";", ",").split(","):
        name = name.strip().lower()
        if name == "vendor claim":
            continue
        if name == "upper bound":
            kinds.add(UPPER)
        elif name == "lower bound":
            kinds.add(LOWER)
        elif name:
            kinds.add(APPROXIMATE)
    return frozenset(kinds)
