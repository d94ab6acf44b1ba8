"""Session 43: answers of 'none fits' to misread questions, and riders said of an organization.

- "Which chip is supposed to power Microsoft Copilot?" read "power" as the chip's power figure and
  said no chip fits; a verb of intent before "power" is now the verb (ck:usedFor hidden labels), and
  the Maia 100, which the article says supports Copilot (l.81), is named in the refusal.
- "How many chips have a power figure? Do not count Qualcomm's 150 W." negated Qualcomm, asked for
  150 W and answered that no chip fits (the answer is 4: MTIA v2, M2000, both Grayskulls; the AI 100
  Ultra's 150 W is per card, l.101). An organization's figure set aside is now one of its chips'.
- "taking Groq's 'up to 1 PetaOPS' as 1,000 TOPS": a rider of the one chip of a designer named (set
  58); the comma in "1,000" parted clauses; a rider in a second parenthesis went unread.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused


@pytest.mark.parametrize(
    "question",
    ["Which chip is supposed to power Microsoft Copilot?", "What chip will power Copilot?"],
)
def test_a_verb_of_powering_is_no_power_figure(ask_json, question):  # noqa: ANN001
    data = refused(ask_json, question, "Microsoft Maia 100")
    assert "fits" not in data["reason"]


def test_a_verb_of_intent_before_power(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Which chip is meant to power Gemini?")) == ["Google Trillium TPU"]


@pytest.mark.parametrize(
    "question",
    [
        "How many chips have a power figure stated for the chip itself? Do not count Qualcomm's 150 W.",
        "How many chips have a power figure, excluding Qualcomm's 150 W?",
        "How many chips have a power figure? Leave out the Cloud AI 100 Ultra's 150 W.",
    ],
)
def test_an_organizations_figure_set_aside(ask_json, question):  # noqa: ANN001
    assert count_of(ask_json, question) == "4"


def test_an_organizations_figure_set_aside_in_a_list(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which chips have a power figure? Do not count Qualcomm's 150 W.")
    assert sorted(column(data)) == [
        "Meta MTIA v2",
        "Mythic M2000",
        "Tenstorrent Grayskull e150",
        "Tenstorrent Grayskull e75",
    ]
    assert "set aside: Qualcomm Cloud AI 100 Ultra's 150 W" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # Groq's SRAM is 230 MB nowhere in the article: the figure set aside is not in the graph
        "How many chips have SRAM, excluding Groq's 230 MB?",
        "How many chips have SRAM? Do not count Groq's 230 MB.",
    ],
)
def test_an_organizations_figure_not_in_the_graph_refused(ask_json, question):  # noqa: ANN001
    data = refused(ask_json, question)
    assert "fits" not in data["reason"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the most INT8 throughput per chip, taking Groq's 'up to 1 PetaOPS' as 1,000 TOPS?",
        "Taking Groq's 'up to 1 PetaOPS' as 1,000 TOPS, which chip has the most INT8 throughput per chip?",
        "Which chip has the most INT8 throughput per chip? Take Groq's 'up to 1 PetaOPS' as 1,000 TOPS.",
    ],
)
def test_a_rider_of_an_organizations_one_chip(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == ["Groq LPU"]
    assert "taken as said of Groq LPU" in data["reading"]


def test_a_rider_with_another_number_refused(ask_json):  # noqa: ANN001
    refused(
        ask_json, "Which chip has the most INT8 throughput per chip, taking Groq's 'up to 1 PetaOPS' as 2,000 TOPS?"
    )


def test_riders_said_with_counts_as_in_a_second_parenthesis(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Ranking the chips by 8-bit integer (INT8) throughput per chip, and reading hedged figures at their "
        "stated numbers (so Groq's 'up to 1 PetaOPS' counts as 1,000 TOPS and NorthPole's 'over 200 TOPS' as "
        "200 TOPS), what is the order from highest to lowest? Leave out any TOPS figure whose precision the "
        "article does not name.",
    )
    assert column(data) == ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]


def test_counts_as_with_a_number_the_article_does_not_give_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chip has the most transistors (so the M4's 'around 28 billion' counts as 28 billion)?")


@pytest.mark.parametrize(
    "question",
    [
        "Among chips whose transistor count the article states without any hedge, which has the fewest transistors?",
        "Which chip has the fewest transistors, counting only figures stated without any hedge?",
        "Which chip has the fewest transistors with no hedge?",
    ],
)
def test_without_any_hedge_is_unhedged_figures(ask_json, question):  # noqa: ANN001
    # NorthPole's 22 billion (l.113) is the fewest unhedged; the Adreno 750's "over 10 billion" is fewer
    data = answered(ask_json, question)
    assert column(data) == ["IBM NorthPole"]


def test_a_ranking_without_any_hedge(ask_json):  # noqa: ANN001
    data = answered(
        ask_json, "Rank the chips whose per-chip transistor count is stated without any hedge, largest first."
    )
    assert column(data) == ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "IBM NorthPole"]


def test_one_chips_hedged_figure_without_any_hedge_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "What is the M4's clock speed without any hedge?", "up to 3.5 GHz")


def _value_json(figure: str) -> str:
    import json

    return json.dumps({"head": {"vars": ["figure"]}, "results": {"bindings": [{"figure": {"value": figure}}]}})


@pytest.mark.parametrize(
    ("figure", "verdict"),
    [
        ("9 times, generative AI performance, vs Nvidia H100 (vendor claim)", "right"),
        ("9 times, generative AI performance, vs Nvidia H100", "wrong"),  # the claim not said
        ("6 times, vs Nvidia H100 (vendor claim)", "wrong"),
    ],
)
def test_the_held_out_judge_reads_a_claimed_value(figure, verdict):  # noqa: ANN001
    from test_ask_heldout import judge

    row = {"question": "q", "style": "casual", "shape": "value", "expected": "claimed 9x", "notes": ""}
    assert judge(row, 0, _value_json(figure)) == verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the MTIA v2 stay under 100 watts?", "true"),  # 90 W, l.91
        ("does the Grayskull e150 stay under 100 watts?", "false"),  # 200 W, l.183
        ("does the Grayskull e75 stay above 100 W?", "false"),  # 75 W
    ],
)
def test_stay_under_is_a_bound(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == [expected]


def test_how_many_fit_said_as_cram_into(ask_json):  # noqa: ANN001
    data = answered(ask_json, "how many Trainium2s can you cram into one UltraCluster?")
    assert column(data, "stated_value") == ["100000.0"]


def test_the_cerebras_wafer_is_the_cs3(ask_json):  # noqa: ANN001
    data = answered(ask_json, "so how many cores are packed onto that giant Cerebras wafer?")
    assert column(data, "chip") == ["Cerebras CS-3"]
    assert column(data, "stated_value") == ["900000.0"]


def test_a_parenthesis_of_two_clauses_is_two_parentheses(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Of the chips whose LPDDR memory has a stated bandwidth, which has the highest "
        "(compare per chip; take the M4's 'up to 100 GB/s' at face value)?",
    )
    assert column(data) == ["Qualcomm Cloud AI 100 Ultra"]  # 134 GB/s (l.101); the M4's up to 100 GB/s
    assert "taken as said of Apple M4" in data["reading"]


def test_instructions_joined_by_and_are_read_apart(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "What peak 8-bit integer throughput does the article give for the Groq LPU? Quote the figure with its "
        "unit as written (PetaOPS) and keep the 'up to' hedge.",
    )
    assert column(data) == ["up to 1 PetaOPS, INT8, peak"]


def test_a_rider_joined_to_another_instruction(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "How many chips are made of two dies? Count SambaNova's 'dual-chip design' as two dies, and include Blackwell.",
    )
    assert data["results"]["bindings"][0]["count"]["value"] == "3"  # Blackwell, Gaudi 3, SN40L (l.27, l.53, l.129)
    assert "taken as said of SambaNova SN40L" in data["reading"]


def test_a_false_rider_joined_to_another_instruction_refused(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "How many chips are made of two dies? Count SambaNova's 'dual-chip design' as three dies, and include Blackwell.",
    )


@pytest.mark.parametrize(
    "question",
    [
        "What sparse-compute gain does Meta report for the MTIA v2 over the first-generation MTIA (sparse, not dense)?",
        "What sparse-compute gain does Meta report for the MTIA v2 (not the dense figure)?",
        "mtia v2 sparse gain",
    ],
)
def test_a_claims_aspect_said_and_set_aside(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)  # 7x sparse, 3.5x dense (l.87)
    assert column(data, "stated_value") == ["7.0"]


def test_the_claims_aspect_asked_and_set_aside_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "What dense compute gain does the MTIA v2 claim (not the dense figure)?", "sets aside")


@pytest.mark.parametrize(
    "question",
    [
        "For the IBM NorthPole, what throughput does the article give at 2-bit precision "
        "(not the 8-bit 'over 200 TOPS' nor the 4-bit figure)?",
        "What is NorthPole's throughput (not the 8-bit nor the 4-bit figure)?",
    ],
)
def test_figures_set_aside_by_a_bit_width_and_nor(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)  # 800 TOPS at 2-bit, 400 at 4-bit, over 200 at 8-bit (l.113)
    assert column(data, "stated_value") == ["800.0"]


def test_a_bit_width_set_aside_leaves_the_other_figures(ask_json):  # noqa: ANN001
    data = answered(ask_json, "What is NorthPole's throughput (not the 8-bit figure)?")
    assert sorted(column(data, "stated_value")) == ["400.0", "800.0"]


def test_the_figure_asked_set_aside_by_nor_refused(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "What is NorthPole's throughput at 2-bit precision (not the 2-bit figure nor the 4-bit figure)?",
        "sets aside",
    )


def test_a_parts_designer_said_before_its_kind(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which Qualcomm GPU does the article place inside the Snapdragon 8 Gen 3 platform?")
    assert column(data) == ["Qualcomm Adreno 750"]  # l.97


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which Nvidia GPU is inside the Snapdragon 8 Gen 3?", "designed by Nvidia"),
        # the M4's GPU is a component with no designer of its own in the graph
        ("Which Apple GPU is inside the M4?", "who designs"),
    ],
)
def test_a_parts_designer_not_stated_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hey, how many transistors did Nvidia cram into Blackwell?", "208.0"),  # set 63 (l.41)
        ("how many transistors did Microsoft squeeze into Maia?", "120.0"),  # set 62 (l.81)
        ("how many Trainium2s can you cram into one UltraCluster?", "100000.0"),  # set 65 (l.75)
    ],
)
def test_a_verb_of_packing_before_a_chip_is_no_scale_out(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question), "stated_value") == [expected]


def test_a_parenthesis_after_the_question_keeps_its_clauses_together(ask_json):  # noqa: ANN001
    # set 64: split, its second clause lost the reading of a sentence after the question
    data = answered(
        ask_json,
        "How many chips have an HBM capacity of at least 96 GB stated per chip? "
        "(Count each chip once; the MI350's HBM has no stated capacity.)",
    )
    assert data["results"]["bindings"][0]["count"]["value"] == "3"  # Gaudi 3, Trillium 128 GB; Trainium2 96 GB


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have a stated clock below 1.2 GHz (ignoring chips with no stated clock)?",
        "Which chips have a stated clock below 1.2 GHz, ignoring chips with no stated clock?",
        "Which chips have a stated clock below 1.2 GHz? Ignore chips with no clock figure.",
        "Which chips have a stated clock strictly below 1.2 GHz? Use NorthPole's nominal 400 MHz as stated, "
        "and ignore chips with no clock figure at all.",
    ],
)
def test_chips_with_no_figure_left_out_is_one_negation(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)  # NorthPole nominal 400 MHz (l.113), e75 1 GHz (l.179)
    assert sorted(column(data)) == ["IBM NorthPole", "Tenstorrent Grayskull e75"]


def test_chips_with_no_figure_of_another_measure_left_out_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips are on 7nm (ignoring chips with no stated clock)?", "does not fit")


def test_a_rider_said_with_use(ask_json):  # noqa: ANN001
    assert column(
        answered(ask_json, "Which chip has the lowest clock, using NorthPole's nominal 400 MHz as stated?")
    ) == ["IBM NorthPole"]
    refused(ask_json, "Which chip has the lowest clock, using NorthPole's nominal 500 MHz as stated?", "does not hold")
