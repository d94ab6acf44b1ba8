"""``chipkg ask``: red team 16's classes 4 and 11, each tested on questions written here.

4. A word that asks for another point of a figure's range than the one stated ("a minimum clock",
   "the highest minimum clock", "typical", "typically", "nominal", "actual", "actually",
   "definitely") is checked against each figure the answer compares (its ck:qualifier): an "up to"
   figure is a peak, neither a minimum, a typical value nor what the chip actually runs at, so the
   question is refused naming the figure (it was answered with the peak). Only ck:Nominal says
   typical or nominal: the NorthPole's nominal clock and the M2000's typical power are answered,
   and asked as the nominal value a nominal figure is read at its number ("a nominal clock of 400
   MHz": true), where a plain "400 MHz" still takes it as near its number only.
   "lowest" that ranks chips ("which chip has the lowest clock") still ranks them. "maximum" after
   another superlative ("the lowest maximum clock") is refused against a nominal or "over" figure.
11. A quantity in a binary unit ("128 GiB") is compared only with figures stated in one: the
   article's "128 GB" does not say whether its GB are 10^9 or 2^30 bytes, so a yes/no, list or count
   is refused (a decimal reading answered "false"); in decimal units it is answered as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an "up to", exact, "over" or claimed figure asked at another point: refused, naming it
        ("Does the Apple M4 have a typical clock speed above 3 GHz?", (REFUSE, "'up to 3.5 GHz'")),
        ("Is the M4's nominal clock at least 3 GHz?", (REFUSE, "'up to 3.5 GHz'")),
        ("Does the Mythic M2000 have a minimum power under 5 W?", (REFUSE, "'minimum'")),
        ("Does the NorthPole typically deliver over 100 TOPS at INT8?", (REFUSE, "'over 200 TOPS, INT8'")),
        ("Can the Mythic M2000 actually deliver 35 TOPS?", REFUSE),
        ("Which chip has the highest nominal clock speed?", (REFUSE, "'nominal'")),
        ("Which chip has the lowest typical power?", (REFUSE, "'typical'")),
        ("Which chips have a typical clock above 1 GHz?", REFUSE),
        ("How many chips have a nominal clock under 2 GHz?", (REFUSE, "'nominal'")),
        ("Does the d-Matrix Corsair actually deliver 9600 TFLOPS?", REFUSE),
        ("What's the M4's typical clock?", (REFUSE, "'typical'")),
        ("what's the groq lpu's nominal performance", (REFUSE, "'nominal'")),
        ("Does the Cloud AI 100 Ultra typically draw 150 W?", REFUSE),
        ("Which chips definitely run above 1 GHz?", (REFUSE, "'definitely'")),
        ("Does the M4 nominally run at 3.5 GHz?", REFUSE),
        ("Which chip has the highest actual clock speed?", (REFUSE, "'actual'")),
        ("Which chip has the lowest minimum power?", (REFUSE, "'minimum'")),
        ("Which chips have a minimum clock speed over 2 GHz?", (REFUSE, "'minimum'")),
        ("For a briefing: does the Groq LPU typically achieve 500 TOPS at INT8?", (REFUSE, "'typically'")),
        ("which chip actually has the most TFLOPS?", (REFUSE, "'actually'")),
        ("Is the Groq LPU's lowest clock above 1 GHz?", (REFUSE, "'lowest'")),
        ("Which companies make chips with a typical power under 100 W?", (REFUSE, "'90 watts'")),
        # the point stated (ck:Nominal), a figure stated as fact, a superlative over chips: answered
        ("What is the NorthPole's nominal clock speed?", "nominal 400 MHz"),
        ("What is the typical power of the Mythic M2000?", "nominal about 4 watts"),
        ("Which chip has the lowest clock speed?", "IBM NorthPole"),
        ("lowest clock chip", "IBM NorthPole"),
        ("Does the Gaudi 3 actually have 128 GB of HBM?", True),
        ("Does the Groq LPU actually run at 1.2 GHz?", True),
        ("Is the Mythic M2000's typical power draw lower than the MTIA v2's?", True),
        ("Which chip has the lowest power?", "Mythic M2000"),
        ("Is the e75 the lowest power chip?", False),
        # "maximum" said of a figure: an "up to" or plain figure is one, a nominal one is not; a measure
        # that is a maximum itself ("max model size") is only named by it
        ("Which chip has the lowest maximum clock?", (REFUSE, "'nominal 400 MHz'")),
        ("Which chip has the highest maximum power?", (REFUSE, "'nominal about 4 watts'")),
        ("Does the M4 have a max clock above 3 GHz?", True),
        ("Does the Blackwell have a max model size above 1 trillion?", True),
        # the nominal value asked of a nominal figure: read at its number, not as near it
        ("Does the IBM NorthPole have a nominal clock of 400 MHz?", True),
        ("Is the NorthPole's nominal frequency above 500 MHz?", False),
        ("northpole typically clocked under 1 ghz?", True),
        ("Does the NorthPole run at 400 MHz?", (REFUSE, "does not say")),
    ],
)
def test_point_of_a_range(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the Trainium2 have more than 90 GiB of HBM?", (REFUSE, "'96 GB'")),
        ("Which chips have at least 64 GiB of HBM?", (REFUSE, "binary")),
        ("Does the Corsair C8 have 2 GiB of SRAM?", (REFUSE, "'2 GB'")),
        ("Does the NorthPole have more than 150 MiB of SRAM?", (REFUSE, "'192 MB'")),
        ("gaudi 3 hbm > 120 gib?", (REFUSE, "binary")),
        ("Is the SN40L's HBM at least 60 GiB?", (REFUSE, "'64 GB'")),
        ("chips with 96 GiB hbm", REFUSE),
        ("Does the Gaudi 3 have less than 130 GiB of HBM?", (REFUSE, "binary")),
        ("How many chips have more than 1 GiB of SRAM?", (REFUSE, "binary")),
        ("Which companies make chips with more than 100 GiB of HBM?", (REFUSE, "binary")),
        # the article's own units: answered
        ("Does the Gaudi 3 have more than 120 GB of HBM?", True),
        (
            "Which chips have at least 64 GB of HBM?",
            {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
        ("Does the NorthPole have more than 150 MB of SRAM?", True),
        ("Does the Corsair C8 have 2 GB of SRAM?", True),
        ("Does the Trainium2 have 96 GB of HBM?", True),
    ],
)
def test_binary_units(ask_json, question, expected):
    check(ask_json, question, expected)
