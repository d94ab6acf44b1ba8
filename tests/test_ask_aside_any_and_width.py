"""``chipkg ask``: two negated parentheses beside one figure asked, refused before ("a negation
inside a parenthesis", read sets 33 and 41):

- "(not any external memory)": "not any" sets aside what "not" does (the off-chip memories,
  checked against the rows found);
- "(the count, not their bit width)" beside "how many memory controllers": the units' width is
  another measure than the count asked, and with no width said there is nothing to check; with a
  width said ("not their 64-bit width") it is checked as before (a wrong width refused)."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("What per-chip SRAM capacity does the article give for IBM's NorthPole (not any external memory)?", "192 MB"),
        ("how much memory does the corsair c8 have (not any sram)", "LPDDR5, off-chip, capacity 256 GB"),
        (
            "How many memory controllers does the Cloud AI 100 Ultra have (the count, not their bit width)?",
            "4 memory controllers",
        ),
        ("How many memory controllers does the Cloud AI 100 Ultra have (not their bit width)?", "4 memory controllers"),
        ("How many memory controllers does the Cloud AI 100 Ultra have (the count, not their 32-bit width)?", REFUSE),
        # "not any" of the memory asked sets aside every row: refused, not answered with nothing
        ("What SRAM capacity does NorthPole have (not any SRAM)?", REFUSE),
        # a width beside no count of units is no such aside
        ("what is the sram of the groq lpu (not its bit width)?", REFUSE),
    ],
)
def test_negated_asides_beside_one_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
