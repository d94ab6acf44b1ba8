"""Red team 2's wrong answers about scopes and hedges in numeric comparisons (W1, W2, W7, W8, W11,
W12, W14 of /work/brief/redteam2-wrong.md), with paraphrases, kept as regression cases.

Each was answered with exit 0 and a wrong result; now each is answered right or refused. A 'false'
("the article rules it out") is only right where the article's figures decide it at the asked
scope; a hedged figure ("about 40 billion", "nominal 400 MHz") is near its number, within
APPROXIMATE_REACH (1.5x), so a limit inside that reach leaves it undecided. A refusal must not state
something the article contradicts (``NOT_SAYING``).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused

SCALE_OUT_UNDER = {"Google Trillium TPU", "Intel Gaudi 3"}  # per pod / per node, and "thousands" per cluster

CASES: list[tuple[str, object]] = [
    # W1: a per-pod or per-node figure under the limit does not decide "fewer than 2,000" while the
    # per-cluster "over 1,000" (line 57 "thousands of GPUs", line 67 "thousands of TPUs") does not
    ("does trillium scale to fewer than 2000 chips", REFUSE),
    ("does gaudi 3 scale to fewer than 2000 gpus", REFUSE),
    ("chips that scale out to fewer than 2000 units", REFUSE),
    ("which chips scale to fewer than 1500 units", REFUSE),
    ("chips with scale out under 2048", REFUSE),
    ("chips with scale out of at most 1999", REFUSE),
    ("chips with scale out between 5 and 2000", REFUSE),
    ("Which chips scale out to fewer than 2000 units (taking hedged figures at their stated number)?", REFUSE),
    ("how many chips scale to fewer than 2000 units", REFUSE),
    ("does trillium scale out to under 1500 tpus", REFUSE),
    ("does gaudi 3 scale to at most 1999 accelerators", REFUSE),
    ("does trillium scale to fewer than 300 chips", REFUSE),
    ("does trillium scale to more than 200 chips", True),  # over 1,000 per cluster
    (
        "chips that scale out to more than 500 units",
        {"AWS Trainium2", "Cerebras CS-3", "Google Trillium TPU", "Intel Gaudi 3", "Nvidia Blackwell GPU"},
    ),
    # W2: "about 40 billion" (line 119), "approximately 4 watts" (line 165), "nominal 400MHz" (line 113)
    ("does the m4 have more than 39 billion transistors", REFUSE),
    ("does the m4 have fewer than 41 billion transistors", REFUSE),
    ("does the m4 have more than 35 billion transistors", REFUSE),
    ("does the m4 have more than 30 billion transistors", True),  # about 40: 40 / 1.25 is above 30
    ("does the m4 have fewer than 50 billion transistors", REFUSE),
    ("does the m4 have more than 32 billion transistors", REFUSE),  # 40 / 1.25 is 32, the limit included
    ("does the m4 have more than 20 billion transistors", True),
    ("does the m4 have fewer than 70 billion transistors", True),  # 40 * 1.5 is under 70
    ("does the m2000 use more than 3.9 watts", REFUSE),
    ("does the m2000 use less than 4.1 watts", REFUSE),
    ("does the m2000 use more than 3 watts", True),  # about 4: 4 / 1.25 is above 3
    ("does the m2000 use more than 3.2 watts", REFUSE),
    ("does the m2000 use less than 5 watts", REFUSE),
    ("does the m2000 use 4 watts", REFUSE),
    ("does the northpole run above 390 mhz", REFUSE),
    ("does the northpole run below 410 mhz", REFUSE),
    ("is the northpole clocked at more than 350 MHz", REFUSE),
    ("which chips use under 4.1 W", REFUSE),
    ("chips using less than 4.5 W", REFUSE),
    ("chips with a clock below 410 MHz", REFUSE),
    ("chips with a clock between 390 and 410 MHz", REFUSE),
    ("how many chips draw less than 5 W", REFUSE),
    ("M2000 over 10 W?", False),
    ("chips with less than 10 W", {"Mythic M2000"}),
    ("chips with a clock below 1 GHz", {"IBM NorthPole"}),
    ("rank chips under 5 W by power", REFUSE),  # a ranking with a range: the same rule
    ("power of every chip under 4.5 W", REFUSE),
    ("power draw of every chip under 100 W", ["Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000"]),
    # W11: "up to X" in a yes/no about a named chip asks whether its peak reaches X
    ("does the m4 run up to 4 ghz", False),  # up to 3.5 GHz (line 119)
    ("does the m4 reach up to 4 ghz", False),
    ("does the m4 clock up to 5 ghz", False),
    ("does the m4 support up to 200 gb/s", False),  # up to 100GB/s (line 121)
    ("does the groq lpu deliver up to 2 petaops", False),  # up to 1 PetaOPS (line 153)
    ("does the corsair deliver up to 10000 tflops", False),  # up to 9600 TFLOPS (line 173)
    ("does the m2000 deliver up to 40 tops", False),  # up to 35 TOPS (line 165)
    ("can the mtia v2 run up to 2 ghz", False),  # 1.35GHz
    ("does the m4 run up to 3.5 ghz", True),
    ("can the m4 reach 4 ghz", False),
    ("chips with up to 100 W", {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"}),
    # W12: the CS-3's per-cluster "up to 256 exaflops" (line 143) leaves a threshold on its
    # performance undecided unless the question says per chip
    ("does the cs-3 deliver more than 100 exaflops", REFUSE),
    ("does the cs-3 deliver 256 exaflops", REFUSE),
    ("does the cs-3 reach 256 exaflops", REFUSE),
    ("is the cs-3 capable of 256 exaflops", REFUSE),
    ("does the cs-3 deliver at least 200 exaflops", REFUSE),
    ("does the cs-3 deliver more than 10 exaflops", REFUSE),
    ("does the cs-3 deliver more than 1 petaflops", True),  # 2.6 petaflops per chip
    ("does the cs-3 deliver less than 1 petaflops", REFUSE),  # per cluster "up to 256 exaflops": a peak
    ("does the cs-3 reach 256 exaflops per chip", False),
    ("does gaudi 3 reach 15 exaflops", REFUSE),
    # W14: the AI 100 Ultra's only power figure is per card (line 105)
    ("Does the AI 100 Ultra use more than 100 W per chip?", REFUSE),
    ("Does the AI 100 Ultra use less than 100 W per chip?", REFUSE),
    ("Does the AI 100 Ultra draw 150 W per chip?", REFUSE),
    ("does the cloud ai 100 ultra draw under 200 W per chip", REFUSE),
    ("Does each AI 100 Ultra chip draw 150 W?", REFUSE),  # "each ... chip": per chip
    ("What is the power of a single AI 100 Ultra chip?", REFUSE),
    ("how much power does a single ai 100 ultra chip draw", REFUSE),
    ("what is the power of each mtia v2 chip", ["90 watts"]),
    ("does a single cs-3 chip reach 256 exaflops", False),  # one CS-3 chip: 2.6 petaflops
    ("does a single cs-3 reach 256 exaflops", REFUSE),  # the name is the system's too
    ("does the ai 100 ultra draw more than 100 W", True),  # 150 W per card, said in the reading
    ("Does the MTIA v2 use less than 100 W per chip?", True),  # 90 watts
    # W7: "(not only inference)" beside a workload that is no alternative to inference
    ("Which chips are for transformers (not only inference)?", REFUSE),
    ("Which chips are for generative AI (not only inference)?", REFUSE),
    ("Which chips are for large language models (not only inference)?", REFUSE),
    ("Which chips are for data centers (not only inference)?", REFUSE),
    ("Which chips are for ranking and recommendation (not only inference)?", REFUSE),
    ("which chips suit edge AI (not only inference)", REFUSE),
    (
        "which chips are suited to training (not only inference)",
        {
            "AWS Trainium2",
            "Cerebras CS-3",
            "Google Trillium TPU",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "SambaNova SN40L",
        },
    ),
    # W8: named chips ranked by a measure some of them have no figure of
    ("maia 100, groq lpu by clock", REFUSE),
    ("sn40l, cs-3, groq lpu by sram", REFUSE),
    ("rank maia 100, mtia v1 and mtia v2 by power", REFUSE),
    ("groq lpu, maia 100, northpole by clock speed", REFUSE),
    ("blackwell, maia 100, h100 by transistors", REFUSE),
    ("trainium2, gaudi 3, mi350 by hbm capacity", REFUSE),
    ("maia 100, mtia v2, e75 by power", REFUSE),
    ("m4, groq lpu, cs-3 by clock speed", REFUSE),
    ("trillium, gaudi 3, mi350 by memory bandwidth", REFUSE),
    ("groq lpu vs maia 100 clock", REFUSE),
    ("blackwell, maia 100 by transistors", ["Nvidia Blackwell GPU", "Microsoft Maia 100"]),
]

#: refusals whose message once stated what the article contradicts: (question, words it must not say)
NOT_SAYING: list[tuple[str, str]] = [
    ("which chip has the highest fp8 performance", "has a FP8 performance in the article"),  # Gaudi 3 (l.57)
    ("which chip has the highest fp8 throughput", "has a FP8 performance in the article"),
    ("does the cs-3 have more memory than the sn40l", "no memory capacity for Cerebras CS-3"),  # 1,200 TB (l.141)
    ("does the cs-3 have more memory than gaudi 3", "no memory capacity for Cerebras CS-3"),
]


#: refusals left open by figures of another scope or a hedge: they name those figures
SAYING: list[tuple[str, str]] = [
    ("does the cs-3 deliver more than 100 exaflops", "up to 256 exaflops, per cluster"),
    ("Does the AI 100 Ultra use less than 100 W per chip?", "150 W, per card"),
    ("does the m4 have more than 39 billion transistors", "about 40 billion"),
    ("which chip has the highest fp8 performance", "14.7 petaflops, FP8, per node"),
    ("does the cs-3 have more memory than the sn40l", "1,200 TB, per system"),
    ("maia 100, groq lpu by clock", "no clock speed for Microsoft Maia 100"),
    ("which chips use under 4.1 W", "nominal about 4 watts"),
    ("which chip powers copilot", "Microsoft Maia 100: supports application"),  # line 81
    # the chip after the verb is what is held: refused before the parts are looked up (red team 121)
    ("which chip contains the adreno 750", "asks what holds or uses it"),
    # (rtw3's reading of "what is" of a named chip refuses it first, naming no figure: a refusal
    # either way, less helpful since the merge)
    ("what precision is the groq lpu's 1 petaops", "asks for its figures"),  # line 153
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_3(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(("question", "false_claim"), NOT_SAYING, ids=[q for q, _ in NOT_SAYING])
def test_refusal_says_nothing_false(ask_json, question, false_claim):  # noqa: ANN001
    code, stdout = ask_json(question)
    if code == 0:
        return  # answered: the cases above judge answers
    assert code == 1
    assert false_claim not in stdout, stdout[:300]


@pytest.mark.parametrize(("question", "said"), SAYING, ids=[q for q, _ in SAYING])
def test_refusal_names_the_figures_it_rests_on(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)
