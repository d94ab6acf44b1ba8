"""``chipkg ask``: performance compared within one kind of unit. The article states throughput in
operations (TOPS, PetaOPS) and in floating-point operations (TFLOPS, petaflops), at many precisions
(FP4 to INT8) or none. FLOPS are never compared with OPS; a question that names the kind ("the most
TFLOPS", "integer throughput", "floating-point performance") and no precision compares that kind's
figures of every precision, each shown with its own, and says "(any precision)" in its reading; one
that names neither kind nor precision is refused. Figures from /work/shared/sources/ai-chip-race.txt:
Corsair C8 up to 9,600 TFLOPS (a vendor claim, line 173), CS-3 2.6 petaflops mixed precision (141),
Maia 100 800 TFLOPS (81), Trainium2 650 teraFLOPS FP16 (75), M4 GPU 7.5 TFLOPS and Neural Engine 38
TOPS (119), Groq LPU up to 1 PetaOPS INT8 (153), NorthPole 800 TOPS INT2 (113), Mythic M2000 up to
35 TOPS.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check, column

FLOPS_RANKED = ["d-Matrix Corsair C8", "Cerebras CS-3", "Microsoft Maia 100", "AWS Trainium2", "Apple M4"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip has the most TFLOPS", "d-Matrix Corsair C8"),
        ("Which chip posts the highest FLOPS rating?", "d-Matrix Corsair C8"),
        ("Which chip has the highest floating-point performance figure stated per chip?", "d-Matrix Corsair C8"),
        ("rank the chips by floating-point performance", FLOPS_RANKED),
        ("rank chips by floating point throughput, highest first", FLOPS_RANKED),
        ("top 2 chips by integer throughput", ["Groq LPU", "IBM NorthPole"]),
        ("which chip has the least TOPS", "Mythic M2000"),
        ("what is the integer performance of the groq lpu", "up to 1 PetaOPS, INT8, peak"),
        ("what is the floating-point performance of the maia 100", "800 TFLOPS, peak"),
        # naming a precision still compares that precision's figures alone
        ("which chip has the most FP16 TFLOPS", (REFUSE, "only AWS Trainium2 has a FP16 performance")),
        # neither kind nor precision: TOPS are not compared with FLOPS
        ("which chip has the highest peak performance", (REFUSE, "TOPS or FLOPS")),
        ("Which chip has the highest stated peak performance, regardless of precision?", (REFUSE, "TOPS or FLOPS")),
        ("rank the chips by performance", (REFUSE, "TOPS or FLOPS")),
        # an integer figure of a chip that has only a floating-point one is absent, not converted
        ("what is the integer performance of the maia 100", REFUSE),
    ],
)
def test_performance_is_compared_within_one_kind_of_unit(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_kind_of_unit_ranked_says_any_precision_and_shows_each(ask_json):  # noqa: ANN001
    code, stdout = ask_json("rank the chips by floating-point performance")
    data = json.loads(stdout)
    assert code == 0
    figures = column(data, "figure")
    # every precision (or none) side by side, each shown with its own, and no OPS figure among them
    assert figures[0].startswith("up to 9,600 TFLOPS") and "(vendor claim)" in figures[0]
    assert any("FP16" in f for f in figures) and any("mixed-precision" in f for f in figures)
    assert not any("OPS" in f and "FLOPS" not in f for f in figures)


def test_the_reading_says_any_precision(kg):  # noqa: ANN001
    from chipkg.api import ask_result

    result = ask_result(kg.store, "rank the chips by integer throughput")
    # since session 53 the reading also names the chips whose stated figures are only part of their
    # performance (the M4's Neural Engine's, the Cloud AI 100 Ultra's INT8 beside INT16 with no figure)
    assert result.reading.startswith("chips ranked by performance in OPS (any precision) (highest first)")
    assert "only part of the performance of: Apple M4, Qualcomm Cloud AI 100 Ultra" in result.reading
