"""Session 46: red team 77's readings left open, and the wrong answers found beside them.

- "What's the clock speed of the 200 W chip?", "What's the Tensix core count of the 1 GHz chip?": a
  chip said in the singular and described by its figures is asked its figure. They had been read as
  "the chips at 200 W" and answered with the power (or a count of chips, 1), exit 0;
- "How many Tensix cores / dies / ports does the <described> chip have?", "How many GPUs can the
  4nm Nvidia chip scale to?", "How big a cluster can the wafer-scale chip form?": the one chip the
  description fits, asked its figure (a possessive organization, "Nvidia's 4nm chip", is as definite
  as "the");
- "Among the chips with 128 GB of HBM, which ...", "each chip that runs at 1.2 GHz": a figure said
  of the chips in a clause is a condition on them, whatever the question asks.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, answered_or_refused, column, refused


@pytest.mark.parametrize(
    ("question", "figure", "chip"),
    [
        ("What's the clock speed of the 200 W chip?", "1.2 GHz", "Tenstorrent Grayskull e150"),
        ("What's the power of the 1 GHz chip?", "75 W", "Tenstorrent Grayskull e75"),
        ("What's the core count of the 200 W chip?", "120 Tensix cores", "Tenstorrent Grayskull e150"),
        ("What's the Tensix core count of the 200 W chip?", "120 Tensix cores", "Tenstorrent Grayskull e150"),
        ("What is the number of Tensix cores on the 200 W chip?", "120 Tensix cores", "Tenstorrent Grayskull e150"),
        ("How many Tensix cores does the 1 GHz chip have?", "96 Tensix cores", "Tenstorrent Grayskull e75"),
        ("How many cores does Tenstorrent's 200 W chip have?", "120 Tensix cores", "Tenstorrent Grayskull e150"),
        ("How many dies does the 5nm chip have?", "2 dies", "Intel Gaudi 3"),
        ("How many Ethernet ports does the 5nm Intel chip have?", "24 ports", "Intel Gaudi 3"),
        (
            "How many GPUs can the 4nm Nvidia chip scale to?",
            "up to 576 GPUs, via NVLink 5, per cluster",
            "Nvidia Blackwell GPU",
        ),
        (
            "How many GPUs can Nvidia's 4nm chip scale to?",
            "up to 576 GPUs, via NVLink 5, per cluster",
            "Nvidia Blackwell GPU",
        ),
        (
            "How big a cluster can the wafer-scale chip form?",
            "up to 2,048 interconnected units, per cluster",
            "Cerebras CS-3",
        ),
    ],
)
def test_the_figure_of_a_described_chip(ask_json, question, figure, chip):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == [figure]
    assert column(data, "chip") == [chip]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # two chips run at 1.2 GHz, and their SRAM figures differ
        ("What's the SRAM of the 1.2 GHz chip?", "may be any of 2 chips"),
        ("How many cores does the 1.2 GHz chip have?", "may be any of 2 chips"),
        ("How many transistors does the 500 W chip have?", "no chip has exactly that"),
        ("How many transistors does a 5nm chip have?", "of several chips"),
        ("How many dies do the 5nm chips have?", "die count of several chips"),
    ],
)
def test_a_described_chip_that_is_not_one(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Among the chips with 128 GB of HBM, which has the highest memory bandwidth?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        ("Which chip with 128 GB of HBM has the highest memory bandwidth?", ["Google Trillium TPU", "Intel Gaudi 3"]),
        ("Of the chips with 1.2 GHz, which uses the least power?", ["Tenstorrent Grayskull e150"]),
        ("What is the power of the chips that run at 1.2 GHz?", ["Tenstorrent Grayskull e150"]),
    ],
)
def test_a_figure_said_of_the_chips_in_a_clause(ask_json, question, expected):  # noqa: ANN001
    assert sorted(column(answered(ask_json, question), "chip")) == expected


def test_each_chip_that_runs_at(ask_json):  # noqa: ANN001
    data = answered(ask_json, "What is the power draw of each chip that runs at 1.2 GHz?")
    assert column(data) == ["200 W"]
    assert "no power for Groq LPU" in data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the NorthPole in the top 3 by SRAM (SRAM with no stated size doesn't count)?", "true"),
        ("Is the NorthPole in the top 3 by SRAM (chips whose SRAM size is not given are left out)?", "true"),
        ("Is the Groq LPU in the top 3 by SRAM (SRAM with no stated size doesn't count)?", "false"),
        ("Does the Corsair C8 have the most SRAM (SRAM with no stated size doesn't count)?", "true"),
    ],
)
def test_a_leader_yes_no_with_the_figureless_left_out(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == [expected]


@pytest.mark.parametrize(
    "question", ["Is the NorthPole in the top 3 by SRAM?", "Does the Corsair C8 have the most SRAM?"]
)
def test_a_leader_yes_no_with_figureless_chips_is_not_told(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "not told")


@pytest.mark.parametrize(
    ("question", "baselines"),
    [
        ("which Nvidia chip does d-Matrix compare the Corsair against?", ["Nvidia H100"]),
        ("what chip does d-Matrix compare its Corsair against?", ["Nvidia H100"]),
        ("What is the MI350 measured against?", ["AMD Instinct MI300 series"]),
        ("what older chip is the MTIA v2 compared with?", ["Meta MTIA v1"] * 5),
        ("what chip is the Adreno 750 compared with?", ["previous Adreno GPUs"]),
    ],
)
def test_the_baselines_of_a_chips_claims(ask_json, question, baselines):  # noqa: ANN001
    assert column(answered(ask_json, question)) == baselines


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the graph does not say the MI300 series is older than the MI350, nor the H100 an AMD chip
        ("what older AMD chip is the MI350 being measured against?", "does not hold that any of them is older"),
        ("which AMD chip does d-Matrix compare the Corsair against?", "is of AMD"),
        ("which chip does Nvidia compare the Corsair against?", "Nvidia is not its designer"),
        ("what chip is the Grayskull compared with?", "names no one chip"),
    ],
)
def test_a_baseline_said_wrongly_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How is the IBM NorthPole's 8-bit throughput stated?", "over 200 TOPS, INT8"),
        ("How does the article state the Groq LPU's transistor count?", "over 20 billion"),
        ("Which chip has the most transistors if lower bounds are taken at face value?", "4 trillion"),
    ],
)
def test_how_a_figure_is_stated_and_taken(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert figure in column(data, "figure")


def test_so_opening_a_parenthesis(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Among the chips with a power figure stated per chip (so leave out the Qualcomm Cloud AI 100 Ultra, "
        "whose 150 W is per card), which draws the least?",
    )
    assert column(data) == ["Mythic M2000"]


def test_give_every_chip_if_tied(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Of all chips with a per-chip transistor count, which has the fewest if lower-bound ('over') figures are "
        "taken at their stated value? Give every chip if tied.",
    )
    assert sorted(column(data)) == ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]


# --- red team 78 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What's the clock of the 90 W chip?", "1.35 GHz"),
        ("What is the power of the 1.35 GHz chip?", "90 watts"),
        ("What's the SRAM capacity of the 1.35 GHz chip?", "256 MB"),
        ("What is the HBM capacity of the 650 TFLOPS chip?", "96 GB"),
        ("What is the transistor count of the 800 TFLOPS chip?", "120 billion"),
    ],
)
def test_a_chip_described_by_another_figure(ask_json, question, figure):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [figure]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips does Nvidia design, whether profiled or not?", ["Nvidia Blackwell GPU", "Nvidia H100"]),
        (
            "Which chips, whether or not they are profiled, does AMD design?",
            ["AMD Instinct MI300 series", "AMD Instinct MI350", "AMD Ryzen 9000 series"],
        ),
    ],
)
def test_whether_profiled_or_not_is_no_condition(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == expected


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips are made by TSMC or not?", "'or not'"),
        ("Count the chips with HBM or not.", "'or not'"),
        ("Is the H100 profiled or merely mentioned?", "either profiled or only mentioned"),
        ("Is the Snapdragon 8 Gen 3 profiled or just mentioned?", "either profiled or only mentioned"),
        ("Which chips are profiled or only mentioned?", "either profiled or only mentioned"),
        ("Which companies have both a profiled chip and a chip that is only mentioned?", "either profiled"),
        ("Which companies have no profiled chips?", "none of its chips"),
        ("What's the peak clock speed of each Tenstorrent chip?", "each chip's own highest figure"),
        ("What is the peak power of each Grayskull model?", "each chip's own highest figure"),
        ("What is the process node of the Google TPU with 3.7 TB/s of memory bandwidth?", "process node"),
        ("Excluding the M4 (a 5nm part), which chip has the highest clock?", "rules out"),
        ("Excluding the M4 (a nice chip), which chip has the highest clock?", "cannot check"),
    ],
)
def test_red_team_78_refusals(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


def test_yes_no_or_not_is_still_a_yes_no(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Is the M4 made by TSMC or not?")) == ["true"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Excluding the Blackwell GPU (a 4nm part), which chip has the most transistors?", ["Cerebras CS-3"]),
        ("Excluding the CS-3 (the wafer-scale chip), which chip has the most transistors?", ["Nvidia Blackwell GPU"]),
        ("Excluding the MTIA v2 (a Meta chip), which chip has the most SRAM?", ["d-Matrix Corsair C8"]),
        (
            "Other than the Gaudi 3 (an Intel GPU), which chip has 3.7 TB/s of memory bandwidth?",
            ["Google Trillium TPU"],
        ),
    ],
)
def test_a_chip_set_aside_and_described(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == expected


def test_show_the_figure_for_each_chip(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Show the power for each 7nm chip.")
    assert column(data) == ["Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2"]
    assert column(data, "figure") == ["150 W, per card", "90 watts"]


def test_a_technology_or_its_variant(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips use LPDDR5 or LPDDR5X memory?")
    assert column(data) == ["Apple M4", "d-Matrix Corsair C8"]


def test_two_exclusions_joined_by_and_any(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Which chips have an on-chip SRAM capacity stated per chip between 100 MB and 200 MB inclusive? Leave out "
        "per-die, per-core and per-tile figures and any SRAM given without a size.",
    )
    assert column(data) == ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many memory controllers does the 7nm Qualcomm chip have?", "4 memory controllers"),
        ("What is the SRAM capacity of the chip that runs at 1.2 GHz and is made by TSMC?", "128 MB"),
    ],
)
def test_more_described_chips(ask_json, question, figure):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [figure]


def test_where_a_chip_runs(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "where does the Maia 100 actually run, which cloud?")) == ["Microsoft Azure"]


@pytest.mark.parametrize("question", ["What are the 7nm chips deployed on?", "where are the 7nm chips deployed?"])
def test_a_relation_asked_of_described_chips_is_not_dropped(ask_json, question):  # noqa: ANN001
    # the 7nm chips had been listed, the platform asked dropped (exit 0)
    refused(ask_json, question, "deployed on")


def test_any_scope_beside_a_measure_of_any_scope(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Which chips have a stated maximum model size of at least one trillion parameters, whatever the scope?",
    )
    assert column(data) == ["Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"]


# --- red team 79 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a chip described by a figure the article hedges: no exact match, said so (not "no chip fits")
        ("How many AMP tiles does the 4 W chip have?", "approximate"),
        ("What is the power of the 35 TOPS chip?", "only, unhedged figure"),
        # "up to" said of one chip: its hedge or a limit
        ("Which chip has up to 9,600 TFLOPS?", "'up to' said of one chip"),
        ("Who designed the chip with up to 9,600 TFLOPS?", "'up to' said of one chip"),
        # a chip said by a comparison it is in
        ("Which company makes the chip compared against the H100?", "said by a comparison"),
        ("Who makes the chip that the Corsair C8 is compared against?", "said by a comparison"),
        ("Which company designed the baseline chip of the Corsair?", "the baseline chip of"),
        # a yes/no whether a described chip leads
        ("Is the 144 MB SRAM chip in the top 3 by SRAM?", "name the chip"),
        ("Is the 7nm Meta chip the top by SRAM?", "name the chip"),
        # a most of every chip
        ("Give the top clock speed for every chip.", "each chip's own highest figure"),
        ("What's the largest HBM for every chip?", "each chip's own highest figure"),
        # per a named chip: the scope asked
        ("What is the FP8 performance per Gaudi 3 accelerator?", "no FP8 performance per chip"),
        ("What's the memory per CS-3 chip?", "no memory per chip"),
        ("What is the power per Qualcomm Cloud AI 100 Ultra chip?", "no power per chip"),
    ],
)
def test_red_team_79(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips run up to 3.5 GHz?", 6),  # "up to" of chips: a limit, as before
        ("Is the H100 a baseline chip?", None),
    ],
)
def test_red_team_79_readings_kept(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    if expected is None:
        assert column(data) == ["true"]
    else:
        assert len(column(data)) == expected


def test_per_a_named_chip_of_a_per_chip_figure(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "What is the power per Mythic M2000 chip?")) == ["nominal about 4 watts"]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the SRAM's size describes the chip; what is asked is the chip's, of any memory
        ("How many memory controllers does the 144 MB SRAM chip have?", "4 memory controllers"),
        (
            "What's the memory bandwidth of the 144 MB SRAM chip?",
            "LPDDR4X, off-chip, bandwidth 134 GB/s, controller count 4 memory controllers",
        ),
    ],
)
def test_the_memory_that_describes_a_chip_is_not_the_one_asked(ask_json, question, figure):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [figure]


def test_a_chip_compared_in_words_only(ask_json):  # noqa: ANN001
    refused(ask_json, "What is the Groq LPU compared against?", "no comparison claim with a factor")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("whose chip is Trillium anyway?", "Google"),
        ("what's the biggest model Blackwell can deal with?", "up to 10 trillion"),
    ],
)
def test_set_72_casual_forms(ask_json, question, value):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [value]


def test_whole_beside_a_name(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Across the whole Gaudi 3 package, both dies together, how many Tensor Processor Cores does the article give?",
    )
    assert column(data) == ["64 TPCs"]


def test_any_of_these_chips(ask_json):  # noqa: ANN001
    data = answered(ask_json, "what's the most memory bandwidth any of these chips has?")
    assert column(data) == ["Google Trillium TPU", "Intel Gaudi 3"]


# --- red team 80 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Leave out the Corsair and any Groq chip. Which chip has the most SRAM?",
        "Which chip has the most SRAM, leaving out the Corsair and any Groq chip?",
        "Which chip has the most SRAM? Leave out the Corsair and any Groq chip.",
        "Excluding the Corsair and any Groq chip, which chip has the most SRAM?",
    ],
)
def test_an_exclusion_and_any_vendors_chip(ask_json, question):  # noqa: ANN001
    # the Groq LPU had been answered: "any Groq chip" read as a condition, the chip to leave out kept
    assert column(answered(ask_json, question)) == ["Meta MTIA v2"]


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("List all chips whether made by TSMC or not", 24),
        ("Which chips use SRAM whether or not they are startups?", 10),
    ],
)
def test_whether_or_not_with_no_comma(ask_json, question, count):  # noqa: ANN001
    assert len(column(answered(ask_json, question))) == count


def test_count_whether_or_not(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Count chips whether they have SRAM or not")) == ["24"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("For each chip, what's the highest clock?", "each chip's own highest figure"),
        ("What's the max SRAM for each of the 7nm chips?", "each chip's own highest figure"),
        ("Give the node for every chip.", "a fact of each chip"),
        ("For every chip, give the process node.", "a fact of each chip"),
        ("Which chip scales up to 576 GPUs?", "'up to' said of one chip"),
        ("Who designed the 4 W chip?", "approximate"),
        ("Who designed the 500 W chip?", "no chip has exactly that"),
    ],
)
def test_red_team_80_refusals(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Give every chip with HBM.",
            ["AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"],
        ),
    ],
)
def test_red_team_80_answers(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == expected


def test_for_every_chip_give_the_power(ask_json):  # noqa: ANN001
    data = answered(ask_json, "For every chip, give the power.")
    assert "Tenstorrent Grayskull e150" in column(data)
    assert "200 W" in column(data, "figure")


@pytest.mark.parametrize(
    "question",
    [
        "What's each chip's top power draw?",
        "Give, for every chip, the largest memory.",
        "For every chip made by TSMC, what's the highest transistor count stated?",
        "For each of the Grayskull chips, what's the max clock?",
        "For every GPU, give the top transistor count.",
    ],
)
def test_more_most_of_each_chip(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "each chip's own highest figure")


def test_the_figure_of_the_described_gpu(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "What's the SRAM of the 5nm GPU?")) == ["96 MB"]


def test_skip_a_chip_and_any_vendors_chip(ask_json):  # noqa: ANN001
    # read whole, "any Google chip" became a condition and the Trillium (left out) was answered
    data = answered_or_refused(ask_json, "ok so skip the Gaudi 3 and any Google chip, what has the most HBM?")
    assert data is None or "Google Trillium TPU" not in column(data)


def test_per_a_makers_named_chip(ask_json):  # noqa: ANN001
    refused(ask_json, "What is the model size per Qualcomm AI 100 Ultra chip?", "no maximum model size per chip")


def test_named_as_a_baseline_is_refused(ask_json):  # noqa: ANN001
    # the Blackwell's own baseline had been answered (red team 80); "which chips are baselines" is refused too
    refused(ask_json, "Which Nvidia chip is named as a baseline?", "named as a baseline")
