"""``chipkg ask``: a most or a least where only one of the chips asked about has the figure.

"which 5nm chip has the most transistors?" has one answer the article supports: the Maia 100's 120
billion is the only transistor count it states for a 5nm chip (the Gaudi 3's is not given). That was
refused ("nothing to rank it against"); it is now answered with that chip, and the reading says it
is the only one of the chips asked about with the figure, so the answer is the most *stated*, not a
comparison (``answer._ranking``). Where no chip has the figure the question is still refused; where
two or more have it, the reading carries no such note.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

ONLY = "the only one of the"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which 5nm chip has the most transistors?", "Microsoft Maia 100"),
        ("which 5nm chip has the fewest transistors?", "Microsoft Maia 100"),
        ("which gpu has the most hbm?", "Intel Gaudi 3"),
        ("highest fp16 throughput", "AWS Trainium2"),
        ("Which 5nm chip has the most SRAM?", "Intel Gaudi 3"),
    ],
)
def test_the_only_chip_with_the_figure_is_the_most_stated(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert ONLY in data["reading"] and "not a comparison" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which 7nm chip has the most transistors?", "Cerebras CS-3"),
        ("which chip has the most SRAM?", "d-Matrix Corsair C8"),
    ],
)
def test_a_comparison_of_several_has_no_note(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert ONLY not in data["reading"], data["reading"]


def test_no_chip_with_the_figure_is_still_refused(ask_json):  # noqa: ANN001
    check(ask_json, "which 5nm chip has the most tensix cores?", REFUSE)
