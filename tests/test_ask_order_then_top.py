"""``chipkg ask``: "top N" or "first N" after the order of a ranking is said outright.

- "chips by power, lowest first, top 3" was refused "'top' with an ascending order", and "first 2"
  after an order was read as a generation of a product line (refused about comparison claims), "only
  need the first two" as "only" of a list. Where the order is said first ("lowest first", "smallest
  first", "lowest to highest", "ascending"), "top N" and "first N" (parse.forms._first_n) are the
  first N of the list in that order.
- "top N" said before any order ("top 3 chips by power, in ascending order", "top 2 lowest first") is
  the highest N, and the order after it may only say how to show them: still refused (walk.py).
  "first N" with no order said before it stays a generation of a line, refused as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

# power: Mythic M2000 about 4 W < e75 75 W < MTIA v2 90 W < AI 100 Ultra 150 W per card < e150 200 W
# clock: NorthPole nominal 400 MHz < e75 1 GHz < Groq LPU, e150 1.2 GHz < MTIA v2 1.35 GHz < M4 up to 3.5 GHz
# HBM: SN40L 64 GB < Trainium2 96 GB < Gaudi 3, Trillium 128 GB


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("chips by power, lowest first, top 2", ["Mythic M2000", "Tenstorrent Grayskull e75"]),
        ("least power first, top 2", ["Mythic M2000", "Tenstorrent Grayskull e75"]),
        ("rank chips by clock speed, slowest first, first 2", ["IBM NorthPole", "Tenstorrent Grayskull e75"]),
        ("sort the chips by power ascending, top 2", ["Mythic M2000", "Tenstorrent Grayskull e75"]),
        ("hbm capacity from smallest to largest, first two", ["SambaNova SN40L", "AWS Trainium2"]),
        (
            "rank the chips with hbm by capacity, smallest first, I only need the first two",
            ["SambaNova SN40L", "AWS Trainium2"],
        ),
        # the other way round: the first N of a descending order
        ("rank chips by clock, fastest first, first 2", ["Apple M4", "Meta MTIA v2"]),
    ],
)
def test_the_first_n_of_the_order_said(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # "top N" before the order: the highest N shown lowest first, or the lowest N?
        "top 2 lowest first",
        "top 2 chips by clock, slowest first",
        "top 3 chips by power in ascending order",
        # no order said before "first": a generation of a line
        "first 2 chips by power",
    ],
)
def test_top_before_the_order_is_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
