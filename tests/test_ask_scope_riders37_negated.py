"""``chipkg ask``: scope riders of set 37 that red team 26 found answered wrongly (exit 0), refused now.

- a negation before a phrase of the chip's own figure ("not summed over both dies", "not across
  both dies", "not per chip") was dropped, and the whole chip's figure (Gaudi 3's 96 MB) was printed,
  the very figure the asker set aside (the article gives 48 MB per die): refused (walk, ``chipscope``
  after a negation). "not per core" still reads as per-chip figures;
- a parenthesis that sets on-chip memory aside beside a question that asks for on-chip memory ("How
  much on-chip memory does a CS-3 have (system memory, not memory on the wafer)?") turned on-chip
  into off-chip and printed the system's 1,200 TB: the parenthesis contradicts the question, refused
  (asides._clarifying); "How much memory does a CS-3 support (system memory, ...)" keeps its answer;
- a scope said after a part set aside ("not the total of a 2,048-system cluster, per core") was
  swallowed by the negation and the per-chip 2.6 PF printed: the part ends at its comma, and a scope
  after it is asked, refused (checks._scope_after_set_aside);
- a sum over "its dies" said of a one-die chip (Groq LPU) is refused as "both dies" is (a premise of
  more than one die), and a sum over the dies beside a list, count or two chips is refused: no
  premise checks each chip listed.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "How much SRAM does Gaudi 3 have, not summed over both dies?",
        "How much SRAM does Gaudi 3 have, not across both dies?",
        "How much SRAM does Gaudi 3 have, not totalled over both dies?",
        "What is Gaudi 3's SRAM, not summed over its dies?",
        "How many matrix math engines does Gaudi 3 have, not added up over both dies?",
        "How much SRAM does Gaudi 3 have, not counting both dies together?",
        "How much SRAM does Gaudi 3 have, not per chip?",
        "What is Blackwell's transistor count, not summed over both dies?",
    ],
)
def test_a_negated_sum_over_the_dies_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much SRAM does Gaudi 3 have, summed over both dies?", "96 MB"),
        ("How much SRAM does Gaudi 3 have, not per core?", "96 MB"),  # per-chip figures
        ("What's Gaudi 3's SRAM total over its dies?", "96 MB"),  # more than one die: Gaudi 3 has two
    ],
)
def test_the_sum_over_the_dies_said_plainly_keeps_its_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How much on-chip memory does a CS-3 have (system memory, not memory on the wafer)?",
        "How much on-chip memory does a CS-3 have (the per-system memory, not on-chip memory)?",
        "How much on-die memory does the CS-3 have (system memory, not memory on the wafer)?",
        "What is the CS-3's on-chip memory capacity (a per-system figure, not on-chip memory)?",
        "How much on-chip memory does Gaudi 3 have (per-chip memory, not memory on the die)?",
    ],
)
def test_a_parenthesis_setting_aside_the_on_chip_memory_asked_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_system_memory_asked_without_on_chip_keeps_its_answer(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "How much memory does a CS-3 support (system memory, not memory on the wafer)?",
        "off-chip, capacity up to 1,200 TB, per system",
    )


@pytest.mark.parametrize(
    "question",
    [
        "What performance does one CS-3 deliver, not the total of a 2,048-system cluster, per core?",
        "What performance does one CS-3 deliver, not the total of a 2,048-system cluster, per node?",
        "What performance does one CS-3 deliver, not the total of a 2,048-system cluster, per system?",
        "What performance does one CS-3 deliver, rather than the aggregate of a 2,048-unit cluster, per core?",
        "What performance does one CS-3 deliver, not per cluster, per core?",
        "How much compute does a single CS-3 give, not the sum of a 2,048-system cluster, per node?",
    ],
)
def test_a_scope_after_the_part_set_aside_is_not_swallowed(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "What performance does one CS-3 deliver, not the total of a 2,048-system cluster?",
        "What performance does one CS-3 deliver (per chip, not the total of a 2,048-system cluster)?",
    ],
)
def test_the_sized_group_set_aside_alone_keeps_its_answer(ask_json, question):  # noqa: ANN001
    check(ask_json, question, "2.6 petaflops, mixed-precision")


@pytest.mark.parametrize(
    "question",
    [
        "How much SRAM does the Groq LPU have summed over its dies?",
        "How much SRAM does the Groq LPU have across its dies?",
        "How many cores does the CS-3 have, summed over its dies?",
        "Which chips have more than 90 MB of SRAM summed over both dies?",
        "How many chips have more than 90 MB of SRAM summed across both dies?",
        "Which chip has more SRAM summed over both dies, Gaudi 3 or NorthPole?",
    ],
)
def test_a_sum_over_dies_no_premise_checks_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
