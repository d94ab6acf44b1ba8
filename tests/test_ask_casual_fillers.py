"""``chipkg ask``: casual phrases that change nothing (words.tsv). "what's the fastest-clocked chip in the
whole list?" (set 29) was refused for 'whole': "in the whole list" says of all the chips, as "in there"
does. "whole" alone stays a scope word ("a whole pod").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("what's the fastest-clocked chip in the whole list?", "Apple M4"),
        ("which 7nm chip in the whole list has the most sram", "Meta MTIA v2"),
    ],
)
def test_phrases_that_change_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=True)


@pytest.mark.parametrize(
    "question,expected",
    [
        # verbs of joining chips (ck:interconnect hidden labels; sets 9, 26): "together" after one joins
        # the chips, no sum, unless a figure is asked
        ("what does groq use to hook lpus together?", "Groq proprietary interconnect"),
        ("what does groq use to link lpus together?", "Groq proprietary interconnect"),
        ("what is the total bandwidth of blackwell's links together", REFUSE),
    ],
)
def test_verbs_of_joining_chips(ask_json, question, expected):  # noqa: ANN001
    if expected == REFUSE:
        check(ask_json, question, REFUSE)
    else:
        check(ask_json, question, expected, at_least=True)


@pytest.mark.parametrize(
    "question,expected",
    [
        # "GPU to GPU": one kind twice joined by "to" names chips joined, by chip-to-chip or scale-out
        # links, not the die-to-die link inside one Blackwell (set 26 judged both links wrong)
        ("what does blackwell use to talk gpu to gpu?", ["NVLink 5"]),
        ("what does blackwell use to connect gpu to gpu?", ["NVLink 5"]),
        ("what does trillium use to connect gpu to gpu", REFUSE),  # Trillium is no GPU
    ],
)
def test_a_kind_to_the_same_kind_is_chips_joined(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
