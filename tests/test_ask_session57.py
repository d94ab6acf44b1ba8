"""Session 57: readings of this session, each through the CLI in process (conftest's ``ask_json``).

Red team 121 (every fact of the article):
(a) W7: NorthPole's figures at "8-bit", "4-bit" and "2-bit" are shown with the formats INT8, INT4 and
    INT2, which are the graph's reading (a ck:Hedge note with ck:readingOnly): an answer showing a
    figure's precision says so in its reading, as a list of the chips supporting INT8 does in its
    hedge column. A precision the article names (the Groq LPU's INT8) carries no such note.
(b) W5: the MI350's memory is "likely HBM3E"; the article's guess is HBM3E or its successor. The
    memory's hedge notes are in the reading.
(c) W9: "What are the tiers of the SN40L's memory hierarchy?" was refused saying the article gives
    how many tiers, not which they are: false, its three memories are the tiers. The refusal now
    says only how it read the word and what to ask.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

READING = "precision is the graph's reading"


@pytest.mark.parametrize(
    ("question", "noted"),
    [
        ("What is NorthPole's 4-bit performance?", True),
        ("northpole int8 tops", True),
        ("rank chips by int8 tops", True),
        ("What is the Groq LPU's INT8 performance?", False),
        ("What is the Qualcomm Cloud AI 100 Ultra's INT8 performance?", False),
    ],
)
def test_a_precision_that_is_the_graphs_reading_says_so(ask_json, question, noted):  # noqa: ANN001
    data = check(ask_json, question, 1 if "rank" not in question else 3)
    assert (READING in data["reading"]) is noted, data["reading"]
    if noted:
        assert "IBM NorthPole" in data["reading"].split(READING)[0], data["reading"]


def test_a_memorys_hedge_notes_are_in_the_reading(ask_json):  # noqa: ANN001
    data = check(ask_json, "What memory does the MI350 use?", "likely HBM3E, off-chip")
    assert "HBM3E or a later generation" in data["reading"], data["reading"]
    data = check(ask_json, "What memory does the Groq LPU use?", 1, at_least=True)
    assert "guess" not in data["reading"], data["reading"]


def test_the_tiers_of_a_memory_hierarchy_make_no_false_claim(ask_json):  # noqa: ANN001
    data = check(ask_json, "What are the tiers of SN40L's memory hierarchy?", (REFUSE, "ask what memory the chip has"))
    assert "not which they are" not in str(data), data
