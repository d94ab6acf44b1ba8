"""Red team 85 (143 questions answered wrongly with exit 0, /work/notes/rt85.md in the session's notes):
each is now refused or answered right.

- A: "but X" with no quantifier before it ("the highest clock but the M4", "Which chip but Gaudi 3 has
  128 GB of HBM?", "7nm chips but the Groq LPU?") sets X aside where a name follows "but" (X was the
  chip answered); a clause after it ("but the M4 is ...") is left as it was.
- D: "Of the four chips with HBM, which ...", "Rank the 7 chips on 7nm by SRAM": a number said of the
  chips picked from was read as a top N and never checked: refused, unless it counts the chips named.
- E: "Which vendors have one chip / just one chip?": exactly one (the count per designer, kept by it);
  "a single GPU", "one inference chip" and other counts the reading does not take are refused ("single"
  was dropped and every designer listed).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

REFUSED = [
    "Which chip but the M4 is on 3nm?",
    "Which chip but the Groq LPU runs at 1.2 GHz?",
    "Which chip but Trillium is a TPU?",
    "Which chip but Blackwell supports FP4?",
    "Which chip but the Trainium2 is deployed in EC2 UltraClusters?",
    "Which chip but Maia 100 is deployed on Azure?",
    "Which chip but the e150 draws 200 W?",
    "Which chip but the MTIA v2 draws 90 W?",
    "Which chip but Trainium2 has 96 GB of HBM?",
    "Which chip but the SN40L has 64 GB of HBM?",
    "Which chip but Gaudi 3 uses RoCE?",
    "Which chip but the Mythic M2000 is on 40nm?",
    "Which chip but the Blackwell GPU uses NVLink?",
    "Which chip but the SN40L uses DDR5?",
    "chip but m4 on 3nm?",
    "Who makes chips but the Apple M4?",
    "Which chip but the Apple M4 is made on 3nm?",
    "Which chip but the Mythic M2000 uses analog compute?",
    "Which chip but NorthPole has 192 MB of SRAM?",
    "Which chip but Gaudi 3 has 24 Ethernet ports?",
    "Which chip but the Trainium2 supports cFP8?",
    "Which chip but the M4 supports AV1?",
    "Which chip but the CS-3 has 900,000 cores?",
    "Which chip but the SN40L has 1,040 cores?",
    "Which chip but the e75 draws 75 W?",
    "Which chip but Maia 100 has 120 billion transistors?",
    "Which chip but Blackwell has 208 billion transistors?",
    "Which chip but the Groq LPU has 128 MB of SRAM?",
    "Of the five 7nm chips, which has the most SRAM?",
    "Of the seven 7nm chips, which has the most SRAM?",
    "Which of the five 7nm chips has the most SRAM?",
    "Of the 9 chips on 7nm, which has the most SRAM?",
    "Of the 2 chips on 7nm, which has the least SRAM?",
    "Of the 4 chips on 7nm, which has the least SRAM?",
    "Of the four chips with HBM, which has the least HBM?",
    "Which of the four HBM chips has the least HBM?",
    "Of the 3 chips with HBM, which has the most HBM?",
    "Of the 4 chips with HBM, which has the most HBM?",
    "Of the eleven chips that use SRAM, which has the most?",
    "Of the twelve chips with SRAM, which has the most?",
    "Which, of the twelve chips with SRAM, has the most?",
    "Of the four TSMC chips, which is on the smallest node?",
    "Which of the 3 TSMC-made chips is on the smallest node?",
    "Of the 4 chips with a stated transistor count, which has the most?",
    "Of the five chips with a clock speed, which is fastest?",
    "Of the 2 training chips, which has the most HBM?",
    "Of the five inference chips, which has the most SRAM?",
    "Of the 7 chips with INT8, which has the most INT8 TOPS?",
    "Of the 3 chips with a power figure, which draws the least?",
    "Of the 5 Qualcomm chips, which has the most SRAM?",
    "Of the 4 Tenstorrent chips, which draws the most power?",
    "Among the four chips with HBM, which has the most HBM?",
    "From the four HBM chips, which has the least HBM?",
    "Among the nine 7nm chips, which has the least SRAM?",
    "Of the 8 chips with a clock speed, which is the slowest?",
    "Of the 4 chips with a clock speed, which is the slowest?",
    "Which of the 2 chips with HBM has the least?",
    "Among the 3 chips on 5nm, which has the most transistors?",
    "Of the 3 training chips, which has the most transistors?",
    "Of the 2 chips with INT8, which has the least INT8 TOPS?",
    "Rank the 7 chips on 7nm by SRAM.",
    "Which vendors have a single chip?",
    "Which vendors have a single chip in the article?",
    "Which designers have a single chip?",
    "vendors with a single chip",
    "Which companies design a single chip?",
    "Which vendors are behind a single chip?",
    "How many vendors have a single chip?",
    "Which vendors have a single profiled chip?",
    "Which companies design a single profiled chip?",
    "Which vendors have a single chip profiled?",
    "Which startups have a single chip?",
    "How many startups have a single chip?",
    "Which hyperscalers have a single chip?",
    "How many hyperscalers have a single chip?",
    "Which megacap players have a single chip?",
    "Which vendors have a single GPU?",
    "Which companies make a single GPU?",
    "Which vendors have a single TSMC chip?",
    "Which vendors have one chip made by TSMC?",
    "Which vendors have a single chip made by TSMC?",
    "Which vendors have a single ASIC?",
    "Which vendors have one inference chip?",
    "Which vendors have a single inference chip?",
    "Which vendors have a single chip with SRAM?",
    "Which vendors have a pair of chips?",
    "Which vendors have a pair of profiled chips?",
    "Which foundries make a single chip?",
    "Which foundry makes a single profiled chip?",
    "Does Qualcomm have a single profiled chip?",
    "Which vendors make one chip?",
    "Which companies make a single chip?",
    "Which companies make just one chip?",
    "How many companies make a single chip?",
    "How many vendors have one profiled chip?",
    "Which startups have a single profiled chip?",
    "Which vendors have a single-chip lineup?",
    "Which vendors have one single chip?",
]


@pytest.mark.parametrize("question", REFUSED)
def test_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# each checked against the data when written (clocks: M4 up to 3.5 GHz, MTIA v2 1.35 GHz; SRAM: C8 2 GB,
# MTIA v2 256 MB; HBM: Gaudi 3 and Trillium 128 GB; designers: data/*.ttl ck:designedBy)
ANSWERED = [
    ("Which is the highest-clocked chip but the M4?", {"Meta MTIA v2"}),
    ("Which is the fastest-clocked chip but the Apple M4?", {"Meta MTIA v2"}),
    ("What is the highest clock but the M4?", {"Meta MTIA v2"}),
    ("What is the highest clock speed, but the M4?", {"Meta MTIA v2"}),
    ("highest clock but m4?", {"Meta MTIA v2"}),
    ("What is the most SRAM but the Corsair C8?", {"Meta MTIA v2"}),
    ("What is the largest SRAM but the Corsair C8?", {"Meta MTIA v2"}),
    ("What is the largest HBM capacity but Gaudi 3?", {"Google Trillium TPU"}),
    ("What is the most HBM but Gaudi 3?", {"Google Trillium TPU"}),
    ("most hbm but gaudi 3?", {"Google Trillium TPU"}),
    ("What is the most transistors but the CS-3?", {"Nvidia Blackwell GPU"}),
    ("What is the highest transistor count but the CS-3?", {"Nvidia Blackwell GPU"}),
    ("most transistors but cs-3?", {"Nvidia Blackwell GPU"}),
    ("What is the highest INT8 performance but the Groq LPU?", {"Qualcomm Cloud AI 100 Ultra"}),
    (
        "Which chip but the Groq LPU is on 7nm?",
        {"Meta MTIA v2", "Cerebras CS-3", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"},
    ),
    ("Which chip but Maia 100 is on 5nm?", {"Intel Gaudi 3"}),
    ("Which chip but Gaudi 3 has 128 GB of HBM?", {"Google Trillium TPU"}),
    ("Which chip but the Groq LPU supports BF16?", {"AWS Trainium2"}),
    ("Which chip but the Corsair C8 uses LPDDR5?", {"Apple M4"}),
    (
        "Name the chips but the Groq LPU on 7nm.",
        {"Meta MTIA v2", "Cerebras CS-3", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"},
    ),
    (
        "7nm chips but the Groq LPU?",
        {"Meta MTIA v2", "Cerebras CS-3", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"},
    ),
    (
        "chips on 7nm but groq?",
        {"Meta MTIA v2", "Cerebras CS-3", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"},
    ),
    ("What is the top clock but the M4?", {"Meta MTIA v2"}),
    ("What is the peak clock but the M4?", {"Meta MTIA v2"}),
    ("What's the highest clock but the Apple M4?", {"Meta MTIA v2"}),
    ("What's the most SRAM but the d-Matrix Corsair C8?", {"Meta MTIA v2"}),
    ("What is the max HBM but Gaudi 3?", {"Google Trillium TPU"}),
    ("What is the biggest transistor count but the CS-3?", {"Nvidia Blackwell GPU"}),
    ("Which chip but the Groq LPU is made by TSMC on 7nm?", {"Qualcomm Cloud AI 100 Ultra"}),
    (
        "Which vendors have one chip?",
        (REFUSE, "profiled chips"),
    ),
    (
        "Which vendors have just one chip?",
        (REFUSE, "profiled chips"),
    ),
    (
        "Name the vendors with one chip.",
        (REFUSE, "profiled chips"),
    ),
    (
        "vendors with one chip?",
        (REFUSE, "profiled chips"),
    ),
    (
        "Which vendors design one chip?",
        (REFUSE, "profiled chips"),
    ),
    # the chips named only in passing or as baselines (the H100, the MI300 series, the first Trainium,
    # the MTIA v1, the Ryzen 9000, the Snapdragon platform) decide which vendors have one chip: refused
    # unless "profiled" says which count (session 49)
    (
        "Which vendors have just one profiled chip?",
        {
            "AWS",
            "Mythic",
            "Meta",
            "Nvidia",
            "Cerebras Systems",
            "Intel",
            "Microsoft",
            "Google",
            "Groq",
            "SambaNova Systems",
            "AMD",
            "d-Matrix",
            "Apple",
            "IBM",
        },
    ),
    (
        "Which vendors have one profiled chip?",
        {
            "AWS",
            "Mythic",
            "Meta",
            "Nvidia",
            "Cerebras Systems",
            "Intel",
            "Microsoft",
            "Google",
            "Groq",
            "SambaNova Systems",
            "AMD",
            "d-Matrix",
            "Apple",
            "IBM",
        },
    ),
    ("Which startups have one profiled chip?", {"Cerebras Systems", "Groq", "SambaNova Systems", "d-Matrix", "Mythic"}),
    ("Which megacap players have one chip?", (REFUSE, "profiled chips")),
    ("Which companies have one GPU?", (REFUSE, "profiled chips")),
    ("Which hyperscalers have one chip?", (REFUSE, "profiled chips")),
    ("Which hyperscalers have just one chip?", (REFUSE, "profiled chips")),
    (
        "Which vendors offer one chip?",
        (REFUSE, "profiled chips"),
    ),
    (
        "Which vendors have one chip with SRAM?",
        {"Meta", "Intel", "Groq", "SambaNova Systems", "d-Matrix", "Qualcomm", "Mythic", "IBM"},
    ),
    (
        "Which vendors have one chip that uses SRAM?",
        {"Meta", "Intel", "Groq", "SambaNova Systems", "d-Matrix", "Qualcomm", "Mythic", "IBM"},
    ),
    (
        "Which vendors have one ASIC?",
        (REFUSE, "profiled chips"),
    ),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_answered_right(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
