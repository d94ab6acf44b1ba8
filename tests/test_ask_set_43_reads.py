"""``chipkg ask``: the refusals of blind set 43 (first run: terse 30/32, casual 31/32, analyst 26/32,
must-refuse 24/24, none wrong), read after it was measured, each fixed by its class:

- a word of the whole ("in total", "in all") beside a range in a list or count of chips is each chip's
  whole figure, as it is in the most ("the largest total SRAM"); not of a memory of no technology
  (its memories would add up), a measure stated at several scopes (a card's power), nor cores;
- "scaling to the largest number of chips" is the scale-out, not chips counted per group (the
  group superlative "the largest number of chips" of session 28 took it);
- "depend on" is "rely on" (the M2000 and external DRAM: test_ask_memory_ruled_out.py);
- "ops" (operations per second) is a word for performance, as "TOPS" is."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

OVER_100MB_SRAM = {"Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole", "Groq LPU", "d-Matrix Corsair C8"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which chips are reported to have more than 100 MB of SRAM in total?", OVER_100MB_SRAM),
        ("which chips have more than 100 MB of SRAM in all", OVER_100MB_SRAM),
        ("how many chips have over 100 GB of HBM in total", "2"),  # Gaudi 3, Trillium (l.55, l.63)
        ("which chips have more than 100 MB of memory in total", REFUSE),
        ("which chips have over 100 W of power in total", REFUSE),
        ("which chips have more than 100 cores in total", REFUSE),
        ("Which accelerator does the article describe as scaling to the largest number of chips?", "AWS Trainium2"),
        ("which chip scales to the largest number of chips", "AWS Trainium2"),  # l.75: up to 100,000
        ("which node has the largest number of chips", "7nm"),  # the group superlative, as before
        # "ops": operations per second, a word for performance as "TOPS" and "FLOPS" are
        ("groq lpu int8 peak ops", "up to 1 PetaOPS, INT8, peak"),  # l.153
        ("how many ops does the groq lpu do", "up to 1 PetaOPS, INT8, peak"),
    ],
)
def test_set_43_classes(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
