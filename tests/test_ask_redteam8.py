"""Red team 5's wrong answers (/work/brief/redteam5-wrong.md, classes R1, R2, R3, R6, R7, R11, R12),
fixed by mechanism, each with the report's questions, paraphrases, near misses that must keep their
answers, and questions that must stay refused.

- R1: "other than / excluding / except / besides A and B" left out A only and read B as "one of B":
  the answer was the excluded chip. An exclusion leaves out every name of its list ("A, B and C",
  "A or B"); a "not" before a list of chips or of organizations does the same.
- R2: "neither A nor B" (chips) was read right but compiled as one filter over a variable bound to
  both names, which let A through on B's row: nothing was left out.
- R3: "made by TSMC designed by X" (no "and") read "designed by TSMC": the word after TSMC was taken
  as a verb restating TSMC's relation ("does TSMC design the M4").
- R6: "for each designer", "per vendor", "by designer" in a superlative were dropped: one winner.
- R7: "which node is used the most" answered the largest node (it asks which node most chips use):
  refused then, the node with the most chips (7nm) since the group superlative reads it.
- R11: "is the CS-3 made by Intel" checked the designer only and said 'false' where the article
  names no foundry; 'make' may mean designed or manufactured.
- R12: "for ranking" (the ranking-and-recommendation workload) was read as an order to rank.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

GPUS = {"AMD Instinct MI300 series", "AMD Instinct MI350", "Intel Gaudi 3", "Nvidia Blackwell GPU", "Nvidia H100"}
GPUS |= {"Qualcomm Adreno 750"}  # l.53, 97; the H100 and MI300 series are baseline GPUs in the graph
TSMC = {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}
HBM = {"AMD Instinct MI350", "AWS Trainium2", "SambaNova SN40L", "Intel Gaudi 3", "Google Trillium TPU"}
NOT_SAID = "does not say"

R1: list[tuple[str, object]] = [
    # the report's
    ("excluding the cs-3 and the maia 100, which chip has the most transistors?", "Nvidia Blackwell GPU"),
    (
        "which chips other than the ai 100 ultra and the m4 are made by TSMC",
        TSMC - {"Qualcomm Cloud AI 100 Ultra", "Apple M4"},
    ),
    ("which chips except blackwell and mi350 are GPUs", GPUS - {"Nvidia Blackwell GPU", "AMD Instinct MI350"}),
    ("does any chip other than gaudi 3 and trillium have more than 100 GB of hbm", REFUSE),  # (was 'true')
    ("excluding nvidia and cerebras, which chip has the most transistors", "Microsoft Maia 100"),  # l.81
    ("which chips other than nvidia's and apple's are made by tsmc", TSMC - {"Nvidia Blackwell GPU", "Apple M4"}),
    ("which chip other than the m4 and blackwell has the smallest process node", "Qualcomm Adreno 750"),  # l.97
    ("is the maia 100 the chip with the most transistors other than the cs-3 and blackwell", True),
    (
        "is northpole the chip with the most sram other than the corsair and mtia v2",
        REFUSE,
    ),  # red team 46 E: an SRAM of no size (the SN40L's) leaves a yes/no of the most untold
    ("how many chips other than the cs-3 and corsair have more than 1000 cores", "2"),  # Groq LPU, SN40L
    ("which chip not the corsair or the mtia v2 has the most sram", "IBM NorthPole"),  # l.113
    ("which chip not from nvidia and cerebras has the most transistors", "Microsoft Maia 100"),
    (
        "top 3 chips by sram excluding the corsair and northpole",
        ["Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"],
    ),
    # paraphrases
    (
        "besides the gaudi 3, the adreno 750 and the mi350, which chips are GPUs",
        GPUS - {"Intel Gaudi 3", "Qualcomm Adreno 750", "AMD Instinct MI350"},
    ),
    ("apart from blackwell or the m4, which chips are made by tsmc", TSMC - {"Nvidia Blackwell GPU", "Apple M4"}),
    ("leaving aside nvidia and amd, which chips use hbm", HBM - {"AMD Instinct MI350"}),
    ("which chip, not the cs-3 or blackwell, has the most transistors", "Microsoft Maia 100"),
    (
        "which chips are for training, other than trainium2 and cs-3",
        {"Google Trillium TPU", "Microsoft Maia 100", "Nvidia Blackwell GPU", "SambaNova SN40L"},
    ),
    # near misses: one name excluded; the list ends where a condition starts
    ("other than the cs-3, which chip has the most transistors", "Nvidia Blackwell GPU"),
    (
        "which chips other than the m4 are made by tsmc and designed by qualcomm",
        {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("which chips made by tsmc are designed by nvidia or apple", {"Nvidia Blackwell GPU", "Apple M4"}),
    ("which chips are not designed by nvidia and use hbm", HBM),
    # refused: the figures do not decide ("over 10 billion" twice)
    ("excluding the cs-3 and the maia 100, which chip has the lowest transistor count", REFUSE),
]

R2: list[tuple[str, object]] = [
    ("which chip has the most sram, neither the corsair nor the mtia v2", "IBM NorthPole"),
    ("which chip that is neither the cs-3 nor blackwell has the most transistors", "Microsoft Maia 100"),
    ("which chips that are neither gaudi 3 nor trillium use hbm", HBM - {"Intel Gaudi 3", "Google Trillium TPU"}),
    ("how many chips that are neither gaudi 3 nor trillium use hbm", "3"),
    ("is the corsair the chip with the most sram that is neither the corsair nor the mtia v2", False),
    ("which chip, neither the m4 nor the mtia v2, has the highest clock", {"Groq LPU", "Tenstorrent Grayskull e150"}),
    (
        "which chips with more than 100 MB of sram are neither the corsair nor the mtia v2",
        {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
    ),
    # near miss: organizations (worked before)
    ("which chips are designed by neither nvidia nor amd and use hbm", HBM - {"AMD Instinct MI350"}),
]

R3: list[tuple[str, object]] = [
    ("which chips made by tsmc designed by a startup", "Groq LPU"),  # l.151, 127
    ("which chips made by tsmc designed by groq", "Groq LPU"),
    ("how many chips made by tsmc designed by qualcomm", "2"),  # l.97 (hedged), 101
    ("which chips made by tsmc designed by a megacap", TSMC - {"Groq LPU"}),
    ("how many 7nm chips made by TSMC designed by a startup", "1"),
    ("which chips made by tsmc designed by apple or nvidia", {"Apple M4", "Nvidia Blackwell GPU"}),
    ("which chips fabricated by tsmc developed by nvidia", "Nvidia Blackwell GPU"),
    ("which chips produced by tsmc, designed by qualcomm", {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}),
    # near misses: a verb after the name still says its relation
    ("does tsmc design the m4", False),
    ("which chips that tsmc makes are designed by apple", "Apple M4"),
    ("which chips designed by groq made by tsmc", "Groq LPU"),
]

R6: list[tuple[str, object]] = [
    ("which chip has the most transistors for each designer", (REFUSE, "each group")),
    ("which chip has the most hbm per vendor", REFUSE),
    ("which chip has the highest clock for each designer", REFUSE),
    ("which chip has the most sram, by designer", REFUSE),
    ("which chip has the most sram grouped by designer", REFUSE),
    ("what is the top chip by sram for each designer", REFUSE),
    ("which chip draws the most power per designer", REFUSE),
    ("which chip has the most cores for each startup", REFUSE),
    ("what's the biggest chip by transistors for every vendor", REFUSE),
    ("which chip has the most cores per foundry", REFUSE),
    ("top chip by clock speed for every designer", REFUSE),
    # near misses: "by" of a relation, "by" before a figure, a group of one kind
    ("which chip designed by a startup has the most cores", "Cerebras CS-3"),
    ("which startup chip has the most cores", "Cerebras CS-3"),
    ("top 3 chips by sram", ["d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"]),
]

R7: list[tuple[str, object]] = [
    # the node most chips use: the top of the count per node (the group with the most chips), since
    # mends' _group_most_used; the largest node was the wrong answer
    ("which node is used the most", {"7nm"}),
    ("which process node is used the most", {"7nm"}),
    ("what is the most used process node", {"7nm"}),
    ("what's the most-used node", {"7nm"}),
    ("which node is least used", REFUSE),
    ("which node is used the least", REFUSE),
    ("which node does tsmc use most", REFUSE),
    ("which memory is used the most", REFUSE),
    ("which process node is the most used", {"7nm"}),
    ("which memory is used most", REFUSE),
    # near misses: a superlative of a figure
    ("which chip uses the most power", "Tenstorrent Grayskull e150"),
    ("which chips use the most hbm", {"Google Trillium TPU", "Intel Gaudi 3"}),
    ("which chip has the largest process node", "Mythic M2000"),
    ("which chips use the most advanced node", "Apple M4"),  # 3nm, l.119
    ("of the tsmc-manufactured chips, which uses the most advanced node?", "Apple M4"),
]

R11: list[tuple[str, object]] = [
    ("is the cs-3 made by intel", (REFUSE, NOT_SAID)),
    ("does intel make the cs-3", (REFUSE, NOT_SAID)),
    ("is the maia 100 made by intel", (REFUSE, NOT_SAID)),
    ("is the cs-3 made by nvidia", (REFUSE, NOT_SAID)),
    ("is the e75 made by Intel", (REFUSE, NOT_SAID)),
    ("is instinct mi350 made by Intel", (REFUSE, NOT_SAID)),
    ("is the e150 made by intel", (REFUSE, NOT_SAID)),
    # near misses: stated, or ruled out both ways, or a relation named outright
    ("is the m4 made by apple", True),
    ("is gaudi 3 made by intel", True),
    ("does apple make the m4", True),
    ("is the m4 made by tsmc", True),
    # designer Apple (ruled out: ck:designedBy is functional), foundry TSMC (l.119), which rules out
    # no other foundry (ck:manufacturedBy is not functional): "made" may be either (kw2 W5)
    ("is the m4 made by intel", (REFUSE, "it rules out that Intel designs it")),
    ("is the cs-3 designed by intel", False),
    ("is the cs-3 manufactured by intel", (REFUSE, NOT_SAID)),
]

R12: list[tuple[str, object]] = [
    ("which 7nm chips have more than 100 MB of sram and are for ranking", "Meta MTIA v2"),  # l.87
    ("which chips for ranking have hbm", "Google Trillium TPU"),  # l.63, 65
    ("which chips with more than 100 MB of sram are for ranking", "Meta MTIA v2"),
    ("which chips are for ranking", {"Google Trillium TPU", "Meta MTIA v2"}),
    ("how many chips are for ranking models", "2"),
    # near misses: a ranking asked for
    ("rank the chips by sram", "first:d-Matrix Corsair C8"),
    ("give me a ranking of chips by sram", "first:d-Matrix Corsair C8"),
]

CASES = R1 + R2 + R3 + R6 + R7 + R11 + R12


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_5_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, str) and expected.startswith("first:"):  # a ranking: who leads it
        code, stdout = ask_json(question)
        assert code == 0, stdout[:400]
        rows = json.loads(stdout)["results"]["bindings"]
        assert len(rows) > 3 and rows[0]["chip"]["value"] == expected[len("first:") :], stdout[:600]
        return
    check(ask_json, question, expected)


def test_made_by_says_either_relation_in_its_reading(ask_json):
    """The yes/no of a word of making says what it checked: designed or manufactured. (A foundry
    is never ruled out, kw2 W5, so "the article rules out both" no longer answers "no".)"""
    code, stdout = ask_json("is the m4 made by apple")
    assert code == 0, stdout[:400]
    assert "'made' may mean designed or manufactured" in json.loads(stdout)["reading"], stdout[:400]


def test_case_count():
    assert len(CASES) == 92
