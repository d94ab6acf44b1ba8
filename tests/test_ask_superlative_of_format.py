"""``chipkg ask``: a superlative of a format with no measure named ("which chip has the best int8
numbers?", set 42) compares the figures given at that precision: performance figures, the only ones
the graph gives a precision (ck:precision). It was refused ("does not say by which figure"), as
"the fastest int8 chip" was not. "The best INT8 support" says no figure and stays refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.answer import frame_of
from chipkg.namespaces import BASE, CK


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which chip has the best int8 numbers?", ["Groq LPU"]),
        ("which chip has the highest int8?", ["Groq LPU"]),
        ("best int8 chip", ["Groq LPU"]),
        ("which chip has the best int8, other than the groq lpu?", ["Qualcomm Cloud AI 100 Ultra"]),
        ("which chip has the best int8 support?", REFUSE),
        ("which chip has the most fp16?", REFUSE),  # only Trainium2 gives an FP16 figure
    ],
)
def test_a_superlative_of_a_format(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_frame_ranks_performance_at_the_precision(kg):  # noqa: ANN001
    frame = frame_of(kg.store, "which chip has the best int8 numbers?")
    assert frame.ask == "top" and frame.metric is not None
    assert frame.metric.prop == CK + "performance" and frame.metric.precision == BASE + "format/int8"
    assert frame.constraints == ()
