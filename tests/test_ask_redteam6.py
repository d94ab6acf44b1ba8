"""Red team 4's classes R16, R1 and R21 (/work/brief/redteam4-wrong.md, e861896), fixed by mechanism,
each with the report's questions, paraphrases and near misses that must keep their answers.

- R16: "is X the <superlative> <kind>?", "does X have the most ...", "is X in the top 3 by ..." took
  the one chip named as the whole field of the superlative (or dropped the superlative) and answered
  X's own figure. Now: the top of the field the rest of the question defines, told as "which ..."
  tells it, and whether X is in it (false when X is ruled out of the field or decidedly behind).
- R1: "does the M4 have 10 CPU cores?" was refused because its other kinds of count (12 GPU cores)
  were held against the CPU-core count.
- R21: "can the M4 reach 3.5 GHz", "does Blackwell scale to 576 GPUs" asked "= X" of an "up to X"
  figure; "reach" asks whether the figure reaches the number, as "up to" in a yes/no does.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

# R16. Power: e150 200 W (l.183), e75 75 W (l.183, data center l.185), AI 100 Ultra 150 W per card
# (l.105), Mythic M2000 about 4 W (l.165). SRAM: Corsair 2 GB (l.173), MTIA v2 256 MB (l.89), NorthPole
# 192 MB (l.113), AI 100 Ultra 144 MB (l.103), Groq LPU 128 MB (l.153). Transistors: CS-3 4 trillion
# (l.139), NorthPole 22 billion (l.113), Blackwell 208 billion, a GPU (l.41).
LEADS: list[tuple[str, object]] = [
    ("is the e150 the lowest power data center chip", False),
    ("According to the article, is the e150 the lowest-power data center chip?", False),
    ("is the groq lpu the 7nm chip with the most sram", False),
    ("is the ai 100 ultra the 7nm chip with the most sram", False),
    ("is the e150 the startup chip with the lowest power", False),
    ("is the groq lpu the chip with the most sram", False),
    ("does the groq lpu have the most sram", False),
    ("does the corsair have the most cores", False),
    ("is trainium2 the chip with the most hbm", False),
    ("is northpole the chip with the most transistors", False),
    ("is the mtia v2 the 7nm chip with the most cores", False),
    ("is the e75 the inference chip with the most power", False),
    ("does the m4 have the most memory bandwidth", False),
    ("is northpole the chip with the highest clock", False),
    ("does the e150 have the least power", False),
    ("is the chip with the most transistors the groq lpu", False),  # over 20 billion: no contender
    ("is gaudi 3 the 7nm chip with the most power", False),  # 5nm (l.53): not in the field
    ("is the groq lpu in the top 3 by sram", False),
    ("is the groq lpu among the top 3 chips by sram", False),
    ("is the groq lpu one of the top 3 chips by sram", False),
    # a card's 150 W is not set against chips' watts: refused, never answered with the card's figure
    ("is the ai 100 ultra the lowest power data center chip", REFUSE),
    ("does the ai 100 ultra use the most power", REFUSE),
    ("is the e75 in the top 3 by power", REFUSE),  # the card's 150 W might or might not be above it
    ("is the e150 among the top 3 chips by power", REFUSE),  # the card's 150 W is in the top 3
    # the SN40L's 1.5 TB leads per chip (l.131), the CS-3's system holds up to 1,200 TB (l.141)
    ("does the sn40l have the most memory", REFUSE),
    ("is the cs-3 the chip or system with the most memory", REFUSE),  # red team 46 E: memories of no size
    ("is the groq lpu the slowest data center chip", REFUSE),  # by which figure?
    # a yes/no whether it leads, said otherwise: refused, never answered with the chip's own figure
    ("is the groq lpu number one in sram", REFUSE),
    ("does the groq lpu rank highest by sram", REFUSE),
    ("is the groq lpu top for sram", REFUSE),
    ("the groq lpu has the most sram?", False),
    ("what rank is gaudi 3 in hbm", REFUSE),  # a ranking of one chip
    ("is the mi350 the chip with the most sram", REFUSE),  # no SRAM figure for the MI350
    # near misses: the top itself, asked and checked
    ("which chip has the most transistors", "Cerebras CS-3"),
    ("is the CS-3 the chip with the most transistors", True),
    ("Is the CS-3 the chip with the most transistors?", True),
    ("does the cs-3 have the most transistors of any chip", True),
    ("is the chip with the most transistors the cs-3", True),
    ("is the e75 the lowest power data center chip", True),
    ("which is the lowest power data center chip", "Tenstorrent Grayskull e75"),
    (
        "is the mtia v2 the 7nm chip with the most sram",
        REFUSE,
    ),  # red team 46 E: an SRAM of no size (the SN40L's) leaves a yes/no of the most untold
    (
        "does the corsair have the most sram",
        REFUSE,
    ),  # red team 46 E: an SRAM of no size (the SN40L's) leaves a yes/no of the most untold
    ("is the corsair in the top 3 by sram", True),
    ("is blackwell the gpu with the most transistors", True),
    ("does blackwell have the most transistors among gpus", True),  # the class after "among" is the field
    ("is the m2000 the startup chip with the lowest power", True),
    ("what is the maximum power of the e150", "200 W"),  # a figure's own maximum, not a superlative
    # asked yes/no, never answered with a table (red team 17 class 3, parse.frames.yes_no_kept): "yes,
    # 200 W" is not read yet, so it is refused; "what is the maximum power of the e150" answers it
    ("does the e150 have a maximum power", REFUSE),
    ("which chip is number one in sram", "d-Matrix Corsair C8"),
    ("the cs-3 has the most transistors?", True),
]

# R1. The M4: 10 CPU cores of 4 high-performance and 6 efficiency cores, 12 GPU cores, 16 Neural
# Engine cores (l.119); Gaudi 3: 8 matrix math engines and 64 TPCs per chip, 4 and 32 per die (l.53)
COUNTS: list[tuple[str, object]] = [
    ("does the m4 have 10 CPU cores?", True),
    ("does the m4 have ten cpu cores", True),
    ("does the m4 have 4 high-performance cores", True),
    ("does the m4 have four performance cores", True),
    ("does the m4 have 6 efficiency cores", True),
    ("does the m4 have 12 gpu cores", True),
    ("does the m4 have fewer than 12 cpu cores", True),
    ("does gaudi 3 have 8 matrix math engines", True),
    ("which chip has 10 cpu cores", "Apple M4"),
    ("which chip has 12 gpu cores", "Apple M4"),
    # near misses
    ("does the m4 have 12 cpu cores", False),
    ("does the m4 have 5 performance cores", False),
    ("does the m4 have 16 neural engine cores", True),
    ("does gaudi 3 have 64 tpcs", True),
    ("does the m4 have 10 cores", REFUSE),  # which count: 10 CPU, 12 GPU or 16 Neural Engine cores?
    ("does the m4 have fewer than 10 cores", REFUSE),
]

# R21. The M4 "up to 3.5 GHz" (l.119) and "up to 100 GB/s" (l.121); Corsair "up to 9600 TFLOPS"
# (l.173); Groq LPU "up to 1 PetaOPS" (l.153); Blackwell "up to 576 GPUs" (l.41); Trainium2 "up to
# 100,000 chips" (l.75)
REACH: list[tuple[str, object]] = [
    ("can the m4 reach 3.5 ghz", True),
    ("does the m4 reach 3.5 ghz", True),
    ("can the corsair reach 9600 tflops", True),
    ("can the groq lpu reach 1 petaops", True),
    ("does the groq lpu reach 1000 tops", True),
    ("does the m4 reach 100 gb/s of memory bandwidth", True),
    ("does blackwell scale to 576 gpus", True),
    ("can blackwell scale to 500 gpus", True),
    ("does trainium2 scale to 100k chips", True),
    # near misses: beyond the peak, an explicit comparator, "up to" itself
    ("can the m4 reach 4 ghz", False),
    ("does blackwell scale to 1000 gpus", False),
    ("can the m4 reach more than 3 ghz", True),
    ("does the m4 run up to 3.5 ghz", True),
    ("can the m4 reach exactly 3.5 ghz", REFUSE),  # "up to 3.5 GHz" is no exact figure
    ("does the m4 run at 3.5 ghz", REFUSE),
    # a measure's words that say a scope ("chips per pod") are not kept by its range: Trillium's pod
    # is up to 256 (l.65), its cluster "over 1,000" would decide any number of chips per pod
    ("Does Trillium scale to 512 chips per pod?", REFUSE),
    ("does trillium scale to more than 300 chips per pod", REFUSE),
    ("does trillium scale up to 512 chips per pod", REFUSE),
]

CASES = LEADS + COUNTS + REACH


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_redteam4_r16_r1_r21_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_reading_names_the_field_and_the_leader(ask_json):  # noqa: ANN001
    """A 'false' says who leads the field and the chip's own figure, so the reader sees why."""
    data = check(ask_json, "is the e150 the lowest power data center chip", False)
    assert "Tenstorrent Grayskull e75: 75 W" in data["reading"]
    assert "Tenstorrent Grayskull e150: 200 W" in data["reading"]
    assert "workload data center" in data["reading"]
