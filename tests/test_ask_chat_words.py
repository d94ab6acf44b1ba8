"""``chipkg ask``: greetings, thanks and chat interjections ("hello", "pls", "thx", "thanks in
advance", "cheers", "lol", "um", "quick q") change nothing (words.tsv fillers), as "please" and
"hey" do; "um" after a number is still the micrometre."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

HBM = ["AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"]


@pytest.mark.parametrize(
    "question",
    [
        "quick q: which chips use hbm?",
        "which chips use hbm pls",
        "which chips use hbm? thx",
        "which chips use hbm lol",
        "um, which chips use hbm?",
        "Hello, could you tell me which chips use HBM?",
        "Which chips use HBM? Much appreciated.",
        "Which chips use HBM? Thanks in advance.",
        "Which chips use HBM? Cheers.",
    ],
)
def test_chat_words_change_nothing(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == HBM


def test_um_after_a_number_is_a_unit(ask_json):  # noqa: ANN001
    assert "µm" in answered(ask_json, "which chips are under 10 um?")["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the Groq LPU on 7nm? I'd like a yes or no.", True),
        ("Does the Groq LPU use HBM? I would like a yes or no.", (REFUSE, "does not say")),
        ("Which chips use HBM? I'd like only the startups.", REFUSE),  # asks for something else
    ],
)
def test_i_would_like_an_answer_form(ask_json, question, expected):  # noqa: ANN001
    """ "I'd like a yes or no.": an instruction about the answer's form, as "A yes or no, please." is."""
    check(ask_json, question, expected)
