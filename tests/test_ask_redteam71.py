"""Red team 71 (554 questions at 3ffc744; 71 wrong, 63 with exit 0).

- COUNTING: "How many chips have more than 100 MB of SRAM, counting d-Matrix's 2 GB?" was read as
  "designed by d-Matrix and SRAM = 2 GB" (1; the answer is 5). One chip counted in (or an
  organization's one chip) is now "(including <chip>)", its figure a premise checked; any other name
  counted in that the reading takes as a condition is refused.
- TIES: "Which chips are tied for the most transistors?" answered the CS-3 alone; a tie said before
  the superlative must hold at the place asked, else refused. "Is the M4 tied for the highest
  clock speed?" answered true; refused.
- NO HEDGE: "without any hedge" set aside NorthPole's 400 and 800 TOPS, whose hedge the article
  leaves unclear (the one 'over' of l.113); where they change the answer, refused naming the doubt.
- BIT WIDTH: "Which chips give an 8-bit performance figure?" listed every chip with any figure; a
  list or count of a width that names several formats is refused (name the format).
- COMPUTE CLAIM: "MTIA v2 compute gain" said "the article gives no compute claim" beside its dense and
  sparse compute claims; now refused as named by 'compute' alone, with its claims listed.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips have more than 100 MB of SRAM, counting d-Matrix's 2 GB?", "5"),
        ("How many chips have more than 100 MB of SRAM? Count d-Matrix's 2 GB.", "5"),
        ("How many chips have more than 100 MB of SRAM (count d-Matrix's 2 GB)?", "5"),
        ("How many chips have over 100 billion transistors, counting Cerebras's 4 trillion?", "3"),
        ("How many chips are built on 7nm, counting SambaNova's?", "6"),
        ("How many chips run above 1 GHz, counting Apple's 'up to 3.5 GHz'?", "4"),
    ],
)
def test_one_chip_counted_in(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "How many chips have more than 100 MB of SRAM, counting d-Matrix's 3 GB?",  # it gives 2 GB
        "How many chips exceed 1 GHz, counting Tenstorrent's 1.2 GHz?",  # two Tenstorrent chips
        "How many chips give more than 500 TFLOPS per chip, counting Amazon's 650 teraFLOPS?",
        "How many chips have more than 100 MB of SRAM, with d-Matrix's 2 GB counted?",
        "Which chips use 7nm, with Groq counted?",
    ],
)
def test_a_name_counted_in_never_narrows_the_answer(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_counting_apart_and_counting_in_with_a_remark_still_read(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "How many chips use 7nm (counting each Grayskull model separately)?") == "6"
    assert (
        count_of(
            ask_json,
            "How many chips are made by TSMC (counting the Adreno 750, whose TSMC node is stated for the "
            "Adreno GPUs generally)?",
        )
        == "5"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are tied for the most transistors?",
        "Which chips tie for the least HBM?",
        "Which chips are tied for second-highest clock speed?",
        "Is the M4 tied for the highest clock speed?",
    ],
)
def test_a_tie_that_is_not_there_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "tie")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips tie for the most HBM?", ["Google Trillium TPU", "Intel Gaudi 3"]),  # 128 GB each
        ("Which chips are tied for third-highest clock speed?", ["Groq LPU", "Tenstorrent Grayskull e150"]),
    ],
)
def test_a_tie_that_is_there_answered(ask_json, question, expected):  # noqa: ANN001
    assert sorted(column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest TOPS stated without any hedge?",
        "Rank chips by TOPS without any hedge.",
        "How many chips give a TOPS figure stated without hedging?",
        "Which chips have more than 300 TOPS with no hedge?",
    ],
)
def test_unhedged_figures_resting_on_a_hedge_in_doubt_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "leaves unclear")


def test_unhedged_figures_with_no_doubt_answered(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Which chip has the fewest transistors with no hedge?")) == ["IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chips give an 8-bit performance figure?",
        "which chips have 8-bit TOPS",
        "How many chips give a 16-bit performance figure?",
        "Which chips report 4-bit performance?",
    ],
)
def test_a_width_of_several_formats_in_a_list_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "several formats")


def test_a_format_named_in_a_list_answered(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which chips give an INT8 performance figure?")
    assert sorted(column(data)) == ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize("question", ["MTIA v2 compute gain", "MTIA v2 compute gain over v1 (not the dense figure)"])
def test_a_claim_named_by_compute_alone_refused_with_the_claims(ask_json, question):  # noqa: ANN001
    data = refused(ask_json, question, "dense compute")
    assert "gives no" not in data["reason"]
