"""Session 35: the readings added, each with the near misses that keep their old answer.

- A measure the article states at every scope (a model size: the CS-3's per system, Trainium2's
  per UltraCluster, the AI 100 Ultra's across two cards, Blackwell's unscoped; l.41, 75, 103, 141)
  has no per-chip figures to rank. A ranking or a most that names no scope ranks every figure, each
  shown with its scope and said in the reading ("compared at every scope"), as "at any scope" asks
  (answer._every_scope_ranked). Nine blind rows in sets 1-50 ask "which chip can handle the biggest
  models?" and expect the CS-3; it was refused as of different scopes (red team C9). "Per chip",
  "on a single chip" or a scope named keep their reading.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, refused, rows


@pytest.mark.parametrize(
    "question",
    [
        "which chip can handle the biggest models?",
        "what's the biggest model any of these chips can handle?",
        "largest max model size",
        "Which accelerator is quoted as handling the largest models by parameter count?",
    ],
)
def test_model_sizes_compared_at_every_scope_show_the_scope(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [r["chip"] for r in rows(data)] == ["Cerebras CS-3"], data
    assert rows(data)[0]["scope"] == "per system"  # never shown as the chip's own
    assert rows(data)[0]["qualifier"] == "upper bound"  # "up to 24 trillion" (l.141)
    assert "compared at every scope" in data["reading"], data["reading"]
    assert "AWS Trainium2's figure is per cluster" in data["reading"], data["reading"]


def test_a_ranking_of_model_sizes_shows_each_scope(ask_json):  # noqa: ANN001
    data = answered(ask_json, "rank the cs-3, blackwell and trainium2 by the largest model each can handle")
    assert [(r["chip"], r.get("scope", "")) for r in rows(data)] == [
        ("Cerebras CS-3", "per system"),
        ("Nvidia Blackwell GPU", ""),  # l.41 names no scope
        ("AWS Trainium2", "per cluster"),
    ]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chip supports the largest model on a single chip?", "not compared with per-chip figures"),
        ("which chip can handle the biggest models per system", "per system"),
        # a lower bound against a named chip's figure is never decided (l.131 "multi-trillion")
        ("which has the larger max model size, blackwell or the sn40l?", "do not decide"),
    ],
)
def test_model_sizes_of_one_scope_keep_their_reading(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # set 51: a scope asked, and "not per chip" said of the chip's own figure, which it is not
        (
            "For a single eight-accelerator Gaudi 3 node - the per-node figure, not per chip - what FP8 compute does "
            "the article quote?",
            "14.7 petaflops, FP8, per node, across 8 chips",  # l.57
        ),
        ("how much power does the ai 100 ultra draw per card, not per chip?", "150 W, per card"),  # l.103
    ],
)
def test_not_per_chip_beside_the_scope_asked_is_said_again(ask_json, question, figure):  # noqa: ANN001
    assert [r["figure"] for r in rows(answered(ask_json, question))] == [figure]


@pytest.mark.parametrize(
    "question",
    [
        "what FP8 compute does gaudi 3 reach, not per chip?",  # no scope asked: which figure is not said
        "what FP8 compute does gaudi 3 reach per node, not per chip, not per cluster?",
    ],
)
def test_not_per_chip_alone_is_still_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_a_designers_own_claim_taken_as_stated(ask_json):  # noqa: ANN001
    # set 51: "own" after the name says whose claim; read as the verb "own", the rider was refused
    data = answered(ask_json, "Taking d-Matrix's own claim as stated, what peak performance does the Corsair C8 reach?")
    assert [r["figure"] for r in rows(data)] == ["up to 9,600 TFLOPS (vendor claim)"]  # l.173
    assert "taken as said of d-Matrix Corsair C8" in data["reading"]


def test_an_own_claim_the_figure_is_not_is_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "taking Groq's own claim as stated, what int8 tops does the lpu reach?", "does not hold")


@pytest.mark.parametrize(
    "question",
    [
        # set 52: answered the AI 100 Ultra's and the M2000's power, as "how many W does X have"
        "How many chips have a power figure given, counting a per-card value (Cloud AI 100 Ultra) and a typical one "
        "(M2000) as stated figures?",
        "how many chips have a power figure (Cloud AI 100 Ultra)?",
    ],
)
def test_how_many_chips_beside_named_chips_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "'how many chips' counts chips")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many cores does the cs-3 have?", "900,000 AI-optimized cores"),  # l.139: the chip's count
        ("how many tensix cores does the grayskull e150 have", "120 Tensix cores"),  # l.179
    ],
)
def test_how_many_of_a_named_chip_is_its_figure(ask_json, question, figure):  # noqa: ANN001
    assert [r["figure"] for r in rows(answered(ask_json, question))] == [figure]
