"""``chipkg ask``: chips whose figure of one measure the article states with one hedge.

- "For which chips does the article give the transistor count only as a lower bound?" was refused:
  the hedged-figures report (its words "lower bound", "upper bound", "approximate" ...) cannot take a
  measure. In a list or a count of chips that names one measure and no chip, the report's words now
  say how that measure's figure is stated (frame.Measure.hedged): a figure of it with the hedge.
- The hedge said again by its phrase ("as a lower bound (an 'over' figure)") goes with it.
- A chip with one figure of the measure so hedged and another not would be listed by one reading
  ("a lower bound") and not by the other ("only as a lower bound"): refused, naming it, wherever the
  two readings pick different chips (answer._hedged_alike).
- Left as before: the report itself (no measure named), one chip's figure (its hedge checked), a
  vendor claim (whose figure it is, no hedge), a negation.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

OVER_TRANSISTORS = {"Groq LPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "over 10 billion" (Adreno 750, AI 100 Ultra), "over 20 billion" (Groq); the M4's "around" is approximate
        ("Which chips have a transistor count stated as a lower bound?", OVER_TRANSISTORS),
        ("For which chips is the transistor count given only as a lower bound?", OVER_TRANSISTORS),
        ("Which 7nm chips give the transistor count as a lower bound?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        # the M4's "up to 3.5 GHz" and "up to 100 GB/s"
        ("Which chips have a clock speed stated as an upper bound?", {"Apple M4"}),
        ("Which chips give a memory bandwidth as an upper bound?", {"Apple M4"}),
        ("Which chips have an approximate figure for the transistor count?", {"Apple M4"}),
        # the hedge said again by its phrase, in a parenthesis
        ("Which chips give the transistor count as a lower bound (an 'over' figure)?", OVER_TRANSISTORS),
        ("Which chips give the clock speed as an upper bound ('up to')?", {"Apple M4"}),
    ],
)
def test_measure_stated_with_a_hedge(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # NorthPole: "over 200 TOPS" (8-bit) beside unhedged figures: the readings differ
        ("Which chips give a performance figure as a lower bound?", "IBM NorthPole"),
        # a phrase of another hedge said beside it, or a number after the hedge's phrase
        ("Which chips give the transistor count as a lower bound (an 'up to' figure)?", ""),
        ("Which chips give the transistor count as a lower bound over 10 billion?", ""),
        # a negation of the hedge is not read here
        ("Which chips do not give the transistor count as a lower bound?", ""),
        # a relation has no figure to hedge
        ("Which chips name a foundry only as a lower bound?", ""),
        # "approximate" after the figure's name (a filler of phrasing): it listed every chip with a
        # transistor count, as if the word were not there
        ("Which chips state the transistor count as approximate?", "approximate"),
        # a ceiling may be the chip's maximum, not a hedge of its figure: the report, which takes no measure
        ("Which chips have a power ceiling?", "cannot take"),
        # a vendor claim says whose figure it is
        ("Which chips have a transistor count that is a vendor claim?", ""),
    ],
)
def test_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said) if said else REFUSE)


def test_report_unchanged(ask_json):  # noqa: ANN001
    # no measure named: the stored report, every hedged figure of that kind, as before
    rows = answered(ask_json, "Which chips have upper bounds?")
    assert "Apple M4" in column(rows) and "Cerebras CS-3" in column(rows)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the hedge of the list said again in a parenthesis (question._figure_hedges, after org37 and
        # rep37 met on main: refused there at first, as a hedge told of a list)
        ("Which chips give the transistor count as a lower bound (an 'over' figure)?", OVER_TRANSISTORS),
        ("Which chips give the clock as an upper bound (an 'up to' figure)?", {"Apple M4"}),
        # another hedge than the list's: refused
        ("Which chips give the transistor count as a lower bound (an 'up to' figure)?", (REFUSE, "hedged")),
    ],
)
def test_the_lists_hedge_said_again(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
