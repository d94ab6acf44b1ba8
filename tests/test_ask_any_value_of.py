"""``chipkg ask``: "whichever foundry made them", "whatever the foundry", "regardless of vendor" say that
any value of a relation will do.

- "Which chips are built on 7nm, whichever foundry made them?" was refused ('whichever' unknown): a
  clause set off from the question that opens with "whichever" and names only a relation's words (and
  "them") sets no condition, as "regardless of ..." does (parse.sentences._regardless_clause).
- Said beside a condition on the same relation ("Which chips are made by TSMC, regardless of
  foundry?", "Which Nvidia chips use HBM, whatever their designer?"), or about the relation asked
  ("Which foundry makes the M4, whatever the foundry?"), it contradicts the question, which was
  answered as if the phrase were not there: refused (parse.question._read_regardless).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

ON_7NM = {
    "AWS Trainium2",
    "Cerebras CS-3",
    "Groq LPU",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are built on 7nm, whichever foundry made them?", ON_7NM),
        ("Whichever foundry fabricates them, which chips are on 7nm?", ON_7NM),
        ("How many chips are on 7nm, whichever foundry manufactures them?", "6"),
        ("Which chips are on 7nm, whatever the foundry?", ON_7NM),
        ("Which chips are on 7nm, whichever company designed them?", ON_7NM),
        ("Is the Groq LPU on 7nm, whichever foundry made it?", True),
        ("Which chips are on 7nm, regardless of vendor?", ON_7NM),
    ],
)
def test_any_value_of_an_unconstrained_relation_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are made by TSMC, whichever foundry made them?",
        "Which chips are made by TSMC, regardless of foundry?",
        "Which chips does TSMC fabricate, whatever the foundry?",
        "Which Intel chips use HBM, whatever their designer?",
        "Which Nvidia chips use HBM, regardless of vendor?",
        "Which foundry makes the M4, whatever the foundry?",
        "Which chip has the most HBM, regardless of memory type?",
    ],
)
def test_any_value_beside_a_condition_on_it_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "any value will do"))


@pytest.mark.parametrize(
    "question",
    [
        # "whichever" opens a clause ask does not read
        "Whichever chip has the most SRAM, what is its node?",
        "Which chips are on 7nm, whichever is cheaper?",
    ],
)
def test_whichever_of_anything_else_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
