"""``chipkg ask``: the answer keeps the shape the question's own words ask for.

- A word asking for one figure ("how fast", "how much": words.tsv role ``value``) was dropped where
  the rest read as a list: "how fast is Google's ICI" listed the Google chips that have it (exit 0),
  and "how much is Cerebras's interconnect" named the links. Refused (parse.checks._asked_shape_kept);
  a link named of a chip keeps its bandwidth, a measure its figure.
- A word asking for a number ("how many") beside an order ("smallest first", "from finest to
  coarsest") was read as a ranking of every chip: refused; the count alone is answered.
- A relation word given no value in a count ("how many startup chips have a foundry") was dropped,
  counting every chip of the other conditions: refused, as the same word is where it is the only
  condition ("names no value"); a relation with its value keeps its count.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "how fast is Google's ICI",
        "how quick is Nvidia's chip-to-chip link?",
        "How fast is the chip-to-chip interconnect of Groq?",
        "how fast is Nvidia's NVLink",
        "how much is Cerebras's interconnect",
    ],
)
def test_a_figure_asked_is_never_a_list_of_names(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks for a figure"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how fast is Blackwell's NVLink", "1.8 TB/s, bidirectional"),
        ("how much HBM does Gaudi 3 have", 1),
        ("how fast is Gaudi 3's memory", 1),
    ],
)
def test_a_figure_of_a_named_chip_is_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how many distinct process nodes do the chips use, smallest first",
        "How many distinct process nodes are used, from the largest to the smallest?",
        "how many distinct nodes are used across the chips, finest first",
    ],
)
def test_a_count_read_as_a_ranking_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_a_count_without_an_order_is_still_answered(ask_json):  # noqa: ANN001
    check(ask_json, "how many distinct process nodes are used by the chips", "7")


@pytest.mark.parametrize(
    "question",
    [
        "Rank the Grayskull boards by Tensix core count, most first",
        "rank the Grayskull boards by the number of Tensix cores",
    ],
)
def test_a_ranking_by_a_count_measure_is_still_answered(ask_json, question):  # noqa: ANN001
    grayskulls = ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]
    check(ask_json, question, grayskulls)


@pytest.mark.parametrize(
    "question",
    [
        "how many chips from unicorn startups have a process node",
    ],
)
def test_a_relation_with_no_value_is_not_dropped_from_a_count(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names no value"))


# Since session 34 a relation said to be given ("named", "known", "stated") beside chips of a kind of
# organization is read as it is beside any chips (frames._some_value): "has a process node", kept in
# the count, not dropped; these two were refused as "names no value" before.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the SN40L, CS-3, Groq LPU, M2000 and Corsair C8 (l.131, 139, 151, 163, 173)
        ("how many startup chips have a known process node", "5"),
        # no hyperscaler's chip has a foundry named: refused as no chip that fits, the foundry kept
        ("Of the hyperscalers' chips, how many have a foundry named?", (REFUSE, "manufactured by a foundry")),
    ],
)
def test_a_relation_given_is_kept_in_a_count(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many chips are designed by a unicorn startup", "7"),
        ("how many chips does TSMC manufacture", "5"),
    ],
)
def test_a_count_whose_relation_has_its_value_is_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
