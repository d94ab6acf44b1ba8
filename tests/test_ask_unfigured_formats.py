"""``chipkg ask``: "all chips with FP16 and their performance" was read as each chip's FP16
performance, ranked, and answered with the AWS Trainium2 alone (exit 0): the Groq LPU (l.153) and the
Qualcomm Cloud AI 100 Ultra (l.101-107) support FP16 too but have no FP16 figure, and were dropped
unsaid (found by the lead, session 23, left in its note). A ranking or top of a precision's
performance now names, in its reading, each chip that fits and supports the precision with no
figure in it ("· not ranked: ..."), as a memory with no capacity is named.

FP16 figures: the Trainium2's 650 teraFLOPS (l.75) only. FP16 supported: Trainium2, Groq LPU,
Cloud AI 100 Ultra (data/aws.ttl, groq.ttl, qualcomm.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import answered

UNPLACED = ("Groq LPU", "Qualcomm Cloud AI 100 Ultra")


@pytest.mark.parametrize(
    "question",
    [
        "all chips with FP16 and their performance",
        "all chips supporting FP16 and their performance",
        "the FP16 performance of every chip",
    ],
)
def test_a_chip_supporting_the_precision_with_no_figure_is_named(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [b["chip"]["value"] for b in data["results"]["bindings"]] == ["AWS Trainium2"]
    unranked = data["reading"].partition("not ranked:")[2]
    assert all(chip in unranked for chip in UNPLACED), data["reading"]
    assert "AWS Trainium2" not in unranked
