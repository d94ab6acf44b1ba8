"""``chipkg ask``: what a sentence or a rider beside the question says, kept rather than dropped.

- Red team 21 W6: "Both figures appear in the same sentence." was dropped as discourse, and the
  comparison answered, where the two figures stand in two sections (the M4's in Apple's, the Maia
  100's in Microsoft's). The graph records the section each figure cites, never its sentence or
  paragraph: a sentence saying where in the text figures stand is refused (words.tsv unheld ``same
  sentence``, ``same paragraph``, ``same passage``, ``from one paragraph`` ...). A hedged figure the
  question sets aside ("Both figures are stated exactly") is named as set aside, not as missing
  (answer._no_figure).
- Red team 21 W8: "Counting per-chip figures only, which chips draw more than 100 W?" printed a count:
  "counting" opening a rider clause before a "which"/"what" question says what is counted in, and the
  question stays a list (parse.question._counting_rider); "how many" after the rider still counts.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

WHERE = "where in the article's text"


@pytest.mark.parametrize(
    "question",
    [
        "Both numbers appear in the same sentence. Does NorthPole have more SRAM than the Groq LPU?",
        "The two figures sit in the same paragraph. Is the MI350 on a finer node than the Maia 100?",
        "Does the Trainium2 have more HBM than Gaudi 3? Both figures come from the same passage.",
        "These numbers are from one paragraph. Which chip has more transistors, the M4 or the Maia 100?",
        "Which chip has the most SRAM? All of the figures appear in the same paragraph.",
        # a true premise at the section's grain (both Grayskull clocks are in the Tenstorrent section) is
        # still no sentence the graph records
        "Both figures appear in the same sentence. Does the Grayskull e150 clock higher than the e75?",
    ],
)
def test_where_in_the_text_figures_stand_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, WHERE))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the same comparisons without the premise, and an answer's form said with "one sentence"
        ("Does NorthPole have more SRAM than the Groq LPU?", True),
        ("Does the Grayskull e150 clock higher than the e75?", True),
        ("In one sentence, how much SRAM does NorthPole have?", "192 MB"),
    ],
)
def test_the_question_without_the_premise_is_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_hedged_figure_set_aside_is_named_not_called_missing(ask_json):  # noqa: ANN001
    # the M4's transistor count is "around 40 billion": set aside as hedged, not absent
    # (refused since 2427bb9 as a yes/no after a lead-in read as a most; either way never "missing")
    data = check(
        ask_json,
        "Both figures are stated exactly. Does the Maia 100 have more transistors than the M4?",
        REFUSE,
    )
    assert "gives no transistor count" not in data["reason"], data["reason"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Counting per-chip figures only, which chips draw more than 60 W?",
            {"Meta MTIA v2", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"},
        ),
        ("Counting per-chip figures only, what chips draw over 150 W?", {"Tenstorrent Grayskull e150"}),
        (
            "Counting per-chip power only, which chips use more than 80 W?",
            {"Meta MTIA v2", "Tenstorrent Grayskull e150"},
        ),
        (
            "Counting per-chip figures only, which chips hold over 150 MB of SRAM?",
            {"IBM NorthPole", "Meta MTIA v2", "d-Matrix Corsair C8"},
        ),
        ("Counting per-chip figures only, which companies make a chip drawing over 150 W?", {"Tenstorrent"}),
        # as the rider with "only" first always read
        ("Counting only per-chip figures, which chips draw over 150 W?", {"Tenstorrent Grayskull e150"}),
        # a count asked after the rider still counts
        ("Counting per-chip figures only, how many chips draw more than 60 W?", ["3"]),
        # a list asked beside 'counting' stays refused
        ("Counting per-chip figures only, list the chips drawing more than 60 W.", REFUSE),
    ],
)
def test_a_counting_rider_keeps_a_which_question_a_list(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    if isinstance(expected, set):
        assert not data["reading"].startswith("how many"), data["reading"]
