"""Session 37: a rank word beside a superlative, each reading with the near misses that keep theirs.

"lowest power ai chips ranked" (blind set 54, terse) and "..., how do the chips rank from highest?"
(set 54, analyst) were answered with the one chip at the top, exit 0: the rank word was dropped
because a superlative stood beside it. Of chips in the plural, "how do the chips rank", a rank word
the superlative does not follow ("chips ranked by lowest power"), and "from" before the superlative
("rank from highest") ask for the order (frames._orders). "which chip ranks highest", "which chips
rank highest" and "the highest ranked chip" still ask for the top.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused

_LOW_POWER = ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"]  # 4 W, 75 W, 90 W (l.129, 179, 87)
_HIGH_POWER = ["Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2"]  # 200 W, 150 W per card


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("lowest power ai chips ranked", _LOW_POWER),
        ("chips ranked by lowest power", _LOW_POWER),
        ("lowest power chips, ranked", _LOW_POWER),
        ("how do the chips rank by power from highest?", _HIGH_POWER),
        ("how do the chips rank by power, from the lowest?", _LOW_POWER),
        ("rank the chips by power from highest", _HIGH_POWER),
        ("the highest power chips ranked", _HIGH_POWER),
    ],
)
def test_rank_word_beside_a_superlative_asks_the_order(ask_json, question, order):  # noqa: ANN001
    chips = first_column(answered(ask_json, question))
    assert chips[: len(order)] == order and len(chips) >= 5, chips


def test_flops_ranking_from_highest_keeps_per_chip_figures(ask_json):  # noqa: ANN001
    question = (
        "Using per-chip FLOPS figures only (vendor claims taken as stated, precision ignored, node and "
        "cluster figures left out), how do the chips rank from highest?"
    )
    data = answered(ask_json, question)
    chips = first_column(data)
    assert chips[:3] == ["d-Matrix Corsair C8", "Cerebras CS-3", "Microsoft Maia 100"], chips
    assert "per chip" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "which chip ranks highest for power",
        "which chips rank highest for power",
        "which chip is ranked highest by power",
        "the highest ranked chip by power",
        "what chip ranks the highest on power?",
    ],
)
def test_rank_word_the_superlative_follows_asks_the_top(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Tenstorrent Grayskull e150"]


@pytest.mark.parametrize("question", ["transistor count ranking", "chips ranked by transistor count"])
def test_ranking_shown_as_far_as_the_figures_decide(ask_json, question):  # noqa: ANN001
    """NorthPole's 22 billion and the Groq LPU's "over 20 billion" (l.151, 163) cannot be ordered:
    the chips above them are ranked, and they and those below are named in the reading, not shown."""
    data = answered(ask_json, question)
    chips = first_column(data)
    assert chips == ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4"], chips
    reading = data["reading"]
    assert "ranked only as far as the figures decide" in reading, reading
    for said in ("IBM NorthPole (22 billion)", "Groq LPU (over 20 billion)", "Qualcomm Adreno 750 (over 10 billion)"):
        assert said in reading, reading


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("rank the chips by transistors, lowest first", "Qualcomm Adreno 750 (over 10 billion)"),
        ("top 5 chips by transistor count", "IBM NorthPole (22 billion)"),
        # Blackwell and the M4 are decided, then two lower bounds (l.151, 97): a ranking of two is not shown
        ("Rank the TSMC-fabricated chips by transistor count, highest first.", "Groq LPU (over 20 billion)"),
    ],
)
def test_ranking_undecided_from_its_start_or_at_its_cut_is_refused(ask_json, question, said):  # noqa: ANN001
    assert said in refused(ask_json, question, "do not decide whether")["reason"]
