"""``chipkg ask``: a memory the article places in every tile but gives no size for (the Mythic
M2000's SRAM, l.163) is no figure, so a range or ranking over that memory answers without it and
names it as not compared, as it names any chip whose memory has no size stated (the SN40L's
SRAM); it refused the whole question ("Mythic M2000's memory is given per core or tile"). A
memory sized per core or tile (the Grayskulls' "up to 1.5 MB" per Tensix core) is named the same way
beside a range between two limits (its chip may or may not be in it; session 29, refused before),
and left out when its size times the chip's cores stays under the lower limit; under an upper limit
alone its chip is in for sure, which no per-chip figure says, and the question is still refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.answer import answer

IN_RANGE = ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]
UNSIZED = "Mythic M2000 (SRAM, on-chip, per tile: no capacity stated)"


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which chips not designed by Tenstorrent have between 100 and 200 MB of SRAM?", IN_RANGE),
        ("which non-Tenstorrent chip has the least SRAM?", ["Intel Gaudi 3"]),
        ("which chips other than the Grayskull e150 have between 100 and 200 MB of SRAM?", IN_RANGE),
        ("Which chips does the article credit with between 100 MB and 200 MB of SRAM, bounds inclusive?", IN_RANGE),
        # under an upper limit alone the e150's up to 1.5 MB in each of 120 cores is in for sure: no
        # per-chip figure says so, refused
        ("which chips have less than 200 MB of SRAM", REFUSE),
        ("sram under 200 mb", REFUSE),
    ],
)
def test_an_unsized_per_tile_memory_is_no_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chips not designed by Tenstorrent have between 100 and 200 MB of SRAM?",
        "which non-Tenstorrent chip has the least SRAM?",
        "rank the chips not from tenstorrent by sram, lowest first",
    ],
)
def test_the_reading_names_it_as_not_compared(kg, question):  # noqa: ANN001
    said = answer(kg.store, question)
    assert UNSIZED in said.reading, said.reading


def test_a_per_core_memory_is_named_beside_a_range(kg):  # noqa: ANN001
    said = answer(kg.store, "which chips have between 100 and 200 MB of SRAM?")
    assert "Tenstorrent Grayskull e150 (SRAM, on-chip, capacity up to 1.5 MB, per core: not per chip)" in said.reading
    assert "Tenstorrent Grayskull e75" in said.reading
    # 96 cores of up to 1.5 MB (l.181-183) stay under 150 MB: out for sure, not named
    above = answer(kg.store, "which chips have between 150 and 200 MB of SRAM?")
    assert "Tenstorrent Grayskull e75" not in above.reading and "Tenstorrent Grayskull e150" in above.reading
