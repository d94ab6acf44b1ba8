"""``chipkg ask``: red team 30's wrong answers (each exit 0 before), closed as classes.

- W1: a range of kinds in a parenthesis ("LPDDR memory (LPDDR5 through LPDDR5X)", "PCIe (PCIe 2.0 to
  4.0)") names some of the family, which the graph cannot order: read as the whole family it listed
  the LPDDR4X and LPDDR4 chips too. Refused unless a word of the whole stands beside it ("any
  generation, LPDDR4 through LPDDR5X").
- W2: a bare bound takes the other bound's unit only when the two are of one order and rise ("faster
  than 1.1 GHz but slower than 1.3"); "slower than 1300" (1,300 GHz?) or an empty range is refused.
- W3: "a peak clock speed", "a maximum clock speed" name a kind of figure, not the most of the chips
  (read as the chip with the highest clock for a list or a count); "the lowest peak clock" asks for
  peaks the article does not mark. Refused; "the M4's peak clock" and "the highest peak clock" as before.
- W4: "the one Grayskull model", "except the one Qualcomm chip": one, of a name of several chips
  (both Grayskulls were dropped). Refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use LPDDR memory (LPDDR5 through LPDDR5X)?",
        "How many chips use LPDDR memory (LPDDR5 through LPDDR5X)?",
        "Which chips use LPDDR memory (LPDDR5 to LPDDR5X)?",
        "Which chips connect over PCIe (PCIe 2.0 through PCIe 4.0)?",
        "Does the M4 use LPDDR memory (LPDDR4 through LPDDR4X)?",
        "Which chip with LPDDR memory (LPDDR5 through LPDDR5X) has the most memory bandwidth?",
        # W2
        "Which chips run faster than 1.1 GHz but slower than 1300?",
        "Is the Groq LPU clocked above 1 GHz but below 1000?",
        "Is NorthPole clocked above 300 MHz but below 1?",
        # W3
        "How many chips have a peak clock speed?",
        "Which chips have a peak power?",
        "Which chips have a maximum clock speed?",
        "Which chips have a peak memory bandwidth?",
        "Which chip has the lowest peak clock speed?",
        # W4
        "What is the power of the one Grayskull model?",
        "Which chips use LPDDR memory, excluding the single Grayskull model?",
        "Which chips are made by TSMC, except the one Qualcomm chip?",
    ],
)
def test_red_team_30_wrong_answers_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (  # 103, 121, 173, 183: every LPDDR kind, said so
            "Which chips use LPDDR memory (any generation, LPDDR4 through LPDDR5X)?",
            {
                "Qualcomm Cloud AI 100 Ultra",
                "Apple M4",
                "d-Matrix Corsair C8",
                "Tenstorrent Grayskull e75",
                "Tenstorrent Grayskull e150",
            },
        ),
        ("which chips run faster than 1.1 GHz but slower than 1.3?", {"Groq LPU", "Tenstorrent Grayskull e150"}),
        ("What is the M4's peak clock?", ["up to 3.5 GHz"]),  # 119
        ("Which chip has the highest peak clock?", {"Apple M4"}),
        ("What is the clock speed of one Groq LPU?", ["1.2 GHz"]),  # 153: one unit of one chip, as before
    ],
)
def test_nearby_questions_keep_their_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
