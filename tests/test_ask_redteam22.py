"""``chipkg ask``: red team 22's wrong answers (exit 0), refused or answered right.

- N1 "what links Trillium TPUs within a cluster?" printed ICI alone (the rule that chips within a
  pod are joined chip to chip was taken for a cluster too): a cluster's chips are joined by its
  scale-out network as well (``checks._link_purpose``).
- N7 "which companies don't make a chip drawing more than 100 W?" printed Tenstorrent, the one that
  does: "a chip" before its figure was read as "per chip" and the negation spent on that scope. A
  chip word after a negation is no scope (``asides``), and a chip scope after a negated verb is
  refused as "a chip that draws" is (``walk._negation_before_verb``).
- N8 "do the Nvidia chips both use TSMC?" was true because the Blackwell GPU is (the H100's
  foundry is never named): an article before the vendor's name no longer hides "the Nvidia chips",
  which asks of each chip and is refused as "are Nvidia's chips ..." is (``question._org_yes_no``).
- N10 "rank process nodes by number of chips" ranked the chips by feature size: a count of chips
  as the order of a ranking of chips is refused (``checks._ranked_by_chip_count``).
- N6 "what on-chip network does NorthPole use?" printed its 192 MB of on-chip SRAM: "on-chip"
  right before a word of the interconnect asks for a link inside the chip (ck:OnChip), refused
  where the article names none (``checks._on_chip_link``).
- N9 "who makes a 4nm chip?" and "who makes a chip with more than 9000 TFLOPS?" named Qualcomm
  and d-Matrix with no hedge: organizations listed or counted by their chips now say which chip
  qualifies them by a hedged fact or a claimed figure (``answer._organizations_by_hedged``).
- "Maia" and "Azure Maia" name the Maia 100 (data/microsoft.ttl altLabels), as "Trillium" names
  the Trillium TPU.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check


@pytest.mark.parametrize(
    "question", ["what links Trillium TPUs within a cluster?", "what links Trillium TPUs in a cluster?"]
)
def test_chips_within_a_cluster_are_joined_by_both(ask_json, question):  # noqa: ANN001
    check(ask_json, question, {"ICI", "Google datacenter network"})


def test_cs3_chips_within_a_cluster(ask_json):  # noqa: ANN001
    check(ask_json, "what links CS-3 chips within a cluster?", ["Cerebras cluster network"])


@pytest.mark.parametrize(
    "question",
    [
        "which companies don't make a chip drawing more than 100 W?",
        "which companies do not make a chip consuming more than 100 W?",
        "who doesn't have a chip drawing under 100 W?",
        "which companies make no chip drawing more than 100 W?",
        "which designers haven't made a chip drawing more than 100 W?",
        "how many companies don't make a chip drawing more than 100 W?",
        "which foundries don't manufacture a chip clocked above 1 GHz?",
        "does Tenstorrent not make a chip drawing more than 100 W?",
    ],
)
def test_a_negated_chip_before_its_figure_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_the_positive_organization_list_still_answers(ask_json):  # noqa: ANN001
    check(ask_json, "which companies make a chip drawing more than 100 W?", {"Tenstorrent"})


def test_not_per_card_is_still_per_chip(ask_json):  # noqa: ANN001
    data = check(ask_json, "which chips draw more than 50 W, not per card?", 3)
    assert "per chip only" in data["reading"]


@pytest.mark.parametrize("question", ["maia process node", "what node is Azure Maia built on?"])
def test_maia_names_the_maia_100(ask_json, question):  # noqa: ANN001
    check(ask_json, question, ["5nm"])


@pytest.mark.parametrize(
    "question",
    [
        "do the Nvidia chips both use TSMC?",
        "are the Nvidia chips both made by TSMC?",
        "do the Qualcomm chips use TSMC?",
        "rank process nodes by number of chips",
        "top 3 process nodes by number of chips?",
        "rank the process nodes by how many chips use them",
        "rank the memory technologies by number of chips",
    ],
)
def test_each_vendor_chip_and_groups_ranked_by_count_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_the_node_with_the_most_chips_still_answers(ask_json):  # noqa: ANN001
    check(ask_json, "which process node has the most chips?", ["7nm"])


@pytest.mark.parametrize(
    "question",
    [
        "what on-chip network does NorthPole use?",
        "what is NorthPole's on-chip network?",
        "which on-chip network does NorthPole have?",
    ],
)
def test_an_on_chip_network_is_a_link(ask_json, question):  # noqa: ANN001
    check(ask_json, question, ["network-on-chip"])


@pytest.mark.parametrize(
    "question", ["what on-chip interconnect does the Groq LPU use?", "what on-chip link does Gaudi 3 use?"]
)
def test_no_on_chip_link_named_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_on_chip_memory_keeps_its_reading(ask_json):  # noqa: ANN001
    check(ask_json, "how much on-chip memory does NorthPole have?", 1)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who makes a 4nm chip?", "Qualcomm by Qualcomm Adreno 750: The TSMC 4nm process"),
        ("how many companies make a 4nm chip?", "Qualcomm by Qualcomm Adreno 750"),
        ("which companies make a chip delivering more than 9 petaflops?", "9,600 TFLOPS (vendor claim)"),
        ("which companies make a chip unsuitable for data centers?", "judged very unlikely"),
    ],
)
def test_organizations_by_their_chips_keep_hedges_and_claims(ask_json, question, said):  # noqa: ANN001
    data = answered(ask_json, question)
    assert said in data["reading"], data["reading"]


def test_organizations_by_plain_facts_carry_no_note(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which companies make a 7nm chip?")
    assert "hedged or claimed" not in data["reading"]
