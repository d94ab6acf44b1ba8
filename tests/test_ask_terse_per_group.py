"""``chipkg ask``: terse "chips per designer", "chips by foundry", "gpus per designer" count chips
per group, as "how many chips per designer" does (parse.rewrites._terse_count_per_group). They were
refused ("'designed by' names no value"). Only a word for chips, "per"/"by" and a relation's word:
"chips by TSMC" (a name) are still TSMC's chips."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, rows


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("chips per designer", "how many chips per designer"),
        ("chips by foundry", "how many chips per foundry"),
        ("chips per process node", "how many chips per process node"),
        ("gpus per designer", "how many GPUs per designer"),
    ],
)
def test_a_terse_count_per_group(ask_json, question, said):  # noqa: ANN001
    assert rows(answered(ask_json, question)) == rows(answered(ask_json, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "chips by tsmc",
            {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("chips per workload", (REFUSE, "per designer, foundry or process node")),
    ],
)
def test_not_a_count_per_group(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
