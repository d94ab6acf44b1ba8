"""``chipkg ask``: organization-qualified chip questions and comparisons of two chips' figures
(held-out set 37's classes), each tested on questions written for the class, not the set's own:

- a statement comparing two named chips with a comparator that carries its own "than" ("more than",
  "less than") and a verb of the measure before it ("e150 draws more than e75?") asks whether it
  holds, as "e150 draws more power than e75?" did (parse.frames._statement_asked); it was refused as a
  comparison with no number.
- "the same <measure> as <chip>" after a lead-in that only says which figures count ("Going by the
  per-chip figures, does A have the same X as B?") is the yes/no of the two figures, as after "Per the
  article," (parse.forms._same_figure skips the lead-in as _yes_no_comparison does).
- a kind of designer taken as the value of "designed by" ("chips designed by a startup") leaves the
  relation word after it its own ("... has the largest process node": by feature size); the process
  node was dropped and the question refused as naming no figure (parse.walk, ``class_took``).
- "the companies the article groups as Megacap Players": "group(s/ed) as" read as "group together
  as" is (words.tsv).
- a parenthesis that says how the winning figure is hedged ("(a typical, approximate figure in that
  chip's case)", "(an 'up to' figure for that one)") is checked of the figure the most (or least), or
  the organization behind it, rests on: answered when the graph holds each hedge, refused when not;
  a phrasing remark beside a list stays dropped as before (parse.question._figure_hedges).
- "which startup's chip ...": a kind of designer the article groups (startups, hyperscalers, megacap
  players) narrows the chips to its own, as "which startup chip" does; "which foundry's / company's /
  vendor's chip" stay refused (parse.rewrites._owner_asked).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("e150 consumes more than e75?", True),
        ("the Grayskull e75 draws less than the e150?", True),
        ("MTIA v2 draws more than the e150?", False),
        ("the M2000 consumes less than the Grayskull e75?", True),
        ("Grayskull e150 consumes less than the e75?", False),
        ("e150 draws more than the M2000", True),
    ],
)
def test_a_statement_comparing_two_chips_by_a_verb_of_the_measure_is_a_yes_no(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "e150 draws more than e75 and MTIA v2?",  # a third chip
        "gaudi 3 has more than trainium2?",  # no measure
        "e150 draws no more than e75?",  # a negated comparator
        "AI 100 Ultra consumes more than the e150?",  # a per-card figure against a per-chip one
        "trainium2 consumes more than gaudi 3?",  # no power stated
        "MTIA v2 runs faster than Groq LPU?",  # 'faster' names no measure here
    ],
)
def test_a_statement_comparing_two_chips_without_one_figure_stays_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("e150 draws more than 100 W?", True),
        (
            "which chips draw more than e75?",
            {"Tenstorrent Grayskull e150", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("e150 draws more power than e75?", True),
    ],
)
def test_comparisons_with_a_number_or_a_list_keep_their_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Going by the per-chip figures, does the Groq LPU have the same clock speed as the Grayskull e150?", True),
        ("Going by per-chip figures, does the e150 have the same power as the e75?", False),
        ("Going by the per-chip figures as stated, is Gaudi 3's HBM capacity the same as Trillium's?", True),
        ("Using per-chip figures, does Groq LPU have the same SRAM as NorthPole?", False),
        ("Going by per-chip numbers, do the Groq LPU and the e150 have the same clock speed?", True),
    ],
)
def test_the_same_figure_after_a_per_chip_lead_in(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # M4's clock is an "up to" figure: equality is not decided
        "Going by the per-chip figures, does Apple M4 have the same clock speed as MTIA v2?",
        # the AI 100 Ultra's power is per card
        "Going by per-chip figures, does the Cloud AI 100 Ultra have the same power as the e150?",
        "Going by per-card figures, does the e150 have the same power as the e75?",
    ],
)
def test_the_same_figure_after_a_lead_in_refuses_what_it_cannot_decide(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip designed by a startup has the largest process node?", "Mythic M2000"),
        ("Which chip designed by a hyperscaler has the most advanced process node?", "Microsoft Maia 100"),
        ("Which chip designed by a megacap player has the smallest process node?", "Apple M4"),
        ("Which chip designed by a startup is made on the largest process node?", "Mythic M2000"),
        (
            "Among chips designed by the companies the article groups as Megacap Players, which is on the "
            "oldest process node?",
            "IBM NorthPole",
        ),
        ("Which chip from a company grouped as a hyperscaler has the most HBM?", "Google Trillium TPU"),
        ("How many chips are designed by companies grouped as unicorn startups?", "7"),
    ],
)
def test_a_kind_of_designer_leaves_the_next_relation_word_its_own(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips designed by startups are made by TSMC?", {"Groq LPU"}),
        ("Which chip designed by a startup has the most SRAM?", "d-Matrix Corsair C8"),
        ("Which chip designed by a startup has the largest foundry?", REFUSE),
        ("Which process node do chips designed by startups use?", REFUSE),
    ],
)
def test_a_kind_of_designer_with_other_relations_keeps_its_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which startup's chip is on the smallest process node?", "d-Matrix Corsair C8"),
        ("which hyperscaler's chip has the most HBM?", "Google Trillium TPU"),
        ("Which megacap player's accelerator has the most transistors?", "Nvidia Blackwell GPU"),
        ("which upstart's chip draws the least power?", "Mythic M2000"),
        ("Which startup's accelerator has the most SRAM?", "d-Matrix Corsair C8"),
        ("which startup's chips use HBM?", {"SambaNova SN40L"}),
    ],
)
def test_which_kind_of_designers_chip_is_the_chip_among_its_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which foundry's chip has the most transistors?",
        "which company's chip has the most transistors?",
        "which vendor's chip has the most SRAM?",
        "which designer's chip has the most SRAM?",
        "which startups' chips use HBM?",
    ],
)
def test_which_organizations_chip_of_no_narrower_kind_stays_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# a parenthesis that says how the winning figure is hedged ("(a typical, approximate figure in that
# chip's case)", "(an 'up to' figure for that one)") is checked of that figure: answered when the graph
# holds the hedge (parse.question._figure_hedges, answer._winner_hedged), refused when it does not


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip has the lowest power (an approximate figure)?", "Mythic M2000"),
        ("Which chip has the highest clock speed (an 'up to' figure for that one)?", "Apple M4"),
        ("Who designs the chip with the highest clock (an 'up to' figure for that one)?", "Apple"),
        ("Which company designs the chip with the highest clock speed (an 'up to' figure in its case)?", "Apple"),
        ("Which chip has the most INT8 TOPS (an 'up to' figure)?", "Groq LPU"),
        ("Which chip has the lowest power (a rough figure for that one)?", "Mythic M2000"),
    ],
)
def test_a_hedge_said_of_the_winning_figure_that_holds_is_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest clock speed (a typical figure)?",  # M4's is an 'up to' figure
        "Which company designs the chip with the highest clock speed (a typical figure)?",
        "Which chip has the most SRAM (an approximate figure in that chip's case)?",  # Corsair's 2 GB is plain
        "Which chip has the highest INT8 throughput (a lower bound in its case)?",  # Groq's is 'up to'
        "Which chip has the most HBM (a typical figure)?",
        "What is the M4's clock (a typical figure)?",  # one chip's value, checked as before
        "Rank the chips by clock (an 'up to' figure)",  # no one winning figure
        "Is the M4's clock higher than MTIA v2's (an 'up to' figure)?",
        "Which chips draw under 100 W (an approximate figure)?",
    ],
)
def test_a_hedge_said_of_the_figure_that_does_not_hold_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the M2000's power (a typical figure)?", "nominal about 4 watts"),
        (
            "Which chips draw under 100 W (a typical figure)?",
            {"Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"},
        ),
        ("Which chip has the highest clock speed (not an 'up to' figure)?", "Meta MTIA v2"),
    ],
)
def test_phrasing_remarks_and_hedges_set_aside_keep_their_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
