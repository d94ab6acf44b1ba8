"""``chipkg ask``: a sentence or parenthesis that denies a kind ("UINT8 does not count as INT8 here").

"Treat HBM3 as HBM." grants a kind the graph already holds and changes nothing
(parse.forms._kind_granted). The same said the other way round was refused as a negation inside a
parenthesis or a sentence ask could not read: "Which chips support FP16 and INT8 (UINT8 does not count
as INT8 here)?". A denial of what the graph does not hold (UINT8 is a format of its own, not a kind of
INT8) changes nothing either, and the question is answered; a denial of what it holds ("HBM3 does not
count as HBM") would take out of the answer what the graph puts in it, and is refused, saying how to
ask for that. Only of two things of one kind: "Don't count NorthPole as INT8" (a chip) is no denial
of a kind, and is read (or refused) as before. Words: words.tsv phrase classes ``deny``, ``denied``.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

INT8 = ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips support FP16 as well as INT8 (UINT8 doesn't count as INT8 here)?",
            ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"],
        ),
        ("Which chips support INT8? UINT8 is not counted as INT8.", INT8),
        ("Which chips support INT8, not counting UINT8 as INT8?", INT8),
        ("How many chips support INT8? Do not treat UINT8 as INT8.", "3"),
    ],
)
def test_a_denied_kind_the_graph_does_not_hold_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM? HBM3 should not be counted as HBM.",
        "Which chips use HBM (don't treat HBM3E as HBM)?",
        "Which chips support FP8? cFP8 does not count as FP8 here.",
    ],
)
def test_a_denied_kind_the_graph_holds_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "the graph holds"))


def test_a_chip_denied_a_kind_is_no_denial_of_a_kind(ask_json):  # noqa: ANN001
    # NorthPole is a chip: taking it out of the INT8 list is not "UINT8 is not INT8"
    check(ask_json, "Which chips support INT8? Do not count NorthPole as INT8.", REFUSE)
