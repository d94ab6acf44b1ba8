"""``chipkg ask``: casual phrases that change nothing (words.tsv). "what's the fastest-clocked chip in the
whole list?" (set 29) was refused for 'whole': "in the whole list" says of all the chips, as "in there"
does. "whole" alone stays a scope word ("a whole pod").
"""

from __future__ import annotations

import pytest
from ask_expect import check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("what's the fastest-clocked chip in the whole list?", "Apple M4"),
        ("which 7nm chip in the whole list has the most sram", "Meta MTIA v2"),
    ],
)
def test_phrases_that_change_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=True)
