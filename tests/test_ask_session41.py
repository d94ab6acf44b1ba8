"""Session 41: readings added after red team 62 and the blind sets 58-59.

"Leave out figures whose precision the article does not name" (sets 58, 59; refused as two
negations of one thing): beside a figure of a named precision it restates what the answer does,
checked (remarks.imprecise_left_out); beside figures of any precision it would narrow them, refused.
Article lines: l.103 (AI 100 Ultra 400 TOPS INT8), l.113 (NorthPole over 200 TOPS at 8 bits), l.153
(Groq up to 1 PetaOPS INT8).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest INT8 throughput (leave out any TOPS figure whose precision the article "
        "does not name)?",
        "Which chip has the highest INT8 throughput (leave out figures with no stated precision)?",
        "Which chip has the highest stated per-chip INT8 throughput? Leave out figures with no stated precision.",
        "Which chip has the most INT8 TOPS (figures whose precision is not given are left out)?",
    ],
)
def test_imprecise_figures_left_out_beside_a_precision(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Groq LPU"]


def test_imprecise_figures_left_out_beside_a_ranking_of_a_precision(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Rank the chips by INT8 throughput per chip, highest first (leave out figures with no stated precision)",
    )
    assert first_column(data) == ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        # any precision: the Maia 100's 800 TFLOPS (no precision) would be compared, so the remark narrows
        "Which chip has the highest TOPS (leave out figures with no stated precision)?",
        "Which chip has the most FLOPS (leaving out figures with no stated precision)?",
        "Which chip has the most FLOPS? Leave out any figure whose precision the article does not name.",
        "Which chip has the most SRAM (leave out figures with no stated precision)?",
        # a name inside: not the remark, refused as before
        "Which chip has the highest INT8 throughput (leave out Groq figures with no stated precision)?",
        # a lack of something else
        "Which chip has the highest INT8 throughput (leave out figures with no stated scope)?",
    ],
)
def test_imprecise_figures_left_out_refused_where_it_narrows(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        # set 58: "skip" was an unknown word; "any where" (no noun) was not read as the chips left out
        "rank the 7nm chips by how much on-chip SRAM they've got, skip any where no size is given",
        "rank the 7nm chips by on-chip SRAM, omitting any where no size is given",
    ],
)
def test_figureless_chips_left_out_said_with_any(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "Groq LPU"]
    assert "not ranked: SambaNova SN40L" in data["reading"]


def test_figureless_chips_left_out_beside_a_list_that_rests_on_no_figure(ask_json):  # noqa: ANN001
    # "chips with SRAM" lists the SN40L (SRAM of no stated size): leaving it out would narrow the list
    refused(ask_json, "which chips have SRAM, skip any where no size is given")


def test_a_remark_after_a_request_said_as_a_sentence(ask_json):  # noqa: ANN001
    # "Rank ... . Leave out ..." (set 58): the request ends with a full stop, not a question mark
    data = answered(
        ask_json,
        "Rank the chips by INT8 throughput per chip, highest first. Leave out any TOPS figure whose precision "
        "the article does not name.",
    )
    assert first_column(data) == ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]
    refused(ask_json, "Rank the chips by TOPS per chip, highest first. Leave out figures with no stated precision.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("maia 100 cooling", ["liquid"]),  # set 60: ck:cooling was no askable property (l.81)
        ("what cooling does the Maia 100 use?", ["liquid"]),
        ("m4 display resolution", ["6K"]),  # l.123: up to 6K, the maximum
        ("how many TOPS can the Mythic M2000 pull off?", ["up to 35 TOPS"]),  # l.165
    ],
)
def test_values_asked_in_new_words(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == expected


def test_a_property_the_article_does_not_give_for_a_chip(ask_json):  # noqa: ANN001
    refused(ask_json, "groq lpu cooling", "The article gives no cooling for Groq LPU")


@pytest.mark.parametrize(
    "question",
    ["can IBM's NorthPole be used to train big LLMs?", "can NorthPole train big language models?"],
)
def test_big_llms_are_llms(ask_json, question):  # noqa: ANN001
    assert answered(ask_json, question)["boolean"] is False  # l.113: not for training LLMs


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips does the article give a clock speed of exactly 1.2 GHz? (Apple's 'up to 3.5 GHz' and "
            "NorthPole's nominal 400 MHz obviously don't qualify.)",
            ["Groq LPU", "Tenstorrent Grayskull e150"],
        ),
        ("Which chip has the highest clock speed (the M4 is out)?", ["Meta MTIA v2"]),
    ],
)
def test_what_does_not_qualify_is_an_exclusion(ask_json, question, expected):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # set 60: "(not TOPS or OPS)" set performance aside, which the question asks: refused
        ("For the chips with a per-chip figure quoted in FLOPS (not TOPS or OPS), which is highest?", "CORSAIR"),
        ("Which chip has the most TOPS (not TFLOPS or FLOPS)?", "GROQ"),
        ("Which chip has the most FLOPS (not TFLOPS)?", None),  # it sets aside what is asked
    ],
)
def test_units_set_aside_say_the_other_unit(ask_json, question, expected):  # noqa: ANN001
    if expected is None:
        refused(ask_json, question)
    else:
        top = {"CORSAIR": ["d-Matrix Corsair C8"], "GROQ": ["Groq LPU"]}[expected]
        assert first_column(answered(ask_json, question)) == top


@pytest.mark.parametrize(
    "question",
    [
        # sets 58, 59, 61: the first part of the parenthesis says the dual-card scope again
        "What is the largest model, in parameters, that the Cloud AI 100 Ultra handles in a dual-card setup (the "
        "two-card figure, not the single-card one)?",
        "For the Qualcomm Cloud AI 100 Ultra in a dual-card setup (the two-card system figure, not the single-card "
        "one), what model size in parameters does the article give?",
    ],
)
def test_two_card_figure_said_again_beside_dual_card(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["175 billion, per system, across 2 cards"]  # l.105


def test_a_different_card_count_is_not_said_again(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "What is the largest model that the Cloud AI 100 Ultra handles in a dual-card setup (the three-card "
        "figure, not the single-card one)?",
    )


def test_take_as_a_sentence_after_the_question(ask_json):  # noqa: ANN001
    # set 61: "Take hedged counts at their stated number." was a second question
    data = answered(
        ask_json,
        "Which chips have a stated per-chip transistor count above 100 billion? Take hedged counts at their "
        "stated number.",
    )
    assert sorted(first_column(data)) == ["Cerebras CS-3", "Microsoft Maia 100", "Nvidia Blackwell GPU"]
    refused(ask_json, "Which chip has the most transistors? Take the Groq LPU as a 7nm chip.")


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the smallest HBM capacity per chip (the MI350 has none stated)?",
        "Among the chips with a stated HBM capacity per chip (any HBM generation; the MI350 has none stated), "
        "which has the smallest?",  # set 61
    ],
)
def test_a_chip_said_to_have_none_is_checked_and_set_aside(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["SambaNova SN40L"]  # 64 GB of HBM3 (l.131)
    assert "set aside: AMD Instinct MI350 (no HBM capacity given)" in data["reading"]


def test_a_chip_said_to_have_none_that_has_one(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chip has the smallest HBM capacity per chip (the Gaudi 3 has none stated)?", "128 GB")


def test_a_number_of_companies_narrowed_by_a_kind_said_after(ask_json):  # noqa: ANN001
    # set 61: "the six companies" was checked against all 23 organizations, not the unicorn startups
    question = "How many distinct chips are designed by the six companies under the Unicorn Startups heading?"
    assert first_column(answered(ask_json, question)) == ["7"]  # the two Grayskulls counted apart
    refused(
        ask_json,
        "How many distinct chips are designed by the five companies under the Unicorn Startups heading?",
        "6 unicorn startups, not five",
    )


@pytest.mark.parametrize("question", ["what models does Trillium power?", "what models does the Trillium TPU power?"])
def test_models_a_chip_powers(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Gemini"]  # sets 58, 60, 61 (l.63)


def test_power_after_a_chip_with_nothing_asked_is_still_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "what does Trillium power?", "reads as a verb")


@pytest.mark.parametrize(
    "question",
    [
        # sets 58-61: the premise was refused as a named thing's figure taken as given; now checked
        "Which chips are stated to consist of two dies per chip? Count SambaNova's 'dual-chip design' as two dies.",
        "Which chips are built from two dies, counting SambaNova's dual-chip design as two dies?",
    ],
)
def test_a_count_premise_of_one_chip_is_checked(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert sorted(first_column(data)) == ["Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"]
    assert "taken as said of SambaNova SN40L" in data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips are built from two dies, counting SambaNova's dual-chip design as three dies?", "2 chips"),
        ("Which chips use HBM? Count SambaNova's 'dual-chip design' as two dies.", "the question compares none"),
        ("Which chips have two dies? Count Groq's design as two dies.", "gives none here"),
    ],
)
def test_a_count_premise_that_does_not_hold(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which companies does the article lump in as hyperscalers?", ["Amazon", "Google", "Meta", "Microsoft"]),
        ("how many transistors did Microsoft squeeze into Maia?", ["120 billion"]),  # set 62
    ],
)
def test_casual_verbs_of_set_62(ask_json, question, expected):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == expected


def test_keep_a_named_chips_hedged_figure_at_its_stated_value(ask_json):  # noqa: ANN001
    # set 62: "Keep Apple's 'up to' at its stated value." is a rider on the M4's figure, checked
    data = answered(ask_json, "Which chip has the lowest memory bandwidth? Keep Apple's 'up to' at its stated value.")
    assert first_column(data) == ["Apple M4"]  # up to 100 GB/s (l.121)
    assert "taken as said of Apple M4" in data["reading"]
    refused(ask_json, "Which chip has the lowest memory bandwidth? Keep Groq's 'up to' at its stated value.")
