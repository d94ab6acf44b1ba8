"""``chipkg ask``: FLOPS and OPS both said of one performance figure.

"Which chips have more than 100 TOPS of performance (FLOPS)?" answered the TOPS chips with exit 0,
the "(FLOPS)" dropped: the number's unit won. FLOPS stay FLOPS: a word for performance in one kind
of unit beside a number or measure in the other is refused (parse.checks._one_unit_kind).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have more than 100 TOPS of performance (FLOPS)?", (REFUSE, "both")),
        ("which chips have more than 100 TOPS (FLOPS)?", (REFUSE, "both")),
        ("which chips have more than 100 TFLOPS (TOPS)?", (REFUSE, "both")),
        (
            "which chips have more than 500 TFLOPS of FLOPS performance?",
            {"AWS Trainium2", "Cerebras CS-3", "Microsoft Maia 100", "d-Matrix Corsair C8"},
        ),
    ],
)
def test_one_kind_of_unit(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
