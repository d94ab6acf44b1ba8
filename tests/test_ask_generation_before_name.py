"""``chipkg ask``: a generation said right before a chip's name ("Google's sixth-generation Trillium TPU").

It was refused ("'generation' asks for something I cannot look up"), though the same words in a
parenthesis after the name were checked against ck:generation. Now the prefix is checked the same
way (parse.asides._generation_before_name): dropped when the article gives that generation,
refused when it gives another or none.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the sixth-generation trillium tpu's hbm capacity?", "128 GB"),
        ("How much HBM does Google's sixth-generation Trillium TPU have?", "128 GB"),
        ("what is the second-generation trainium2's hbm?", "96 GB"),
        ("what is the fifth-generation trillium tpu's hbm capacity?", (REFUSE, "generation 6")),
        ("how much sram does the third-generation groq lpu have?", (REFUSE, "does not say")),
    ],
)
def test_a_generation_before_the_name(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
