"""``chipkg ask``: words of analysts' prose taken from held-out set 28's refusal reasons, read after
its end measure (so set 28 is no longer blind from here); each tested on questions written here:
what ask always shows named as kept (a figure's scope and precision), words that say a figure stays as
stated ("in view", "alongside it"), a count asked for ("a bare count", "the tally"), verbs of wanting
("I am after", "I would appreciate"), "on a per-chip basis", the asker's reading and sources as
discourse, and an auxiliary inside a closing clause of discourse ("as I have seen suggested elsewhere").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.lexicon import told


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        ("A bare count is fine.", ("integer",)),
        ("Please keep that qualifier in view.", ("figure",)),
        ("Please indicate the scope alongside it.", ("figure",)),
        ("I am after the organization, not the chip.", ("orgkind",)),  # organizations, named or counted
    ],
)
def test_instructions(sentence, forms):  # noqa: ANN001
    said = told(sentence)
    assert said is not None and said.forms == forms, said


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which company designs the chip with the most SRAM? I'm after the company, not the chip.", "d-Matrix"),
        ("How many chips are built on 7nm? A bare count is fine.", "6"),
        ("What is the power of the Cloud AI 100 Ultra? Please indicate the scope alongside it.", "150 W, per card"),
        ("Which chip has the most SRAM on a per-chip basis?", "d-Matrix Corsair C8"),
        ("I would appreciate a list of the chips built on 5nm.", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("If I am reading the source correctly, which chips use HBM3?", {"SambaNova SN40L"}),
        ("Is the Maia 100 built on 7nm, as I have seen suggested elsewhere?", False),
        ("How many distinct process nodes are represented among the profiled chips?", "7"),
    ],
)
def test_analyst_prose(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM, as suggested by Nvidia?",  # a name in the clause: not the asker's discourse
        "How many chips are built on 7nm? A bare count of the startups is fine.",
    ],
)
def test_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
