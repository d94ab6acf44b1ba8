"""Remarks of an analyst's question, read by what they do rather than phrase by phrase (round 8:
the largest class of held-out set 16's analyst refusals). Each question was written for this round
(in no held-out set); every expected answer is the answer to the same question without its remark,
checked against the article (line numbers of /work/shared/sources/ai-chip-race.txt below).

- (a) a remark about the evidence: "(explicitly, not inferred from the product name)", "(not
  merely implied by ...)", "(please don't round)". The graph holds what the article states, and
  ask never infers, implies or rounds: the remark changes nothing. Said positively ("(inferred from
  the name)", "(rounded)") it would, and is refused; beside a kind of chip (which the reasoner may
  infer) it is refused too.
- (b) a restatement of what the question asks ("(design, not fabrication)" beside "designed by",
  "(just the node)" beside a process node, "(per chip, ignoring any system-level figures)"):
  changes nothing when the frame asks it; refused when it contradicts the reading.
- (c) a property set aside that the answer does not use ("(I'm not asking about capacity, just
  presence)", "(excluding interconnect links)" beside memory bandwidth): checked against the
  frame; set aside while the frame uses it, the question is refused. A kind of chip or a name set
  aside would leave chips out, and is refused as before.
- asides between dashes or after a comma are read as parentheses are.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, TRAINING_CHIPS, check

#: article lines: inference 151 (Groq LPU) and the chips' sections; INT8 (Groq LPU 151, NorthPole
#: 175, AI 100 Ultra 105); TSMC (Blackwell 41, M4 117, Adreno 750 123, AI 100 Ultra 105, Groq 151);
#: Google designs Trillium 69; HBM (MI350 likely HBM3E 59, Trainium2 75, Trillium 69, Gaudi 3 53,
#: SN40L 133); 7nm and SRAM (Groq LPU 151, MTIA v2 89, AI 100 Ultra 105, SN40L 133); memory
#: bandwidth over 1 TB/s (Gaudi 3 3.7 TB/s 53, Trillium 69); Trainium2 96 GB HBM 75; Apple M4
#: 100 GB/s 117; transistors over 50 billion (Blackwell 208 billion 41, Maia 100 105 billion 81,
#: CS-3 4 trillion 139); Grayskull e150 200 W 183; clock above 1 GHz (M4, Groq LPU, MTIA v2, e150).

INFERENCE = [
    "AMD Instinct MI350",
    "Apple M4",
    "Cerebras CS-3",
    "Google Trillium TPU",
    "Groq LPU",
    "IBM NorthPole",
    "Meta MTIA v2",
    "Nvidia Blackwell GPU",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
]
TRAINING = sorted(TRAINING_CHIPS)
INT8 = ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]
BF16 = ["AWS Trainium2", "Groq LPU"]
TSMC = ["Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]
HBM = ["AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"]
SRAM_7NM = ["Groq LPU", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"]
FAST = ["Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"]
BIG = ["Cerebras CS-3", "Microsoft Maia 100", "Nvidia Blackwell GPU"]
PCIE = [
    "Intel Gaudi 3",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
]

# --------------------------------------------------------------------------- (a) the evidence

INT8_LISTED = {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}  # NorthPole's INT8 is the graph's reading

EVIDENCE = [
    ("Which chips are suited to inference (explicitly, not inferred from their names)?", INFERENCE),
    # session 52: "not implied" asks for the article's own words, which leave out NorthPole's INT8 (the
    # graph's reading of its 8-bit TOPS figure), as "explicitly" does
    ("Which chips support INT8 (as listed, not implied by a TOPS figure)?", INT8_LISTED),
    ("Which chips support BF16 (as a listed format, not merely implied by mixed precision)?", BF16),
    ("Which chips are made by TSMC (stated, not assumed)?", TSMC),
    ("How many chips are designed by Google (not inferred from the product name)?", "1"),
    ("Is the Groq LPU suited to inference (explicitly, not inferred)?", True),
    ("What process node is the Meta MTIA v2 built on (not deduced from its foundry)?", "7nm"),
    ("Which chips have a clock speed above 1 GHz (not rounded)?", FAST),
    ("Which chips have a clock speed above 1 GHz (please don't round the clocks)?", FAST),
    ("Which chips use PCIe (as recorded, not guessed from the form factor)?", PCIE),
    ("Which chips carry HBM (as the article records it, not inferred)?", HBM),
    ("How many chips are suited to training (explicitly, not inferred from the vendor's pitch)?", "6"),
]


@pytest.mark.parametrize(("question", "expected"), EVIDENCE)
def test_a_a_remark_about_the_evidence_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


EVIDENCE_ELSEWHERE = [
    ("Which chips are suited to training — explicitly, not inferred from their names?", TRAINING),
    ("Which chips support INT8 -- as listed, not implied by a TOPS figure -- in the article?", INT8_LISTED),
    ("Which chips support BF16, not merely implied by mixed precision?", BF16),
    ("Which chips are made by TSMC, not inferred from the vendor?", TSMC),
    # a dash or colon around something else is dropped as before, the exclusion read
    ("Which chips — excluding AMD's — carry HBM?", HBM[1:]),
    ("Excluding AMD: which chips carry HBM?", HBM[1:]),
]


@pytest.mark.parametrize(("question", "expected"), EVIDENCE_ELSEWHERE)
def test_a_between_dashes_or_after_a_comma(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are GPUs (not inferred from the product name)?",  # a kind may be inferred
        "Which chips have a clock speed above 1 GHz (rounded to the nearest GHz)?",  # rounding asked
        "Which chips are suited to training (inferred from the product name)?",  # inference asked
        "Which chips support INT8 (not inferred, not Nvidia)?",  # a name set aside
        "Which chips support INT8 (not inferred from Nvidia's figures, not the Groq LPU)?",
        "Which chips are suited to training, not inference?",  # a real exclusion after a comma
        "Which chips have a clock speed above 1 GHz (rounded up)?",
    ],
)
def test_a_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (b) said again, (c) set aside

SAID_AGAIN = [
    ("Which chips carry HBM (I'm not asking about capacity)?", HBM),
    ("Which chips are built on 7nm and carry on-chip SRAM (not asking about capacity, just presence)?", SRAM_7NM),
    ("Which chips are on a 7nm node with on-chip SRAM (I'm not asking about the amount, just presence)?", SRAM_7NM),
    ("Was the Intel Gaudi 3 designed by Intel (design, not fabrication)?", True),
    ("Was the Groq LPU designed by Nvidia (design, not fabrication)?", False),
    ("Is the Groq LPU made by TSMC (fabrication, not design)?", True),
    ("Which chips are fabricated by TSMC (manufacturing, not design)?", TSMC),
    ("Which chip has the lowest memory bandwidth (excluding interconnect links)?", "Apple M4"),
    (
        "Which chips have a memory bandwidth over 1 TB/s (not interconnect bandwidth)?",
        ["Google Trillium TPU", "Intel Gaudi 3"],
    ),
    (
        "Which chips have a memory bandwidth over 1 TB/s (ignoring interconnect links)?",
        ["Google Trillium TPU", "Intel Gaudi 3"],
    ),
    ("What HBM capacity does the AWS Trainium2 have (capacity, not bandwidth)?", "96 GB"),
    ("What HBM capacity does the AWS Trainium2 have (not asking about its bandwidth)?", "96 GB"),
    ("Which chips does Nvidia design (not who manufactures them)?", ["Nvidia Blackwell GPU", "Nvidia H100"]),
    ("What process node is the Apple M4 built on (the node, not the foundry)?", "3nm"),
    ("Which chips support INT8 (as a listed data type, not a performance figure)?", INT8),
    ("What process node is the Groq LPU built on (just the node, not the foundry)?", "7nm"),
    ("What process node is the Meta MTIA v2 made on (the node only, not who fabricates it)?", "7nm"),
    # (100 billion, not 50: the M4's "about 40 billion" may reach 50 billion under the one rule for
    # hedged figures, which rtw2 applied to lists, so a 50-billion limit is refused)
    ("Which chips have more than 100 billion transistors (per chip, ignoring any system-level figures)?", BIG),
    ("Which chips have more than 100 billion transistors (ignoring system-level figures)?", BIG),
    ("Which chips have more than 100 billion transistors (excluding system-level figures)?", BIG),
    ("Which chip draws the most power (per chip, ignoring system-level figures)?", "Tenstorrent Grayskull e150"),
    ("Which chips use PCIe (the interconnect, not memory)?", PCIE),
    ("How many chips carry HBM (not asking about bandwidth)?", "5"),
]


@pytest.mark.parametrize(("question", "expected"), SAID_AGAIN)
def test_b_c_said_again_or_set_aside_where_unused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have more than 64 GB of HBM (not asking about capacity)?",  # capacity is asked
        "Which chips have more than 64 GB of HBM (I'm not asking about the amount)?",
        "Which chip has the highest memory bandwidth (not memory bandwidth)?",
        "Was the Groq LPU made by TSMC (design, not fabrication)?",  # the reading is fabrication
        "Which chips are fabricated by TSMC (design, not manufacturing)?",
        "Which chips use NVLink (excluding interconnect links)?",  # the link is asked
        "Which chips carry HBM (not GPUs)?",  # a kind set aside leaves chips out
        # "(not Nvidia's)" is answered since session 36: no chip with HBM is Nvidia's, each one's
        # designer stated (tests/test_ask_session36.py)
        "Which chips carry HBM (not AMD)?",
        "Which chip has the most HBM (not made by AMD)?",  # a relation with its value: chips left out
        "Which chips carry HBM (not designed by Nvidia)?",
        "Which chips carry HBM (not asking about Google's)?",
        "Which chips carry HBM (no power figure)?",  # chips that lack one: a constraint
        "Which chips carry HBM (without a stated clock speed)?",
        "What HBM bandwidth does the AWS Trainium2 have (not bandwidth)?",
        "What process node is the Groq LPU built on (just the foundry, not the node)?",
        "What foundry makes the Groq LPU (just the node, not the foundry)?",
        "Which chips use PCIe (memory, not the interconnect)?",
        "Which chips carry HBM (capacity, not presence)?",  # a measure said that the question lacks
        "Which companies design chips (not the foundry)?",  # organizations: foundries may be among them
        "What foundry makes the Apple M4 (not the manufacturer)?",
    ],
)
def test_b_c_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- names counted alike, scopes

#: HBM 64 GB of the SN40L is HBM3 (133), Trainium2's 96 GB plain HBM (75); Gaudi 3 SRAM 48 MB per
#: die, 96 MB per chip (53); Trillium 128 GB HBM (69); LPDDR5X: M4 (117), LPDDR5: Corsair C8 (127)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips carry HBM (counting HBM3 as HBM)?", HBM),
        ("Which chips carry HBM (HBM3 counted as HBM)?", HBM),
        ("How many chips carry HBM (HBM, HBM3 and HBM3E counted alike)?", "5"),
        (
            "Which chip has the most HBM capacity (HBM and HBM3 counted alike)?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        (
            "Of the AWS Trainium2 and the SambaNova SN40L, which has more HBM capacity (counting HBM3 as HBM)?",
            "AWS Trainium2",
        ),
        ("What SRAM capacity does the Intel Gaudi 3 have per die (not per chip)?", "48 MB, per die"),
        (
            "Which chips are suited to training and inference at the same time (both must be recorded)?",
            sorted(set(TRAINING) & set(INFERENCE)),
        ),
        ("For a due-diligence memo: which chips support BF16?", BF16),
        ("Going strictly by the article, which chips support BF16?", BF16),
        ("What process node is the Intel Gaudi 3 built on (no foundry given, just the node)?", "5nm"),  # 53
    ],
)
def test_names_counted_alike_and_scopes_said_again(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips carry HBM3 (counting HBM as HBM3)?",  # widens HBM3: read in place, it answered the SN40L
        "Which chips carry HBM (counting SRAM as HBM)?",
        "Which chips carry LPDDR5X (LPDDR5 and LPDDR5X counted alike)?",
        "What SRAM capacity does the Intel Gaudi 3 have (not per chip)?",  # no other scope asked
        "What process node is the Groq LPU built on (no foundry given, just the node)?",  # TSMC (151)
        "Which chips are on 7nm (no foundry, just the node)?",  # a lack beside a list is a filter
        "Which chips carry HBM (HBM only, not asking about capacity)?",  # 'only' beside a list
        "For the cheapest option: which chips support BF16?",  # a lead-in with a price word
    ],
)
def test_names_counted_alike_and_scopes_near_misses(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- conditions said of a property

#: SRAM (Groq LPU 151, NorthPole 175, Gaudi 3 53, MTIA v2 89, Mythic M2000 163, AI 100 Ultra 105,
#: SN40L 133, Grayskull 183, Corsair C8 127); 7nm with a clock above 1 GHz: Groq LPU, MTIA v2
SRAM = [
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
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips carry SRAM (any capacity)?", SRAM),
        ("Which chips are on 7nm with on-chip SRAM (any capacity, including unstated)?", SRAM_7NM),
        ("Which 7nm chips run above 1 GHz (where a clock is given at all)?", ["Groq LPU", "Meta MTIA v2"]),
        ("Which chip has the highest clock speed (wherever a clock is stated)?", "Apple M4"),
    ],
)
def test_conditions_the_answer_already_meets(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips carry more than 100 MB of SRAM (any capacity, including unstated)?",  # capacity asked
        "Which chips use HBM (where a clock is given at all)?",  # a condition the answer does not meet
        "Which chips have a clock speed below 1 GHz (where a power figure is given)?",
        "Which chips carry HBM, where a power figure is given?",
    ],
)
def test_conditions_that_would_change_the_answer_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
