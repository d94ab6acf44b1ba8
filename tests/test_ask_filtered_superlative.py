"""``chipkg ask``: the most, the least or a ranking of one measure over the chips a range of another
measure picks.

- "Which chip with a clock under 1.3 GHz draws the most power?" was refused "the question names more
  than one measure": the measure said right after the superlative (or after "by") is the one ranked,
  the other has a range of its kind and is a constraint, read as the list's ("which chips have a
  clock under 1.3 GHz") is (parse.frames._ranked_among). One measure named beside a number whose
  unit names its own measure ("with over 100 W", "with over 64 GB of HBM") ranks that measure over
  the range (frames._ranked_alone: the memory technology goes with the range, not the measure
  ranked); a memory technology said after the superlative with a range of a measure named ("with
  more than 100 billion transistors ... the most HBM") ranks the memory (frames._ranked_memory).
- The filter keeps the list's rule for hedged figures (a "nominal 400 MHz" the range cuts near is
  undecided, refused), and the ranking's own checks run over the chips it leaves (a decided order).
  A chip in the range only by a figure of another scope (the AI 100 Ultra's 150 W is a card's) or
  whose memory of the range's kind has no per-chip figure (the Grayskulls' SRAM is per core) may or
  may not be among the chips ranked: refused (answer._field_uncompared), unless "per chip" is said.
- "which chip with the most power has a clock under 1.3 GHz" may ask whether the top chip has such a
  clock: a range after the superlative with a verb between is not read as a filter, refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # clocks under 1.3 GHz: Groq LPU 1.2 GHz and NorthPole 400 MHz (no power), e150 1.2 GHz 200 W, e75 1 GHz 75 W
        ("which chip clocked below 1.3 GHz draws the most power?", "Tenstorrent Grayskull e150"),
        ("which chip with a clock speed under 1.3 GHz has the highest power draw?", "Tenstorrent Grayskull e150"),
        ("which chip draws the most power among chips clocked under 1.3 GHz", "Tenstorrent Grayskull e150"),
        # clocks over 1 GHz: MTIA v2 1.35 GHz 90 W, e150 1.2 GHz 200 W (M4, Groq LPU: no power)
        ("which chip with a clock over 1 GHz draws the least power", "Meta MTIA v2"),
        (
            "top 2 chips by power with a clock below 1.3 GHz",
            ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"],
        ),
        # power over 50 W: MTIA v2 90 W (1.35 GHz), e150 200 W (1.2 GHz), e75 75 W (1 GHz); the AI 100
        # Ultra's 150 W per card has no clock beside it
        (
            "rank the chips drawing more than 50 W by clock speed",
            ["Meta MTIA v2", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"],
        ),
        ("which chip drawing over 100 W per chip has the highest clock", "Tenstorrent Grayskull e150"),
        ("the highest clock chip under 100 W", "Meta MTIA v2"),
        # HBM over 64 GB: Gaudi 3, Trillium 3.7 TB/s each; Trainium2 96 GB has no bandwidth (not ranked)
        ("which chip with over 64 GB of HBM has the most HBM bandwidth", {"Intel Gaudi 3", "Google Trillium TPU"}),
    ],
)
def test_a_superlative_over_the_chips_a_range_of_another_measure_picks(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the Grayskulls' SRAM is given per core (up to 1.5 MB): whether a chip holds over 100 MB is not told
        ("which chip with over 100 MB of SRAM has the highest clock", "not per chip"),
        ("rank the chips with more than 1 MB of SRAM by clock", "not per chip"),
        # the AI 100 Ultra's 150 W is per card; its SRAM is 144 MB
        ("which chip drawing more than 100 W has the most SRAM", "another scope"),
        ("rank the chips drawing under 160 W by transistor count", "another scope"),
        # NorthPole's clock is a nominal 400 MHz: under 500 MHz is not decided, as the list says
        ("which chip with a clock under 500 MHz has the most SRAM", "approximate"),
        # the ranking's own check over the chips left: the Groq LPU's "over 20 billion" and the AI 100
        # Ultra's "over 10 billion" are not ordered
        ("rank the 7nm chips by transistor count", "do not decide"),
        # a range said of the top chip, not of the field
        ("which chip with the most power has a clock under 1.3 GHz?", "more than one measure"),
        # two numbers, one a value of the ranked measure: not a range over the field
        ("which chip with a clock under 1.3 GHz draws the most power, 200 W?", ""),
    ],
)
def test_a_field_the_figures_do_not_decide_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_no_chip_in_the_field_with_the_measure_is_refused(ask_json):  # noqa: ANN001
    # HBM over 64 GB: Gaudi 3, Trillium, Trainium2, none of which has a clock in the article
    check(ask_json, "rank the chips with over 64 GB of HBM by clock", (REFUSE, "no chip that fits"))
