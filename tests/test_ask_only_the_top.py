"""``chipkg ask``: "only the top 3" says how many rows to show.

"Order the chips by transistor count, largest first, and give me only the leading three" was
refused: "only" was read as saying a chip does one thing only, which the article's lists (never
exhaustive) cannot tell. Next to a cut of a ranking (a "top" word or a superlative and its number,
either side) it limits the answer (parse.walk._answer_cut); elsewhere it refuses as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TOP_THREE_TRANSISTORS = ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100"]


@pytest.mark.parametrize(
    "question",
    [
        "Could you order the chips by transistor count, largest first, and give me only the leading three?",
        "rank chips by transistor count, only the top 3",
        "rank chips by transistor count, top 3 only",
        "list just the top three chips by transistor count",
    ],
)
def test_only_beside_a_cut_limits_the_rows(ask_json, question):  # noqa: ANN001
    check(ask_json, question, TOP_THREE_TRANSISTORS)


@pytest.mark.parametrize(
    "question",
    [
        "which chips only use HBM?",  # a chip that uses HBM alone: the lists are not exhaustive
        "which chips have only 3 dies?",  # a number that is no cut
        "top 3 chips by power, only 7nm",  # 'only' of a node, not of the cut
    ],
)
def test_only_elsewhere_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
