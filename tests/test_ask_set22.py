"""The wrong answers of held-out set 22's first run (dfd6f5f, code as at 404d790), fixed by
mechanism, each with paraphrases and near misses that are not rows of any held-out set.

- "Going by the article's per-chip figures, does A carry more X than B?" answered a table ("the
  most X of A or B"): a lead-in that only says which figures count (per chip) hid the auxiliary
  that makes it a yes/no.
- "Which chips ... INT8 support, counting NorthPole's 8-bit precision as INT8?" answered NorthPole
  alone: a chip named in a clause about the list became the list's only member. A list or count of
  chips with other conditions and exactly one named chip is refused.
- "blackwell nvlink max gpus" answered "Nvidia Blackwell GPU": a superlative with no measure
  answered the chip the question names. Never the named chip; "max GPUs" is a word of scale-out.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

LEAD_IN: list[tuple[str, object]] = [
    # l.55 Gaudi 3 128 GB HBM2e; l.73 Trainium2 96 GB HBM
    ("Going by the article's per-chip figures, does Intel's Gaudi 3 carry more HBM capacity than AWS Trainium2?", True),
    ("Going by per-chip figures, does the Trainium2 have more HBM than the Gaudi 3?", False),
    ("Per chip, does the Gaudi 3 have more HBM than the Trainium2?", True),
    # l.89 MTIA v2 90 W; l.183 e75 75 W
    ("going by the per-chip numbers, does the mtia v2 draw more power than the grayskull e75?", True),
    ("Going by per-chip figures, does the Grayskull e75 draw more power than the MTIA v2?", False),
    # near misses: "which has more" after the lead-in is still the one on top, a number is a range
    ("Going by per-chip figures, which has more HBM, Gaudi 3 or Trainium2?", "Intel Gaudi 3"),
    ("Going by per-chip figures, does the Gaudi 3 have more than 100 GB of HBM?", True),
]

ONE_NAMED_IN_A_LIST: list[tuple[str, object]] = [
    # the premise is checked since session 51 (the graph records NorthPole's 8-bit figures as INT8), and
    # the list is every INT8 chip, never the named one alone
    (
        "Which chips does the article credit with INT8 support, counting IBM NorthPole's 8-bit precision as INT8?",
        {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("Which chips support INT8, the NorthPole included?", REFUSE),
    ("which chips support bf16, like the groq lpu?", REFUSE),
    ("how many chips use hbm, such as the gaudi 3?", REFUSE),
    # near misses: two named chips are the field, a name set aside, a name that is the whole question
    ("Which of the Groq LPU and the IBM NorthPole support INT8?", {"Groq LPU", "IBM NorthPole"}),  # l.155 l.113
    ("Which chips other than the Groq LPU support INT8?", {"Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"}),
    ("Which chip does the article describe as a Language Processing Unit?", "Groq LPU"),
]

NAMED_CHIP_NO_MEASURE: list[tuple[str, object]] = [
    ("blackwell max gpus", "up to 576 GPUs, via NVLink 5, per cluster"),  # its one scale-out figure
    ("the biggest blackwell", REFUSE),
    ("the largest groq lpu", REFUSE),
    ("blackwell nvlink max", REFUSE),
    ("the top nvlink blackwell gpu", REFUSE),
    ("which is the most powerful tsmc groq lpu", REFUSE),
    ("most advanced 7nm groq lpu", REFUSE),
    # "max GPUs" is a word of scale-out (l.41: up to 576 GPUs over NVLink 5)
    ("blackwell nvlink max gpus", "up to 576 GPUs, via NVLink 5, per cluster"),
    ("trainium2 max chips", "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster"),  # l.73
    # near miss: without a named chip, the one candidate is still an answer
    ("the biggest chip Cerebras has", "Cerebras CS-3"),
]

CASES = LEAD_IN + ONE_NAMED_IN_A_LIST + NAMED_CHIP_NO_MEASURE


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_set_22_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
