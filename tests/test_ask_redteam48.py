"""Red team 48 (session 31, 455 questions on d26c961): answers that said more than the article.

- A: "the Apple M4's 16 Neural Engine cores": a number after a possessive was read as a count said of
  the chip (a reading added in 0847189, taken back), and a figure of another part answered (the GPU's
  7.5 TFLOPS for the Neural Engine; the CPU's 3.5 GHz for the Neural Engine cores). Refused again as
  a name with a version number.
- B: "reticle-limit dies" was read as any die count (a reading added in b65ed3c, taken back): only
  Blackwell's dies are called so (l.41); the Gaudi 3's and the SN40L's are not.
- C (a decision, kept): "(per chip, not per core)", ", per chip" set aside a chip whose memory is
  sized per core or tile only (the Grayskulls, l.179-183): the least SRAM per chip is the Gaudi 3's
  96 MB. The red team read "per chip" as asking each chip's total, which the article does not give
  for the Grayskulls; four held-out sets (3, 7, 9, 37), written from the article, read it as the
  question setting per-core figures aside. Without "per chip" the question is refused. The chips set
  aside are named in the reading ("set aside by 'per chip'"), never left out unsaid.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check


@pytest.mark.parametrize(
    "question",
    [
        "What clock do the Apple M4's 16 Neural Engine cores run at?",
        "How many TOPS do the Apple M4's 12 GPU cores deliver?",
        "How many TFLOPS do the Apple M4's 16 Neural Engine cores deliver?",
        "What performance do the Apple M4's 10 CPU cores deliver?",
        "What is the bandwidth of the M4's 16 Neural Engine cores?",
        "how many reticle-limit dies does Gaudi 3 have",
        "Does the SN40L have two reticle-limit dies?",
        "Which chips have two reticle-limit dies?",
        "How many chips have two reticle-limit dies?",
    ],
)
def test_red_team_48_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip has the least SRAM (per chip, not per core)?", "Intel Gaudi 3"),
        ("Which chip has the least SRAM, per chip?", "Intel Gaudi 3"),
        ("Which chip has the least SRAM?", REFUSE),  # the Grayskulls' per-core SRAM cannot be placed
    ],
)
def test_per_chip_sets_per_core_memories_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the least SRAM, per chip?",
        "Which chips have more than 100 MB of SRAM per chip?",
        "How many chips have more than 100 MB of SRAM (per chip, not per core)?",
    ],
)
def test_chips_set_aside_by_per_chip_are_named(ask_json, question):  # noqa: ANN001
    reading = answered(ask_json, question)["reading"]
    aside = reading.partition("set aside by 'per chip':")[2].partition(" · ")[0]
    assert "Tenstorrent Grayskull e150" in aside and "Tenstorrent Grayskull e75" in aside, reading
