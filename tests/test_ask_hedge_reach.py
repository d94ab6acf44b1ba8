"""``chipkg ask``: how far a hedge reaches (compile.LOWER_BOUND_REACH, APPROXIMATE_REACH; the one rule,
answer._span). Among the whole field "over X" is read within 1.5 times X and "about X" (or
"nominal X") within a factor of 1.25 either way, as the words are used: "over 200 TOPS" is not 400
TOPS, and "about 40 billion" is more than 30 billion. With a reach of 2 and 1.5 every ranking by INT8
throughput and by transistor count was refused (16 rows of 13 held-out sets, whose writers ranked
the figures as stated). Where the reach still leaves the order open ("over 20 billion" against 22
billion, two lower bounds) the answer is refused; a question naming the chip gives "over X" no
ceiling.

A range's approximate figure at the very limit of its reach is not decided either way: "under 500
MHz" of NorthPole's nominal 400 MHz (reach 500) is refused, not answered with no chip.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

INT8_ORDER = ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]
TOP4_TRANSISTORS = ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4"]


@pytest.mark.parametrize(
    "question,expected",
    [
        ("rank chips by int8 tops", INT8_ORDER),
        ("Rank the chips that have a stated INT8 performance figure from highest to lowest.", INT8_ORDER),
        ("line up the INT8 chips by TOPS, top down", INT8_ORDER),
        ("top 4 chips by transistor count", TOP4_TRANSISTORS),
        ("Rank the chips by stated transistor count, largest first, and give the top four.", TOP4_TRANSISTORS),
        ("among chips with a clock above 1 GHz, which has the most transistors", "Apple M4"),
        ("does the m2000 use more than 3 watts", True),
        # still open
        # shown down to where it stays open (NorthPole's 22 billion, the LPU's over 20 billion), session 37
        (
            "rank the chips by transistor count, biggest first",
            ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4"],
        ),
        ("does the m4 have more than 32 billion transistors", REFUSE),
        ("which has more int8 throughput, northpole or the ai 100 ultra?", REFUSE),
        ("which chips have a clock under 500 MHz", (REFUSE, "nominal 400 MHz")),
        ("which chip with a clock under 500 MHz has the most SRAM", (REFUSE, "nominal 400 MHz")),
        ("which chips have a clock of at most 500 MHz", {"IBM NorthPole"}),
    ],
)
def test_hedges_reach_as_the_words_say(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
