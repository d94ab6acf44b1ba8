"""Lists of scopes set aside, as blind sets 39 and 40 asked them ("per-node, per-cluster and
per-system figures excluded"), in questions of our own.

A negation before a scope sets aside the scopes listed after it, joined by commas and closed by
"and", "or" or "nor" before a last scope: "(excluding per-node, per-cluster and per-system figures)"
asks per-chip figures, as "(excluding per-node and per-cluster figures)" did. A comma with no such
close ("(not per node, per cluster)"), "but" ("(not per core, per die, but per node)") or a scope of
the chip in the list ("..., or per chip") is no list: the question is refused as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: the most per-chip FLOPS: the Corsair C8's "up to 9,600 TFLOPS" vendor claim (l.145)
TOP_FLOPS = "d-Matrix Corsair C8"
#: Trainium2's per-chip FP16 figure (l.75); its cluster figure is per UltraCluster
TRAINIUM2_FP16 = "650 teraFLOPS, FP16"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chip has the highest TFLOPS figure (excluding per-node, per-cluster and per-system figures)?",
            TOP_FLOPS,
        ),
        (
            "Which chip has the highest per-chip TFLOPS figure (excluding per-node, per-cluster, and per-system figures)?",
            TOP_FLOPS,
        ),
        (
            "Which chip has the highest per-chip TFLOPS figure (per-node, per-cluster and per-system figures excluded)?",
            TOP_FLOPS,
        ),
        (
            "Which chip has the highest TFLOPS figure, excluding per-node, per-cluster and per-system figures?",
            TOP_FLOPS,
        ),
        (
            "What FP16 throughput does Trainium2 reach (excluding per-node, per-cluster and per-system figures)?",
            TRAINIUM2_FP16,
        ),
        ("What FP16 throughput does Trainium2 reach (not per node, per cluster or per system)?", TRAINIUM2_FP16),
        ("What FP16 throughput does Trainium2 reach, not per node, per cluster or per system?", TRAINIUM2_FP16),
        (
            "What FP16 throughput does Trainium2 reach (per core, per die, and per node figures set aside)?",
            TRAINIUM2_FP16,
        ),
    ],
)
def test_scopes_listed_are_all_set_aside(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert _per_chip_read(question, data["reading"]), data["reading"]


def _per_chip_read(question: str, reading: str) -> bool:
    """ "per-chip" said, or one chip's figure asked: per-chip figures only. A most with the scopes of
    groups set aside reads as performance is compared unasked (session 39): per chip, the figures of
    nodes, clusters and systems named as not ranked."""
    if "per-chip" in question or question.startswith("What"):
        return "figures given per chip only" in reading
    return "not ranked: Cerebras CS-3: up to 256 exaflops, per cluster" in reading


@pytest.mark.parametrize(
    "question",
    [
        # "but" asks the scope after it
        "What FP16 throughput does Trainium2 reach (not per core, per die, but per node)?",
        "What FP16 throughput does Trainium2 reach, not per core, per die, but per node?",
        "What FP16 throughput does Trainium2 reach (not per core, per die, and not per node)?",
        # the chip's own scope in the list sets aside the figure asked
        "What FP16 throughput does Trainium2 reach (not per core, per die, or per chip)?",
        "Which chip has the highest TFLOPS figure (excluding per-node, per-cluster and per-chip figures)?",
        # a comma with no "and"/"or" closing a list
        "What FP16 throughput does Trainium2 reach (not per node, per cluster)?",
        "Which chip has the highest TFLOPS figure (excluding per-node, per-cluster figures)?",
    ],
)
def test_what_is_no_list_of_scopes_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # words left on their hyphen take the compound's second part: "node-level, system-level and ..."
        "Excluding node-, system- and cluster-level figures, which chip has the highest per-chip TFLOPS figure?",
        "Which chip has the highest TFLOPS figure (excluding node-, system- and cluster-level totals)?",
    ],
)
def test_suspended_hyphens(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, TOP_FLOPS)
    assert _per_chip_read(question, data["reading"]), data["reading"]


def test_a_hyphen_inside_a_compound_is_no_suspended_one(ask_json):  # noqa: ANN001
    # "12nm-or-larger": the hyphens join one compound (set 37); the chips on 12nm or a larger node
    check(ask_json, "12nm-or-larger node chips", {"IBM NorthPole", "Mythic M2000"})
