"""``chipkg ask``: a yes/no never answers a table.

- "Is the M4's maximum clock above 3 GHz?" was read as the chip with the most clock among those
  above 3 GHz and answered with the M4's row, exit 0, where a yes/no was asked: the superlative said
  right after the chip's possessive (or before a measure said "of" the chip) is the chip's own
  maximum, compared with the number (parse.frames._own_superlative); a figure stated as typical or
  as a lower bound is no maximum and refuses, as the value question does.
- A yes/no about a leader that is not read as one ("does the M4 have the highest clock above
  3 GHz?", "is the chip with the most SRAM over 100 MB?") had also answered a table: refused, naming
  the forms that are read.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the M4's maximum clock above 3 GHz?", True),
        ("Is the maximum clock of the Apple M4 above 4 GHz?", False),
        ("is the apple m4's max clock speed over 3ghz", True),
        ("Is the Groq LPU's peak performance above 500 TOPS?", True),
        ("Is the Groq LPU's maximum performance above 2 PetaOPS?", False),
    ],
)
def test_the_chips_own_maximum_is_compared_with_the_number(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the M2000's power is stated as typical ("about 4 watts"), no maximum
        ("Is the Mythic M2000's maximum power above 3 watts?", "no maximum"),
        # IBM NorthPole's INT8 figure is "over 200 TOPS": a lower bound, not what it reaches at most
        ("Is NorthPole's maximum INT8 performance above 100 TOPS?", "no maximum"),
        ("Is the M4's minimum clock above 1 GHz?", "'minimum'"),  # the article gives no minimum
    ],
)
def test_a_figure_that_is_no_maximum_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        "Does the M4 have the highest clock above 3 GHz?",
        "Is the chip with the maximum clock above 3 GHz?",
        "Is the chip with the most SRAM over 100 MB?",
        "Does the lowest-power chip draw under 10 W?",
    ],
)
def test_a_yes_no_about_a_leader_not_read_as_one_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "Is the M4's maximum clock above 3 GHz?",
        "Does the M4 have the highest clock above 3 GHz?",
        "Is the chip with the most transistors above 100 billion?",
        "Is the Groq LPU the chip with the most SRAM?",
        "Does the Groq LPU have more SRAM than 100 MB?",
        "Is Trainium2's max power over 500 W?",
    ],
)
def test_an_auxiliary_first_question_answers_yes_no_or_refuses(ask_json, question):  # noqa: ANN001
    code, stdout = ask_json(question)
    data = json.loads(stdout)
    assert (code == 0 and "boolean" in data) or (code == 1 and data["answered"] is False), stdout[:300]
