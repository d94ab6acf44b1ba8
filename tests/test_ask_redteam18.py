"""``chipkg ask``: red team 18's wrong answers (exit 0) of older classes, each now refused or right.

- A list asked with its count beside it ("which chips does the count of 7nm chips include?", "list
  the 7nm chips and the count") printed the count alone (6): refused (checks._list_asked_with_count).
- Both ends of one order ("the top 3 and the bottom 3", "highest first ... the bottom 2", "the highest
  and lowest power") kept one end, at times under the other's name: refused (walk._both_ends).
- Organizations with chips of two values of a one-value property ("companies with a 5nm chip and a
  7nm chip") listed the makers of either: refused (checks._each_value_held).
- A thing a chip is related to, asked per a company's section ("what software does Blackwell use,
  according to the Nvidia section?") passed on the chip's sources: the thing must cite the section
  (answer._from_company_section); "its section" of a chip in two sections is its company's.
- "any systems from Microsoft?" listed the Maia 100 as a system: the word after "any" is asked.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "which chips does the count of 7nm chips include?",
        "list 7nm chips and the count",
        "list the 7nm chips, with their count",
        "name the HBM chips and give the number of them",
    ],
)
def test_list_with_its_count_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "and their count"))


@pytest.mark.parametrize(
    "question",
    [
        "list the number of 7nm chips",
        "what is the count of 7nm chips?",
        "how many 7nm chips are there?",
        "7nm chips count",
        "count the 7nm chips",
    ],
)
def test_a_count_still_counts(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, 1)
    assert data["results"]["bindings"][0]["count"]["value"] == "6", data


@pytest.mark.parametrize(
    "question",
    [
        "show only the top 3 and the bottom 3 chips by power",
        "bottom 3 and top 3 chips by power",
        "rank chips by power, highest first, and show the bottom 2",
        "which chips have the highest and lowest power?",
        "the lowest-power chip, ranked highest first",
    ],
)
def test_both_ends_of_one_order_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "both ends"))


def test_one_end_still_ranked(ask_json):  # noqa: ANN001
    check(ask_json, "bottom 3 chips by power", ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"])
    check(ask_json, "rank chips by power from lowest to highest", "Mythic M2000", at_least=True)


@pytest.mark.parametrize(
    "question",
    [
        "which companies have a 5nm chip and a 7nm chip?",
        "which designers have chips on 7nm as well as on 4nm?",
        "how many companies have chips on 5nm and 7nm?",
        "which foundries make chips on 5nm and 7nm?",
        "who makes chips on 5nm and 7nm?",
    ],
)
def test_organizations_with_a_chip_of_each_value_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "a chip of each"))


def test_either_value_and_chips_of_each_still_answered(ask_json):  # noqa: ANN001
    either = check(ask_json, "which companies have chips on 5nm or 7nm?", 8)
    assert "Intel" in {b["organization"]["value"] for b in either["results"]["bindings"]}
    check(ask_json, "list chips on 5nm and 7nm", 8)


@pytest.mark.parametrize(
    "question",
    [
        "what software does Blackwell use, according to the Nvidia section?",
        "does Blackwell use CUDA, per its section?",
        "does Blackwell use CUDA, per the Nvidia section?",
    ],
)
def test_a_thing_outside_the_section_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_a_thing_the_section_names_answered(ask_json):  # noqa: ANN001
    check(ask_json, "what software does Blackwell use, according to the Future Prospects section?", "CUDA")
    check(ask_json, "per the Nvidia section, what node is Blackwell on?", "4nm")
    check(ask_json, "what node is Blackwell on, per its section?", "4nm")
    check(ask_json, "who manufactures Blackwell, per the Nvidia section?", "TSMC")


@pytest.mark.parametrize("question", ["any systems from Microsoft?", "are there any systems from AWS?"])
def test_any_systems_asked_not_chips(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "'systems'"))


def test_any_chip_still_listed(ask_json):  # noqa: ANN001
    check(ask_json, "any chip from Groq with SRAM?", {"Groq LPU"})


def test_a_group_ranked_by_its_count_still_answered(ask_json):  # noqa: ANN001
    check(ask_json, "which company has the largest number of profiled chips?", {"Qualcomm", "Tenstorrent"})
    # counting the chips named only in passing or as baselines changes the top (session 49)
    check(ask_json, "which company has the largest number of chips?", (REFUSE, "profiled chips"))
