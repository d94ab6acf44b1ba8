"""``chipkg ask``: a search-box question of one chip, one numeric format and a scope ("gaudi 3 fp8
per node", read set 23) asks the chip's performance at that precision, of that scope; it was
refused ("figures per node are not compared here"). A format alone beside a chip still asks
whether the chip supports it."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("gaudi 3 fp8 per node", "14.7 petaflops, FP8, per node, across 8 chips"),  # l.55
        ("gaudi 3 fp8 per cluster", "up to 15 exaflops, FP8, per cluster, across 1,024 nodes"),
        ("trainium2 fp16 per chip", "650 teraFLOPS, FP16"),  # l.75
        ("northpole int4 per chip", "400 TOPS, INT4"),  # l.113
        ("gaudi 3 fp8 per chip", REFUSE),  # node and cluster figures only
        ("trainium2 fp8 per node", REFUSE),
        ("gaudi 3 fp8", True),  # support, as before
        ("gaudi 3 and trainium2 fp8 per node", REFUSE),  # two chips: not this form
    ],
)
def test_a_format_and_a_scope_ask_the_performance(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
