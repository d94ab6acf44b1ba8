"""``chipkg ask``: the most common group, said of use or terse, is the group with the most chips.

"Which process node has the most chips?" was answered (the top of "how many chips per process
node"), but the same asked as a superlative of use ("what's the most common process node among these
chips?", "which foundry is used the most?") or tersely with the group first ("foundry with most
chips") was refused. Both are read as the group with the most chips (parse.frames._group_most_used,
the terse branch of _group_superlative); "among these chips", naming only the graph's chips, sets
nothing apart (parse.asides). Anything that narrows the chips counted (a vendor, a workload) or asks
for the least common still refuses: ask counts no groups the article names no chip of.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the most common process node among these chips?", {"7nm"}),
        ("which process node is the most common?", {"7nm"}),
        ("most popular node", {"7nm"}),
        ("which is the most used process node?", {"7nm"}),
        ("what is the most common node among the chips covered?", {"7nm"}),
        ("which foundry is used the most?", {"TSMC"}),
        ("foundry with most chips", {"TSMC"}),
        ("node with the most chips", {"7nm"}),
        ("process node with most chips", {"7nm"}),
        ("foundry most chips", {"TSMC"}),
    ],
)
def test_the_most_common_group_is_the_group_with_the_most_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "what's the most common process node among Qualcomm chips?",  # narrowed by a vendor
        "which node is most common among inference chips?",  # narrowed by a workload
        "least common process node",  # the fewest: groups with no chip named are not counted
        # a kind of chip narrows the count too (red team 18: answered 7nm over all 24 chips)
        "what's the most common node among GPUs?",
        "most used foundry for GPUs",
        "what's the most common designer among GPUs?",
        "most common process node among SoCs",
        "which chips among these accelerators use HBM?",  # 'among these' inside the question proper
        "which chips use HBM, among them the Gaudi 3?",  # examples named
    ],
)
def test_narrowed_or_least_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
