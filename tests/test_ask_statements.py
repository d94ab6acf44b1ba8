"""A statement asked true or false ("is it true that S?", "S, right?") is the yes/no S asks: its
answer (true, false, or the article does not say) is the plain yes/no question's, for every
wrapper and statement here. A wrapper anywhere else, or around a question that already asks, is
refused."""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

STATEMENTS = [  # (statement, the same asked as a plain yes/no)
    ("the groq lpu has more sram than northpole", "does the groq lpu have more sram than northpole?"),
    ("the apple m4 is made by tsmc", "is the apple m4 made by tsmc?"),
    ("the gaudi 3 uses hbm", "does the gaudi 3 use hbm?"),
    ("trillium supports bf16", "does trillium support bf16?"),
    ("the mtia v2 draws 90 watts", "does the mtia v2 draw 90 watts?"),
    ("the maia 100 is manufactured on a 5nm process", "is the maia 100 manufactured on a 5nm process?"),
    ("nvidia designs the blackwell", "does nvidia design the blackwell?"),
    ("the cs-3 has more transistors than the blackwell", "does the cs-3 have more transistors than the blackwell?"),
    ("the northpole runs above 1 ghz", "does the northpole run above 1 ghz?"),
    ("the grayskull e75 draws more power than the e150", "does the grayskull e75 draw more power than the e150?"),
]
WRAPPERS = [
    "is it true that {}?",
    "Is it the case that {}?",
    "am I right that {}?",
    "{}, right?",
    "{}, correct?",
    "{}, is that right?",
]
CASES = [(w.format(s), plain) for s, plain in STATEMENTS for w in WRAPPERS]


@pytest.mark.parametrize(("question", "plain"), CASES, ids=[q for q, _ in CASES])
def test_a_statement_asked_true_or_false_answers_as_its_yes_no(ask_json, question, plain):  # noqa: ANN001
    code, stdout = ask_json(question)
    plain_code, plain_stdout = ask_json(plain)
    assert code == plain_code, (stdout[:300], plain_stdout[:300])
    if code == 0:
        assert json.loads(stdout)["boolean"] == json.loads(plain_stdout)["boolean"]


def test_the_statements_are_answered_at_all(ask_json):  # noqa: ANN001
    answered = sum(ask_json(plain)[0] == 0 for _s, plain in STATEMENTS)
    assert answered >= len(STATEMENTS) - 1  # else the test above would only compare refusals


@pytest.mark.parametrize(
    "question",
    [
        "is it true that which chips use hbm?",  # already a question
        "which chips use hbm, right?",
        "the right chip for inference",  # a wrapper's word elsewhere
        "is it true that",
        "the gaudi 3 uses hbm right",  # no comma: not a closing "right?"
    ],
)
def test_wrappers_elsewhere_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
