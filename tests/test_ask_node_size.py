"""``chipkg ask``: how many chips a node holds ("how many Gaudi 3s in a node?").

The article gives a Gaudi 3 node of eight accelerators (ck:ScaleOutLimit, per node); "how many
chips in a Trillium pod" was read as the pod's scale out, but the node's was refused: "in a node"
was no scope, a count of chips in a node was not read as the scale out there (as in a pod or a
cluster), and "a Gaudi 3 node" was refused as a machine of such chips. Now a count of chips with
the scope "per node" (parse.frames._metric) and "a / a single <chip> node" after a count of chips
(parse.rewrites._chip_node_counted) ask for that figure; "a 5nm node" stays a process node. So
does a terse "trillium tpus per pod" (a chip and the scope, nothing else: frames._chip_and_scope_only);
a name besides the chip ("gaudi 3 fp8 per node": its FP8 performance per node) is never read as a
count of chips.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many gaudi 3 chips in a node", "8 accelerators, per node"),
        ("how many gaudi 3s go in a single node?", "8 accelerators, per node"),
        ("how many chips are in a single gaudi 3 node?", "8 accelerators, per node"),
        ("how many chips in a gaudi 3 node?", "8 accelerators, per node"),
        ("how many trainium2 chips per node?", REFUSE),  # the article gives none
        ("how many chips are in a 5nm node?", "2"),  # a process node
        # terse: a chip and the scope of a machine of such chips, nothing else
        ("trillium tpus per pod", "up to 256 units, via ICI, per pod"),
        ("gaudi 3 per node", "8 accelerators, per node"),
        ("groq lpu per pod", REFUSE),  # the article gives none
        # a name besides the chip asks for something else: never the count of chips
        ("gaudi 3 fp8 per node", "14.7 petaflops, FP8, per node, across 8 chips"),  # forms._format_per_scope
        ("how many fp8 per node for gaudi 3?", REFUSE),
        ("what is gaudi 3's fp8 per node?", "14.7 petaflops, FP8, per node, across 8 chips"),
    ],
)
def test_chips_in_a_node(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
