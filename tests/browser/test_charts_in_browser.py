"""The charts render in a real browser: each SVG from chipkg.charts, served by a test-local server."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from chipkg import charts

from .conftest import LocalServer, Response


@pytest.mark.parametrize("name", sorted(charts.CHARTS))
def test_chart_renders(kg, offline, name: str) -> None:
    svg = charts.CHARTS[name].draw(kg.store)
    root = ET.fromstring(svg.encode())
    expected_markers = sum(
        1 for g in root.iter("{http://www.w3.org/2000/svg}g") if "marker" in g.get("class", "").split()
    )
    route = {f"/charts/{name}.svg": lambda _r: Response(200, "image/svg+xml; charset=utf-8", svg.encode())}
    with LocalServer({}, route) as server:
        size = {"width": int(root.get("width")), "height": int(root.get("height"))}
        page = offline.open(server, f"/charts/{name}.svg", viewport=size)
        drawn = page.locator("svg")
        box = drawn.bounding_box()
        assert box and box["width"] == float(root.get("width")) and box["height"] == float(root.get("height"))
        assert page.locator("g.marker").count() == expected_markers > 0
        assert page.locator("g.marker circle").count() == expected_markers
        # every text is laid out inside the chart: nothing cut off at an edge
        outside = page.evaluate("""() => {
            const svg = document.documentElement.getBoundingClientRect();
            return [...document.querySelectorAll('text')].filter(t => {
                const b = t.getBoundingClientRect();
                return b.width === 0 || b.left < svg.left - 0.5 || b.right > svg.right + 0.5
                    || b.top < svg.top - 0.5 || b.bottom > svg.bottom + 0.5;
            }).map(t => t.textContent);
        }""")
        assert outside == []
        shot = offline.screenshot(page, "chart")  # the viewport is the chart (full_page hangs on SVG documents)
        assert shot.stat().st_size > 10_000  # a drawn chart, not a blank page
