"""``chipkg ask``: two classes of the read held-out sets' analyst refusals.

- "(X, not Y)": a parenthesis that first says again what the question says, then sets something aside
  ("a Gaudi 3 node (the node figure, not the 1,024-node cluster one)"), is read as "(not Y)", which the
  negated-aside readings check against the answer (set 32; sets 40 and 41 hold more of the kind). X
  must say nothing new: "(HBM3E, not HBM3)" beside "HBM" stays refused; "exactly" restates a number
  said with no comparator.
- "the Adreno GPUs" (l.97: Qualcomm's Adreno GPUs of the Snapdragon 8 Gen 3, of which the article names
  the Adreno 750): hidden labels of the Adreno 750, whose process and platform the data attaches from
  that sentence (sets 4, 18, 40, 41 refused "I don't know the word 'adreno'").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

NODE_FP8 = "14.7 petaflops, FP8, per node, across 8 chips"
GRAYSKULL = "Tenstorrent Grayskull e150"


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "What FP8 compute figure does the article give for a single Gaudi 3 node of eight accelerators "
            "(the node figure, not the 1,024-node cluster one)?",
            NODE_FP8,
        ),
        ("What is the Gaudi 3's SRAM (the SRAM, not the per-die figure)?", "96 MB"),
        # the first part says something new: not dropped (read whole, or refused)
        ("which chips use hbm (hbm3e, not hbm3)", REFUSE),
        ("What is the Gaudi 3's SRAM (the per-die figure, not the chip's)?", "48 MB, per die"),  # read whole
        # "exactly" beside a number said bare restates it (set 40): the clocks of 1.2 GHz, none "up to"
        ("Which chips are stated to run at a clock of 1.2 GHz (exactly, not 'up to')?", {"Groq LPU", GRAYSKULL}),
        # beside "over 100 MB" it says something new (and contrary): refused
        ("Which chips have over 100 MB of SRAM (exactly, not up to)?", REFUSE),
    ],
)
def test_restatement_then_negation(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Into which platform chip does the article say the Adreno GPUs are integrated?",
            "Qualcomm Snapdragon 8 Gen 3",
        ),
        ("adreno transistors", "over 10 billion"),
        ("which node are adreno gpus built on", "4nm"),
        ("is adreno on 4nm", True),
        # session 44: the claim's baseline as the graph describes it (ck:baselineDescription, l.97's
        # "predecessors"), read as the claims against it; refused before as a generation of a line
        (
            "how much faster is the adreno 750 than previous adreno gpus",
            "up to 25 % faster, graphics rendering, vs previous Adreno GPUs",
        ),
    ],
)
def test_adreno_gpus(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
