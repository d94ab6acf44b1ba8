"""``chipkg ask``: two memories the article rules out, now in the graph and read by yes/no questions
(they were "the article does not say", exit 1; read sets 8, 21, 25, 43 expected "no"):

- the Grayskull's LPDDR4 is "a cost-effective alternative to HBM" (l.183): ck:usedInsteadOf
  mem:hbm on that memory rules out HBM and any narrower HBM for both Grayskull models;
- the M2000 does without external DRAM or SRAM (l.165): ck:needsNoExternal mem:dram, mem:sram
  rules out a DRAM (LPDDR4 ...) and any memory off the chip, but not its on-chip SRAM (l.163).

Chips with no such statement stay undecided ("does the Groq LPU use HBM"). A terse "grayskull
hbm?" (a name of two chips) is the same yes/no, asked of each; it answered a missing capacity."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.answer import answer


@pytest.mark.parametrize(
    "question,expected",
    [
        ("does the grayskull e75 use HBM?", False),
        ("does the e150 use hbm3", False),
        ("Going by the article's description, does the Tenstorrent Grayskull use HBM?", False),
        ("grayskull uses hbm?", False),
        ("grayskull hbm?", False),
        ("grayskull lpddr4?", True),
        ("does the grayskull use lpddr4", True),
        ("According to the article, does the Mythic M2000 depend on external DRAM?", False),
        ("does the mythic m2000 need external dram?", False),
        ("does the m2000 use lpddr4", False),
        ("does the m2000 use hbm", False),  # HBM is DRAM (JEDEC JESD235), which it needs none of
        ("does the m2000 use off-chip sram", False),
        ("does the m2000 use sram", True),  # in every tile, on the chip
        ("does the m2000 use flash memory", True),
        # no statement rules these out
        ("does the groq lpu use hbm", REFUSE),
        ("does the mtia v2 use lpddr5", REFUSE),
    ],
)
def test_memories_the_article_rules_out(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_list_of_hbm_chips_is_unchanged(kg):  # noqa: ANN001
    said = answer(kg.store, "which chips use hbm")
    labels = {str(r[0].value) for r in said.rows}
    assert labels == {"Intel Gaudi 3", "Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L", "AMD Instinct MI350"}
