"""``chipkg ask``: the wrong answers of held-out set 23's first run (commit d1ccb16), fixed by
mechanism and tested on questions written for the mechanism (not the set's rows):

1. "A vs B" where A makes a comparison claim against B (ck:baseline) answered the two profiles side
   by side, the baseline's row empty and the claim not shown, with a workload said ("inference")
   taken as a silent filter; now the claim(s) of A against B, narrowed by what the question says
   they measure. Two chips with no claim between them, or the baseline named first, are compared
   as before.
2. A question that opens with "chip" before a figure's name and names no chip and no number ("chip
   power ranking") read "chip" as the figures' scope (per chip only), so the AI 100 Ultra's
   per-card power left the ranking; the noun is the head of the question, as "rank chips by power"
   is read (the card's figure ranked, shown per card and said in the reading).

Figures from /work/shared/sources/ai-chip-race.txt: MI350 up to 35x inference vs the MI300 series
(line 47), Corsair C8 nine times the H100 (a vendor claim, line 173), Trainium2 2x efficiency and 3x
memory vs Trainium; powers: Grayskull e150 200 W, AI 100 Ultra 150 W per card, MTIA v2 90 W,
Grayskull e75 75 W, Mythic M2000 about 4 W.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, column

POWER_RANKED = [
    "Tenstorrent Grayskull e150",
    "Qualcomm Cloud AI 100 Ultra",
    "Meta MTIA v2",
    "Tenstorrent Grayskull e75",
    "Mythic M2000",
]


@pytest.mark.parametrize(
    ("question", "claims"),
    [
        ("MI350 versus MI300 series", ["up to 35 times, inference performance, vs AMD Instinct MI300 series"]),
        (
            "instinct mi350 vs instinct mi300 on inference",
            ["up to 35 times, inference performance, vs AMD Instinct MI300 series"],
        ),
        ("corsair c8 vs h100", ["9 times, generative AI performance, vs Nvidia H100 (vendor claim)"]),
        ("trainium2 vs trainium memory", ["3 x, memory capacity, vs AWS Trainium"]),
    ],
)
def test_a_chip_versus_its_baseline_answers_its_claims(ask_json, question, claims):  # noqa: ANN001
    data = check(ask_json, question, claims)
    assert set(column(data, "chip")) <= {"AMD Instinct MI350", "d-Matrix Corsair C8", "AWS Trainium2"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # no claim between them: the two side by side, as before
        ("groq lpu vs northpole", ["Groq LPU", "IBM NorthPole"]),
        # the baseline named first: not read as the claim
        ("mi300 vs mi350", ["AMD Instinct MI300 series", "AMD Instinct MI350"]),
        # a claim of another measure than the one the pair has: none, refused (exit 1)
        ("mi350 vs mi300 training", REFUSE),
    ],
)
def test_other_pairs_are_compared_as_before(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=isinstance(expected, list))


@pytest.mark.parametrize(
    "question",
    ["chip power ranking highest first", "chip power ranking", "chip power, highest first"],
)
def test_chip_opening_a_ranking_is_its_head_not_a_scope(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, POWER_RANKED)
    assert column(data, "figure")[1] == "150 W, per card"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a number: "chip power" stays the figure's scope (per chip only), the card's 150 W left out
        ("chip power over 100 W", ["Tenstorrent Grayskull e150"]),
        # a chip named: its per-chip figure, which the article does not give
        ("gaudi 3 chip power", REFUSE),
    ],
)
def test_chip_before_a_figure_elsewhere_stays_a_scope(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
