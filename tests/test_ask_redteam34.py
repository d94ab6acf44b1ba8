"""``chipkg ask``: red team 34 on this session's changes (368 questions; exit 0 with a wrong answer).

- "how many technologies does Blackwell's NVLink have" answered Blackwell's 6: the count is the
  whole chip's, refused of a part or a link;
- "which two dies does the Gaudi 3 have", "which 16 lanes": "which", a number and a counted kind of
  unit ask which units they are (the chip was listed);
- "which hyperscalers invest in (design) their own interconnects / software" answered every
  hyperscaler: a property of chips with no value beside organizations asked is refused;
- "which chip maker will (could, might) lead the market": the market-share report is the article's
  estimate, no forecast: refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("how many technologies does blackwell's nvlink have", (REFUSE, "whole chip only")),
        ("which two dies does the gaudi 3 have", (REFUSE, "not which they are")),
        ("which 16 lanes does the gaudi 3 have", (REFUSE, "not which they are")),
        ("which three memory tiers does the sn40l have", (REFUSE, "not which they are")),
        ("which hyperscalers invest in their own interconnects", (REFUSE, "names no value")),
        ("which hyperscalers design their own software", (REFUSE, "names no value")),
        ("which chip maker will lead the market", (REFUSE, "what may be")),
        ("who might control the biggest slice of the market", (REFUSE, "what may be")),
        # still answered
        ("how many technologies does blackwell have", "6 technologies"),
        ("which hyperscalers invest in their own AI processors", {"Amazon", "Google", "Meta", "Microsoft"}),
        ("which chip maker leads the market", ["Nvidia"]),
        ("which 2 chips have the most sram", 2),
        ("market share of nvidia and nvidia", "about 85 %"),  # one row, not two
    ],
)
def test_red_team_34(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
