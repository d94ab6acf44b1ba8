"""``chipkg ask``: red team 15's wrong-answer classes (on d31c233), fixed as classes; each tested on
questions of its class written here, not the red team's own:

- W1 an organization excluded in a yes/no about "any chip" ("Aside from IBM, does any chip support
  INT2?") became that organization's chip, and the yes/no answered true of the chip set aside;
- W2 an "or" between two conditions of different kinds ("chips made by TSMC or using HBM") was read
  as "and": a list gave the intersection, a yes/no false where one alternative holds;
- W3 "regardless of X" with X a value or a measure ("Irrespective of SRAM, which chips are 7nm?")
  became a condition on X: it changes nothing now, or the question is refused;
- W4 a most, least or ranking of a narrowed field ordered two lower bounds ("over 10 billion" before
  "over 20 billion" transistors): two lower bounds are never decided against each other;
- W5 "those" with nothing before it ("How many of those are on 7nm?") was dropped: refused as "them"
  is; "these" alone stays the article's chips (held-out sets read it so), never its organizations;
- W6 a noun for organizations after the question word ("which brands", "which chip startups")
  answered with chips: refused;
- W7 "make chips for TSMC" read the other way round (TSMC's customers): an organization after "for"
  and a verb of making is refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Aside from IBM, does any chip support INT2?",
        "Except for Mythic, is there a chip built on 40nm?",
        "Does any non-Cerebras chip have over 1 trillion transistors?",
        "Ignoring Apple, is there a 3nm chip?",
        "Is there a chip with DDR5 memory other than SambaNova's?",
        "Is any 12nm chip not from IBM?",
    ],
)
def test_an_excluded_organization_is_never_the_chip_asked_about(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    ["Does Apple have a 3nm chip?", "Is Apple's chip on 3nm?", "Does Mythic's chip use flash memory?"],
)
def test_an_organization_named_for_its_one_chip_still_reads(ask_json, question):  # noqa: ANN001
    check(ask_json, question, True)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are made by TSMC or use HBM?",
        "How many chips support INT8 or are on 7nm?",
        "Is the Groq LPU on 14nm or does it use SRAM?",
        "Which companies design chips on 5nm or with SRAM?",
        "Which chips draw under 100 W or over 500 W?",
        "sram or 5nm chips",
        "Either 5nm or SRAM: which chips?",
        "Which chips use LPDDR5 or come from startups?",
    ],
)
def test_an_or_between_two_kinds_of_condition_is_never_and(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "alternatives of the same kind"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are designed by Google or Meta?", {"Google Trillium TPU", "Meta MTIA v1", "Meta MTIA v2"}),
        ("Which chips support INT4 or INT2?", {"IBM NorthPole"}),
        ("Does the Groq LPU support FP8 or FP16?", True),
        ("Which chips are on 7nm and use HBM?", {"AWS Trainium2", "SambaNova SN40L"}),
        ("Which chips are on 4nm? I want the chips, not the node or the foundry.", 2),
    ],
)
def test_an_or_of_one_kind_still_reads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_chips_compared_with_or_still_read(ask_json):  # noqa: ANN001
    check(ask_json, "which one has more hbm, the trainium2 or the gaudi 3?", "Intel Gaudi 3")


SEVEN_NM = {
    "AWS Trainium2",
    "Cerebras CS-3",
    "Groq LPU",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
}
SRAM = {
    "Groq LPU",
    "IBM NorthPole",
    "Intel Gaudi 3",
    "Meta MTIA v2",
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
        ("Regardless of HBM, which chips are built on 7nm?", SEVEN_NM),
        ("Which chips are made on 7nm, irrespective of their memory type?", SEVEN_NM),
        ("Regardless of the clock speed, which chips are on 7nm?", SEVEN_NM),
        ("Without regard to FP16, which chips are 7nm?", SEVEN_NM),
        ("Irrespective of hyperscalers, which chips have SRAM?", SRAM),
        ("Which chips have SRAM, regardless of 5nm?", SRAM),
        ("Regardless of die area, how many chips use SRAM?", "10"),
        ("Which chips, irrespective of power, are on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
    ],
)
def test_a_thing_disregarded_is_no_condition(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_disregard_inside_the_question_is_refused(ask_json):  # noqa: ANN001
    check(ask_json, "Which chips regardless of HBM are on 7nm?", (REFUSE, "regardless of"))


def test_regardless_of_a_relation_still_reads(ask_json):  # noqa: ANN001
    check(ask_json, "How many chips are built on 7nm, regardless of which foundry makes them?", "6")


@pytest.mark.parametrize(
    "question",
    [
        "Which chip made by TSMC, other than the Adreno 750, has the fewest transistors?",
        "Order the 7nm chips by how many transistors they have.",
        "Which FP16 chip has the fewest transistors?",
        "Which 7nm chip has the third most transistors?",
    ],
)
def test_two_lower_bounds_are_never_ordered(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "do not decide"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which 7nm chip has the most transistors?", "Cerebras CS-3"),
        ("Which chip has the most transistors?", "Cerebras CS-3"),
        ("Which 7nm chip has the most SRAM?", "Meta MTIA v2"),
    ],
)
def test_a_stated_figure_beyond_a_bound_still_leads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which of those support FP8?",
        "And of those, how many are made by TSMC?",
        "How many of those chips use LPDDR5?",
        "Of those, which draws the least power?",
        "What about those on 5nm?",
        "What about these from hyperscalers?",
        "Of these from startups, which use SRAM?",
    ],
)
def test_those_with_nothing_before_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "refer"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Of the chips with SRAM, which of those are built on 7nm?", SRAM & SEVEN_NM),
        ("Of the chips on 5nm, which of those use HBM?", {"Intel Gaudi 3"}),
        ("how many of these chips are built on 7nm?", "6"),
        ("Rank those by process node: Apple M4, Groq LPU.", 2),
    ],
)
def test_those_and_these_with_a_referent_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which brands support FP8?",
        "Which providers use LPDDR5?",
    ],
)
def test_a_noun_for_organizations_is_never_answered_with_chips(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks for organizations"))


@pytest.mark.parametrize(
    "question",
    [
        # session 52: a noun for organizations right after the word for chips is the phrase's head
        # ("chip suppliers": organizations), refused as one about organizations, never answered with chips
        "Which chip startups are built on 7nm?",
        "Which silicon designers use LPDDR5?",
        "How many chip hyperscalers use HBM?",
        "Which chip suppliers use SRAM?",
    ],
)
def test_a_noun_for_organizations_after_chip_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "organizations"))


def test_suppliers_are_designers(ask_json):  # noqa: ANN001
    # session 52: "supplier" is a noun for a chip designer, as "vendor" is ("Which vendors support FP8?")
    check(ask_json, "Which suppliers are on 5nm?", {"Intel", "Microsoft"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which vendors support FP8?", {"AWS", "Intel"}),
        ("Which startups use LPDDR5?", {"d-Matrix"}),
        ("Which chips from startups use LPDDR5?", {"d-Matrix Corsair C8"}),
        ("Of the Gaudi 3 and the Trainium2, which offers more HBM?", "Intel Gaudi 3"),
    ],
)
def test_organizations_and_chips_asked_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which foundries fabricate chips for Google?",
        "Which companies make chips for Microsoft?",
        "How many chips does TSMC manufacture for Nvidia?",
        "Who designs chips for Amazon?",
    ],
)
def test_an_organization_a_chip_is_made_for_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "not whom a chip is made for"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which companies does TSMC make chips for?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("What transistor count does the article give for IBM NorthPole?", "22 billion"),
    ],
)
def test_for_without_making_still_reads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
