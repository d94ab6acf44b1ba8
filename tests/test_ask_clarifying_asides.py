"""``chipkg ask``: clarifying asides that set something aside to say which figure is meant: "(the
HBM figure, not the interchip interconnect)", "(the per-die amount, not the package total)", "(its
clock, not any of its TOPS figures)", "(the DDR5 figure rather than the HBM)", "Return
organization names rather than chips". Such an aside is answered only when what it keeps agrees
with the question as read and what it sets aside is what the reading leaves out, each checked on
the frame or on the rows answered, never on the words alone:

- in a parenthesis, "X rather than Y" / "X as distinct from Y" where Y is only what a figure is of
  (a scope, memory, link, precision, measure or quantity) is read as "(X, not Y)", by the readers
  of a negated aside (asides._figure_things);
- the positive part may name the memory, link or precision meant ("the HBM figure"): kept only, as
  "(the HBM figure only)" is, and checked against each row (asides._kept_thing);
- a scope with the measure beside it ("the per-die amount": the measure checked against the
  frame), a scope said twice ("summed across both dies, i.e. the package-wide figure");
- "not any of its TOPS figures" sets TOPS aside (remarks.read), checked absent from the frame;
- a unit word said as what is meant ("(its TOPS)", "(floating-point)") beside "performance" keeps
  that unit: it is not the measure said again (on main, "the performance of the Apple M4 (its
  TOPS)" and "... (floating-point)" listed both the 7.5 TFLOPS GPU figure and the 38 TOPS);
- "rather than chips" / "(organizations, not chips)" beside a question that asks for
  organizations (ck:Chip and ck:Organization are disjoint), refused beside anything else.

Where what is set aside is what the question reads (the figure asked, its scope, its measure), or
where "not" beside a list of chips would be a real exclusion ("chips with HBM, not SRAM"), the
question stays refused.

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: Trillium 128 GB HBM at 3.7 TB/s (line 63); Gaudi 3 128 GB
HBM at 3.7 TB/s, 48 MB SRAM per die and 96 MB per package (lines 53, 55); Corsair C8 256 GB LPDDR5
and 2 GB SRAM (173); SN40L 64 GB HBM3 and 1.5 TB DDR5 (131); NorthPole nominal 400 MHz, TOPS at
INT8/4/2 (113); Apple M4 38 TOPS Neural Engine (121) and a 7.5 TFLOPS GPU figure; Blackwell NVLink
5 at 1.8 TB/s and a 10 TB/s die-to-die link (41).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

# --------------------------------------------------------------------------- one figure: answered


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the memory meant, kept; a link or another memory set aside
        (
            "What memory bandwidth does the Trillium TPU deliver per chip (the HBM figure, not the ICI links)?",
            "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
        ),
        (
            "What memory bandwidth does the Gaudi 3 have (the HBM figure rather than its Ethernet links)?",
            "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
        ),
        (
            "How much memory does the Corsair C8 have (the SRAM figure, not the 256 GB of DRAM)?",
            "SRAM, on-chip, capacity 2 GB",
        ),
        (
            "How much memory does the Corsair C8 have (the LPDDR5 figure, not the SRAM)?",
            "LPDDR5, off-chip, capacity 256 GB",
        ),
        (
            "How much memory does the SambaNova SN40L have (the HBM figure, as distinct from the DDR5)?",
            "HBM3, off-chip, capacity 64 GB",
        ),
        (
            "How much memory does the SambaNova SN40L have (the DDR5 figure rather than the HBM)?",
            "DDR5, off-chip, capacity 1.5 TB",
        ),
        # refused in round 15 (a positive part that says more than the question): now kept, checked
        (
            "What is the Gaudi 3's memory capacity (the HBM, not the SRAM)?",
            "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
        ),
        # a link meant, another link set aside
        (
            "What is the Blackwell's bandwidth (the NVLink figure, not the die-to-die link)?",
            "NVLink 5, bandwidth 1.8 TB/s, bidirectional",
        ),
        (
            "What is the Blackwell's bandwidth (the die-to-die figure rather than NVLink)?",
            "die-to-die interconnect, bandwidth 10 TB/s",
        ),
    ],
)
def test_memory_or_link_meant_is_kept(ask_json, question, figure):
    data = answered(ask_json, question)
    assert column(data) == [figure], column(data)
    assert " · not " in data["reading"], data["reading"]  # what is set aside is said


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a scope meant with the measure beside it; the other scope set aside
        ("How much SRAM does the Gaudi 3 have (the per-die amount, not the package total)?", "48 MB, per die"),
        ("How much SRAM does the Gaudi 3 have (the per-die amount rather than the package total)?", "48 MB, per die"),
        ("How much SRAM does the Gaudi 3 have (the package-wide amount rather than the per-die one)?", "96 MB"),
        # a scope said twice, the other set aside with "rather than"
        (
            "What is the total SRAM on the Gaudi 3 (summed across both of its dies, i.e. the package-wide "
            "amount rather than the per-die one)?",
            "96 MB",
        ),
        # the measure meant, another measure set aside ("any of": each of them)
        ("What is the clock speed of IBM NorthPole (its clock, not any of its TOPS figures)?", "nominal 400 MHz"),
        ("What is the clock speed of IBM NorthPole (its clock rather than its TOPS)?", "nominal 400 MHz"),
        ("Which chip has the highest clock speed (its clock, not its TOPS)?", "Apple M4"),
        (
            "Which chips have a clock speed above 1 GHz (the clock rather than TOPS)?",
            {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"},
        ),
        # one unit of performance meant, the other set aside: checked against every figure compared
        ("Which chip has the highest performance (TOPS rather than TFLOPS)?", "Groq LPU"),
        ("Which chip has the highest performance (TFLOPS rather than TOPS)?", "d-Matrix Corsair C8"),
        # a unit said as what is meant: that unit's figures only
        ("What is the performance of the Apple M4 (its TOPS)?", "38 TOPS, on Apple M4 Neural Engine"),
        # "(floating-point)" alone: FLOPS figures (on main, a filler dropped, and both were listed)
        ("What is the Apple M4's performance (floating-point)?", "7.5 TFLOPS, on Apple M4 GPU, peak"),
        ("Which chip has the highest performance (floating-point)?", "d-Matrix Corsair C8"),
        # a link's count, a link of another kind set aside (checked against the row answered)
        ("How many PCIe 5.0 lanes does the Gaudi 3 have (lanes of host connectivity, not Ethernet ports)?", "16 lanes"),
        ("How many Ethernet ports does the Gaudi 3 have (ports of connectivity, not PCIe lanes)?", "24 ports"),
        # on-chip memory meant ("the cache"), off-chip memory set aside
        (
            "How much memory does the Cloud AI 100 Ultra have (the cache, not the external LPDDR4X)?",
            "SRAM, on-chip, capacity 144 MB",
        ),
        ("What is the on-chip SRAM of the Cloud AI 100 Ultra (the cache, not the external LPDDR4X memory)?", "144 MB"),
    ],
)
def test_scope_or_measure_meant(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # said last, after a comma: read as the parenthesis "(not ...)" is
        ("How much SRAM does the Gaudi 3 hold per die, as opposed to the whole package?", "48 MB, per die"),
        ("How much SRAM does the Gaudi 3 hold, as opposed to per die?", "96 MB"),
        (
            "What memory bandwidth does the Trillium TPU have, as distinct from its ICI links?",
            "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s",
        ),
        (
            "What is the Blackwell's bandwidth, rather than the die-to-die link?",
            "NVLink 5, bandwidth 1.8 TB/s, bidirectional",
        ),
        # what is set aside is what is asked
        ("How much SRAM does the Gaudi 3 hold per die, rather than per die?", REFUSE),
        ("What is the Blackwell's die-to-die bandwidth, rather than the die-to-die link?", REFUSE),
    ],
)
def test_contrast_said_last(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # beside no figure, a name set aside is checked against the chips answered, as before: the
        # same answer under both readings, or refused naming the chips with both
        (
            "Which chips use HBM (HBM rather than flash)?",
            {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
        ("Which chips have HBM, as opposed to DDR5?", (REFUSE, "SambaNova SN40L")),
        ("Does the Gaudi 3 use HBM (HBM rather than SRAM)?", (REFUSE, "Intel Gaudi 3")),
    ],
)
def test_contrast_beside_no_figure_checked_on_chips(ask_json, question, expected):
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- organizations, not chips


@pytest.mark.parametrize(
    "question",
    [
        "Which organizations are members of the UXL Foundation? Return organization names rather than chips.",
        "Which organizations are members of the UXL Foundation (organizations, not chips)?",
        "Which organizations are in the UXL Foundation (not chips)?",
    ],
)
def test_organizations_rather_than_chips(ask_json, question):
    check(ask_json, question, {"AMD", "Google", "Intel"})


def test_organizations_rather_than_chips_said(ask_json):
    """Said as an instruction after the question, the form is checked (words.tsv ``notform``: the
    answer is organizations, as the question asks) and the answer is the question's own."""
    data = answered(
        ask_json, "Which organizations design chips that use HBM? Give organization names rather than chips."
    )
    plain = answered(ask_json, "Which organizations design chips that use HBM?")
    assert column(data) == column(plain) and "AMD" in column(data), data


