"""``chipkg ask``: "X included" keeps what the answer keeps anyway, checked.

"hedge included", "hedged lower bounds included", "including products it mentions only in passing"
were refused as "'included' is read as giving examples ('such as', 'including')". A gloss word of
inclusion (words.tsv phrase class ``inclusive``) with only a kind of figure (a hedge, the figures of
a hedge) or of what is counted (chips the article only mentions) says the answer keeps them
(chipkg.ask.parse.asides._kinds_included), which ask does: every figure is shown with its hedge, a
lower bound counts as a figure, an unprofiled chip is a chip. Checked against the question
(chipkg.ask.remarks._included): a hedge kept where no figure is shown, figures of a hedge counted
where the question sets them aside or ranks them, chips only mentioned beside "profiled" are
refused. "such as"/"including" with names is read as before (examples).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the Gaudi 3 cluster's FP8 figure is "up to 15 exaflops": shown with its hedge
        (
            "What FP8 performance does the Gaudi 3 cluster give, hedge included?",
            "up to 15 exaflops, FP8, per cluster, across 1,024 nodes",
        ),
        (
            "What FP8 performance does a Gaudi 3 cluster deliver, hedge included?",
            "up to 15 exaflops, FP8, per cluster, across 1,024 nodes",
        ),
        ("What is the Apple M4's clock speed, hedge included?", "up to 3.5 GHz"),
        ("What is the M4's clock, including the hedge?", "up to 3.5 GHz"),
        ("What is the Mythic M2000's performance (hedge included)?", "up to 35 TOPS"),
        # 7nm chips with a transistor count: the CS-3, and the Groq LPU's and AI 100 Ultra's "over" ones
        (
            "Which 7nm chips have a stated transistor count, hedged lower bounds included?",
            {"Cerebras CS-3", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        (
            "Which 7nm chips have a stated transistor count, lower bounds included?",
            {"Cerebras CS-3", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        (
            "Which 7nm chips have a transistor count (lower bounds included)?",
            {"Cerebras CS-3", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        # the Ryzen 9000 series is only mentioned: a chip all the same
        (
            "Which chips does the article rule out for the data center, including products it mentions only in passing?",
            {"AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"},
        ),
        (
            "Which chips are ruled out for data-center use, chips mentioned only in passing included?",
            {"AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"},
        ),
        ("How many chips are ruled out for data-center use, including products it mentions only in passing?", "3"),
        # a ranking shows each figure with its hedge
        (
            "Rank the Apple M4 and the Cloud AI 100 Ultra by memory bandwidth, highest first, hedges included.",
            ["Qualcomm Cloud AI 100 Ultra", "Apple M4"],
        ),
    ],
)
def test_what_is_included_is_kept(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a count or a yes/no shows no figure to keep a hedge on
        ("How many chips use HBM, hedge included?", "shows no figure"),
        ("Does the Gaudi 3 use HBM, hedge included?", "shows no figure"),
        # the question sets the lower bounds aside, and the remark counts them
        (
            "Which 7nm chips have a transistor count not stated as a lower bound, lower bounds included?",
            "",
        ),
        # a ranking of lower bounds is not read as counting them at their number
        ("Rank the 7nm chips by transistor count, lower bounds included.", "compares none so"),
        # "profiled" asked, and chips only mentioned included: both cannot hold
        (
            "Which profiled chips use HBM, including products it mentions only in passing?",
            "",
        ),
        # organizations are not the chips it mentions
        ("Which companies design 5nm chips, including products it mentions only in passing?", ""),
    ],
)
def test_what_the_answer_would_not_keep_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        # names after "such as" / "included" are still examples, refused as before
        "Which chips use HBM, such as Gaudi 3?",
        "Which chips use HBM, Gaudi 3 included?",
    ],
)
def test_names_included_are_still_examples(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_a_chip_named_after_including_is_an_example_checked(ask_json):  # noqa: ANN001
    check(ask_json, "Which chips use HBM, including the Gaudi 3?", "Intel Gaudi 3", at_least=True)
