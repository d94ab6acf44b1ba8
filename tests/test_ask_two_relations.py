"""``chipkg ask``: two relations joined by "or"/"and" in a question for one chip's value.

"Which cloud services or applications does the Maia 100 support?" printed Microsoft Azure alone (exit
0): the first relation (the cloud it is deployed on) was answered and the applications it supports
(Copilot, Azure OpenAI Service) dropped unread. Two things asked of the chip are refused, as a figure and
an organization asked together are (parse.checks._two_relations_joined; found by helper verbs36).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Which cloud services or applications does the Maia 100 support?",
        "What applications and cloud services does the Maia 100 serve?",
    ],
)
def test_two_relations_of_one_chip_are_refused(ask_json, question):  # noqa: ANN001
    # "or" between two relations' words is refused where it stands since session 51 (an "or" no
    # alternative took), "and" as two things asked of the chip
    data = check(ask_json, question, REFUSE)
    assert "two things of the chip" in data["reason"] or "alternatives of the same kind" in data["reason"], data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which applications does the Maia 100 support?", ["Azure OpenAI Service", "Microsoft Copilot"]),
        ("Which cloud services does the Maia 100 run on?", ["Microsoft Azure"]),
    ],
)
def test_one_relation_is_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
