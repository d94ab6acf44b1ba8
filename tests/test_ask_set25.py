"""``chipkg ask``: the wrong answer of held-out set 25's first run (tests/ask_heldout_25.csv, written
blind and committed alone; first run at 21f71f6, code as at 98cd16d).

"Among the hyperscalers' in-house chips, which are aimed at training workloads? Count AWS's chips as
Amazon's, and give chip names." was read as one question: the second sentence's "count" made the
first a count, its names became conditions, and the answer was 1 (the right answer lists Trillium,
Trainium2 and Maia 100). Two sentences that each say what they ask for, differently (a list, a
count, a figure), are two questions: refused (parse.sentences._one_question). A sentence that sets
the scene, says how to answer, what to list, or in what order, or names nothing ("Give the number.":
a count) is no second question.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # two questions: a list, then a count (or the other way round, or a figure)
        (
            "Among the hyperscalers' in-house chips, which are aimed at training workloads? Count AWS's "
            "chips as Amazon's, and give chip names.",
            REFUSE,
        ),
        ("Which chips use HBM? How many are there?", REFUSE),
        ("How many chips are made on 7nm? Which ones use SRAM?", REFUSE),
        ("Which chips does TSMC make? What is the node of each?", REFUSE),
        # one question: a scene set first, an instruction, a listing sentence, an order
        ("Consider the chips on 7nm. Which of them use HBM?", {"AWS Trainium2", "SambaNova SN40L"}),
        ("What is the Gaudi 3's HBM capacity? Give the unit.", "128 GB"),
        ("Whose chips are on 4nm? List the organizations.", {"Nvidia", "Qualcomm"}),
        ("which two chips have the slowest clocks? slowest first", ["IBM NorthPole", "Tenstorrent Grayskull e75"]),
        # a sentence that names nothing says the answer's shape: a count
        ("which chips use HBM? count them", "5"),
        ("Which chips use HBM? Give the number.", "5"),
    ],
)
def test_one_question_at_a_time(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_refusal_names_both_questions(ask_json):  # noqa: ANN001
    refused(ask_json, "How many chips are made on 7nm? Which ones use SRAM?", "two questions in one")