# --------------------------------------------------------------------------- what is set aside is what is read


@pytest.mark.parametrize(
    "question",
    [
        # the memory set aside is the one asked; the memory kept is not
        "How much DRAM does the Corsair C8 have (the SRAM, not the DRAM)?",
        "How much SRAM does the Corsair C8 have (the DRAM figure, not the SRAM)?",
        "What memory bandwidth does the Trillium TPU have (the interchip interconnect, not the HBM)?",
        "What memory bandwidth does the Gaudi 3 have (the SRAM figure rather than its Ethernet links)?",
        "What is the Blackwell's NVLink bandwidth (the die-to-die figure, not NVLink)?",
        # the scope set aside is the one asked
        "What is the Gaudi 3's SRAM per die (the package-wide amount, not the per-die one)?",
        # the measure kept is not the one asked, or the one set aside is
        "Does the Blackwell have more than 5 TB/s of bandwidth (link bandwidth rather than memory bandwidth)?",
        "What is the clock speed of IBM NorthPole (its TOPS, not its clock)?",
        "What is the performance of IBM NorthPole (its clock, not any of its TOPS figures)?",
        "How much SRAM does the Gaudi 3 have (the per-die bandwidth, not the package total)?",
        "What is the Gaudi 3's SRAM bandwidth (the per-die amount, not the package total)?",
        # the link set aside is the one asked; on-chip kept, the on-chip SRAM set aside
        "How many PCIe 5.0 lanes does the Gaudi 3 have (host connectivity lanes, not PCIe lanes)?",
        "How much memory does the Cloud AI 100 Ultra have (the cache, not the SRAM)?",
        "What is the Apple M4's TOPS performance (floating-point)?",
        # a unit kept that the frame cannot check (the M4 has TOPS and TFLOPS figures)
        "What is the performance of the Apple M4 (its TOPS, not its clock)?",
        # chips set aside where chips are asked for, or organizations are not
        "Which chips use HBM (organizations, not chips)?",
        "Which chips use HBM? Return chip names rather than chips.",
        "Which organizations are members of the UXL Foundation? Return chips rather than organization names.",
        "How many organizations are members of the UXL Foundation? Give organization names rather than chips.",
    ],
)
def test_what_is_set_aside_is_what_is_read(ask_json, question):
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # beside a list of chips by no figure, "not" / "rather than" a memory may be a real exclusion
        # (chips with SRAM and no HBM): never dropped
        "Which chips use SRAM (SRAM, rather than HBM)?",
        "Which chips use SRAM (on-chip SRAM rather than HBM)?",
        "Which chips use SRAM (SRAM, not HBM)?",
        "Which chips have HBM (not those with SRAM)?",
        "Which chips use HBM (the HBM figure, not DDR5)?",
        # "only" beside a list would say a chip has nothing else
        "Which chips have the most memory bandwidth (the HBM figure, not NVLink)?",
        "Which chips have more than 100 GB of memory (the HBM figure, not the DDR5)?",
        "Does the SN40L have more than 100 GB of memory (the HBM figure rather than the DDR5)?",
        # beside "which memory", the memory kept would answer the question's own premise
        "Which memory technologies does the SN40L use (HBM3, not DDR5)?",
        "What is the SN40L's memory (the HBM, not the DDR5)?",
    ],
)
def test_real_exclusions_beside_lists_stay_refused(ask_json, question):
    check(ask_json, question, REFUSE)


def test_real_exclusion_said_outside_is_not_answered_as_a_list(ask_json):
    # "chips with HBM, not SRAM": chips lacking SRAM, which the article's lists cannot tell
    check(ask_json, "Which chips have HBM, not SRAM?", (REFUSE, "cannot say which chips lack"))
