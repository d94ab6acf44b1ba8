"""Red team 48 (session 31, 455 questions on d26c961): answers that said more than the article.

- A: "the Apple M4's 16 Neural Engine cores": a number after a possessive was read as a count said of
  the chip (a reading added in 0847189, taken back), and a figure of another part answered (the GPU's
  7.5 TFLOPS for the Neural Engine; the CPU's 3.5 GHz for the Neural Engine cores). Refused again as
  a name with a version number.
- B: "reticle-limit dies" was read as any die count (a reading added in b65ed3c, taken back): only
  Blackwell's dies are called so (l.41); the Gaudi 3's and the SN40L's are not.
- C: "(per chip, not per core)", ", per chip" set aside a chip whose memory is sized per core or
  tile (the Grayskulls, l.179-183; the M2000, l.163): the least SRAM per chip was the Gaudi 3, a count
  of more than 100 MB named the SN40L alone as uncertain. Such a chip has a per-chip size the article
  does not give: the least is refused, a range names it as "may or may not fit", as without "per chip".
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
        "Which chip has the least SRAM (per chip, not per core)?",
        "Which chip has the least SRAM, per chip?",
        "How many chips have less than 100 MB of SRAM (per chip, not per core)?",
    ],
)
def test_red_team_48_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips have more than 100 MB of SRAM (per chip, not per core)?",
        "Which chips have more than 100 MB of SRAM per chip?",
    ],
)
def test_per_chip_range_names_chips_sized_per_core(ask_json, question):  # noqa: ANN001
    reading = answered(ask_json, question)["reading"]
    uncertain = reading.partition("may or may not fit")[2]
    for chip in ("Mythic M2000", "SambaNova SN40L", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"):
        assert chip in uncertain, reading
