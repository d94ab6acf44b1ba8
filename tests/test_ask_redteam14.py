"""Red team 9's wrong answers (/work/brief/redteam9-wrong.md), fixed by mechanism: each class with new
questions of its shape (not the report's generator rows) and near misses that must stay answered.

- R1 a count of distinct values ("how many distinct process nodes ...") with a chip set aside
  ("excluding the M2000") or a kind of organization as a condition ("startup chips") counted the
  chips (23, 7), and "how many distinct memory technologies" counted the chips with a memory (12).
  The values are counted now, the hedged value a count rests on said; a count of a relation's or a
  measure's values that is not read as one is refused.
- R2 a format or workload beside a claim's aspect ("int4 dense compute", "training sparse compute")
  was dropped: the aspect's claim answered (yes/no true, its figure). The claim must be of it too.
- R3 "which foundry's chip has the most transistors", "whose chip draws the most power" asked for an
  organization and were answered with a chip (the Blackwell, whose label names Nvidia, for a
  foundry). Refused, as the plural possessive is.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

CASES: list[tuple[str, object]] = [
    # R1: nodes l.41 4nm, 53/81 5nm, 75/87/101/131/139/151 7nm, 113 12nm, 119 3nm, 163 40nm, 173 6nm
    ("excluding the mythic m2000, how many distinct process nodes do the chips use?", "6"),
    ("how many distinct process nodes do chips from startups use?", "3"),  # 7nm, 40nm, 6nm
    ("how many distinct process nodes do startup chips use, leaving aside the m2000?", "2"),
    ("how many distinct memory technologies do the chips use?", (REFUSE, "counts memory, not chips")),
    # near misses: a plain distinct count, a count of chips with one set aside
    ("how many distinct process nodes appear across the chips?", "7"),
    ("how many chips are made on 7nm, excluding the cs-3?", "5"),
    # R2: l.87 3.5x dense, 7x sparse compute over the first generation; l.67 67% energy efficiency
    ("does the mtia v2 beat the mtia v1 at int8 sparse compute?", (REFUSE, "no sparse compute int8 claim")),
    ("what is the trillium's fp16 energy efficiency gain over its predecessor?", (REFUSE, "no energy efficiency")),
    ("does the mtia v2 outperform the mtia v1 on inference dense compute?", (REFUSE, "no dense compute inference")),
    # near misses: the aspect said again with a measure's word, or alone
    ("does the mtia v2 outperform the mtia v1 on dense compute performance?", True),
    ("mtia v2 vs mtia v1 sparse compute", "7 x, sparse compute, vs Meta MTIA v1"),
    # R3
    ("which foundry's chip is on the smallest node?", (REFUSE, "asks for an organization")),
    ("what manufacturer's accelerator has the most sram?", (REFUSE, "asks for an organization")),
    ("whose accelerator has the largest hbm capacity?", (REFUSE, "'whose' asks for an organization")),
    # near misses: 'whose' answered with organizations, the organization behind a top, a chip of a kind
    ("whose chips use hbm?", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
    ("which company designs the chip with the most transistors?", "Cerebras Systems"),  # l.139
    ("which hyperscaler chip has the most hbm", "Google Trillium TPU"),  # l.63 (Gaudi 3 is Intel's)
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_9_wrong_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_distinct_count_resting_on_a_hedged_value_says_so(ask_json):  # noqa: ANN001
    """R1: without the Blackwell (l.41) the GPUs' 4nm is the Adreno 750's, hedged (l.97: said of the
    Adreno GPUs in general); with it, the 4nm stands without the hedge."""
    data = check(ask_json, "how many distinct process nodes do the gpus use, apart from the blackwell?", "2")
    assert "counted by a hedged fact: Qualcomm Adreno 750" in data["reading"], data["reading"]
    data = check(ask_json, "how many distinct process nodes do the gpus use?", "2")
    assert "hedged" not in data["reading"], data["reading"]
