"""Red team 72 (601 questions at 7945fa4; 67 wrong, 65 with exit 0).

- USE-RIDER: "Use Groq's 'over 20 billion' as stated: which chip has the most transistors?" was read
  as "designed by Groq and over 20 billion" (the colon parted no rider); a rider before a colon is cut
  as one before a comma is, and a rider's verb first that the reading takes as a condition refuses.
- LEADING-COUNTING: "Counting Intel, which chips are built on 5nm?" answered Gaudi 3 alone (Maia 100
  is 5nm too, l.81); refused.
- SHARE-TIE: "Which chips share the most SRAM?" answered the Corsair C8 alone; a tie said with
  "share" must hold, as "tied for" must.
- TIE-YES-NO: "Are any two chips tied for the most SRAM?" answered a top two; refused.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused


def test_a_rider_before_a_colon_is_cut(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Use Groq's 'over 20 billion' as stated: which chip has the most transistors?")
    assert column(data) == ["Cerebras CS-3"]  # 4 trillion (l.139)
    assert "taken as said of Groq LPU" in data["reading"]
    assert count_of(ask_json, "Use Mythic's 35 TOPS as stated: how many chips exceed 30 TOPS?") == "5"


def test_a_false_rider_before_a_colon_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Use Groq's 'over 30 billion' as stated: which chip has the most transistors?", "does not hold")


@pytest.mark.parametrize(
    "question",
    ["Counting Intel, which chips are built on 5nm?", "Counting Groq, which chips are built on 7nm?"],
)
def test_a_leading_counting_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "'counting'")


@pytest.mark.parametrize(
    "question",
    [
        "Which chips share the most SRAM?",
        "Which chips share the highest clock speed?",
        "Are any two chips tied for the most SRAM?",
        "Are any two chips tied for the highest clock speed?",
    ],
)
def test_a_shared_top_that_is_not_shared_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "tie")


def test_a_shared_top_that_is_shared(ask_json):  # noqa: ANN001
    assert sorted(column(answered(ask_json, "Which chips share the most HBM?"))) == [
        "Google Trillium TPU",
        "Intel Gaudi 3",
    ]


def test_a_figure_counted_in_of_another_scope_says_so(ask_json):  # noqa: ANN001
    # the CS-3's up to 1,200 TB is per system (l.141); "the article gives none here" denied it
    data = refused(ask_json, "List chips with more than 1 TB of memory, counting Cerebras's 1,200 TB.", "per system")
    assert "gives none" not in data["reason"]
