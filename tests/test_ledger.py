"""The ledger of every number in the article (tests/article_numbers.csv) against the graph.

One row per number: its line and section, the value and unit as written, and either the node
(and property) of the graph that holds it or the reason it is left out. The test below checks
every mapped row against the built graph, and that no number in the article lacks a row.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ARTICLE = HERE.parent.parent / "shared" / "sources" / "ai-chip-race.txt"
LEDGER = HERE / "article_numbers.csv"
ROWS = list(csv.DictReader(LEDGER.open(encoding="utf-8", newline="")))
MAPPED = [r for r in ROWS if r["target"]]
SECTION = "https://w3id.org/chipkg/section/"

#: The sections the ledger gives each figure: a figure the article states in two sections cites both.
SECTIONS_OF: dict[str, set[str]] = defaultdict(set)
for _row in MAPPED:
    if not _row["property"] and _row["section"]:
        SECTIONS_OF[_row["target"]].add(SECTION + _row["section"].split(":", 1)[1])


def test_ledger_columns_and_size():
    assert list(ROWS[0]) == ["line", "section", "value", "unit", "target", "property", "note"]
    assert len(ROWS) == 274
    assert len(MAPPED) == 159
    assert len(SECTIONS_OF) == 125  # figures; the other mapped rows hold a property of a named thing


@pytest.mark.skipif(not ARTICLE.exists(), reason="the article is outside the checkout")
def test_every_number_in_the_article_has_a_row():
    lines = ARTICLE.read_text(encoding="utf-8").splitlines()
    missing = {}
    for number, text in enumerate(lines, start=1):
        in_text = Counter(float(t.replace(",", "")) for t in re.findall(r"\d[\d,]*(?:\.\d+)?", text))
        in_ledger = Counter(float(r["value"]) for r in ROWS if int(r["line"]) == number)
        if in_text - in_ledger:
            missing[number] = dict(in_text - in_ledger)
    assert missing == {}


def test_rows_left_out_say_why():
    assert [r for r in ROWS if not r["target"] and not r["note"].strip()] == []


@pytest.mark.parametrize("row", MAPPED, ids=[f"{r['line']}:{r['value']}:{r['target']}" for r in MAPPED])
def test_mapped_row_holds_its_value(kg, row):
    prop = row["property"] or "qudt:numericValue"
    values = [r["v"] for r in kg.rows(f"SELECT ?v WHERE {{ {row['target']} {prop} ?v }}")]
    assert values, f"{row['target']} has no {prop}"
    assert any(math.isclose(float(v), float(row["value"]), rel_tol=1e-9) for v in values), values
    if not row["property"]:
        # a figure cites exactly the sections the ledger names for it: moving a figure to another
        # section, or citing one more, fails here
        assert row["section"], "a figure row names its section"
        sections = {r["s"] for r in kg.rows(f"SELECT ?s WHERE {{ {row['target']} ck:section ?s }}")}
        assert sections == SECTIONS_OF[row["target"]], sections
