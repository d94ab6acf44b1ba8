"""``chipkg ask``: "peak" is a word for a chip's performance figure ("peak performance", "peak
TFLOPS"), so a list or count of chips whose figure is only had ("which chips give a peak performance
figure?") listed every chip with a performance figure, while the article calls only some figures
peak (ck:metric "peak": the M4 GPU's, the Maia 100's, the Groq LPU's) and an "up to" figure may be
read as a peak too (red team, set 38). Such a question is refused (the kinds from the graph,
``Lexicon.figure_kind_words``; chipkg.ask.parse.question._figure_kind_deciding); beside a value
compared, a ranking or one chip's figure "peak" still names the figure."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Which chips give a peak performance figure?",
        "Which performance figures are peak?",
        "how many chips state a peak throughput?",
        "Which chips have a stated peak?",
        "which chips quote peak TFLOPS",
        "Which chips give a peak INT8 figure?",
        "Which companies have chips with a peak performance figure?",
        "Which chips give a peak performance figure and are made by TSMC?",
        "List the chips whose peak compute the article gives.",
        "Count the accelerators that have peaks stated.",
    ],
)
def test_peak_as_the_only_condition_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names a kind of figure the article gives for some figures only"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a value compared, a ranking, one chip's figure: "peak" names the figure
        (
            "Which chips have peak performance above 500 TFLOPS?",
            {"AWS Trainium2", "Cerebras CS-3", "Microsoft Maia 100", "d-Matrix Corsair C8"},
        ),
        ("what's the maia 100's peak performance?", "800 TFLOPS, peak"),
        ("Which chip has the highest stated peak INT8 performance in the article?", "Groq LPU"),
        # no "peak": a figure had is still a list of chips
        ("Which chips give an INT8 performance figure?", {"Qualcomm Cloud AI 100 Ultra", "Groq LPU", "IBM NorthPole"}),
        # other kinds of figure are words ask does not know
        ("Which chips give a sustained performance figure?", (REFUSE, "sustained")),
        ("Which chips give a sparse performance figure?", (REFUSE, "sparse")),
    ],
)
def test_peak_beside_a_value_still_names_the_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
