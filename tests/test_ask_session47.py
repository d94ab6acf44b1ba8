"""Session 47: a claim's multiple, chips set aside beside a report or a count per group, and two
readings left open by red team 80.

- "Does the article claim Trainium2 has four times the memory capacity of its predecessor?", "Is
  the Corsair C8 nine times faster than Nvidia's H100 on GenAI workloads?": a multiple ("4x", "nine
  times", "up to 35 times", "twice") said of one chip's comparison claim is checked against the
  claims the rest of the question picks (aspect, baseline): true when each is stated as that
  multiple, false when none is (the article states another, shown in the reading). A multiple said
  of anything else, or where the question names no aspect, is refused, as "x" and "times" were.
- "(not those named just as baselines or platforms)", "(not counting chips that appear only as
  baselines)": chips the article only mentions, set aside; beside a report that lists chips ("which
  profiled chips have no process node") or a most per group, checked on the chips answered.
- "How many 7nm chips are there in total?": "in total" beside a count of chips is the count itself.
- "Which GPU scales up to 576 GPUs?": a kind of chip in the singular with "up to" is refused as
  "which chip" is (the hedge of one figure or a limit).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, refused


@pytest.mark.parametrize(
    ("question", "expected", "stated"),
    [
        (
            "Does the article claim Trainium2 has four times the memory capacity of its predecessor?",
            False,
            "3 x, memory capacity",
        ),
        ("Does Trainium2 have 3x the memory capacity of its predecessor?", True, "3 x, memory capacity"),
        (
            "Does the article claim that AMD's Instinct MI350 delivers up to 35 times the AI inference "
            "performance of the MI300 series?",
            True,
            "up to 35 times",
        ),
        (
            "Is the Corsair C8 claimed to be nine times faster than Nvidia's H100 on GenAI workloads?",
            True,
            "9 times, generative AI performance",
        ),
        ("Does the article say AWS Trainium2 offers up to 4x faster training than its predecessor?", True, "up to 4 x"),
        ("Does the MTIA v2 have 7x the sparse compute of the MTIA v1?", True, "7 x, sparse compute"),
        ("Does the MTIA v2 have 3x the sparse compute of the MTIA v1?", False, "7 x, sparse compute"),
        ("Does Trillium have 4.7x the peak compute of the previous generation?", True, "4.7 x, peak compute"),
        ("Is the MI350 up to 40x faster than the MI300 series at inference?", False, "up to 35 times"),
        ("Does Trainium2 have 1,000 times the memory capacity of its predecessor?", False, "3 x, memory capacity"),
        # the bound asked as the multiple reached ("35x faster" of "up to 35 times") is refused since
        # session 53 (red team 103), as an 'up to' figure asked at its bound is; said with 'up to', true
        ("Is the MI350 up to 35x faster than the MI300 series?", True, "up to 35 times, inference performance"),
        ("Is Trainium2 5x faster than Trainium?", False, "up to 4 x, training performance"),
        ("is trainium2 up to 4x faster than trainium?", True, "up to 4 x, training performance"),
    ],
)
def test_a_multiple_is_checked_against_the_claims(ask_json, question, expected, stated):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["boolean"] is expected
    assert stated in data["reading"]


def test_a_vendor_claim_multiple_says_whose_claim(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Is the Corsair C8 nine times faster than the H100 in generative AI workloads?")
    assert data["boolean"] is True
    assert "(vendor claim)" in data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "better" names no aspect of the Corsair's claims; "faster" does not pick one of the MTIA v2's
        ("Is the Corsair C8 10x better than the H100?", "say what is compared"),
        ("Is the MTIA v2 7x faster than the MTIA v1?", "differ"),
        ("Is the MTIA v2 2x faster than the MTIA v1?", "differ"),
        # Trainium2's training claim is "up to 4x": 3x is within the bound
        ("Is Trainium2 3x faster than Trainium?", "only a bound"),
        # a multiple said of figures, not of a claim
        ("Does the CS-3 cluster's 256 exaflops equal 2,048 times the per-chip 2.6 petaflops?", ""),
        # Trillium's efficiency gain is stated as 67%, and the H100 is no baseline of Trainium2's claims
        ("Is the Trillium 1.67 times more energy efficient than previous generation TPUs?", ""),
        ("Does Trainium2 have 3x the memory capacity of the H100?", ""),
        ("Does Meta claim a 6x gain in model-serving throughput for the MTIA v2?", ""),
    ],
)
def test_a_multiple_not_read_as_a_claim_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        (
            "Among the profiled chips (not baselines such as the H100 or MI300 series), which have no process "
            "node stated at all?",
            {"AMD Instinct MI350", "Google Trillium TPU", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"},
        ),
        (
            "Which profiled chips have no process node stated (not counting chips that appear only as baselines)?",
            {"AMD Instinct MI350", "Google Trillium TPU", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"},
        ),
    ],
)
def test_baselines_set_aside_beside_a_report(ask_json, question, chips):  # noqa: ANN001
    data = answered(ask_json, question)
    assert {r["chip"]["value"] for r in data["results"]["bindings"]} == chips
    assert "set aside" in data["reading"]


def test_chips_set_aside_that_a_report_answers_are_left_out(ask_json):  # noqa: ANN001
    # refused until session 51, which reads a bare "not" before chips' names in a list as "excluding":
    # the compiled list, the report's rows but the Trillium
    data = answered(ask_json, "Which profiled chips have no process node stated (not the Trillium)?")
    assert {r["chip"]["value"] for r in data["results"]["bindings"]} == {
        "AMD Instinct MI350",
        "Tenstorrent Grayskull e75",
        "Tenstorrent Grayskull e150",
    }, data


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # every chip counted per vendor, baselines too: setting them aside changes the answer
        ("How many chips per vendor (not counting chips that appear only as baselines)?", "sets aside"),
    ],
)
def test_chips_set_aside_beside_groups_are_checked(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many 7nm chips are there in total?", "6"),
        ("How many chips are made by TSMC in total?", "5"),
        ("how many chips in total use HBM", "5"),
    ],
)
def test_in_total_beside_a_count_of_chips(ask_json, question, count):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["results"]["bindings"][0]["count"]["value"] == count


@pytest.mark.parametrize(
    "question",
    [
        "How many Tensix cores do the Grayskull e75 and e150 have in total?",
        "How many transistors in total do the Blackwell and the Maia 100 have?",
    ],
)
def test_in_total_of_figures_is_still_a_sum(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "sum")


@pytest.mark.parametrize("question", ["Which GPU scales up to 576 GPUs?", "Which accelerator scales up to 576 GPUs?"])
def test_up_to_said_of_one_kind_of_chip(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "said of one chip")


@pytest.mark.parametrize(
    ("question", "baseline"),
    [
        ("Against which product is the MI350's up-to-35x inference gain measured?", "AMD Instinct MI300 series"),
        ("What's the MTIA v2's 3.5x dense compute gain measured against?", "Meta MTIA v1"),
        ("Which chip is the MTIA v2's 7x sparse compute gain measured against?", "Meta MTIA v1"),
        (
            "Which GPU does d-Matrix use as the baseline for its 'nine times faster' GenAI claim for the Corsair C8?",
            "Nvidia H100",
        ),
        (
            "The MI350's headline 'up to 35 times' inference gain is measured against which AMD product?",
            "AMD Instinct MI300 series",
        ),
        ("Which GPU is the Corsair compared against?", "Nvidia H100"),
    ],
)
def test_the_baseline_of_a_described_claim(ask_json, question, baseline):  # noqa: ANN001
    data = answered(ask_json, question)
    assert {r["baseline"]["value"] for r in data["results"]["bindings"]} == {baseline}


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the MI350's claim is up to 35x, the MTIA v2's dense compute gain 3.5x
        ("Against which product is the MI350's 40x inference gain measured?", "no such claim"),
        ("What is the MTIA v2's 7x dense compute gain measured against?", "no such claim"),
        ("Against which product is the MI350's training gain measured?", "training"),
        # the MTIA v1 is no GPU
        ("Which GPU is the MTIA v2 compared against?", "a GPU"),
    ],
)
def test_a_described_claim_the_graph_does_not_hold_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "baseline"),
    [
        ("which Nvidia chip does d-Matrix say the Corsair is 9x faster than?", "Nvidia H100"),
        ("which chip does AWS say Trainium2 is 4x faster than?", "AWS Trainium"),
    ],
)
def test_the_baseline_a_chip_is_said_to_be_faster_than(ask_json, question, baseline):  # noqa: ANN001
    data = answered(ask_json, question)
    assert {r["baseline"]["value"] for r in data["results"]["bindings"]} == {baseline}


@pytest.mark.parametrize(
    "question",
    [
        "which chip does d-Matrix say the Corsair is 5x faster than?",
        # Trainium2's 3x claim is of memory capacity, not of speed
        "which chip does AWS say Trainium2 is 3x faster than?",
    ],
)
def test_a_multiple_no_claim_of_speed_states_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "no such claim")


LPDDR_CHIPS = {
    "Apple M4",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e75",
    "Tenstorrent Grayskull e150",
    "d-Matrix Corsair C8",
}


@pytest.mark.parametrize(
    "question",
    [
        # set 74: answered with the Grayskulls' LPDDR capacity, as if they were the chips asked
        "Which chips have off-chip memory from the LPDDR family, any generation (LPDDR4, LPDDR4X, LPDDR5 or "
        "LPDDR5X), counting both Grayskull models?",
        "Which chips use LPDDR memory, counting both Grayskull models?",
        "Which chips use LPDDR memory, counting both Grayskull models separately?",
    ],
)
def test_counting_both_models_of_a_line(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert {r["chip"]["value"] for r in data["results"]["bindings"]} == LPDDR_CHIPS


def test_which_chips_is_never_answered_with_a_figure(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips use LPDDR memory, counting the Grayskulls?", "asks which chips")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        (
            "For the Grayskull e75 specifically (not the e150), what clock frequency does the Tenstorrent section give?",
            "1 GHz",
        ),
        ("What is the SRAM of the Groq LPU (not the NorthPole)?", "128 MB"),
    ],
)
def test_a_chip_set_aside_beside_a_figure_of_another(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [r["figure"]["value"] for r in data["results"]["bindings"]] == [figure]
    assert "set aside" in data["reading"]


def test_the_chip_asked_set_aside_is_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "For the Grayskull e75 specifically (not the e75), what clock frequency does it run at?")


def test_baseline_chips_set_aside_beside_a_count(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Restricting to the article's profiled chips (not baseline chips such as the H100 or the MI300 series), "
        "how many are stated to be built on a 7nm process?",
    )
    assert data["results"]["bindings"][0]["count"]["value"] == "6"


def test_another_chip_excluded_beside_a_figure_changes_nothing(ask_json):  # noqa: ANN001
    # tests/test_ask_analyst23 had it refused as saying nothing; set aside, it changes nothing, and is read so
    data = answered(ask_json, "What is the SRAM of the Groq LPU (excluding the NorthPole)?")
    assert [r["figure"]["value"] for r in data["results"]["bindings"]] == ["128 MB"]
    assert "set aside: chips · one of IBM NorthPole" in data["reading"]


# red team 81: a figure of one chip described, said as a fragment or with the chip first
@pytest.mark.parametrize(
    ("question", "figure", "chip"),
    [
        ("SRAM of the 90 W chip", "256 MB", "Meta MTIA v2"),
        ("HBM of the 650 TFLOPS chip", "96 GB", "AWS Trainium2"),
        ("power of the 1 GHz chip", "75 W", "Tenstorrent Grayskull e75"),
        ("clock of the 200 W chip", "1.2 GHz", "Tenstorrent Grayskull e150"),
        ("the 5nm GPU's SRAM", "96 MB", "Intel Gaudi 3"),
        ("the 12nm chip's transistor count", "22 billion", "IBM NorthPole"),
        ("What's the 12nm chip's transistor count?", "22 billion", "IBM NorthPole"),
        ("the 3nm chip's clock speed", "up to 3.5 GHz", "Apple M4"),
        ("the Nvidia 4nm chip's transistor count", "208 billion", "Nvidia Blackwell GPU"),
        ("cores of the wafer-scale chip", "900,000 AI-optimized cores", "Cerebras CS-3"),
    ],
)
def test_a_figure_of_one_described_chip_as_a_fragment(ask_json, question, figure, chip):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [r["figure"]["value"] for r in data["results"]["bindings"]] == [figure]
    assert [r["chip"]["value"] for r in data["results"]["bindings"]] == [chip]


@pytest.mark.parametrize(
    "question",
    [
        # read as the chips that fit, they were answered with no figure (or the describing one)
        "What's the HBM of the TPU?",
        "What's the HBM of the chip with 650 TFLOPS of FP16?",
        # several chips fit
        "SRAM of the TSMC-made 7nm chip",
    ],
)
def test_a_figure_of_one_described_chip_not_read_so_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        "Does Nvidia have no profiled chip?",
        "Is there no profiled chip from AMD?",
        "Has Nvidia got no profiled chip?",
        "Is it the case that AWS has no profiled chip?",
    ],
)
def test_no_profiled_chip_of_an_organization_is_refused(ask_json, question):  # noqa: ANN001
    # each was answered true of a chip only mentioned, though the organization has a profiled chip
    refused(ask_json, question, "none of its chips")


def test_a_chip_of_an_organization_not_profiled(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which Nvidia chips are not profiled?")
    assert [r["chip"]["value"] for r in data["results"]["bindings"]] == ["Nvidia H100"]


@pytest.mark.parametrize(
    "question",
    [
        # each kept only the chips to leave out (the MTIA v2 alone)
        "Rank the chips by SRAM, but not the Corsair or any Meta chip.",
        "Rank the chips by SRAM, without the Corsair and any Meta chip.",
        "Which chip has the most SRAM, but not the Corsair or any Meta chip?",
        "How many chips have SRAM, without the Corsair and any Meta chip?",
    ],
)
def test_but_not_a_or_any_b_is_two_exclusions(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "leave out any Meta chip")


@pytest.mark.parametrize(
    "question",
    [
        "What's the biggest SRAM figure for each chip?",
        "What is the highest clock figure for each chip?",
        "What's the top power figure of each chip?",
    ],
)
def test_each_chips_own_most_with_a_figure_noun(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "each chip's own highest figure")


@pytest.mark.parametrize(
    "question",
    ["Show each chip's designer.", "List each chip's designer.", "Show each chip's memory type."],
)
def test_a_fact_of_each_chip_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "asks a fact of each chip")


@pytest.mark.parametrize(
    "question",
    [
        "Is the AI 100 Ultra's 150 W stated per chip or per card?",
        "Is the AI 100 Ultra's 150 W figure per chip or per card?",
    ],
)
def test_a_scope_asked_either_or_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "asks which scope")


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        (
            "Among chips with an HBM capacity stated per chip (MI350 has none, so it drops out), which has the least HBM?",
            "SambaNova SN40L",
        ),
        (
            "Of the 7nm chips, which has the most on-chip SRAM stated per chip (SN40L's SRAM has no size, so it's out)?",
            "Meta MTIA v2",
        ),
    ],
)
def test_a_chip_said_to_drop_out(ask_json, question, chip):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [r["chip"]["value"] for r in data["results"]["bindings"]] == [chip]
    assert "set aside" in data["reading"]


def test_a_chip_said_to_drop_out_that_the_answer_holds_is_refused(ask_json):  # noqa: ANN001
    # the Corsair's 2 GB of SRAM is the most: the premise is false
    refused(ask_json, "Which chip has the most SRAM (the Corsair has no SRAM, so it's out)?", "sets aside")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        (
            "By what multiple does the MTIA v2 improve on the first-generation MTIA in sparse compute performance "
            "(sparse, not the 3.5x dense figure)?",
            "7 x, sparse compute, vs Meta MTIA v1",
        ),
        (
            "Against the first-generation MTIA (v1), what sparse-compute improvement does the article credit to "
            "Meta's MTIA v2 (the sparse compute figure, not the 3.5x dense one)?",
            "7 x, sparse compute, vs Meta MTIA v1",
        ),
        (
            "By what factor does the MTIA v2 beat MTIA v1 on sparse compute (not dense compute, and not the 3x "
            "key-model figure from Meta's internal testing)?",
            "7 x, sparse compute, vs Meta MTIA v1",
        ),
        (
            "By what percentage does Trillium improve energy efficiency over its predecessors (the efficiency "
            "gain, not the 4.7x peak-compute multiple)?",
            "67 %, energy efficiency, vs previous generation TPUs",
        ),
    ],
)
def test_claims_set_aside_by_their_multiples(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [r["figure"]["value"] for r in data["results"]["bindings"]] == [figure]
    assert "set aside: claims of" in data["reading"]


def test_a_claim_set_aside_that_is_answered_is_refused(ask_json):  # noqa: ANN001
    refused(
        ask_json, "By what factor does the MTIA v2 beat MTIA v1 on sparse compute (not the 7x figure)?", "sets aside"
    )


# red team 82
@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("power of the 7nm chips", ["Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2"]),
        ("SRAM of the 150 W card", ["Qualcomm Cloud AI 100 Ultra"]),
        ("HBM of the FP8 chips", ["Intel Gaudi 3", "AWS Trainium2"]),
        (
            "Give the transistor counts of the chips suited to training.",
            ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100"],
        ),
    ],
)
def test_a_figure_of_described_chips_as_a_fragment(ask_json, question, chips):  # noqa: ANN001
    data = answered(ask_json, question)
    rows = data["results"]["bindings"]
    assert [r["chip"]["value"] for r in rows] == chips
    assert all("figure" in r for r in rows)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("transistors of the 1.35 GHz chips", "no chip that fits"),
        ("Which chips have a comparison claim against a predecessor?", "against"),
        ("Which organization designs the chip the Corsair is compared against?", "compared against"),
    ],
)
def test_red_team_82_refusals(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question",
    [
        # red team 83: the reason is false (each has the figure ranked), the chip set aside right by chance
        "Which chip has the most transistors (the Blackwell has no stated count, so it's out)?",
        "Which chip draws the least power (the Grayskull e75 has no power figure, so it's out)?",
        # the reason is not about the figure ranked: not checked, so not read
        "Among the TSMC-fabricated chips, which has the highest stated transistor count (CS-3 has no stated "
        "foundry, so it can't count)?",
    ],
)
def test_a_chip_said_to_drop_out_for_a_reason_not_held(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "aside as having no")


@pytest.mark.parametrize(
    "question",
    [
        # red team 83: each listed the chips with no figure, or with the one describing them
        "SRAM of the chips with HBM",
        "memory bandwidth of the chips with LPDDR4X",
        "the 7nm chips' power, except the Qualcomm card",
        "the TSMC chips' clock, apart from the M4",
        "Show me the power draw of the chips built at TSMC",
        "Show the HBM of the chips with 3.7 TB/s bandwidth",
        "power of the chips at 1 GHz",
        "What's the SRAM on the chips that use HBM?",
    ],
)
def test_a_figure_of_chips_read_as_a_list_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "asks a figure of the chips")


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("which of the 7nm chips use HBM", {"AWS Trainium2", "SambaNova SN40L"}),
        (
            "List the names of the 7nm chips",
            {
                "AWS Trainium2",
                "Cerebras CS-3",
                "Groq LPU",
                "Meta MTIA v2",
                "Qualcomm Cloud AI 100 Ultra",
                "SambaNova SN40L",
            },
        ),
    ],
)
def test_some_of_the_chips_is_still_a_list(ask_json, question, chips):  # noqa: ANN001
    data = answered(ask_json, question)
    assert {r["chip"]["value"] for r in data["results"]["bindings"]} == chips


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        # "of the article, which chip": no figure of a described chip (the guards stop at a comma)
        ("In light of the article, which chip has HBM3?", "SambaNova SN40L"),
        ("In view of the article, which chips use HBM3?", "SambaNova SN40L"),
    ],
)
def test_of_the_article_before_the_question(ask_json, question, chip):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [r["chip"]["value"] for r in data["results"]["bindings"]] == [chip]


@pytest.mark.parametrize("question", ["HBM of the 3.7 TB/s chips", "HBM capacity of the 3.7 TB/s chips"])
def test_chips_described_by_a_rate_are_not_answered_with_it(ask_json, question):  # noqa: ANN001
    # red team 82: answered with the describing 3.7 TB/s; read as a figure of those chips, the MI350's and
    # the Trainium2's unstated bandwidth leave it undecided
    refused(ask_json, question)
