"""Session 42: negations inside a parenthesis the analyst sets refused (sets 50-62).

- "(per node, not per chip or per cluster)": two scopes set aside, each checked against the figure
  answered (asides._set_aside_checked, a ``chiporscope`` word). Gaudi 3: 14.7 PFLOPS FP8 per node,
  up to 15 EFLOPS per cluster (l.57).
- "(not the four per die)" beside a count of units: a count's value set aside, checked (Gaudi 3: 8
  matrix math engines per chip, 4 per die; l.53).
- "(not the RDNA mention in Future Prospects)" beside the MI350's architecture, cited from the AMD
  section: the names set aside are checked against the values answered (CDNA 4, l.47; RDNA, l.193).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, first_column, refused


def test_two_scopes_set_aside_beside_a_node_figure(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "For Intel Gaudi 3, what FP8 compute does a single eight-accelerator node achieve "
        "(per node, not per chip or per cluster)?",
    )
    assert column(data, "stated_value") == ["14.7"]
    assert "not per chip or per cluster" in data["reading"]


def test_two_scopes_set_aside_leave_the_cluster_figure(ask_json):  # noqa: ANN001
    data = answered(ask_json, "What is the Gaudi 3's FP8 performance (not per chip or per node)?")
    assert list(zip(column(data, "stated_value"), column(data, "scope"), strict=True)) == [("15.0", "per cluster")]


def test_every_figure_set_aside_by_two_scopes_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "What is the Gaudi 3's FP8 performance (not per node or per cluster)?")


def test_a_count_set_aside_beside_a_count_of_units(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "How many matrix math engines does one Intel Gaudi 3 have in total, both dies together (not the four per die)?",
    )
    assert column(data, "stated_value") == ["8.0"]


@pytest.mark.parametrize(
    "question",
    [
        # the only figure answered is the one set aside
        "How many matrix math engines does one Intel Gaudi 3 have (not the eight per chip)?",
        "How many matrix math engines does one Intel Gaudi 3 have in total (not the eight)?",
    ],
)
def test_a_count_set_aside_that_is_the_answer_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        "Which architecture does the AMD section assign to the MI350 (not the RDNA mention in Future Prospects)?",
        "Which GPU architecture does the AMD section itself (not the Future Prospects section, which says RDNA) "
        "give for the Instinct MI350?",
        "Going by the AMD section itself (not the Future Prospects aside about RDNA), which architecture will "
        "the MI350 use?",
        "Which architecture does the MI350 use (not RDNA)?",
    ],
)
def test_a_value_set_aside_beside_one_chips_value(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["CDNA 4"]
    assert "not RDNA" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # the value answered is the one set aside
        "Which architecture does the MI350 use (not CDNA 4)?",
        "Which architecture does the AMD section assign to the MI350 (not the CDNA 4 mention in Future Prospects)?",
        # the section set aside is the only one cited, or none is cited: the answer may rest on it
        "Which architecture does the MI350 use (not the RDNA mention in Future Prospects)?",
        "Which architecture does the Future Prospects section give the MI350 (not the RDNA mention in "
        "Future Prospects)?",
        # a value of another relation than the one asked
        "Which architecture does the MI350 use (not HBM3E)?",
    ],
)
def test_a_value_set_aside_refused_where_it_may_be_the_answer(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_hedges_named_after_hedged_narrow_what_is_set_aside(ask_json):  # noqa: ANN001
    """ "(excluding figures hedged with 'nominal')" left out every hedged figure, the M4's 'up to 3.5
    GHz' (l.119) with them, and ranked the MTIA v2 first (exit 0, wrong): only NorthPole's nominal
    400 MHz (l.113) is set aside."""
    data = answered(ask_json, "Rank the chips by clock speed (excluding figures hedged with 'nominal').")
    assert first_column(data)[0] == "Apple M4"
    assert "IBM NorthPole" not in first_column(data)
    data = answered(ask_json, "Rank the chips by clock speed (excluding figures qualified with 'up to').")
    assert "Apple M4" not in first_column(data)
    assert "IBM NorthPole" in first_column(data)


@pytest.mark.parametrize(
    "question",
    [
        "Rank the chips by transistor count, largest first. Leave out every figure qualified with 'over' or 'around'.",
        "Which chips have the most transistors? Leave out figures hedged with 'over' or 'around'.",
    ],
)
def test_hedged_figures_left_out_in_a_sentence(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert "Groq LPU" not in first_column(data) and "Apple M4" not in first_column(data)
    assert first_column(data)[0] == "Cerebras CS-3"


def test_ties_are_fine_is_what_a_top_does(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chip has the most HBM? Ties are fine.")
    assert sorted(first_column(data)) == ["Google Trillium TPU", "Intel Gaudi 3"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # set 62: "end up" between the chip and the verb (words.tsv filler valued modal); "AI models"
        ("which AI models does Trillium end up powering?", ["Gemini"]),
        ("what models does Trillium power?", ["Gemini"]),
    ],
)
def test_models_a_chip_powers(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == expected


def test_string_together_is_a_scale_out(ask_json):  # noqa: ANN001
    data = answered(ask_json, "how many Trainium2 chips can you string together max?")
    assert column(data, "stated_value") == ["100000.0"]


def test_hedge_aside_saying_the_measure_again(ask_json):  # noqa: ANN001
    """ "(leave out any clock given as 'up to')" (set 36): the question's measure said again beside the
    hedge set aside; the M4's 'up to 3.5 GHz' (l.119) goes."""
    data = answered(
        ask_json, "Which accelerators run at a clock of at least 1 GHz (leave out any clock given as 'up to')?"
    )
    assert sorted(first_column(data)) == [
        "Groq LPU",
        "Meta MTIA v2",
        "Tenstorrent Grayskull e150",
        "Tenstorrent Grayskull e75",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Of the chips with a stated per-chip HBM capacity (so not the MI350, whose HBM has no capacity), which has "
        "the least high-bandwidth memory?",
        "Which chip has the least HBM (not the MI350, whose HBM has no capacity)?",
    ],
)
def test_a_chip_set_aside_for_having_no_figure(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["SambaNova SN40L"]
    assert "set aside: AMD Instinct MI350" in data["reading"]


def test_a_chip_set_aside_for_having_no_figure_it_has_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chip has the most SRAM (not the Groq LPU, whose SRAM has no capacity)?", "128 MB")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # what a chip's comparison claims are measured against (ck:claim/ck:baseline), or the baseline
        # the article only describes (ck:baselineDescription): l.47 (MI300 series), l.173 (H100),
        # l.63-67 (previous generation TPUs), l.165 (comparable digital architectures)
        ("what is the MI350's baseline?", ["AMD Instinct MI300 series"]),
        ("what baseline does the Corsair C8 use?", ["Nvidia H100"]),
        ("what is d-Matrix's baseline?", ["Nvidia H100"]),
        ("what is Trillium's baseline?", ["previous generation TPUs"]),
        ("what is the Mythic M2000's baseline?", ["comparable digital architectures"]),
    ],
)
def test_a_chips_baseline(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == expected


def test_a_chip_with_no_claim_has_no_baseline(ask_json):  # noqa: ANN001
    refused(ask_json, "what is the Groq LPU's baseline?", "no baseline")


@pytest.mark.parametrize(
    "question",
    [
        # set 64: the chip set aside for having no figure, in a count ("which" is a filler after "how many")
        "How many chips have an HBM capacity of at least 96 GB (ignoring the MI350, which has no capacity stated)?",
        "How many chips have an HBM capacity of at least 96 GB stated per chip (the MI350's HBM has no stated capacity)?",
        # a parenthesis alone after the question mark, read as the question's own
        "How many chips have an HBM capacity of at least 96 GB stated per chip? (The MI350's HBM has no stated capacity.)",
    ],
)
def test_a_count_with_a_chip_set_aside_for_having_no_figure(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["3"]
    assert "set aside: AMD Instinct MI350" in data["reading"]


def test_a_parenthesis_after_the_question_mark_is_read_as_its_own(ask_json):  # noqa: ANN001
    refused(
        ask_json, "How many chips have more than 100 MB of SRAM? (The Groq LPU has no stated SRAM capacity.)", "128 MB"
    )


@pytest.mark.parametrize(
    "question",
    ["Which chips use HBM? (I think there are four.)", "Which chips use HBM (I think there are four)?"],
)
def test_a_count_said_in_a_remark_is_no_remark(ask_json, question):  # noqa: ANN001
    """ "(I think there are four)" was dropped as the asker's prose, and the five HBM chips listed."""
    refused(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have a stated clock of exactly 1.2 GHz (per chip, unhedged figures only)?",
        "Which chips have a stated clock of exactly 1.2 GHz? Per chip, unhedged figures only.",
    ],
)
def test_unhedged_figures_only(ask_json, question):  # noqa: ANN001
    """Set 64: "only" beside "unhedged figures" is no claim that a chip does one thing only (l.151, l.185)."""
    assert sorted(first_column(answered(ask_json, question))) == ["Groq LPU", "Tenstorrent Grayskull e150"]


def test_only_beside_something_else_is_still_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips use HBM (unhedged figures only, HBM3 only)?")


def test_two_readings_joined_by_and_are_each_checked(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Rank the chips by clock (treating the M4's 'up to 3.5 GHz' as 3.5 GHz and NorthPole's nominal 400 MHz "
        "as 400 MHz).",
    )
    assert first_column(data)[0] == "Apple M4" and first_column(data)[-1] == "IBM NorthPole"
    assert "taken as said of IBM NorthPole" in data["reading"] and "taken as said of Apple M4" in data["reading"]


def test_two_readings_joined_by_and_one_false_refused(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "Rank the chips by clock (treating the M4's 'up to 3.5 GHz' as 3.5 GHz and NorthPole's nominal 400 MHz "
        "as 500 MHz).",
    )
