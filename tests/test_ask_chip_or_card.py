"""``chipkg ask``: "per chip or per card" lets a card's figure count beside chips' (the AI 100 Ultra's
150 W is given per card, /work/shared/sources/ai-chip-race.txt line 105); with a comma before the
"or" ("(per chip, or per card where that is all the article gives)") it was read as "per chip" and
then a second scope, refused ("figures per card are not compared here"). The comma now joins them
the same; another scope ("per chip, or per core") is still refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check
from test_ask_set23 import POWER_RANKED


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rank the chips by power (per chip, or per card)", POWER_RANKED),
        (
            "Rank the chips by power draw, highest first (per chip, or per card where that is all the article gives).",
            POWER_RANKED,
        ),
        ("rank the chips by power (per chip or per card)", POWER_RANKED),
        (
            "which chips draw more than 100 W, per chip, or per card?",
            ["Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"],
        ),
        ("rank chips by sram (per chip, or per core)", REFUSE),
    ],
)
def test_per_chip_or_per_card(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order="more than" in question)
