"""Red team 49 (session 31, 382 questions on ade541d): answers that said more than the article.

- A: "Counting Amazon and AWS separately, how many megacap players are there?" counted every
  subsidiary apart from its parent (12): only the pair named is (11; 10 without the clause).
- B: "Does Trillium train Gemini?", "Is Copilot trained on the Maia 100?" were true: two facts of the
  chip (it does training; it is related to the system) read as one the article does not state (that
  the system is trained on the chip, l.69, 81). A workload and a related system asked together are
  refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, count_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does Trillium train Gemini?", REFUSE),
        ("Is Copilot trained on the Maia 100?", REFUSE),
        ("Which chips train Gemini?", REFUSE),
        ("Was Gemini trained on Trillium?", REFUSE),
        # each fact alone, and a system named by its own relation, as before (l.63-69, 81)
        ("Does Trillium support Gemini?", True),
        ("Does the Maia 100 do training?", True),
        ("Which training chips are deployed on Azure?", {"Microsoft Maia 100"}),
    ],
)
def test_workload_and_system_together(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many megacap players are there?", "10"),
        ("Counting Amazon and AWS separately, how many megacap players are there?", "11"),
        ("How many megacap players are there (counting Alphabet and Google separately)?", "11"),
        (
            "How many megacap players are there, counting Amazon and AWS separately and Alphabet and Google separately?",
            "12",
        ),
    ],
)
def test_only_the_pairs_named_are_counted_apart(ask_json, question, count):  # noqa: ANN001
    assert count_of(ask_json, question) == count
