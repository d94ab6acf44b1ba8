"""Red team 6's wrong answers (report redteam6-wrong.md, classes R3, R4, R7, R8, R9, R10, R11), fixed
by mechanism; each class with the report's examples, paraphrases and near misses written here.

- R3: a scope after the plain noun "memory" ("the CS-3's memory per chip") was read and not applied:
  every memory of the chip was given, the CS-3's 1,200 TB per system as its memory per chip.
- R7: "in total" (a sum word) asked of one chip's figure was dropped: the e75's "up to 1.5 MB, per
  core" answered "how much SRAM does the e75 have in total". A sum asks for the whole chip's one
  figure: several figures, or a memory given per core or tile beside the chip's own, are no total.
- R4: a scope noun used as a modifier ("chip power", "core memory", "system memory", "die SRAM") was
  dropped or read as another measure (the e75's 96 Tensix cores for its "core memory"): it says the
  figure's scope, as "per chip" after the measure does.
- R8: what a claim question says it measures ("how much more memory ... than Trainium") was dropped
  and every claim of the chip answered: the words must name the claim's aspect (its labels), or the
  question is refused.
- R9: a fronted "not counting X," made "which chips ..." a count: a count word right after a
  negation and before a name is the exclusion's participle, not "how many".
- R10: "how many chips can an UltraCluster hold / are in an UltraCluster" counted the chips related
  to the system (1): the count of a system chips scale out through, or a technology's reach, is
  refused, naming the chip's scale-out figure.
- R11: "what are the per-chip X figures" listed chips having X at any scope: "per chip" now applies
  to the has-a-figure test and to having a memory.
"""

from __future__ import annotations

import pytest
from ask_expect import GPUS, REFUSE, check

MEMORY_SCOPE: list[tuple[str, object]] = [
    # l.141: 1,200 TB "in a single system", no per-chip memory
    ("what is the cs-3's memory per chip", (REFUSE, "no memory per chip")),
    ("what memory does a single cs-3 chip have", (REFUSE, "no memory per chip")),
    ("cs-3 memory per die", (REFUSE, "no memory per die")),
    ("what is the cs-3's memory per card", REFUSE),
    # l.53, l.55: 48 MB SRAM per die; 96 MB SRAM and 128 GB HBM per GPU
    ("what is the gaudi 3's memory per die", "SRAM, on-chip, capacity 48 MB, per die"),
    ("what memory does each gaudi 3 die have", "SRAM, on-chip, capacity 48 MB, per die"),
    (
        "gaudi 3 memory per chip",
        {"HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s", "SRAM, on-chip, capacity 96 MB"},
    ),
    # l.181, l.183: SRAM per Tensix core, 8 GB LPDDR4 per chip
    ("what is the e75's memory per chip", "LPDDR4, off-chip, capacity 8 GB"),
    ("what is the e75's memory per core", "SRAM, on-chip, capacity up to 1.5 MB, per core"),
    # l.163: the M2000's SRAM and flash are per tile
    ("what is the m2000's memory per chip", REFUSE),
    # l.73: Trainium2's 96 GB HBM is per chip, not per pod or cluster; l.103 the AI 100 Ultra's per chip
    ("what is the trainium2's memory per pod", (REFUSE, "no memory per pod")),
    ("trainium2 memory per cluster", REFUSE),
    ("ai 100 ultra memory per card", (REFUSE, "no memory per card")),
    # near misses: the scope the figure has, and no scope at all
    ("what is the cs-3's memory per system", "off-chip, capacity up to 1,200 TB, per system"),
    ("what memory does the cs-3 have", "off-chip, capacity up to 1,200 TB, per system"),
    ("what is the trainium2's memory", "HBM, off-chip, capacity 96 GB"),
]

