"""Session 54: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) "Up to" an amount in a yes/no about a peak (a clock, a bandwidth, a throughput) reads as reaching
    it and as at most it. A peak short of the amount is "no" under the reading a buyer means ("does
    the M4 run up to 4 GHz?": it runs up to 3.5 GHz). A peak past it was "true" by reaching it
    ("does the Groq LPU deliver up to 500 TOPS?", of up to 1 PetaOPS; red team 109 W1, 13 questions)
    while "at most 500 TOPS" says no: refused, unless the figure is the amount said.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

UP_TO_READINGS = "'up to' an amount short of the chip's figure"


@pytest.mark.parametrize(
    "question",
    [
        "does the m4 have up to 50 gb/s of memory bandwidth?",
        "does the m2000 deliver up to 10 tops?",
        "does the groq lpu deliver up to 500 tops?",
        "is the m4 clocked up to 3 ghz?",
        "does trillium have up to 2 tb/s of memory bandwidth?",
        "does the cloud ai 100 ultra deliver up to 100 tops of int8?",
        "is northpole clocked up to 200 mhz?",
        "is the mtia v2 clocked up to 1 ghz?",
        "is the groq lpu clocked up to 1 ghz?",
        "does gaudi 3 have up to 2 tb/s of memory bandwidth?",
        "does the cloud ai 100 ultra have up to 100 gb/s of memory bandwidth?",
        "does the maia 100 deliver up to 500 tflops?",
        "does trainium2 deliver up to 500 tflops of fp16?",
    ],
)
def test_up_to_short_of_a_peak_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, UP_TO_READINGS))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the m4 run up to 3.5 GHz?", True),  # the figure said: both readings agree
        ("does the groq lpu deliver up to 1 petaops?", True),
        ("can the m2000 deliver up to 35 tops?", True),
        ("does the m4 run up to 4 GHz?", False),  # short of the amount: no
        ("does the groq lpu deliver up to 2 petaops?", False),
        ("does the m4 run at least 3 GHz?", True),  # no 'up to': read as said
        ("does the m4 run at most 4 GHz?", True),
    ],
)
def test_up_to_a_peak_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
