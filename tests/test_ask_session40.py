"""Session 40: questions answered wrong (exit 0) at 5150f7c, each now answered right or refused, with
the near misses that must keep their answers.

Article lines: INT8 l.153 (Groq LPU up to 1 PetaOPS), l.103 (Cloud AI 100 Ultra 400 TOPS), l.113
(NorthPole over 200 TOPS); FLOPS l.173 (Corsair C8 up to 9,600 TFLOPS), l.141 (CS-3 2.6 PFLOPS), l.55
(Gaudi 3 14.7 PFLOPS per node); transistors l.139 (CS-3 4 trillion); power l.183 (e150 200 W); DDR5
l.131 (SN40L).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused

INT8_ORDER = ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        "what are the top INT8 chips by TOPS?",  # answered the Groq LPU alone
        "top int8 chips by tops",
        "the top INT8 chips, by TOPS",
    ],
)
def test_top_before_a_format_and_plural_chips_asks_the_order(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == INT8_ORDER


@pytest.mark.parametrize("question", ["what is the top INT8 chip by TOPS?", "which chip is top for INT8 TOPS?"])
def test_top_of_one_chip_is_the_one_at_the_top(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Groq LPU"]


@pytest.mark.parametrize(
    ("question", "top"),
    [
        (
            # listed the five chips with a per-chip FLOPS figure
            "Considering only per-chip FLOPS figures (ignoring Gaudi 3's per-node and any cluster totals) "
            "and taking vendor claims as stated, which chip comes out on top?",
            "d-Matrix Corsair C8",
        ),
        ("Considering only per-chip FLOPS figures, which chip comes out on top?", "d-Matrix Corsair C8"),
        ("which chip came out on top for power draw?", "Tenstorrent Grayskull e150"),
        ("which chip ends up on top on transistor count?", "Cerebras CS-3"),
    ],
)
def test_coming_out_on_top_is_the_most(ask_json, question, top):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == [top]


def test_the_n_that_come_out_on_top_are_ranked(ask_json):  # noqa: ANN001
    chips = first_column(
        answered(
            ask_json,
            "Ordering the chips by their stated transistor counts, largest first, which three come out on top?",
        )
    )
    assert chips == ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100"], chips


@pytest.mark.parametrize(
    "question",
    [
        "which chips are named for training?",  # listed the training chips (red team 61)
        "which chips are called for inference?",
        "chips named for edge AI",
    ],
)
def test_named_for_a_thing_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "product name")


def test_the_article_naming_before_a_pronoun_reads_as_before(ask_json):  # noqa: ANN001
    chips = first_column(answered(ask_json, "Which chips sit on 5nm? (I believe the foundry is not named for them.)"))
    assert set(chips) == {"Intel Gaudi 3", "Microsoft Maia 100"}, chips


def test_two_names_of_one_chip_are_no_comparison(ask_json):  # noqa: ANN001
    """The Corsair named twice ("d-Matrix ... its Corsair") was set beside itself (set 58), exit 0."""
    refused(ask_json, "what chip does d-Matrix compare its Corsair against?", "two or more chips")


def test_two_chips_compared_still_answer(ask_json):  # noqa: ANN001
    assert first_column(answered(ask_json, "compare groq lpu and northpole")) == ["Groq LPU", "IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chip draws the most power, per chip I mean, not per card?",
        "Which chip draws the most power, per chip I mean?",
    ],
)
def test_i_mean_that_stresses_is_no_correction(ask_json, question):  # noqa: ANN001
    # e150 200 W (l.183); the AI 100 Ultra's 150 W is per card (l.105)
    assert first_column(answered(ask_json, question)) == ["Tenstorrent Grayskull e150"]


@pytest.mark.parametrize("question", ["which chips are 7nm, I mean 5nm?", "which chips are 7nm, I mean, 5nm?"])
def test_a_correction_stays_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "corrects itself")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("gaudi 3 fp8 performance cluster scope", "15 exaflops"),  # l.57
        ("gaudi 3 fp8 performance node scope", "14.7 petaflops"),  # l.55
    ],
)
def test_a_scope_named_with_the_word_scope(ask_json, question, said):  # noqa: ANN001
    assert said in answered(ask_json, question)["results"]["bindings"][0]["figure"]["value"]


def test_ddr_is_the_standard_family_not_lpddr(ask_json):  # noqa: ANN001
    """DDR5 (SN40L, l.131) is DDR; LPDDR is its own standard (technologies.ttl mem:ddr)."""
    assert first_column(answered(ask_json, "which chips use DDR?")) == ["SambaNova SN40L"]
    dram = first_column(answered(ask_json, "which chips use DRAM?"))
    assert "SambaNova SN40L" in dram and "Apple M4" in dram, dram


SRAM_PER_CHIP = [
    "d-Matrix Corsair C8",  # 2 GB (l.173)
    "Meta MTIA v2",  # 256 MB (l.89)
    "IBM NorthPole",  # 192 MB (l.113)
    "Qualcomm Cloud AI 100 Ultra",  # 144 MB (l.103)
    "Groq LPU",  # 128 MB (l.153)
    "Intel Gaudi 3",  # 96 MB (l.53)
]


@pytest.mark.parametrize(
    "question", ["sram capacity ranking, stated figures only", "rank chips by SRAM capacity, given figures only"]
)
def test_stated_figures_only_beside_a_ranking_says_nothing_more(ask_json, question):  # noqa: ANN001
    """A ranking places only the chips the article gives a figure for (set 58: refused as 'only')."""
    assert first_column(answered(ask_json, question)) == SRAM_PER_CHIP


@pytest.mark.parametrize(
    "question", ["which chips have sram, stated figures only?", "how many chips have sram, stated figures only?"]
)
def test_stated_figures_only_beside_a_list_stays_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "'only'")


def test_hedged_figures_at_their_stated_number(ask_json):  # noqa: ANN001
    """'over 20 billion' (Groq, l.153) at its number falls below NorthPole's 22 billion (l.113)."""
    chips = first_column(
        answered(
            ask_json,
            "Taking each hedged transistor count at its stated number, which five chips have the highest "
            "per-chip transistor counts, highest first?",
        )
    )
    assert chips == ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4", "IBM NorthPole"], chips


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does the article clock at exactly 1.2 GHz (per-chip clock, no hedge)?",  # refused (set 58)
        "Which chips does the article clock at exactly 1.2 GHz (per-chip figures, not hedged ones)?",
    ],
)
def test_a_parenthesis_whose_last_part_is_negated_reads_as_two(ask_json, question):  # noqa: ANN001
    # Groq LPU 1.2 GHz (l.153), Grayskull e150 1.2 GHz (l.183); the e75's 1 GHz is not
    assert set(first_column(answered(ask_json, question))) == {"Groq LPU", "Tenstorrent Grayskull e150"}
