"""Session 37: a rank word beside a superlative, each reading with the near misses that keep theirs.

"lowest power ai chips ranked" (blind set 54, terse) and "..., how do the chips rank from highest?"
(set 54, analyst) were answered with the one chip at the top, exit 0: the rank word was dropped
because a superlative stood beside it. Of chips in the plural, "how do the chips rank", a rank word
the superlative does not follow ("chips ranked by lowest power"), and "from" before the superlative
("rank from highest") ask for the order (frames._orders). "which chip ranks highest", "which chips
rank highest" and "the highest ranked chip" still ask for the top.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused, rows

_LOW_POWER = ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"]  # 4 W, 75 W, 90 W (l.129, 179, 87)
_HIGH_POWER = ["Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2"]  # 200 W, 150 W per card


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("lowest power ai chips ranked", _LOW_POWER),
        ("chips ranked by lowest power", _LOW_POWER),
        ("lowest power chips, ranked", _LOW_POWER),
        ("how do the chips rank by power from highest?", _HIGH_POWER),
        ("how do the chips rank by power, from the lowest?", _LOW_POWER),
        ("rank the chips by power from highest", _HIGH_POWER),
        ("the highest power chips ranked", _HIGH_POWER),
    ],
)
def test_rank_word_beside_a_superlative_asks_the_order(ask_json, question, order):  # noqa: ANN001
    chips = first_column(answered(ask_json, question))
    assert chips[: len(order)] == order and len(chips) >= 5, chips


def test_flops_ranking_from_highest_keeps_per_chip_figures(ask_json):  # noqa: ANN001
    question = (
        "Using per-chip FLOPS figures only (vendor claims taken as stated, precision ignored, node and "
        "cluster figures left out), how do the chips rank from highest?"
    )
    data = answered(ask_json, question)
    chips = first_column(data)
    assert chips[:3] == ["d-Matrix Corsair C8", "Cerebras CS-3", "Microsoft Maia 100"], chips
    assert "per chip" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "which chip ranks highest for power",
        "which chips rank highest for power",
        "which chip is ranked highest by power",
        "the highest ranked chip by power",
        "what chip ranks the highest on power?",
    ],
)
def test_rank_word_the_superlative_follows_asks_the_top(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Tenstorrent Grayskull e150"]


@pytest.mark.parametrize("question", ["transistor count ranking", "chips ranked by transistor count"])
def test_ranking_shown_as_far_as_the_figures_decide(ask_json, question):  # noqa: ANN001
    """NorthPole's 22 billion and the Groq LPU's "over 20 billion" (l.151, 163) cannot be ordered:
    the chips above them are ranked, and they and those below are named in the reading, not shown."""
    data = answered(ask_json, question)
    chips = first_column(data)
    assert chips == ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4"], chips
    reading = data["reading"]
    assert "ranked only as far as the figures decide" in reading, reading
    for said in ("IBM NorthPole (22 billion)", "Groq LPU (over 20 billion)", "Qualcomm Adreno 750 (over 10 billion)"):
        assert said in reading, reading


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("rank the chips by transistors, lowest first", "Qualcomm Adreno 750 (over 10 billion)"),
        ("top 5 chips by transistor count", "IBM NorthPole (22 billion)"),
        # Blackwell and the M4 are decided, then two lower bounds (l.151, 97): a ranking of two is not shown
        ("Rank the TSMC-fabricated chips by transistor count, highest first.", "Groq LPU (over 20 billion)"),
    ],
)
def test_ranking_undecided_from_its_start_or_at_its_cut_is_refused(ask_json, question, said):  # noqa: ANN001
    assert said in refused(ask_json, question, "do not decide whether")["reason"]


_SRAM_TOP3 = ["d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"]  # 2 GB, 256 MB, 192 MB (l.171, 87, 163)
_INT8 = ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]  # up to 1 PetaOPS, 400 TOPS, over 200 TOPS


@pytest.mark.parametrize(
    ("question", "order", "rows_at_least"),
    [
        # a number before the sentence's full stop: "3." was read as '3 ' with an empty unit (set 53)
        ("rank the chips by sram. top 3.", _SRAM_TOP3, 3),
        ("Can you rank the chips by how much SRAM they've got? Just the top 3.", _SRAM_TOP3, 3),
        # "how do the chips stack up / compare on X" with no chip named: the chips set side by side (set 55)
        ("how do the chips stack up on INT8 ops?", _INT8, 3),
        ("going by the numbers they give, how do the chips stack up on INT8 ops?", _INT8, 3),
        ("how do the 7nm chips compare on power?", ["Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2"], 2),
        # "top first" is the order's direction; "pecking order" a ranking (sets 55, 53)
        (
            "can you rank the chips by FLOPS per chip, top first?",
            ["d-Matrix Corsair C8", "Cerebras CS-3", "Microsoft Maia 100"],
            5,
        ),
        ("What's the pecking order on INT8 TOPS?", _INT8, 3),
        # casual ways of setting the precision aside (set 54)
        (
            "Can you rank chips by FLOPS, lowest first? Don't worry about precision.",
            ["Apple M4", "AWS Trainium2", "Microsoft Maia 100"],
            5,
        ),
        ("rank chips by FLOPS, lowest first, never mind precision", ["Apple M4", "AWS Trainium2"], 5),
    ],
)
def test_rankings_said_other_ways(ask_json, question, order, rows_at_least):  # noqa: ANN001
    chips = first_column(answered(ask_json, question))
    assert chips[: len(order)] == order and len(chips) >= rows_at_least, chips


def test_number_before_a_full_stop_keeps_its_unit(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips draw under 100 W.")
    assert "power < 100 W" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how does the chip compare on power?", "a comparison needs two or more chips named"),
        ("how do chips compare?", "a comparison needs two or more chips named"),
        ("how do the chips stack up on performance?", "not compared"),
    ],
)
def test_comparison_of_no_chips_by_no_one_figure_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


def test_show_up_is_appear(ask_json):  # noqa: ANN001
    """ "what AI labs show up in the article?" (set 55): 'up' was unknown."""
    data = answered(ask_json, "what AI labs show up in the article?")
    assert sorted(first_column(data)) == ["Google DeepMind", "OpenAI"], data


@pytest.mark.parametrize(
    ("question", "chips", "said"),
    [
        # a chip's figure of another scope set aside, named by the memory asked (set 55): was refused
        (
            "which chip has the most memory (not the CS-3's per-system memory)?",
            ["SambaNova SN40L"],
            "set aside: Cerebras CS-3's up to 1,200 TB, per system",
        ),
        (
            "which chip has the most SRAM (not the Grayskull's per-core SRAM)?",
            ["d-Matrix Corsair C8"],
            "Tenstorrent Grayskull e75's up to 1.5 MB, per core",
        ),
        # two chips' figures under one negation, each read apart: the 48 MB is Gaudi 3's (l.57)
        (
            "Counting only per-chip figures (so not the Grayskull's per-core SRAM or Gaudi 3's per-die 48 MB), "
            "which chips carry more than 100 MB of SRAM?",
            ["Groq LPU", "IBM NorthPole", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8"],
            "Intel Gaudi 3's 48 MB, per die",
        ),
    ],
)
def test_chip_figure_of_another_scope_set_aside(ask_json, question, chips, said):  # noqa: ANN001
    data = answered(ask_json, question)
    assert sorted(first_column(data)) == sorted(chips), data
    assert said in data["reading"], data["reading"]


def test_chip_figure_set_aside_must_be_there(ask_json):  # noqa: ANN001
    question = (
        "which chips carry more than 100 MB of SRAM (not the Grayskull's per-core SRAM or Gaudi 3's per-die 96 MB)?"
    )
    refused(ask_json, question, "not of the scope said")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "Treating the Cloud AI 100 Ultra's single-card figure as its own, how do the chips with a stated "
            "power draw rank, highest first?",
            ["Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra"],
        ),
        (
            "Considering per-chip FLOPS figures only and taking the Corsair C8's vendor claim at its word, how do "
            "the FLOPS-rated chips rank from lowest to highest?",
            ["Apple M4", "AWS Trainium2", "Microsoft Maia 100"],
        ),
    ],
)
def test_riders_as_its_own_and_at_its_word(ask_json, question, first):  # noqa: ANN001
    """Set 55, 53: "as its own" says what "as its power" does; "at its word" what "as stated" does."""
    data = answered(ask_json, question)
    assert first_column(data)[: len(first)] == first, data
    assert "taken as said of" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "Treating the Cloud AI 100 Ultra's dual-card figure as its own, how do the chips with a stated power "
            "draw rank, highest first?",
            "does not hold",
        ),
        ("taking the Groq LPU's vendor claim at its word, which chip has the most FLOPS per chip?", "gives none"),
    ],
)
def test_riders_that_do_not_hold_are_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question",
    [
        # "leaving out" that opens the question or a parenthesis excludes (set 53, 55: refused as 'unheld')
        "Per chip (so leaving out the CS-3's system-level memory), which accelerator has the largest single "
        "memory capacity of any type?",
        "Leaving aside per-system figures such as the CS-3's system memory, which single chip is stated to have "
        "the largest memory capacity of any type?",
        "which accelerator has the largest memory capacity (excluding the CS-3's per-system memory)?",
    ],
)
def test_cs3_system_memory_set_aside_leaves_the_sn40l(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["SambaNova SN40L"], data
    assert "Cerebras CS-3's up to 1,200 TB, per system" in data["reading"], data["reading"]


def test_leaving_out_opening_the_question_excludes(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Leaving out the Groq LPU, which chips are on 7nm?")
    chips = first_column(data)
    assert "Groq LPU" not in chips and "Cerebras CS-3" in chips and len(chips) == 5, chips
    assert "not Groq LPU" in data["reading"], data["reading"]


def test_leaving_out_after_the_question_stays_refused(ask_json):  # noqa: ANN001
    """Set 20's must-refuse row: after the question it may say what the answer leaves out."""
    refused(ask_json, "which chips have fewer than 100 cores, leaving out meta's?", "'leaving out'")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # "handle" beside a chip's numeric formats says "support" (sets 28, 54): was refused as a qualifier
        ("How many data types does Trainium2 handle?", ["6"]),
        ("how many data formats does the groq chip handle?", ["3"]),
        ("Which chip handles the most number formats?", ["AWS Trainium2"]),
        # casual openers and tags (sets 50, 51)
        (
            "would you mind ranking the M4, MTIA v2 and NorthPole by clock speed? fastest first",
            ["Apple M4", "Meta MTIA v2", "IBM NorthPole"],
        ),
        ("can NorthPole train LLMs or nah?", ["false"]),
    ],
)
def test_casual_words_read(ask_json, question, first):  # noqa: ANN001
    assert first_column(answered(ask_json, question))[: len(first)] == first


def test_handle_elsewhere_still_qualifies(ask_json):  # noqa: ANN001
    """Beside no numeric format, "handle" still says what the article's figures do not record."""
    refused(ask_json, "which chips handle HBM?", "qualifies")


def test_memory_generation_is_the_memory_asked(ask_json):  # noqa: ANN001
    data = answered(ask_json, "what memory generation does the gaudi 3 use?")
    assert "HBM" in rows(data)[0]["figure"], data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a terse statement "<name> uses <thing>" asks whether (set 55: "grayskull uses hbm" was read as
        # the HBM capacity and refused; "gaudi 3 uses hbm" answered 128 GB where a yes/no was asked)
        ("grayskull uses hbm", "false"),
        ("gaudi 3 uses hbm", "true"),
        ("m4 uses lpddr5x", "true"),
        ("blackwell packs 208 billion transistors", "true"),
    ],
)
def test_terse_statement_of_a_name_asks_whether(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == [expected]


@pytest.mark.parametrize("question", ["gaudi 3 hbm", "gaudi 3 uses how much hbm"])
def test_terse_figure_without_a_verb_or_with_a_wh_word_stays_a_value(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert "boolean" not in data and rows(data)[0]["figure"] == "128 GB", data
