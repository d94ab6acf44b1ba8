"""Mechanisms of ``chipkg ask`` added for classes of questions held-out set 14 answered wrong or
refused, each tested on questions of its class written for this round (in no held-out set), with
near misses that must stay refused. Every expected answer is checked against the article
(line numbers of /work/shared/sources/ai-chip-race.txt in the comments).

- (a) named chips "by" a measure, with no question word ("mtia v2, groq lpu, northpole by clock
  speed"): those chips ranked by it, highest first unless a direction is said; undecidable orders
  refused as rankings are.
- (b) "A vs B <measure>" and "between A and B, which has more ...": which of the named chips has
  more of the measure (the most, ties kept); 'between' before two chip names names them, and
  before numbers is still a range.
- (c) terse yes/no about two organizations ("intel uxl member?", "intel member of uxl?"): the
  relation between the names, or after both as a noun of the second; a verb after both names
  ("intel habana acquired?") reads two ways and stays refused.
- (d) "5nm or a smaller node": a comparator after the number with an article before the
  comparative ('smaller' node = finer, at most 5 nm).
- (e) successor / predecessor of a chip, asked yes/no: ck:successorOf and ck:predecessorOf (the
  article states Trainium2's and MTIA v2's predecessors); asked by the noun alone ("trainium2
  predecessor", "Trainium2's predecessor": ck:askNoun, the chip's own relation) it is a value;
  "the successor of X" as a value is refused, since the label "successor of" says it the other way.
- (f) a foundry's process: "manufactured on TSMC processes", "tsmc process chips": made by the
  foundry (a process word after its name, with a verb of making before it or chips after it; alone,
  "tsmc process node" still asks for a node and is refused).
- (g) parentheses that clarify rather than exclude: "(memory bandwidth, not interconnect
  bandwidth)" beside a memory bandwidth, "(signed 8-bit integer, as opposed to UINT8)" beside INT8
  (a name of the graph gives both: the contrast says which), "the AI 100 Ultra (single-card
  figure)" in a ranking of power (its card's figure admitted, shown with its scope); "in increasing
  order" is a direction.
- (h) words that change nothing: "still"; "whose power the article states" ("power the" is no verb
  before a word that names nothing).
- (i) "part of" a chip: ck:integratedInto (as well as a membership or a parent company, taken by
  the kind of the name after it); "what chip is X part of" asks the chip X is in.
- (j) a scope's count in parentheses before a chip's name ("a single (eight-accelerator) Gaudi 3
  node") is read as without them ("an eight-accelerator Gaudi 3 node").
- (k) a gloss that says a superlative again ("the oldest process node, like the biggest nm"): read
  in place, as "(the biggest nm)" is; a gloss whose superlative goes the other way stays refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, column

#: line numbers of the article: clock 89 (MTIA v2 1.35 GHz), 153 (Groq 1.2 GHz), 183 (Grayskull
#: e75 1 GHz, e150 1.2 GHz), 113 (NorthPole nominal 400 MHz), 119 (M4 up to 3.5 GHz); SRAM 89
#: (256 MB), 113 (192 MB), 153 (128 MB), 105 (144 MB), 55 (96 MB), 173 (2 GB); power 89 (90 W),
#: 183 (75 W / 200 W); HBM 55 (128 GB), 63 (128 GB), 75 (96 GB), 131 (64 GB); memory bandwidth 55
#: (3.7 TB/s), 105 (134 GB/s), 119 (up to 100 GB/s); nodes 41 (4nm), 53 (5nm), 81 (5nm), 97 (4nm),
#: 113 (12nm), 119 (3nm), 163 (40nm), 7nm: 75, 87, 101, 131, 139, 151, 6nm: 173.


# --------------------------------------------------------------------------- (a) named chips by a measure


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "mtia v2, groq lpu, grayskull e75, northpole by clock speed",
            ["Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e75", "IBM NorthPole"],
        ),
        ("groq lpu, northpole and mtia v2 by sram", ["Meta MTIA v2", "IBM NorthPole", "Groq LPU"]),
        ("m4, mtia v2 and groq lpu by clock, lowest first", ["Groq LPU", "Meta MTIA v2", "Apple M4"]),
        (
            "grayskull e75, grayskull e150, mtia v2 by power",
            ["Tenstorrent Grayskull e150", "Meta MTIA v2", "Tenstorrent Grayskull e75"],
        ),
        ("trainium2, gaudi 3, sn40l by hbm capacity", ["Intel Gaudi 3", "AWS Trainium2", "SambaNova SN40L"]),
        ("gaudi 3 and ai 100 ultra by memory bandwidth", ["Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"]),
        (
            "northpole, groq lpu, grayskull e75 by clock speed ascending",
            ["IBM NorthPole", "Tenstorrent Grayskull e75", "Groq LPU"],
        ),
        (
            "corsair c8, gaudi 3, ai 100 ultra by sram",
            ["d-Matrix Corsair C8", "Qualcomm Cloud AI 100 Ultra", "Intel Gaudi 3"],
        ),
        ("MTIA v2 and Grayskull e150 by clock", ["Meta MTIA v2", "Tenstorrent Grayskull e150"]),
        ("m4 and ai 100 ultra by memory bandwidth", ["Qualcomm Cloud AI 100 Ultra", "Apple M4"]),
    ],
)
def test_a_named_chips_by_a_measure_are_ranked(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert data["head"]["vars"][0] == "chip"


@pytest.mark.parametrize(
    "question",
    [
        "groq lpu and northpole by transistor count",  # over 20 billion against 22 billion: undecided
        "nvidia and amd by sram",  # organizations, not chips
    ],
)
def test_a_named_chips_by_something_undecided_or_not_a_measure_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (b) A vs B, between A and B


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("groq lpu vs northpole sram", ["IBM NorthPole"]),
        ("trillium versus trainium2 hbm", ["Google Trillium TPU"]),
        ("mtia v2 vs groq lpu clock speed", ["Meta MTIA v2"]),
        ("grayskull e75 vs mtia v2 power", ["Meta MTIA v2"]),
        ("gaudi 3 vs corsair c8 sram", ["d-Matrix Corsair C8"]),
        ("Between Gaudi 3 and the AI 100 Ultra, which has more memory bandwidth?", ["Intel Gaudi 3"]),
        ("between the groq lpu and ibm northpole, which has more sram?", ["IBM NorthPole"]),
        ("between mtia v2 and grayskull e150, which has the higher clock speed?", ["Meta MTIA v2"]),
        ("m4 vs ai 100 ultra memory bandwidth", ["Qualcomm Cloud AI 100 Ultra"]),
        ("sn40l vs trainium2 hbm capacity", ["AWS Trainium2"]),
        (
            "Between the Google Trillium TPU and the AWS Trainium2, which has the larger stated HBM capacity?",
            ["Google Trillium TPU"],
        ),
    ],
)
def test_b_a_versus_b_on_a_measure_is_which_has_more(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_b_near_misses(ask_json):  # noqa: ANN001
    check(ask_json, "groq lpu vs northpole transistors", REFUSE)  # over 20 billion vs 22 billion
    range_ = ["Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"]
    check(ask_json, "chips between 100 and 200 W", range_, any_order=True)  # numbers: still a range


# --------------------------------------------------------------------------- (c) terse yes/no of two organizations


@pytest.mark.parametrize(
    "question",
    [
        "intel uxl member?",  # line 15? no: line 193-195, the UXL Foundation members
        "intel member of uxl?",
        "amd uxl member?",
        "google member of uxl foundation?",
        "amd member of the uxl foundation?",
        "google uxl member",
        "intel habana acquirer?",  # line 193: Intel acquired Habana Labs
        "intel acquired habana?",
        "google alphabet subsidiary?",  # Alphabet's subsidiary Google
        "aws amazon subsidiary?",
    ],
)
def test_c_terse_yes_no_of_two_organizations(ask_json, question):  # noqa: ANN001
    check(ask_json, question, True)


@pytest.mark.parametrize("question", ["intel habana acquired?", "nvidia uxl member?", "habana intel acquirer?"])
def test_c_a_verb_after_both_names_or_an_unstated_relation_is_not_true(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (d) "or a smaller node"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips does the article describe as having more than 100 billion transistors while being "
            "built on 5nm or a smaller node?",
            ["Microsoft Maia 100", "Nvidia Blackwell GPU"],
        ),
        (
            "chips on 5nm or a smaller node",
            ["Apple M4", "Intel Gaudi 3", "Microsoft Maia 100", "Nvidia Blackwell GPU", "Qualcomm Adreno 750"],
        ),
        ("chips on a 12nm or a larger node", ["IBM NorthPole", "Mythic M2000"]),
        ("chips with 96 GB or a larger hbm capacity", ["AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3"]),
        (
            "chips with 1.2 ghz or a higher clock",
            ["Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"],
        ),
        ("chips made on 4nm or a finer node", ["Apple M4", "Nvidia Blackwell GPU", "Qualcomm Adreno 750"]),
        (
            "chips with 144 MB or a bigger sram",
            ["IBM NorthPole", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8"],
        ),
        ("tsmc chips on 4nm or a smaller node", ["Apple M4", "Nvidia Blackwell GPU", "Qualcomm Adreno 750"]),
        ("chips built on 12nm or a coarser node", ["IBM NorthPole", "Mythic M2000"]),
        ("chips with 1 ghz or a lower clock", ["IBM NorthPole", "Tenstorrent Grayskull e75"]),
    ],
)
def test_d_or_a_smaller_node(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=True)


def test_d_how_many_on_5nm_or_a_smaller_node(ask_json):  # noqa: ANN001
    check(ask_json, "how many chips are on 5nm or a smaller node?", ["5"])


def test_d_a_comparative_with_no_number_is_refused(ask_json):  # noqa: ANN001
    check(ask_json, "chips on a smaller node", REFUSE)


# --------------------------------------------------------------------------- (e) successor / predecessor


@pytest.mark.parametrize(
    "question",
    [
        "is trainium2 the successor of the original trainium?",  # line 75: "over its predecessor"
        "is trainium the predecessor of trainium2?",
        "does mtia v2 succeed mtia v1?",  # line 89: "doubling its predecessor's memory capacity"
        "is mtia v1 succeeded by mtia v2?",
        "is trainium2 preceded by trainium?",
        "is mtia v2 the successor to mtia v1?",
        "is meta mtia v1 the predecessor of mtia v2?",
        "Is AWS Trainium2 the successor of AWS Trainium?",
        "does the article say trainium2 succeeds trainium?",
        "Does Meta's MTIA v2 succeed the first-generation MTIA?",
        "is MTIA v2 the follow-up to MTIA v1?",
    ],
)
def test_e_a_successor_asked_yes_no(ask_json, question):  # noqa: ANN001
    check(ask_json, question, True)


@pytest.mark.parametrize(
    ("question", "expected", "reading"),
    [
        ("trainium2 predecessor", "AWS Trainium", "the predecessor of AWS Trainium2"),
        ("trainium 2 predecessor", "AWS Trainium", "the predecessor of AWS Trainium2"),
        ("what is trainium2's predecessor?", "AWS Trainium", "the predecessor of AWS Trainium2"),
        ("trainium successor", "AWS Trainium2", "the successor of AWS Trainium"),
        ("mtia v1 successor", "Meta MTIA v2", "the successor of Meta MTIA v1"),
        ("mtia v2 predecessor", "Meta MTIA v1", "the predecessor of Meta MTIA v2"),
    ],
)
def test_e_a_chips_predecessor_by_the_noun(kg, ask_json, question, expected, reading):  # noqa: ANN001
    from chipkg.ask.answer import answer

    check(ask_json, question, [expected])
    assert answer(kg.store, question).reading == reading


@pytest.mark.parametrize(
    "question",
    [
        "is trainium2 the predecessor of trainium?",  # the other direction: not stated
        "is gaudi 3 the successor of trainium?",
        "what is the successor of trainium2?",  # a chip that succeeds Trainium2: the article names none
        "is the successor of trainium2 trainium?",  # the relation word before both names: not read
        # "successor of trainium", "predecessor of trainium2", "what is trainium2 the successor of?", "which chips succeed mtia
        # v1?" are answered, read by where the word stands (tests/test_ask_line.py)
        "trillium predecessor",  # "previous TPUs" are no chip of the graph
    ],
)
def test_e_the_wrong_direction_or_an_unrelated_chip_is_not_true(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (f) a foundry's process

#: made by TSMC: M4 (119), Groq LPU (151), Blackwell (41), Adreno 750 (97), Cloud AI 100 Ultra (101)
TSMC = ["Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips are made on TSMC processes?", TSMC),
        (
            "Which Qualcomm chips does the article state are manufactured on TSMC processes, at any node?",
            ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"],
        ),
        ("tsmc process chips", TSMC),
        ("which chips are built on tsmc's process technology?", TSMC),
        ("which chips are manufactured by tsmc processes?", TSMC),
        ("how many chips are made on tsmc processes?", ["5"]),
        ("which nvidia chips are fabricated on a tsmc process?", ["Nvidia Blackwell GPU"]),
        ("is the groq lpu made on a tsmc process?", ["true"]),
        ("which apple chips are built on tsmc processes?", ["Apple M4"]),
        ("chips made on tsmc's 7nm process", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
    ],
)
def test_f_a_foundrys_process_is_made_by_the_foundry(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=True)


def test_f_a_foundry_and_a_process_word_alone_asks_a_node(ask_json):  # noqa: ANN001
    check(ask_json, "tsmc process node", REFUSE)


# --------------------------------------------------------------------------- (g) clarifying parentheses


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips, per the article, have a memory bandwidth exceeding 1 TB/s (memory bandwidth, not "
            "interconnect bandwidth)?",
            ["Google Trillium TPU", "Intel Gaudi 3"],  # 3.7 TB/s each (55, 63)
        ),
        (
            "which chips have more than 100 GB/s of memory bandwidth (memory bandwidth, not interconnect bandwidth)?",
            ["Google Trillium TPU", "Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"],  # M4: up to 100 GB/s
        ),
        (
            "which chip has the most memory bandwidth (memory bandwidth, not interconnect bandwidth)?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        (
            "Which chips does the article state support INT8 (signed 8-bit integer, as opposed to UINT8) precision?",
            ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"],  # 153, 113, 103
        ),
        ("which chips support uint8 (unsigned 8-bit integer, as opposed to INT8)?", ["AWS Trainium2"]),  # 75
        ("how many chips support int8 (signed 8-bit integer, as opposed to uint8)?", ["3"]),
        ("does the groq lpu support int8 (signed 8-bit integer, as opposed to uint8)?", ["true"]),
    ],
)
def test_g_a_parenthesis_that_clarifies_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "List, in increasing order of stated power, the Mythic M2000, Tenstorrent Grayskull e75, Meta MTIA v2 "
            "and Qualcomm Cloud AI 100 Ultra (single-card figure).",
            ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra"],
        ),
        ("rank mtia v2 and ai 100 ultra (per-card figure) by power", ["Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2"]),
        (
            "List, in decreasing order of power, the Grayskull e150 and the Cloud AI 100 Ultra (single-card figure).",
            ["Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra"],
        ),
    ],
)
def test_g_a_chips_scope_said_beside_its_name_admits_its_figure(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "150 W, per card" in column(data, "figure")  # shown with its scope


@pytest.mark.parametrize(
    "question",
    [
        "which chips support int8 (not uint8)?",  # an exclusion, not a gloss
        # a chip may support both: NorthPole does (no chip supporting INT8 supports FP8, so "(as
        # opposed to fp8)" is answered now: test_ask_set_aside)
        "which chips support int8 (as opposed to int4)?",
        "rank mtia v2 and gaudi 3 (per-die figure) by sram",  # no per-die SRAM beside per-chip ones
        "rank mtia v2 and ai 100 ultra by power",  # no scope said: a card against a chip
    ],
)
def test_g_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (h) words that change nothing


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Of the chips whose power the article states, which draws the least while still being rated at 50 W or more?",
            ["Tenstorrent Grayskull e75"],  # 75 W (183); MTIA v2 90, AI 100 Ultra 150 per card, e150 200
        ),
        (
            "which chips still use hbm?",
            ["AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"],
        ),
        ("of the chips whose power the article gives, which draws the most?", ["Tenstorrent Grayskull e150"]),
        (
            "which chips whose power the article states still draw under 100 W?",
            ["Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"],
        ),
        ("does the groq lpu still support int8?", ["true"]),
    ],
)
def test_h_words_that_change_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=True)


# --------------------------------------------------------------------------- (i) part of a chip

SNAPDRAGON = ["Qualcomm Snapdragon 8 Gen 3"]  # line 97: the Adreno GPUs are integrated into it


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what chip is the adreno 750 part of?", SNAPDRAGON),
        ("what chip is the adreno 750 integrated into?", SNAPDRAGON),
        ("what is the adreno 750 part of?", SNAPDRAGON),
        ("what platform is the adreno 750 part of?", SNAPDRAGON),
        ("which chip is the adreno 750 built into?", SNAPDRAGON),
        ("what chip does the adreno 750 sit in?", SNAPDRAGON),
        ("which chips are part of the snapdragon 8 gen 3?", ["Qualcomm Adreno 750"]),
        ("which qualcomm chips are part of the snapdragon 8 gen 3?", ["Qualcomm Adreno 750"]),
        ("is the adreno 750 part of the snapdragon 8 gen 3?", ["true"]),
        ("is intel part of uxl?", ["true"]),  # a membership still (line 193-195)
    ],
)
def test_i_part_of_a_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_i_part_of_another_chip_is_not_said(ask_json):  # noqa: ANN001
    check(ask_json, "is the adreno 750 part of the cloud ai 100 ultra?", REFUSE)


# --------------------------------------------------------------------------- (j) a scope's count in parentheses


@pytest.mark.parametrize(
    "question",
    [
        "According to the article, what FP8 compute performance does a single (eight-accelerator) Gaudi 3 node achieve?",
        "what is the fp8 performance of a single (eight-accelerator) gaudi 3 node?",
        "What FP8 throughput does one (8-accelerator) Gaudi 3 node reach?",
        "How much FP8 compute does a single (eight-chip) Gaudi 3 node deliver?",
    ],
)
def test_j_a_scopes_count_in_parentheses(ask_json, question):  # noqa: ANN001
    check(ask_json, question, ["14.7 petaflops, FP8, per node, across 8 chips"])  # line 57


def test_j_another_count_is_not_that_figure(ask_json):  # noqa: ANN001
    check(ask_json, "what fp8 performance does a (four-accelerator) gaudi 3 node achieve?", REFUSE)


# --------------------------------------------------------------------------- (k) a superlative glossed again


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats the oldest process node in the list, like the biggest nm?", ["Mythic M2000"]),  # 40nm (163)
        ("what's the oldest process node, i.e. the biggest nm?", ["Mythic M2000"]),
        ("which chip has the coarsest node, e.g. the largest nm?", ["Mythic M2000"]),
        ("what's the most advanced node, i.e. the smallest nm?", ["Apple M4"]),  # 3nm (119)
        ("which chip has the newest node, like the smallest nm?", ["Apple M4"]),
        ("which chip runs the fastest clock, like the highest ghz?", ["Apple M4"]),  # up to 3.5 GHz (119)
        ("which chip is the fastest, i.e. the highest clock speed?", ["Apple M4"]),
        ("which chip draws the least power, i.e. the lowest watts?", ["Mythic M2000"]),  # about 4 watts (165)
        ("which chip has the most transistors, like the highest transistor count?", ["Cerebras CS-3"]),  # 4 trillion
    ],
)
def test_k_a_superlative_glossed_again(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "whats the oldest process node, like the smallest nm?",  # the other way
        "whats the oldest node, like the most transistors?",  # another measure
    ],
)
def test_k_a_gloss_that_disagrees_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
