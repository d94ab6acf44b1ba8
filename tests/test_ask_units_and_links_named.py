"""``chipkg ask``: units and links named the ways set 37 named them.

- A width before a memory technology and its units ("four 64-bit LPDDR4X memory controllers") is
  the width of each unit, as "64-bit memory controllers" was: the technology between them no
  longer leaves the width unread (parse.asides._width_said, _counted_units_at).
- "each Tensix core" / "per Tensix core" beside "how many" of another kind of unit ("how many
  RISC-V processors does each Tensix core contain") is the count's scope, per core, of the chips
  whose cores are of that kind (a constraint of its own: they have a stated Tensix core count);
  it was refused as two kinds of unit to count (parse.asides, walk, frames._per_unit_kind). With
  no chip named it is one figure, one row, its chips joined (answer._one_row_per_figure).
- "the maximum number of GPUs that NVLink 5 can link together for Blackwell" is its scale out, as
  "how many GPUs can NVLink 5 connect in the Blackwell platform" is (parse.rewrites
  ._number_of_fronted), and "for Blackwell" places the chip as "in" does; it was read as the most
  chips per group.
- A link named twice side by side, the second narrower ("the chip-to-chip link joining the two
  dies": the article's own words for the die-to-die link) is the narrower one
  (parse.rewrites._link_named_twice; "joining the two dies" is a hidden label of die-to-die in
  data/technologies.ttl); it answered both of Blackwell's links. Joined by "and" they stay two.
- A rate spelled out as the unit asked ("in terabytes per second") is read as "in TB/s".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, column


@pytest.mark.parametrize(
    "question",
    [
        "How many 64-bit LPDDR4X memory controllers does the article attribute to the Qualcomm Cloud AI 100 Ultra?",
        "how many 64-bit lpddr4x controllers does the cloud ai 100 ultra have",
        "Count the 64-bit LPDDR4X memory controllers of the AI 100 Ultra.",
    ],
)
def test_a_width_before_the_memory_of_the_units_is_each_units_width(ask_json, question):  # noqa: ANN001
    check(ask_json, question, "4 memory controllers")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How many 32-bit LPDDR4X memory controllers does the Cloud AI 100 Ultra have?", "the article gives 64-bit"),
        ("how many 64-bit HBM controllers does the Cloud AI 100 Ultra have", "gives no HBM controller count"),
        ("Which chips have 64-bit LPDDR4X memory controllers?", "a width of units"),
    ],
)
def test_a_width_or_memory_the_graph_does_not_hold_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        "How many RISC-V processors does the article say each Tensix core contains (per core, not per chip)?",
        "How many RISC-V processors per Tensix core?",
        "how many risc-v processors does every tensix core hold",
    ],
)
def test_a_count_per_kind_of_unit_is_one_figure_of_the_chips_of_that_kind(ask_json, question):  # noqa: ANN001
    # one figure (one row, so "how many" has one answer), the chips with such units named in it
    data = check(ask_json, question, "5 RISC-V processors, per core")
    (chips,) = column(data, "chip")
    assert sorted(chips.split(", ")) == ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]


def test_a_count_per_kind_of_unit_of_one_chip(ask_json):  # noqa: ANN001
    check(
        ask_json, "How many RISC-V processors does each Tensix core of the e75 have?", "5 RISC-V processors, per core"
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the M4 has no Tensix cores: the kind of unit is a condition on the chip
        ("How many RISC-V processors per Tensix core does the M4 have?", "Tensix core count"),
        ("How many RISC-V processors per Tensix core do chips on 7nm have?", "no chip"),
        # a ranking of figures per core stays unread
        ("Which chip has the most RISC-V processors per Tensix core?", "not compared here"),
        # the other way round: Tensix cores are what the chip counts
        ("How many Tensix cores per RISC-V processor?", "two kinds of unit"),
    ],
)
def test_a_count_per_kind_of_unit_out_of_reach_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


BLACKWELL_REACH = "up to 576 GPUs, via NVLink 5, per cluster"


@pytest.mark.parametrize(
    "question",
    [
        "Per the article, what is the maximum number of GPUs that fifth-generation NVLink can link together "
        "for Blackwell, as an upper bound?",
        "What is the maximum number of GPUs NVLink can connect in the Blackwell platform?",
        "what's the largest number of GPUs that NVLink 5 can hook up for the Blackwell?",
        "how many GPUs can NVLink connect for Blackwell",
        "how many GPUs can NVLink connect for Blackwell, per the article?",
    ],
)
def test_the_maximum_number_a_link_joins_for_a_chip_is_its_scale_out(ask_json, question):  # noqa: ANN001
    check(ask_json, question, BLACKWELL_REACH)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the maximum number of GPUs that NVLink can connect?", "how far a technology reaches"),
        ("What is the maximum number of chips that NVLink can connect for Trainium2?", "NVLink 5"),
    ],
)
def test_the_maximum_number_a_link_joins_without_its_chip_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_the_largest_number_of_chips_per_group_is_still_a_group_count(ask_json):  # noqa: ANN001
    check(ask_json, "Which node has the largest number of chips?", ["7nm"])


@pytest.mark.parametrize(
    "question",
    [
        "What bandwidth does the chip-to-chip link joining the two dies of a Blackwell GPU provide?",
        "What bandwidth does the chip-to-chip link joining the two dies of a Blackwell GPU provide, "
        "in terabytes per second?",
        "blackwell chip-to-chip link connecting the two dies: its bandwidth?",
    ],
)
def test_a_link_named_twice_is_the_narrower_one(ask_json, question):  # noqa: ANN001
    check(ask_json, question, "10 TB/s")


def test_two_links_joined_by_and_stay_two(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "What bandwidth do Blackwell's chip-to-chip and die-to-die links provide?",
        {"die-to-die interconnect, bandwidth 10 TB/s", "NVLink 5, bandwidth 1.8 TB/s, bidirectional"},
    )


def test_which_chips_have_a_link_joining_two_dies(ask_json):  # noqa: ANN001
    check(ask_json, "which chips have a link joining two dies?", {"Intel Gaudi 3", "Nvidia Blackwell GPU"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("blackwell nvlink bandwidth in terabytes per second", "1.8 TB/s, bidirectional"),
        ("What is Gaudi 3's HBM bandwidth in gigabytes per second?", (REFUSE, "not in gigabytes per second")),
    ],
)
def test_a_rate_spelled_out_is_the_unit_asked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# Red team 26 on the readings above: each was an answer with exit 0 before these checks.
@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the link named must be the one the scale out is stated via (answer._scale_out_via_named_link)
        (
            "What is the maximum number of GPUs that the die-to-die link can link together for Blackwell?",
            "via NVLink 5",
        ),
        ("How many GPUs can the die-to-die link connect for Blackwell?", "stated otherwise"),
        ("How many GPUs can PCIe connect for Gaudi 3?", "via RoCE"),
        ("How many accelerators can PCIe 5.0 connect for Gaudi 3?", "stated otherwise"),
        ("How many TPUs can ICI connect for Trillium?", "Google datacenter network"),
        # two links side by side, neither a kind of the other (rewrites._link_named_twice)
        ("What bandwidth does the NVLink joining the two dies of a Blackwell GPU provide?", "names one link as two"),
        ("blackwell nvlink die-to-die bandwidth", "names one link as two"),
        # red team 27 W4: the chip's name between the two (parse._name_around_chip reads it out)
        ("What is the bandwidth of the NVLink between Blackwell's two dies?", "names one link as two"),
        ("What is the bandwidth of NVLink across Blackwell's two dies?", "names one link as two"),
        # red team 24 W2: a parenthesis naming the other link stays refused
        (
            "What bandwidth does the link joining Blackwell's two dies provide (the NVLink figure, not the "
            "die-to-die number)?",
            "",
        ),
        # one direction of a bandwidth: not given (words.tsv unheld)
        ("What is NVLink 5's bandwidth for Blackwell in terabytes per second per direction?", "one direction"),
        (
            "What bandwidth does the chip-to-chip link joining the two dies of Blackwell provide per direction?",
            "one direction",
        ),
        ("blackwell nvlink bandwidth in one direction", "one direction"),
    ],
)
def test_red_team_26_links_and_reaches_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What bandwidth does the NVLink chip-to-chip link provide for Blackwell?", "1.8 TB/s, bidirectional"),
        ("blackwell chip-to-chip nvlink bandwidth", "1.8 TB/s, bidirectional"),
        ("blackwell nvlink scale out", BLACKWELL_REACH),
        ("What is the bandwidth of the link across Blackwell's two dies?", "10 TB/s"),
        ("What is the bandwidth of the link joining Blackwell's two dies?", "10 TB/s"),
        ("What is the bandwidth of the chip-to-chip link between Blackwell's two dies?", "10 TB/s"),
    ],
)
def test_red_team_26_near_misses_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
