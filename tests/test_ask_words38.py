"""``chipkg ask``: riders an analyst adds (held-out set 38), read as what they say, checked.

- An interpretive rider in a parenthesis ("(taking the M4's 'up to' figure as its peak)") was refused
  on its verb, as was one read "at its stated peak": a parenthesis is cut as a first or last clause
  is (chipkg.ask.parse.riders), and "at its peak" (words.tsv filler "peak") says what "as its peak"
  says, of a hedge only. The premise is checked as before: the named chip's figure must be "up to"
  (at the number said), else refused.
- "(keeping any hedge on the figures in mind)", "bearing its qualifier in mind": an instruction to
  keep the hedge, which ask shows anyway ("in mind" a state of what is kept, as "intact" is; "bear"
  a verb that keeps). Beside a count or a yes/no it is refused, as any such instruction is.
- "regardless of whatever other links they may have": other values of a relation than the one the
  question names do not matter, which a list or a count of chips with that value already says
  (parse.question._read_other_values). Said of a relation the question names no value of, or of a
  question that asks the relation, a most or a figure, refused.
- "(any generation, LPDDR4 through LPDDR5X)": "through" between two names in a gloss beside a family
  reads as "to" does there (the gloss checked as before: names narrower than the family); anywhere
  else ("which chips use LPDDR4 through LPDDR5", "connect through PCIe") it stays unknown
  (parse.rewrites._spans_unread).
- "excluding the two Tenstorrent Grayskull models": a number between "the" and a name of several chips
  says how many it names, checked (parse.rewrites._number_of_named_chips); another number is refused.
- "(companies, not chips)" beside a count of organizations says what is counted (words.tsv form
  ``orgkind``), as it says what is listed beside a list of them; beside a count of chips, refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

CLOCK_1_TO_2 = {"Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"}
NOC = {"IBM NorthPole", "Mythic M2000"}
HBM = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}
LPDDR = {
    "Apple M4",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips run between 1 GHz and 2 GHz (treating the Apple M4's 'up to' figure as its peak)?",
            CLOCK_1_TO_2 | {"Tenstorrent Grayskull e75"},  # 1 GHz: "between" holds its ends
        ),
        (
            "Which chips are clocked above 1 GHz and below 2 GHz (reading the M4's 'up to' figure at its peak)?",
            CLOCK_1_TO_2,
        ),
        ("Is the M4's clock speed above 3 GHz (treating its 'up to' figure as its peak)?", True),
        ("Does the M4 reach 4 GHz (reading the M4's 'up to 3.5 GHz' figure as its peak)?", False),
        ("Which chips (reading the M4's 'up to' figure as its peak) have a clock speed above 3 GHz?", {"Apple M4"}),
        (
            "Which TSMC-made chip has the highest clock speed (taking the M4's 'up to' figure at its stated peak)?",
            "Apple M4",
        ),
        ("Is the Groq LPU's performance above 500 TOPS, reading its 'up to' figure at its stated peak?", True),
    ],
)
def test_a_rider_in_a_parenthesis_or_at_its_peak_is_checked_and_answered(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "taken as said of" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the Groq LPU's clock is a plain 1.2 GHz, NorthPole's a nominal one: no "up to" to read
        (
            "Which chip has the highest clock speed (reading the Groq LPU's 'up to' figure as its peak)?",
            "does not hold",
        ),
        ("Is NorthPole's clock above 300 MHz (treating NorthPole's 'up to' figure at its peak)?", "does not hold"),
        (
            "Which chip has the highest clock speed (reading the M4's 'up to 4 GHz' figure as its peak)?",
            "does not hold",
        ),
        ("Is NorthPole's clock above 300 MHz, reading NorthPole's 'nominal' figure at its stated peak?", "stated peak"),
    ],
)
def test_a_rider_in_a_parenthesis_whose_premise_fails_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Among chips with LPDDR memory, which has the most memory bandwidth (keeping any hedge in mind)?",
            "Qualcomm Cloud AI 100 Ultra",
        ),
        ("What is the clock speed of the M4 (bearing its qualifier in mind)?", "up to 3.5 GHz"),
        ("Which chip has the most SRAM? Keep the hedges in mind.", "d-Matrix Corsair C8"),
        (
            "Rank the Groq LPU and the M4 by clock speed, highest first (keep the hedges on the figures in mind).",
            ["Apple M4", "Groq LPU"],
        ),
    ],
)
def test_keeping_hedges_in_mind_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips use HBM (keeping any hedge in mind)?",
        "Is the M4 clocked above 3 GHz (keep the hedge in mind)?",
        "Which chip has the most SRAM (keeping the M4 in mind)?",
        "Which chip has the most SRAM (keep in mind)?",
    ],
)
def test_in_mind_beside_a_count_a_yes_no_or_a_name_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use a network-on-chip interconnect, regardless of whatever other links they may have?", NOC),
        ("Which chips use HBM, regardless of what other memory they have?", HBM),
        ("How many chips use SRAM, irrespective of any other memory they have?", "10"),
        ("Regardless of other memory types, which chips use LPDDR?", LPDDR),
        (
            "Which chips are made by TSMC, regardless of any other foundry they use?",
            {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra", "Qualcomm Adreno 750"},
        ),
    ],
)
def test_regardless_of_other_values_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # other than what? the question names no link
        "Which chips use HBM, regardless of whatever other links they may have?",
        # the relation is what is asked, or a most: refused, not read
        "What memory does Gaudi 3 use, regardless of other memory it has?",
        "Which chip has the most HBM, regardless of other memory it has?",
        # not set off from the question
        "Which chips regardless of other memory use HBM?",
        "Which chips use PCIe, regardless of other chips?",
        # "other" anywhere else is still unknown
        "Which other chips use HBM?",
    ],
)
def test_regardless_of_other_values_of_nothing_named_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use LPDDR memory (any generation, LPDDR4 through LPDDR5X)?", LPDDR),
        ("How many chips use HBM (HBM3 through HBM3E)?", "5"),
        (
            "Which chips use LPDDR memory, excluding the two Grayskull models?",
            LPDDR - {"Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"},
        ),
        ("What is the power of the 2 Tenstorrent Grayskull chips?", {"75 W", "200 W"}),
        ("Which of the two Grayskull models draws more power?", "Tenstorrent Grayskull e150"),
    ],
)
def test_a_span_in_a_gloss_and_a_number_of_named_chips_change_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use LPDDR4 through LPDDR5?",
        "Which chips connect through PCIe?",
        "Which chips use LPDDR memory (LPDDR4 through HBM3)?",
        "Which chips use HBM (connected through NVLink)?",
        "Which chips use LPDDR memory, excluding the three Grayskull models?",
        "Which chips use HBM, excluding the two Gaudi 3 chips?",
    ],
)
def test_a_span_elsewhere_or_a_wrong_number_of_named_chips_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many companies design chips made by TSMC (companies, not chips)?", "4"),
        ("How many companies design chips made by TSMC? Organizations, not chips.", "4"),
        ("Which companies design chips made by TSMC (companies, not chips)?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
    ],
)
def test_the_kind_of_organizations_beside_their_count_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips are made by TSMC (companies, not chips)?",
        "Which chips use HBM? The companies.",
        "How many companies design chips made by TSMC? Company names, please.",
    ],
)
def test_the_kind_of_organizations_beside_chips_or_names_asked_of_a_count_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
