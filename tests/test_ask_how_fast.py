"""``chipkg ask``: "how fast is <chip>?" with no measure named.

It was refused ("names a chip but not what to tell about it"). A chip's speed is its compute
performance where the article gives it no clock speed (the CS-3's 2.6 petaflops per chip); a chip
with both a clock and a performance figure leaves which one is asked unsaid, and is refused naming
both (answer._speed_of_chip). "How fast" of a link stays its bandwidth.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how fast is a single cs-3 chip?", "2.6 petaflops, mixed-precision"),
        ("how fast is the CS-3 per chip?", "2.6 petaflops, mixed-precision"),
        ("how fast is trainium2?", "650 teraFLOPS, FP16"),
        # a clock and a performance figure: which one is unsaid
        ("how fast is the groq lpu?", (REFUSE, "clock speed or its compute")),
        ("how quick is ibm northpole?", (REFUSE, "clock speed or its compute")),
        ("how fast is the mtia v2?", (REFUSE, "clock speed or its compute")),
        # a link: its bandwidth
        ("how fast is blackwell's nvlink?", "1.8 TB/s, bidirectional"),
    ],
)
def test_how_fast_a_chip_is(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
