"""``chipkg ask``: "how many dies is Gaudi 3 made of?", "how many cores is NorthPole made up of?":
a count of a part asked before a phrase of make-up ("made of", words.tsv role ``unheld``) that ends
the question asks how many of that part the chip has, as "how many dies does Gaudi 3 have" does
(parse.walk.unheld). The phrase had refused them ("'made of' asks what a chip is made of"); it
still refuses what a chip is made of with no count of a part ("what is Gaudi 3 made of?"), a count
of chips ("how many chips is the CS-3 made of?": no part of a chip) and the phrase before more of
the question.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, column


@pytest.mark.parametrize(
    ("question", "figure", "chip"),
    [
        ("how many dies is the blackwell gpu made of?", "2 dies", "Nvidia Blackwell GPU"),
        ("How many dies is Intel's Gaudi 3 made up of?", "2 dies", "Intel Gaudi 3"),
        ("how many cores is northpole composed of", "256 cores (compute cores)", "IBM NorthPole"),
        ("how many transistors is the maia 100 made of?", "120 billion", "Microsoft Maia 100"),
    ],
)
def test_a_count_of_a_part_before_made_of_is_the_chips_count(ask_json, question, figure, chip):  # noqa: ANN001
    data = check(ask_json, question, figure)
    assert column(data, "chip") == [chip], data


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what is the gaudi 3 made of?", "made of"),
        ("how many chips is the cs-3 made of?", "made of"),
        ("how many dies is gaudi 3 made of and who makes it?", "made of"),
        # the article gives the M4 no die count: said so, with the figures it gives
        ("how many dies is the m4 made of?", "no die count"),
    ],
)
def test_made_of_without_a_counted_part_is_still_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
