"""``chipkg ask``: a part set off from the question that says what it names does not matter.

"Which chips does the article describe as suitable for edge AI, whether or not they also serve data
centres?" was refused ("says the answer takes in what it names"): red team 16 had found such parts
read as a filter on what they name (the answer narrowed to it), and refused them all. A part that
says only that ("or not", "either way", set off by commas, dashes or a parenthesis) changes nothing
of an answer that already takes in both: the question is read without it
(parse.checks._indifference_dropped). It stays refused where what it names is named in the question
too ("Which startup chips ..., startup or not?"), where it holds a number, where it names a chip or a
maker ("whether or not the CS-3 counts": whether it is in the answer), beside a most, a top or a
ranking, and where it widens with "too", "as well", "even" (parse.checks._widening_said,
tests/test_ask_redteam16.py); so is a scope said either way ("per chip or not"). Red team 24's W3 and
W6 found the chip and the scope cases answered (a count of 6 with or without the CS-3).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SRAM = [
    "Groq LPU",
    "IBM NorthPole",
    "Intel Gaudi 3",
    "Meta MTIA v2",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
]
EDGE = ["Mythic M2000", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are meant for edge AI, whether or not they also run in data centres?", EDGE),
        ("Data centre or not, which chips target the edge?", EDGE),
        ("Which chips carry SRAM, hyperscaler-designed or not?", SRAM),
        ("Which chips, from a startup or not, carry on-chip SRAM?", SRAM),
        ("Which chips carry SRAM (made by TSMC or not)?", SRAM),
        ("How many chips are on 7nm, whether or not TSMC fabricates them?", "6"),
        ("How many chips carry SRAM, whether or not they are designed by Meta?", "10"),
    ],
)
def test_a_part_that_says_what_it_names_does_not_matter_is_read_without_it(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # named in the question too: which of the two is meant is not said
        "Which startup chips carry SRAM, startup or not?",
        "Which 7nm chips use SRAM, whether or not they are on 7nm?",
        # red team 24 W3: a chip or a maker named (whether it is in the answer changes a count or a
        # most), and any most, top or ranking
        "How many chips are on 7nm, whether or not the CS-3 counts?",
        "Which chip has the most SRAM, counting the Corsair C8 or not?",
        "Which 7nm chip has the most SRAM, Meta's or not?",
        "count of 7nm chips, cerebras included or not",
        "Startup or not, which chip has the most SRAM?",
        # a yes/no of its own after the list ("..., and is Apple among them or not?"): never dropped
        "Which chips use HBM, and is Apple among them or not?",
        "Which chips are built on 7nm; is the Mythic M2000 one of them or not?",
        # W6: a scope said either way ("per chip or not" was read as per chip)
        "Which chips draw over 100 W, per chip or not?",
        # a widening that says the answer must include it: still refused
        "Which chips carry SRAM, Groq's too?",
        "Which chips use HBM, even Google's?",
    ],
)
def test_a_part_that_names_what_the_question_names_or_widens_stays_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
