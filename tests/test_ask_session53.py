"""Session 53: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) A word that is itself a word of a name ("float", of "16-bit float", from ck:FloatingPoint's
    skos:altLabel) is no typo of another name: "float" was read as "bfloat" and answered the BF16
    chips (exit 0). It is refused as a word ask cannot read alone, naming the formats it is part of.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize("question", ["float", "float chips", "which chips support float?"])
def test_a_word_of_a_name_is_no_typo_of_another(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "'float' is part of"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("16-bit float chips", {"AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("4-bit integer chips", {"IBM NorthPole"}),
        ("groq lpu bflaot", True),
        ("nortpole clock speed", ["nominal 400 MHz"]),
    ],
)
def test_formats_by_width_and_typos_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
