"""``chipkg ask``: a process node compared by age or advance ("an older node than 7nm", "a more
advanced process than 7nm") is a feature size compared, as "coarser" and "finer" are (read set 4);
"older" and "newer" were unknown words. Like "finer" they compare lengths only: the article dates
no chip, so "is the MI350 newer than the MI300" and "which is newer, the M4 or Gaudi 3" stay refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

FINER_THAN_7NM = {"Apple M4", "Intel Gaudi 3", "Microsoft Maia 100", "Nvidia Blackwell GPU", "Qualcomm Adreno 750"}
FINER_THAN_7NM |= {"d-Matrix Corsair C8"}  # 6nm, l.173


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which chips are on an older node than 7nm", {"IBM NorthPole", "Mythic M2000"}),  # l.113, l.163
        ("which chips use a newer node than 7nm", FINER_THAN_7NM),
        ("which chips use a more advanced node than 7nm", FINER_THAN_7NM),
        ("is the m4 on a newer node than gaudi 3", True),  # 3nm (l.121) vs 5nm (l.53)
        ("does the m2000 use an older node than northpole", True),  # 40nm vs 12nm
        ("is northpole on a more advanced process than the m2000", True),
        ("is the mi350 newer than the mi300", REFUSE),
        ("which is newer, the m4 or gaudi 3", REFUSE),
        ("which chips are newer than 2024", REFUSE),
        ("newer chips than gaudi 3", REFUSE),
    ],
)
def test_a_node_compared_by_age_is_its_feature_size(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("so which ones are stuck on an older node, bigger than 7nm?", {"IBM NorthPole", "Mythic M2000"}),
        ("which chips are on a newer node, smaller than 7nm", FINER_THAN_7NM),
        ("which chips have more hbm, more than 100 GB", {"Google Trillium TPU", "Intel Gaudi 3"}),  # l.55, l.63
        # the comparator says the other way round: not a restatement
        ("which chips have more sram, under 100 MB?", REFUSE),
        ("which chips have less power, over 100 W", REFUSE),
    ],
)
def test_a_comparative_restated_by_a_comparator(ask_json, question, expected):  # noqa: ANN001
    """ "an older node, bigger than 7nm": a comparative with no value of its own, then a comparator of
    the same direction with its value, which says it again (read set 4)."""
    check(ask_json, question, expected)
