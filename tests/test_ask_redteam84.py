"""Red team 84 (82 questions answered wrongly with exit 0, /work/notes/rt84.md in the session's notes):
each is now refused or answered right.

- A: "but" after a quantified word for chips ("all chips but X", "any chip but X", "than all but X")
  sets X aside, as "other than" does (it was read as "and", X the one chip asked about);
  "in addition to / as well as / along with X" after one is refused (it says X fits too, unchecked).
- B: a yes/no of several chips that gives each its own value ("Is the Groq LPU on 3nm and the Apple
  M4 on 7nm?", "... respectively") is refused: crossed pairs were answered true.
- C: a scale-out figure is of one link or system: beside another link ("Does Blackwell scale to
  1,000 GPUs over InfiniBand?") it is no answer. Asked past an "up to" figure with no link named it
  stays "no", as every "up to" peak does (test_ask_redteam6: "does blackwell scale to 1000 gpus").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SEVEN_NM_BUT_GROQ = {"AWS Trainium2", "Cerebras CS-3", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"}

REFUSED = [
    "All chips but the Apple M4 on 3nm?",
    "Are all chips but the Apple M4 on 3nm?",
    "Are all chips but the Groq LPU on 7nm?",
    "Is every chip but the M4 on 3nm?",
    "Is every chip but the Mythic M2000 built on a node smaller than 40nm?",
    "Are all the chips but the Mythic M2000 on a finer node than 40nm?",
    "Is every chip but the Cerebras CS-3 under 500 billion transistors?",
    "Every chip but the Cerebras CS-3 has fewer than 1 trillion transistors, right?",
    "Does every chip but the Groq LPU support BF16?",
    "Is every chip but the Groq LPU clocked at 1.2 GHz?",
    "Are all chips but Gaudi 3 equipped with HBM?",
    "Is every chip but the SN40L made on 7nm?",
    "Is it true that all chips but the Groq LPU are on 7nm?",
    "Are all chips but for the Apple M4 on 3nm?",
    "every chip but m4 on 3nm?",
    "all but m4 3nm?",
    "Is any chip but the Apple M4 on 3nm?",
    "any chip but the m4 on 3nm",
    "Is there any chip but the Mythic M2000 on 40nm?",
    "Does any chip but the M4 run above 3 GHz?",
    "Does any chip but Blackwell support FP4?",
    "Does any chip but the Cerebras CS-3 have more than 1 trillion transistors?",
    "Does any chip but Gaudi 3 use RoCE?",
    "Is any chip but Trillium a TPU?",
    "Does any chip but the Mythic M2000 use flash memory?",
    "Does any chip but the SN40L use DDR5?",
    "Is there a chip but the Trainium2 with 96 GB of HBM?",
    "Does any chip but the Apple M4 have LPDDR5X?",
    "Is any chip in addition to the Apple M4 on 3nm?",
    "Is any chip as well as the Apple M4 on 3nm?",
    "Is any chip along with the Apple M4 on 3nm?",
    "Does any chip along with Blackwell support FP4?",
    "Does any chip as well as the M4 run above 3 GHz?",
    "Is there a chip as well as the Mythic M2000 on 40nm?",
    "What is the SRAM of every chip but the Groq LPU?",
    "What process node is every chip but the Apple M4 on?",
    "What is the transistor count of every chip but the CS-3?",
    "What is the process node of all chips but the M4?",
    "What are the power figures of every chip but the e150?",
    "Who makes every chip but the Apple M4?",
    "Which chip, in addition to Gaudi 3, has 128 GB of HBM?",
    "Which chip, along with the Groq LPU, runs at 1.2 GHz?",
    "Does the MTIA v2 have more SRAM than all but the Corsair C8?",
    "Is the MTIA v2 clocked higher than every chip but the M4?",
    "Does Blackwell have more transistors than every chip but the CS-3?",
    "Is the Groq LPU on 3nm and the Apple M4 on 7nm?",
    "Is the Groq LPU on 3nm, while the Apple M4 is on 7nm?",
    "Is the Mythic M2000 on 7nm while the Groq LPU is on 40nm?",
    "Is the Maia 100 on 7nm and the MTIA v2 on 5nm?",
    "Is Gaudi 3 on 4nm and Blackwell on 5nm?",
    "Is the Corsair C8 on 7nm and the Groq LPU on 6nm?",
    "Is NorthPole on 40nm and the Mythic M2000 on 12nm?",
    "Is the Groq LPU on 5nm and Gaudi 3 on 7nm?",
    "Groq LPU is 3nm and M4 is 7nm, right?",
    "Are the Groq LPU and the Apple M4 on 3nm and 7nm respectively?",
    "Are the M4 and Maia 100 on 5nm and 3nm respectively?",
    "Is the SN40L on 6nm and the Corsair C8 on 7nm?",
    "Is the Groq LPU on 7nm, but the CS-3 on 5nm?",
    "Is the Groq LPU on 3nm but the Apple M4 on 7nm?",
    "Is the Corsair C8 designed by Groq and the LPU by d-Matrix?",
    "Is Gaudi 3 from Nvidia and Blackwell from Intel?",
    "Is Gaudi 3 designed by Nvidia while Blackwell is designed by Intel?",
    "Is NorthPole designed by Groq and the Groq LPU by IBM?",
    "Is the Maia 100 designed by Meta and the MTIA v2 by Microsoft?",
    "Is the Trainium2 designed by Google and the Trillium by AWS?",
    "Is the Trillium from AWS while Trainium2 is from Google?",
    "Is the CS-3 designed by SambaNova and the SN40L by Cerebras?",
    "Is the Groq LPU on a node below 10nm and the Mythic M2000 on one above 30nm?",
    "Is the Groq LPU under 10nm while the Mythic M2000 is over 30nm?",
    "Does the Groq LPU run above 1 GHz and NorthPole below 1 GHz?",
    "Does the e150 draw more than 150 W and the e75 less than 100 W?",
    "Is the e75 under 100 W and the e150 over 150 W?",
    "Does Blackwell scale to 1,000 GPUs over InfiniBand?",
]


@pytest.mark.parametrize("question", REFUSED)
def test_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("all but the groq lpu on 7nm?", SEVEN_NM_BUT_GROQ),
        ("Every chip but the Groq LPU: which are on 7nm?", SEVEN_NM_BUT_GROQ),
        ("What is the most SRAM any chip but the Corsair C8 has?", "Meta MTIA v2"),
        ("What is the highest clock any chip but the M4 reaches?", "Meta MTIA v2"),
        ("What is the largest HBM capacity of any chip but Gaudi 3?", "Google Trillium TPU"),
        ("What's the highest transistor count of any chip but the CS-3?", "Nvidia Blackwell GPU"),
        (
            "Give me the HBM capacity of all chips but Gaudi 3.",
            ["Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"],
        ),
        # "all but" before no name is "almost" (set 26)
        (
            "Name the chips the article explicitly rules out, or all but rules out, for data-centre use.",
            {"Apple M4", "AMD Ryzen 9000 series", "Qualcomm Adreno 750"},
        ),
        # "but" after anything else keeps its meaning
        ("Which chips use HBM but not SRAM?", REFUSE),
        ("Which chips are on 7nm but not made by TSMC?", REFUSE),
        # two chips given one value between them stay a yes/no of both
        ("Are the Groq LPU and the SN40L on 7nm?", True),
        ("Are Nvidia's Blackwell and Apple's M4 made by TSMC?", True),
        # an "up to" scale-out asked at or under its figure is answered
        ("can trainium2 scale out to 100,000 chips?", True),
        # the link a scale-out figure is stated for, named, is answered by it
        ("How many GPUs can NVLink connect for Blackwell?", "up to 576 GPUs, via NVLink 5, per cluster"),
        ("Does Blackwell scale to 500 GPUs over NVLink?", True),
        ("Does Blackwell scale to 100 GPUs over InfiniBand?", REFUSE),
    ],
)
def test_answered_right(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
