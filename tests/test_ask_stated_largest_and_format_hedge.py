"""``chipkg ask``: red team 24's W4 and W5, both answers that rested on what the graph did not say.

- W4: "Which chip has the biggest die area?" named IBM NorthPole as the most stated die area, while
  the article calls the Cerebras CS-3 the largest AI chip, one massive die the size of a wafer,
  and gives it no die area. A note on the CS-3 (data/cerebras.ttl, ck:largestWithoutFigure
  ck:dieArea) says so, and a top or a ranking, largest first, of a chip set that holds the CS-3 is
  refused with it (answer._largest_without_figure). The smallest die, a set without the CS-3,
  NorthPole's own figure, and a question of which figure the article gives ("does the article
  give the largest die area for") are answered as before.
- W5: NorthPole's INT8, INT4 and INT2 are the graph's reading of the bit widths the IBM section
  states; a hedge note (ck:hedgesProperty ck:supportsFormat, data/ibm.ttl) makes every answer
  that rests on them say so, as the Adreno 750's foundry does.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the biggest die area?",
        "which chip has the largest die size",
        "rank chips by die area",
        "top 3 chips by die area",
        "Which 7nm chip has the biggest die area?",
        # "according to the article" asks what is true by the article, not which figure it gives
        "According to the article, which chip has the largest die area?",
    ],
)
def test_the_largest_die_is_not_the_largest_stated_figure(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "gives no die area for Cerebras CS-3"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which 12nm chip has the biggest die area", "IBM NorthPole"),
        ("what is the die area of northpole", "800 mm², per die"),
        ("which chip has the most transistors", "Cerebras CS-3"),
        # which figure the article gives (words.tsv phrase class ``given``, Frame.given_only): the
        # largest die area given is NorthPole's, as set 2 expects
        ("Which chip does the article give the largest die area for?", "IBM NorthPole"),
        ("For which chip does the article list the largest die area?", "IBM NorthPole"),
    ],
)
def test_die_areas_out_of_the_claims_reach_are_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


FORMATS_READ = "our reading of the bit widths"


@pytest.mark.parametrize(
    "question",
    [
        "Which chips support INT4?",
        "which chips support int2",
        "Which chips support INT4, going by the formats each section states?",
    ],
)
def test_northpoles_formats_are_shown_as_a_reading(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == ["IBM NorthPole"]
    assert FORMATS_READ in column(data, "hedge")[0]


def test_a_format_list_hedges_northpole_alone(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips support int8")
    said = (b.get("hedge", {}).get("value", "") for b in data["results"]["bindings"])
    hedges = dict(zip(column(data), said, strict=True))
    assert FORMATS_READ in hedges["IBM NorthPole"]
    assert hedges["Groq LPU"] == "" and hedges["Qualcomm Cloud AI 100 Ultra"] == ""


def test_a_yes_no_on_northpoles_format_says_the_hedge(ask_json):  # noqa: ANN001
    data = check(ask_json, "does northpole support int8", True)
    assert "the article hedges this" in data["reading"] and FORMATS_READ in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # red team 26: a lower bound the CS-3 is above by the article's claim (answer._largest_above_bound)
        "How many chips have a die area over 500 mm²?",
        "Which chips have a die area over 500 mm²?",
        "which chips have a die area of at least 100 mm2",
    ],
)
def test_a_lower_bound_on_the_largest_die_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "gives no die area for Cerebras CS-3"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have a die area under 900 mm²?", ["IBM NorthPole"]),
        ("Which 12nm chips have a die area over 500 mm²?", ["IBM NorthPole"]),
        ("Does NorthPole have a die area over 500 mm2?", True),
    ],
)
def test_bounds_the_claim_does_not_reach_are_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
