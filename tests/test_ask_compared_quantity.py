"""``chipkg ask``: a comparative whose "than" is followed by a number compares with that number.

"Chips with more SRAM than 100 MB", "which chips use a bigger process than 7nm?" were refused ("'more'
compares with something the question does not name"), though "SRAM more than 100 MB" and "a node
bigger than 7nm" were read. The comparative word with the measure's words between it and "than"
now reads as the comparator before the number: gt for more/bigger/larger/higher, lt for
less/smaller/lower/fewer. A chip after "than" is the list above a named chip (unchanged); a
comparative with nothing after "than" that is a number stays refused.

Facts from /work/shared/sources/ai-chip-race.txt: SRAM Groq LPU 128 MB (line 153), MTIA v2 256 MB
(89), NorthPole 192 MB (113), Cloud AI 100 Ultra 144 MB (103), Corsair C8 2 GB (173); nodes
NorthPole 12nm (113), Mythic M2000 40nm (161); power MTIA v2 90 W (89), Grayskull e150 200 W,
e75 75 W (183), Mythic about 4 W (165), AI 100 Ultra 150 W per card (105).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SRAM_OVER_100MB = {"Groq LPU", "Meta MTIA v2", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("chips with more SRAM than 100 MB", SRAM_OVER_100MB),
        ("which chips have more on-chip SRAM than 100MB?", SRAM_OVER_100MB),
        ("chips carrying larger SRAM than 1 GB", {"d-Matrix Corsair C8"}),
        ("which chips use a bigger process than 7nm?", {"IBM NorthPole", "Mythic M2000"}),
        ("which chips have a larger node than 7nm", {"IBM NorthPole", "Mythic M2000"}),
        ("how many chips use a bigger node than 7 nm?", ["2"]),
        # the same questions said the other way round give the same chips
        ("chips with SRAM more than 100 MB", SRAM_OVER_100MB),
        ("chips with a node bigger than 7nm", {"IBM NorthPole", "Mythic M2000"}),
        # a chip after "than": the chips above its figure, as before
        (
            "chips with more SRAM than the Groq LPU",
            {"Meta MTIA v2", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8"},
        ),
        # nothing after "than" that is a number: refused
        ("chips with more SRAM than HBM", REFUSE),
        ("chips with more SRAM", REFUSE),
        # a chip between the comparative and "than": not a measure's words
        ("which has more SRAM groq lpu than 100 MB", REFUSE),
    ],
)
def test_a_comparative_with_a_number(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_smaller_reads_as_less_than(ask_json):  # noqa: ANN001
    """ "smaller node than 7nm" and "node smaller than 7nm" are one question."""
    code, first = ask_json("chips with a smaller node than 7nm")
    other_code, second = ask_json("chips with a node smaller than 7nm")
    assert (code, first) == (other_code, second)
    assert code == 0
