"""``chipkg ask``: what a link question says is joined chooses the links answered (ck:purpose).

Red team 22's N2 to N5 (``checks._joined``):

- several chips inside one pod or node ("the TPUs in a Trillium pod", "the Trillium TPUs of a
  pod") are joined chip to chip (ICI works "between TPUs within a pod", line 65), not by the
  network between pods; the chip's name may sit between the preposition and the scope word;
- pods, nodes or clusters as what is joined ("connect its pods", "the pods of Trillium") are
  joined by scale-out links (the datacenter network, line 67), not read as the figure's scope;
- chips of the chip's own kind joined, with or without "its" ("connect GPUs", "link accelerators")
  by chip-to-chip or scale-out links (Gaudi 3's Ethernet/RoCE, line 55; not its PCIe host link
  nor its die-to-die link, line 53); "its host" asks for chip-to-host links;
- the same of a family of chips ("Grayskull cards"): each chip's links of that purpose, refused
  where there are none (the Grayskull's PCIe is a host link, line 183);
- a kind joined that the chip is not ("Trillium ... connect GPUs"), or "its <thing>" not read as
  anything joined ("link its HBM", "connect its ports": read before as its HBM capacity or port
  count), is refused rather than answered with every link or another figure.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

ICI = ["ICI"]
DCN = ["Google datacenter network"]
GAUDI_CHIPS = ["Ethernet", "RoCE"]


@pytest.mark.parametrize(
    "question",
    [
        "which interconnect joins the Trillium TPUs of one pod?",
        "what connects the TPUs inside a Trillium pod?",
        "what links the accelerators within a Trillium pod?",
        "what network links the chips of a Trillium pod?",
        "what is the interconnect within a Trillium pod?",
        "what interconnect does Trillium use inside a pod?",
    ],
)
def test_chips_of_one_pod_are_joined_chip_to_chip(ask_json, question):  # noqa: ANN001
    check(ask_json, question, ICI)


@pytest.mark.parametrize(
    "question",
    [
        "what does Trillium use for connecting its pods?",
        "what does Trillium use to interconnect its pods?",
        "which network connects the pods of Trillium together?",
        "what links Trillium's pods?",
        "what network joins the pods of the Trillium TPU?",
    ],
)
def test_pods_joined_are_joined_by_the_network_between_pods(ask_json, question):  # noqa: ANN001
    check(ask_json, question, DCN)


@pytest.mark.parametrize(
    "question",
    [
        "what does Gaudi 3 use to link GPUs?",
        "what does Gaudi 3 use to interconnect accelerators?",
        "what does the Gaudi 3 use to connect chips?",
        "what does Gaudi 3 use to link its nodes?",
        "what connects the nodes of Gaudi 3?",
    ],
)
def test_gaudi_3_chips_or_nodes_joined_leave_out_its_host_and_die_links(ask_json, question):  # noqa: ANN001
    check(ask_json, question, GAUDI_CHIPS, any_order=True)


def test_blackwell_gpus_joined_leave_out_its_die_link(ask_json):  # noqa: ANN001
    check(ask_json, "what does the Blackwell GPU use to link GPUs?", ["NVLink 5"])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what links Gaudi 3 to its host?", "no chip to host link"),
        ("what does Gaudi 3 use to connect to its host?", "no chip to host link"),
        ("what does Tenstorrent use to link Grayskull chips?", "no chip to chip or scale out link"),
        ("what connects the Grayskull e75 and e150 cards?", "no chip to chip or scale out link"),
        ("what does the Grayskull use to link its chips?", "no chip to chip or scale out link"),
        ("what network links Grayskull accelerators?", "no chip to chip or scale out link"),
        ("what does Trillium use to link GPUs?", "not of a kind the chip asked is"),
        ("what does Blackwell use to connect TPUs?", "not of a kind the chip asked is"),
        ("what does Gaudi 3 use to link its HBM?", "names what a link joins"),
        ("what does Gaudi 3 use to connect its ports?", "names what a link joins"),
        ("what does the MTIA v2 use to connect its memory?", "names what a link joins"),
    ],
)
def test_nothing_named_joins_them_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_the_grayskull_host_link_is_said_to_join_the_host(ask_json):  # noqa: ANN001
    check(ask_json, "what connects the Grayskull cards to the host?", {"PCIe 4.0"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what connects Trillium pods?", DCN),
        ("what links the Trillium TPUs within a pod?", ICI),
        ("what links Trillium TPUs in a cluster?", {"ICI", "Google datacenter network"}),
        ("what does Gaudi 3 use to connect its GPUs?", {"Ethernet", "RoCE"}),
        ("what interconnect does Gaudi 3 use?", {"Ethernet", "PCIe 5.0", "RoCE", "die-to-die interconnect"}),
        ("what connects the M2000 to the host?", ["PCIe 2.0"]),
    ],
)
def test_what_worked_still_works(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
