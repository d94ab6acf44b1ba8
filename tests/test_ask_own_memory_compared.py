"""``chipkg ask``: two chips compared, each by the memory technology said with it.

"Is the AWS Trainium2's HBM capacity larger than the SambaNova SN40L's HBM3 capacity?" was refused
("the question names more than one memory technology for one figure"). Where each technology is
said right after its own chip's possessive, the two chips are the two compared, and the
technologies lie on one skos:broader chain (HBM3 is an HBM), each chip's figure is that of its
memory of the technology said with it (parse.frames._technology_per_chip; compiled as one VALUES of
(chip, technology) pairs). The premise is checked by the query itself: a chip with no memory of the
technology said with it has no figure, and the comparison is refused, never answered from its other
memory. Technologies on no common chain (HBM and DDR5) stay refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Trainium2: 96 GB HBM (generation unstated); SN40L: 64 GB HBM3; Gaudi 3 and Trillium: 128 GB HBM
        ("Is the SambaNova SN40L's HBM3 capacity smaller than the AWS Trainium2's HBM capacity?", True),
        ("Is Trainium2's HBM capacity larger than the SN40L's HBM3 capacity?", True),
        ("Is the Gaudi 3's HBM capacity smaller than the SN40L's HBM3 capacity?", False),
        ("Is the Google Trillium TPU's HBM capacity larger than the SN40L's HBM3 capacity?", True),
    ],
)
def test_each_chip_compared_by_its_own_technology(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_each_chips_own_figure_shown(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "What are the Trainium2's HBM capacity and the SN40L's HBM3 capacity?",
        {("96 GB", "AWS Trainium2"), ("64 GB", "SambaNova SN40L")},
    )


@pytest.mark.parametrize(
    "question",
    [
        # the premise fails: Trainium2's HBM has no generation stated, the SN40L's is HBM3 not HBM3E
        "Is the AWS Trainium2's HBM3 capacity larger than the SN40L's HBM capacity?",
        "Is the SN40L's HBM3E capacity larger than the Trainium2's HBM capacity?",
        # the MI350's HBM3E is only likely, and of no stated capacity
        "Is the AMD Instinct MI350's HBM3E capacity larger than Gaudi 3's HBM capacity?",
        # a list of chips against the two: the technologies name no one figure
        "Which chips have more HBM than the Trainium2's HBM and the SN40L's HBM3?",
        # no common chain: two different memories
        "Is the Trainium2's HBM capacity larger than the SN40L's DDR5 capacity?",
        # both technologies said of one chip and none of the other
        "Is the Trainium2's HBM and HBM3 capacity larger than the SN40L's?",
    ],
)
def test_own_technologies_refused_where_they_do_not_hold(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
