"""``chipkg ask``: "precision formats", "precision types" are words for the numeric formats a chip
supports (ck:supportsFormat hidden labels), as "precisions" and "data types" are; "precision" of a
performance figure keeps its own meaning ("the FP16 precision performance")."""

from __future__ import annotations

import pytest
from ask_expect import check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What precision formats does Trainium2 support?", {"BF16", "FP16", "FP32", "TF32", "UINT8", "cFP8"}),
        ("which chips support the FP8 precision format?", {"AWS Trainium2", "Intel Gaudi 3"}),
        ("What is the FP16 precision performance of trainium2?", "650 teraFLOPS, FP16"),
    ],
)
def test_precision_formats(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
