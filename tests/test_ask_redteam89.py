"""Red team 89 (at 5eb428c): 63 wrong answers, all of scope. A figure of a platform, a system, a
cluster or of no stated scope was answered as one chip's where the question said one chip in words
the per-chip reading did not know. Each class is refused now; near misses keep their answers.

A. "one / a single / each / every / an individual" before a chip's name (or its name and kind,
   "a single SN40L RDU"): one unit's figures only. The SN40L's multi-trillion-parameter models are
   the SambaNova platform's (ck:PerPlatform, a group scope: l.133); Blackwell's "scaling up to 10
   trillion parameters" is the family's, no scope stated (l.41).
B. "per processor", "per RDU", "per wafer-scale chip": one chip, as "per chip" is.
C. "on one GPU", "a single accelerator", "using one chip", "in a single device": one chip, not a
   kind of chip.
D. "CS-3 memory (not per system)": one chip's memory asked; the per-system 1,200 TB set aside.
E. "how big a model can the SambaNova platform run": a figure asked, never a list of chips.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

WRONG_BEFORE = [
    # A
    "what is the max model size of one Blackwell GPU",
    "what is the maximum model size of each Blackwell GPU",
    "What parameter count can an individual Blackwell GPU handle?",
    "Blackwell max model size, one GPU",
    "Blackwell parameter limit for one GPU",
    "blackwell single gpu max params",
    "what is the max model size of one SN40L",
    "how big a model can a single SN40L handle",
    "what's the largest model a single SN40L RDU can run",
    "does each SN40L handle over 1 trillion parameters",
    "does each Blackwell GPU support 10 trillion parameters",
    "does every Blackwell GPU support 10 trillion parameter models",
    # B
    "max model size of the SN40L per RDU",
    "what is the CS-3's memory per processor",
    "what is Gaudi 3's FLOPS per processor",
    "what is Trainium2's max model size per processor",
    "does the SN40L support models over 1 trillion parameters per RDU",
    # C
    "which chip supports the largest model on one GPU",
    "what's the largest model a single accelerator can run",
    "which chip supports the largest model using one chip",
    "which chip supports the largest model in a single device",
    # D
    "CS-3 memory (per chip, not per system)",
    "what is the CS-3's memory, not per system",
    # E
    "how big a model can the SambaNova platform run",
]


@pytest.mark.parametrize("question", WRONG_BEFORE)
def test_one_chip_said_in_other_words_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # one unit of a chip that is a system, a card: its figures of that unit stay
        ("how much memory does a single cs-3 system support", "off-chip, capacity up to 1,200 TB, per system"),
        ("how big a model can a single cs-3 system handle?", "up to 24 trillion, per system"),
        ("how big a model can one AI 100 Ultra card handle?", "up to 100 billion, per card"),
        # one chip's own figures
        ("does each gaudi 3 have 128 GB of HBM", True),
        ("what's the NVLink bandwidth on each Blackwell GPU?", "1.8 TB/s, bidirectional"),
        ("how much HBM does a single Trainium2 accelerator have", "96 GB"),
        # no unit said: the chip's figures at their scopes, each said
        ("sn40l max model size", "multi-trillion (over 1 trillion), per platform"),
        ("blackwell max model size", "up to 10 trillion"),
        ("does blackwell support 10 trillion parameter models", True),
    ],
)
def test_near_misses_keep_their_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# Red team 90 (at bc5862a), class G: more words for one chip, each refused where the chip's figure is of
# another scope; F: a magnitude word set aside under an upper limit or in a yes/no (the rest is smaller).
RED_TEAM_90 = [
    "Blackwell max model size, 1 GPU",
    "Blackwell max model size (1 GPU)",
    "which chip supports the largest model on 1 chip",
    "what is the largest model 1 GPU can run",
    "does 1 SN40L support models over 1 trillion parameters",
    "max model size of 1 SN40L",
    "SN40L max model size (one chip)",
    "CS-3 memory (one chip)",
    "which chip supports the largest model on a single processor",
    "what is the largest model one processor can run",
    "SN40L max model size on a single processor",
    "what is Blackwell's max model size within one chip",
    "which chips scale to under 1,000 units (vague 'thousands' ignored)",
    "does Gaudi 3 scale to fewer than 100 GPUs (vague 'thousands' ignored)",
    "does Trillium scale to fewer than 300 TPUs, treating 'thousands' as unquantified",
    # a magnitude word given an owner that has no such figure: refused, not read as 'not <owner>'
    "which chips support models over 1 trillion parameters, ignoring the 'multi-trillion' claim for the CS-3",
]


@pytest.mark.parametrize("question", RED_TEAM_90)
def test_red_team_90_one_chip_and_magnitudes_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "what processors does the m4 combine on one chip?",
            {"Apple M4 CPU", "Apple M4 GPU", "Apple M4 Neural Engine"},
        ),
        ("CS-3 performance (one chip)", "2.6 petaflops, mixed-precision"),
        (
            "which vendors make chips with more than 1000 cores",
            {"Cerebras Systems", "Groq", "SambaNova Systems", "d-Matrix"},
        ),
    ],
)
def test_red_team_90_near_misses(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
