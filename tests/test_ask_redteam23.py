"""``chipkg ask``: red team 23's wrong answers (exit 0), refused now.

- R1 (new in e7f867e, closed in 1068184; its cases are in test_ask_only_stated_figure.py): a most
  inside a yes/no was true of the only chip with the figure.
- R2 "does every Intel chip use 5nm?" was true: the one Intel chip in the graph was read as "the
  chip of Intel", and "every" dropped. The article's lists of chips are not exhaustive, so a yes/no
  of every chip an organization makes is refused, as "are all Intel chips 5nm?" was
  (``frames._ALL_OF`` before the one-vendor-chip reading).
- R3 "is Gaudi 3 one of the top 3 GPUs by HBM?" was true: it is the only GPU with a stated HBM
  capacity, so it is in the top 3 for want of others. A top-N membership is told only where the
  chip stays in the top N with every chip of no figure ahead of it, or more than N chips are
  stated (``answer._leads``).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "does every Intel chip use 5nm?",
        "does each Intel chip have HBM?",
        "does every chip from Intel use 5nm?",
        "does every Apple chip use 3nm?",
        "does every Microsoft chip use 5nm?",
        "does every Qualcomm chip use 4nm?",
    ],
)
def test_every_chip_of_an_organization_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "not exhaustive"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the Intel chip use 5nm?", True),  # its one chip, said so
        ("does an Intel chip use 5nm?", True),
        ("does Intel make 5nm chips?", True),
    ],
)
def test_one_chip_of_an_organization_still_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "is Gaudi 3 one of the top 3 GPUs by HBM?",
        "is Trainium2 in the top 2 chips by fp16 performance?",
    ],
)
def test_a_top_n_for_want_of_others_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "is not told"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # two 5nm chips: the Maia 100 is in the top 2 whatever the Gaudi 3's count
        ("is the Maia 100 among the top 2 5nm chips by transistor count?", True),
        # more than 3 chips stated: among them, as the ranking answers
        ("is the CS-3 in the top 3 chips by transistor count?", True),
        ("is the Groq LPU in the top 3 by SRAM?", False),
    ],
)
def test_a_top_n_told_by_comparison_still_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
