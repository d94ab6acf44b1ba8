"""A list of chips above or below one named chip's figure ("which chips have more SRAM than the
Groq LPU?"): the named chip's one per-chip figure is the bound (exclusive), the chip itself left
out, and the list is read as the same range with a number would be, hedges included. A bound the
figure's hedge leaves unknown, a chip with no such figure, or several, is refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

CASES: list[tuple[str, object]] = [
    # SRAM per chip: Groq LPU 128 MB (l.153), NorthPole 192 MB (l.113), MTIA v2 256 MB (l.89),
    # AI 100 Ultra 144 MB (l.103), Corsair C8 2 GB (l.173), Gaudi 3 96 MB per GPU (l.53)
    (
        "which chips have more sram than the groq lpu?",
        {"IBM NorthPole", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8"},
    ),
    ("Which accelerators carry more on-chip SRAM than IBM NorthPole?", {"Meta MTIA v2", "d-Matrix Corsair C8"}),
    # as "chips with less than 256 MB of SRAM" reads it: the M2000's SRAM is given per tile (l.163)
    ("which chips have less sram than the mtia v2", (REFUSE, "given per core")),
    # HBM per chip: Gaudi 3 128 GB (l.55), Trillium 128 GB (l.63), Trainium2 96 GB (l.73), SN40L 64 GB (l.131)
    ("which chips have more hbm than trainium2?", {"Intel Gaudi 3", "Google Trillium TPU"}),
    ("which of the chips have less hbm than the gaudi 3", {"AWS Trainium2", "SambaNova SN40L"}),
    # transistors: Maia 100 120 billion (l.81), Blackwell 208 billion (l.37), CS-3 4 trillion (l.139)
    ("chips with more transistors than the maia 100", {"Cerebras CS-3", "Nvidia Blackwell GPU"}),
    # power per chip: MTIA v2 90 W (l.89); M2000 about 4 W (l.163), e75 75 W (l.183)
    ("which chips draw less power than the mtia v2", {"Mythic M2000", "Tenstorrent Grayskull e75"}),
    # refused: the named chip's bound is hedged ("over 20 billion", "nominal 400 MHz", "over 200 TOPS")
    ("which chips have more transistors than the groq lpu", (REFUSE, "does not set a bound")),
    ("which chips are clocked higher than the northpole", (REFUSE, "does not set a bound")),
    ("which chips have more int8 tops than the northpole", (REFUSE, "does not set a bound")),
    # refused: no per-chip figure (a card's 150 W), a chip with none at all
    ("which chips use more power than the ai 100 ultra?", (REFUSE, "nothing to compare with")),
    ("which chips have more hbm than the groq lpu", (REFUSE, "nothing to compare with")),
    # near misses: none above the largest is an absent fact; two named chips compare them
    ("which chips have more hbm than the gaudi 3?", (REFUSE, "names no chip")),
    ("which has more sram, the groq lpu or northpole?", "IBM NorthPole"),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_a_list_above_or_below_a_named_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_reading_names_the_figure_compared_with(ask_json):  # noqa: ANN001
    from ask_expect import answered

    data = answered(ask_json, "which chips have more sram than the groq lpu?")
    assert "more than Groq LPU's 128 MB" in data["reading"]
