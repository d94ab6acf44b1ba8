"""Value answers carry their provenance: the `source` cell of a relation answer (designer,
foundry, process node) is the chip's cited sources, as a figure answer's is its section's URL."""

from __future__ import annotations

import json

import pytest

RELATIONS = {  # property -> how a user asks for it of one chip
    "designedBy": "who designs the {}?",
    "manufacturedBy": "which foundry makes the {}?",
    "processNode": "what process node is the {} on?",
}


@pytest.fixture(scope="module")
def stated(kg):  # noqa: ANN001
    """(property, chip label) -> the chip's cited source URLs, for every chip that states it."""
    out = {}
    for prop in RELATIONS:
        rows = kg.rows(
            f"SELECT ?label (GROUP_CONCAT(DISTINCT STR(?s); separator=' ') AS ?sources) WHERE {{ "
            f"?c a ck:Chip ; ck:{prop} ?o ; rdfs:label ?label ; ck:citesSource ?s . }} GROUP BY ?label"
        )
        for row in rows:
            out[(prop, row["label"])] = set(row["sources"].split())
    return out


def test_every_answered_relation_value_names_its_sources(ask_json, stated):  # noqa: ANN001
    answered = 0
    for (prop, label), sources in sorted(stated.items()):
        code, stdout = ask_json(RELATIONS[prop].format(label))
        if code != 0:
            continue
        bindings = json.loads(stdout)["results"]["bindings"]
        assert bindings, (prop, label)
        for b in bindings:
            cell = b.get("source", {}).get("value", "")
            assert cell, (prop, label, b)
            assert set(cell.split()) == sources, (prop, label, cell)
        answered += 1
    assert answered >= 0.8 * len(stated), (answered, len(stated))


def test_a_figure_answer_names_its_section_source(ask_json):  # noqa: ANN001
    code, stdout = ask_json("groq lpu sram")
    assert code == 0
    [b] = json.loads(stdout)["results"]["bindings"]
    assert b["source"]["value"].startswith("https://")
