"""``chipkg ask``: "the same 5nm node as the Gaudi 3" (set 29) was refused ("'same' is read only as
..."): a value of the relation said with "same" stays a condition of the chips asked, and the named
chip must have it, a premise checked when answered (``Frame.chip_premises``): a value the named chip
does not have is refused as a false premise, never answered "false" or "none".

Gaudi 3 and Maia 100 on 5nm; the Groq LPU and five other chips on 7nm (data/*.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SEVEN_NM = {
    "AWS Trainium2",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Cerebras CS-3",
}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Is the Microsoft Maia 100 built on the same 5nm node as Intel's Gaudi 3?", True),
        ("Is the Groq LPU built on the same 5nm node as Intel's Gaudi 3?", False),
        ("Which chips use the same 7nm node as the Groq LPU?", SEVEN_NM),
        ("how many chips use the same 7nm node as the groq lpu", "5"),
        ("Is the Microsoft Maia 100 built on the same 7nm node as Intel's Gaudi 3?", (REFUSE, "rules out")),
        ("Which chips use the same 5nm node as the Groq LPU?", (REFUSE, "rules out")),
    ],
)
def test_a_value_said_with_same(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
