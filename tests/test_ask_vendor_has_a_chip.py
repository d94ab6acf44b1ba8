"""``chipkg ask``: "does <vendor> have (make, design) a chip ...?" asks whether some chip of the
vendor fits, as "is there a <vendor> chip ...?" does.

"Does Qualcomm have a chip on 4nm?" was refused ("Qualcomm has 3 chips in the graph; name the
chip"): only "there", "any" and "anything" made the vendor's chip indefinite, and any "the" in the
question made it definite. Now the word that determines the word for chips decides
(parse.frames ``_chip_determiner``): "a"/"an" is some chip, "the"/"its" the vendor's one chip.
"Does Qualcomm make a chip using 150 W?" was read as a question of the organization and answered
a bare "true", losing the figure's scope (150 W is per card); it is now the same question of some
chip, which names the chip that fits with its figure, scope and hedge (answer ``_yes_no``).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "fits"),
    [
        ("does Qualcomm have a chip on 7nm?", "Qualcomm Cloud AI 100 Ultra"),
        ("does Qualcomm have an accelerator that supports INT8?", "Qualcomm Cloud AI 100 Ultra"),
        ("does Nvidia make a 4nm chip?", "Nvidia Blackwell GPU"),
        ("does Tenstorrent design a chip drawing less than 100 W?", "Tenstorrent Grayskull e75"),
        ("does Groq have a chip on 7nm?", "Groq LPU"),
    ],
)
def test_a_vendor_having_a_chip_that_fits_is_true_and_names_it(ask_json, question, fits):  # noqa: ANN001
    data = check(ask_json, question, True)
    assert f"true of {fits}" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("does Qualcomm have a chip on 4nm?", "hedges"),  # the Adreno 750's 4nm is said of Adreno GPUs
        ("does Qualcomm make a chip using 150 W?", "per card"),  # was a bare "true"
        ("does Qualcomm have a chip using 150 W?", "per card"),
        ("does IBM make a chip with over 200 TOPS?", "INT"),  # NorthPole's figures keep their precision
    ],
)
def test_the_chip_that_fits_keeps_its_hedge_or_scope(ask_json, question, kept):  # noqa: ANN001
    data = check(ask_json, question, True)
    assert kept in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "does Qualcomm have a chip on 3nm?",  # none of its chips is said to be: not "no" either
        "does AMD have a chip with HBM3?",  # the MI350's HBM3E is a guess, no chip's HBM3 stated
        "does Groq have a chip on 14nm?",  # its one chip is 7nm, but the article's lists are not exhaustive
        "is Qualcomm's chip on 4nm?",  # the vendor's one chip, and Qualcomm has three
        "does the Qualcomm chip use 4nm?",
        "does Intel have a chip on 5nm and 7nm?",  # one chip has one node
    ],
)
def test_no_chip_known_to_fit_or_a_definite_chip_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
