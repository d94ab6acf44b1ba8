"""``chipkg ask``: red team 42's wrong answers (exit 0) about who designs, makes or packages chips,
each now refused, beside neighbours that must still be answered.

- an exclusion after "made" behind a comma: "have their chips made, other than by TSMC" listed (and
  counted) every designer, 16;
- what is had made or designed is not chips, said without a possessive or with the chips beside it:
  "have memory made at TSMC", "have their chips' memory made", "have the memory for their chips
  made" listed Groq and Qualcomm; "hyperscalers build their own memory" and "design memory in-house"
  listed the designers of chips with memory (and counted 3);
- a word of packaging right after an organization: "which chips does TSMC package", "chips that use
  TSMC packaging" listed TSMC's chips;
- "can" right after the organizations asked of ("which companies can have their chips made at
  TSMC"), and "can" or "likely to" of the market report's leader ("which chip maker can lead the
  market"): what may be, where the article states what is.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TSMC_CUSTOMERS = {"Nvidia", "Qualcomm", "Apple", "Groq"}
HYPERSCALERS = {"Amazon", "Google", "Meta", "Microsoft"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which companies have their chips made, other than by TSMC?", (REFUSE, "'other than'")),
        ("Which companies have their chips made, but not at TSMC?", (REFUSE, "'but not'")),
        ("How many companies have their chips made, but not at TSMC?", (REFUSE, "'but not'")),
        # still answered: the exclusion is of the organizations answered
        ("Which companies have their chips made by TSMC, other than Nvidia?", TSMC_CUSTOMERS - {"Nvidia"}),
        ("Which companies, other than Nvidia, have their chips made at TSMC?", TSMC_CUSTOMERS - {"Nvidia"}),
    ],
)
def test_exclusion_of_the_maker_behind_a_comma(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which companies have memory made at TSMC?", (REFUSE, "'memory'")),
        ("Which companies have their chips' memory made at TSMC?", (REFUSE, "'memory'")),
        ("Which companies have the memory for their chips made at TSMC?", (REFUSE, "'memory'")),
        ("Which hyperscalers build their own memory?", (REFUSE, "'memory'")),
        ("How many hyperscalers build their own memory?", (REFUSE, "'memory'")),
        ("Which companies design memory in-house?", (REFUSE, "'memory'")),
        ("Which companies design memory themselves?", (REFUSE, "'memory'")),
        ("which chips have hbm made by tsmc", (REFUSE, "'hbm'")),
        # still answered: what is made is chips, or a chip's own word stands before them
        ("Which companies have their chips made at TSMC?", TSMC_CUSTOMERS),
        ("Which companies have TSMC make their chips?", TSMC_CUSTOMERS),
        ("Which hyperscalers build their own chips?", HYPERSCALERS),
        ("Which companies design HBM chips?", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
        ("Who designs the TPU?", "Google"),
        ("which companies have 7nm chips made at TSMC", {"Groq", "Qualcomm"}),
    ],
)
def test_what_is_made_is_not_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which chips does TSMC package?", (REFUSE, "packages")),
        ("Which chips use TSMC packaging?", (REFUSE, "packages")),
        # still answered: a chip's package, and packaging said of dies
        ("What is the total SRAM of the Gaudi 3 package?", "96 MB"),
        ("Which chips does the article describe as packaging two dies?", 3),
    ],
)
def test_packaging_by_an_organization(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which companies can have their chips made at TSMC?", (REFUSE, "'can'")),
        ("Which chip maker can lead the market?", (REFUSE, "'can'")),
        ("Which company is likely to have the largest market share?", (REFUSE, "'likely to'")),
        ("Which companies are likely to join the UXL Foundation?", (REFUSE, "'likely to'")),
        # still answered: "can" said of chips, or in a request
        ("whose chips can run int8?", {"Groq", "IBM", "Qualcomm"}),
        ("Can you list the companies that have their chips made at TSMC?", TSMC_CUSTOMERS),
        ("Which company has the largest market share, can you tell me?", "Nvidia"),
    ],
)
def test_can_and_likely_to_of_organizations(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
