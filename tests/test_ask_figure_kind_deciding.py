"""``chipkg ask``: a kind of performance figure the article names for some figures only (ck:metric
"peak": the Apple M4 GPU's 7.5 TFLOPS, line 119; the Maia 100's 800 TFLOPS, line 81; the Groq LPU's
up to 1 PetaOPS, line 153) is a word for performance itself in the vocabulary ("peak performance"),
which is right where a figure is compared, ranked or asked for: every performance figure is a peak
rate. Where a question only asks whether chips have such a figure, the word decides the answer, and
reading it as performance listed every chip with any figure (red team 28, W3: exit 0). Refused there;
compared, ranked and asked-for figures keep their answers.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

WITH_PERFORMANCE = {
    "AWS Trainium2",
    "Apple M4",
    "Cerebras CS-3",
    "Groq LPU",
    "IBM NorthPole",
    "Intel Gaudi 3",
    "Microsoft Maia 100",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "d-Matrix Corsair C8",
}


@pytest.mark.parametrize(
    "question",
    [
        "Which performance figures are peak?",
        "Which chips give a peak performance figure?",
        "chips with peak compute",
        "How many chips have a peak performance figure?",
        "which accelerators quote a peak throughput number",
        "Which companies make chips with a peak performance figure?",
        "Which chips have a peak INT8 performance figure?",
        "list the chips for which the article states peak performance",
    ],
)
def test_a_peak_figure_asked_to_exist_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have a performance figure?", WITH_PERFORMANCE),  # no kind said: every chip with one
        ("what is the peak performance of the maia 100?", ["800 TFLOPS, peak"]),  # line 81
        ("Which chip has the highest peak INT8 performance?", {"Groq LPU"}),  # 153: up to 1 PetaOPS
        (
            "Which chips have a peak performance above 100 TFLOPS?",  # a bound: every figure is a peak rate
            {"AWS Trainium2", "Cerebras CS-3", "Microsoft Maia 100", "d-Matrix Corsair C8"},
        ),
        ("groq lpu peak int8", ["up to 1 PetaOPS, INT8, peak"]),
    ],
)
def test_b_peak_beside_a_figure_compared_or_asked_keeps_its_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
