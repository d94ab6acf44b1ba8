"""``chipkg ask``: an interpretive rider is a premise about one named chip's figure, checked.

A first or last clause that tells how to read a named chip's figure ("treating the M4's 'up to'
figure as its peak", "taking the AI 100 Ultra's single-card figure as its power", "with the M2000's
'up to' figure read as its peak", "Taking Gaudi 3's per-chip SRAM total rather than its per-die
figure, ...") was refused on its verb ("I don't know the word 'treating'"). It says what the graph
holds already: the clause is cut (chipkg.ask.parse.riders), the question answered without it, and
its premise checked against the chip's figure (chipkg.ask.answer._riders_checked): the figure must
be hedged "up to" (at the number said, if any), or be of the scope named, which is then the figure
used. A premise that does not hold (no "up to" on the figure, no figure of that scope, another
number, another hedge read as a peak) is refused, never answered as if it held.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the M4's clock is "up to 3.5 GHz": read at its peak, as ask reads an "up to" figure
        ("Treating the Apple M4's 'up to' figure as its peak, is its clock speed above 3 GHz?", True),
        ("Does the M4's clock exceed 4 GHz, reading the M4's 'up to 3.5 GHz' as its peak?", False),
        ("Does the Apple M4 reach 3.5 GHz, treating its 'up to' figure as its peak?", True),
        ("With the M4's 'up to' figure read as its peak, is the M4's memory bandwidth at least 100 GB/s?", True),
        # the Groq LPU's "up to 1 PetaOPS"
        ("Is the Groq LPU's performance above 500 TOPS, taking the Groq LPU's 'up to' figure as its peak?", True),
        # Gaudi 3: 96 MB of SRAM per chip, 48 MB per die; the per-chip one is used
        (
            "Taking Gaudi 3's per-chip SRAM total rather than its per-die figure, is it larger than the "
            "Groq LPU's 128 MB of SRAM?",
            False,
        ),
        ("Taking the Gaudi 3's per-chip SRAM figure rather than its per-die one, is it above 100 MB?", False),
        ("Taking the Gaudi 3's per-chip SRAM figure rather than its per-die one, is it above 64 MB?", True),
    ],
)
def test_a_rider_that_holds_is_answered(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "taken as said of" in data["reading"], data["reading"]  # the premise is said, checked


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the M4's "up to 100 GB/s" ranks last, shown with its hedge
        (
            "Rank the Trillium TPU, the Apple M4 and the Cloud AI 100 Ultra by off-chip memory bandwidth, "
            "highest first, treating the Apple M4's 'up to' figure as its peak.",
            ["Google Trillium TPU", "Qualcomm Cloud AI 100 Ultra", "Apple M4"],
        ),
        # the AI 100 Ultra's power is 150 W per card: that figure ranks beside per-chip ones
        (
            "Rank the Meta MTIA v2, the Cloud AI 100 Ultra and the Grayskull e75 by power, highest first, "
            "counting the AI 100 Ultra's single-card figure as its power.",
            ["Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2", "Tenstorrent Grayskull e75"],
        ),
        (
            "Which uses less power, the Grayskull e75 or the Cloud AI 100 Ultra, treating the AI 100 "
            "Ultra's single-card figure as its power?",
            "Tenstorrent Grayskull e75",
        ),
        (
            "What is the Cloud AI 100 Ultra's power, taking the AI 100 Ultra's per-card figure as its power?",
            "150 W, per card",
        ),
        ("What is the Mythic M2000's performance, treating the M2000's 'up to' figure as its peak?", "up to 35 TOPS"),
    ],
)
def test_a_rider_that_holds_answers_with_that_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_ranking_shows_the_hedge_kept(ask_json):  # noqa: ANN001
    data = check(
        ask_json,
        "Rank the Apple M4 and the Cloud AI 100 Ultra by memory bandwidth, lowest first, reading the M4's "
        "'up to' figure as its peak.",
        ["Apple M4", "Qualcomm Cloud AI 100 Ultra"],
    )
    assert "up to 100 GB/s" in str(data)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Trillium's 3.7 TB/s and the Groq LPU's 128 MB carry no "up to"
        (
            "What is the Trillium TPU's memory bandwidth, treating the Trillium's 'up to' figure as its peak?",
            "does not hold",
        ),
        ("Is the Groq LPU's SRAM above 100 MB, treating the Groq LPU's 'up to' figure as its peak?", "does not hold"),
        # the M4's clock is up to 3.5 GHz, not 4
        ("Is the Apple M4's clock above 3 GHz, reading the M4's 'up to 4 GHz' as its peak?", "does not hold"),
        # the MTIA v2's 90 watts is stated with no scope of a card
        (
            "Rank the Meta MTIA v2 and the Cloud AI 100 Ultra by power, highest first, treating the MTIA v2's "
            "single-card figure as its power.",
            "does not hold",
        ),
        # NorthPole's "over 200 TOPS" is a lower bound: it has no stated peak
        ("Treating NorthPole's 'over 200 TOPS' as its peak, is its INT8 performance below 300 TOPS?", "'up to'"),
        ("Is NorthPole's INT8 performance above 100 TOPS, treating its 'over' figure as its peak?", "'up to'"),
        # Gaudi 3 has no power figure per node
        ("Treating the Gaudi 3's per-node figure as its power, rank Gaudi 3 and MTIA v2 by power.", "gives none"),
    ],
)
def test_a_rider_whose_premise_does_not_hold_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        # the rider reads Gaudi 3's SRAM; the question asks its HBM
        "Is the Gaudi 3's HBM above 100 GB, taking the Gaudi 3's per-chip SRAM figure?",
        # a per-die figure the yes/no would not compare
        "Taking the Gaudi 3's per-die SRAM figure, is it above 40 MB?",
        # per-chip figures of the one chip named would leave other chips' figures out unasked
        "Which chip has the most SRAM, taking the Gaudi 3's per-chip figure as its SRAM?",
        # a card's figure in a yes/no's range is not compared
        "Is the Cloud AI 100 Ultra's power under 200 W, taking the AI 100 Ultra's single-card figure as its power?",
    ],
)
def test_a_rider_the_question_does_not_use_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
