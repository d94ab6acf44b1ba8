"""``chipkg ask``: a memory the article places in every tile but gives no size for (the Mythic
M2000's SRAM, l.163) is no figure, so a range or ranking over that memory answers without it and
names it as not compared, as it names any chip whose memory has no size stated (the SN40L's
SRAM); it refused the whole question ("Mythic M2000's memory is given per core or tile"). Only a
memory sized per core or tile (the Grayskulls' "up to 1.5 MB" per Tensix core) cannot be placed in a
range, and still refuses."""

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
        ("which chips other than the Grayskull e150 have between 100 and 200 MB of SRAM?", REFUSE),
        ("Which chips does the article credit with between 100 MB and 200 MB of SRAM, bounds inclusive?", REFUSE),
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
