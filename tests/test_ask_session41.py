"""Session 41: readings added after red team 62 and the blind sets 58-59.

"Leave out figures whose precision the article does not name" (sets 58, 59; refused as two
negations of one thing): beside a figure of a named precision it restates what the answer does,
checked (remarks.imprecise_left_out); beside figures of any precision it would narrow them, refused.
Article lines: l.103 (AI 100 Ultra 400 TOPS INT8), l.113 (NorthPole over 200 TOPS at 8 bits), l.153
(Groq up to 1 PetaOPS INT8).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest INT8 throughput (leave out any TOPS figure whose precision the article "
        "does not name)?",
        "Which chip has the highest INT8 throughput (leave out figures with no stated precision)?",
        "Which chip has the highest stated per-chip INT8 throughput? Leave out figures with no stated precision.",
        "Which chip has the most INT8 TOPS (figures whose precision is not given are left out)?",
    ],
)
def test_imprecise_figures_left_out_beside_a_precision(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Groq LPU"]


def test_imprecise_figures_left_out_beside_a_ranking_of_a_precision(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Rank the chips by INT8 throughput per chip, highest first (leave out figures with no stated precision)",
    )
    assert first_column(data) == ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        # any precision: the Maia 100's 800 TFLOPS (no precision) would be compared, so the remark narrows
        "Which chip has the highest TOPS (leave out figures with no stated precision)?",
        "Which chip has the most FLOPS (leaving out figures with no stated precision)?",
        "Which chip has the most FLOPS? Leave out any figure whose precision the article does not name.",
        "Which chip has the most SRAM (leave out figures with no stated precision)?",
        # a name inside: not the remark, refused as before
        "Which chip has the highest INT8 throughput (leave out Groq figures with no stated precision)?",
        # a lack of something else
        "Which chip has the highest INT8 throughput (leave out figures with no stated scope)?",
    ],
)
def test_imprecise_figures_left_out_refused_where_it_narrows(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)
