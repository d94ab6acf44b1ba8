"""Red team 64: 59 questions answered wrong at d90973b (exit 0), each now refused or answered right.
Report: the session 41 closing note.

"out" was a filler: "(Groq is out)" read as "designed by Groq" and answered the Groq LPU (43 of
them); "(M4 and MTIA v2 are out)" as "one of" them; "for certain" and "for sure" were dropped beside
hedged figures (the M4's "up to 3.5 GHz", l.119); "..., actually ..." corrections were read whole.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the most TOPS (Groq is out)?",
        "which chip has the most HBM (Intel and Google are out)?",
        "how many 7nm chips are there (Groq is out)?",
        "list the 7nm chips (Cerebras and Groq are out)",
        "which chip has the most TOPS (Groq's chips are out)?",
        "what's the fastest-clocked chip, Apple being out?",
        "which chip has the most TOPS (Groq's out)?",
        "most HBM with Intel out",
        "which chip has the most TOPS, Groq out?",
        "which chip has the most TOPS with Groq out?",
    ],
)
def test_a_name_said_out_is_never_a_condition(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip has the highest clock (M4 and MTIA v2 are out)?", ["Groq LPU", "Tenstorrent Grayskull e150"]),
        ("which chip has the highest clock (the M4 is excluded)?", ["Meta MTIA v2"]),
        ("which chip has the highest clock speed (the M4 is out)?", ["Meta MTIA v2"]),
    ],
)
def test_chips_said_out_are_left_out(ask_json, question, expected):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the highest clock speed for certain?",
        "which chip has the most TOPS for sure?",
        "which chip draws the least power for certain?",
        "rank chips by power for sure",
        "lowest clock for sure",
    ],
)
def test_for_certain_beside_hedged_figures_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "may mean figures with no hedge")


@pytest.mark.parametrize(
    "question",
    ["what's the Maia 100's transistor count, actually its process node?", "Gaudi 3 HBM, actually SRAM"],
)
def test_actually_after_a_comma_corrects(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "corrects itself")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips does TSMC actually make?", 5),
        ("which chips, actually, use HBM?", 5),
    ],
)
def test_actually_elsewhere_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    assert len(first_column(answered(ask_json, question))) == expected
