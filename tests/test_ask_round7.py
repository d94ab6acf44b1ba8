"""Parentheses of ``chipkg ask`` that remark or set something aside without changing the answer
(round 7: the largest class of held-out set 15's analyst refusals, "a negation inside a
parenthesis"), each tested on questions written for this round (in no held-out set), with near
misses where the parenthesis does change the answer and must stay refused or be applied. Every
expected answer is checked against the article (line numbers of
/work/shared/sources/ai-chip-race.txt in the comments).

- (a) "not only Y" beside a required X of the same kind ("suited to training (not only
  inference)"): the chips with only Y lack X anyway; "(not Y)", "(not only X)", a Y of another
  kind, or a question with its own negation stay refused.
- (b) a scope said with another set aside ("(per system, not per wafer)"): a figure has one scope,
  so the one said is asked; a scope said that the figure does not have is no answer.
- (c) a remark that the article states nothing of one relation or of precision ("(the article
  names no foundry)", "(precision not specified)"): checked against the graph for the one chip
  asked about, refused where the article does state it, or where the question is a list or asks
  that relation itself.
- (d) "(a per-card figure counts as stated)": per-card figures admitted beside per-chip ones, shown
  with their scope; another scope ("per-core") stays refused.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, TRAINING_CHIPS, answered, check, first_column

#: line numbers of the article: training 41 (Blackwell), 69 (Trillium), 75 (Trainium2), 81
#: (Maia 100), 133 (SN40L), 139-143 (CS-3); Groq LPU inference 151; Maia 100 5nm and 800 TFLOPS
#: with no precision 81; Gaudi 3 5nm, no foundry 53; Groq LPU made by TSMC 151; CS-3 up to 1,200 TB
#: per system 141; Trainium2 96 GB HBM, 650 TFLOPS FP16 75; AI 100 Ultra 150 W per card 105;
#: Grayskull e150 200 W, e75 75 W 183; MTIA v2 90 W 89; Mythic M2000 about 4 W 163.

TRAINING = sorted(TRAINING_CHIPS)


# --------------------------------------------------------------------------- (a) not only a sibling


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are suited to training (not only inference)?", TRAINING),
        (
            "Which chips does the article say are suited to training workloads (any model size, not just inference)?",
            TRAINING,
        ),
        ("How many chips are suited to training (not only inference)?", ["6"]),
        ("Is AWS Trainium2 suited to training (not merely inference)?", ["true"]),
    ],
)
def test_a_not_only_a_sibling_beside_the_one_asked_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_not_only_training_beside_inference_is_the_inference_list(ask_json):  # noqa: ANN001
    shown = first_column(answered(ask_json, "Which chips are suited to inference (not only training)?"))
    assert shown == first_column(answered(ask_json, "Which chips are suited to inference?"))
    assert "Groq LPU" in shown


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are suited to training (not inference)?",  # excludes chips that also infer
        "Which chips are suited to training (not only training)?",  # the name asked, set aside
        "Which chips are suited to training (not just training)?",
        "Which chips are not suited to inference (not only training)?",  # a negation of its own
        "Which chips are suited to training (not only Nvidia)?",  # another kind of name
        "Is the Groq LPU suited to training (not only inference)?",  # article: inference only (151)
    ],
)
def test_a_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (b) a scope, another set aside


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What memory capacity does the Cerebras CS-3 support (per system, not per wafer)?", "1,200 TB"),
        ("What is the HBM capacity of the AWS Trainium2 (per chip, not per wafer)?", "96 GB"),
        ("What is the power of the Qualcomm Cloud AI 100 Ultra (per card, not per wafer)?", "150 W, per card"),
    ],
)
def test_b_a_scope_said_with_an_unknown_one_set_aside(ask_json, question, expected):  # noqa: ANN001
    shown = first_column(answered(ask_json, question))
    assert len(shown) == 1 and expected in shown[0]


@pytest.mark.parametrize(
    "question",
    [
        "What memory capacity does the Cerebras CS-3 support (per wafer, not per system)?",  # per system
        "What is the power of the Qualcomm Cloud AI 100 Ultra (per chip, not per wafer)?",  # per card
    ],
)
def test_b_a_scope_the_figure_does_not_have_is_no_answer(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (c) unstated, checked


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What peak performance does the article give for the Microsoft Maia 100 (precision not specified)?", "800"),
        ("What is the Maia 100's peak performance (precision not given)?", "800 TFLOPS"),
        ("Which process node is the Intel Gaudi 3 made on (the article names no foundry)?", "5nm"),
        ("What process node is the Microsoft Maia 100 built on (foundry not named)?", "5nm"),
        ("How many transistors does the Microsoft Maia 100 have (the article names no foundry)?", "120 billion"),
        ("What is the clock speed of the IBM NorthPole (the article names no power)?", "400 MHz"),
        ("What is the process node of the Intel Gaudi 3 (no transistor count given)?", "5nm"),  # none, 53
    ],
)
def test_c_a_remark_that_holds_of_the_chip_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    shown = first_column(answered(ask_json, question))
    assert len(shown) == 1 and expected in shown[0]


@pytest.mark.parametrize(
    "question",
    [
        "What peak performance does the article give for AWS Trainium2 (precision not specified)?",  # FP16
        "Which process node is the Groq LPU made on (the article names no foundry)?",  # TSMC, 151
        "Which chips are made on 5nm (the article names no foundry)?",  # a list: a filter, not a remark
        "Which foundry makes the Intel Gaudi 3 (the article names no foundry)?",  # the relation asked
        "What process node is the Apple M4 on (the article names no process node)?",
        "What is the SRAM of the Groq LPU (no HBM named)?",  # a name set aside
        "What is the clock speed of the Meta MTIA v2 (no power given)?",  # 90 W, 89
        "What is the process node of the Intel Gaudi 3 (no memory bandwidth given)?",  # 3.7 TB/s, 55; a memory's
    ],
)
def test_c_a_remark_that_does_not_hold_or_filters_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (d) a scope admitted


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips draw more than 120 W (a per-card figure counts as stated)?",
            ["Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"],
        ),
        (
            "Which chips are stated to draw at most 160 W (a per-card figure counts as stated)?",
            ["Meta MTIA v2", "Mythic M2000", "Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e75"],
        ),
    ],
)
def test_d_a_per_card_figure_admitted_is_shown_with_its_scope(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "per card" in json.dumps(data["results"]["bindings"])


def test_d_another_scope_admitted_stays_refused(ask_json):  # noqa: ANN001
    check(ask_json, "Which chips draw more than 140 W (a per-core figure counts as stated)?", REFUSE)


# --------------------------------------------------------------------------- (e) hedged figures at face value

#: transistor counts: Groq LPU over 20 billion (151), AI 100 Ultra over 10 billion (105), Adreno 750
#: over 10 billion (125), M4 about 40 billion (119), Blackwell 208 billion (41), NorthPole 22 billion
#: (113), Maia 100 120 billion (81), CS-3 4 trillion (139); made by TSMC: M4, Groq LPU, Blackwell,
#: Adreno 750, AI 100 Ultra.


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Among TSMC-made chips, which have more than 15 billion transistors (taking hedged figures at "
            "their stated number)?",
            ["Apple M4", "Groq LPU", "Nvidia Blackwell GPU"],
        ),
        (
            "Which chips have more than 15 billion transistors (taking hedged figures at face value)?",
            [
                "Apple M4",
                "Cerebras CS-3",
                "Groq LPU",
                "IBM NorthPole",
                "Microsoft Maia 100",
                "Nvidia Blackwell GPU",
            ],
        ),
        ("How many chips have more than 15 billion transistors, taking lower bounds at face value?", ["6"]),
    ],
)
def test_e_lower_bounds_at_their_stated_number_over_a_lower_limit(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    if "Groq LPU" in expected:
        assert "over 20 billion" in json.dumps(data)  # shown with its hedge


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have more than 15 billion transistors?",  # the AI 100 Ultra's 'over 10 billion'
        # 'up to' figures only: the lower bounds stay undecided
        "Which chips have more than 15 billion transistors (taking up-to figures at face value)?",
        # under an upper limit, a lower bound stays undecided
        "Which chips have fewer than 21 billion transistors (taking hedged figures at their stated number)?",
        "Which chips have between 15 and 30 billion transistors (taking hedged figures at face value)?",
    ],
)
def test_e_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
