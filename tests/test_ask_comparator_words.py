"""``chipkg ask``: comparator words and bounds the parser did not read (session 22, set 37's class),
each class tested on questions written for it (in no held-out set), with near misses that must stay
refused or keep their old answer. Expected answers are checked against the article (line numbers of
/work/shared/sources/ai-chip-race.txt in the comments).

- (a) "sub-N unit", "sub N unit": the prefix 'sub' before a number is 'below' (words.tsv, cmp lt);
  'sub' before no number is a comparison without its number, refused.
- (b) speed words of a measure: "quickest", "speediest" (superlatives), "quicker" (a comparative),
  "quickest first" (a ranking's direction), "quicker than" (a comparator), each fitting speeds only
  (words.tsv role fits) as "fastest" does; said of no measure ("the quickest chip") still refused.
- (c) 'over' as a preposition before fillers and the name of a thing that is no chip and no
  organization ("over some generation of PCIe", "over any PCIe generation"); 'over' before a number
  is a comparison as before, and before a chip ("clocks over the Groq LPU's") still refused.

Left refused: "PCIe 4.0 or newer", "at least PCIe 4.0", "5nm or newer": the graph orders no
technology's revisions, and "newer" of a process node would be "smaller", so no generic reading.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

E75, E150 = "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"
UNDER_100W = {"Mythic M2000", E75, "Meta MTIA v2"}  # 165: ~4 W; 183: 75 W; 89: 90 W
PCIE = {"Intel Gaudi 3", "Mythic M2000", "Qualcomm Cloud AI 100 Ultra", E75, E150}  # 55, 165, 107, 183

# --------------------------------------------------------------------------- (a) "sub-100 W"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips are sub-7nm?",
            {  # 119: 3nm; 41, 97: 4nm; 53, 81: 5nm; 173: 6nm
                "Apple M4",
                "Intel Gaudi 3",
                "Microsoft Maia 100",
                "Nvidia Blackwell GPU",
                "Qualcomm Adreno 750",
                "d-Matrix Corsair C8",
            },
        ),
        ("List the sub 100 watt chips.", UNDER_100W),
        ("How many chips draw sub-100 W?", ["3"]),
        ("Is the Grayskull e75 a sub-100 W part?", True),  # 183: 75 W
        ("Is the Grayskull e150 a sub-100 W part?", False),  # 183: 200 W
        ("Which chips have sub-150 W power?", UNDER_100W),  # the AI 100 Ultra's 150 W is not below 150
    ],
)
def test_a_sub_before_a_number_is_below(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are sub?",  # no number after it
        "Which sub chips use PCIe?",
        "5nm or newer chips",  # 'newer' of a node would be smaller: no reading
        # "pcie 5.0 or later chips" is answered since the graph gives PCIe revisions their generations
        # (tests/test_ask_generations_onward.py)
        "Which chips have at least PCIe 4.0?",
    ],
)
def test_a_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (b) "quickest"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip has the quickest clock speed?", "Apple M4"),  # 119: up to 3.5 GHz
        ("Which chip has the speediest clock?", "Apple M4"),
        ("Which of the NorthPole and the Groq LPU has the quicker clock?", "Groq LPU"),  # 113: 400 MHz; 153: 1.2
        (
            "Rank the Grayskull e150, NorthPole and Apple M4 by clock, quickest first.",
            [
                "Apple M4",
                E150,
                "IBM NorthPole",
            ],
        ),
        ("Sort the Groq LPU and MTIA v2 by clock speed, speediest first", ["Meta MTIA v2", "Groq LPU"]),
        ("Which chips have a clock quicker than 1.2 GHz?", {"Apple M4", "Meta MTIA v2"}),  # 89: 1.35 GHz
    ],
)
def test_b_quick_words_of_a_speed(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chip is the quickest?",  # no measure named
        "quickest chip",
        "Which chip has the quickest memory capacity?",  # a capacity is no speed
        "Is the Groq LPU quicker than the MTIA v2 at transistor count?",
    ],
)
def test_b_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (c) "over some generation of PCIe"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips connect to the host over some generation of PCIe?", PCIE),
        ("Which chips link to a host over any PCIe generation?", PCIE),
        ("How many chips reach their host over some generation of PCIe?", ["5"]),
        ("Does the Gaudi 3 connect to its host over some generation of PCIe?", True),  # 55: PCIe 5.0
        ("Which chips does Tenstorrent connect over any PCIe generation?", {E75, E150}),  # 183
        (
            "Other than the Grayskull e75 and e150, which chips attach to a host over some PCIe generation?",
            PCIE - {E75, E150},
        ),
        ("Which chips draw over 100 W?", {"Qualcomm Cloud AI 100 Ultra", E150}),  # 'over' a number: as before
        ("Which chips have over 100 GB of HBM?", {"Google Trillium TPU", "Intel Gaudi 3"}),  # 63, 55: 128 GB
    ],
)
def test_c_over_before_a_named_thing_is_a_preposition(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have clocks over the Groq LPU's?",  # a chip after 'over': a comparison, no number
        "Which chips have power over the Grayskull e75?",
        "Which chips use HBM over some form of SRAM?",  # a preference between two things, refused as before
        "Which chips have SRAM over?",
        # Blackwell's host link is not stated: not answered 'no'
        "Does the Blackwell GPU connect to its host over some generation of PCIe?",
    ],
)
def test_c_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
