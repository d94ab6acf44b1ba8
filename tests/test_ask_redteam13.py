"""Red team 8's wrong answers (/work/brief/redteam8-wrong.md), fixed by mechanism: each class with new
questions of its shape (not the report's generator rows) and near misses that must stay answered.

- R1 a premise aside inside a yes/no ("does X, a GPU, have ...", "X (the 7nm chip) has ..., right?")
  was asked with the question: a premise the article rules out answered "false". Now checked as the
  premise at the end of a yes/no is (frame.premises): refused when ruled out.
- R2 a negated aside beside a chip's plain "bandwidth" left the link rows in ("blackwell bandwidth
  (not nvlink)" answered NVLink 5 too): the links' figures are checked with the memories'.
- R3 "according to its maker", "per its designer": read as an organization asked for, a yes/no was
  answered with the designer's name. Refused: whose claim is said without a name.
- R4 a list above or below a named chip with "per chip" said kept a card's figure (the AI 100 Ultra's
  150 W per card): the range it becomes holds the question's "per chip".
- R5 "which node do the most Qualcomm chips use", "which node makes the most inference chips": not
  read as the group with the most chips, it answered the largest node among them. Refused.
- R6 the Adreno 750's hedged 4nm (l.97: said of the Adreno GPUs in general) decided a comparison of
  named chips, a most/least or a ranking with no hedge: the hedge is now in the reading and the row's
  qualifier.
- R7 a value asked as its designer's claim ("according to Meta, what is the MTIA v2's SRAM?") read
  "as Meta's claim" for a stated figure; the reading now says each figure is shown as the article
  gives it (the yes/no of the same figure is refused: stated, not claimed).
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check, column, rows

CASES: list[tuple[str, object]] = [
    # R1: l.151 the LPU is no GPU, l.153 128 MB; l.87 MTIA v2 7nm, l.89 90 W; l.53 Gaudi 3 5nm, l.55 128 GB
    ("does the groq lpu, a training chip, have more than 64 mb of sram?", (REFUSE, "the question takes")),
    ("does the gaudi 3 (the 3nm chip) have 128 gb of hbm?", (REFUSE, "the question takes")),
    ("does the mtia v2 — the one from amd — draw 90 w?", (REFUSE, "the question takes")),
    ("the trillium (the one from aws) has 128 gb of hbm, right?", (REFUSE, "the question takes")),
    ("is it true that northpole, the 5nm chip, runs at 400 mhz?", (REFUSE, "the question takes")),
    ("the corsair c8 has 2 gb of sram (the 7nm one), right?", (REFUSE, "the question takes")),  # l.173: 6nm
    # near misses: a premise the article states is checked, the question answered
    ("does the groq lpu, an inference chip, have more than 64 mb of sram?", True),
    ("does the gaudi 3 (the 5nm chip) have 96 gb of hbm?", False),  # l.55: 128 GB
    ("the trillium (the one from google) has 128 gb of hbm, right?", True),
    ("does the m4 have more than 30 tops (the 3nm one)", True),  # l.119, l.121
    # R3
    ("does the groq lpu have 128 mb of sram according to its maker?", (REFUSE, "without a name")),
    ("does the mtia v2 run at 1.35 ghz, per its designer?", (REFUSE, "without a name")),
    ("is the trainium2 on 7nm, as its vendor says?", (REFUSE, "without a name")),
    ("does northpole have 22 billion transistors according to the vendor?", (REFUSE, "without a name")),
    ("how many chips per designer", 16),  # near miss: "per" groups
    ("according to the article, does the mtia v2 draw 90 w?", True),  # near miss: l.89
    # R4: l.183 e150 200 W, e75 75 W; l.89 MTIA v2 90 W; l.105 the AI 100 Ultra's 150 W is per card
    ("which chips consume more power per chip than the grayskull e75?", {"Meta MTIA v2", "Tenstorrent Grayskull e150"}),
    (
        "per chip, which chips draw less power than the grayskull e150?",
        {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"},
    ),
    # near miss: no scope said, the card's figure is listed as such (red team 7 R7)
    (
        "which chips draw more power than the grayskull e75?",
        {"Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"},
    ),
    # R5
    ("which process node do the most apple chips use?", (REFUSE, "most chips")),
    ("what node has the most tsmc chips?", (REFUSE, "most chips")),
    ("which node designs the most training chips?", (REFUSE, "most chips")),
    ("which node do the most training chips use?", "7nm"),  # near miss: l.75, 139, 131 (Blackwell 4nm, Maia 5nm)
    ("which foundry makes the most 7nm chips?", "TSMC"),  # near miss: l.101, 151
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_8_wrong_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("aside", "kept"),
    [
        ("not its nvlink", "die-to-die"),  # l.41: NVLink 5 1.8 TB/s, dies joined at 10 TB/s
        ("not the 1.8 tb/s", "die-to-die"),
        ("not the 10 tb/s", "NVLink"),
        ("not the die-to-die link", "NVLink"),
    ],
)
def test_a_link_bandwidth_set_aside_leaves_the_answer(ask_json, aside, kept):  # noqa: ANN001
    data = check(ask_json, f"how much bandwidth does the blackwell gpu have ({aside})?", 1)
    assert kept in column(data)[0], rows(data)
    assert "left out" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "is the adreno 750 on a larger node than the corsair c8?",  # false, l.97 4nm (hedged), l.173 6nm
        "of the sn40l and the adreno 750, is the sn40l on a smaller node?",
        "which gpus are on the most advanced node?",
        "which is on a larger node, the adreno 750 or the maia 100?",
    ],
)
def test_a_hedged_node_that_decides_a_comparison_is_said(ask_json, question):  # noqa: ANN001
    code, stdout = ask_json(question)
    assert code == 0, stdout[:300]
    assert "hedges Qualcomm Adreno 750's process node" in json.loads(stdout)["reading"], stdout[:600]


def test_a_value_asked_as_its_designers_claim_does_not_call_a_stated_figure_a_claim(ask_json):  # noqa: ANN001
    data = check(ask_json, "as ibm claims, how much sram does northpole have?", "192 MB")  # l.113, stated
    assert "as IBM's claim" not in data["reading"].replace("asked as IBM's claim:", ""), data["reading"]
    claimed = check(ask_json, "by d-matrix's claim, what is the corsair c8's performance?", 1)  # l.173: claims
    assert "(vendor claim)" in column(claimed)[0], rows(claimed)


def test_a_ranking_by_node_shows_the_hedged_node_with_its_hedge(ask_json):  # noqa: ANN001
    data = check(ask_json, "rank the gpus by process node", 3)  # Gaudi 3 5nm, Blackwell 4nm, Adreno 750 4nm
    hedged = {r["chip"]: r.get("qualifier", "") for r in rows(data)}
    assert "in general" in hedged["Qualcomm Adreno 750"] and not hedged["Intel Gaudi 3"], hedged


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        ("among the mtia v2 and the e150, what is the e150's power?", "Tenstorrent Grayskull e150"),  # l.183
        ("of the trainium2 and the gaudi 3 how much hbm does the trainium2 have?", "AWS Trainium2"),  # l.75
    ],
)
def test_a_value_of_one_of_a_pair_named_up_front_is_its_own(ask_json, question, chip):  # noqa: ANN001
    """R8: 'Of A and B, how much X does A have?' answered A, B and A again; now A alone."""
    data = check(ask_json, question, 1)
    assert column(data, "chip") == [chip], rows(data)


def test_the_organization_behind_a_top_resting_on_a_hedged_node_says_the_hedge(ask_json):  # noqa: ANN001
    data = check(ask_json, "which company designs the gpu on the most advanced node?", {"Nvidia", "Qualcomm"})
    assert "hedges Qualcomm Adreno 750's process node" in data["reading"], data["reading"]  # l.41, l.97
