"""``chipkg ask``: the largest model a chip runs. "AI models" is "models" (words.tsv noun filler): "which chip can handle the biggest
AI models" (set 15, casual) was refused for the unknown word 'ai', where "the biggest models" asks for
the largest model a chip trains (ck:maxModelSize). The figures are stated per system, per cluster and
per chip, so the superlative is refused for its scopes either way, and answered per chip.

SambaNova SN40L: over 1 trillion parameters per chip (data/sambanova.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("what's the largest ai model the sn40l can run", "multi-trillion (over 1 trillion), per platform"),
        # "how big a model fits on ..." (sets 8, 31): ck:maxModelSize hidden labels
        ("how big a model fits on a single AI 100 Ultra card?", "up to 100 billion, per card"),
        ("how large a model fits in the sn40l", "multi-trillion (over 1 trillion), per platform"),
        ("how big a model fits on the groq lpu", REFUSE),  # no figure: absent, exit 1
        # every scope compared, each said (session 35: the blind sets' reading; was refused as of different scopes)
        ("which chip can handle the biggest AI models?", "Cerebras CS-3"),
        # no chip has a per-chip model size: the SN40L's multi-trillion is its platform's (l.133)
        ("which chip can train the largest ai models per chip", (REFUSE, "not compared with per-chip figures")),
    ],
)
def test_ai_models_are_models(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
