"""Blind set 48's one wrong answer (first run at 24d04eb), and contrasts with the general or mere
case, in questions of our own.

- "Which profiled chips does the article credit with FP8 support in some form, counting AWS's
  configurable FP8 (cFP8) data type as FP8?" answered the Trainium2 alone (exit 0): the closing
  clause was not read as granting a kind (its parenthesis and its designer's name), and its names
  were read as more conditions ("designed by AWS · supports cFP8"). The clause now grants cFP8 as
  FP8, which the graph holds (forms._kind_granted), when it names no designer (red team 51 D: a
  designer's name is a premise not checked); a clause of counting one thing as another that is not
  so read is refused, never read as conditions (parse.question._counting_as_unread).
- "(as opposed to AI workloads in general)", "(as opposed to merely being mentioned alongside
  it)": the question asks specifically what it names (asides._not_merely). A name set aside must be
  one the question names or broader than one (red team 51 C); the mere case of what the question
  itself asks ("(not merely the node)") stays refused (test_ask_round13).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: FP8, cFP8 included: the Gaudi 3 and the Trainium2 (l.57, 75)
FP8 = {"Intel Gaudi 3", "AWS Trainium2"}
#: the chips tied to transformer models (l.145, 179)
TRANSFORMER = {"d-Matrix Corsair C8", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which profiled chips support FP8 in some form, counting the cFP8 data type as FP8?", FP8),
        ("Which chips support FP8, counting the configurable FP8 (cFP8) data type as FP8?", FP8),
        # a designer's name before what is granted: its premise is not checked, so not read (red team 51 D:
        # "counting AMD's cFP8 as FP8" answered as if AMD had one); refused, never read as conditions
        ("Which chips support FP8, counting AWS's configurable FP8 (cFP8) data type as FP8?", REFUSE),
        ("Which chips support FP8, counting AMD's cFP8 as FP8?", REFUSE),
        # a parenthesis naming something else, or a grant the graph does not hold: refused, never
        # read as more conditions
        ("Which chips support FP8, counting AWS's configurable FP8 (HBM3) data type as FP8?", REFUSE),
        # a bit width read as a format the graph records for the chip: a premise checked since session 51
        (
            "Which chips support INT8, counting NorthPole's 8-bit precision as INT8?",
            {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("Which chips support HBM, counting LPDDR5 as HBM?", REFUSE),
    ],
)
def test_counting_one_kind_as_another(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips target transformer models specifically (as opposed to AI workloads in general)?", TRANSFORMER),
        # a sibling set aside ("inference" beside training, LLMs beside transformers) would set aside
        # chips that do both (red team 51 C): refused
        ("Which chips are aimed at transformer models (as distinct from LLMs or generative AI in general)?", REFUSE),
        ("Which chips target training (as opposed to inference in general)?", REFUSE),
        ("Which chips have memory (as opposed to SRAM in general)?", REFUSE),
        ("Is Google a member of the UXL Foundation (as opposed to merely being mentioned alongside it)?", True),
        # a name narrower than one asked, a chip, a number: as before
        ("Which chips use HBM (not merely HBM3)?", REFUSE),
        ("Which chips do training (not merely the Gaudi 3)?", REFUSE),
        ("Which chips draw over 100 W (not merely 150 W)?", REFUSE),
        ("Which chips are on a 5nm node (not merely the node)?", REFUSE),
        # a second negation inside (test_ask_negations' variants): not read
        (
            "Which chips are aimed at transformer models (as distinct from LLMs or except generative AI in general)?",
            REFUSE,
        ),
        (
            "Which chips are aimed at transformer models (as distinct from LLMs or other than generative AI in general)?",
            REFUSE,
        ),
    ],
)
def test_contrast_with_the_general_case(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
