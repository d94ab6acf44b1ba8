"""``chipkg ask``: "who" (or a word for organizations) and an organization, with a verb that names
no relation the article gives, is refused, not read as the organization's default relation.

Found while trying verbs for set 31 ("what does NorthPole manage at 2-bit precision?"): "who runs
TSMC?", "who controls TSMC?", "which company controls TSMC?" answered the designers of the chips
TSMC makes (Apple, Groq, Nvidia, Qualcomm), "who runs the UXL Foundation?" its members, and "who
is TSMC?" the designers too, each with exit 0. The verb is a plain filler of words.tsv; a verb of
a relation ("who uses TSMC", valued ``holds``: its customers; "who acquired", "who is in") keeps
its reading.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TSMC_CUSTOMERS = ["Apple", "Groq", "Nvidia", "Qualcomm"]
UXL = ["AMD", "Google", "Intel"]


@pytest.mark.parametrize(
    "question",
    [
        "who runs TSMC?",
        "who controls TSMC?",
        "which company controls TSMC?",
        "which companies run TSMC?",
        "who runs the UXL foundation?",
        "which company runs the UXL foundation?",
        "which organization runs AWS?",
        "who is TSMC?",
        "what company is TSMC?",
    ],
)
def test_a_verb_of_no_relation_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("who uses TSMC?", TSMC_CUSTOMERS),
        ("who is using tsmc?", TSMC_CUSTOMERS),  # "using" valued holds as "uses" is (words.tsv)
        ("designers using tsmc", TSMC_CUSTOMERS),
        ("companies using tsmc", TSMC_CUSTOMERS),
        ("who relies on TSMC?", TSMC_CUSTOMERS),  # words.tsv phrase class relies
        ("which companies rely on TSMC?", TSMC_CUSTOMERS),
        ("who gets chips from TSMC?", TSMC_CUSTOMERS),  # the verb acts on chips
        ("which companies use TSMC?", TSMC_CUSTOMERS),
        ("who makes chips at TSMC?", TSMC_CUSTOMERS),
        ("who is in the UXL foundation?", UXL),
        ("which companies are in the UXL foundation?", UXL),
        ("who belongs to the UXL foundation?", UXL),
        ("who acquired Habana Labs?", ["Intel"]),
        ("which company owns AWS?", ["Amazon"]),
        ("who is Microsoft partnered with?", ["OpenAI"]),
        ("who is the parent of Google?", ["Alphabet"]),
    ],
)
def test_a_verb_of_a_relation_keeps_its_reading(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
