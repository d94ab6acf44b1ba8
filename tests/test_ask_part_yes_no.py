"""``chipkg ask``: "does the M4 have a Neural Engine?" asks whether a named part is the chip's
component (or a chip integrated into it), yes/no.

It was refused ("a figure of a chip's component is asked of one chip at a time"): the part's name
was read as a figure's subject. Read whole by ``parse.rewrites._part_yes_no``: an auxiliary, one
chip, a verb of containing and one named part, nothing else. A part the article does not place in
that chip is "the article does not say" (exit 1), never true.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the m4 have a neural engine?", True),
        ("Does the Apple M4 contain the M4 GPU?", True),
        ("does the snapdragon 8 gen 3 contain the adreno 750?", True),
        ("does the Snapdragon 8 Gen 3 integrate the Adreno 750?", True),
        # not placed in that chip by the article: not said, never true
        ("does the groq lpu have a neural engine?", (REFUSE, "does not say")),
        ("does the m4 have the adreno 750?", (REFUSE, "does not say")),
        ("does the snapdragon 8 gen 3 have the groq lpu?", (REFUSE, "does not say")),
    ],
)
def test_a_named_part_of_a_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what gpu is in the snapdragon 8 gen 3?", {"Qualcomm Adreno 750"}),
        ("which processors are in the apple m4?", {"Apple M4 CPU", "Apple M4 GPU", "Apple M4 Neural Engine"}),
        ("what gpu is in the groq lpu?", (REFUSE, "no GPU part")),
    ],
)
def test_the_parts_that_are_in_a_chip(ask_json, question, expected):  # noqa: ANN001
    """ "What GPU is in X": a copula before "in" says X holds it, as "what GPU does X contain" does."""
    check(ask_json, question, expected)
