"""Session 44: the M4's video codecs are named standards (ck:VideoCodec individuals), not strings.

"Does the M4 support AV1?" said "I don't know the word 'av1'": the codecs were string values of
ck:videoCodec, which no question can name. They are now codec:av1 and codec:h265 (with HEVC, the
standard's other name), a relation a bare name implies (compile.ENTITY_RELATIONS), and unstated of
every other chip: the article names the codecs of the M4 alone (l.123) and no chip it lacks.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import answered, answered_or_refused, column, count_of, refused


@pytest.mark.parametrize(
    "question",
    [
        "Does the M4 support AV1?",
        "does the apple m4 support HEVC",
        "Does the M4 decode AV1?",
        "does the M4 support AV1 decoding?",
        "Can the M4 do H.265 encoding?",
    ],
)
def test_a_codec_the_m4_supports(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["true"]


@pytest.mark.parametrize(
    "question",
    ["Which chips support AV1?", "chips with hevc", "which chips can encode HEVC?", "chips with av1 on 3nm"],
)
def test_chips_by_codec(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["Apple M4"]


def test_the_codecs_of_a_chip(ask_json):  # noqa: ANN001
    data = answered(ask_json, "What video codecs does the Apple M4 support?")
    assert sorted(column(data, "value")) == ["AV1", "H.265"]


def test_a_count_by_codec(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "how many chips support H.265?") == "1"


@pytest.mark.parametrize(
    "question",
    ["Does the H100 support HEVC?", "can the Trainium2 decode AV1?", "Does Groq's LPU support AV1?"],
)
def test_a_codec_no_other_chip_is_said_to_lack(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "does not say")


@pytest.mark.parametrize("question", ["Does the M4 support VP9?", "which chips speed up LLM decode?"])
def test_no_codec_the_article_names(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# Set 65's power questions: a figure set aside after "so" inside a parenthesis with a reason after it,
# a rider quoting two hedges ("'typical, approximately 4 watts'"), a rider between two commas


@pytest.mark.parametrize(
    "question",
    [
        "Which chip draws the least power per chip (so excluding the Cloud AI 100 Ultra's 150 W, which is per card)?",
        "Which chip draws the least power per chip, treating the M2000's 'typical, approximately 4 watts' as 4 W?",
        "Which chip draws the least power per chip? Treat Mythic's 'approximately 4 watts' typical figure as 4 W.",
        "Among chips whose power draw is given per chip (so leaving out the Cloud AI 100 Ultra's 150 W, which is "
        "per card), and treating Mythic's 'typical, approximately 4 watts' as 4 W, which chip draws the least?",
        "Among chips whose power draw is given per chip, treating Mythic's 'approximately 4 watts' as 4 W, which "
        "chip draws the least?",
    ],
)
def test_least_power_with_figures_set_aside_and_taken(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["Mythic M2000"]


def test_a_figure_set_aside_after_so_is_read(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Which chip draws the most power per chip (so excluding the Cloud AI 100 Ultra's 150 W, which is per card)?",
    )
    assert column(data) == ["Tenstorrent Grayskull e150"]
    assert "set aside: Qualcomm Cloud AI 100 Ultra's 150 W" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # the M2000's figure is about 4 W: a rider at another number, or with a hedge it lacks, does not hold
        "Which chip draws the least power per chip? Treat Mythic's 'typical, approximately 5 watts' as 5 W.",
        "Which chip draws the least power per chip? Treat Mythic's 'up to 4 watts' typical figure as 4 W.",
        "Among chips with a per-chip power figure, taking Mythic's 'approximately 4 watts' as 5 W, which chip "
        "draws the least?",
    ],
)
def test_a_rider_that_does_not_hold(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# Set 66's riders: a last clause after a semicolon, two riders joined by "and" (in a parenthesis too),
# "at 200" for the quoted figure's number, "keep X's 'nominal' hedge" as the premise that it is stated so


def test_riders_after_a_semicolon_joined_by_and(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "For 8-bit integer throughput stated per chip, rank the chips from highest to lowest; read Groq's "
        "'up to 1 PetaOPS' as 1,000 TOPS and take IBM NorthPole's 'over 200 TOPS' at 200.",
    )
    assert column(data) == ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]
    assert "taken as said of Groq LPU" in data["reading"] and "taken as said of IBM NorthPole" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the lowest clock (keep NorthPole's 'nominal' hedge and take the M4's 'up to 3.5 GHz' at "
        "face value)?",
        "Which chip has the lowest clock? Keep NorthPole's 'nominal' hedge.",
    ],
)
def test_a_hedge_kept_is_a_premise(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the lowest clock? Keep NorthPole's 'over' hedge.",  # its 400 MHz is nominal
        "Rank the chips by INT8 throughput per chip. Take IBM NorthPole's 'over 200 TOPS' at 300.",
        "Which chip runs slowest? Keep NorthPole's 'nominal' hedge.",  # compares no figure
    ],
)
def test_a_rider_that_does_not_hold_or_fit(ask_json, question):  # noqa: ANN001
    data = refused(ask_json, question)
    assert "SRAM" not in data["reason"]


def test_a_rider_at_the_quoted_number(ask_json):  # noqa: ANN001
    data = answered(
        ask_json, "Rank the chips by INT8 throughput per chip. Take IBM NorthPole's 'over 200 TOPS' at 200."
    )
    assert column(data)[-1] == "IBM NorthPole"
    assert "taken as said of IBM NorthPole" in data["reading"]


def test_a_condition_joined_to_an_instruction(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Among the chips with a stated transistor count, which has the fewest? Take 'over' figures at face "
        "value, and if two chips tie, name both.",
    )
    assert sorted(column(data)) == ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]


# Sets 65, 66: a chip said to have no figure of what is asked, with what follows from it ("so leave it
# out", "so it cannot count"): read as the chip set aside for having none, checked when answered


@pytest.mark.parametrize(
    "question",
    [
        "Among the chips with a stated HBM capacity per chip (the MI350 has HBM but no capacity, so leave it "
        "out), which has the smallest?",
        "Which chip has the smallest HBM capacity stated per chip (any HBM generation; the MI350 gives no "
        "capacity so it cannot count)?",
        "Which chip has the smallest HBM capacity per chip (the MI350 has no stated capacity, so it does not count)?",
    ],
)
def test_a_chip_with_no_figure_said_out(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == ["SambaNova SN40L"]
    assert "set aside: AMD Instinct MI350 (no HBM capacity given)" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # the SN40L's HBM has 64 GB: said to have none, the premise is false
        "Which chip has the smallest HBM capacity per chip (the SN40L has HBM but no capacity, so leave it out)?",
        # a list of chips with HBM compares no capacity: the MI350 is one of them
        "Which chips have HBM (the MI350 has HBM but no capacity, so leave it out)?",
    ],
)
def test_a_chip_said_to_have_no_figure_that_is_not_so(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# Set 68: "how many" right before the verb of a measure counts chips; a rider joined to a set-aside
# sentence after the question


@pytest.mark.parametrize(
    ("question", "count"),
    [
        (
            "Among chips with a per-chip power figure (leave out Qualcomm's per-card 150 W), how many draw more than 50 W?",
            "3",
        ),
        ("how many consume under 100 W per chip?", "3"),
    ],
)
def test_how_many_before_a_verb_of_a_measure(ask_json, question, count):  # noqa: ANN001
    assert count_of(ask_json, question) == count


def test_how_many_of_a_relation_still_counts_values(ask_json):  # noqa: ANN001
    data = answered(ask_json, "how many process nodes are there?")
    assert "distinct values of process node" in data["reading"]


def test_a_rider_joined_to_a_sentence_setting_a_figure_aside(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Rank the chips by power draw per chip, highest first. Exclude the Qualcomm Cloud AI 100 Ultra's 150 W, "
        "which is a single-card figure, and take Mythic's 'approximately 4 watts' typical figure at face value.",
    )
    assert column(data) == [
        "Tenstorrent Grayskull e150",
        "Meta MTIA v2",
        "Tenstorrent Grayskull e75",
        "Mythic M2000",
    ]
    assert "set aside: Qualcomm Cloud AI 100 Ultra's 150 W" in data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Restricting to chips built on 7nm, which one has the largest SRAM capacity stated per chip (SRAM with "
            "no stated size doesn't count)?",
            ["Meta MTIA v2"],
        ),
        ("How many chips have more than 100 MB of SRAM per chip (SRAM with no stated size does not count)?", ["5"]),
    ],
)
def test_a_memory_with_no_figure_left_out_last(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the most SRAM per chip (HBM with no stated size doesn't count)?",  # another memory
        "Which chips have SRAM (SRAM with no stated size doesn't count)?",  # compares no size
        "Which chips are not without SRAM?",
    ],
)
def test_a_memory_left_out_that_does_not_fit(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# Set 68: a sentence after the question that says which figure is meant and which is not, read as the
# question's parenthesis


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        (
            "What FP8 performance does Intel quote for a single Gaudi 3 node of eight accelerators? I want the "
            "per-node figure, not the 1,024-node cluster number.",
            "14.7 petaflops, FP8, per node, across 8 chips",
        ),
        (
            "What model size does Qualcomm give for a dual-card Cloud AI 100 Ultra setup? I want the two-card "
            "figure, not the single-card limit.",
            "175 billion, per system, across 2 cards",
        ),
    ],
)
def test_the_figure_meant_said_after_the_question(ask_json, question, figure):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [figure]


def test_the_figure_meant_after_the_question_must_fit(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "What FP8 performance does Intel quote for a Gaudi 3 node? I want the cluster figure, not the node number.",
    )


def test_chips_with_no_foundry_left_out_beside_a_foundry_asked(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Of the chips the article says TSMC manufactures (ignoring chips whose foundry isn't named), which one "
        "sits on the smallest process node?",
    )
    assert column(data) == ["Apple M4"]


@pytest.mark.parametrize(
    "question",
    [
        # the answer does not rest on a foundry: leaving out chips with none would narrow it
        "Which chips are on 7nm (ignoring chips whose foundry isn't named)?",
        "Which chips are not made by TSMC (ignoring chips whose foundry isn't named)?",
    ],
)
def test_chips_with_no_foundry_left_out_elsewhere(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# "with or without X": X is no condition (read as "regardless of X"); "hedged or not", "with or
# without a hedge": the figures whatever their hedge. "How many chips are on 7nm, with or without a named
# foundry?" counted the 7nm chips with no foundry (4, not 6); "with or without a hedge" kept unhedged
# figures only (the fewest transistors: NorthPole's 22 billion)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many chips are on 7nm, with or without a named foundry?", "6"),
        ("How many chips have a power figure stated per chip (not per card or per system), hedged or not?", "4"),
    ],
)
def test_either_way_is_no_condition(ask_json, question, count):  # noqa: ANN001
    assert count_of(ask_json, question) == count


def test_with_or_without_a_hedge_keeps_the_hedged(ask_json):  # noqa: ANN001
    data = answered_or_refused(ask_json, "Which chip has the fewest transistors, with or without a hedge?")
    assert data is None or "IBM NorthPole" not in column(data)


def test_with_or_without_a_memory(ask_json):  # noqa: ANN001
    assert len(column(answered(ask_json, "Which chips, with or without HBM, are on 7nm?"))) == 6


def test_market_share_said_with_its_market(ask_json):  # noqa: ANN001
    data = answered(
        ask_json, "What market share does the article estimate for AMD in the AI chip market? Keep the hedge."
    )
    assert "about 10 %" in json.dumps(data)


# A baseline the article only describes ("comparable digital architectures", l.159) in words ask did
# not know: "digital" was refused in 14 held-out rows. Read as the claims against it (a phrase of the
# graph's ck:baselineDescription, not a word list), elsewhere still unknown


@pytest.mark.parametrize(
    "question",
    [
        "What cost-efficiency advantage does Mythic claim for the M2000 relative to comparable digital architectures?",
        "How much better is the M2000 than comparable digital architectures on cost efficiency?",
        "What is the M2000's advantage over comparable digital architectures?",
    ],
)
def test_a_described_baseline(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert "vs comparable digital architectures" in json.dumps(data)


@pytest.mark.parametrize(
    "question",
    [
        "What gain does the MI350 claim over comparable digital architectures?",  # its claim is against the MI300
        "Which chips beat comparable digital architectures?",
        "comparable digital architectures",
    ],
)
def test_a_described_baseline_elsewhere(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)
