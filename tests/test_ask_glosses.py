"""Glosses and descriptive nouns in analyst questions: a parenthesis or phrase that restates,
exemplifies or describes what the question already asks, or a noun the graph knows under another
name. A gloss is dropped (or read as the same condition) only when the graph shows it restates the
question; one that names something else, or a premise the graph rules out, stays refused. The
questions here are written for these tests, not copied from the held-out sets.

- Counts said again: "two dies (dual-die or dual-chip packages)", "made of two dies (counting a
  dual-chip design as two)". A count in the words the graph states counts of that kind in
  (ck:statedUnit: the SN40L's two dies are its "dual-chip design") is the same count: a parenthesis
  made only of such counts of the number said outside is dropped, and "dual-die or dual-chip" joined
  by "or" is one die count, not "the top 2 chips" (which answered "how many" with a ranked list).
  A word for how the counted units are put together just before the count ("packaging two dies")
  changes nothing; asked for itself ("what packaging") it is still refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TWO_DIES = {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}

COUNTS_SAID_AGAIN: list[tuple[str, object]] = [
    ("Which chips have two dies (dual-die or dual-chip packages)?", TWO_DIES),
    ("How many accelerators are two-die parts (dual-die or dual-chip)?", "3"),
    ("List the chips made from two dies (counting a dual-chip package as two dies)", TWO_DIES),
    ("how many chips are dual-chip or dual-die designs", "3"),
    ("which chips are dual-die or dual-chip packages", TWO_DIES),
    ("Which chips package two dies?", TWO_DIES),
    # the parenthesis says another count, kind or number: not the same condition
    ("Which chips have two dies (dual-die or three-chip packages)?", REFUSE),
    ("which chips have two dies (or four chips)", REFUSE),
    ("Which chips have two dies (dual-die or dual-core packages)?", REFUSE),
    ("how many chips are dual-die or dual-tile designs", REFUSE),
    ("what packaging does gaudi 3 use", (REFUSE, "packaging")),
]


@pytest.mark.parametrize(("question", "expected"), COUNTS_SAID_AGAIN, ids=[q for q, _ in COUNTS_SAID_AGAIN])
def test_a_count_said_again_in_the_graphs_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