IN_TOTAL: list[tuple[str, object]] = [
    # l.181: up to 1.5 MB of SRAM per Tensix core, no chip total
    ("how much sram does the e75 have in total", (REFUSE, "per chip")),
    ("what is the e150's sram in total", REFUSE),
    ("how much sram does the e150 carry altogether", REFUSE),
    # l.181: five RISC-V processors per Tensix core; l.163 one per M2000 tile
    ("how many risc-v processors does the e75 have in total", REFUSE),
    ("how many risc-v processors does the m2000 have in total", REFUSE),
    ("what is the m2000's memory in total", REFUSE),
    # a node's or a card's figure is no chip total either (l.57, l.105)
    ("gaudi 3 performance in total", REFUSE),
    ("what is the ai 100 ultra's power in total", REFUSE),
    # several memories or core counts are parts of a sum the article does not state
    ("what is the total memory of the sn40l", (REFUSE, "no total memory")),
    ("how much memory does the e75 have in total", (REFUSE, "not totalled")),
    ("how many cores does the m4 have in total", REFUSE),  # session 52: refused first as several kinds
    # near misses: the chip's own total (l.53: 96 MB SRAM, 64 TPCs, 8 MMEs per GPU; l.173 256 GB LPDDR5)
    ("gaudi 3 total sram", "96 MB"),
    ("how many tpcs does the gaudi 3 have in total", "64 TPCs"),
    ("how many matrix math engines does gaudi 3 have altogether", "8 matrix math engines"),
    ("what is the corsair's total lpddr5 capacity", "256 GB"),
    ("how many cpu cores does the m4 have in total", "10 CPU cores"),  # l.119
    ("what is the total hbm of trainium2", "96 GB"),  # l.73
    # a scope said keeps its own reading (l.141: per system)
    ("what total memory does a single cs-3 system support", "off-chip, capacity up to 1,200 TB, per system"),
    # a measure stated at every scope: "total" is its reach (l.73: up to 100,000 chips)
    (
        "how many chips can trainium2 scale to in total",
        "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster",
    ),
]

SCOPE_MODIFIER: list[tuple[str, object]] = [
    # l.57: Gaudi 3's performance is given per node and per cluster only
    ("what is the gaudi 3's chip performance", (REFUSE, "no performance per chip")),
    ("gaudi 3 chip performance", REFUSE),
    ("what is the chip performance of the gaudi 3", REFUSE),
    # l.141: the CS-3's memory is per system
    ("what is the cs-3's chip memory", (REFUSE, "no memory per chip")),
    ("what is the cs-3's system memory", "off-chip, capacity up to 1,200 TB, per system"),
    ("what memory does one cs-3 system have", "off-chip, capacity up to 1,200 TB, per system"),
    ("how many transistors does a single cs-3 system have", REFUSE),  # l.139: 4 trillion on the chip
    # l.105: 150 W for single-card configurations
    ("what is the ai 100 ultra's chip power", (REFUSE, "no power per chip")),
    ("ai 100 ultra chip power", REFUSE),
    ("what is the ai 100 ultra's card power", "150 W, per card"),
    ("which chips have a chip power over 100 W", {"Tenstorrent Grayskull e150"}),  # l.183: 200 W
    ("which chips have a chip power above 120 watts", {"Tenstorrent Grayskull e150"}),
    # l.73: up to 300 billion parameters in UltraClusters, no per-chip figure
    ("what is the trainium2's chip model size", REFUSE),
    # l.181: SRAM per Tensix core, never the count of cores
    ("what is the e75's core memory", "SRAM, on-chip, capacity up to 1.5 MB, per core"),
    ("e150 core sram", "up to 1.5 MB, per core"),
    ("what is the groq lpu's core memory", (REFUSE, "no memory per core")),  # l.153: 1,000 units, no core memory
    # l.163: SRAM and flash per tile, never the 108 tiles
    ("what is the m2000's tile memory", {"flash memory, on-chip, per tile", "SRAM, on-chip, per tile"}),
    ("what is the m2000's chip memory", REFUSE),
    # l.53: 48 MB per die
    ("what is the gaudi 3's die sram", "48 MB, per die"),
    ("what is the m4's core clock", REFUSE),  # l.119: up to 3.5 GHz for the chip
    # "the <name> chip" asks for the chip's own figure, as "per chip" does
    ("how much memory does the cs-3 chip have", (REFUSE, "per chip")),  # l.141: per system
    ("how much sram does the e75 chip have", REFUSE),  # l.181: per core
    ("what is the sram of the e75 chip", REFUSE),
    ("does the ai 100 ultra chip draw more than 100 w", REFUSE),  # l.105: per card
    ("how many transistors does the cs-3 chip have", "4 trillion"),  # l.139
    ("what is the die area of the northpole chip", "800 mm², per die"),  # l.111: its die is the chip's
    ("what is the power of the ai 100 ultra card", "150 W, per card"),
    # near misses: the scope the figure has; a chip word that is the question's head
    ("what is the gaudi 3's node performance", "14.7 petaflops, FP8, per node, across 8 chips"),
    ("what is the node performance of the gaudi 3", "14.7 petaflops, FP8, per node, across 8 chips"),
    ("what is the gaudi 3's chip sram", "96 MB"),
    ("gaudi 3 chip hbm", "128 GB"),
    ("what is the chip power of the mtia v2", "90 watts"),  # l.89
    ("which chip has the most sram", "d-Matrix Corsair C8"),  # l.173: 2 GB
]

