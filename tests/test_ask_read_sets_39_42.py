"""``chipkg ask``: shapes the read sets 39 to 42 asked that were refused.

- "(both conditions must hold)" after a yes/no of one chip (set 39): the conjoined remark is
  checked of a yes/no's conditions as of a list's (two conditions, neither a choice).
- a year after a production phrase (set 25) is the production year asked, in lists and counts.
- "the largest number of (the) chips" says "the most chips" for the group with the most chips
  (set 39: "which process node is shared by the largest number of the chips the article profiles").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, rows


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Does the article state that Apple's M4 is fabricated by TSMC on a 3nm process (both conditions must hold)?",
            True,
        ),
        ("Is the M4 made by TSMC on 5nm (both conditions must hold)?", False),
        ("Is the M4 made by TSMC (both conditions must hold)?", REFUSE),  # one condition
        ("is the groq lpu on 7nm or 5nm (both)?", REFUSE),  # a choice
        ("Which chips are made by TSMC on 7nm (both must hold)?", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
    ],
)
def test_conditions_said_to_hold_at_once(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,group,count",
    [
        ("Which process node is used by the largest number of the chips the article profiles?", "7nm", "6"),
        ("Which process node is used by the largest number of chips?", "7nm", "6"),
        ("which foundry makes the greatest number of chips?", "TSMC", "5"),
        ("which node has the highest number of chips?", "7nm", "6"),
    ],
)
def test_the_largest_number_of_chips_is_the_most(ask_json, question, group, count):  # noqa: ANN001
    from ask_expect import answered

    assert rows(answered(ask_json, question)) == [{"group": group, "count": count}]


def test_the_smallest_number_stays_refused(ask_json):  # noqa: ANN001
    check(ask_json, "which foundry makes the smallest number of chips?", REFUSE)


@pytest.mark.parametrize(
    "question,expected",
    [
        # set 25: the year after a production phrase is the production year asked (was "can't tell what
        # '2025' counts"); the yes/no form read it already
        ("which amd chip goes into production in 2025?", ["AMD Instinct MI350"]),
        ("which chips are slated for production in 2025?", ["AMD Instinct MI350"]),
        ("how many chips enter production in 2025?", "1"),
        ("which chips go into production in 2026?", REFUSE),  # none named: said as absent, exit 1
        ("which chips don't go into production in 2025?", REFUSE),
        ("is the MI350 slated for production in 2026?", False),
    ],
)
def test_a_production_year_in_a_list(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # set 10: "200 gig Ethernet" is a gigabit line rate (words.tsv colloquial unit of two words), not 200 GB
        ("how many 200 gig ethernet ports does gaudi 3 have?", "24 ports"),
        ("gaudi 3 200 gig ethernet ports", "24 ports"),
        ("which chips have 128 gig of hbm?", ["Google Trillium TPU", "Intel Gaudi 3"]),
    ],
)
def test_a_colloquial_unit_of_two_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # sets 27, 35: a verb of placement ("built on", "run on") whose own value (a process node, a
        # system) the name is not takes the name's own relation (an architecture, a software stack)
        ("what's built on tensix?", ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]),
        ("which chips are built on tensix?", ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]),
        ("which chips does cuda run on?", ["Nvidia Blackwell GPU"]),
        ("which chips run on azure?", ["Microsoft Maia 100"]),
        ("which chips are built on hbm?", REFUSE),
        ("which chips are built on nvidia?", REFUSE),
    ],
)
def test_a_verb_of_placement_takes_the_names_relation(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # set 13: "leads the market share" leads to the market-share report (queries/market-share.rq), and a
        # word of order asks for its ordered rows, not its top one (it answered Nvidia alone)
        ("who leads the market share, in order?", ["Nvidia", "AMD", "all other chip makers"]),
        ("who leads the market, in order?", ["Nvidia", "AMD", "all other chip makers"]),
        ("who leads the market share?", ["Nvidia"]),
        ("who leads in market share?", ["Nvidia"]),
    ],
)
def test_the_market_leaders_in_order(ask_json, question, expected):  # noqa: ANN001
    from ask_expect import answered

    assert [r["holder"] for r in rows(answered(ask_json, question))] == expected
