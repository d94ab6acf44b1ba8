"""Session 55: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) A format family's own words ("integer", "floating point": ck:formatFamily's labels) name every
    format of the family, as a bit width does ("4-bit": FP4 and INT4). The words were unknown and
    refused questions such as "Which chips support an integer format?".
(b) An "or" before a name of several formats ("INT2 or 4-bit", "integer or floating point") joins
    it to the formats before as one condition. Read as a second condition, the "or" was an "and":
    "Which chips support 2-bit or 4-bit formats?" listed NorthPole only (Blackwell's FP4 left out).
(c) An "or" between a name of several formats and a name of another kind ("HBM or 4-bit") is
    refused as other mixed alternatives are; it was read as "and" and answered that no chip fits.

Red team 114 (alternatives and sets, 590 questions, 56 wrong) and 115 (figures, 733 questions, 16 wrong):
(d) "more SRAM than both the Groq LPU and the Cloud AI 100 Ultra": the pair was read as the chips
    compared, and the one with more answered; refused as "than A and B" without "both" is.
(e) "on 4nm to 7nm", "on 3nm-5nm": two values of what a chip has one of, with no "or", were both
    required (no chip fits); refused, naming the range and either forms.
(f) "unsuitable for data centers and laptops" is unsuitable for each (the second was read as a
    workload, and the M4, a laptop chip, was "true"); "not for A or B" is refused (either or both?).
(g) "INT8, or FP16 and BF16" mixes "or" and "and" among one kind's values: refused (it was read
    left to right, (INT8 or FP16) and BF16).
(h) HBM is DRAM (JEDEC JESD235): "which chips use DRAM" lists the HBM chips.
(i) A range of memory capacity names a chip whose figure is of another scope (the CS-3's 1,200 TB
    per system) as not compared; none per chip fitting, "names no chip that fits" was false.
(j) A strict limit on a yes/no that only a setup of several units reaches is strict ("over 100
    billion parameters" of one AI 100 Ultra card's "up to 100 billion").
(k) An upper limit on performance at any precision refuses a chip whose stated figures are only a
    part of it (the Trainium2's FP16 650 TFLOPS under 700 TFLOPS; its cFP8 has no figure).
(l) "1 000 cores": thousands set apart by a space were two numbers, 1 and 000, and the CS-3's
    900,000 cores were "not more than 1 000"; refused, asking for the number without the space.

Red teams 116 (organizations, 792 questions, 48 wrong) and 117 (yes/no, 1,053 questions, 34 wrong):
(m) A bandwidth said beside a link with no word of memory ("Does Gaudi 3's PCIe offer more than
    1 TB/s?") was the memory's (true of its HBM's 3.7 TB/s); refused.
(n) "The most SRAM across its chips" of an organization was a count of its SRAM chips; refused.
(o) Organizations counted per a group ("how many designers per foundry?") lost the group; refused.
(p) The word after "per" is the group, not the relation of the name after it ("how many chips per
    vendor use PCIe?" read PCIe as the designer, and no organization fit).
(q) An organization's chips of two kinds ("both mobile and data center chips", "both 4nm chips
    and inference chips") may be one chip of both or a chip of each; refused.
(r) "In production in 2026" is not the year production starts (2025); refused.
(s) A chip with the link asked but no count of its lanes (the Grayskulls' PCIe 4.0, the M2000's
    PCIe 2.0) is named as not ranked, and a yes/no on the most or fewest lanes is refused (it was
    true of Gaudi 3's 16 lanes).
(t) Blind set 83's words: "require" reads as "need"; "accelerator(s)" is the plural.
(u) Google DeepMind is Google's (its name, l.69): "Is Trillium designed by Google DeepMind?" was
    false by Google's designing it; the article does not rule out a part of Google.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

INTEGER = {"AWS Trainium2", "Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}
FLOATING = {"AWS Trainium2", "Groq LPU", "Intel Gaudi 3", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra"}
FOUR_BIT = {"IBM NorthPole", "Nvidia Blackwell GPU"}
MIXED = "combine alternatives of the same kind"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support an integer format?", INTEGER),
        ("chips with integer formats", INTEGER),
        ("Which chips support a floating-point format?", FLOATING),
        ("which chips support float formats", FLOATING),
        ("Which chips support both integer and floating point formats?", INTEGER & FLOATING),
        ("Which chips support integer or floating point formats?", INTEGER | FLOATING),
        ("Which chips support a 4-bit format, integer or floating point?", FOUR_BIT),
        ("Does the Groq LPU support a floating-point format?", True),
        ("Does Intel Gaudi 3 support an integer format?", REFUSE),  # its list is not exhaustive
    ],
)
def test_a_format_family_names_its_formats(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support 2-bit or 4-bit formats?", FOUR_BIT),
        ("Which chips support INT2 or 4-bit?", FOUR_BIT),
        ("Which chips support 4-bit or 2-bit formats?", FOUR_BIT),
        ("Which chips support at least one of INT2 and 4-bit?", FOUR_BIT),
        ("Which chips support both INT2 and 4-bit?", {"IBM NorthPole"}),
        ("How many chips support 2-bit or 4-bit formats?", "2"),
    ],
)
def test_or_before_several_formats_is_one_condition(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips support HBM or 4-bit formats?",
        "Which chips have HBM or 4-bit?",
        "How many chips are on 7nm or support 4-bit formats?",
    ],
)
def test_or_between_several_formats_and_another_kind_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, MIXED))


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have more SRAM than both the Groq LPU and the Cloud AI 100 Ultra?",
        "which chips have more transistors than both the Maia 100 and NorthPole?",
        "which chips have more SRAM than either the Groq LPU or the MTIA v2?",
        "which chips have more SRAM than each of the Groq LPU and NorthPole?",
        "which chips have a lower clock than both the MTIA v2 and the Groq LPU?",
    ],
)
def test_than_two_named_chips_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names one chip only"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips are on 4nm to 7nm?", (REFUSE, "no 'or' between them")),
        ("which chips are on 3nm-5nm?", (REFUSE, "no 'or' between them")),
        ("how many chips are on 4nm to 7nm?", (REFUSE, "no 'or' between them")),
        ("which chips are on 4nm or 7nm?", 8),
    ],
)
def test_two_nodes_without_or(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is the M4 unsuitable for data centers and laptops?", REFUSE),
        ("is NorthPole unsuitable for LLM training and inference?", REFUSE),
        ("which chips are unsuitable for data centers and desktops?", REFUSE),
        ("which chips are not for data centers or laptops?", (REFUSE, "for either or for both")),
        ("which chips are unsuitable for data centers or mobile?", (REFUSE, "for either or for both")),
        ("is NorthPole unsuitable for LLM training?", True),
        ("which chips are unsuitable for data centers and used for inference?", {"Apple M4"}),
    ],
)
def test_unsuitable_for_two_workloads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chips support INT8, or FP16 and BF16?",
        "which chips support INT8 and FP16 or BF16?",
        "which chips support INT4, or INT8 and FP16?",
    ],
)
def test_and_with_or_among_one_kinds_values_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "both 'and' and 'or'"))


def test_hbm_is_dram(ask_json):  # noqa: ANN001
    dram = {
        "AMD Instinct MI350",
        "AWS Trainium2",
        "Apple M4",
        "Google Trillium TPU",
        "Intel Gaudi 3",
        "Qualcomm Cloud AI 100 Ultra",
        "SambaNova SN40L",
        "Tenstorrent Grayskull e150",
        "Tenstorrent Grayskull e75",
        "d-Matrix Corsair C8",
    }
    check(ask_json, "which chips use DRAM?", dram)
    check(ask_json, "does the Mythic M2000 need external DRAM?", False)


@pytest.mark.parametrize(
    "question",
    ["which chips have more than 1 PB of memory?", "how many chips have more than 100 TB of off-chip memory?"],
)
def test_a_memory_of_another_scope_is_named_not_denied(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, (REFUSE, "those given otherwise cannot be told"))
    assert "Cerebras CS-3 (off-chip, capacity up to 1,200 TB, per system: not per chip)" in data["reason"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the Cloud AI 100 Ultra support models over 100 billion parameters?", (REFUSE, "several units")),
        ("does the Cloud AI 100 Ultra support models larger than 100 billion parameters?", (REFUSE, "several units")),
        ("does the Cloud AI 100 Ultra support models of at least 100 billion parameters?", True),
    ],
)
def test_a_strict_limit_past_one_units_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips deliver less than 700 TFLOPS?", (REFUSE, "under that limit cannot be told")),
        ("how many chips deliver at most 800 TFLOPS?", (REFUSE, "under that limit cannot be told")),
        ("which chips deliver less than 700 TFLOPS of FP16?", {"AWS Trainium2"}),
        ("which chips deliver more than 1 PFLOPS?", {"Cerebras CS-3", "d-Matrix Corsair C8"}),
    ],
)
def test_an_upper_limit_on_a_partly_stated_performance(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the CS-3 have more than 1 000 cores?", (REFUSE, "thousands set apart")),
        ("which chips have over 1 000 000 cores?", (REFUSE, "thousands set apart")),
        ("does the CS-3 have more than 1,000 cores?", True),
        ("is the gaudi 3 128 GB HBM chip made on 5nm?", True),  # a name's number, then a quantity
    ],
)
def test_thousands_set_apart_by_a_space(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Does Gaudi 3's PCIe offer more than 1 TB/s?",
        "Does Trillium's ICI offer 3.7 TB/s?",
        "Which chips have PCIe with more than 100 GB/s?",
        "Does the Cloud AI 100 Ultra's PCIe offer 16 GB/s?",
    ],
)
def test_a_bandwidth_beside_a_link_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "may be the link's or the memory's"))


def test_memory_bandwidth_beside_a_link_still_answered(ask_json):  # noqa: ANN001
    check(ask_json, "Which chips use PCIe and have more than 1 TB/s of memory bandwidth?", {"Intel Gaudi 3"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which company has the most SRAM across its chips?", (REFUSE, "adds up its chips")),
        ("which company has the most HBM in its chips?", (REFUSE, "adds up its chips")),
        ("how many designers per foundry?", (REFUSE, "counts organizations per group")),
        ("count designers by node", (REFUSE, "counts organizations per group")),
        ("which companies make both mobile and data center chips?", (REFUSE, "a chip of each")),
        ("which companies design both 4nm chips and inference chips?", (REFUSE, "a chip of each")),
        ("which companies have both a gaming chip and a data center chip?", (REFUSE, "a chip of each")),
        ("which companies make 7nm chips?", 6),
        ("Is the MI350 in production in 2026?", (REFUSE, "'in production' in a year")),
        ("is the mi350 going into production in 2025?", True),
    ],
)
def test_organizations_and_years(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many chips per vendor use PCIe?", {"Intel", "Mythic", "Qualcomm", "Tenstorrent"}),
        ("how many chips per vendor use TSMC?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
    ],
)
def test_the_word_after_per_is_the_group(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_link_with_no_lane_count_is_not_ranked(ask_json):  # noqa: ANN001
    data = check(ask_json, "Which chip has the most PCIe lanes?", "Intel Gaudi 3")
    assert "not ranked: Mythic M2000 (PCIe 2.0: no lane count stated)" in data["reading"], data["reading"]
    check(ask_json, "Is Gaudi 3 the chip with the most PCIe lanes?", (REFUSE, "no lane count stated"))
    check(ask_json, "Is the Cloud AI 100 Ultra the chip with the fewest PCIe lanes?", (REFUSE, "not ranked"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the article say the Mythic M2000 requires external DRAM?", False),
        ("Is external DRAM required by the M2000?", False),
        (
            "Which accelerator(s) carry the largest per-chip HBM capacity stated in the article?",
            {"Intel Gaudi 3", "Google Trillium TPU"},
        ),
        ("which chip(s) use HBM3?", {"SambaNova SN40L"}),
        ("sram 100-200 mb", {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}),  # a range, not "100 200"
    ],
)
def test_words_of_set_83(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_part_of_the_designer_is_not_ruled_out(ask_json):  # noqa: ANN001
    check(ask_json, "Is Trillium designed by Google DeepMind?", REFUSE)
    check(ask_json, "Is Trillium designed by Nvidia?", False)