CLAIM_ASPECT: list[tuple[str, object]] = [
    # l.75: up to 4x training performance, 3x the memory capacity, 2x efficiency
    ("how much more memory does trainium2 have than trainium", "3 x, memory capacity, vs AWS Trainium"),
    ("trainium2 memory gain over the first trainium", "3 x, memory capacity, vs AWS Trainium"),
    (
        "by how much does trainium2 improve training performance over trainium",
        "up to 4 x, training performance, vs AWS Trainium",
    ),
    (
        "how much does trainium2 speed up training over its predecessor",
        "up to 4 x, training performance, vs AWS Trainium",
    ),
    ("trainium2 training speed gain over trainium", "up to 4 x, training performance, vs AWS Trainium"),
    # l.89, l.91: MTIA v2 against the first generation
    (
        "by how much does the mtia v2 improve serving throughput over the mtia v1",
        "6 x, serving throughput, vs Meta MTIA v1, per system (vendor claim)",
    ),
    (
        "how much more memory capacity does the mtia v2 have than the mtia v1",
        "doubling (2x), memory capacity, vs Meta MTIA v1",
    ),
    ("mtia v2 model performance vs first gen", "3 x, model performance, vs Meta MTIA v1 (vendor claim)"),
    # l.63, l.65: Trillium against previous TPUs: compute, memory bandwidth, interconnect bandwidth
    (
        "how much more memory bandwidth does trillium have than previous tpus",
        "double (2x), memory bandwidth, vs previous generation TPUs",
    ),
    (
        "what is the peak compute gain of trillium over previous tpus",
        "4.7 x, peak compute, vs previous generation TPUs",
    ),
    (
        "how much more ici bandwidth does trillium get over the last gen",
        "double (2x), interconnect bandwidth, vs previous generation TPUs",
    ),
    # no claim of what is asked: refused, never every claim of the chip
    # bandwidth only; "no claim ... named by 'memory' alone" (session 43: "gives no memory claim" denied it)
    ("how much more memory does trillium have than previous tpus", (REFUSE, "named by 'memory' alone")),
    ("how much more bandwidth does trillium have than previous tpus", REFUSE),  # memory or interconnect?
    ("how much more power does trainium2 use than trainium", REFUSE),
    ("how much more performance does trainium2 have than trainium", REFUSE),  # training performance only
    # l.91: MTIA v2's 3x is on "key models" (model performance), not training: training's other name
    # "model training" does not make "training performance" name it
    ("how much more training performance does the mtia v2 have than the mtia v1", REFUSE),
    (
        "how much more model performance does the mtia v2 have than the mtia v1",
        "3 x, model performance, vs Meta MTIA v1 (vendor claim)",
    ),
    # near misses: an aspect word of its own, and no aspect said (every claim, each with its aspect)
    ("how much more dense compute does the mtia v2 have than the mtia v1", "3.5 x, dense compute, vs Meta MTIA v1"),
    (
        "how much faster is the mi350 than the mi300 at inference",
        "up to 35 times, inference performance, vs AMD Instinct MI300 series",
    ),
    ("how much better is trainium2 than trainium", 3),
]

