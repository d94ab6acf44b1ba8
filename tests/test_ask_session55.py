"""Session 55: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) A format family's own words ("integer", "floating point": ck:formatFamily's labels) name every
    format of the family, as a bit width does ("4-bit": FP4 and INT4). The words were unknown and
    refused questions such as "Which chips support an integer format?".
(b) An "or" before a name of several formats ("INT2 or 4-bit", "integer or floating point") joins
    it to the formats before as one condition. Read as a second condition, the "or" was an "and":
    "Which chips support 2-bit or 4-bit formats?" listed NorthPole only (Blackwell's FP4 left out).
(c) An "or" between a name of several formats and a name of another kind ("HBM or 4-bit") is
    refused as other mixed alternatives are; it was read as "and" and answered that no chip fits.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

INTEGER = {"AWS Trainium2", "Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}
FLOATING = {"AWS Trainium2", "Groq LPU", "Intel Gaudi 3", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra"}
FOUR_BIT = {"IBM NorthPole", "Nvidia Blackwell GPU"}
MIXED = "combine alternatives of the same kind"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support an integer format?", INTEGER),
        ("chips with integer formats", INTEGER),
        ("Which chips support a floating-point format?", FLOATING),
        ("which chips support float formats", FLOATING),
        ("Which chips support both integer and floating point formats?", INTEGER & FLOATING),
        ("Which chips support integer or floating point formats?", INTEGER | FLOATING),
        ("Which chips support a 4-bit format, integer or floating point?", FOUR_BIT),
        ("Does the Groq LPU support a floating-point format?", True),
        ("Does Intel Gaudi 3 support an integer format?", REFUSE),  # its list is not exhaustive
    ],
)
def test_a_format_family_names_its_formats(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support 2-bit or 4-bit formats?", FOUR_BIT),
        ("Which chips support INT2 or 4-bit?", FOUR_BIT),
        ("Which chips support 4-bit or 2-bit formats?", FOUR_BIT),
        ("Which chips support at least one of INT2 and 4-bit?", FOUR_BIT),
        ("Which chips support both INT2 and 4-bit?", {"IBM NorthPole"}),
        ("How many chips support 2-bit or 4-bit formats?", "2"),
    ],
)
def test_or_before_several_formats_is_one_condition(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips support HBM or 4-bit formats?",
        "Which chips have HBM or 4-bit?",
        "How many chips are on 7nm or support 4-bit formats?",
    ],
)
def test_or_between_several_formats_and_another_kind_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, MIXED))
