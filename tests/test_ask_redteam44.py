"""Red team 44 (session 29): answers that rested on something they did not say.

- A: a lower bound placed among the field by its reach (NorthPole's "over 200 TOPS" below the AI 100
  Ultra's 400 TOPS, l.113, l.103: compile.LOWER_BOUND_REACH) answered the least, a ranking or a
  top N with no word of it, while the pair named alone is refused as undecided. The reading now
  says which bound was placed so; the pair stays refused.
- B: "which chip has the most memory" answered the SN40L's 1.5 TB (l.131) with no word of the
  CS-3's "up to 1,200 TB" per system (l.141), which the yes/no "does the SN40L have the most
  memory" refuses on. The reading now names it as not ranked; "per chip" said, nothing to name."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.answer import answer

PLACED = "placed by reading a lower bound as under 1.5 times its number: IBM NorthPole's over 200 TOPS, INT8"
CS3 = "not ranked: Cerebras CS-3: up to 1,200 TB, per system"


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the lowest INT8 performance?",
        "rank chips by INT8 TOPS",
        "top 2 chips by INT8 TOPS",
        "Is NorthPole the slowest INT8 chip?",
    ],
)
def test_a_lower_bound_placed_by_its_reach_is_said(kg, question):  # noqa: ANN001
    assert PLACED in answer(kg.store, question).reading


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which chip has the lowest INT8 performance?", "IBM NorthPole"),
        ("Which has lower INT8 performance, NorthPole or Cloud AI 100 Ultra?", REFUSE),  # named: no reach
        ("rank northpole and the cloud ai 100 ultra by int8 tops", REFUSE),
        ("Which chip has the most memory?", "SambaNova SN40L"),
        ("does the sn40l have the most memory", REFUSE),
    ],
)
def test_answers_as_before(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    ["Which chip has the most memory?", "Which chip has the most off-chip memory?", "which chip has the most memory?"],
)
def test_a_figure_of_another_scope_beyond_the_top_is_named(kg, question):  # noqa: ANN001
    assert CS3 in answer(kg.store, question).reading


def test_per_chip_said_names_nothing(kg):  # noqa: ANN001
    said = answer(kg.store, "which chip has the most memory per chip")
    assert "Cerebras CS-3" not in said.reading
    assert [str(r[0].value) for r in said.rows] == ["SambaNova SN40L"]


def test_a_stated_figure_places_nothing(kg):  # noqa: ANN001
    # 192 MB above 128 MB: no bound, nothing said
    assert "placed by reading" not in answer(kg.store, "which chip has the most sram").reading