TSMC = {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}

NOT_COUNTING: list[tuple[str, object]] = [
    # l.41, 97, 119, 151, 103: the chips TSMC makes; a fronted "not counting X" sets X aside
    ("not counting the ai 100 ultra, which chips are made by tsmc", TSMC - {"Qualcomm Cloud AI 100 Ultra"}),
    ("not counting the h100, which chips are gpus", GPUS - {"Nvidia H100"}),
    ("not counting the groq lpu, which chips support int8", {"IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}),
    ("which chips are made by tsmc if you don't count the m4", TSMC - {"Apple M4"}),
    ("without counting the m4, what chips does tsmc make", TSMC - {"Apple M4"}),
    ("not counting the m4 or the groq lpu, list the chips made by tsmc", TSMC - {"Apple M4", "Groq LPU"}),
    ("not counting the h100, which gpus are there", GPUS - {"Nvidia H100"}),
    # near misses: a count asked still counts; "counting" after the noun as before
    ("not counting the h100, how many chips are gpus", "5"),
    ("how many chips are gpus, not counting the h100", "5"),
    ("which chips, not counting the m4, are made by tsmc", TSMC - {"Apple M4"}),
]

REACH_OF_A_SYSTEM: list[tuple[str, object]] = [
    # l.75: "scalable up to 100,000 chips in EC2 UltraClusters": the reach, not the 1 chip related
    ("how many chips can an ultracluster hold", REFUSE),
    # session 49: "in an EC2 UltraCluster" is a cluster's scope (words.tsv); the count of chips of no one
    # chip named is still refused
    ("how many chips in an ec2 ultracluster", REFUSE),
    ("how many chips are in an ultracluster", (REFUSE, "scale out")),
    ("how many chips does an ec2 ultracluster contain", REFUSE),
    # l.143: up to 2,048 systems on the cluster network; l.67 Trillium over 1,000 via the datacenter network
    ("how many chips does the cerebras cluster network connect", REFUSE),
    ("how many chips are in the google datacenter network", (REFUSE, "over 1,000 TPUs")),
    ("how many chips can the google datacenter network link", REFUSE),
    # near misses: a chip's own scale out; a system chips are deployed on, counted
    ("how many chips does a trillium pod hold", "up to 256 units, via ICI, per pod"),
    ("how many chips are deployed on azure", "1"),
    ("which chips use ec2 ultraclusters", {"AWS Trainium2"}),
]

PER_CHIP_FIGURES: list[tuple[str, object]] = [
    # the "per chip" of a list applies to having the figure: the CS-3's memory is per system (l.141),
    # the AI 100 Ultra's power per card (l.105), the Grayskulls' SRAM per core (l.181), the M2000's per tile
    # "memory figures" read as capacities left out the Apple M4, whose per-chip memory figure is a
    # bandwidth (l.119): refused since red team 53, saying which figure to name
    ("what are the per-chip memory figures", (REFUSE, "memory capacity")),
    (
        "what are the per-chip power figures",
        {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"},
    ),
    (
        "which chips have a per-chip power figure",
        {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"},
    ),
    (
        "which chips have sram per chip",
        {
            "Groq LPU",
            "IBM NorthPole",
            "Intel Gaudi 3",
            "Meta MTIA v2",
            "Qualcomm Cloud AI 100 Ultra",
            "SambaNova SN40L",
            "d-Matrix Corsair C8",
        },
    ),
    # near miss: with no "per chip", the card's power shows the chip has a power figure
    (
        "which chips have a power figure",
        {
            "Meta MTIA v2",
            "Mythic M2000",
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
        },
    ),
]

CASES = MEMORY_SCOPE + IN_TOTAL + SCOPE_MODIFIER + CLAIM_ASPECT + NOT_COUNTING + REACH_OF_A_SYSTEM + PER_CHIP_FIGURES


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_6_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
