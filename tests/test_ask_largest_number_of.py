"""``chipkg ask``: "the largest number of <things>" is a count per group, never a figure.

"Which process node is used by the largest number of profiled chips?" printed the Mythic M2000's
40 nm with exit 0: "profiled" between "number of" and "chips" kept the rewrite to "the most chips"
from applying, the walk kept "largest" as a superlative of the node (its feature size) and dropped
"number of". Now a word that says what every chip is ("profiled") may stand between them
(rewrites ``_number_of_chips_as_most``), and a superlative right before "number of" that no
rewrite read (not of chips, not of a kind of unit) is refused (walk) instead of being read as the
superlative of the word before it. "The largest count of chips" is read the same way (red team
21: it printed the 40 nm node too).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "which process node is used by the largest number of profiled chips?",
        "which node has the highest number of profiled accelerators?",
        "which process node has the largest count of chips?",
        "which process node is used by the greatest number of chips in the article?",
    ],
)
def test_the_node_with_the_most_chips(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, ["7nm"])
    assert data["results"]["bindings"][0]["count"]["value"] == "6"


@pytest.mark.parametrize(
    "question",
    [
        "which process node has the largest number of designers?",  # was a count of 1, of the 40 nm node
        "which foundry has the highest number of process nodes?",
        "which node has the largest number of vendors?",
        "which process node has the largest count of designers?",
    ],
)
def test_a_count_per_group_of_other_things_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip has the largest number of cores?", ["Cerebras CS-3"]),
        ("which Grayskull has the larger number of Tensix cores?", ["Tenstorrent Grayskull e150"]),
        ("which chip has the greatest number of compute cores?", ["Cerebras CS-3"]),
        ("which foundry is used by the most chips?", ["TSMC"]),
    ],
)
def test_counts_of_units_and_chips_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
