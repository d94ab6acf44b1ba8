"""A place in a ranking ("the second most SRAM", "the third most transistors") and the bottom of
one ("bottom 3 chips by power"): the chips in that place, ties with it kept, from the ranking whose
order the figures decide. A tie before the place, too few chips, or a chip whose memory is given
per core that could reach the place is refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

CASES: list[tuple[str, object]] = [
    # SRAM per chip: Corsair C8 2 GB (l.173), MTIA v2 256 MB (l.89), NorthPole 192 MB (l.113);
    # the e150's 120 Tensix cores of up to 1.5 MB each (l.181-183) may hold up to 180 MB in all
    ("which chip has the second most sram?", "Meta MTIA v2"),
    ("Which accelerator carries the 2nd most on-chip SRAM?", REFUSE),  # "2nd" is no ordinal word here
    ("which chip has the third most sram?", "IBM NorthPole"),
    ("which chip has the fourth most sram", (REFUSE, "per core")),  # 144 MB: the e150 may hold more
    # transistors: CS-3 4 trillion (l.139), Blackwell 208 billion (l.41), Maia 100 120 billion (l.81)
    ("which chip has the third most transistors", "Microsoft Maia 100"),
    ("what chip has the second highest transistor count?", "Nvidia Blackwell GPU"),
    # clock: M4 up to 3.5 GHz (l.119), MTIA v2 1.35 GHz (l.89), Groq LPU and e150 1.2 GHz (l.153, l.183)
    ("second highest clock speed", "Meta MTIA v2"),
    ("which chip has the third highest clock speed", {"Groq LPU", "Tenstorrent Grayskull e150"}),  # tied
    ("which chip has the fourth highest clock speed", (REFUSE, "tie")),  # after the tie in third place
    # power per chip, lowest first: M2000 about 4 W (l.165), e75 75 W (l.183)
    ("which chip has the second least power", "Tenstorrent Grayskull e75"),
    # HBM: Gaudi 3 and Trillium tie at 128 GB (l.55, l.63): no second place
    ("which chip has the second most hbm", (REFUSE, "tie")),
    ("which chip has the tenth most sram", (REFUSE, "fewer than 10")),
    # the bottom of a ranking
    ("bottom 3 chips by power", ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"]),
    ("bottom chip by power", "Mythic M2000"),
    # "the bottom of the list" is no ranking's end (it had answered the least power alone)
    ("Ordering the chips by power from the lowest upward, which chip sits at the bottom of the list?", REFUSE),
    # near misses: an ordinal before "generation" is a generation; an ordinal with no superlative is unknown
    ("the fifth generation nvlink", {"Nvidia Blackwell GPU"}),
    ("which chip is second", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_a_place_in_a_ranking(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
