"""``chipkg ask``: a parenthesis in parts. A semicolon inside a parenthesis ends one part and begins
another, each read on its own as two parentheses side by side are ("(FLOPS only, not TOPS; hedged
figures included)" as "(FLOPS only, not TOPS) (hedged figures included)"); before, the semicolon
was dropped and the parts ran together into one negation, refused. And "the SRAM figure alone" is
read as "the SRAM figure" (words.tsv: "figure alone" and its kin), while "alone" by itself stays
unknown. Each part still goes through every reader a parenthesis does: a part that narrows, names
a chip or sets aside something the answer may hold stays refused.

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: NorthPole 400 TOPS INT4; Blackwell NVLink 5 1.8 TB/s;
Corsair C8 2 GB SRAM, up to 9,600 TFLOPS; Trainium2 96 GB HBM; Groq LPU up to 1 PetaOPS.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chip posts the highest FLOPS rating (FLOPS only, not TOPS; hedged figures included)?",
            "d-Matrix Corsair C8",
        ),
        ("Which chip has the highest TOPS figure (TOPS only; not FLOPS)?", "Groq LPU"),
        ("Which chip has the most SRAM (per chip; per-core figures excluded)?", "d-Matrix Corsair C8"),
        ("Which chip draws the most power (per chip; not per card)?", "Tenstorrent Grayskull e150"),
        ("What is the HBM capacity of AWS Trainium2 (the memory technology, not SRAM; per chip)?", "96 GB"),
        (
            "What bandwidth does NVLink 5 give Nvidia Blackwell (the chip-to-chip link; not the die-to-die interconnect)?",
            "1.8 TB/s, bidirectional",
        ),
        (
            "What INT4 throughput does IBM NorthPole reach (the INT4 format; not its 8-bit or 2-bit numbers)?",
            "400 TOPS, INT4",
        ),
        ("What is the SRAM capacity of d-Matrix Corsair C8 (the SRAM figure alone; not the DRAM)?", "2 GB"),
        ("What quantity of SRAM does the d-Matrix Corsair C8 have (the SRAM figure alone, not the DRAM)?", "2 GB"),
        ("How much HBM does AWS Trainium2 carry (the HBM number alone)?", "96 GB"),
        ("What is the INT4 performance of IBM NorthPole (per chip; the INT4 figure alone)?", "400 TOPS, INT4"),
        ("Which chip has the most SRAM capacity (the SRAM figures alone; per chip)?", "d-Matrix Corsair C8"),
        # a scope set aside with its count, and a figure of the other technology (as without "alone")
        (
            "What FP8 compute does a Gaudi 3 node reach (the node figure; not the 1,024-node cluster one)?",
            "14.7 petaflops, FP8, per node, across 8 chips",
        ),
        ("Which chip has the most SRAM (the SRAM figure alone, not the 256 GB of DRAM)?", "d-Matrix Corsair C8"),
    ],
)
def test_parts_read_one_by_one(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # a part that names a technology or a node set aside beside a list or a count (a chip's name
        # after a bare "not" leaves the chip out of a list since session 51: tests/test_ask_session51.py)
        "How many chips use HBM (not SRAM; per chip)?",
        "Which chips support INT8 (the INT8 format; not UINT8)?",
        "Which chips are made by TSMC (7nm; not 5nm)?",
        # a part that says something ask does not read of the figure
        "What is the SRAM capacity of IBM NorthPole (per chip; no external memory counted)?",
        "What is the memory capacity of the Cerebras CS-3 (a per-system figure; no memory technology is named)?",
        # "alone" by itself stays unknown
        "Which chips have SRAM alone?",
        "Does Google design the Trillium TPU alone?",
    ],
)
def test_still_refused(ask_json, question):
    check(ask_json, question, REFUSE)
