"""``chipkg ask``: a relation left unstated beside another condition said after it (red team 27, W1-W3).

- W1: an exclusion of chips said after "no (stated) foundry" ("..., except the CS-3", "..., excluding
  AWS chips") is read beside the lack (asides._chips_excluded_after): both kept. It took the place of
  the lack before (walk: a negation still waiting for what it negates when another comes is refused
  now), answering the 7nm chips TSMC makes (Groq LPU, Cloud AI 100 Ultra) too.
- W2: "lack A and B", "no A or B": whether the lack carries over the conjunction is not clear;
  refused (it read B as present: the chips that have a clock). "no A and a B" stays as it was.
- W3: a hedge adjective said of a figure after a copula ("which power figures are approximate") is
  refused as it is before the figure's name (it listed every chip with the figure).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

# 7nm, no foundry stated: Trainium2, CS-3, MTIA v2, SN40L (TSMC named for the Groq LPU and AI 100 Ultra)
NO_CS3 = {"AWS Trainium2", "Meta MTIA v2", "SambaNova SN40L"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which 7nm chips have no stated foundry, apart from the Cerebras CS-3?", NO_CS3),
        ("List the 7nm chips with no named foundry, excluding the CS-3.", NO_CS3),
        ("Which 7nm chips have no foundry, but not the CS-3?", NO_CS3),
        ("Which chips on 7nm are without a stated foundry, except Cerebras's CS-3?", NO_CS3),
        ("Which 7nm chips lack a named foundry, other than the CS-3?", NO_CS3),
        ("Count the 7nm chips with no stated foundry, excluding the CS-3.", "3"),
        ("How many 7nm chips are missing a foundry, except the CS-3?", "3"),
        (
            "Which 7nm chips have no stated foundry, other than Meta chips?",
            {"AWS Trainium2", "Cerebras CS-3", "SambaNova SN40L"},
        ),
        ("Which 7nm chips lack a foundry, excluding the Trainium2 and the SN40L?", {"Cerebras CS-3", "Meta MTIA v2"}),
        # the exclusion said first was right before, and stays so
        ("Which 7nm chips, other than the CS-3, lack a stated foundry?", NO_CS3),
        # an exclusion of a value of the relation is not of chips: stays refused
        ("Which 7nm chips have no foundry except TSMC?", REFUSE),
    ],
)
def test_exclusion_after_a_lack_keeps_both(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which 7nm chips lack a named foundry and a named clock speed?",
        "How many chips on 7nm are missing a foundry and a clock?",
        "Which 5nm chips lack a stated foundry and a transistor count?",
        "Which 7nm chips lack a foundry and HBM?",
        "Which 7nm chips are without a stated foundry and an SRAM figure?",
        "Which 7nm chips lack a stated foundry or a stated clock?",
        "Which 7nm chips have no foundry or a stated clock?",
        "How many 7nm chips are left without a foundry or a transistor count?",
    ],
)
def test_lack_joined_to_another_condition_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "whether the lack"))


def test_no_relation_and_a_figure_stays(ask_json):  # noqa: ANN001
    # "no A and a B": the second said present on purpose; the MTIA v2 states a clock (1.35 GHz)
    check(ask_json, "Which 7nm chips have no stated foundry and a stated clock?", {"Meta MTIA v2"})


@pytest.mark.parametrize(
    "question",
    [
        "Which power figures are typical?",
        "Which chips' clock speeds are approximate?",
        "Which transistor counts are estimates?",
        "Which transistor counts are approximations?",
        "Which die areas are approximate?",
        "Which memory bandwidth figures are approximate?",
        "Which chips have power figures that are approximate?",
        "Which chips list transistor counts that are typical?",
    ],
)
def test_hedge_after_copula_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the hedged-figures report's words keep their reading
        ("Which power figures are approximate figures?", {"Mythic M2000"}),
        (
            "Which transistor counts are lower bounds?",
            {"Groq LPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
    ],
)
def test_hedged_figures_report_unchanged(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
