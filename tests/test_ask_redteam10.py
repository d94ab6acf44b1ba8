"""Red team 6's wrong answers (exit 0, wrong) of classes R1, R2, R5, R6, R12 and R13, fixed by
mechanism, each tested on the report's examples and on paraphrases and near misses written here.

- R1: a threshold yes/no on a measure the chip has several figures of, none named (the M4's CPU,
  GPU, Neural Engine, performance and efficiency cores; NorthPole's INT2/INT4/INT8 TOPS), was true
  when any one figure passed, so a question and its opposite were both true. Now true only when
  every candidate passes; under an upper limit, figures of different parts (which add up) refuse.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SEVERAL_FIGURES: list[tuple[str, object]] = [
    # l.113: NorthPole over 200 TOPS at 8-bit, 400 TOPS at 4-bit, 800 TOPS at 2-bit
    ("does northpole deliver less than 500 tops", (REFUSE, "several figures")),
    ("does northpole deliver more than 500 tops", (REFUSE, "several figures")),
    ("is northpole capable of at most 400 tops?", (REFUSE, "several figures")),
    ("does ibm northpole reach exactly 400 tops", (REFUSE, "several figures")),
    ("does the northpole deliver under 800 tops", (REFUSE, "several figures")),
    # l.119-121: M4 10 CPU cores (4 performance, 6 efficiency), 12 GPU cores, a 16-core Neural Engine
    ("does the m4 have fewer than 20 cores", (REFUSE, "add up")),
    ("does apple's m4 have under 30 cores?", (REFUSE, "add up")),
    ("does the m4 have at most 16 cores", (REFUSE, "several figures")),
    ("does the m4 have exactly 16 cores", (REFUSE, "several figures")),
    ("is the m4 a 16-core chip", (REFUSE, "several figures")),
    ("does the m4 have more than 15 cores", (REFUSE, "several figures")),
    # l.53-55: Gaudi 3 has 8 MMEs and 64 TPCs; 128 GB HBM and 96 MB SRAM
    ("does gaudi 3 have more than 50 cores", (REFUSE, "several figures")),
    # near misses: every candidate passes; a kind or precision named leaves one figure
    ("does northpole deliver more than 100 tops", True),
    ("does the m4 have more than 3 cores", True),
    ("does northpole deliver more than 500 tops at int2", True),
    ("does northpole deliver less than 500 tops at int4", True),
    ("does the m4 have 16 neural engine cores", True),
    ("does the m4 have 16 gpu cores", False),
    ("does the m4 have fewer than 12 cpu cores", True),
    ("does gaudi 3 have more than 50 MB of sram", True),
    ("does the m4 run faster than 3 ghz", True),  # one figure (up to 3.5 GHz)
]


@pytest.mark.parametrize(("question", "expected"), SEVERAL_FIGURES, ids=[q for q, _ in SEVERAL_FIGURES])
def test_a_threshold_yes_no_on_several_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
