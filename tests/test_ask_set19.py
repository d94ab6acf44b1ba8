"""The wrong answers of held-out set 19's first run (7ba8762), fixed by mechanism, each with
paraphrases and near misses that are not rows of any held-out set.

- A ranking's direction said around what is ranked ("from the most SRAM to the least") was read as
  "the most": one chip, the rest of the phrase dropped.
- A ranking verb opening a later clause ("Considering per-chip figures, rank the chips ...") lost
  to a superlative after it.
- "m4 cpu cores" answered three counts, the CPU's and its two kinds of core.
- (set 20) "the most power-sipping chip" was read as the most power.
- A later sentence that only says what to list ("... whose chips are on 7nm? List the chips.") was
  read into the question: its class word became a constraint, or was dropped, and the answer was of
  another kind than it asks for.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, SEVEN_NM_CHIPS, check

SRAM_ORDER = [  # on-chip SRAM per chip: l.173 2 GB, l.89 256 MB, l.113 192 MB, l.103 144 MB, l.153 128 MB, l.53 96 MB
    "d-Matrix Corsair C8",
    "Meta MTIA v2",
    "IBM NorthPole",
    "Qualcomm Cloud AI 100 Ultra",
    "Groq LPU",
    "Intel Gaudi 3",
]
STARTUPS_7NM = {"Cerebras Systems", "Groq", "SambaNova Systems"}  # unicorn startups' chips on 7nm (l.131, 139, 151)

RANK_FROM_TO: list[tuple[str, object]] = [
    ("list chips from the most SRAM to the least", SRAM_ORDER),
    ("rank the chips from the most SRAM to the least", SRAM_ORDER),
    ("from the most sram to the least, which chips?", SRAM_ORDER),
    ("per chip, show the chips from the least SRAM to the most", SRAM_ORDER[::-1]),
    # Mythic M2000's SRAM is given per tile (l.161): where it stands from the least up is not known
    ("show the chips from the least SRAM to the most", REFUSE),
    ("per chip, rank the chips from the most SRAM to the least", SRAM_ORDER),
    ("Looking at per-chip figures, rank the chips by SRAM, most first", SRAM_ORDER),
    ("Using per-chip figures, rank the chips from the most SRAM to the least.", SRAM_ORDER),
    # near misses: a superlative alone is still the top
    ("which chip has the most SRAM?", "d-Matrix Corsair C8"),
    ("per chip, which chip has the most SRAM?", "d-Matrix Corsair C8"),
    ("which chip ranks highest by sram", "d-Matrix Corsair C8"),
]

LISTING: list[tuple[str, object]] = [
    ("whose chips are on 7nm? List the chips.", REFUSE),  # asks organizations, then chips
    ("Of the unicorn startups, whose chips are on 7nm? List the chips.", REFUSE),
    ("which chips are on 7nm? list the vendors.", REFUSE),  # asks chips, then organizations
    ("which companies design 7nm chips? List the startups.", REFUSE),  # a narrower kind than asked
    ("which unicorn startups have chips on 7nm? List the foundries.", REFUSE),
    # near misses: the sentence names what the question asks for
    ("which chips are on 7nm? List the chips.", SEVEN_NM_CHIPS),
    ("which chips are on 7nm? list chips", SEVEN_NM_CHIPS),
    ("which unicorn startups have chips on 7nm? List the startups.", STARTUPS_7NM),
    ("which unicorn startups have chips on 7nm? List the companies.", STARTUPS_7NM),
    ("which chip has the most SRAM? Name the chip.", "d-Matrix Corsair C8"),
]

# set 20's first run (d90871f): "the most power-sipping chip" was read as the most power ("sips" is
# a verb of power, and the compound turns the measure around)
TURNED_AROUND: list[tuple[str, object]] = [
    ("what's the most power-sipping chip in there?", REFUSE),
    ("most power sipping chip", REFUSE),
    ("rank the chips, most power-sipping first", REFUSE),
    # near misses: "sips" as the verb of power, and "power-hungry", keep their readings
    ("which one sips the least power?", "Mythic M2000"),  # about 4 watts (l.165)
    ("which chip is sipping the least power", "Mythic M2000"),
    ("least power-hungry chip", "Mythic M2000"),
    ("most power-hungry chip", "Tenstorrent Grayskull e150"),  # 200 W (l.183)
]

# set 19's first run: "m4 cpu cores" answered 10 CPU cores and, beside it, the 4 high-performance
# and 6 efficiency cores they are made of (l.119), three counts for one; narrower kinds of unit
# (skos:broader ck:CPUCore) are a breakdown of the broader count
BREAKDOWNS: list[tuple[str, object]] = [
    ("m4 cpu cores", "10 CPU cores"),
    ("how many cores does the m4 cpu have", "10 CPU cores"),
    ("how many cores does the Apple M4's CPU have?", "10 CPU cores"),
    # near misses: a narrower kind asked is answered with its own count
    ("how many efficiency cores does the m4 have", "6 efficiency cores"),
    ("how many performance cores in the m4", "4 high-performance cores"),
    ("m4 gpu cores", "12 cores (GPU cores)"),
]

CASES = RANK_FROM_TO + LISTING + TURNED_AROUND + BREAKDOWNS


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_set_19_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
