"""``chipkg ask``: "where a lane count is given at all", "of those where the node is stated": only chips
with the figure, which every comparison of that figure is anyway.

- "Which chip offers the most PCIe lanes to its host, where a lane count is given at all?" was
  refused ('where' unknown): a clause set off by a comma that names only a figure goes, checked as
  the parenthesis "(where a clock is given at all)" is (remarks: the frame must rest on that figure,
  the one compared) (parse.rewrites._where_named).
- "... the largest process node of those where the node is stated?": the same clause opened by "of
  those" at the end of the question.
- Said of a figure the question does not compare ("which chips use HBM, where a clock is given?"), it
  would narrow the answer: refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip has the most PCIe lanes, where a lane count is given at all?", "Intel Gaudi 3"),
        ("Which chip has the highest clock, where a clock speed is stated?", "Apple M4"),
        ("Which chip has the most transistors, where a transistor count is given?", "Cerebras CS-3"),
        ("Which chip is on the coarsest process node of those where the node is stated?", "Mythic M2000"),
        ("Which chip has the lowest clock of those where a clock is given?", "IBM NorthPole"),
    ],
)
def test_a_clause_restricting_to_the_figure_compared_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM, where a clock is given?",
        "Which chip has the highest clock, where a lane count is given at all?",
        "Which chip has the most SRAM of those where the node is stated?",
    ],
)
def test_a_clause_about_another_figure_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "does not fit the question"))


@pytest.mark.parametrize(
    "question",
    [
        # a negation, a chip's kind: not a figure stated
        "Which chip has the highest clock, where the clock is not stated?",
        "Which chip has the highest clock, where a chip is given?",
    ],
)
def test_any_other_clause_of_where_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
