"""Red team 45 (session 30): exit-0 answers that said more than the article.

- A ("X instead of Y" answered where the article says nothing of Y) is in test_ask_set_aside.
- B: the Cloud AI 100 Ultra's external LPDDR4X has no capacity (l.104), so its 144 MB of SRAM is no
  measure of its memory: it was ranked below the MTIA v2's 256 MB, "less memory than NorthPole",
  and "144 MB in total". A ranking by memory capacity now leaves out a chip with a memory of no size
  beside a sized one, naming it (an on-chip memory of no size beside a sized off-chip one, the
  SN40L's SRAM beside its 1.5 TB of DDR5, is taken to be the smaller); per-technology and on-chip
  rankings are unchanged.
- C: "can the Cloud AI 100 Ultra handle a 150 billion parameter model" was true by the dual-card
  figure (175 billion) while one card handles up to 100 billion (l.105).
- D: "which Nvidia chip was just launched" listed every Nvidia chip, the H100 baseline too: when a
  chip came out is no fact of the graph."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column, refused

AI100 = "Qualcomm Cloud AI 100 Ultra"


@pytest.mark.parametrize(
    "question",
    [
        "Does the MTIA v2 have more memory than the Cloud AI 100 Ultra?",
        "Which has less memory, Cloud AI 100 Ultra or NorthPole?",
        "which has more memory, cloud ai 100 ultra or mtia v2",
        "How much memory does the Cloud AI 100 Ultra have in total?",
    ],
)
def test_a_memory_of_no_size_leaves_the_chip_uncompared(ask_json, question):  # noqa: ANN001
    reason = refused(ask_json, question)["reason"]
    assert "LPDDR4X" in reason, reason


@pytest.mark.parametrize("question", ["rank chips by memory", "rank the chips by memory capacity, highest first"])
def test_a_ranking_by_memory_names_the_chip_it_leaves_out(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert AI100 not in column(data, "chip")
    assert f"{AI100} (LPDDR4X" in data["reading"].partition("not ranked:")[2], data["reading"]
    assert "SambaNova SN40L" in column(data, "chip")  # its SRAM of no size is on the chip, beside 1.5 TB off it


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip has the most memory", "SambaNova SN40L"),
        ("Does the MTIA v2 have more SRAM than the Cloud AI 100 Ultra?", True),  # SRAM alone: both sized
        ("which chip has the most on-chip memory", "d-Matrix Corsair C8"),
        ("is the cloud ai 100 ultra's memory bigger than 100 MB", True),  # 144 MB is more, whatever else it has
    ],
)
def test_figures_of_sized_memories_still_compared(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_on_chip_ranking_keeps_the_ai_100_ultra(ask_json):  # noqa: ANN001
    assert AI100 in column(answered(ask_json, "rank chips by on-chip memory"), "chip")


def test_the_value_of_its_memory_says_what_has_no_size(ask_json):  # noqa: ANN001
    data = answered(ask_json, "How much memory does the Cloud AI 100 Ultra have?")
    assert f"no capacity stated for {AI100}'s LPDDR4X" in data["reading"], data["reading"]


def test_which_tsmc_chip_has_the_most_memory_is_refused_naming_it(ask_json):  # noqa: ANN001
    reason = refused(ask_json, "Which TSMC chip has the most memory?")["reason"]
    assert f"{AI100} has a memory of no stated capacity (LPDDR4X)" in reason, reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can the Cloud AI 100 Ultra handle a 150 billion parameter model?", REFUSE),  # one card: up to 100 billion
        ("Can the Cloud AI 100 Ultra handle a 90 billion parameter model?", True),  # one card does
        # only a cluster's figure (l.75): refused since red team 46 C (test_ask_redteam46)
        ("Can the Trainium2 handle a 200 billion parameter model?", REFUSE),
        ("can the cs-3 handle 20 trillion parameters", True),  # one system is one CS-3
    ],
)
def test_a_setup_of_several_units_does_not_answer_for_one_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which Nvidia chip was just launched?",
        "which chips were recently released",
        "Which chip does Amazon currently offer?",
        "which chips are currently available",
    ],
)
def test_release_status_is_refused(ask_json, question):  # noqa: ANN001
    assert "release status" in refused(ask_json, question)["reason"]
