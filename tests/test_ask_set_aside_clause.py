"""``chipkg ask``: a last clause after a comma that sets aside only words for properties (", leaving
aside interconnect bandwidth", ", setting aside ...": words.tsv negations valued ``exclude``) is read
as its parenthesis is, a remark the frame is checked not to use (chipkg.ask.remarks.comma_asides).
"Which chip has the highest memory bandwidth, leaving interconnect bandwidth aside?" (set 37) was
refused ("cannot say what a chip does not have"). A clause that sets aside what the question asks, a
kind of chip or a name is still refused.

Highest memory bandwidth: Intel Gaudi 3 and Google Trillium TPU, 3.7 TB/s each (data/intel.ttl,
data/google.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TOP_BANDWIDTH = {"Intel Gaudi 3", "Google Trillium TPU"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which chip has the highest memory bandwidth, leaving aside interconnect bandwidth?", TOP_BANDWIDTH),
        ("Which chip has the highest memory bandwidth, setting aside interconnect bandwidth?", TOP_BANDWIDTH),
        # said around what it sets aside, last, after a comma or "and" (set 37)
        ("Which chip has the highest memory bandwidth, leaving interconnect bandwidth aside?", TOP_BANDWIDTH),
        (
            "Which chip does the article credit with the lowest stated memory bandwidth, taking any 'up to' "
            "figure at its stated peak and leaving interconnect bandwidth aside?",
            {"Apple M4"},
        ),
        ("which chip has the highest memory bandwidth and excluding interconnect bandwidth", TOP_BANDWIDTH),
        (
            "which chips use HBM, leaving Nvidia and AMD aside?",
            {"Intel Gaudi 3", "Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"},
        ),
        ("what is the clock of the groq lpu, leaving aside clock speed", REFUSE),  # sets aside what is asked
        ("which chips use hbm, excluding gpus", REFUSE),  # a kind of chip: a condition, not a remark
        ("which chips have the most sram, setting aside sram", REFUSE),
    ],
)
def test_a_property_set_aside_in_a_last_clause(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
