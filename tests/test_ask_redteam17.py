"""``chipkg ask``: red team 11's wrong answers on this session's mechanisms (/work/brief/redteam11-wrong.md).

- W1: "Going only by Nvidia, which chips use 4nm?", "As TSMC lays it out, which chips are 7nm?": the
  reading phrases vocab6 added as fillers left the company as a designer filter (Blackwell alone;
  the Adreno 750 is on 4nm too). Before a company they say whose account it is, as "according to"
  does (parse.forms._SOURCE_OPENERS, _TELLS_FIRST): a claimant, checked, here refused.
- W2: "Which chips use HBM, as distinct from the Gaudi 3?" kept the Gaudi 3 in the list ("no chip
  answered is"): the check's SPARQL put a FILTER alone in a UNION branch, where it sees none of the
  outer variables, so a chip was never found to be itself (answer._rather_than_checked).
- W3: "who has the second biggest market share?" answered Nvidia; "which chip has the biggest
  market share?" the share row: a place past the top and a chip asked of a report of companies
  are refused.
- W4: "Can Trainium2 scale to 100,000 nodes?" was true (the article's 100,000 are chips).
- W7: "notwithstanding", "similarly", "alternatively", "despite" were fillers (words.tsv block
  "closed"); "Which chips use HBM, notwithstanding Gaudi 3?" answered Gaudi 3's 128 GB.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM_BUT_GAUDI = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "SambaNova SN40L"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # W1
        ("Going only by Nvidia, which chips use 4nm?", REFUSE),
        ("As TSMC lays it out, which chips are 7nm?", REFUSE),
        ("As Intel sets it out, which chips use HBM?", REFUSE),
        ("going off Qualcomm, which chips are 7nm?", REFUSE),
        ("As the article lays it out, which chips use HBM?", {*HBM_BUT_GAUDI, "Intel Gaudi 3"}),
        # W2
        ("Which chips use HBM, as distinct from the Gaudi 3?", REFUSE),
        ("how many chips use HBM, rather than the Gaudi 3?", REFUSE),
        ("Which chips does Nvidia design, as distinct from the H100?", REFUSE),
        ("Which chips use HBM, except the Gaudi 3?", HBM_BUT_GAUDI),
        ("Which chips use HBM (HBM rather than flash)?", {*HBM_BUT_GAUDI, "Intel Gaudi 3"}),
        # W3
        ("Who has the second biggest market share?", REFUSE),
        ("Which chip has the biggest market share?", REFUSE),
        ("Name the market leader's chips.", REFUSE),
        ("which company has the biggest market share?", ["Nvidia"]),
        # W4
        ("Can the Trainium2 scale to 100,000 nodes?", REFUSE),
        ("Can Trillium scale to 256 nodes?", REFUSE),
        ("can trainium2 scale out to 100,000 chips?", True),
        ("does blackwell scale to 576 gpus", True),  # a kind of chip is chips
        # W7: closed-class words that change the question, left unknown
        ("Which chips use HBM, notwithstanding Gaudi 3?", (REFUSE, "notwithstanding")),
        ("Which chips use HBM similarly to Gaudi 3?", (REFUSE, "similarly")),
        ("Which chips use HBM, alternatively SRAM?", (REFUSE, "alternatively")),
        ("which chips use HBM despite being on 7nm?", (REFUSE, "despite")),
    ],
)
def test_red_team_11(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
