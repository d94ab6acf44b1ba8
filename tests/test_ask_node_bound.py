"""``chipkg ask``: a bound on the process node ("on 5 nm or smaller", "a node finer than 7nm") beside
another measure ranked is a condition on the node, not a figure of that measure.

"Of the chips on a node of 5 nm or smaller, which has the most transistors?" was refused: "'5 nm'
does not fit what the question asks about" (a length read against the transistor count the question
names). A length right after a word for the node or a preposition of place, with only articles,
"of" and a comparator between, is the node's feature size (parse.frames._node_bound). A length said
of another measure ("clocked above 5 nm") is still refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 5 nm or smaller: Blackwell 208 billion, Maia 100 120 billion, M4, Adreno 750
        ("Which chip on a process node of 5 nm or smaller has the most transistors?", "Nvidia Blackwell GPU"),
        ("among parts on 5nm or below, which has the largest transistor count", "Nvidia Blackwell GPU"),
        # finer than 7 nm: the Corsair C8 (6 nm) 2,048 DIMCs
        ("chips on a node finer than 7nm with the most cores", "d-Matrix Corsair C8"),
        ("of the chips on a node of 4 nm or less, which has the most transistors?", "Nvidia Blackwell GPU"),
    ],
)
def test_a_node_bound_beside_a_ranked_measure(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "feature size" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "which chip clocked above 5 nm has the most transistors",
        "which chip with more than 5 nm of transistors has the most cores",
        "which chip has the most transistors above 5 nm of SRAM",
    ],
)
def test_a_length_said_of_another_measure_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
