"""``chipkg ask``: red team 32's wrong answers (exit 0), each kind with its neighbours that must keep
their answers. (Host links, kind C, are in test_ask_host_links.py.)

- A: "(not per chip but aggregated across an EC2 UltraCluster)" was read as per-chip figures only
  (a negation that also sets the chip's own figure aside, or is followed by what is asked instead);
- B: a figure "aggregated across an EC2 UltraCluster", or of "an EC2 UltraCluster of Trainium2 chips",
  answered the chip's own 650 teraFLOPS: the article gives no total, ask does not add up;
- D: "which chip with FP4 support is fastest at FP4" answered the only FP4 chip, with no figure;
- E: "which FP16-capable chips have a stated FP16 performance" read the second FP16 as another
  support, and listed chips with INT8 figures only (Groq LPU, Cloud AI 100 Ultra);
- F: "Which TSMC chip has the most memory?" did not name the Apple M4, whose LPDDR5X has no
  capacity stated (l.121), beside the 144 MB answered.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check

TRAINIUM = "What FP16 throughput does Trainium2 reach"


@pytest.mark.parametrize(
    "question",
    [
        f"{TRAINIUM} (not per chip but aggregated across an EC2 UltraCluster)?",
        f"{TRAINIUM} (not per chip or anything aggregated across an EC2 UltraCluster)?",
        f"{TRAINIUM} (not per accelerator and not summed over a cluster)?",
        f"{TRAINIUM} (not per chip but per cluster)?",
        f"{TRAINIUM} (not per core, rather aggregated across a cluster)?",
        "Does Trainium2 exceed 1 exaflop of FP16 (not per chip but aggregated across an EC2 UltraCluster)?",
        "Which chips exceed 500 TFLOPS (not per chip but aggregated across an EC2 UltraCluster)?",
        f"{TRAINIUM} aggregated across an EC2 UltraCluster?",
        "What FP16 throughput does an EC2 UltraCluster of Trainium2 chips reach?",
        "What HBM capacity does Trainium2 have in total across an EC2 UltraCluster?",
        "which chip with FP4 support is fastest at FP4?",
        "which chip supporting TF32 is fastest at TF32?",
    ],
)
def test_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        f"{TRAINIUM} (the per-chip figure, not anything aggregated across an EC2 UltraCluster)?",
        f"{TRAINIUM} (not per node and not per cluster)?",
        f"{TRAINIUM}?",
    ],
)
def test_per_chip_still_answered(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [b["chip"]["value"] for b in data["results"]["bindings"]] == ["AWS Trainium2"]


@pytest.mark.parametrize(
    "question",
    [
        "which FP16-capable chips have a stated FP16 performance?",
        "which chips supporting FP16 have a stated FP16 performance?",
        "list chips supporting FP16 with their FP16 performance",
    ],
)
def test_a_format_said_again_is_the_figures_precision(ask_json, question):  # noqa: ANN001
    check(ask_json, question, {"AWS Trainium2"})


def test_a_memory_with_no_capacity_is_named_beside_the_most(ask_json):  # noqa: ANN001
    # (of TSMC's chips, the AI 100 Ultra's LPDDR4X of no size now leaves the question refused:
    # test_ask_redteam45; of all chips the M4 is named as before)
    data = answered(ask_json, "Which chip has the most memory?")
    assert "Apple M4" in data["reading"].partition("not ranked:")[2], data["reading"]
