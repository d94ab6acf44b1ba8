"""``chipkg ask``: one chip's place in its product line asked as a value. "Which chip succeeded the
MTIA v1?", "what came before Trainium2?", "what is the successor of Trainium?" were refused ("asked
yes/no only"), since "the successor of X" is easy to read the wrong way round. The word of the
relation standing before the one chip named makes that chip the relation's value: the answer is the
inverse relation's value (owl:inverseOf, from the ontology) of the chip named. The word after the
chip ("which chip did MTIA v2 succeed?") or the noun alone ("Trainium2's predecessor") keeps the chip
named as the subject. A chip the article places in no line says so by the relation's noun ("names no
successor"), not "no predecessor of". Facts from /work/shared/sources/ai-chip-race.txt: MTIA v2
follows MTIA v1 (line 87), Trainium2 follows Trainium (line 67); the graph: ck:successorOf.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the word before the chip named: the other chip of the line
        ("which chip succeeded the MTIA v1?", "Meta MTIA v2"),
        ("What came after Meta's MTIA v1?", "Meta MTIA v2"),
        ("what is the successor of trainium", "AWS Trainium2"),
        ("which chip is the successor to AWS Trainium?", "AWS Trainium2"),
        ("what came before the MTIA v2?", "Meta MTIA v1"),
        ("which chip precedes Trainium2", "AWS Trainium"),
        ("what is the predecessor of the MTIA v2, per the article?", "Meta MTIA v1"),
        ("which chip was succeeded by trainium2", "AWS Trainium"),
        ("predecessor of trainium2", "AWS Trainium"),
        ("successor of trainium", "AWS Trainium2"),
        ("which chips succeed mtia v1?", "Meta MTIA v2"),
        # the word after the chip named: that chip is the subject
        ("which chip did MTIA v2 succeed?", "Meta MTIA v1"),
        ("what does trainium2 come after", "AWS Trainium"),
        ("what is MTIA v2 the successor of?", "Meta MTIA v1"),
        ("what is trainium2 the successor of?", "AWS Trainium"),
        # the noun alone: the chip's own relation
        ("trainium2 predecessor", "AWS Trainium"),
        ("MTIA v1's successor", "Meta MTIA v2"),
        # no other chip in the line: exit 1, said by the noun
        ("what came after the gaudi 3", REFUSE),
        ("what is the predecessor of the groq lpu", REFUSE),
        # more than the one chip's place: refused as before
        ("what came before MTIA v2 and trainium2", REFUSE),
        ("which nvidia chip came before blackwell", REFUSE),
        ("which chips with HBM came after trainium", REFUSE),
    ],
)
def test_a_chip_s_place_in_its_line(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what came after the gaudi 3", "The article names no successor for Intel Gaudi 3"),
        ("what came before groq's lpu", "The article names no predecessor for Groq LPU"),
    ],
)
def test_no_place_in_a_line_is_said_by_its_noun(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)
