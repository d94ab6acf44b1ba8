"""``chipkg ask``: participle lead-ins and riders that say a figure's scope, and lead-ins that name the
asker's purpose.

- A participle of taking before a scope or a sum says it as the phrase alone does: "Taking both dies
  together, how many ..." as "counting both dies together" (the die count checked as a premise); "...,
  taken across its four controllers" as "summed across its four controllers" (a sum, refused except of
  one chip's own figure; the number of controllers checked against the graph: eight refuses).
  "Taking" before anything else is read as before ("taking the 7nm chips" stays a word ask does not
  know; "taking 'up to' figures at face value" an aside). (parse.rewrites._taken_figures, words.tsv
  phrase class ``taken``)
- "Restricting the field to 7nm parts, which ...": the lead-in says nothing; what follows it stays in
  the question, read as a condition (words.tsv fillers, beside "limiting the field to").
- "For a memory comparison I'm preparing: among ..., which ...": a purpose clause whose words of the
  graph leave the question's reading as it is is dropped; what the asker makes ("comparison", a
  report's word) is no report asked (remarks.purpose_clause); a colon sets the lead-in off from the
  phrase after it, which is the question's own ("among the startups"). A word of the graph there that
  changes the reading ("For a memory comparison I'm preparing: among the startups, ...", read with
  "memory") keeps the question refused. "I'm compiling a ... table." is the asker's task (discourse).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Taking both dies together, how many matrix math engines does one Gaudi 3 have?", "8 matrix math engines"),
        ("Taking both of its dies together, what is the Gaudi 3's SRAM?", "96 MB"),
        ("What is the AI 100 Ultra's LPDDR4X bandwidth, taken across its four controllers?", "134 GB/s"),
        (
            "Restricting the field to 7nm parts, which chips have more than 100 MB of SRAM?",
            {
                "Groq LPU",
                "Meta MTIA v2",
                "Qualcomm Cloud AI 100 Ultra",
            },
        ),
        ("Narrowing the field to startups, which chips use HBM?", {"SambaNova SN40L"}),
    ],
)
def test_a_participle_before_a_scope_says_the_scope(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the graph gives the AI 100 Ultra four memory controllers: a premise it contradicts refuses
        ("What is the AI 100 Ultra's LPDDR4X bandwidth, taken across its eight controllers?", "controller count = 8"),
        # a sum over several chips is not read
        ("Taken across all the chips, what is the most SRAM?", "sum"),
        ("Taken together, how much SRAM do the Groq LPU and the Corsair C8 have?", "sum"),
        # "taking" before no scope is no reading of one (refused since session 34 as a premise not
        # read, no longer as the unknown word 'taking')
        ("Taking the 7nm chips, which has the most SRAM?", "'taking ...' takes as given"),
    ],
)
def test_a_participle_before_no_scope_stays_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "For a memory comparison I'm preparing: among the chips whose HBM capacity is stated, which has the most?",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("For a comparison we're drafting: among the startups, which chip has the most SRAM?", "d-Matrix Corsair C8"),
        (
            "I'm compiling a precision-support table. Which chips support both INT8 and FP16?",
            {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
    ],
)
def test_a_purpose_lead_in_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # read with its word of the graph ("memory"), the question after it reads otherwise
        "For a memory comparison I'm preparing: among the startups, which chip has the most SRAM?",
        "For a memory comparison I'm preparing, which chips support FP16?",
        # a phrase the lead-in governs, no colon: it may narrow the question
        "For a comparison I'm preparing among the startups, which chip has the most SRAM?",
    ],
)
def test_a_purpose_lead_in_that_may_narrow_stays_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
