"""``chipkg ask``: two bounds of opposite directions joined by a conjunction ("faster than 1.1 GHz but
slower than 1.3?"), one a bare number and the other a number with its unit, bound one measure: the
bare number takes the unit, as the first number of "between 1.1 and 1.3 GHz" does. "1.3" was refused
as a count of nothing named (set 38; chipkg.ask.parse.frames._bounds_share_unit). Bounds of the same
direction, or a bare number followed by a measure of its own, are read as before."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips clock above 1.1 GHz but below 1.3?", {"Groq LPU", "Tenstorrent Grayskull e150"}),
        ("which chips run faster than 1.1 but slower than 1.3 GHz?", {"Groq LPU", "Tenstorrent Grayskull e150"}),
        ("which chips draw over 50 W but under 100?", {"Meta MTIA v2", "Tenstorrent Grayskull e75"}),
        ("chips drawing less than 100 W and more than 50", {"Meta MTIA v2", "Tenstorrent Grayskull e75"}),
        (
            "Which chips are clocked at 1.2 GHz or more but under 2?",
            {"Groq LPU", "Tenstorrent Grayskull e150", "Meta MTIA v2"},
        ),
        ("Is the Groq LPU clocked above 1 GHz but below 1.5?", True),
    ],
)
def test_bare_bound_takes_the_other_bounds_unit(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chips draw over 50 W and over 100?",  # same direction: no range
        "which chips have more than 100 MB of SRAM but fewer than 200 cores?",  # 200 counts cores
        "which chips clock above 1 GHz but below 2 cores?",
        "Which chips have more than 100 MB of SRAM but less than 200?",  # a measure word between: not read
    ],
)
def test_bare_bound_not_a_range_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
