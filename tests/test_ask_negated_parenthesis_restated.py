"""``chipkg ask``: a negated parenthesis whose parts the graph can check, read by
asides._set_aside_checked and checked when answered (answer._set_aside_dropped, _set_aside_disjoint,
_rather_than_checked):

- the part said first may describe the figure meant, not only restate the question's words: "for
  each of its dies" (per die), "the eight-accelerator node figure" (per node, across 8 chips); it is
  read as said in the question, so a scope that does not fit the question's is refused; "each of
  its two dies" takes the chip to have two dies, a premise checked when answered;
- the part set aside may name a scope by its size ("the 1,024-node cluster aggregate", "the
  2,048-unit cluster"), a unit ("exaflops": a figure stated in that unit), scopes with "no" ("no
  node or cluster aggregates"), a head word shared by "or" ("the CPU or GPU cores": CPU cores, GPU
  cores), or be said after the figure ("a per-core figure is not a chip total", "a per-card figure
  does not count as per chip"); a chip given as an example of it ("such as the Grayskull e75's")
  must hold such a figure;
- beside a list or count of chips that compares no figure, other values of the relation the
  question constrains, after "specifically" ("PCIe 4.0 specifically (not PCIe 5.0)"), change
  nothing when no chip answered holds one; the value asked, or a broader or narrower one, is
  refused, and so is the aside without "specifically" (it may leave out chips that hold both).

A thing set aside that is the figure answered is refused, never answered with.

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: Gaudi 3 48 MB SRAM per die, 96 MB per chip, 14.7 petaflops
FP8 per node of eight, up to 15 exaflops per 1,024-node cluster; CS-3 2.6 petaflops per chip; M4 4
performance and 6 efficiency cores, a 16-core Neural Engine; PCIe 5.0: Gaudi 3.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: the chips the article says connect over PCIe 4.0
PCIE4 = {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the part said first describes the figure meant
        (
            "How much SRAM does the Gaudi 3 have per die (the number for each of its dies, not the per-chip sum)?",
            "48 MB, per die",
        ),
        (
            "What is the SRAM per die of the Gaudi 3 (the number for each of its dies, not the chip total)?",
            "48 MB, per die",
        ),
        (
            "What is the Gaudi 3's SRAM capacity per die (the figure for each of its two dies, not the per-GPU sum)?",
            "48 MB, per die",
        ),
        (
            "What FP8 performance does one Gaudi 3 node deliver (the eight-chip node figure, not the cluster total)?",
            "14.7 petaflops, FP8, per node, across 8 chips",
        ),
        (
            "What is the Gaudi 3's per-node FP8 performance (the eight-accelerator node figure, not the cluster's exaflops)?",
            "14.7 petaflops, FP8, per node, across 8 chips",
        ),
        # the part set aside: a sized scope, a unit
        (
            "What mixed-precision performance does the Cerebras CS-3 give per chip (the single-chip number, "
            "not the 2,048-unit cluster's exaflops)?",
            "2.6 petaflops, mixed-precision",
        ),
        # kinds of units, the head word shared
        ("How many performance cores does the M4 have (not the efficiency or GPU cores)?", "4 high-performance cores"),
        (
            "How many cores does the Apple M4's Neural Engine have (the Neural Engine only, not the CPU or GPU cores)?",
            "16 cores (neural engine cores)",
        ),
        # said after the figure
        (
            "Which chip has the most per-chip SRAM (a per-core figure doesn't count as per chip)?",
            "d-Matrix Corsair C8",
        ),
        (
            "Which chip has the most SRAM per chip (a per-core figure such as the Grayskull e75's is not a chip total)?",
            "d-Matrix Corsair C8",
        ),
        ("Which chip draws the least power per chip (a per-card figure does not count as per chip)?", "Mythic M2000"),
        # other values of the relation constrained
        ("Which chips connect over PCIe 5.0 specifically (not PCIe 4.0)?", ["Intel Gaudi 3"]),
        ("How many chips connect over PCIe 5.0 in particular (not PCIe 4.0 or PCIe 2.0)?", "1"),
        ("Which chips use PCIe 4.0 specifically (not PCIe 2.0)?", PCIE4),
    ],
)
def test_negated_parenthesis_read_and_checked(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # what is set aside is the figure answered
        "What is the per-die SRAM capacity of the Gaudi 3 (the figure for each of its two dies, not the per-die figure)?",
        "What is the Gaudi 3's SRAM (the figure for each of its dies, not the per-die figure)?",
        "What is the Gaudi 3's per-node FP8 performance (the eight-accelerator node figure, not the petaflops)?",
        "What is the Gaudi 3's per-node FP8 performance (the eight-accelerator node figure, not per node)?",
        "What is the FP8 compute of a single Gaudi 3 node (the eight-accelerator node figure, not the node total)?",
        "How many GPU cores does the Apple M4 have (not the GPU cores)?",
        # the figure described is not the one the question asks
        "What is the per-chip SRAM of the Gaudi 3 (the figure for each of its two dies, not the per-GPU total)?",
        "What is the FP8 compute of a single Gaudi 3 node (the sixteen-accelerator node figure, not the cluster total)?",
        # the number of dies said is a premise, checked
        "What is the per-die SRAM capacity of the Gaudi 3 (the figure for each of its four dies, not the per-GPU total)?",
        "What is the Groq LPU's SRAM per die (the figure for each of its two dies, not the chip total)?",
        # a sum of no scope
        "Which chip has the most SRAM (not the total)?",
        # the example holds no figure of that scope
        "Which chip has the most SRAM per chip (a per-core figure such as the Groq LPU's is not a chip total)?",
        # the value asked, a broader one, or a chip holding both
        "Which chips connect over PCIe 4.0 specifically (not PCIe 4.0)?",
        "Which chips connect over PCIe 4.0 specifically (not PCIe)?",
        "How many chips support FP16 specifically (not FP8)?",
        "How many chips support INT8 specifically (not INT8)?",
        # without "specifically" the aside may leave out chips that also hold the other value
        "Which chips connect over PCIe 5.0 (not PCIe 4.0)?",
    ],
)
def test_still_refused(ask_json, question):
    check(ask_json, question, REFUSE)
