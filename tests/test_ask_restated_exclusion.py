"""``chipkg ask``: an exclusion, in a parenthesis or a closing clause, of what the answer already excludes.

"(chips whose SRAM size is not given are left out)", "(so a chip whose HBM capacity is not given does
not qualify)", ", omitting any 7 nm chip for which no clock is stated", "(the Cloud AI 100 Ultra's 150 W
is a per-card rating and would not qualify anyway)", "(the die-to-die figure in TB/s, not the NVLink
number)", "(the Neural Engine only, not the CPU or GPU)" were refused as "a negation inside a
parenthesis", "negate one thing twice" or "cannot say what a chip does not have". Each excludes what
the answer leaves out anyway; each is read and checked against the frame or the graph, never dropped
unread, and refused where the exclusion is not already what the answer does:

- chips with no figure of a measure left out (remarks.figureless_left_out, in a parenthesis or as the
  last clause after a comma: remarks.comma_asides): every list, count, ranking and most leaves such a
  chip out, if it compares that measure with no negation (check "given") and the memory said with it
  ("present"); the two negations ("not given ... does not qualify") are no double negation
  (checks._negated_twice);
- one chip's figure said to be of another scope and left out (asides._scope_said_excluded), beside a
  question that says "per chip": read as that figure set aside, checked in the graph (the chip must
  have that figure of that scope);
- the die-to-die link said first, NVLink set aside (asides._set_aside_checked): the link meant read
  in place where the question names none, NVLink set aside and checked against the figures answered;
- a chip part said again with kinds of processor it is not (asides._other_parts_aside): the part's own
  figure is asked (checks "value" and "present"); a kind it is, or the chip named instead, refused.

Graph: clocks M4 up to 3.5 GHz, MTIA v2 1.35, Groq LPU 1.2 (TSMC: M4, LPU); SRAM per chip on 7 nm
MTIA v2 256 MB, AI 100 Ultra 144 MB, LPU 128 MB (SN40L none); power per chip e150 200 W, MTIA v2 90 W,
e75 75 W, M2000 about 4 W, the AI 100 Ultra 150 W per card; Blackwell die-to-die 10 TB/s, NVLink 5
1.8 TB/s; the M4 Neural Engine 16 cores (a ck:ChipComponent, an NPU).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SRAM_7NM = ["Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # chips with no figure of the measure compared: left out by the answer anyway
        ("Which chip has the highest clock speed (chips whose clock is not stated are left out)?", "Apple M4"),
        (
            "Rank the 7nm chips by SRAM capacity per chip (any chip whose SRAM capacity is not given does not qualify).",
            SRAM_7NM,
        ),
        (
            "How many chips have more than 100 MB of on-chip SRAM (a chip whose SRAM capacity isn't given doesn't qualify)?",
            "5",
        ),
        # the same as a closing clause
        (
            "Rank the TSMC chips by clock speed, omitting any TSMC chip whose clock is not stated.",
            ["Apple M4", "Groq LPU"],
        ),
        # one chip's figure of another scope than the per-chip figures asked
        (
            "Which chip draws the least power per chip (the Cloud AI 100 Ultra's 150 W is a per-card figure and doesn't count)?",
            "Mythic M2000",
        ),
        (
            "Which chip draws the most power per chip (the Cloud AI 100 Ultra's 150 W is a per-card rating and would not qualify)?",
            "Tenstorrent Grayskull e150",
        ),
        # the link meant said first, another link set aside
        (
            "What is the bandwidth of Blackwell's interconnect (the die-to-die figure, not the NVLink number)?",
            "10 TB/s",
        ),
        # a chip part said again, kinds of processor it is not set aside
        (
            "What is the core count of the Apple M4 Neural Engine (the Neural Engine only, not the CPU)?",
            "16 cores (neural engine cores)",
        ),
    ],
)
def test_an_exclusion_the_answer_already_makes_is_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the answer does not rest on the measure: leaving figureless chips out would narrow it
        ("Which chips use HBM (chips whose HBM capacity is not given are left out)?", "does not rest on that figure"),
        (
            "Rank the chips by clock speed (chips whose power is not given are left out).",
            "does not rest on that figure",
        ),
        ("Rank the TSMC chips by clock speed, omitting any TSMC chip whose power is not stated.", "does not rest on"),
        # a memory other than the one measured
        ("Rank the chips by SRAM capacity (chips whose HBM capacity is not given are left out).", ""),
        # a chip's figure of the scope asked: leaving it out is no restatement
        (
            "Which chips draw less than 100 W per chip (the MTIA v2's 90 W is a per-card rating and would not qualify anyway)?",
            "not of the scope said",
        ),
        (
            "Which chip draws the most power per chip (the Grayskull e150's 200 W is a per-card rating and would not qualify)?",
            "",
        ),
        # a figure the chip does not have
        (
            "Which chip draws the most power per chip (the Cloud AI 100 Ultra's 90 W is a per-card rating and would not qualify)?",
            "",
        ),
        # no "per chip" in the question: the per-card figure would count, so leaving it out is an exclusion
        (
            "Which chips draw less than 200 W (the Cloud AI 100 Ultra's 150 W is a per-card figure and doesn't count)?",
            "",
        ),
        # red team 24 W2: the question says what the link joins, the parenthesis names another link
        (
            "What is the bandwidth of the link joining Blackwell's two dies (the NVLink figure, not the die-to-die number)?",
            "",
        ),
        (
            "What is the bandwidth of Blackwell's GPU-to-GPU interconnect (the die-to-die figure, not the NVLink number)?",
            "",
        ),
        # the one figure answered is the one set aside
        ("What is the bandwidth of Blackwell's interconnect (the die-to-die figure, not the 10 TB/s number)?", ""),
        # the chip named, not the part: every part's cores would be answered
        ("How many cores does the Apple M4 have (the Neural Engine only, not the CPU or GPU)?", ""),
        # a kind the part is
        ("How many cores does the Apple M4 Neural Engine have (the Neural Engine only, not the NPU)?", ""),
        # the part said again beside a list: "only" would say a chip has nothing else
        ("Which chips have more than 10 cores (the Neural Engine only, not the CPU or GPU)?", ""),
    ],
)
def test_an_exclusion_the_answer_does_not_make_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
