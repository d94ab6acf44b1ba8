"""``chipkg ask``: a clause that says whose belief the question tests ("as some readers seem to
assume", set 42) changes nothing; a scope of the one chip of a vendor ("a full Cerebras cluster")
names that chip, as "the Cerebras chip" does; and verbs of what a chip brings ("the technologies the Blackwell
platform brings", set 42) say what it has, as "presents" does.

The clause is opened by "as" and ended by a word of belief (words.tsv ``discourse``: "assume",
"think", "believe"); between them only fillers, auxiliaries and unknown lower-case words (who
believes it). A name, a word of the graph or an operator ("only") there keeps the clause read,
and its unknown words refuse as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Is the Cerebras CS-3 built on a 5nm process, as some readers seem to assume?", False),
        ("Is the Cerebras CS-3 built on a 5nm process, as some people think?", False),
        ("Is the Groq LPU made by TSMC, as many analysts believe?", True),
        (
            "Which chips use HBM, as many engineers assume?",
            [
                "AMD Instinct MI350",
                "AWS Trainium2",
                "Google Trillium TPU",
                "Intel Gaudi 3",
                "SambaNova SN40L",
            ],
        ),
        ("How many cutting-edge technologies does the article say the Blackwell platform brings?", "6 technologies"),
        ("How many new technologies does Blackwell introduce?", "6 technologies"),
        # set 42: a scope of the vendor's one chip ("a full Cerebras cluster") names that chip
        ("how many exaflops can a full cerebras cluster hit?", "up to 256 exaflops, per cluster, across 2,048 systems"),
        ("how many exaflops can a cerebras cluster reach?", "up to 256 exaflops, per cluster, across 2,048 systems"),
    ],
)
def test_a_belief_clause_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM, as only some assume?",  # an operator: the clause may narrow
        "which chips use HBM, as Nvidia people think?",  # a name in the clause
        "which chips use HBM, as SRAM people think?",  # a word of the graph in the clause
        "Is the CS-3 on 5nm, as people say?",  # no word of belief ends it
    ],
)
def test_a_clause_that_may_say_more_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
