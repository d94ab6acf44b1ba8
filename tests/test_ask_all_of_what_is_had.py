"""``chipkg ask``: "all" after a word of having and before what is had ("use all HBM memory", "use
HBM for all of their memory", "use all but HBM", "suited for all workloads") says what all of a
chip's memories (workloads ...) are. Read as nothing, every chip with HBM was listed, the Gaudi 3
(SRAM too, line 55) and the SN40L (DDR5 and SRAM too, line 131) with them, and "suited for all
workloads" listed every chip with any workload (exit 0; red team 29 and the lead). The article's
lists are not exhaustive: refused. "All of A and B" (each of them) keeps its answer."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use all HBM memory?",
        "Which chips use HBM for all of their memory?",
        "which chips use HBM for all memory",
        "Which chips use all but HBM?",
        "Which chips are suited for all workloads?",
        "which chips use all sram",
    ],
)
def test_all_of_what_is_had_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support all of INT8 and FP16?", {"Qualcomm Cloud AI 100 Ultra", "Groq LPU"}),  # 105, 153
        ("Which chips have all of HBM, DDR5 and SRAM?", {"SambaNova SN40L"}),  # 131
        ("Which chips are suited to all of training and inference?", 4),
        ("list all chips with HBM", 5),
    ],
)
def test_all_of_several_things_keeps_its_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
