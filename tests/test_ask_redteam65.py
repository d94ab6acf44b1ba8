"""Red team 65: 100 questions answered wrong at 826db43 (exit 0), each now refused or answered
right. Report: the session 41 closing note.

"Out" after a kind ("(Nvidia's GPU is out)", "(the GPUs are out)") read the kind as a condition and
answered the chips set aside; "apart from Nvidia's GPU" kept other vendors' GPUs only; "the
Trainiums" (a plural of one chip's name) left the Trainium2 in; "more than one TOPS figure" read as
"> 1 TOPS"; corrections after a dash, a semicolon or a parenthesis were read whole; "for sure" beside
one chip's hedged value or a market share ("likely HBM3E", "about 85 %", l.13, 47) was dropped.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the most transistors (Nvidia's GPU is out)?",
        "which chip has the most transistors (the GPUs are out)?",
        "which chip has the most SRAM with the TPU out?",
        "which chips use HBM (the ASICs are out)?",
        "which chip has the most transistors apart from Nvidia's GPU?",
        "which chips are made by TSMC other than Nvidia's GPU?",
        "which chips use HBM apart from AMD's GPU?",
        "which chips are not Nvidia GPUs?",
        "which chips support FP16 (the Trainiums are out)?",
        "which chips support FP16 other than Trainiums?",
        "which chips support FP16, excluding the Trainiums?",
        "which chips have more than one TOPS figure?",
        "how many chips have more than one FLOPS figure?",
        "what's the e75's power — actually, the e150's",
        "what's the e75's power; actually, the e150's",
        "what's the e75's power (actually the e150's)?",
        "which memory does the MI350 use for sure?",
        "which memory does the MI350 use, stated outright?",
        "what market share does AMD have for certain?",
        "what's Nvidia's market share for sure?",
        "what foundry makes the Adreno 750, stated outright?",
    ],
)
def test_red_team_65_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "which chips support FP16, excluding the Grayskulls?",
            ["AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"],
        ),
        ("which GPUs are not made by Nvidia?", None),  # a kind asked, an organization left out: read as before
        ("which chips, actually, use HBM?", None),
        ("which memory does the Gaudi 3 use for sure?", None),
    ],
)
def test_near_misses_keep_their_answers(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    if expected is not None:
        assert sorted(first_column(data)) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Up to how many Trillium TPUs fit in a single pod?",  # sets 7, 27, 31: a model's units in the plural
        "how many transistors are in nvidia's blackwell gpus",
        "trillium tpus per pod",
    ],
)
def test_a_plural_of_a_model_is_still_read(ask_json, question):  # noqa: ANN001
    answered(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        # red team 66: read at its stated number, a lower bound sits on a strict limit the article's
        # "over" puts it past: the two readings differ
        "which chips have more than 20 billion transistors, taking hedged figures at face value?",
        "which chips have more than 20 billion transistors? Take hedged counts at their stated number.",
        "which chips have more than 20 billion transistors? Keep Groq's 'over' at its stated value.",
        "does the Groq LPU have more than 20 billion transistors? Take hedged counts at their stated number.",
        "how many chips have more than 10 billion transistors? Take hedged counts at their stated number.",
        # red team 66: a false count of an organization's chips was read as "the top N"
        "Which of Groq's three chips has the most SRAM?",
        "rank Cerebras's three chips by cores",
        "which of Tenstorrent's four chips uses less power?",
    ],
)
def test_red_team_66_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "which chips have at least 20 billion transistors, taking hedged figures at face value?",
            ["Apple M4", "Cerebras CS-3", "Groq LPU", "IBM NorthPole", "Microsoft Maia 100", "Nvidia Blackwell GPU"],
        ),
        ("Which of Tenstorrent's two chips uses less power?", ["Tenstorrent Grayskull e75"]),
    ],
)
def test_red_team_66_near_misses(ask_json, question, expected):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == expected
