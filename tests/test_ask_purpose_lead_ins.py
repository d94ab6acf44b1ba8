"""``chipkg ask``: a lead-in that says why the asker asks changes no answer.

- "For our vendor review, which chips are made by TSMC?" was read as a question about designers
  ("vendor"): the asker's work named with what it is about is one phrase of discourse (words.tsv,
  "vendor review", "vendor evaluation", ...), dropped with the lead-in as "For a procurement memo" is.
- "For an investment memo, ...", "For my thesis, ...": more nouns of the asker's work (words.tsv).
- "In the power comparison for our evaluation, which chip draws the least power?": a lead-in that
  ends in "for", the asker's own word and a word of discourse names what the asker makes
  (remarks.purpose_clause), as one that opens with "For our ..." does; the graph's words in it are
  checked to change nothing ("In the clock comparison for our evaluation, which chips use HBM?" is
  still refused: the question read with "clock" is another).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

LPDDR = {
    "Apple M4",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}
TSMC = {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("For our vendor review, which chips are made by TSMC?", TSMC),
        ("For a vendor evaluation: which chips does TSMC make?", TSMC),
        ("For a supplier evaluation, which chips are fabricated by TSMC?", TSMC),
        ("For a vendor comparison, how many chips use HBM?", "5"),
        ("For an investment memo, which chips are manufactured by TSMC?", TSMC),
        ("For my thesis, is the Groq LPU made by TSMC?", True),
        ("In the power comparison for our evaluation, which chip draws the least power?", "Mythic M2000"),
        ("In the memory comparison for our evaluation, which chips use LPDDR?", LPDDR),
    ],
)
def test_a_purpose_lead_in_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the vendors asked in the question proper are still organizations
        ("For our vendor review, which vendors design chips on 5nm?", {"Intel", "Microsoft"}),
    ],
)
def test_the_question_proper_is_read_as_before(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the graph's word in the lead-in would change the question ('clock' beside 'use HBM', 'node'
        # beside TSMC's chips)
        "In the clock comparison for our evaluation, which chips use HBM?",
        "In the node comparison for our evaluation, which chips does TSMC make?",
        # a word of discourse outside a clause of its own is a word ask does not know
        "Which vendor review chips use HBM?",
        # a topic ask does not know in a lead-in with no asker ("automotive" may narrow)
        "For an automotive memo, which chips use HBM?",
    ],
)
def test_a_lead_in_that_may_narrow_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
