"""``chipkg ask``: a yes/no of whether two named chips' figures of one measure are the same ("is
Gaudi 3's HBM bandwidth the same as Trillium's?", "does the Groq LPU have the same SRAM as Gaudi 3?",
"do the e75 and e150 have the same clock speed?"). It had been refused ("'same' is read only as 'the
same process node (foundry, designer) as <one chip>'").

Read as the yes/no comparison of the two chips (parse.forms._same_figure: "same" becomes the
superlative the comparison is read by, ``Frame.same``), and answered by the two figures
(answer._claimed_top), each shown with its unit and hedge in the reading: true only for two
unhedged figures of one value (a vendor's claim is no hedge of the value); false for figures that
lie decidedly apart, hedges read as every comparison reads them, where "up to X" may be anything
up to X; otherwise refused, as "over 20 billion" against 22 billion is. One figure each, of one
scope, as for "more ... than". "The same node as" stays the relation it was (parse.frames._same_as).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does Trillium have the same HBM bandwidth as Gaudi 3?", True),  # 3.7 TB/s each
        ("is trillium's hbm capacity the same as gaudi 3's?", True),  # 128 GB each
        ("do gaudi 3 and trillium have the same HBM capacity?", True),
        ("are the hbm bandwidths of trillium and gaudi 3 the same?", True),
        ("is the sn40l's hbm capacity the same as gaudi 3's?", False),  # 64 GB against 128 GB
        ("does northpole have the same SRAM as the groq lpu?", False),  # 192 MB against 128 MB
        ("are the e75 and the e150 clock speeds the same?", False),  # 1 GHz against 1.2 GHz
        ("does the mtia v2 draw the same power as the e75?", False),  # 90 W against 75 W
        # "about 4 W" lies nowhere near 75 W: decidedly not the same
        ("does the m2000 draw the same power as the e75?", False),
    ],
)
def test_two_chips_figures_are_compared_for_sameness(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "the same as the other's" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "over 20 billion" may be 22 billion or not
        ("does the groq lpu have the same transistor count as northpole?", "do not decide"),
        # "up to 3.5 GHz" may be 1.2 GHz at times, or never
        ("is the m4's clock speed the same as the e150's?", "do not decide"),
        # a card's 150 W is not set against a chip's 200 W
        ("does the ai 100 ultra draw the same power as the e150?", "different scopes"),
        ("does blackwell have the same transistor count as gaudi 3?", "no transistor count"),
    ],
)
def test_sameness_the_figures_do_not_decide_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        "does gaudi 3 have the same hbm bandwidth as trillium and maia 100?",  # three chips
        "is gaudi 3's hbm bandwidth the same as 3.7 TB/s?",  # a number, not a chip
        "are trillium and gaudi 3 the same?",  # no measure named
    ],
)
def test_same_said_otherwise_is_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_the_same_node_is_still_the_relation(ask_json):  # noqa: ANN001
    data = check(ask_json, "is the maia 100 on the same node as gaudi 3?", True)
    assert "the same process node as" in data["reading"], data["reading"]
