"""Red team 73 (968 questions, 86 wrong): the classes mended here.

- OTHER-THAN-THE-FIGURE-OF-X (33): "other than the 128 GB of Intel", "minus Intel's 128 GB", "without
  Intel's 128 GB" were read as "not Intel and HBM = 128 GB" (Trillium alone, or "no chip fits"). They
  are one chip's figure set aside, as "excluding Intel's 128 GB" is (remarks.figures_aside_said).
- NODE-SET-ASIDE (14): "Apart from Mythic's 40nm" kept the node as a condition ("no chip fits"). A
  chip's node set aside is its feature size set aside, checked as any figure is; checking it showed
  the margin of a figure's value was absolute (1e-6), which every feature size (some 1e-9 m) fell
  within: "apart from the M2000's 7nm" set the 40 nm aside. The margin is relative now.
- MEMORY-KINDS-COUNT (8, exit 0): "the most kinds of memory" was the largest memory capacity. The
  article lists a chip's memories and does not count them: refused, as "how many memories" is.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused

HBM_WITHOUT_GAUDI = ["Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"]


@pytest.mark.parametrize(
    "question",
    [
        "Rank the chips by HBM other than the 128 GB of Intel",
        "Rank the chips by HBM, minus Intel's 128 GB.",
        "Rank the chips by HBM, without Intel's 128 GB.",
        "Rank the chips by HBM, excluding the 128 GB of Intel.",
    ],
)
def test_a_figure_set_aside_said_otherwise(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == HBM_WITHOUT_GAUDI
    assert "set aside: Intel Gaudi 3's 128 GB" in data["reading"]


def test_a_figure_of_a_chip_set_aside_keeps_its_twin(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which chips have at least 1 GHz clock, minus the e150's 1.2 GHz?")
    assert sorted(column(data)) == ["Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e75"]


def test_a_count_with_a_figure_set_aside_number_first(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "How many chips have at least 64 GB of HBM other than the 128 GB of Intel?") == "3"


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("Apart from Mythic's 40nm, which chip is on the largest process node?", "IBM NorthPole"),
        ("Other than NorthPole's 12nm, which chip has the biggest process node?", "Mythic M2000"),
        ("Leave out Mythic's 40nm. Which chip is on the largest process node?", "IBM NorthPole"),
        ("Setting aside the M2000's 40nm, which chip uses the oldest process?", "IBM NorthPole"),
    ],
)
def test_a_node_set_aside(ask_json, question, top):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [top]


def test_a_node_set_aside_in_a_count(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "Not counting the M2000's 40nm, how many chips are on 7nm or larger?") == "7"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Apart from the M2000's 7nm, which chip is on the largest process node?", "40 nm"),  # it is on 40nm
        ("Apart from Mythic's 7nm, which chip is on the largest process node?", "40 nm"),
        ("Leave out Apple's 5nm. Rank the chips by process node.", "3 nm"),
        ("Rank the chips by power excluding Mythic's 10 W.", "4 watts"),
        ("Rank the chips by SRAM, other than the 230 MB of Groq.", "128 MB"),
    ],
)
def test_a_figure_set_aside_that_is_not_the_chips(ask_json, question, said):  # noqa: ANN001
    data = refused(ask_json, question, said)
    assert "no " not in data["reason"].split("gives", 1)[-1][:30]


@pytest.mark.parametrize(
    "question",
    [
        "Which chip, apart from the SN40L, has the most kinds of memory?",
        "Other than the SN40L, which 7nm chip has the most memory types?",
        "Which chip has the second-most kinds of memory?",
        "Rank the chips by how many kinds of memory they have.",
        "Which chip has the most memories?",
        "which chip has the most memory technologies",
    ],
)
def test_kinds_of_memory_are_not_counted(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "does not count them")


def test_the_most_memory_is_a_capacity(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "which chip has the most memory")) == ["SambaNova SN40L"]


# TOP-N-MEMBERSHIP (13, false reasons): "is X in the top N" was refused for "figures of other scopes"
# that were the per-chip leaders ahead of it; now answered, and refused where a chip with no stated
# figure might be ahead (as "does X have the most" is)


@pytest.mark.parametrize(
    "question",
    [
        "Is Blackwell among the top 2 by transistor count?",
        "Is the Maia 100 in the top 3 by transistors?",
        "Is the e75 among the bottom 2 by clock speed?",
        "Is the MTIA v2 in the top 2 by clock speed?",
    ],
)
def test_in_the_top_n(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["true"]


def test_not_in_the_top_n(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Is the Groq LPU in the top 3 by SRAM?")) == ["false"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Is the Trainium2 in the top 3 by HBM?", "AMD Instinct MI350"),  # its HBM has no stated size
        ("Is the Trainium2 in the bottom 2 by HBM?", "in the bottom 2"),
        ("Is the NorthPole in the top 3 by SRAM?", "SambaNova SN40L"),
        ("Is the SN40L in the top 2 by memory capacity?", "per system"),  # the CS-3's 1,200 TB
    ],
)
def test_in_the_top_n_not_told(ask_json, question, said):  # noqa: ANN001
    data = refused(ask_json, question, said)
    assert "other scopes go beyond it (d-Matrix" not in data["reason"]


@pytest.mark.parametrize(
    "question",
    ["List the chips on 4nm, and tell me who made them.", "List the chips on 5nm and tell me who designed them."],
)
def test_a_list_and_a_question(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "more than one question")


def test_their_makers_are_not_dropped(ask_json):  # noqa: ANN001
    refused(ask_json, "List the chips on 4nm and their makers.", "beside the answer")


# POWERED-APP (7, false reasons): a count, a figure of "the chip that powers Copilot" and "does any
# chip power Copilot" said no chip fits; the Maia 100 supports Copilot (l.81), said instead


@pytest.mark.parametrize(
    "question",
    [
        "How many chips are meant to power Copilot?",
        "What's the transistor count of the chip that powers Copilot?",
        "How many Microsoft chips power Copilot?",
        "What is the peak performance of the chip that powers Copilot?",
        "Does any chip in the article power Copilot?",
    ],
)
def test_what_powers_copilot_names_the_maia(ask_json, question):  # noqa: ANN001
    data = refused(ask_json, question, "Microsoft Maia 100: supports application Microsoft Copilot")
    assert "fits" not in data["reason"]


def test_power_before_a_model_is_the_verb(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Does any chip power Gemini?")) == ["Google Trillium TPU"]
    assert count_of(ask_json, "How many chips power Gemini?") == "1"
