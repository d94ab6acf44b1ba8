"""Red team 53 (session 33, 618 questions on d0a9666, 397 answered, 30 wrong): the classes fixed.

- ONE-UNIT-NOUN-DROPPED: "the performance of a Gaudi 3 chip" answered its node's and cluster's
  figures; "a <chip> chip" is one chip, as "one ... chip" is (parse.asides._one_chip_said).
- NOTE-WORD-DROPPED: "which chips have notes?" listed all 24; a noun ask reads as no condition, had
  by the chips, is refused (parse.checks._figure_unnamed).
- REPORT-SUBJECT-NOT-CHIP: "rows about chips only" kept rows about sections and figures; a report
  whose rows are not each about one chip or organization, or name a section and a company alike,
  is refused when asked of one kind (answer._report).
- FIGURE-NOUN-NARROWED: "a memory figure" read as a capacity left out the M4 (its memory figure is a
  bandwidth, l.119); "a bandwidth figure", "which chips have bandwidth?" read as memory bandwidth
  left out Blackwell's link bandwidths (l.41); "which chips have memory?" as a capacity too. Refused,
  saying which to name (checks._figure_of_a_memory, frames: bare bandwidth over chips not named).
Left: "which chips are accelerators?" lists every chip (the word is a label of ck:Chip).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the performance of a Gaudi 3 chip?", (REFUSE, "per chip")),  # per node and cluster only (l.57)
        ("how much memory does a CS-3 chip have?", (REFUSE, "per chip")),  # per system only (l.141)
        ("what's the largest model an AI 100 Ultra chip can run?", (REFUSE, "per chip")),  # per card (l.105)
        ("which chips have notes?", (REFUSE, "have notes")),
        ("which merely mentioned chips have notes?", (REFUSE, "have notes")),
        ("which chips have a memory figure?", (REFUSE, "memory capacity")),
        ("which chips have memory?", (REFUSE, "memory capacity")),
        ("how many chips have memory?", (REFUSE, "memory capacity")),
        ("which chips have a bandwidth figure?", (REFUSE, "of memory or of a link")),
        ("which chips have bandwidth?", (REFUSE, "of memory or of a link")),
        ("which chips have slips?", (REFUSE, "not about one chip or organization")),
        ("which chips have inconsistencies?", (REFUSE, "not about one chip or organization")),
        ("which organizations have slips?", (REFUSE, "not about one chip or organization")),
    ],
)
def test_refused_where_a_word_was_dropped(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_cs3_chip_is_its_per_chip_figure(ask_json):  # noqa: ANN001
    data = answered(ask_json, "what is the performance of a CS-3 chip?")
    assert [float(v) for v in column(data, "stated_value")] == [2.6]  # 2.6 petaflops (l.141)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips have a memory capacity?", 12),
        ("which chips have a memory bandwidth figure?", 4),
        ("which chips have a detailed description?", 18),  # the profiles (ck:profiled)
    ],
)
def test_named_figures_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
