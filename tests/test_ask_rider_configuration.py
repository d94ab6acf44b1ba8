"""Riders that name a chip "in a <scope> configuration" first (blind sets 33 and 45, session 31), in
questions of our own: "Taking the AI 100 Ultra in a dual-card configuration, what model size ...?"
asks that chip's figure of that scope, as "... in a dual-card configuration" does; the chip the
rider names is the one asked about when the rest names none. Figures of the scope only are shown,
and the chip must have one. A rider of a scope beside a ranking still needs every figure the
ranking compares of that chip to be of the scope (a per-die rider does not rank the Gaudi 3 by its
per-chip total)."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # l.105: 175 billion across two cards, up to 100 billion on one card, 150 W per card
        (
            "Taking the Cloud AI 100 Ultra in a dual-card configuration, what is the largest model size the "
            "article gives?",
            "175 billion, per system, across 2 cards",
        ),
        (
            "Taking the Cloud AI 100 Ultra in a single-card configuration, what maximum model size is stated?",
            "up to 100 billion, per card",
        ),
        ("Taking the AI 100 Ultra in a single-card configuration, what power does it draw?", "150 W, per card"),
        # l.53: 48 MB of SRAM per die
        ("Taking the Gaudi 3's per-die figure, how much SRAM does it have?", "48 MB, per die"),
        # the Groq LPU has no figure per card
        ("Taking the Groq LPU in a single-card configuration, what power does it draw?", REFUSE),
    ],
)
def test_rider_scope_of_one_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_rider_scope_against_a_per_chip_question_refused(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "Taking the Cloud AI 100 Ultra in a dual-card configuration, what is its per-chip maximum model size?",
        "names a scope other than the chip's",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Rank the Gaudi 3 and the Groq LPU by SRAM, taking the Gaudi 3's per-die figure.",
        "Which chip has the most SRAM, taking the Gaudi 3's per-die figure as its SRAM?",
    ],
)
def test_rider_scope_beside_a_ranking_needs_every_figure_of_it(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "does not hold")


def test_rider_scope_beside_a_ranking_of_card_figures(ask_json):  # noqa: ANN001
    # l.105, l.181: the AI 100 Ultra's only power figure is per card
    check(
        ask_json,
        "Which two chips draw the most power, taking the AI 100 Ultra's single-card figure as its power?",
        ["Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra"],
    )
