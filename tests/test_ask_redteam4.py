"""Wrong answers (exit 0) red team 3 found in ``chipkg ask``, classes N1, N2, N3, N5, N6, N8, N11-N16
of /work/brief/redteam3-wrong.md: each question of the report, with paraphrases, must now be
answered right (checked against the article, line numbers given) or refused.

- N1: "how many <noun>" whose noun is no kind of chip or organization ("references", "claims",
  "ports", "watts") counted every chip, or the chips having a figure of that name.
- N2: a pronoun ("its power", "who makes it", "which of them") with nothing in the question to refer
  to was dropped, and the answer covered every chip.
- N3: "<org class>-designed <chips>" listed the organizations, not the chips.
- N5, N6: "RISC-V cores", "SRAM per DIMC": a component or unit read as an architecture constraint
  that the value query then lacks.
- N8: the "AI accelerators" ambiguity was checked for chips but not on the organization path.
- N11: half of a two-part question dropped ("the SRAM and HBM of Gaudi 3" answered yes/no).
- N12: "which parts does the M2000 have" read "parts" as chips.
- N13: "which chips contain a GPU" listed the chips that are GPUs.
- N14: "how fast are gaudi 3's ethernet ports" answered the port count.
- N15: "which chips have die-to-die bandwidth" read as "a die-to-die link and a memory bandwidth".
- N16: per-core SRAM blocked "least" but not "most".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered_or_refused, check, column

N1: list[tuple[str, object]] = [
    ("how many references does the article have", REFUSE),  # 6 references (l.206-211), not chips
    ("how many claims are there", REFUSE),
    ("how many features are there", REFUSE),
    ("how many models does the article mention", REFUSE),
    ("how many figures are there", REFUSE),
    ("how many figures does the article mention", REFUSE),
    ("how many numbers are there", REFUSE),
    ("how many notes are there", REFUSE),
    ("how many platforms are there", REFUSE),
    ("how many families are there", REFUSE),
    ("how many units are there", REFUSE),
    ("how many mentions are there", REFUSE),
    ("how many ports are there", REFUSE),  # Gaudi 3 alone has 24 (l.55)
    ("how many dies are there", REFUSE),
    ("how many lanes are there", REFUSE),
    ("how many memories are there", REFUSE),
    ("how many watts are there", REFUSE),
    ("how many nanometers are there", REFUSE),
    ("how many gigahertz are there", REFUSE),
    ("how many teraflops are there", REFUSE),
    ("how many ultraclusters are there", REFUSE),
    # paraphrases
    ("how many sources does the article cite", REFUSE),
    ("how many transistors are there", REFUSE),
    ("how many cores are there in total", REFUSE),
    # near misses that still count
    ("how many chips are there", "24"),
    ("how many chips does the article mention", "24"),
    ("how many gpus are there", "6"),
    ("how many ports does gaudi 3 have", "24 ports"),
]

N2: list[tuple[str, object]] = [
    ("what about its power?", REFUSE),
    ("and how much sram does it have?", REFUSE),
    ("and its clock speed", REFUSE),
    ("and its transistor count?", REFUSE),
    ("who makes it?", REFUSE),
    ("how many does it have?", REFUSE),
    ("and which of them use hbm?", REFUSE),
    # "these", "those" with nothing named mean the article's chips (held-out sets 3 and 4 ask so)
    ("which of these has the most sram?", "d-Matrix Corsair C8"),
    # paraphrases
    ("what is its process node", REFUSE),
    ("does it use hbm?", REFUSE),
    ("how much power do they use?", REFUSE),
    ("which of those is made by TSMC?", REFUSE),  # "those" refers back, as "them" does (red team 15 W5)
    ("who designed that one?", REFUSE),
    ("what's their memory bandwidth", REFUSE),
    # a pronoun with its referent in the question still reads
    (
        "which companies are building their chips on 7 nm?",
        {"AWS", "Cerebras Systems", "Groq", "Meta", "Qualcomm", "SambaNova Systems"},
    ),
    (
        "sort these by process node smallest first: gaudi 3, m4, northpole, groq lpu",
        ["Apple M4", "Intel Gaudi 3", "Groq LPU", "IBM NorthPole"],
    ),
    ("how many of these chips are made on a 7 nanometer process?", "6"),
    ("what is the m4's process node and who makes it", REFUSE),  # two questions
    ("does the groq lpu use sram, and how much of it", "128 MB"),  # l.151,
]

N3: list[tuple[str, object]] = [
    # megacaps: the GPUs for inference are the MI350 and Blackwell (l.41, l.47)
    ("Which megacap-designed GPUs are for inference?", {"AMD Instinct MI350", "Nvidia Blackwell GPU"}),
    ("Among hyperscaler-designed accelerators built on 7nm or smaller, which ones use HBM?", {"AWS Trainium2"}),  # l.75
    ("which startup-designed chips use sram", None),  # filled below: the chips, never organizations
    ("which hyperscaler-made chips are for training", None),
    ("which foundry-made chips are 7nm", REFUSE),  # not TSMC (an organization), nor every 7nm chip
    # the plain form, answered before; without the hyphen the organizations are asked for
    ("which hyperscalers design chips", None),
    ("which startups make chips with sram", None),
    ("which GPUs designed by megacaps are for inference", {"AMD Instinct MI350", "Nvidia Blackwell GPU"}),
]

N5_N6: list[tuple[str, object]] = [
    ("how many RISC-V cores does the m2000 have", REFUSE),  # one RISC-V nano-processor per tile (l.163)
    ("How many RISC-V cores does the e150 have?", REFUSE),  # five per Tensix core (l.181)
    ("how many risc-v cores does grayskull have", REFUSE),
    ("what is the corsair's sram per dimc", REFUSE),  # 2 GB per chip (l.173), nothing per DIMC
    ("how much sram does each dimc have", REFUSE),
    ("how much sram does the corsair have per dimc", REFUSE),
    ("what's the sram of each dimc in the corsair", REFUSE),
    # near misses: 'by' ranks, it is no unit scope
    ("rank the 7nm chips by SRAM, biggest first", ["Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"]),
    ("how many risc-v processors does the e75 have", "5 RISC-V processors, per core"),
    ("what is the corsair's sram", "2 GB"),
]

N8: list[tuple[str, object]] = [
    ("which companies make ai accelerators", REFUSE),
    ("how many companies make ai accelerators", REFUSE),
    ("which megacaps design ai accelerators", REFUSE),
    ("who designs ai accelerators", REFUSE),
    ("which ai accelerators does nvidia make", REFUSE),
    # 'AI accelerators' that constrain no chip of the organizations' change nothing
    ("who did Intel buy to get into AI accelerators?", {"Habana Labs"}),
]

N11: list[tuple[str, object]] = [
    ("Give me the SRAM and HBM of Gaudi 3", REFUSE),  # 96 MB SRAM, 128 GB HBM (l.53-55): two figures
    ("What process node and foundry does the M4 use?", REFUSE),  # 3nm, TSMC (l.119): two things
    ("What is Gaudi 3's SRAM per die and in total?", REFUSE),  # 48 MB per die, 96 MB (l.53)
    ("show me the sram and hbm of gaudi 3", REFUSE),
    ("what node and foundry does the m4 use", REFUSE),
    # near misses
    ("does gaudi 3 have SRAM and HBM?", True),
    ("what is the process node of the M4?", "3nm"),
    ("what is gaudi 3's sram per die", "48 MB, per die"),
]

N12_N16: list[tuple[str, object]] = [
    ("which parts does the m2000 have", None),  # five components, or refused
    ("what parts does the m2000 include", None),
    ("which chips contain a gpu", None),  # M4 and Snapdragon 8 Gen 3 (l.97, l.119), or refused
    ("which chips have a gpu inside", None),
    ("how fast are gaudi 3's ethernet ports", None),  # 200 GbE (l.55), or refused
    ("which chips have die-to-die bandwidth", REFUSE),  # Blackwell's 10 TB/s (l.41) is the only one
    ("die to die bandwidth", REFUSE),
    ("pcie 5.0 bandwidth", REFUSE),
    ("ethernet bandwidth", REFUSE),
    ("roce speed", REFUSE),
    # Grayskull e150: up to 1.5 MB per Tensix core x 120 (l.179-185): the most cannot be told
    ("which data center chip has the most on-chip memory", REFUSE),
    ("Among chips for data centers, which has the most SRAM?", REFUSE),
    ("Among chips for data centers, which has the least SRAM?", REFUSE),
    # near misses
    ("what is the port speed of gaudi 3", "200 Gigabit, per port"),
    ("Which chip does the article describe as a Language Processing Unit?", "Groq LPU"),
    ("how fast is blackwell's nvlink?", "1.8 TB/s, bidirectional"),
]

# questions whose right answer is either a refusal or exactly this set of first-column values
EITHER: dict[str, set[str]] = {
    "which startup-designed chips use sram": {
        "Groq LPU",
        "Mythic M2000",
        "SambaNova SN40L",
        "Tenstorrent Grayskull e75",
        "Tenstorrent Grayskull e150",
        "d-Matrix Corsair C8",
    },
    "which hyperscaler-made chips are for training": {
        "AWS Trainium2",
        "Google Trillium TPU",
        "Microsoft Maia 100",
    },
    "which hyperscalers design chips": {"Amazon", "Google", "Meta", "Microsoft"},
    "which startups make chips with sram": {"Groq", "Mythic", "SambaNova Systems", "Tenstorrent", "d-Matrix"},
    "which parts does the m2000 have": {
        "Mythic M2000 Analog Compute Engine",
        "Mythic M2000 AMP tile",
        "Mythic M2000 network-on-chip router",
        "Mythic M2000 RISC-V nano-processor",
        "Mythic M2000 SIMD vector engine",
    },
    "what parts does the m2000 include": set(),
    "which chips contain a gpu": {"Apple M4", "Qualcomm Snapdragon 8 Gen 3"},
    "which chips have a gpu inside": {"Apple M4", "Qualcomm Snapdragon 8 Gen 3"},
    # the port's own figure, with its scope (session 34: "how fast" asked of ports is the port speed)
    "how fast are gaudi 3's ethernet ports": {"200 Gigabit, per port"},
}

CASES = N1 + N2 + N3 + N5_N6 + N8 + N11 + N12_N16


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_3_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    if expected is not None:
        check(ask_json, question, expected)
        return
    data = answered_or_refused(ask_json, question)
    if data is not None:
        right = EITHER[question]
        assert right, f"only a refusal is right: {data}"
        assert set(column(data)) == right, data
