"""The checker the round and red-team files share (tests/ask_expect.py), on answers made up here: it
passes the right answer and fails every wrong one, for each form a case may expect. Thousands of
cases rest on it; a checker that passed anything would pass them all."""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, answered, answered_or_refused, check, column, expect_answer, first_column, refused, rows


def _literal(value: str) -> dict:
    return {"type": "literal", "value": value}


#: a list of two chips with their figures; the second has no figure
LIST = {
    "head": {"vars": ["chip", "figure"]},
    "results": {"bindings": [{"chip": _literal("A"), "figure": _literal("1 W")}, {"chip": _literal("B")}]},
}
YES = {"boolean": True}
REFUSAL = {"answered": False, "reason": "I can't answer that: no clock for A"}


def _asked(code: int, data: dict):  # noqa: ANN202
    """A stand-in for conftest's ``ask_json`` that answers every question with ``data``."""
    return lambda question, *extra: (code, json.dumps(data))


@pytest.mark.parametrize(
    ("expected", "options"),
    [
        (["A", "B"], {}),
        (["B", "A"], {"any_order": True}),
        (["A"], {"at_least": True}),
        ("B", {"at_least": True}),
        ({"A", "B"}, {}),
        ({("A", "A"), ("B", "B")}, {}),
        (2, {}),
    ],
)
def test_the_right_list_passes(expected, options):  # noqa: ANN001
    assert check(_asked(0, LIST), "q", expected, **options) == LIST


@pytest.mark.parametrize(
    ("expected", "options"),
    [
        (["B", "A"], {}),  # another order
        (["A"], {}),  # a row missing
        (["A", "B", "C"], {"any_order": True}),
        (["A", "A"], {"any_order": True}),  # each as often
        (["B"], {"at_least": True}),
        ("C", {"at_least": True}),
        ({"A"}, {}),
        ({"A", "B", "C"}, {}),
        ({("A", "B"), ("B", "B")}, {}),
        ("A", {}),  # one answer expected, two given
        (3, {}),
        (True, {}),
        (REFUSE, {}),
        ((REFUSE, "no clock"), {}),
    ],
)
def test_a_wrong_list_fails(expected, options):  # noqa: ANN001
    with pytest.raises(AssertionError):
        check(_asked(0, LIST), "q", expected, **options)


def test_a_yes_no():
    check(_asked(0, YES), "q", True)
    check(_asked(0, YES), "q", ["true"])
    for wrong in (False, ["false"], REFUSE, "A"):
        with pytest.raises(AssertionError):
            check(_asked(0, YES), "q", wrong)


def test_a_refusal():
    assert check(_asked(1, REFUSAL), "q", REFUSE) == REFUSAL
    check(_asked(1, REFUSAL), "q", (REFUSE, "no clock"))
    assert refused(_asked(1, REFUSAL), "q", "no clock for A") == REFUSAL
    for wrong in ((REFUSE, "no power"), True, {"A"}, ["A"], 0):
        with pytest.raises(AssertionError):
            check(_asked(1, REFUSAL), "q", wrong)
    for code, data in ((1, {**REFUSAL, "answered": True}), (2, REFUSAL), (0, REFUSAL)):
        with pytest.raises(AssertionError):
            refused(_asked(code, data), "q")


def test_answered_and_answered_or_refused():
    assert answered(_asked(0, LIST), "q") == LIST
    with pytest.raises(AssertionError):
        answered(_asked(1, REFUSAL), "q")
    assert answered_or_refused(_asked(0, LIST), "q") == LIST
    assert answered_or_refused(_asked(1, REFUSAL), "q") is None
    for code, data in ((2, REFUSAL), (1, {**REFUSAL, "answered": True})):
        with pytest.raises(AssertionError):
            answered_or_refused(_asked(code, data), "q")
    assert expect_answer(_asked(1, REFUSAL), "q", REFUSE) is None
    assert expect_answer(_asked(0, LIST), "q", ("A", "1 W")) == LIST  # a tuple that is no refusal
    with pytest.raises(AssertionError):
        expect_answer(_asked(0, LIST), "q", REFUSE)


def test_reading_the_json():
    assert column(LIST, "chip") == ["A", "B"]
    with pytest.raises(KeyError):
        column(LIST, "figure")  # every row must have it
    assert first_column(LIST) == ["A", "B"] and first_column(YES) == column(YES) == ["true"]
    assert rows(LIST) == [{"chip": "A", "figure": "1 W"}, {"chip": "B"}]
