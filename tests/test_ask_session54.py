"""Session 54: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) "Up to" an amount in a yes/no about a peak (a clock, a bandwidth, a throughput) reads as reaching
    it and as at most it. A peak short of the amount is "no" under the reading a buyer means ("does
    the M4 run up to 4 GHz?": it runs up to 3.5 GHz). A peak past it was "true" by reaching it
    ("does the Groq LPU deliver up to 500 TOPS?", of up to 1 PetaOPS; red team 109 W1, 13 questions)
    while "at most 500 TOPS" says no: refused, unless the figure is the amount said.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

UP_TO_READINGS = "'up to' an amount short of the chip's figure"
EIGHT_BIT = {"AWS Trainium2", "Groq LPU", "IBM NorthPole", "Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"}
SIXTEEN_BIT = {"AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"}
INT8 = {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}


@pytest.mark.parametrize(
    "question",
    [
        "does the m4 have up to 50 gb/s of memory bandwidth?",
        "does the m2000 deliver up to 10 tops?",
        "does the groq lpu deliver up to 500 tops?",
        "is the m4 clocked up to 3 ghz?",
        "does trillium have up to 2 tb/s of memory bandwidth?",
        "does the cloud ai 100 ultra deliver up to 100 tops of int8?",
        "is northpole clocked up to 200 mhz?",
        "is the mtia v2 clocked up to 1 ghz?",
        "is the groq lpu clocked up to 1 ghz?",
        "does gaudi 3 have up to 2 tb/s of memory bandwidth?",
        "does the cloud ai 100 ultra have up to 100 gb/s of memory bandwidth?",
        "does the maia 100 deliver up to 500 tflops?",
        "does trainium2 deliver up to 500 tflops of fp16?",
    ],
)
def test_up_to_short_of_a_peak_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, UP_TO_READINGS))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the m4 run up to 3.5 GHz?", True),  # the figure said: both readings agree
        ("does the groq lpu deliver up to 1 petaops?", True),
        ("can the m2000 deliver up to 35 tops?", True),
        ("does the m4 run up to 4 GHz?", False),  # short of the amount: no
        ("does the groq lpu deliver up to 2 petaops?", False),
        ("does the m4 run at least 3 GHz?", True),  # no 'up to': read as said
        ("does the m4 run at most 4 GHz?", True),
    ],
)
def test_up_to_a_peak_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (b) Words before a yes/no's chip name, or a "with" phrase right after it, describe the chip as the
#     question takes it: a premise checked, not one more condition. Read as a condition, a premise the
#     article rules out answered "false" of a fact that holds ("Is the 150 W MTIA v2 built on 7nm?": it is,
#     and draws 90 W; red team 111 W4, 23 questions).
@pytest.mark.parametrize(
    "question",
    [
        "Is the 150 W MTIA v2 built on 7nm?",
        "Is the 75 W Grayskull e150 aimed at inference?",
        "Is the 1 GHz Groq LPU made by TSMC?",
        "Is the 40-billion-transistor NorthPole aimed at inference?",
        "Is the 208-billion-transistor Maia 100 designed by Microsoft?",
        "Does the AI 100 Ultra with 128 MB of SRAM support INT16?",
        "Is the Intel-designed Groq LPU built on 7nm?",
        "Is the 2,048-core SN40L built on 7nm?",
        "Is the 2-trillion-transistor CS-3 designed by Cerebras?",
        "Is the four-die Blackwell GPU made by TSMC?",
        "Is the 64-tile Mythic M2000 built on 40nm?",
        "Does the 150 W MTIA v2 have more than 200 MB of SRAM?",
    ],
)
def test_a_false_premise_before_the_name_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "the question takes"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the 90 W MTIA v2 built on 7nm?", True),
        ("Is the 200 W Grayskull e150 aimed at inference?", True),
        ("Is the 1,040-core SN40L built on 7nm?", True),
        ("Is the two-die Blackwell GPU made by TSMC?", True),
        ("Does the AI 100 Ultra with 144 MB of SRAM support INT16?", True),
        ("Is Nvidia's Blackwell made by TSMC?", True),
        ("Is the 90 W MTIA v2 built on 5nm?", False),  # a true premise: the answer stands
        ("Is the Groq LPU made by TSMC?", True),
    ],
)
def test_a_true_premise_before_the_name_keeps_the_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (c) A memory said beside a figure no memory has, in a yes/no ("Does the MTIA v2 use HBM and run at
#     1.35 GHz?"), was dropped and "true" answered of the clock alone: a condition of its own now (the
#     article does not say the MTIA v2 uses HBM).
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the MTIA v2 use HBM and run at 1.35 GHz?", REFUSE),
        ("Does the MTIA v2 with HBM run at 1.35 GHz?", (REFUSE, "the question takes")),
        ("Does the Groq LPU use SRAM and run at 1.2 GHz?", True),
        ("Does the Gaudi 3 have 128 GB of HBM?", True),
    ],
)
def test_a_memory_beside_a_clock_is_a_condition(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (d) Organizations whose chips have some value of a relation said after the chips ("startups that design
#     a chip with a stated foundry", "whose foundry is named", "made by a named foundry"): the chips'
#     relation; dropped beside "design", or read as the organizations' own, every startup was counted
#     (red team 111 W3, 22 questions).
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many startups design a chip with a stated foundry?", "1"),
        ("Which startups design a chip with a stated foundry?", {"Groq"}),
        ("Which startups have a chip with a stated foundry?", {"Groq"}),
        ("Which startups design a 7nm chip with a stated foundry?", {"Groq"}),
        ("Which megacap players design a chip with a stated foundry?", {"Apple", "Nvidia", "Qualcomm"}),
        ("How many companies design a chip with a stated foundry?", "4"),
        ("Which hyperscalers design a chip with a stated foundry?", REFUSE),
        ("How many hyperscalers design a chip with a stated process node?", "3"),
        ("How many startups design a chip with a stated process node?", "5"),
        ("Which startups design a chip for which a foundry is given?", {"Groq"}),
        ("How many megacap players design a chip whose foundry is named in the article?", "3"),
        ("How many designers have a chip made by a named foundry?", "4"),
        ("Which companies have chips made by TSMC?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("Which startups design a chip with a stated clock speed?", {"Groq", "Tenstorrent"}),
    ],
)
def test_organizations_of_chips_with_some_value(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (e) A format given as an example of a width ("an 8-bit format (e.g. UINT8)", "such as INT8", "(INT8
#     included)") picks none out: any format of the width is meant. The example was read as the one
#     meant, and UINT8's chips alone answered (red team 111 W1, 18 questions). "(i.e. INT8)" still says
#     which one.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support an 8-bit format (e.g. UINT8)?", EIGHT_BIT),
        ("Which chips support an 8-bit format such as UINT8?", EIGHT_BIT),
        ("Which chips support an 8-bit format (INT8 included)?", EIGHT_BIT),
        ("Which chips support any 8-bit format, including UINT8?", EIGHT_BIT),
        ("How many chips support an 8-bit format (including UINT8)?", "5"),
        ("Which chips support a 16-bit format (including BF16)?", SIXTEEN_BIT),
        ("How many chips support a 4-bit format such as INT4?", "2"),
        ("Which 7nm chips support a 16-bit format such as BF16?", SIXTEEN_BIT),
        ("Which chips support the 8-bit integer format (i.e. INT8)?", INT8),
        ("Which chips support INT8 (8-bit integer)?", INT8),
    ],
)
def test_a_format_given_as_an_example_picks_none_out(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (f) Formats of one width or family asked for ("Which 16-bit formats does the Trainium2 support?",
#     "Which floating-point formats does the AI 100 Ultra support?"): the width was read as a condition on
#     chips (the chip itself answered) and the family dropped (INT8 listed as floating point; red team
#     111 W2, 18 questions). Refused; the chip's formats are still answered.
@pytest.mark.parametrize(
    "question",
    [
        "Which 16-bit formats does the Trainium2 support?",
        "Which 8-bit formats do the chips support?",
        "Which floating-point formats does the AI 100 Ultra support?",
        "List the 16-bit formats the article names.",
        "Which 4-bit and 2-bit formats does NorthPole support?",
        "Which 16-bit floating-point formats does the Groq LPU support?",
        "What 8-bit formats does the article mention?",
    ],
)
def test_formats_of_one_kind_asked_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "formats of one kind"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which formats does the Groq LPU support?", ["BF16", "FP16", "INT8"]),
        ("Which chips support 8-bit formats?", EIGHT_BIT),
    ],
)
def test_formats_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (g) One chip's figure asked per a thing the article gives no figure of ("per stack", "per chiplet",
#     "per link", "each link"), or "per direction" of a bidirectional figure: the chip's figure was
#     answered (red team 111 W5, 11 questions). Refused; scopes the graph holds still read.
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is Gaudi 3's HBM bandwidth per stack?", (REFUSE, "no figure per stack")),
        ("What is the Trainium2's HBM capacity per stack?", (REFUSE, "no figure per stack")),
        ("What is the Corsair C8's SRAM per chiplet?", (REFUSE, "no figure per chiplet")),
        ("What is the NVLink bandwidth per link on Blackwell?", (REFUSE, "no figure per link")),
        ("How much NVLink bandwidth does each link of the Blackwell GPU provide?", (REFUSE, "no figure per link")),
        ("What is the Blackwell GPU's NVLink bandwidth per direction?", (REFUSE, "per direction")),
        ("What is Gaudi 3's SRAM per die?", ["48 MB, per die"]),
        ("how much power per card does the ai 100 ultra draw", ["150 W, per card"]),
        ("What is the line rate of each of Gaudi 3's Ethernet ports?", ["200 Gigabit, per port"]),
    ],
)
def test_a_figure_per_a_thing_without_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (h) "Really", "verifiably" and "truly" ask for the value reached, as "actually" does: a vendor's claim
#     was answered as verified (red team 111 W6).
@pytest.mark.parametrize(
    "question",
    [
        "Which chips verifiably deliver more than 1 PFLOPS per chip?",
        "Does the Corsair C8 verifiably deliver more than 9 petaflops?",
        "Which chips really deliver more than 1 PFLOPS per chip?",
    ],
)
def test_really_asks_for_the_value_reached(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks for the value actually reached"))


# (i) Chips grouped by a kind of designer count for the organization of that kind up the designer's
#     parent chain: Amazon for AWS's chips, as the organizations of that kind are listed (AWS is no
#     hyperscaler; red team 111 W7).
def test_chips_per_hyperscaler_count_for_amazon(ask_json):  # noqa: ANN001
    check(ask_json, "How many chips does each hyperscaler design?", {"Amazon", "Google", "Meta", "Microsoft"})


# (j) A scope said as the only one asked ("which chips have a power figure per card?") was read as one
#     admitted beside the chip's own, and every chip with a power figure listed (red team 112); refused as
#     a scope not compared, and admitted only when said so ("counting per-card figures").
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have a power figure per card?", (REFUSE, "figures per card are not compared")),
        ("which chips have a per-card power figure", (REFUSE, "figures per card are not compared")),
        ("how many chips have a stated power figure, counting per-card figures", "5"),
        ("how many chips have a power figure, including per-card figures", "5"),
    ],
)
def test_a_scope_asked_alone_is_not_admitted(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (k) A letter left out of a name with a number ("trainum2": Trainium2; set 82), and a name's possessive
#     typed without its apostrophe and misspelt ("qualcoms": Qualcomm's), are read as the name; a number
#     changed never is ("gaudi2" is no Gaudi 3, "trainium3" no Trainium2).
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("trainum2 max cluster size", ["up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster"]),
        ("how many transistors in qualcoms adreno 750", ["over 10 billion"]),
        ("qualcoms chips", {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra", "Qualcomm Snapdragon 8 Gen 3"}),
        ("gaudi2 sram", REFUSE),
        ("what is trainium3 hbm", REFUSE),
    ],
)
def test_typos_of_names_with_numbers_and_possessives(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (l) A sentence after the question that only says what to leave out ("Ignore chips whose SRAM size is
#     not given.", "Exclude the Gaudi 3.") is read as the parenthesis saying it is (set 82: read as a
#     question of its own, refused).
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Counting only per-chip SRAM capacities, which chip has the least SRAM? Ignore chips whose SRAM size "
            "is not given.",
            ["Intel Gaudi 3"],
        ),
        (
            "Which chips use HBM? Exclude the Gaudi 3.",
            {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "SambaNova SN40L"},
        ),
        ("Which chip has the most transistors? Ignore the CS-3.", ["Nvidia Blackwell GPU"]),
    ],
)
def test_a_sentence_that_sets_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# (m) A measure's word right before the word for a link ("scale-out interconnect") asks which link, and
#     was read as the measure: Gaudi 3's scale-out limits were answered (red team 111 W8). Refused.
def test_a_link_named_by_a_measure_is_refused(ask_json):  # noqa: ANN001
    check(ask_json, "Which scale-out interconnect does Gaudi 3 use?", (REFUSE, "asks which link a chip uses"))
    check(ask_json, "which interconnects does gaudi 3 use", {"Ethernet", "PCIe 5.0", "RoCE", "die-to-die interconnect"})


# (n) Organizations of chips whose relation has a value other than one named ("a chip with a foundry
#     other than TSMC", "whose foundry isn't TSMC"): not told apart from chips that state none; every
#     startup, or TSMC's own customers, were listed (red team 113). Refused.
@pytest.mark.parametrize(
    "question",
    [
        "Which startups design a chip with a foundry other than TSMC?",
        "Which companies design a chip whose foundry is something other than TSMC?",
        "How many companies design a chip whose foundry is not TSMC?",
    ],
)
def test_organizations_of_chips_with_another_value_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "of the chips of organizations"))


# (o) A description after the chip's name opened by "at", "running", "drawing", "that", "designed",
#     "from" ("Does the Groq LPU at 2 GHz support INT8?"), and a "with" figure that takes the format asked
#     ("Does the Trainium2 with 700 TFLOPS of FP16 support FP16?"), are premises too (red team 113 A, C:
#     "false" of facts that hold).
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the Groq LPU at 2 GHz support INT8?", (REFUSE, "the question takes")),
        ("Does the MTIA v2 running at 2 GHz use SRAM?", (REFUSE, "the question takes")),
        ("Is the Grayskull e75 drawing 200 W built for inference?", (REFUSE, "the question takes")),
        ("Is the Groq LPU that Intel designed made by TSMC?", (REFUSE, "the question takes")),
        ("Does the Trillium designed by Meta target training?", (REFUSE, "the question takes")),
        ("Is the Trainium2 from Google built on 7nm?", (REFUSE, "the question takes")),
        ("Does the Trainium2 with 700 TFLOPS of FP16 support FP16?", (REFUSE, "the question takes")),
        ("Does the Groq LPU at 1.2 GHz support INT8?", True),
        ("Does the Trainium2 with 650 TFLOPS of FP16 support FP16?", True),
        ("Is the M4 that Apple designed built on 3nm?", True),
        ("Is the Groq LPU designed for inference?", True),
    ],
)
def test_a_description_after_the_name_is_a_premise(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
