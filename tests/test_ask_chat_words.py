"""``chipkg ask``: greetings, thanks and chat interjections ("hello", "pls", "thx", "thanks in
advance", "cheers", "lol", "um", "quick q") change nothing (words.tsv fillers), as "please" and
"hey" do; "um" after a number is still the micrometre."""

from __future__ import annotations

import pytest
from ask_expect import answered, column

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
