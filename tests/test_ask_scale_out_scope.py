"""``chipkg ask``: "which chip can scale to the most chips in one cluster?": a scale-out limit
(ck:ScaleOutLimit) is stated per node, per pod or per cluster (ck:scope), each a limit of its own;
with the scope named, the most, the least or a ranking compares the figures of that scope only
(``Metric.of_scope``, compiled as the figure's ck:scope; parse.question, where a scope said in a
superlative had been refused: "figures one cluster are not compared here"). The reading says the
scope; hedges decide as everywhere ("thousands" and "over 1,000" against "up to 2,048" do not
decide an order, refused). A scope no other chip has a figure of leaves nothing to rank against,
and a scope said of a figure of one chip, or in a yes/no, is refused as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TRAINIUM2 = "AWS Trainium2"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip scales to the largest cluster?", [TRAINIUM2]),  # up to 100,000
        ("what chip scales out to the most chips per cluster?", [TRAINIUM2]),
        ("which accelerator has the biggest cluster size?", [TRAINIUM2]),
        # "up to 576" lies below "over 1,000", "thousands" and "up to 2,048"
        ("which chip scales to the fewest chips per cluster?", ["Nvidia Blackwell GPU"]),
        ("which chip has the smallest cluster size?", ["Nvidia Blackwell GPU"]),
    ],
)
def test_the_most_of_a_scale_out_of_the_scope_named(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "per cluster" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # only Trillium has a pod figure, only Gaudi 3 a node figure
        ("which chip scales to the most chips per pod?", "nothing to rank"),
        ("which chip scales to the most chips in one node?", "nothing to rank"),
        # a ranking of every cluster figure: "up to 2,048" against "over 1,000" is not decided
        ("rank the chips by scale-out per cluster", "do not decide"),
        ("does Trainium2 scale to the most chips per cluster?", REFUSE),
    ],
)
def test_a_scale_out_scope_that_decides_nothing_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, REFUSE if said == REFUSE else (REFUSE, said))
