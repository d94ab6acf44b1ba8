"""Counting apart said over commas or with "treating" (blind sets 44 and 47), in questions of our own.

"Counting Alphabet and Google, and Amazon and AWS, as separate organizations, how many ...": the
clause of counting apart runs to the first comma after its word of counting apart ("separately", "as
separate organizations"), and a last clause from the comma before its verb; "(treating Amazon and AWS
as separate organizations)" counts apart as "counting" does. The megacap players are ten
organizations, each subsidiary counted with its parent (l.17-95); eleven with one pair counted
apart, twelve with both.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, count_of

MEGACAP = "how many companies are in the Megacap Players section"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (f"Counting Alphabet and Google, and Amazon and AWS, as separate organizations, {MEGACAP}?", "12"),
        (f"Counting Alphabet and Google, and Amazon and AWS separately, {MEGACAP}?", "12"),
        (f"{MEGACAP.capitalize()}, counting Alphabet and Google, and Amazon and AWS, as separate organizations?", "12"),
        (f"{MEGACAP.capitalize()} (treating Amazon and AWS as separate organizations)?", "11"),
        (f"{MEGACAP.capitalize()} (counting Amazon and AWS as distinct companies)?", "11"),
        (f"{MEGACAP.capitalize()}?", "10"),
    ],
)
def test_counting_apart_over_commas(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # counting apart beside a question that does not count organizations: refused as before
        "Which chips are made by TSMC (treating Amazon and AWS as separate organizations)?",
        # something else in the clause than names and the words of counting apart
        f"Counting Alphabet and Google, and the 7nm chips, as separate organizations, {MEGACAP}?",
    ],
)
def test_counting_apart_that_does_not_fit_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
