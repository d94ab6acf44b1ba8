"""Red team 74 (1,503 questions, 109 wrong; its round-73 classes were mended before it ran): the new
classes mended here.

- WHOSE-X-IS-NAMED (22, exit 0): "chips whose foundry is named" was dropped ("among the 7nm chips
  whose foundry is named, which has the most SRAM": the MTIA v2, whose foundry is not named). It is
  "with a named foundry" (sentences.whose_named), and a relation said to be named that the reading
  does not hold is refused (question._named_relation_unread): "which chip with a named foundry has
  the most transistors" dropped it too and answered the CS-3.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, answered_or_refused, column, count_of


@pytest.mark.parametrize(
    "question",
    [
        "Among the 7nm chips whose foundry is named, which has the most SRAM?",
        "Among chips whose foundry the article names, which has the most SRAM?",
        "Among the 7nm chips with a named foundry, which has the most SRAM?",
    ],
)
def test_whose_foundry_is_named(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["Qualcomm Cloud AI 100 Ultra"]


def test_whose_foundry_is_named_in_a_list_and_count(ask_json):  # noqa: ANN001
    assert sorted(column(answered(ask_json, "Which chips whose foundry is named support INT8?"))) == [
        "Groq LPU",
        "Qualcomm Cloud AI 100 Ultra",
    ]
    assert count_of(ask_json, "How many 7nm chips whose foundry is named are there?") == "2"


@pytest.mark.parametrize(
    "question",
    [
        "Which chip with a named foundry has the most transistors?",  # the CS-3 answered: no foundry named
        "Rank the chips with a named foundry by transistor count.",
        "Of the chips whose foundry is known, which draws the most power?",
        "Which Nvidia chips have a named foundry?",  # the H100 listed: no foundry named
    ],
)
def test_a_named_relation_never_dropped(ask_json, question):  # noqa: ANN001
    data = answered_or_refused(ask_json, question)
    assert data is None or "Cerebras CS-3" not in column(data) and "Nvidia H100" not in column(data)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips whose foundry is not named are on 7nm?",
            ["AWS Trainium2", "Cerebras CS-3", "Meta MTIA v2", "SambaNova SN40L"],
        ),
        ("Which chips whose foundry is named as TSMC are on 7nm?", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
    ],
)
def test_whose_foundry_otherwise(ask_json, question, expected):  # noqa: ANN001
    assert sorted(column(answered(ask_json, question))) == expected


def test_among_chips_with_a_named_workload(ask_json):  # noqa: ANN001
    # Gaudi 3's workloads are not recorded: with a named workload, Trillium alone has the most HBM
    data = answered(ask_json, "Among chips with a named workload, which has the most HBM?")
    assert column(data) == ["Google Trillium TPU"]
    assert "has a workload" in data["reading"]
