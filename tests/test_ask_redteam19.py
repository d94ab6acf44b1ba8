"""``chipkg ask``: red team 19's wrong answers (exit 0) on this session's mechanisms, each now
refused or right.

- A yes/no of an indefinite chip of a vendor kept the fitting chip's hedge or scope off its reading
  ("is there a Qualcomm chip on 4nm?": the Adreno 750's 4nm is hedged), read "4nm and 7nm" as either,
  and said "false" of a vendor with one chip in the graph where the article is silent.
- "are Tenstorrent's chips under 100 W?" said true (the e150 draws 200 W): each of a vendor's chips
  is asked, refused.
- "its section" of a company ("what software does Nvidia use, according to its section?") was
  dropped and CUDA answered: the company's own section.
- A list asked with its count in other orders ("count and list", "the 7nm chips with their count",
  "Count the 7nm chips and name them") printed the count alone.
- Two ends of one order apart ("the highest power chip as well as the lowest", "max power chip and
  min power chip"), "the last 2" of an order, and "top 3 ..., in ascending order" kept one end.
- "which node do Intel and AWS both use?" listed the nodes of either's chips.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("is there a Qualcomm chip on 4nm?", "hedges"),
        ("is there a Qualcomm chip using 150 W?", "per card"),
    ],
)
def test_some_chip_keeps_its_hedge_or_scope(ask_json, question, kept):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["boolean"] is True, data
    assert kept in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "is there an Nvidia chip on 4nm and 7nm?",
        "is there an Intel chip on 7nm?",  # one Intel chip in the graph, on 5nm: silent, not false
        "is there a Microsoft chip on 7nm?",
        "are Tenstorrent's chips under 100 W?",
        "are Tenstorrent chips over 100 W?",
        "are Qualcomm's chips made by TSMC?",
    ],
)
def test_vendor_chips_not_known_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_one_chip_vendor_that_fits_is_true(ask_json):  # noqa: ANN001
    check(ask_json, "is there an Apple chip on 3nm?", True)


@pytest.mark.parametrize(
    "question",
    [
        "what software does Nvidia use, according to its section?",
        "which chips does Nvidia make, according to its section?",  # the H100 is in d-Matrix's section
    ],
)
def test_a_company_s_own_section_is_applied(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "Nvidia section"))


@pytest.mark.parametrize(
    "question",
    [
        "count and list the 7nm chips",
        "list and count the 7nm chips",
        "enumerate and count chips on 7nm",
        "Count the 7nm chips and name them.",
        "show the count of 7nm chips along with their names",
        "give me the count and names of 7nm chips",
        "the 7nm chips with their count",
        "7nm chips and count",
        "which chips use hbm; give the count and names",
    ],
)
def test_list_and_count_in_any_order_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "and their count"))


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("which chips use hbm; give the count", "5"),
        ("which chips use hbm, give me the number", "5"),
        ("what is the count of 7nm chips?", "6"),
    ],
)
def test_a_count_asked_on_its_own_still_counts(ask_json, question, count):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["results"]["bindings"][0]["count"]["value"] == count, data


@pytest.mark.parametrize(
    "question",
    [
        "the highest power chip as well as the lowest",
        "the chip with the highest power and the one with the lowest",
        "max power chip and min power chip",
        "biggest node vs smallest node",
        "the 3 chips with the most SRAM and the 3 with the least",
        "rank chips by power, highest first, and show the last 2",
        "top 3 chips by power, in ascending order",
        "which node do Intel and AWS both use?",
    ],
)
def test_two_ends_and_both_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_one_end_and_a_point_of_a_range_still_read(ask_json):  # noqa: ANN001
    check(ask_json, "bottom 3 chips by power", ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"])
    check(ask_json, "Which chip has the lowest maximum clock?", (REFUSE, "'nominal 400 MHz'"))
