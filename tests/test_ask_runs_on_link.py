"""``chipkg ask``: "which chips run on a network-on-chip?", "is Blackwell deployed on NVLink?": a
word of what a chip is deployed on ("runs on", "deployed on": ck:deployedOn's labels, whose range
is a system) right before a link technology is the link the chip uses, as "which chips use NVLink"
reads it (parse.walk._relation_for). The name had been read by its own relation (the chip's
interconnect) while the word waited for a system, and the question was refused ("'deployed on'
names no value"). A system after the word stays what the chip is deployed on.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what chips run on a network on chip?", {"IBM NorthPole", "Mythic M2000"}),
        ("chips running on NVLink", ["Nvidia Blackwell GPU"]),
        ("does the m2000 run on a network-on-chip?", True),
        ("is northpole deployed on a network-on-chip?", True),
        ("which chips that run on PCIe 4.0 are made by TSMC?", {"Qualcomm Cloud AI 100 Ultra"}),
        # a system after the word: still where the chip is deployed
        ("which chips run on Azure?", ["Microsoft Maia 100"]),
        ("does the maia 100 run on azure?", True),
    ],
)
def test_a_link_after_runs_on_is_the_link_the_chip_uses(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    reading = data["reading"]
    assert ("interconnect" in reading) != ("azure" in question.lower()), reading


@pytest.mark.parametrize(
    "question",
    [
        "which chips run on Azure or NVLink?",  # a system or a link: two conditions
        "what does the maia 100 run on besides ethernet?",
    ],
)
def test_runs_on_read_otherwise_is_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
