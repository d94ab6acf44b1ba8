"""``chipkg ask``: the wrong answers red team 21 found and the session after it closed.

- W5 "does Qualcomm have a chip drawing more than 100 W per chip?" was true by the AI 100 Ultra's
  150 W, a figure per card: "per chip" now reaches the figures of the chips an organization makes
  (``question._per_chip_only``), in a yes/no about the organization and in a list of organizations.
- W11 "do Blackwell and the Adreno 750 both use TSMC's 4nm?" was a bare true: a yes/no of several
  chips keeps each chip's hedges and the figures it rests on (``answer._yes_no``).
- W10 "what links the Trillium TPUs within a pod?" printed the network that joins pods: chips
  *within* a pod are joined chip to chip (``checks._inside``).
- W3 "what does Gaudi 3 use to connect its GPUs?" listed its host and die-to-die links too: "its"
  and the chip's own kind in the plural are several of it joined.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "does Qualcomm have a chip drawing more than 100 W per chip?",
        "does Qualcomm make a chip that draws over 120 W per chip?",
    ],
)
def test_a_card_figure_is_no_vendor_chip_figure(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_per_chip_reaches_an_organization_list(ask_json):  # noqa: ANN001
    check(ask_json, "which companies make a chip drawing more than 100 W per chip?", {"Tenstorrent"})


def test_a_vendor_chip_per_chip_still_true_where_it_holds(ask_json):  # noqa: ANN001
    data = check(ask_json, "does Tenstorrent have a chip drawing more than 100 W per chip?", True)
    assert "per chip only" in data["reading"] and "Grayskull e150: 200 W" in data["reading"]


def test_a_yes_no_of_two_chips_keeps_each_hedge(ask_json):  # noqa: ANN001
    data = check(ask_json, "do Blackwell and the Adreno 750 both use TSMC's 4nm?", True)
    assert "hedges" in data["reading"] and "Adreno" in data["reading"].split("hedges", 1)[1]


def test_a_yes_no_of_two_chips_keeps_each_figure(ask_json):  # noqa: ANN001
    data = check(ask_json, "are the grayskull cards over 50 W?", True)
    assert "e75: 75 W" in data["reading"] and "e150: 200 W" in data["reading"]


@pytest.mark.parametrize(
    "question",
    ["what links the Trillium TPUs within a pod?", "what connects Trillium chips in a pod?"],
)
def test_chips_within_a_pod_are_joined_chip_to_chip(ask_json, question):  # noqa: ANN001
    check(ask_json, question, ["ICI"])


def test_pods_are_joined_by_the_network(ask_json):  # noqa: ANN001
    check(ask_json, "what connects Trillium pods?", ["Google datacenter network"])


@pytest.mark.parametrize(
    "question",
    ["what does Gaudi 3 use to connect its GPUs?", "what interconnect does Gaudi 3 use for its GPUs?"],
)
def test_its_own_kind_in_the_plural_is_several_chips_joined(ask_json, question):  # noqa: ANN001
    check(ask_json, question, {"Ethernet", "RoCE"})
