"""The describe card has one layout (chipkg.describe.card) that both faces show: the text of
``chipkg describe`` and the server's entity page. A block present in one and missing from the
other was possible while each face laid the card out itself (the entity page never showed the
sources that disagree)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from chipkg import describe, render
from chipkg.describe import Description, Figure, Note, card
from chipkg.web import pages

FIG = "https://w3id.org/chipkg/figure/"


def _figure(name: str, text: str, normalized: float, source: str, qualifier: str | None = None) -> Figure:
    return Figure(
        FIG + name, "clock speed", text, normalized / 1e9, "GHz", normalized, qualifier, None, None, None, source
    )


def _disagreeing() -> Description:
    desc = Description("https://w3id.org/chipkg/chip/x1", "X1", ["Chip"], ["X-One"], None)
    desc.facts = {"designed by": ["Acme <Labs>"]}
    desc.links = {"Acme <Labs>": "https://w3id.org/chipkg/org/acme"}
    desc.figures = [
        _figure("x1-clock", "1 GHz", 1e9, "https://example.com/a?x=1&y=2"),
        _figure("x1-clock-user", "up to 1.2 GHz", 1.2e9, "https://example.com/b", "upper bound"),
    ]
    desc.disagreements = [("clock speed", [FIG + "x1-clock", FIG + "x1-clock-user"])]
    desc.notes = [Note("inconsistency", "two clocks are given", "https://w3id.org/chipkg/note/n1")]
    desc.sources = ["https://example.com/a?x=1&y=2"]
    return desc


def _html_text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_text_and_entity_page_show_the_same_blocks_and_cells():
    desc = _disagreeing()
    text = render.description(desc)
    html = pages.entity(desc, lambda iri: "/page?" + iri, "")
    sections = card(desc)
    assert [s.title for s in sections] == [
        "Facts",
        "Figures",
        "Sources disagree (each figure kept with its source)",
        "Referenced by" if desc.referenced_by else "Notes on the article",
        "Sources",
    ][: len(sections)]
    for section in sections:
        assert f"\n{section.title}\n" in text
        assert f"<h2>{section.title}</h2>" in html
    assert "  clock speed  1 GHz <https://example.com/a?x=1&y=2> vs up to 1.2 GHz <https://example.com/b>" in text
    assert "  clock speed  up to 1.2 GHz  [upper bound]  <https://example.com/b>" in text
    page = _html_text(html)
    assert "1 GHz  https://example.com/a?x=1&y=2  vs up to 1.2 GHz  https://example.com/b" in page
    assert '<span class="hedge">upper bound</span>' in html
    assert '<a href="/page?https://w3id.org/chipkg/org/acme">Acme &lt;Labs&gt;</a>' in html
    assert 'href="https://example.com/a?x=1&amp;y=2" rel="noopener noreferrer nofollow"' in html
    assert "<Labs>" not in html  # every value escaped


@pytest.mark.parametrize("name", ["Groq LPU", "Cerebras CS-3", "Nvidia", "TSMC", "HBM", "AMD Instinct MI350"])
def test_every_block_of_a_real_card_is_on_both_faces(kg, name):  # noqa: ANN001
    desc = describe.describe(kg.store, name)
    text = render.description(desc)
    page = _html_text(pages.entity(desc, lambda iri: iri, ""))
    sections = card(desc)
    assert sections
    for section in sections:
        assert f"\n{section.title}\n" in text and section.title in page
        for row in section.rows:
            for cell in row:
                for piece in cell:
                    assert piece.text in text and piece.text in page, (section.title, piece)
