"""``chipkg ask``: a yes/no about one organization and a value of the graph, with no chip named.

"does Intel make 5nm chips?" names an organization and a process node (two names of the graph), so
it was not read as "is Intel among those who make 5nm chips" (that reading took one name only) and
was refused as a yes/no about several chips, while "does Intel make a chip on 5nm?" was answered.
One organization with values of the graph (a node, a memory, a format) is now the organization's
yes/no (``question._org_yes_no``); a chip named keeps the chip's own reading. Where no chip of the
organization is said to fit, the refusal says what the article does say of the nearest chip (a
"likely") rather than that it says nothing (``answer._some_chip_fits``), and an organization that
designs no chip (a foundry) is told to ask what it manufactures, not that it "has 0 chips".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "does Intel make 5nm chips?",
        "does Intel have chips on 5nm?",
        "does Intel make any chips on 5nm?",
        "does Nvidia make 4nm chips?",
        "does Microsoft build chips on 5nm?",
        "does Groq make chips on 7nm?",
        "does Google make chips with HBM?",
    ],
)
def test_an_organization_and_a_value_is_its_yes_no(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, True)
    assert " · true of " in data["reading"], data["reading"]


def test_the_chip_that_qualifies_is_named_with_its_hedge(ask_json):  # noqa: ANN001
    data = check(ask_json, "does Qualcomm make chips on 4nm?", True)
    assert "Adreno 750" in data["reading"] and "hedges" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("does Apple make 5nm chips?", "not exhaustive"),  # the M4 is on 3nm
        ("does Intel make chips on 7nm?", "not exhaustive"),
        ("does Nvidia make chips with HBM3E?", "not exhaustive"),
        ("does AMD use HBM3E?", "likely"),  # the MI350 only likely does (line 47)
        ("does AMD have a chip with HBM3E?", "likely"),
        ("does TSMC make 5nm chips?", "manufactures"),  # a foundry designs none
    ],
)
def test_no_chip_said_to_fit_is_refused_with_what_is_said(ask_json, question, reason):  # noqa: ANN001
    check(ask_json, question, (REFUSE, reason))


def test_a_chip_named_keeps_its_own_reading(ask_json):  # noqa: ANN001
    check(ask_json, "is Intel's Gaudi 3 on 5nm?", True)
    check(ask_json, "does Intel make the Gaudi 3 on 7nm?", False)  # it is on 5nm (line 53)
