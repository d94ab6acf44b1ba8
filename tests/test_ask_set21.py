"""The wrong answers of held-out set 21's first run (885da6c), fixed by mechanism, each with
paraphrases and near misses that are not rows of any held-out set.

- "trillium pod size" answered both of Trillium's scale-out figures (per pod and per cluster): the
  scope a measure's several-word name says ("pod size", "chips per pod", "cluster size") was lost.
- "Between A and B, does A draw more power?" was read as "which of A or B draws the most power" and
  answered with a table: a pair named up front, then a yes/no comparison naming one of them with no
  'than', compares that one with the other.
- "Which chips ... (stated per-chip counts)?" answered a count: "counts" there are the figures, not
  a request for a number.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

POD = "up to 256 units, via ICI, per pod"  # l.67
CLUSTER = "thousands (over 1,000 TPUs), via Google datacenter network, per cluster"  # l.67

SCOPED_NAMES: list[tuple[str, object]] = [
    ("trillium pod size", POD),
    ("what is the pod size of the trillium tpu", POD),
    ("chips per pod for trillium", POD),
    ("units per pod, trillium", POD),
    ("trillium cluster size", CLUSTER),
    ("gaudi 3 cluster size", "thousands (over 1,000 GPUs), via RoCE, per cluster"),  # l.57
    # near misses: a scope said apart, and the figures of every scope when none is said
    ("how many chips fit in a trillium pod", POD),
    ("trillium scale-out per pod", POD),
    ("how many cs-3 units can you cluster together", "up to 2,048 interconnected units, per cluster"),  # l.143
    ("trillium scale-out", {POD, CLUSTER}),
]

FRONTED_PAIR: list[tuple[str, object]] = [
    # l.89 MTIA v2 90 W; l.183 e150 200 W
    ("Between the Meta MTIA v2 and the Tenstorrent Grayskull e150, does the MTIA v2 draw more power?", False),
    ("Between the MTIA v2 and the e150, does the e150 draw more power?", True),
    # l.113 NorthPole 192 MB; l.153 Groq 128 MB
    ("Between the Groq LPU and the IBM NorthPole, does the NorthPole have more SRAM?", True),
    ("between groq lpu and northpole, does the groq lpu have more sram (per chip)?", False),
    # l.153 Groq 1.2 GHz; l.113 NorthPole nominal 400 MHz
    ("Between the Groq LPU and the IBM NorthPole, is the Groq LPU clocked higher?", True),
    # near misses: "which" after the pair, a 'than' of its own, a third chip
    ("between the gaudi 3 and trillium, which has more hbm?", {"Intel Gaudi 3", "Google Trillium TPU"}),  # l.55 l.63
    ("Between the Groq LPU and the IBM NorthPole, does the Groq LPU have more SRAM than the Maia 100?", REFUSE),
    ("Between the Groq LPU and the IBM NorthPole, does the Maia 100 have more SRAM?", REFUSE),
]

OVER_100B = {"Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100"}  # l.139 l.37 l.81

COUNTS_AS_FIGURES: list[tuple[str, object]] = [
    ("Which chips does the article credit with more than 100 billion transistors (stated per-chip counts)?", OVER_100B),
    ("Which chips have more than 100 billion transistors (per-chip counts)?", OVER_100B),
    ("which chips have over 100 billion transistors, going by per-chip counts", OVER_100B),
    # near misses: a number asked for is still a count
    ("how many chips have more than 100 billion transistors (per-chip counts)?", "3"),
    ("count the chips with more than 100 billion transistors", "3"),
]

CASES = SCOPED_NAMES + FRONTED_PAIR + COUNTS_AS_FIGURES


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_set_21_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
