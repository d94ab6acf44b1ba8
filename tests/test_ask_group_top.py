"""The group with the most chips: "which foundry makes the most chips?", "which node do the most
chips use?", "who designs the most inference chips?" are the top of the count per group (ties
kept, each with its count), computed here from the graph itself for every phrasing, not from a
table of answers. A verb of another relation, "the fewest", and "who makes" (designer or foundry)
are refused."""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

GROUPS = {
    "processNode": [
        "which process node hosts the most chips?",
        "which node do the most chips use?",
        "what node are the most chips built on?",
        "which node has the most chips on it?",
        "which process node is used by the most chips?",
        "Which process node hosts the most of the chips the article covers?",
    ],
    "manufacturedBy": [
        "which foundry makes the most chips?",
        "which foundry fabricates the most chips?",
        "who fabricates the most chips?",
        "which foundry produces the most chips?",
    ],
}

#: the designers' counts turn on the chips the article names only in passing or as baselines (AMD's
#: MI300 series and Ryzen 9000, Qualcomm's Snapdragon): refused unless "profiled" says which count
UNSCOPED = [
    "which company designs the most chips?",
    "which vendor has the most chips?",
    "who designs the most chips?",
    "which designer has the most chips in the article?",
]

NARROWED = [  # (question, group property, SPARQL condition on ?c)
    ("which foundry makes the most 7nm chips?", "manufacturedBy", "?c ck:processNode node:7nm ."),
    ("which node do the most inference chips use?", "processNode", "?c ck:workload wl:inference ."),
    ("who designs the most inference chips?", "designedBy", "?c ck:workload wl:inference ."),
    ("which company designs the most profiled chips?", "designedBy", "?c ck:profiled true ."),
    ("who designs the most profiled chips?", "designedBy", "?c ck:profiled true ."),
    ("which designer has the most profiled chips in the article?", "designedBy", "?c ck:profiled true ."),
]


@pytest.mark.parametrize("question", UNSCOPED)
def test_the_designers_counts_are_scoped_by_profiled(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "profiled chips"))


def _top(kg, prop: str, condition: str = "") -> set[tuple[str, int]]:  # noqa: ANN001
    rows = kg.rows(
        f"SELECT ?label (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a ck:Chip ; ck:{prop} ?g . {condition} "
        "?g rdfs:label ?label . } GROUP BY ?label"
    )
    most = max(r["n"] for r in rows)
    return {(r["label"], r["n"]) for r in rows if r["n"] == most}


def _answered(ask_json, question: str) -> set[tuple[str, int]]:  # noqa: ANN001
    code, stdout = ask_json(question)
    assert code == 0, stdout[:400]
    data = json.loads(stdout)
    assert data["head"]["vars"][:2] == ["group", "count"], data["head"]
    return {(b["group"]["value"], int(b["count"]["value"])) for b in data["results"]["bindings"]}


CASES = [(q, prop) for prop, qs in GROUPS.items() for q in qs]


@pytest.mark.parametrize(("question", "prop"), CASES, ids=[q for q, _ in CASES])
def test_the_group_with_the_most_chips_is_the_top_of_the_count_per_group(ask_json, kg, question, prop):  # noqa: ANN001
    assert _answered(ask_json, question) == _top(kg, prop)


@pytest.mark.parametrize(("question", "prop", "condition"), NARROWED, ids=[q for q, _, _ in NARROWED])
def test_the_chips_counted_may_be_narrowed(ask_json, kg, question, prop, condition):  # noqa: ANN001
    assert _answered(ask_json, question) == _top(kg, prop, condition)


def test_ties_are_kept_and_the_reading_says_what_was_counted(ask_json, kg):  # noqa: ANN001
    expected = _top(kg, "designedBy", "?c ck:profiled true .")
    assert len(expected) >= 2  # the article's designers tie at the top: every one is listed
    assert _answered(ask_json, "which company designs the most profiled chips?") == expected
    code, stdout = ask_json("which company designs the most profiled chips?")
    data = json.loads(stdout)
    assert "counted among the" in data["reading"] and "chips whose" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "which foundry designs the most chips?",  # a verb of another relation than the group's
        "who makes the most chips?",  # designer or foundry: not said
        "which node is used by the fewest chips?",  # groups with no chip would have to be counted
        "which foundry makes the fewest chips?",
    ],
)
def test_other_shapes_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_none_counted_is_an_absent_fact(ask_json):  # noqa: ANN001
    # the article names the foundry of no chip with HBM: said as absent (exit 1), not an empty table
    check(ask_json, "which foundry makes the most chips with hbm?", (REFUSE, "names no foundry"))
    check(ask_json, "how many chips with hbm per foundry?", (REFUSE, "names no foundry"))
