"""``chipkg ask``: a parenthesis that sets aside things of the kind of a thing the question names
(another precision, link or memory technology), after a restatement of what the question asks in
the question's own words or the kinds of its names ("the GPU-to-GPU link", "the INT4 format"):
beside one figure of a measure qualified by that thing, the figure asked is not of the things set
aside, so the parenthesis is dropped, with checks on the frame (asides._sibling_figure_aside:
"figure", "present", "absent"). Beside a list, a count, a ranking or a yes/no, or with a number, a
property or a thing of no kind the question names in the part set aside, it stays refused.

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: NorthPole 400 TOPS INT4, 800 TOPS INT2, over 200 TOPS INT8;
Blackwell NVLink 5 1.8 TB/s, die-to-die 10 TB/s; Trainium2 96 GB HBM.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What bandwidth does NVLink 5 give Nvidia Blackwell (the chip-to-chip link, not the die-to-die interconnect)?",
            "1.8 TB/s, bidirectional",
        ),
        (
            "What bidirectional bandwidth does Blackwell's NVLink 5 offer (the GPU-to-GPU link, as distinct from the die-to-die link)?",
            "1.8 TB/s, bidirectional",
        ),
        (
            "What is the die-to-die bandwidth of Nvidia Blackwell (the link between dies, as distinct from NVLink 5)?",
            "10 TB/s",
        ),
        (
            "What INT4 performance does NorthPole reach (the INT4 format, as distinct from its 8-bit and 2-bit numbers)?",
            "400 TOPS, INT4",
        ),
        (
            "For IBM NorthPole, what throughput is given at INT2, as distinct from its 8-bit and 4-bit numbers?",
            "800 TOPS, INT2",
        ),
        ("What is the HBM capacity of AWS Trainium2 (the memory technology, not SRAM)?", "96 GB"),
    ],
)
def test_sibling_set_aside_beside_one_figure(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # a list, a count, a yes/no: "X, not Y" may say chips with Y are left out
        "Which chips support 4-bit (the 4-bit precision, not 8-bit)?",
        "How many chips support INT8 (the INT8 format, as distinct from 4-bit)?",
        "Does IBM NorthPole deliver 400 TOPS at INT4 (the INT4 format, not 8-bit)?",
        # the thing set aside is the one asked, or a narrower/broader one of it
        "What is the INT4 throughput of IBM NorthPole (the INT4 format, not 4-bit)?",
        "What is the 8-bit throughput of IBM NorthPole (the 8-bit format, not INT8)?",
        "What is the HBM capacity of the SambaNova SN40L (the memory technology, not HBM3)?",
        # a number or a thing of no kind the question names in the part set aside
        "What is the INT4 throughput of IBM NorthPole (the INT4 format, not 8-bit or TSMC)?",
        # a relation asked, not a figure
        "What interconnect does Nvidia Blackwell use (the link, not NVLink 5)?",
    ],
)
def test_still_refused(ask_json, question):
    check(ask_json, question, REFUSE)


def test_a_figure_of_another_precision_set_aside(ask_json):  # noqa: ANN001
    """(session 45) "(the INT4 format, not the 8-bit figure of 200 TOPS)" parts into the format kept
    and a figure of another precision set aside, each read: the INT4 figure answers, as asked."""
    data = answered(
        ask_json, "What is the INT4 throughput of IBM NorthPole (the INT4 format, not the 8-bit figure of 200 TOPS)?"
    )
    assert column(data, "figure") == ["400 TOPS, INT4"]
