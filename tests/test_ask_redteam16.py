"""``chipkg ask``: classes of red team 16 (its report: wrong answers with exit 0 on main at fbe71b2),
each tested on questions written for the class, not the report's own:

- a part set off from the question that widens the answer or says what it names does not matter
  ("startup or not", "Intel's too", "even the startup ones", "startups and all", "whether or not ...")
  was read as a filter on what it names: refused (parse.checks._widening_said); since, a part that
  says what it names does not matter ("or not", "either way") is dropped and the question answered
  without it (parse.checks._indifference_dropped; tests/test_ask_indifference.py).
- "X over Y" between two names of things (a preference: "SRAM over HBM", "inference over training")
  joined both into the conjunction, the chips with both: refused (parse.checks._preferred_over).
- a request to show the organizations of a relation beside the chips ("with their foundries", "I
  want the designers") was read as a filter "manufactured by a foundry" and cut the list to the chips
  whose foundry is named: refused as "with capacities" is (parse.checks._figures_shown).
- "have a known foundry" beside another condition was dropped as a verb's "how" ("fabricated on
  7nm"), listing every 7nm chip: the noun of the relation's own class asks for the chips whose foundry
  (designer) the article names (parse.frames._frame, ENTITY_RELATIONS).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered_or_refused, check, column


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use SRAM, Groq's too?",
        "Which chips use SRAM -- IBM's as well?",
        "Which chips use HBM, even Google's?",
        "Which companies design chips with SRAM, startups and all?",
    ],
)
def test_a_part_that_widens_the_answer_is_never_a_filter(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the Groq LPU made by TSMC or not?", True),
        # set off as a comma sets it off (session 46): the question without it, as ", whether or not ..." is;
        # it had been refused, with no comma
        (
            "which chips support int8 whether or not they are for the edge",
            {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("Among BF16 chips, which also support FP16?", {"AWS Trainium2", "Groq LPU"}),
    ],
)
def test_or_not_of_a_yes_no_and_also_of_a_conjunction_are_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips favour SRAM over HBM?",
        "How many chips are built for training over inference?",
        "Does the SN40L use HBM3 over DDR5?",
        "Which companies back INT8 over FP16?",
    ],
)
def test_one_thing_over_another_is_no_conjunction(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips link over Ethernet?", {"Intel Gaudi 3"}),
        ("which chips draw over 100 W", {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"}),
    ],
)
def test_over_a_link_or_a_number_is_read_as_before(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which 7nm chips are there, with their foundries?",
        "List the HBM chips and their designers.",
        "Which chips support INT8? I'd like the foundries.",
        "Which chips use LPDDR5 (foundries please)?",
        "How many chips use HBM, plus their designers?",
    ],
)
def test_organizations_asked_to_be_shown_are_no_filter(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_a_foundry_said_as_a_filter_is_still_read(ask_json):  # noqa: ANN001
    check(ask_json, "Which 7nm chips are made by TSMC?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # l.101, l.151: TSMC is named for the 7nm Groq LPU and Cloud AI 100 Ultra only
        ("Which 7nm chips have a named foundry?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("How many chips on 7nm have a known foundry?", "2"),
        ("which sram chips are made by a foundry", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("Which chips fabricated on 7nm use SRAM?", 4),
    ],
)
def test_a_known_foundry_is_a_condition(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_any_foundry_is_no_condition(ask_json):  # noqa: ANN001
    check(ask_json, "How many chips are on 7nm (any foundry)?", "6")  # l.75, 87, 101, 131, 139, 151
    data = answered_or_refused(ask_json, "Which chips are built on 7nm, whichever foundry makes them?")
    assert data is None or len(column(data)) == 6, data


def test_no_hbm_chip_has_a_named_foundry(ask_json):  # noqa: ANN001
    check(ask_json, "Which HBM chips have a stated foundry?", REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # a negation inserted next to another (tests/test_ask_negations.py's variants, over every set):
        # one of the two was dropped and the answer stayed the question's
        "which chips aren't meant for not data centers",
        "Which chips support FP16 apart from the ones not AWS designs?",
        "which chips except not Groq use SRAM",
        "How many chips aren't built for not inference?",
    ],
)
def test_one_thing_negated_twice_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "twice"))


def test_two_things_negated_are_read_as_before(ask_json):  # noqa: ANN001
    check(ask_json, "Which chips are not made by TSMC and not on 7nm?", (REFUSE, "cannot say"))
