"""``chipkg ask``: "the NorthPole die", said once right after a chip's name in a question that says
an area ("larger than 500 mm²", "as the article gives its area"), is the chip's die asked its size
(ck:dieArea, the ontology's "die size"), as "how big is the NorthPole die" already was; it was
refused as asking about one die (set 38). Without an area it is still refused, and so is a chip
whose die area the article does not give."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is NorthPole's die larger than 500 mm²?", True),
        ("Is the IBM NorthPole die under 1000 square millimetres?", True),
        ("Is the area of the NorthPole die larger than 500 mm²?", True),
        ("is the northpole die, going by the area the article states, bigger than 900 mm2?", False),
        ("Is the NorthPole die at least 800 mm² in area?", True),
        ("Does the IBM NorthPole die exceed 1,000 mm²?", False),
        ("What is the area of the NorthPole die?", "800 mm², per die"),
    ],
)
def test_die_of_a_chip_asked_its_area(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is the NorthPole die larger than 500?", "'die' asks about one die"),  # no area said
        ("Does the NorthPole die have more than 100 MB of SRAM?", "'die' asks about one die"),
        ("Is the NorthPole die larger than the Groq die?", "'die' asks about one die"),
        ("Which chips have a die larger than 500 mm²?", "'die' asks about one die"),  # no chip before it
        ("Is the Blackwell die larger than 500 mm²?", "does not say"),  # no die area stated
    ],
)
def test_die_without_an_area_still_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
