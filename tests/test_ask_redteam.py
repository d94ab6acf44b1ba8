"""Wrong answers found by red-team rounds against ``chipkg ask``, kept as regression cases.

Each was answered with exit 0 and a wrong result at some point; now each must be refused (exit 1)
or answered right. Expected answers come from the article (line numbers) and the graph.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column, refused, rows

CASES: list[tuple[str, object]] = [
    # lower bounds, hedges and several figures of one measure
    (
        "chips with more than 10 billion transistors",
        {
            "Apple M4",
            "Cerebras CS-3",
            "Groq LPU",
            "IBM NorthPole",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "Qualcomm Adreno 750",
            "Qualcomm Cloud AI 100 Ultra",
        },
    ),
    ("does the Apple M4 have exactly 40 billion transistors?", REFUSE),  # "around 40 billion" (l.119)
    ("does the Apple M4 have fewer than 10 cores?", REFUSE),  # 4 + 6 CPU cores, 10 GPU cores ...
    ("most transistors, Groq LPU or NorthPole?", REFUSE),  # Groq: "over 20 billion", NorthPole 22 billion
    ("which chip has the fewest cores", REFUSE),
    ("which chip has the least memory", REFUSE),
    ("M2000 over 10 W?", False),  # about 4 W typical (l.165)
    ("does the Groq LPU have fewer than 10 billion transistors?", False),  # over 20 billion (l.151)
    # FLOPS stay FLOPS
    ("Does the AI 100 Ultra reach more than 100 TFLOPS?", REFUSE),  # only 400 TOPS INT8 is stated
    ("chips with less than 10 TFLOPS", REFUSE),  # the M4's 7.5 TFLOPS is its GPU's only (session 55)
    ("more than 100 TOPS of FP16", REFUSE),
    # negations the article cannot complete
    ("chips that are not GPUs", REFUSE),
    ("which chips are not made by TSMC", REFUSE),
    ("chips with no off-chip memory", REFUSE),
    ("which chips are not suitable for training?", REFUSE),  # only LLM training is ruled out (l.113)
    ("chips that only support inference", REFUSE),
    ("isn't the Groq LPU a GPU?", False),  # asks the positive (test_ask_negated_opening): an LPU is no GPU
    # one chip's figure, not a list of names
    ("what is the largest model Blackwell supports?", "up to 10 trillion"),
    ("what memory does the Groq LPU use?", "SRAM, on-chip, capacity 128 MB"),
    ("what is the lowest clock of the M4", REFUSE),
    ("what node is the Mythic thing built on?", "40nm"),
    ("which node does Groq use", "7nm"),
    # organizations
    ("who is the parent of Google?", {"Alphabet"}),
    ("Google's parent", {"Alphabet"}),
    ("habana labs acquirer", {"Intel"}),
    ("acquirer of Habana Labs", {"Intel"}),
    ("whom did Intel acquire", {"Habana Labs"}),
    ("uxl foundation members except AMD", {"Google", "Intel"}),
    ("who designs chips that TSMC makes", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
    ("which consortium is Google in?", {"UXL Foundation"}),
    ("who owns Habana Labs?", REFUSE),  # acquired, not stated as owned
    ("who does TSMC fabricate for", REFUSE),
    ("who makes the chip with the most SRAM?", REFUSE),
    ("which vendors have 2 chips?", REFUSE),
    ("Did Intel acquire Habana Labs?", True),  # yes/no about two organizations (l.57)  # yes/no is about one chip
    # shapes that once lost a word
    ("chips with 128 or 256 MB of SRAM", REFUSE),
    ("less than or equal to 90 W chips", {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"}),
    (
        "chips that support at least one of INT8 and FP16",
        {"AWS Trainium2", "Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("which chips (GPUs) have HBM?", {"AMD Instinct MI350", "Intel Gaudi 3"}),
    ("which is the most powerful chip", REFUSE),
    ("what does Groq's chip support?", REFUSE),
    ("which node has the most chips?", "7nm"),  # the node with the most chips (6), not the most feature size
    ("Which node hosts the most of the chips in the article?", "7nm"),  # once read as the most feature size
    ("what process node has the most of the chips?", "7nm"),
    # on-chip one memory, off-chip memory in general: both ("The article names no chip that fits"
    # when the off-chip word was said of the SRAM)
    (
        "chips pairing on-chip SRAM with off-chip memory",
        {
            "Intel Gaudi 3",
            "Qualcomm Cloud AI 100 Ultra",
            "SambaNova SN40L",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),
    ("accelerators with hbm and on-chip memory", {"Intel Gaudi 3", "SambaNova SN40L"}),
    ("chips with sram or off-chip memory", REFUSE),
    # a bit rate is never compared with a memory's bandwidth in bytes (kw3): refused
    ("does the ai 100 ultra have more than 1 tbps of memory bandwidth", REFUSE),
    ("does the m4 have more than 500 gbps of bandwidth", REFUSE),
    # "uses" names no relation: it was read as the designer (red team 3, N7)
    ("which hyperscaler uses the groq lpu", REFUSE),
    ("who uses the maia 100", REFUSE),
    ("which company uses the m4?", REFUSE),
    # "one <chip> chip": per chip, never the card's or the system's figure (red team 3, N9)
    ("How much memory does one CS-3 chip have?", REFUSE),  # 1,200 TB is per system
    ("what's the power draw of a single AI 100 Ultra chip?", REFUSE),  # 150 W is per card
    ("how much sram does one gaudi 3 chip have", "96 MB"),
    # the maximum of one chip's figure: a typical or "over" figure is none; "base" is no filler
    # (it was read by the stem of "based"): red team 3, N10
    ("What is the M2000's maximum power?", REFUSE),  # typical about 4 W
    ("northpole max clock speed", REFUSE),  # nominal 400 MHz
    ("what's the groq lpu's maximum transistor count", REFUSE),  # over 20 billion
    ("what is the m4's max clock", "up to 3.5 GHz"),
    ("What's the M4's base clock?", REFUSE),
    # "which <vendor> chip has <memory>" asks which of its chips has it, not the memory's size (it
    # said "no HBM capacity for AMD Instinct MI350"): red team 3's false refusals
    ("Which AMD chip has HBM?", {"AMD Instinct MI350"}),
    ("which intel chip uses hbm", {"Intel Gaudi 3"}),
    ("chips with on-chip and off-chip memory", REFUSE),
    # an organization class, "with", then chips: the organizations are asked for (listed the chips)
    ("firms with chips made by TSMC", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
    ("organisations with 7nm chips", {"AWS", "Cerebras Systems", "Groq", "Meta", "Qualcomm", "SambaNova Systems"}),
    ("chips with more than 5 GHz of SRAM", REFUSE),
    ("chips clocked above 50 GB", REFUSE),
    ("Which chips run faster than 1 GHz while drawing under 100 W?", {"Meta MTIA v2"}),
    ("does the MTIA v2 have less than 1 GB of memory?", REFUSE),
    ("can one Cloud AI 100 Ultra card run a 150 billion parameter model?", REFUSE),
    ("how many chips support at least one of FP8 and FP4?", "3"),
    # counted the chips (1) once; now the formats the article names for it (l.75), listed in the reading
    ("how many formats does Trainium2 support", "6"),
    (
        "what chips use LPDDR memory?",
        {
            "Apple M4",
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_case(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=True)


ROUND_6: list[tuple[str, object]] = [
    ("power draw of every chip under 100 W", {"Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000"}),
    ("what kind of chip is the Groq LPU?", REFUSE),
    ("which foundry makes each chip?", REFUSE),
    ("which 3 chips have the fewest cores?", REFUSE),  # the M4's several core counts
    ("chips with SRAM and more than 100 GB of memory", REFUSE),
    # a bit width names each format of that width (INT4 and FP4 alike): any of them
    ("which chips support 4-bit precision?", {"IBM NorthPole", "Nvidia Blackwell GPU"}),
    ("what memory does the SN40L use?", "SRAM, on-chip"),  # its SRAM has no stated size (l.131)
]


@pytest.mark.parametrize(("question", "expected"), ROUND_6, ids=[q for q, _ in ROUND_6])
def test_red_team_round_6(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


ROUND_7: list[tuple[str, object]] = [
    ("which 3 chips have the fewest transistors", REFUSE),  # all three lowest are "over" figures
    # NorthPole's "over 200 TOPS" reaches 300 among the field (LOWER_BOUND_REACH 1.5): below 400 TOPS
    ("top 2 chips by INT8 performance", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
    ("does TSMC design the M4?", False),  # Apple designs it (l.119)
    # TSMC does (l.97, hedged), which rules out no other foundry: ck:manufacturedBy is not functional (kw2 W5)
    ("does Qualcomm fabricate the Adreno 750?", (REFUSE, "does not say")),
    ("does Intel fabricate the Gaudi 3?", REFUSE),  # the article names no fab
    ("chips with at least 25 billion transistors", REFUSE),  # Groq: over 20 billion
    ("how many chips have fewer than 50 billion transistors?", REFUSE),
    ("chips with more than 100 billion transistors", {"Cerebras CS-3", "Microsoft Maia 100", "Nvidia Blackwell GPU"}),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_7, ids=[q for q, _ in ROUND_7])
def test_red_team_round_7(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


#: Round 8: memory named beside a technology, and per-core SRAM figures against upper limits.
ROUND_8: list[tuple[str, object]] = [
    ("which chip with HBM has the most memory?", REFUSE),  # HBM capacity or on-chip SRAM?
    ("which chip has the least SRAM?", REFUSE),  # Mythic M2000's SRAM is stated per tile
    ("how many chips have less than 200 MB of SRAM?", REFUSE),  # the same
    ("which chip has the most SRAM?", {"d-Matrix Corsair C8"}),  # 2 GB beats any per-tile total
    # a figure asked for with an organization named later was answered with organizations
    ("what clock speed does the vendor quote for the Groq LPU", "1.2 GHz"),
    ("What HBM capacity does the vendor quote for the Gaudi 3?", "128 GB"),
    ("What LPDDR5 capacity is given for d-Matrix's Corsair C8, per the vendor product page cited?", "256 GB"),
    ("which node does the foundry use for the Cloud AI 100 Ultra", "7nm"),  # answered TSMC
    ("how many cores does the vendor claim for the CS-3", "900,000 AI-optimized cores"),  # counted vendors
    ("which workloads does the vendor target with the Groq LPU", {"data center", "inference"}),  # Groq
    # a terse question mark after a measure word asks for the figure, not yes/no (was refused)
    ("nvidia blackwell transistors?", "208 billion"),
    ("gaudi 3 hbm capacity?", "128 GB"),
    ("gaudi 3 hbm?", True),  # a technology alone stays a yes/no question
    # found by held-out set 7's first run
    (
        "how fast is blackwell's nvlink?",
        "1.8 TB/s, bidirectional",
    ),  # was answered with the chip's name; a link's speed is its bandwidth
    (
        "rank the M4, Blackwell and Maia 100 by transistors from fewest to most",
        {"Apple M4", "Microsoft Maia 100", "Nvidia Blackwell GPU"},
    ),  # read as "the fewest": one row
    ("e75 Tensix cores", {"96 Tensix cores"}),  # shown beside "5 RISC-V processors, per core"
    (
        "How many tiers does the SambaNova SN40L's memory hierarchy have?",
        {"3 tiers (memory tiers)"},
    ),  # listed the memories
    ("Mythic AMP tiles", "108 AMP tiles"),  # listed the chip
    # read DIMC (the architecture) as a constraint; now the parenthesis lists kinds of unit the graph
    # counts as compute units, examples of "cores" (test_ask_glosses), and the top of all is answered
    ("which chip has the most cores, whatever the vendor calls them (cores, tiles, DIMCs)?", "Cerebras CS-3"),
    # a measure named beside a kind of organization was dropped: every designer was listed
    ("which vendors quote a clock speed", {"Apple", "Groq", "IBM", "Meta", "Tenstorrent"}),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_8, ids=[q for q, _ in ROUND_8])
def test_red_team_round_8(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


#: Round 9 (~330 questions on this session's changes): organization words beside a figure asked
#: with "how much", a capacity word dropped, the unit of a performance dropped, orders that lower
#: bounds leave undecided.
ROUND_9: list[tuple[str, object]] = [
    ("how much SRAM does the vendor say the Groq LPU has", "128 MB"),  # answered Groq
    ("how much HBM does the vendor list for Gaudi 3", "128 GB"),  # answered Intel
    ("what precision does the vendor list for the Groq LPU", REFUSE),  # answered Groq (designed by)
    (
        "which chips state an SRAM capacity",
        {  # Mythic and SN40L name SRAM without a size (l.131, l.163)
            "Groq LPU",
            "IBM NorthPole",
            "Intel Gaudi 3",
            "Meta MTIA v2",
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),
    (
        "which chips have a performance in TOPS",
        {  # FLOPS figures were in
            "Apple M4",
            "Groq LPU",
            "IBM NorthPole",
            "Mythic M2000",
            "Qualcomm Cloud AI 100 Ultra",
        },
    ),
    ("rank Groq LPU, Adreno 750 and NorthPole by transistors from fewest to most", REFUSE),  # over 20 bn vs 22 bn
    ("rank chips from most to fewest cores", REFUSE),  # Groq's lower bound near SN40L's 1,040
    ("ibm 12nm sram", {"192 MB"}),  # listed the chip
    # listed every designer (AMD's MI350 has no node, l.47); session 44: the designers of chips with a
    # stated node, AMD, Google and Tenstorrent left out
    (
        "which vendors state a node",
        {
            "AWS",
            "Apple",
            "Cerebras Systems",
            "Groq",
            "IBM",
            "Intel",
            "Meta",
            "Microsoft",
            "Mythic",
            "Nvidia",
            "Qualcomm",
            "SambaNova Systems",
            "d-Matrix",
        },
    ),
    ("which foundry for groq", REFUSE),
    # "12 cores" lost what they are (l.119); since session 52 "how many" of several kinds is refused,
    # naming each ("manufactured by Groq": an empty list with exit 0)
    ("how many cores does the M4 have", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_9, ids=[q for q, _ in ROUND_9])
def test_red_team_round_9(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


#: Round 10: the shapes added after held-out set 8 (comparatives, scopes, '... first', systems),
#: and the ways each could go wrong. A list expects those rows in that order.
ROUND_10: list[tuple[str, object]] = [
    ("which has more SRAM, Groq LPU or Qualcomm Cloud AI 100 Ultra?", {"Qualcomm Cloud AI 100 Ultra"}),
    ("which has a higher clock, groq lpu or mtia v2", {"Meta MTIA v2"}),
    ("which has fewer cores, groq lpu or sn40l", REFUSE),  # Groq's "thousands" is a lower bound
    ("chips with more sram", REFUSE),  # more than what?
    ("does gaudi 3 have more sram than the groq lpu?", False),  # 96 MB per chip vs 128 MB (yes/no comparisons)
    ("gaudi 3 sram per die", "48 MB, per die"),
    ("groq lpu sram per die", REFUSE),  # no per-die figure: absent, not the per-chip one
    ("which chips have over 10 MB of sram per die", REFUSE),  # scopes are not compared in lists
    ("Up to how many Trillium TPUs fit in a single pod?", "up to 256 units, via ICI, per pod"),
    (
        "At most, how many CS-3 systems can be interconnected in one cluster?",
        "up to 2,048 interconnected units, per cluster",
    ),
    ("which chips run on Microsoft Azure", {"Microsoft Maia 100"}),
    ("what chip powers gemini", {"Google Trillium TPU"}),
    ("what GPU sits in the Snapdragon 8 Gen 3?", {"Qualcomm Adreno 750"}),
    ("what GPU is in the Groq LPU", REFUSE),  # was "no chips", exit 0
    ("In which AWS cluster offering is Trainium2 described as scaling out?", REFUSE),  # two things asked
    ("which chip has the least SRAM, not per core", {"Intel Gaudi 3"}),
    ("which chip has the least sram", REFUSE),  # Grayskull's and Mythic's per-core SRAM
    ("which chip has the most sram (counted per chip, not per core or per die)", {"d-Matrix Corsair C8"}),
    ("which chip has the most sram (not made by TSMC)", REFUSE),  # a negation in a parenthesis
    (
        "which chips have between 100 MB and 200 MB of SRAM per chip",
        {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("rank chips by process node, coarsest node first", ["Mythic M2000", "IBM NorthPole"]),
    (
        "rank mtia v2 / northpole / grayskull e75 by clock, fastest first",
        ["Meta MTIA v2", "Tenstorrent Grayskull e75", "IBM NorthPole"],
    ),
    ("# chips on 7nm", "6"),
    ("gaudi3 mem bw", "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"),
    ("which chip has the biggest die", REFUSE),  # die area, not die count (only NorthPole has one)
    # counts of one kind of unit (ck:countOf), named by the kinds' labels in the graph
    ("apple m4 gpu cores", "12 cores (GPU cores)"),
    ("how many cpu cores does the m4 have", "10 CPU cores"),
    ("how many high-performance cores in apple's m4?", "4 high-performance cores"),
    ("Gaudi 3 TPCs", {"64 TPCs"}),  # not also the 32 per die
    ("which chip has the most tensix cores", {"Tenstorrent Grayskull e150"}),
    ("chips with more than 100 tensix cores", {"Tenstorrent Grayskull e150"}),
    ("how many tensix cores does the groq lpu have", REFUSE),  # absent, not its processing units
    ("chips with no tensix cores", REFUSE),
    # a name the graph gives several chips (a product line): each of them
    ("what company is behind grayskull?", {"Tenstorrent"}),
    ("which grayskull has more cores", {"Tenstorrent Grayskull e150"}),
    ("Which of Tenstorrent's two Grayskull models has more Tensix cores?", {"Tenstorrent Grayskull e150"}),
    ("does the grayskull use lpddr4", True),  # both do (l.183)
    ("does grayskull use hbm", False),  # l.183: LPDDR4 in place of HBM, for both (session 29)
    ("chips on 12nm except grayskull", {"IBM NorthPole"}),
    ("d-matrix corsair tflops", "up to 9,600 TFLOPS (vendor claim)"),  # l.173 "it claims"
    # a chip's comparison claims (ck:claim, the inverse of ck:subject): each with aspect and baseline
    (
        "how much faster is the mi350 vs mi300 at inference",
        {"up to 35 times, inference performance, vs AMD Instinct MI300 series"},
    ),
    (
        "What peak compute increase over previous TPUs does Google claim for Trillium?",
        "4.7 x, peak compute, vs previous generation TPUs",
    ),
    ("trillium memory bandwidth gain", "double (2x), memory bandwidth, vs previous generation TPUs"),
    # an interconnect's bandwidth, not a memory's
    ("What NVLink bandwidth per GPU is stated for Blackwell?", "1.8 TB/s, bidirectional"),
    ("groq lpu nvlink bandwidth", REFUSE),  # no NVLink: absent, not its memory bandwidth
    ("gaudi 3 bandwidth", "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"),
    ("How many units can a single Trillium pod hold?", "up to 256 units, via ICI, per pod"),  # a pod: scale-out
    ("How many chips does the article say are manufactured by TSMC, at any process node?", "5"),
    ("chips on any process node", REFUSE),  # 'any' node without 'at': not read as no constraint
    ("Which chip is built on the oldest (largest feature size) process node?", {"Mythic M2000"}),
    # formats named by bit width and family (ck:bitWidth, ck:formatFamily)
    ("northpole 2-bit tops", "800 TOPS, INT2"),
    ("northpole 4-bit integer performance", "400 TOPS, INT4"),
    ("What throughput does the article give for IBM's NorthPole at 4-bit precision?", "400 TOPS, INT4"),  # FP4 or INT4
    ("Among the chips with a stated 8-bit integer (INT8) throughput figure, which is highest?", {"Groq LPU"}),
    ("Which chips are stated to support BF16 in addition to FP16?", {"AWS Trainium2", "Groq LPU"}),
    (
        "Which chips attach to the host over PCIe 4.0?",
        {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"},
    ),
    # yes/no about two organizations: is the first among the answers about the second
    ("did intel buy habana?", True),
    ("was habana acquired by intel", True),
    ("is amd a member of the uxl foundation", True),
    ("is nvidia a member of the uxl foundation", REFUSE),  # not listed, and the lists are not exhaustive
    ("did amd buy habana?", REFUSE),
    ("is google the parent of alphabet", REFUSE),  # the other way round
    ("what kind of memory does the apple m4 use", "LPDDR5X, off-chip, bandwidth up to 100 GB/s"),
    (
        "which chips use lpddr of some kind?",
        {
            "Qualcomm Cloud AI 100 Ultra",
            "Apple M4",
            "d-Matrix Corsair C8",
            "Tenstorrent Grayskull e75",
            "Tenstorrent Grayskull e150",
        },
    ),
    ("what kind of chip is the groq lpu", REFUSE),  # the kinds of a chip: describe
    ("mi350 production year", "2025"),
    ("In what year does the article say the AMD Instinct MI350 is scheduled to enter production?", "2025"),
    ("groq lpu production year", REFUSE),  # absent
    ("what year was the groq lpu released", REFUSE),  # a release date: not in the graph
    # the year after the production phrase is read since stop 41 (the MI350's 2025, l.47)
    ("which chips enter production in 2025", ["AMD Instinct MI350"]),
    # "per the X section": where the asker read it; "the X section" alone stays a question about sections
    ("How many tiers does the SN40L's memory hierarchy comprise, per the SambaNova section?", "3 tiers (memory tiers)"),
    (
        "Which applications is the Maia 100 said to support, as stated in the Microsoft section?",
        {"Microsoft Copilot", "Azure OpenAI Service"},
    ),
    ("which chips are in the Nvidia section", REFUSE),  # was every chip, exit 0, while being written
    ("how many chips does the AMD section cover", REFUSE),
    (
        "Arrange the Apple M4, Intel Gaudi 3, IBM NorthPole and Mythic M2000 by process node, finest geometry first.",
        ["Apple M4", "Intel Gaudi 3", "IBM NorthPole", "Mythic M2000"],
    ),
    ("Is SambaNova's SN40L said to handle both training and inference on a single platform?", True),
    ("which chip is behind Google's Gemini models?", {"Google Trillium TPU"}),
    ("what chip helps run Microsoft Copilot?", {"Microsoft Maia 100"}),
    ("azure chips", {"Microsoft Maia 100"}),
    ("chips not deployed on azure", REFUSE),  # the article does not list where every chip runs
    # the article's groups (issue 11: data only) and existential questions about them
    # "which startups' chips": the startups, or their chips? held-out writers read it both ways
    # ("Which vendors' chips does the article position for training?" wants the vendors)
    ("which startups' chips are made on 7nm?", REFUSE),
    ("do any of the megacap players use on-chip SRAM over 100 MB?", {"IBM", "Meta", "Qualcomm"}),
    ("do any chips use 3nm", {"Apple M4"}),
    # organizations by how many chips they have (session 48): AMD and Qualcomm have three each, counting
    # the chips named only in passing or as baselines; no vendor has more than two profiled chips.
    # Refused unless the question says which count (session 49)
    ("which vendors have more than 2 chips", (REFUSE, "profiled chips")),
    (
        "which vendors make chips with more than 1000 cores",
        {"Cerebras Systems", "Groq", "SambaNova Systems", "d-Matrix"},
    ),
    # 'what' + an organization + a verb of making: their chips (listed the organizations, exit 0)
    (
        "what are the hyperscalers building?",
        {"AWS Trainium", "AWS Trainium2", "Google Trillium TPU", "Meta MTIA v1", "Meta MTIA v2", "Microsoft Maia 100"},
    ),
    ("what does qualcomm make", {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra", "Qualcomm Snapdragon 8 Gen 3"}),
    (
        "what does tsmc make",
        {  # a foundry: what it manufactures
            "Apple M4",
            "Groq LPU",
            "Nvidia Blackwell GPU",
            "Qualcomm Adreno 750",
            "Qualcomm Cloud AI 100 Ultra",
        },
    ),
    ("which chip claims the biggest speedup", REFUSE),  # claims measure different things
    ("chips with a speedup over 10x", REFUSE),
    ("what claims does the article make about groq", REFUSE),  # none: absent
    ("how many cores does the vendor claim for the CS-3", "900,000 AI-optimized cores"),  # 'claim' the verb
    (
        "What memory bandwidth does the article attribute to Google's Trillium TPU (reportedly double the prior "
        "generation)?",
        "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
    ),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_10, ids=[q for q, _ in ROUND_10])
def test_red_team_round_10(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "qualifier"),
    [("which figures are lower bounds", "LowerBound"), ("which figures are upper bounds", "UpperBound")],
)
def test_a_report_phrase_binds_its_parameter(ask_json, kg, question, qualifier):  # noqa: ANN001
    """'lower bounds' leads to the hedged-figures report narrowed to lower bounds: every figure the
    graph qualifies so, and no other (it listed all hedged figures)."""
    figures = set(column(answered(ask_json, question), "figure"))
    stated = {r["f"] for r in kg.rows(f"SELECT ?f WHERE {{ ?f ck:qualifier ck:{qualifier} }}")}
    assert figures == stated and figures


def test_ambiguity_phrases_lead_to_the_ambiguity_notes(ask_json, kg):  # noqa: ANN001
    """'what's ambiguous in the article?' is the inconsistency report narrowed to ambiguities: every
    ambiguity note, and nothing else."""
    kinds = column(answered(ask_json, "what's ambiguous in the article?"), "kind")
    notes = kg.rows("SELECT ?n WHERE { ?n ck:noteKind ck:Ambiguity }")
    assert kinds == ["ambiguity"] * len(notes) and len(notes) == 6


# Round 11: near misses of the mechanisms added for the analyst held-out questions: a chip's
# components, asides, contrasts (in parentheses and with 'rather than'), bit widths, kinds of
# figure and of claim, one holder's market share, "which vendors' chips", "per chip or per card",
# glosses outside parentheses. Each must answer as the article says or refuse, never answer wrong.
ROUND_11: list[tuple[str, object]] = [
    # a component named or implied: its own figure, or absent
    ("m4 neural engine tops", "38 TOPS, on Apple M4 Neural Engine"),
    ("What peak performance does the Apple M4's GPU reach?", "7.5 TFLOPS, on Apple M4 GPU, peak"),
    ("M4 GPU clock", REFUSE),  # the 3.5 GHz is the CPU's
    ("M4 neural engine clock speed", REFUSE),
    ("not the m4 neural engine tops", REFUSE),
    ("mythic m2000 cpu clock", REFUSE),
    # an aside that reads the figures as stated drops; one that is not closed, or holds a
    # parenthesis or a negation, is not an aside
    (
        "Which chips clock above 1 GHz, taking the article at face value?",
        {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"},
    ),
    ("taking tsmc chips", REFUSE),
    ("which chips, taking (the article) at face value, use HBM", REFUSE),
    ("which chips use HBM, taking 'up to' figures at face value but not HBM3E", REFUSE),
    # a contrast in parentheses: only another memory beside the one measured, or a narrower name
    (
        "Which 7nm chips carry over 100 MB of SRAM (SRAM, not DRAM)?",
        {"Groq LPU", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra"},
    ),
    ("which chips use SRAM (SRAM, not HBM)", REFUSE),  # nothing measured: 'SRAM but no HBM'?
    ("which chips are for training (training, not inference)", REFUSE),  # a chip may do both
    ("which chips use SRAM (not DRAM)", REFUSE),
    ("which chips are for training (any training, not inference or LLM training)", REFUSE),
    # 'rather than' was a filler word: "training rather than inference" listed the chips for both
    ("which chips are for training rather than inference", REFUSE),
    ("chips for LLM training rather than training", REFUSE),  # broader, not set aside
    (
        "chips for training rather than LLM training",
        {
            "AWS Trainium2",
            "Cerebras CS-3",
            "Google Trillium TPU",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "SambaNova SN40L",
        },
    ),
    # a bit width: any format of it, for one chip's figure or a format constraint; never ranked
    ("northpole 8-bit tops", "over 200 TOPS, INT8"),
    ("fastest chip at 8-bit", REFUSE),
    ("4-bit chips over 100 TOPS", REFUSE),
    ("does the groq lpu support 4-bit?", REFUSE),  # the article does not say
    ("chips that don't support 8-bit", REFUSE),
    ("how many chips support 4-bit?", "2"),
    # the kind of figure a source names, and what a claim measures: one chip at a time
    ("cs-3 mixed-precision petaflops", "2.6 petaflops, mixed-precision"),
    ("which chips have mixed precision performance", REFUSE),
    ("groq lpu mixed precision performance", REFUSE),
    ("cs-3 performance other than mixed-precision", REFUSE),
    ("mtia v2 sparse compute gain", "7 x, sparse compute, vs Meta MTIA v1"),
    ("which chips claim an energy efficiency gain", REFUSE),
    ("trillium sparse compute improvement", REFUSE),  # Trillium claims no sparse compute gain
    ("blackwell nvlink interconnect bandwidth", "1.8 TB/s, bidirectional"),  # not a claim's aspect
    ("apple m4 efficiency cores", "6 efficiency cores"),  # a kind of core, not the efficiency aspect
    # one holder's market share
    ("nvidia market share", "about 85 %"),
    ("intel market share", REFUSE),
    ("groq lpu market share", REFUSE),
    ("market share of nvidia and amd", ["Nvidia", "AMD"]),  # each holder's row (test_ask_market_share_rank)
    # "which vendors' chips": the vendors, or their chips?
    ("what hyperscalers' chips use HBM?", REFUSE),
    (
        "which hbm designs",
        {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
    ("who designs hbm chips", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
    # per chip or per card: counts where the measure compares per-card figures (power)
    ("How many chips draw more than 100 W, per chip or per card?", "2"),
    ("which chip has the most sram per chip or per card", REFUSE),
    ("which chip draws the most power per chip or per die", REFUSE),
    # a gloss outside parentheses
    ("Which chips support FP32, i.e. single precision?", {"AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"}),
    ("which chips use HBM, e.g. Gaudi 3", REFUSE),
    ("which chips are made by tsmc, i.e. not samsung", REFUSE),
    ("chips like the groq lpu", REFUSE),
    # '4nm-class or smaller'
    (
        "chips on a 5nm-class or smaller node",
        {"Apple M4", "Intel Gaudi 3", "Microsoft Maia 100", "Nvidia Blackwell GPU", "Qualcomm Adreno 750"},
    ),
    ("chips on a 5nm-class node or larger", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_11, ids=[q for q, _ in ROUND_11])
def test_red_team_round_11(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


# Round 12: near misses of the second batch: on-chip/off-chip said of one memory, a broader memory
# name as head noun, section titles, remarks on phrasing, parentheses that restate the question,
# "a stated X", 'between' as a preposition, "connect with".
ROUND_12: list[tuple[str, object]] = [
    (
        "which chips have SRAM and external LPDDR",
        {
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),  # it asked for off-chip SRAM too, and answered no chip
    ("which chips have HBM and SRAM, all on-chip", REFUSE),
    ("which chips have SRAM and LPDDR off-chip", REFUSE),
    ("does gaudi 3 have SRAM and external HBM?", True),
    ("which chips use HBM, HBM3", REFUSE),  # both, either, or one within the other?
    (
        "which chips use lpddr dram",
        {
            "Apple M4",
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),
    ("future prospects chips", REFUSE),  # a section of the article, not a thing chips have
    ("Which company, per the Future Prospects section, acquired Habana Labs?", {"Intel"}),
    ("what is the combined sram of the groq lpu and northpole", REFUSE),  # "combined" still sums
    ("M4 CPU clock", "up to 3.5 GHz"),
    ("which chips have a neural engine", REFUSE),
    ("blackwell nvlink tops", REFUSE),  # a link's throughput is not in operations per second
    ("how fast is blackwell", REFUSE),
    ("which chip draws the most power (counting per-core figures)", REFUSE),
    ("which chip draws the most power (including per-card figures)", {"Tenstorrent Grayskull e150"}),
    ("which chips use hbm (the foundry TSMC being approximate)", REFUSE),  # a name of a relation
    ("which chip has the most cores (or transistors)", REFUSE),
    ("which GPUs (including Groq LPU) are on 5nm", REFUSE),  # the LPU is no GPU
    ("GPUs like the blackwell", REFUSE),
    ("which chips do training (not just one)", REFUSE),  # no "both" to restate
    ("which chips do both training and inference (not nvidia)", REFUSE),
    ("which chips have a stated clock speed and a stated power", REFUSE),  # which one is asked?
    ("which chip has the most cores and transistors", REFUSE),
    ("which chips connect with nvlink", {"Nvidia Blackwell GPU"}),
    # a range: the chips whose SRAM has no per-chip size (Mythic's, SambaNova's, the Grayskulls' per
    # core) are named in the reading as "may or may not fit" (session 29; refused before)
    ("chips between 100 and 200 MB of SRAM", {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}),
    ("Does the Intel Gaudi 3 use Ethernet (via RoCE) for communication between accelerators?", True),
    ("which chips are on a node coarser than 7 nm (smaller feature size)", REFUSE),  # the other direction
]


@pytest.mark.parametrize(("question", "expected"), ROUND_12, ids=[q for q, _ in ROUND_12])
def test_red_team_round_12(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


# Round 13: near misses of the third batch: the scale a figure spans ("a 1,024-node cluster"),
# "regardless of precision", a report's own title words, a class said again ("among the
# hyperscalers"), a unit kind set aside, a name's own description in a parenthesis, "integrated".
ROUND_13: list[tuple[str, object]] = [
    ("What FP8 performance does a 512-node Gaudi 3 cluster reach?", REFUSE),  # stated over 1,024 nodes
    ("What FP8 performance does a single Gaudi 3 node (four accelerators) reach?", REFUSE),  # eight
    (
        "What aggregate FP8 performance does the article cite for a 1,024-node Gaudi 3 cluster?",
        "up to 15 exaflops, FP8, per cluster, across 1,024 nodes",
    ),
    ("gaudi 3 node", "5nm"),  # no figure asked: its process node
    ("rank the chips by performance regardless of precision", REFUSE),  # FLOPS and OPS are not one scale
    ("which chip has the most TOPS regardless of precision", {"Groq LPU"}),
    ("which chip is fastest regardless of precision", REFUSE),
    (
        "Ranking the chips with stated TOPS figures from highest to lowest, using each chip's best stated "
        "number regardless of precision, what is the order?",
        ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra", "Apple M4", "Mythic M2000"],
    ),  # "each chip's best" picks a figure: a ranking, not the top
    (  # "not profiled" is only mentioned (one boolean each; session 45: no longer refused)
        "which chips without a process node are not profiled",
        {
            "AMD Instinct MI300 series",
            "AMD Ryzen 9000 series",
            "AWS Trainium",
            "Meta MTIA v1",
            "Nvidia H100",
            "Qualcomm Snapdragon 8 Gen 3",
        },
    ),
    ("which chips among the GPUs use HBM", {"AMD Instinct MI350", "Intel Gaudi 3"}),  # no name is a GPU: a constraint
    ("which chip has the most TOPS rather than TOPS", REFUSE),
    ("which chips use HBM (stacked memory over 100 GB)", REFUSE),  # a number: not a description
    ("who is in the UXL Foundation (not AMD)", REFUSE),
    ("what is the adreno 750 integrated into", "Qualcomm Snapdragon 8 Gen 3"),
    (
        "which chips have integrated SRAM",  # memory named: on-chip, not built into another chip
        {
            "Groq LPU",
            "IBM NorthPole",
            "Intel Gaudi 3",
            "Meta MTIA v2",
            "Mythic M2000",
            "Qualcomm Cloud AI 100 Ultra",
            "SambaNova SN40L",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),
    ("which chip has the most sram (taking qualcomm's number as the single-card figure)", REFUSE),
    ("which chip has the most cores (cores, tiles, not DIMCs)", REFUSE),
    # what is ruled out for one workload, set beside another: said of the first alone
    (
        "which chips are not suitable for data center rather than laptop",
        {"AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"},
    ),
    # a chip may well be for both, and the article rules out laptops for none of these (red team 45
    # A: the claim "rather than laptop" is not said; test_ask_set_aside)
    ("which chips are for data center rather than laptop", REFUSE),
    # "combine X with Y" is having both; "combine" alone still asks for a sum
    ("combine the sram of gaudi 3 with the groq lpu", REFUSE),
    ("which chips combine hbm and sram", REFUSE),
    (
        "Which devices combine an LPDDR memory interface with on-chip SRAM?",
        {
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
            "d-Matrix Corsair C8",
        },
    ),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_13, ids=[q for q, _ in ROUND_13])
def test_red_team_round_13(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)  # a list expects that order


# Round 14 (held-out set 9's first run): words for things ask cannot look up ("generation",
# "technology", "system") were fillers, so "which generation of NVLink does Blackwell use?" listed
# Blackwell and "trillium hbm generation" gave its HBM capacity, with exit 0. Where such a word is
# what the question asks, it is refused; where it only follows what it qualifies, it changes nothing.
ROUND_14: list[tuple[str, object]] = [
    # (since answered from ck:generation: the chip's own, or that of the feature or technology named)
    ("Which generation of NVLink does the article say Blackwell uses?", "5"),
    ("Which generation are Gaudi 3's Tensor Processor Cores?", "5"),
    ("what generation is trillium", "6"),
    ("which TPU generation is trillium", "6"),
    ("trillium hbm generation", REFUSE),  # no generation stated for its HBM
    ("gaudi 3 tpc generations", "5"),
    ("What memory technology does the article name for the CS-3's system memory?", REFUSE),
    ("which interconnect technology does groq use", REFUSE),
    ("Of which Google system are Trillium TPUs an integral part?", REFUSE),
    ("which system has the most memory", REFUSE),
    ("Which chip or system has the largest memory capacity of any kind?", {"Cerebras CS-3"}),  # since: per system
    ("what systems have more than 1 TB of memory", REFUSE),
    # the same words after what they qualify, or after "previous"/"any"/an ordinal: nothing changes
    (
        "which chips use hbm of any generation",
        {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
    (
        "Which chips does the article describe as using network-on-chip (NoC) technology?",
        {"IBM NorthPole", "Mythic M2000"},
    ),
    (
        "What energy-efficiency improvement over the previous TPU generation is stated for Trillium?",
        "67 %, energy efficiency, vs previous generation TPUs",
    ),
]


@pytest.mark.parametrize(("question", "expected"), ROUND_14, ids=[q for q, _ in ROUND_14])
def test_red_team_round_14(ask_json, question, expected):  # noqa: ANN001
    test_red_team_case(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which nvidia chip has hbm", "names no chip that fits"),  # not the AMD chip's likely HBM3E
        ("which chips have on-chip hbm", "names no chip that fits"),  # the MI350's memory is off-chip
    ],
)
def test_a_likely_memory_is_said_only_of_a_chip_that_fits_the_rest(ask_json, question, said):  # noqa: ANN001
    """The chips the article says only 'likely' use the memory are listed (with that hedge) when
    they fit the rest of the question, never another vendor's chip or a memory in another place."""
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question", ["amd chips with hbm3e", "which chips use HBM3E?", "hbm3e accelerators", "chips with off-chip HBM3E"]
)
def test_a_likely_memory_is_listed_with_its_hedge(ask_json, question):  # noqa: ANN001
    """ "Which chips use HBM3E": the article says the MI350 likely does (line 47), so it is listed
    with "likely HBM3E" in its row and "stated only as likely" in the reading, never plainly, and
    never as "none"."""
    data = answered(ask_json, question)
    assert rows(data) == [{"chip": "AMD Instinct MI350", "hedge": "likely HBM3E"}], data
    assert "stated only as likely" in data["reading"], data
