"""``chipkg ask``: "regardless of X" and "whether X" beside a question that asks no yes/no.

Held-out set 39 (its one wrong answer when first run) asked which chips are on a 7nm process
"(regardless of whether a foundry is named)" and got only the two 7nm chips with a named foundry
(exit 0): the phrase's pattern took no parenthesis before it, and "regardless of" was a filler, so
what it named became a condition. Now:

- (a) "regardless" and "irrespective" are no words of their own (words.tsv): the phrase is read only
  as a whole (chipkg.ask.parse.sentences._regardless_clause), set off by commas, at the start, at the
  end, or as a parenthesis of its own, and may be an indirect question about the thing ("whether a
  foundry is named"); what it names never becomes a condition.
- (b) a "whether" clause beside a question that is no yes/no, with no alternatives ("or"), asks a
  question of its own: refused, never read as a condition.

7nm chips (lines 75, 87, 101, 131, 139, 151): Trainium2, MTIA v2, AI 100 Ultra, SN40L, CS-3, Groq
LPU; of these only the AI 100 Ultra (101) and the Groq LPU (151) name a foundry (TSMC).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, SEVEN_NM_CHIPS, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are fabricated on a 7nm process (regardless of whether a foundry is named)?", SEVEN_NM_CHIPS),
        ("Which chips are built on 7nm (irrespective of whether a foundry is stated)?", SEVEN_NM_CHIPS),
        ("Which chips are on a 7nm node, regardless of whether a foundry is given?", SEVEN_NM_CHIPS),
        ("Regardless of foundry, which chips are 7nm?", SEVEN_NM_CHIPS),
        ("7nm chips (regardless of foundry)", SEVEN_NM_CHIPS),
        (
            "How many chips does the article place on a 7nm process node, regardless of which foundry builds them?",
            ["6"],
        ),
    ],
)
def test_a_regardless_sets_the_thing_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # a name inside the phrase: whether the answer holds it, not a condition on it
        "Which chips are fabricated on a 7nm process (regardless of whether TSMC makes them)?",
        "Which chips are on 7nm regardless of whether TSMC is the foundry?",
        # the question itself names a value of what the phrase says does not matter
        "Which chips are made by TSMC, regardless of foundry?",
        # "regardless" that opens no phrase read as a whole
        "Which chips are 7nm regardless?",
    ],
)
def test_a_regardless_of_a_name_or_of_the_question_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are fabricated on a 7nm process (whether a foundry is named)?",
        "Which chips use HBM, whether it is HBM3E?",
        "How many chips are on 7nm (whether TSMC makes them)?",
        "Which chip has the most SRAM, whether it is on-chip?",
        "Which chips are on a 7nm process? Whether a foundry is named.",  # a sentence of the clause alone
        "Which chips are on a 7nm process? Tell me whether a foundry is named.",  # a lead-in after the question
        "7nm chips (whether a foundry is named)",
    ],
)
def test_b_whether_beside_a_question_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are on 7nm, whether or not a foundry is named?", SEVEN_NM_CHIPS),
        ("Which chips are on a 7nm process? Whether a foundry is named does not matter.", SEVEN_NM_CHIPS),
        ("Does the article say whether the Groq LPU is made by TSMC?", True),  # 151
        ("Can you confirm whether Intel acquired Habana Labs?", True),  # 193
        ("Show me whether Intel acquired Habana Labs.", True),  # a lead-in to a yes/no
    ],
)
def test_b_whether_with_alternatives_or_as_a_yes_no_keeps_its_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
