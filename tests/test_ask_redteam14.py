"""``chipkg ask``: red team 14's wrong-answer classes (on 6bc29bc), fixed as classes; each tested on
questions of its class written here, not the red team's own:

- W1 "omit X" answered with X only ("Which chips are built on 7nm? Please omit the Qualcomm one."
  listed Qualcomm's chip): "omit", "omitting" are exclusions;
- W2/W4 an excluded kind of organization read as the kind ("Excluding startups, which companies use
  HBM?" listed SambaNova; "non-hyperscaler companies" the hyperscalers): refused;
- W3 a later sentence that only names a thing ("Intel too.", "Anything but Intel.", "I already know
  about Groq.") narrowed the answer to it: refused;
- W5 "regardless of <a company>" read as a condition on it: refused;
- W8 "how many of these use HBM: A, B, C?" gave each chip's capacity: refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SRAM_BUT_GROQ = {
    "Meta MTIA v2",
    "IBM NorthPole",
    "Intel Gaudi 3",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips use HBM, omitting Intel?", "4"),
        (
            "Omit AMD and list the chips that use HBM.",
            {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
        ("Which chips are built on 5nm? Please omit Microsoft's.", REFUSE),
        ("which chip has the most sram? omit d-matrix.", REFUSE),
    ],
)
def test_omit_leaves_out(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Excluding startups, which companies use HBM?",
        "Leaving out the megacaps, which companies use SRAM?",
        "Which non-hyperscaler companies use HBM?",
        "Besides the hyperscalers, which companies design 7nm chips?",
    ],
)
def test_an_excluded_kind_of_organization_is_never_the_answer(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_an_excluded_kind_after_the_question_word_still_reads(ask_json):  # noqa: ANN001
    check(ask_json, "Which companies, excluding startups, use HBM?", {"AMD", "AWS", "Google", "Intel"})


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM? Intel too.",
        "Which chips use HBM? Anything but Intel.",
        "Which chips use SRAM? I already know about Groq.",
        "Which chips are on 7nm? Groq, for instance.",
    ],
)
def test_a_later_sentence_that_only_names_a_thing_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "after the question"))


def test_an_exclusion_in_the_question_still_reads(ask_json):  # noqa: ANN001
    check(ask_json, "which chips use sram, anything but groq", SRAM_BUT_GROQ)


@pytest.mark.parametrize(
    "question",
    ["Which chips are built on 7nm, regardless of Qualcomm?", "how many chips use HBM, irrespective of AMD?"],
)
def test_regardless_of_a_company_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "says nothing of"))


def test_regardless_of_a_generation_still_reads(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Which chips have a stated HBM capacity, irrespective of HBM generation?",
        {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    )


@pytest.mark.parametrize(
    "question", ["how many of these use HBM: Gaudi 3, Trainium2, M4?", "For the Gaudi 3 and the M4, how many use HBM?"]
)
def test_how_many_of_chips_listed_is_no_capacity(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "how many"))
