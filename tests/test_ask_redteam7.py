"""Red team 4's wrong answers (/work/brief/redteam4-wrong.md, classes R2, R3, R6, R10, R11, R12,
R15, R20), fixed by mechanism, each with paraphrases and near misses that must keep their answers.

- R3: a qualifier the graph does not record ("host", "bidirectional", "large-scale", "available",
  "typical" before a figure's name) was a filler, so it carried the whole question away: "which
  chips have a host interface" listed all 24 chips, "which chips have a nominal clock" every chip
  with a clock. Where it would be the only condition, the question is refused naming it; beside a
  condition with a value ("connect to the host over PCIe 4.0") it still changes nothing.
- R6: "who makes HBM" (a technology as what is made) answered the designers of the chips that use it.
- R20: "the interconnect / network / bidirectional / host bandwidth of X" answered X's memory bandwidth.
- R15: "from 64 GB up to 128 GB" was read as "= 64 GB and <= 128 GB".
- R2: "strictly", "merely" beside a name ("strictly for inference") were dropped: an "only".
- R11: "in-memory" was read as "in" and "memory": every chip with a memory figure.
- R12: "tiles" counted any compute unit (the CS-3's cores, the Corsair's DIMCs).
- R10: "thousands" (recorded as over 1,000) was read as at most 2,000 in lists and superlatives.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM_64_128 = {"SambaNova SN40L", "AWS Trainium2", "Intel Gaudi 3", "Google Trillium TPU"}  # l.131, 75, 55, 63
IN_MEMORY = {"Mythic M2000", "d-Matrix Corsair C8"}  # l.167 analog compute-in-memory, l.173 digital in-memory
PCIE4 = {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"}  # l.107, 183

QUALIFIERS: list[tuple[str, object]] = [
    ("which chips are for large-scale deployments", (REFUSE, "large scale")),
    ("which chips handle large models", REFUSE),
    ("which chips can handle large models", REFUSE),
    ("which chips are for large models", REFUSE),
    ("which chips have a host interface", REFUSE),
    # refused first as a bandwidth of memory or of links, over chips no name narrows (red team 53)
    ("which chips have bidirectional bandwidth", (REFUSE, "of memory or of a link")),
    ("which chips have a nominal clock", (REFUSE, "nominal")),
    ("which chips have a nominal clock speed", REFUSE),
    ("which chips have a typical power consumption", (REFUSE, "typical")),
    ("which chips have a typical power", REFUSE),
    ("which chips have an estimated transistor count", (REFUSE, "estimated")),
    ("which chips have an approximate transistor count", REFUSE),
    ("which chips are available", (REFUSE, "available")),
    ("which chips are currently available", REFUSE),
    ("which chips scale", REFUSE),
    ("which chips can scale", REFUSE),
    ("which chips have large dies", REFUSE),
    ("which chips are platforms", REFUSE),
    ("which chips are complete platforms", REFUSE),
    ("which chips have a memory hierarchy", REFUSE),
    # the format family's words name its formats (session 55)
    (
        "which chips support floating-point",
        {"AWS Trainium2", "Groq LPU", "Intel Gaudi 3", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("which chips have big hbm", REFUSE),
    ("which chips have a big power budget", REFUSE),
    ("how many chips have a typical power figure", REFUSE),
    ("is the e75's power typical?", REFUSE),
    ("how many chips are mentioned in passing", (REFUSE, "in passing")),
    # near misses: beside a condition with a value, or of one chip's figure, the word changes nothing
    ("which chips have a clock speed", 6),
    ("which chips are mentioned only in passing", 6),
    ("Which chips are stated to attach to the host over PCIe 4.0?", PCIE4),
    ("which chips connect to the host over pcie 4.0", PCIE4),
    ("What typical power consumption is quoted for the Mythic M2000?", "nominal about 4 watts"),
    ("what is the nominal clock of northpole", "nominal 400 MHz"),
    ("What per-GPU bidirectional NVLink throughput is stated for Blackwell?", "1.8 TB/s, bidirectional"),
    ("Does the Mythic M2000 draw more than 10 W in typical operation?", False),
    (
        "which chips can handle both training and inference",
        {"Cerebras CS-3", "Google Trillium TPU", "Nvidia Blackwell GPU", "SambaNova SN40L"},
    ),
    # a figure's phrasing said of a range: the MTIA v2's 90 W (l.89) is not said to be typical
    ("which chips have a typical power under 100 W", (REFUSE, "typical")),
    ("does the e75 have a typical power under 100 W", REFUSE),
    ("which chips under 100 W have SRAM", {"Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000"}),
    ("how many chips draw under 100 W", "3"),
]

MAKERS: list[tuple[str, object]] = [
    ("who makes hbm", (REFUSE, "makers")),
    ("which company makes hbm", REFUSE),
    ("who makes hbm3", REFUSE),
    ("who makes lpddr5x", REFUSE),
    ("which companies make lpddr memory", REFUSE),
    ("who makes sram", REFUSE),
    ("who makes risc-v", REFUSE),
    ("who makes pcie", REFUSE),
    ("which companies make pcie 4.0", REFUSE),
    ("who makes ethernet", REFUSE),
    ("who makes roce", REFUSE),
    ("who makes the memory for trillium", REFUSE),
    ("who made gemini", REFUSE),  # it answered Trillium's designer
    # near misses: chips said, the designers of the chips that have it
    ("who makes hbm chips", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
    ("which companies make chips with hbm", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
    ("which vendors use hbm", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
    ("who designs chips that use pcie", {"Intel", "Mythic", "Qualcomm", "Tenstorrent"}),
    ("which foundry makes the m4", "TSMC"),
]

LINK_BANDWIDTH: list[tuple[str, object]] = [
    ("what is the interconnect bandwidth of gaudi 3", (REFUSE, "link")),
    ("what is the interconnect bandwidth of trillium", REFUSE),
    ("what is the network bandwidth of trillium", REFUSE),
    ("what is the bidirectional bandwidth of gaudi 3", REFUSE),
    ("what is the bidirectional bandwidth of trillium", REFUSE),
    ("what is the host bandwidth of the ai 100 ultra", REFUSE),
    ("trillium interconnect bandwidth", REFUSE),
    ("which chips have a host bandwidth above 100 GB/s", REFUSE),
    (
        "which chips have a memory bandwidth above 100 GB/s",
        {"Google Trillium TPU", "Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"},
    ),
    # near misses: the memory's bandwidth, a link named
    ("what is the memory bandwidth of gaudi 3", "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"),
    ("gaudi 3 hbm bandwidth", "3.7 TB/s"),
    ("blackwell nvlink bandwidth", "1.8 TB/s, bidirectional"),
    ("what is the bidirectional nvlink bandwidth of blackwell", "1.8 TB/s, bidirectional"),
]

RANGES: list[tuple[str, object]] = [
    ("which chips have from 64 GB up to 128 GB of hbm", HBM_64_128),
    ("how many chips have from 64 GB up to 128 GB of hbm", "4"),
    ("which chips have 64 GB up to 128 GB of hbm", HBM_64_128),
    ("which chips have from 64 GB to 128 GB of hbm", HBM_64_128),
    ("which chips have from 96 GB up to 128 GB of hbm", HBM_64_128 - {"SambaNova SN40L"}),
    # l.153 1.2 GHz, l.179 1 and 1.2 GHz, l.89 1.35 GHz
    (
        "which chips run from 1 GHz up to 1.35 GHz",
        {"Groq LPU", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150", "Meta MTIA v2"},
    ),
    ("which chips use from 75 W up to 90 W", {"Tenstorrent Grayskull e75", "Meta MTIA v2"}),
    ("which chips use from 50 W up to 100 W", {"Tenstorrent Grayskull e75", "Meta MTIA v2"}),
    ("which chips are on from 5nm up to 7nm", 9),  # six 7nm, the 6nm Corsair, two 5nm (l.55, 81)
    # near misses: "between", two limits, "up to" alone, a ranking "from ... to ..."
    ("which chips have between 64 GB and 128 GB of hbm", HBM_64_128),
    ("which chips have at least 64 GB up to 128 GB of hbm", HBM_64_128),
    ("does the m4 run up to 4 GHz", False),
    ("which chips come from TSMC", 5),
]

ONLY: list[tuple[str, object]] = [
    ("which chips are strictly for inference", (REFUSE, "'only'")),
    ("which chips are for inference, strictly", REFUSE),
    ("which chips are merely inference", REFUSE),
    ("which chips are just for inference", REFUSE),
    ("is the groq lpu strictly for inference", REFUSE),
    # near misses: "strictly" of a comparison, of the source; "merely" in a "not merely"
    ("Which chips have a stated clock speed strictly above 1 GHz?", 4),
    ("which chips run at strictly more than 1 GHz", 4),
    (
        "How many chips does the article describe as handling both training and inference (not merely one of the two)?",
        "4",
    ),
    ("which chips are for inference", 13),
]

IN_MEMORY_CASES: list[tuple[str, object]] = [
    ("which chips are in-memory accelerators", IN_MEMORY),
    ("which chips are in-memory", IN_MEMORY),
    ("how many chips are in-memory", "2"),
    # the technique, which l.185 credits to Grayskull too: refused (red team 10 R11, test_ask_known_wrong6)
    ("which chips do in-memory compute", (REFUSE, "technique")),
    ("does the corsair use in-memory computing", (REFUSE, "technique")),
    ("which chips have sram", 10),  # near miss: memory alone
]

TILES: list[tuple[str, object]] = [
    ("how many tiles does the cs-3 have", REFUSE),  # 900,000 cores (l.139), no tiles
    ("how many tiles does the corsair have", REFUSE),  # 2,048 DIMCs (l.173)
    ("which chips have tiles", {"Mythic M2000"}),  # 108 AMP tiles (l.163)
    ("which chip has the most tiles", REFUSE),  # the CS-3, the Corsair and others count other units
    ("does the cs-3 have more tiles than the m2000", REFUSE),
    ("which has more tiles, m2000 or corsair", REFUSE),
    ("which chips have more than 100 tiles", {"Mythic M2000"}),
    # near misses: the M2000's tiles, and cores
    ("how many tiles does the m2000 have", "108 AMP tiles"),
    ("m2000 tile count", "108 AMP tiles"),
    ("how many amp tiles are in mythic's m2000?", "108 AMP tiles"),
    ("how many cores does the cs-3 have", "900,000 AI-optimized cores"),  # "the most cores": THOUSANDS
]

# R10: "thousands" (l.57, 67, 151) is recorded as a lower bound of 1,000 with its word
# (ck:statedMagnitude): it may be anywhere in its decade, not only up to twice 1,000
THOUSANDS: list[tuple[str, object]] = [
    ("which chips scale to more than 5000 units", REFUSE),
    ("which chips scale to more than 2500 chips", REFUSE),
    ("which chips scale to more than 3000 units", REFUSE),
    ("which chips scale to at least 4000 chips", REFUSE),
    ("how many chips scale to more than 5000 units", REFUSE),
    ("besides the cs-3, which chip has the most cores", REFUSE),  # Corsair 2,048 DIMCs vs Groq thousands
    ("which chips have more than 3000 cores", REFUSE),
    ("which chips have more than 2500 processing units", REFUSE),
    ("how many chips have more than 3000 cores", REFUSE),
    # near misses: beyond the decade, below the number, the most of the whole field
    ("which chips scale to more than 20000 units", {"AWS Trainium2"}),  # up to 100,000 (l.75)
    ("which chips have more than 20000 cores", {"Cerebras CS-3"}),  # 900,000 (l.139)
    ("which chip has the most cores", "Cerebras CS-3"),
    ("does the groq lpu have more than 500 processing units", True),
    ("which chips have more than 500 cores", {"Cerebras CS-3", "Groq LPU", "SambaNova SN40L", "d-Matrix Corsair C8"}),
]

CASES = QUALIFIERS + MAKERS + LINK_BANDWIDTH + RANGES + ONLY + IN_MEMORY_CASES + TILES + THOUSANDS


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_4_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)  # an int: how many chips the list holds


def test_case_count():
    assert len(CASES) == 123
