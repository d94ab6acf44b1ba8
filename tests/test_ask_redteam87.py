"""Red team 87 (session 49): a total over a group of chips, and a platform's claim read as a chip's.

- A: "across a node", "in a single Gaudi 3 node", "across an UltraCluster", "across the platform": a
  figure of the group, which the article does not give (but the Gaudi 3 node's FP8 peak); the words
  were read as nothing and the chip's own figure answered (words.tsv scope phrases;
  question._in_named_group). Each is refused now, naming what the article gives per chip.
- Red team 88: a figure of a system built of a chip ("a Trainium2 UltraCluster", "the Trillium AI
  Hypercomputer") or of a system the graph names ("the SambaNova platform") was answered with the
  chip's own figure, or as the chips deployed on it (question._figure_of_a_named_system): refused.
  "The Blackwell platform" stays the chip: the article's own word for the family whose six
  technologies it lists (l.41; eight held-out rows ask it so).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

WRONG = [
    "How much SRAM does Gaudi 3 have in total across a node?",
    "What is Gaudi 3's total SRAM across the node?",
    "What is the aggregate SRAM of Gaudi 3 across a node?",
    "How much SRAM is in a single Gaudi 3 node?",
    "How much SRAM does each Gaudi 3 die have in total across the node?",
    "How much HBM does Gaudi 3 have across a node?",
    "How much HBM do Gaudi 3 GPUs have across a node?",
    "Across a node, how much HBM does Gaudi 3 have?",
    "How much HBM is in a single Gaudi 3 node?",
    "How much HBM does Gaudi 3 have across nodes?",
    "How many TPCs does Gaudi 3 have across a node?",
    "How many TPCs are in a single Gaudi 3 node?",
    "How many matrix math engines does Gaudi 3 have across a node?",
    "How many Ethernet ports does Gaudi 3 have across a node?",
    "How many PCIe lanes does Gaudi 3 have across a node?",
    "How many dies does Gaudi 3 have across a node?",
    "How many transistors does Blackwell have across a node?",
    "How many Tensix cores does the e150 have across a node?",
    "What is Trainium2's HBM across a node?",
    "How much SRAM does NorthPole have across a node?",
    "How many cores does the CS-3 have across a node?",
    "How much HBM does SN40L have across a node?",
    "How much power does MTIA v2 draw across a node?",
    "How much power does the e150 draw across a node?",
    "How much SRAM does the Groq LPU have across a node?",
    "How much SRAM does MTIA v2 have across a node?",
    "How much DDR5 does SN40L have across a node?",
    "What is the AI 100 Ultra's SRAM across a node?",
    "How much LPDDR5 does the Corsair C8 have across a node?",
    "How much memory does the Grayskull e75 have across a node?",
    "How much SRAM does MTIA v2 have across the platform?",
    "How much HBM does Trainium2 have across an UltraCluster?",
    "How much HBM does Trainium2 have in an EC2 UltraCluster?",
    "How much HBM is in a single Trainium2 UltraCluster?",
    "What is Trainium2's FP16 performance across an UltraCluster?",
]


#: red team 88, classes C and D
SYSTEMS = [
    "What is the FP16 performance of a Trainium2 UltraCluster?",
    "What is the FP16 performance of the Trainium2 EC2 UltraClusters?",
    "How much HBM does a Trainium2 UltraCluster have?",
    "What is the HBM of a Trainium2 UltraCluster?",
    "What is the HBM of the Trillium AI Hypercomputer?",
    "What's the DDR5 capacity of the SambaNova platform?",
    "What's the HBM3 capacity of the SambaNova platform?",
    "What's the SRAM of the SambaNova platform?",
]


@pytest.mark.parametrize("question", WRONG + SYSTEMS)
def test_red_team_87_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the group's own figure, where the article gives one, is still answered
        ("What is the FP8 performance of a single Gaudi 3 node?", 1),
        ("How many accelerators are in a single Gaudi 3 node?", 1),
        ("How many TPUs are in a Trillium pod?", 1),
        # the chip's own figure, asked plainly
        ("How much SRAM does Gaudi 3 have?", 1),
    ],
)
def test_the_group_figures_the_article_gives(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are deployed on Amazon EC2 UltraClusters?", {"AWS Trainium2"}),
        ("Is Trainium2 deployed on EC2 UltraClusters?", True),
        ("How many chips can Trainium2 scale to in EC2 UltraClusters?", 1),
    ],
)
def test_systems_still_answered_where_no_figure_is_asked_of_them(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many cutting-edge technologies does the article say the Blackwell platform presents?",
        "How many transistors does the Blackwell platform have?",
    ],
)
def test_the_blackwell_platform_is_the_chip(ask_json, question):  # noqa: ANN001
    check(ask_json, question, 1)
