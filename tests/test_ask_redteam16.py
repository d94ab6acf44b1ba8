"""Wrong answers of red team 10 (/work/brief/redteam10-wrong.md, R4, R6, R7, R9), each fixed by a
mechanism of ``chipkg ask`` and tested on questions of its class written here:

- R4: an organization given as an example beside a list of organizations ("which companies, such as
  Intel, manufacture chips?") was dropped unchecked, as was a chip given as an example beside a kind
  of chip ("which GPUs, such as the Gaudi 3, are made on 4nm?"): both were read as a member of the
  class said again. The example is one of the answer's rows, or the question is refused.
- R6: "(not hedged)" of a memory read the memory row's own qualifier cell, empty (its hedges are
  its capacity's and bandwidth's), so "capacity up to 1,200 TB" passed as unhedged, and "(an upper
  bound)" was refused calling it "(unhedged)". A memory is hedged as its figures are.
- R7: a unit asked must be the unit stated, for every measure: "(in TFLOPS)" was dropped as the
  measure said again (a TOPS figure answered it), TFLOPS and TOPS counted as one unit, and a unit
  the vocabulary names a measure by ("how many MHz", "in petaflops") was never checked, so GHz,
  watts and TFLOPS figures answered questions in MHz, kW and petaflops; data sizes were refused.

Facts from /work/shared/sources/ai-chip-race.txt: TSMC makes the Blackwell (line 41), Groq is a
unicorn startup (127, 149), the Gaudi 3 is 5nm (53), the Blackwell 4nm (41), Meta is a hyperscaler
designing its own chips (15, 87); the CS-3's memory is "up to 1,200 TB" (141), the M4's bandwidth
"up to 100 GB/s" (121), a Grayskull core's SRAM "up to 1.5 MB" (181), Gaudi 3's HBM 128 GB (53); the Cloud AI 100 Ultra gives 400 TOPS INT8 (103), the Groq LPU up to
1 PetaOPS (153), the Maia 100 800 TFLOPS (81), the MTIA v2 1.35 GHz and 90 W (89).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: the refusal of an example the answer does not hold
EXAMPLE = (REFUSE, "as an example, and the article's answer does not hold it")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # R4: an example the answer does not hold
        ("which firms, such as amd, fabricate chips?", EXAMPLE),
        ("what companies, e.g. groq, are megacap players?", EXAMPLE),
        ("which organizations, including nvidia, are hyperscalers?", EXAMPLE),
        ("which companies design 5nm chips, such as apple?", EXAMPLE),
        ("which companies (for example intel) manufacture the chips?", EXAMPLE),
        ("which GPUs, such as the gaudi 3, are made on 4nm?", EXAMPLE),
        ("which GPUs, e.g. trainium2, use HBM?", EXAMPLE),
        # near misses: the example held, the list answered and checked
        ("which hyperscalers, including meta, design chips?", {"Amazon", "Google", "Meta", "Microsoft"}),
        ("which firms, such as tsmc, manufacture chips?", "TSMC"),
        ("which companies, e.g. nvidia, design GPUs?", {"AMD", "Intel", "Nvidia", "Qualcomm"}),
        ("which GPUs, including the blackwell, are made on 4nm?", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"}),
        ("which GPUs (which includes Intel's Gaudi 3) use HBM?", {"AMD Instinct MI350", "Intel Gaudi 3"}),
        # beside a ranking, a member of the kind says what the field holds; beside a count, refused
        ("which GPU, such as the adreno 750, has the most transistors?", "Nvidia Blackwell GPU"),
        ("how many GPUs, including the adreno 750, use HBM?", (REFUSE, "checked only beside a list")),
    ],
)
def test_red_team_10_examples(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_an_organization_example_held_is_said_checked(ask_json):  # noqa: ANN001
    data = check(ask_json, "which companies, such as intel, design GPUs?", {"AMD", "Intel", "Nvidia", "Qualcomm"})
    assert "Intel among them (checked)" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "what memory does the cs-3 have (no hedge)?",
            (REFUSE, "not hedged, and the article gives off-chip, capacity up to"),
        ),
        ("what is the m4's memory (not hedged)?", (REFUSE, "(upper bound)")),
        ("what memory does the grayskull e150 have (unhedged)?", (REFUSE, "(upper bound)")),
        ("what memory does the trainium2 have (an upper bound)?", (REFUSE, "(unhedged)")),
        # near misses: a hedge said that holds, a plain memory said plain
        ("what is the memory of the cs-3 (an upper bound)?", "off-chip, capacity up to 1,200 TB, per system"),
        ("what memory does the m4 have (stated as an upper bound)?", "LPDDR5X, off-chip, bandwidth up to 100 GB/s"),
        ("what memory does trillium have (not hedged)?", "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"),
    ],
)
def test_red_team_10_memory_hedges(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_memory_said_upper_bound_is_not_called_unhedged(ask_json):  # noqa: ANN001
    data = check(ask_json, "what is the cs-3's memory (not hedged)?", REFUSE)
    assert "(upper bound)" in data["reason"] and "unhedged" not in data["reason"], data["reason"]


#: the refusal of a unit other than the one stated
OTHER_UNIT = (REFUSE, "figures are shown in the unit the article states")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # another kind of operation: no such figure
        ("what performance does the groq lpu reach (in TFLOPS)?", (REFUSE, "no performance in FLOPS")),
        ("what is the maia 100's throughput (in TOPS)?", (REFUSE, "no performance in OPS")),
        ("what's northpole's performance (in petaflops)?", (REFUSE, "no performance in FLOPS")),
        # the same dimension in another unit: refused, naming the figure as stated
        ("what is the maia 100's performance in petaflops?", OTHER_UNIT),
        ("what clock speed does the groq lpu run at (in MHz)?", OTHER_UNIT),
        ("how many MHz is the mtia v2 clocked at?", OTHER_UNIT),
        ("what is the power draw of the grayskull e75 (in kW)?", OTHER_UNIT),
        ("what is the trainium2's hbm capacity (in TB)?", OTHER_UNIT),
        # near misses: the unit stated
        ("what is the maia 100's performance (in TFLOPS)?", "800 TFLOPS, peak"),
        ("what clock speed does the groq lpu run at (in GHz)?", "1.2 GHz"),
        ("how many GHz is the mtia v2 clocked at?", "1.35 GHz"),
        ("what performance does the groq lpu reach (in petaops)?", "up to 1 PetaOPS, INT8, peak"),
        ("what is the trainium2's hbm capacity (in GB)?", "96 GB"),
        ("how many FLOPS does the maia 100 deliver?", "800 TFLOPS, peak"),  # a unit with no prefix names the measure
    ],
)
def test_red_team_10_units_asked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
