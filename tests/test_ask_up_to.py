"""``chipkg ask``: "up to X" asked in a yes/no. Of a capability ("does the M4 run up to 4 GHz") it
asks whether the peak reaches X, the reading says so (">= 4 GHz"). Of a power ("does the MTIA v2
draw up to 50 W") it reads as "at most 50 W" as readily as "reaching 50 W", and the two disagree
(it draws 90 W, /work/shared/sources/ai-chip-race.txt line 89): it answered true by the second;
now refused, pointing to "at most" / "more than" (red team 8's note).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the MTIA v2 draw up to 50 W?", (REFUSE, "'up to' a power")),
        ("does the MTIA v2 draw up to 100 W?", (REFUSE, "'up to' a power")),
        ("does the Grayskull e150 consume up to 300 W?", (REFUSE, "'up to' a power")),
        ("does the MTIA v2 draw at most 100 W?", True),
        ("does the MTIA v2 draw more than 50 W?", True),
        # past the amount: "yes" by reaching it, "no" by "at most" (red team 109 W1): refused
        ("does the m4 run up to 3 GHz?", REFUSE),
        ("does the m4 run up to 3.5 GHz?", True),
        ("does the m4 run up to 4 GHz?", False),
    ],
)
def test_up_to_in_a_yes_no(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
