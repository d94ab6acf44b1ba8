"""``chipkg ask``: red team 28's wrong answers (exit 0) on this session's last fixes, closed.

- W1: a lacking relation joined to another condition otherwise than by a plain "and" ("lack a
  stated foundry plus a stated clock", "along with", "together with", ", and", ", a stated clock")
  read the second as present (MTIA v2, the one 7nm chip with a clock): refused
  (parse.asides._lack_joined).
- W2: "in a single direction", "in either direction": words.tsv unheld, as "per direction".
- W4: "the largest dies" ranked chips by their number of dies: a size word right before a kind of
  unit asks the size of each unit, refused (walk); "the largest number of Tensix cores" is still
  their count (rewrites._number_of_units_as_most says it as "most").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which 7nm chips lack a stated foundry plus a stated clock?", "whether the lack is said"),
        ("Which 7nm chips lack a stated foundry plus a clock speed?", "whether the lack is said"),
        ("Which 7nm chips lack a stated foundry along with a stated clock?", "whether the lack is said"),
        ("Which 7nm chips lack a stated foundry together with a stated clock?", "whether the lack is said"),
        ("Which 7nm chips are missing a stated foundry plus a stated clock?", "whether the lack is said"),
        ("Which 7nm chips lack a stated foundry, and a stated clock?", "whether the lack is said"),
        ("Which 7nm chips lack a stated foundry, a stated clock?", "whether the lack is said"),
        ("How many 7nm chips lack a stated foundry plus a stated clock?", "whether the lack is said"),
        ("Which 5nm chips lack a stated foundry plus a stated transistor count?", "whether the lack is said"),
        ("What is Blackwell's NVLink bandwidth in a single direction?", "one direction"),
        ("What is Blackwell's NVLink bandwidth for a single direction?", "one direction"),
        ("What is Blackwell's NVLink bandwidth in either direction?", "one direction"),
        ("What is the die-to-die bandwidth of Blackwell in a single direction?", "one direction"),
        ("Which chips have the largest dies?", "the size of the dies"),
        ("What are the two largest dies?", "the size of the dies"),
        ("List the largest dies.", "the size of the dies"),
        ("Which chip has the two largest dies?", "the size of the dies"),
    ],
)
def test_red_team_28_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which 7nm chips have no stated foundry?",
            {"AWS Trainium2", "Cerebras CS-3", "Meta MTIA v2", "SambaNova SN40L"},
        ),
        (
            "Which 7nm chips have no stated foundry, other than the CS-3?",
            {"AWS Trainium2", "Meta MTIA v2", "SambaNova SN40L"},
        ),
        ("Which chip has the largest number of Tensix cores?", ["Tenstorrent Grayskull e150"]),
        ("Which Grayskull model has the larger number of Tensix cores?", ["Tenstorrent Grayskull e150"]),
        ("which chip has the most dies", {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}),
    ],
)
def test_red_team_28_near_misses_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
