"""``chipkg ask``: "how fast is the M4's Neural Engine?" (sets 3, 27, casual) was refused as if it
asked the M4's clock ("'how fast' may ask for Apple M4's clock speed or its compute performance"):
the M4's clock is its CPU's (ck:measuredOn), and the Neural Engine has none, so its speed is its
compute performance, 38 TOPS (l.121). A chip or part that has a clock of its own and a performance
figure is still refused, naming both.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("how fast is the M4's neural engine?", "38 TOPS, on Apple M4 Neural Engine"),
        ("how fast is the apple m4 gpu", "7.5 TFLOPS, on Apple M4 GPU, peak"),
        ("how fast is the apple m4 cpu", (REFUSE, "clock speed or its compute performance")),
        ("how fast is the m4", (REFUSE, "clock speed or its compute performance")),
        ("how fast is the groq lpu", (REFUSE, "clock speed or its compute performance")),
    ],
)
def test_the_speed_of_a_part_without_a_clock_is_its_performance(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
