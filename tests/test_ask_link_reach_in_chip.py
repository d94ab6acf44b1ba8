"""``chipkg ask``: how many chips a link joins "in" a named chip's platform is that chip's scale out.

"how many GPUs can NVLink 5 connect in the Blackwell platform?" was refused as asking how far a
technology reaches ("'how many' about one chip" with a citation after it): the chip said after the
verb, after a preposition of place (words.tsv filler valued ``place``), names whose scale out it is,
as "how many GPUs can the Blackwell GPU's NVLink connect" does (parse.rewrites._chip_joins,
_chip_placed_after_link). A clause after a comma (", according to the Nvidia section") no longer
keeps either form from being read (parse.rewrites._chip_joined). With no chip named the question
still asks a technology's reach and is refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

BLACKWELL_REACH = "up to 576 GPUs, via NVLink 5, per cluster"


@pytest.mark.parametrize(
    "question",
    [
        "how many GPUs can NVLink 5 link together in a Blackwell system?",
        "up to how many GPUs can NVLink hook up in the Blackwell platform?",
        "how many GPUs can NVLink 5 connect on the Blackwell GPU, per the Nvidia section?",
        "how many GPUs can the Blackwell GPU's NVLink connect, going by the Nvidia section?",
    ],
)
def test_a_links_reach_in_a_named_chip_is_its_scale_out(ask_json, question):  # noqa: ANN001
    check(ask_json, question, BLACKWELL_REACH)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how many GPUs can NVLink 5 connect, per the Nvidia section?", "how far a technology reaches"),
        ("how many GPUs can NVLink 5 hook up?", "how far a technology reaches"),
        # a chip the link is not said of
        ("how many chips can NVLink 5 connect in the Trainium2 platform?", "stated otherwise"),
    ],
)
def test_a_links_reach_with_no_chip_of_it_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
