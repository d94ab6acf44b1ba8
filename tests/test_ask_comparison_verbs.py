"""Comparisons of two named chips said with a verb, and restrictions a ranking makes anyway (blind
sets 11 and 33), in questions of our own:

- "does A's SRAM exceed B's?", "... exceed that of B", "surpass": a verb of comparing (words.tsv
  ``cmp``, no "than") between the two chips is read as "is A's SRAM higher than B's?";
- "Comparing per-chip figures only, ...": a lead-in that says which figures count;
- "(stated nodes only)" beside a ranking by the node: a ranking places only stated values.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, first_column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the Groq LPU's 128 MB against the Cloud AI 100 Ultra's 144 MB of SRAM (l.151, 101)
        ("Does the Groq LPU's on-chip SRAM exceed that of the Qualcomm Cloud AI 100 Ultra?", False),
        ("Does the Cloud AI 100 Ultra's SRAM exceed the Groq LPU's?", True),
        ("Does the Groq LPU's SRAM surpass the Cloud AI 100 Ultra's?", False),
        (
            "Comparing per-chip figures only, does the Groq LPU's on-chip SRAM exceed that of the Qualcomm Cloud AI 100 Ultra?",
            False,
        ),
        # Trillium's and Gaudi 3's 3.7 TB/s: the same, so neither exceeds the other (l.55, 69)
        ("Does Trillium's HBM bandwidth exceed Gaudi 3's?", False),
        # a number after the verb: a range, as before
        ("Does Trillium's HBM bandwidth exceed 3 TB/s?", True),
        # no figure named: refused as before
        ("Does Trillium exceed Gaudi 3?", REFUSE),
    ],
)
def test_a_verb_of_comparing_two_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_stated_values_only_beside_a_ranking(ask_json):  # noqa: ANN001
    plain = answered(ask_json, "Rank chips by node, largest first")
    said = answered(ask_json, "Rank chips by node, largest first (stated nodes only)")
    assert said["results"] == plain["results"]
    assert first_column(said)[0] == "Mythic M2000"  # 40nm, the largest node given (l.163)
    # another measure's words: refused as before
    check(ask_json, "Rank chips by node, largest first (stated clocks only)", REFUSE)
    check(ask_json, "Which chips have SRAM (per-chip figures only)?", REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "equal to" / "identical to" a chip's figure: the same-figure yes/no (3.7 TB/s each, l.55, 69)
        ("Is the Trillium TPU's HBM bandwidth equal to that of Intel's Gaudi 3?", True),
        ("Is the Trillium TPU's HBM bandwidth identical to Gaudi 3's?", True),
        ("Are Trillium's and Gaudi 3's HBM bandwidths identical?", True),
        (
            "Taking both figures as stated, is the Trillium TPU's per-chip HBM bandwidth equal to that of Intel's Gaudi 3?",
            True,
        ),
        # 128 MB against 144 MB (l.151, 101); 96 MB against 128 MB (l.55)
        ("Is the Groq LPU's SRAM equal to the AI 100 Ultra's?", False),
        ("Is the Gaudi 3's per-chip SRAM the same as the Groq LPU's?", False),
        # a number after "equal to": a range, as before
        ("Is the Groq LPU's SRAM equal to 128 MB?", True),
    ],
)
def test_equal_to_another_chips_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "comes first" not read as a ranking listed the chips with a transistor count (exit 0) before
        ("Which chip comes first by transistor count?", REFUSE),
        # the top of a ranking with no number of places (set 11 wanted three, down to a tie)
        ("Ranking the chips by process feature size from the largest node down, which come first?", REFUSE),
        (
            "Ranking the chips by process feature size from the largest node down, which come first (stated nodes only)?",
            REFUSE,
        ),
        # a number said: answered, as before
        (
            "Rank the chips by transistor count, highest first; which three come first?",
            ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100"],
        ),
    ],
)
def test_which_come_first(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
