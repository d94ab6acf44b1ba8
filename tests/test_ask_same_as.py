"""Chips that share a named chip's value of a relation ("which chips use the same process node as
the Groq LPU?"): the named chip's one stated value is the condition, the chip itself left out, and
the answer equals the list asked with that value named (computed here through ask itself, a
different reading of the same condition). A chip with no value, several, or a hedged one is refused."""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

SAME = [  # (question, the same list asked with the value named and the chip set aside)
    ("which chips use the same process node as the groq lpu?", "which chips are on 7nm other than the groq lpu?"),
    ("chips on the same node as maia 100", "which chips are on 5nm other than the maia 100?"),
    ("which chips are made by the same foundry as the apple m4?", "which chips does tsmc make other than the m4?"),
    ("which chips have the same designer as the h100", "which chips does nvidia design other than the h100?"),
    (
        "Which accelerators are built on the same process node as the Trainium2?",
        "which chips are on 7nm other than trainium2?",
    ),
]


@pytest.mark.parametrize(("question", "named"), SAME, ids=[q for q, _ in SAME])
def test_the_same_value_as_a_named_chip_is_that_value(ask_json, question, named):  # noqa: ANN001
    code, stdout = ask_json(question)
    named_code, named_stdout = ask_json(named)
    assert code == 0 and named_code == 0, (stdout[:300], named_stdout[:300])

    def chips(out: str) -> set[str]:
        return {b["chip"]["value"] for b in json.loads(out)["results"]["bindings"]}

    assert chips(stdout) == chips(named_stdout)
    assert chips(stdout)


def test_a_count_counts_the_same_chips(ask_json):  # noqa: ANN001
    check(ask_json, "how many chips are on the same node as the sn40l", "5")  # l.131: 7nm, six chips in all


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which chips are on the same node as the adreno 750", "hedged"),  # its 4nm is said of the Adreno GPUs
        ("which chips are made by the same foundry as the cs-3", "names no foundry"),
        ("which chips use the same memory as the gaudi 3", "not a relation"),
        ("the same node", "'same'"),
    ],
)
def test_what_cannot_be_compared_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
