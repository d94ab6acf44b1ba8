"""``chipkg ask``: the asker granting that the source's lists may be incomplete ("(I realise the list
may not be exhaustive.)", set 29) was refused as a negation inside a parenthesis: "not exhaustive",
"incomplete" are words of discourse (words.tsv), said of the source, and a clause of discourse that
names nothing is dropped (remarks.inert_clause); "the list" is a noun there, not the imperative. A
question the caveat cannot make answerable (a negation the article's lists cannot decide) stays
refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

UXL = {"AMD", "Intel", "Google"}


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Which companies does the article name as members of the UXL Foundation? (I realise the list may not "
            "be exhaustive.)",
            UXL,
        ),
        (
            "Which companies does the article name as members of the UXL Foundation? I realise the list may not be "
            "exhaustive.",
            UXL,
        ),
        ("Which companies are members of the UXL Foundation? The list may not be exhaustive, I know.", UXL),
        ("which chips do not use hbm? I realise the list may not be exhaustive.", REFUSE),
        ("which chips are not exhaustive", REFUSE),
        ("give me the list of chips made by tsmc on 7nm", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
    ],
)
def test_a_caveat_about_the_source_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # "treat X as close enough" (set 27): the figures taken as stated, as "at face value"
        (
            "Which accelerator has the lowest stated power consumption? Treat the M2000's 'approximately' as close "
            "enough.",
            {"Mythic M2000"},
        ),
        ("which chips are close enough to 7nm", REFUSE),
    ],
)
def test_taken_as_close_enough(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # "keep X rather than turning it into an exact figure" (set 33): what is kept stays as is; a
        # hedge it names is checked against the figure
        (
            "As the article states it, what is the peak INT8 throughput of the Groq LPU? Please keep the 'up to' "
            "qualifier rather than turning it into an exact figure.",
            "up to 1 PetaOPS, INT8, peak",
        ),
        (
            "What is the M4's clock? Keep the 'over' qualifier rather than turning it into an exact figure.",
            (REFUSE, "lower bound"),
        ),
    ],
)
def test_kept_rather_than_made_exact(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # a lead-in that only says how to answer reads as a sentence after the question (set 34)
        (
            "Keeping the 'up to' hedge, how large an inference-performance gain over the MI300 series is claimed "
            "for the MI350?",
            "up to 35 times, inference performance, vs AMD Instinct MI300 series",
        ),
        (
            "Keeping the 'over' hedge, how large an inference-performance gain over the MI300 series is claimed "
            "for the MI350?",
            (REFUSE, "lower bound"),
        ),
        # read as it stands when the instruction after it does not fit the question (set 39: a yes/no)
        (
            "Taking the figures exactly as stated, does Intel's Gaudi 3 have a higher HBM bandwidth than Google's "
            "Trillium TPU?",
            False,
        ),
    ],
)
def test_an_instruction_as_a_lead_in(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
