"""``chipkg ask``: red team 17's wrong answers of classes 1 and 2 (/work/brief/redteam17-wrong.md).

- Class 1, a foundry that "designs": "TSMC designs the Apple M4, right?" was true and "What does TSMC
  design?" listed the chips TSMC fabricates. The verb's own relation wins over the class of the
  organization named: 'designs' is a word of ck:designedBy and of its inverse ck:designs, one
  relation said either way round (parse.walk._from_chip, _retarget_last), and "what does <org>
  <verb>" reads a foundry as the maker only for a verb of either relation ("make"), not for a verb
  of design alone (parse.forms._what_they_make). TSMC designs no chip in the graph: the yes/no is
  false (as "Does TSMC design the Groq LPU?" was), the lists and counts name no chip (exit 1).
- Class 2, a relation turned round by the classes of the names: "Is the UXL Foundation a member of
  Google?" was true, "Who are the members of AMD?" answered the UXL Foundation, "Does the Groq LPU
  manufacture TSMC?" was true. The word order decides which side each name is on, for membership as
  it did for parent and subsidiary (parse.frames._org_relation: a noun after "as" is the role of the
  organization before it); a side the relation's class does not fit (a member of Google, where only
  a consortium has members) is refused (frames._org_side_fits), as is a chip said to design or make
  something (parse.rewrites._maker_not_an_organization). A valid side with no fact is answered as
  before: none, or "the article does not say" (its lists of members are not exhaustive).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TSMC_MAKES = {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}
UXL_MEMBERS = {"AMD", "Google", "Intel"}
NAMES_NO_CHIP = "names no chip"
NOT_A_CONSORTIUM = "that only a consortium takes"
CHIP_MAKES_NOTHING = "a chip designs and makes nothing"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the yes/no: TSMC designs none of them
        ("TSMC designs the Qualcomm Cloud AI 100 Ultra, correct?", False),
        ("Is it the case that TSMC designs the Apple M4?", False),
        ("TSMC designed the Adreno 750, right?", False),
        ("Does TSMC designs the Blackwell GPU?", False),
        ("TSMC develops the Apple M4, right?", False),
        # lists, counts and superlatives of what TSMC designs: none
        ("What does TSMC design?", (REFUSE, NAMES_NO_CHIP)),
        ("What did TSMC develop?", (REFUSE, NAMES_NO_CHIP)),
        ("Show me what TSMC designs.", (REFUSE, NAMES_NO_CHIP)),
        ("Name the chips TSMC designs.", (REFUSE, NAMES_NO_CHIP)),
        ("Chips TSMC designs?", (REFUSE, NAMES_NO_CHIP)),
        ("Which 7nm chips does TSMC design?", (REFUSE, NAMES_NO_CHIP)),
        ("How many chips TSMC designs are built on 3nm?", (REFUSE, NAMES_NO_CHIP)),
        ("How many chips that TSMC designs use HBM?", (REFUSE, NAMES_NO_CHIP)),
        ("Which chip that TSMC designs has the most SRAM?", (REFUSE, "no chip that fits")),
        ("Which chip TSMC develops has the highest clock?", (REFUSE, "no chip that fits")),
    ],
)
def test_a_foundry_that_designs_is_asked_as_designing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips does TSMC make?", TSMC_MAKES),
        ("What does TSMC make?", TSMC_MAKES),
        ("What does TSMC fabricate?", TSMC_MAKES),
        ("Does TSMC manufacture the Apple M4?", True),
        ("TSMC manufactures the Apple M4, right?", True),
        ("TSMC fabricates the Groq LPU, right?", True),
        ("Which chip that TSMC makes has the most transistors?", "Nvidia Blackwell GPU"),
        ("How many chips TSMC makes are built on 7nm?", "2"),
        ("What does Nvidia design?", {"Nvidia Blackwell GPU", "Nvidia H100"}),
        ("Nvidia designs the Blackwell GPU, right?", True),
        ("What does Intel make?", "Intel Gaudi 3"),
        ("Is the Apple M4 designed by TSMC?", False),
    ],
)
def test_making_and_designing_stay_as_they_were(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the UXL Foundation is the consortium: it has members, and is a member of nothing the article names
        ("Is the UXL Foundation a member of AMD?", (REFUSE, NOT_A_CONSORTIUM)),
        ("Is UXL a member of Intel?", (REFUSE, NOT_A_CONSORTIUM)),
        ("Does the UXL Foundation belong to Google?", (REFUSE, NOT_A_CONSORTIUM)),
        ("Has the UXL Foundation joined AMD?", (REFUSE, NOT_A_CONSORTIUM)),
        ("Who are Intel's members?", (REFUSE, NOT_A_CONSORTIUM)),
        ("List the members of Google.", (REFUSE, NOT_A_CONSORTIUM)),
        ("Who is a member of AMD?", (REFUSE, NOT_A_CONSORTIUM)),
        ("Which companies is UXL a member of?", (REFUSE, "names no such organization")),
        ("Who is the UXL Foundation a member of?", (REFUSE, "names no such organization")),
        # "X has Y as a member": Y is the member
        ("Does UXL have Intel as a member?", True),
        ("Does Intel have UXL as a member?", (REFUSE, "not exhaustive")),
        # a chip designs and makes nothing
        ("Does the Blackwell GPU manufacture TSMC?", (REFUSE, CHIP_MAKES_NOTHING)),
        ("Is Nvidia designed by the Blackwell GPU?", (REFUSE, CHIP_MAKES_NOTHING)),
        ("Is TSMC fabricated by the Apple M4?", (REFUSE, CHIP_MAKES_NOTHING)),
        ("The Trillium designs Google, right?", (REFUSE, CHIP_MAKES_NOTHING)),
        ("What does the Apple M4 design?", (REFUSE, CHIP_MAKES_NOTHING)),
        ("Which organizations are made by the Groq LPU?", (REFUSE, CHIP_MAKES_NOTHING)),
        ("Who does the Groq LPU manufacture?", (REFUSE, CHIP_MAKES_NOTHING)),
    ],
)
def test_the_word_order_says_which_side_a_name_is_on(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who are the members of the UXL Foundation?", UXL_MEMBERS),
        ("Which organizations belong to UXL?", UXL_MEMBERS),
        ("UXL members", UXL_MEMBERS),
        ("Is Google a member of the UXL Foundation?", True),
        ("Has Intel joined the UXL Foundation?", True),
        ("Is Nvidia a member of the UXL Foundation?", (REFUSE, "not exhaustive")),
        ("What is Intel a member of?", "UXL Foundation"),
        ("Who is AMD a member of?", "UXL Foundation"),
        ("Is Google a subsidiary of Alphabet?", True),
        ("Is Alphabet a subsidiary of Google?", (REFUSE, "not exhaustive")),
        ("Is the Groq LPU designed by Groq?", True),
        ("Does TSMC manufacture the Groq LPU?", True),
        ("Does the Groq LPU make use of SRAM?", True),
        ("Is the Apple M4 made by the Groq LPU's foundry?", True),
    ],
)
def test_relations_said_the_right_way_round_stay(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
