"""``chipkg ask``: a gloss that only says again what the question asks for ("like which
companies") gives no examples.

"whose chips are on 7nm? like which companies" was refused: 'like' read as giving examples of
things the rest of the question does not name. A gloss made of a question word alone, or with the
word for the kind asked, restates the ask: after "who"/"whose" (organizations) "which companies" or
"who", after "which chips" "which chips" (parse.asides._asked_again). Any other kind ("which
foundries" after "whose": a designer asked) or a name ("like Groq": examples) is left to the
reading as before, and refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

SEVEN_NM_DESIGNERS = {"AWS", "Cerebras Systems", "Groq", "Meta", "Qualcomm", "SambaNova Systems"}


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("whose accelerators use HBM, like which companies?", "whose accelerators use HBM?"),
        ("who designs the 4nm chips? like which organizations", "who designs the 4nm chips?"),
        ("whose chips are built on 7 nm, like who?", "whose chips are built on 7 nm?"),
        ("which chips support FP8? like which chips", "which chips support FP8?"),
    ],
)
def test_a_gloss_that_says_the_ask_again_is_dropped(ask_json, question, same_as):  # noqa: ANN001
    expected = column(answered(ask_json, same_as))
    assert expected
    assert column(answered(ask_json, question)) == expected


def test_the_organizations_are_answered(ask_json):  # noqa: ANN001
    check(ask_json, "whose parts are made on 7 nm? like which companies", SEVEN_NM_DESIGNERS)


@pytest.mark.parametrize(
    "question",
    [
        "which chips are on 7nm? like which companies",  # chips asked, companies named
        "whose chips use HBM, like which foundries",  # a designer asked, foundries named
        "which chips are on 7nm? like who",
        "whose chips use HBM, like Groq",  # examples
    ],
)
def test_a_gloss_that_asks_something_else_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
