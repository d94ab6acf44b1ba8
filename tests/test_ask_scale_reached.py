"""``chipkg ask``: "can X scale (out) to N chips?" asks whether X reaches N.

The number after "scale to" had no comparator, so the yes/no had no value to compare and was
refused. It is a size reached, at least N (parse.rewrites._scale_reached), as "scale to more than N"
already said with its own comparator; the stated upper bound ("up to 100,000") decides it. "How far
does Trainium2 scale?" asks that figure (the verb "scale" alone changes nothing elsewhere).
"""

from __future__ import annotations

import pytest
from ask_expect import check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can trainium2 scale out to 100,000 chips?", True),
        ("Can AWS Trainium2 scale to 100000 chips?", True),
        ("can trainium2 scale to 200,000 chips?", False),
        ("can trainium2 scale out to 50,000 chips?", True),
        ("which chips scale to 100,000 chips?", {"AWS Trainium2"}),
        ("does trainium2 scale to more than 150,000 chips?", False),
        # "how far does it scale": the figure itself
        ("how far does trainium2 scale?", "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster"),
        (
            "how far does trainium2 scale in ultraclusters",
            "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster",
        ),
        ("how far can the cs-3 scale out?", "up to 2,048 interconnected units, per cluster"),
    ],
)
def test_scaling_to_a_size(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
