"""``chipkg ask``: phrases that say which unit a figure is of, and which scope the asker counts.

Four readings, each as the graph holds the figure (held-out set 37's scope riders):

- a per-card rider in a list by a range ("Which chips draw more than 100 W, treating the AI 100
  Ultra's per-card figure as its power?"): the list's ranges of power take a card's figure already,
  each shown with its scope; the rider is a premise checked against the chip's figure
  (chipkg.ask.parse.riders._listed_in_range). A count or a yes/no shows no figure, a measure that
  compares per-chip figures only would take none of the scope, and "per chip" said beside the rider
  contradicts it: refused, as a rider whose premise does not hold is;
- a sum over a chip's dies ("summed over both dies", "totalled across its two dies", "over its
  dies"): words.tsv ``chipscope`` phrases, the whole chip's figure where the graph states one, two
  dies a premise checked (Gaudi 3's 96 MB, never its 48 MB per die); "over" there is no comparator;
- a group's scope set aside with its size ("per chip rather than the aggregate of a 2,048-unit
  cluster"): the number sizes the group set aside and is no figure (asides._sized_scope_set_aside);
  outside a part set aside it is read as before (refused);
- "(system memory, not memory on the wafer)": a scope word before the memory's name in a
  parenthesis that sets on-chip memory aside, read as "(a per-system figure, not memory on the
  wafer)" is (asides._scope_modifiers, asides._clarifying): the CS-3's "up to 1,200 TB" per system.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

AI100 = "Qualcomm Cloud AI 100 Ultra"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Treating the AI 100 Ultra's per-card figure as its power, which chips draw more than 100 W?",
            {AI100, "Tenstorrent Grayskull e150"},
        ),
        (
            "Which chips have a power rating between 140 W and 210 W, counting the Qualcomm Cloud AI 100 "
            "Ultra's single-card figure as its power?",
            {AI100, "Tenstorrent Grayskull e150"},
        ),
        (
            "Which accelerators are rated at 150 W or less, reading the AI 100 Ultra's per-card figure as its power?",
            {AI100, "Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"},
        ),
    ],
)
def test_a_per_card_rider_in_a_list_shows_the_card_figure(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "150 W, per card" in json.dumps(data)  # the card's figure keeps its scope where shown
    assert "taken as said of" in data["reading"], data["reading"]


def test_a_per_card_rider_leaving_its_chip_out_of_the_range_is_answered(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Which chips use under 100 W, taking the Cloud AI 100 Ultra's single-card figure as its power?",
        {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"},
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # MTIA v2's 90 watts is no card's figure
        ("Which chips draw more than 100 W, treating the MTIA v2's single-card figure as its power?", "does not hold"),
        # a count shows no figure: the card's would be counted unseen
        ("How many chips draw more than 100 W, counting the AI 100 Ultra's single-card figure as its power?", ""),
        # "per chip" beside a card's figure
        (
            "Which chips draw more than 100 W per chip, counting the AI 100 Ultra's single-card figure as its power?",
            "",
        ),
        # SRAM is compared per chip: a card's SRAM is no figure the list takes
        (
            "Which chips have more than 100 MB of SRAM, counting the AI 100 Ultra's single-card figure as its SRAM?",
            "",
        ),
        # a node's power is no figure a list of power takes (and Gaudi 3 has none)
        ("Which chips draw more than 100 W, counting the Gaudi 3's per-node figure as its power?", ""),
        # no range: nothing compared
        ("Which chips draw power, counting the AI 100 Ultra's single-card figure as its power?", ""),
    ],
)
def test_a_per_card_rider_the_list_does_not_compare_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much SRAM does Gaudi 3 carry, summed across its two dies?", "96 MB"),
        ("What's Gaudi 3's SRAM total over its dies?", "96 MB"),
        ("What is the total SRAM on Gaudi 3 over both of its dies?", "96 MB"),
        ("Over both dies, how much SRAM does Gaudi 3 have?", "96 MB"),
        ("How many matrix math engines does Gaudi 3 have, added up over both dies?", "8 matrix math engines"),
        ("What is Blackwell's transistor count summed over both dies?", "208 billion"),
        # the whole chip's figure compared, not the die's 48 MB
        ("Does Gaudi 3 have 48 MB of SRAM summed over both dies?", False),
        ("Is Gaudi 3's SRAM, summed over both dies, over 90 MB?", True),
    ],
)
def test_a_sum_over_the_dies_is_the_whole_chips_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # one die each: the premise of two dies does not hold
        "How much SRAM does the Groq LPU have, summed over both dies?",
        "How many cores does the CS-3 have, totalled over both dies?",
        # "both dies" as the subject of a per-die figure stays refused
        "Do both dies of Gaudi 3 have 48 MB of SRAM?",
    ],
)
def test_a_sum_over_dies_a_chip_does_not_have_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_over_before_a_number_is_still_a_comparator(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Which chips have over 150 MB of SRAM?",
        {"d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"},
    )


@pytest.mark.parametrize(
    "question",
    [
        "What performance does one CS-3 deliver, not the total of a 2,048-system cluster?",
        "How much mixed-precision compute does a single CS-3 give, as opposed to a 2,048-CS-3 cluster?",
        "What performance does one CS-3 deliver (per chip, not the total of a 2,048-system cluster)?",
    ],
)
def test_a_sized_group_set_aside_leaves_the_chips_figure(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, "2.6 petaflops, mixed-precision")
    assert "per chip only" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # the number is the group asked, not one set aside: since session 38 the cluster's count of
        # units is the span its figure states (ck:scaleCount 2,048 systems), checked
        "What is the CS-3's performance in a 2,048-unit cluster?",
        "What is the CS-3's performance, not per chip but in a 2,048-unit cluster?",
    ],
)
def test_a_sized_group_asked_is_the_clusters_figure(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, "up to 256 exaflops, per cluster, across 2,048 systems")
    assert "2,048 systems" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # the number is the figure contrasted, with no "a" sizing a group
        "Is the CS-3's cluster limit 1,024 systems rather than 2,048 systems per cluster?",
        # "not counting" excludes: the number is not set aside as a group's size
        "Which chips scale to more than 1,000 units, not counting a 2,048-unit cluster?",
    ],
)
def test_a_sized_group_not_set_aside_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "How much memory does a CS-3 support (system memory, not memory on the wafer)?",
        "What is the CS-3's memory capacity (the per-system memory, not on-chip memory)?",
    ],
)
def test_system_memory_set_against_on_chip_memory_is_the_systems(ask_json, question):  # noqa: ANN001
    check(ask_json, question, "off-chip, capacity up to 1,200 TB, per system")


@pytest.mark.parametrize(
    "question",
    [
        # no memory is given per system for Gaudi 3, nor SRAM for the CS-3's system
        "How much memory does Gaudi 3 have (system memory, not memory on the die)?",
        "How much SRAM does the CS-3 have (system memory, not memory on the wafer)?",
        # a system's memory is compared with no chip's
        "Which chip supports the most memory (system memory, not memory on the chip)?",
    ],
)
def test_system_memory_not_held_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
