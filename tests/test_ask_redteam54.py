"""Red team 54 (session 34, 304 questions on b15a77d, 173 answered, 16 wrong): the classes fixed.

- COVERAGE-WORD-DROPPED (6 wrong): "briefly" before the verb ("briefly covered", "briefly discussed")
  was a filler, dropped: every chip (24) or every chip of a vendor was answered; read now as "only
  mentioned in the article" as "covered briefly" was (words.tsv profiled).
- EXAMPLE-LIST-COUNT-UNHEDGED (2 wrong): "how many hyperscalers are there?" gave 4 with no word that
  l.15 names them "such as": a count of a kind of organization says it counts those the article
  names, as a count of members does (answer.py).
- EXCLUDED-FIGURES-READ-AS-EXCLUDED-VENDOR (8 wrong): "excluding the Cerebras system figures" was
  read as "not designed by Cerebras Systems", and the CS-3's per-chip 4 trillion transistors went
  with it (the Blackwell answered): a negation of an organization's figures is refused
  (question._organization_figures_set_aside).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, count_of, refused

MENTIONED_QUALCOMM = 1  # the Snapdragon 8 Gen 3 (l.97); the Adreno 750 and AI 100 Ultra are profiled


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many chips are briefly covered?", "6"),  # l.47, 75, 87, 97, 173
        ("how many chips are briefly described?", "6"),
        ("how many Qualcomm chips are briefly covered?", str(MENTIONED_QUALCOMM)),
    ],
)
def test_briefly_before_the_verb_is_only_mentioned(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


def test_briefly_discussed_chips_of_a_vendor(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which AMD chips are briefly discussed?")
    assert set(data_rows := [b["chip"]["value"] for b in data["results"]["bindings"]]) == {
        "AMD Instinct MI300 series",
        "AMD Ryzen 9000 series",
    }, data_rows  # the MI350 is profiled (l.47)


@pytest.mark.parametrize(
    "question",
    ["how many hyperscalers are there?", "how many hyperscalers design their own AI chips?"],
)
def test_a_count_of_a_kind_of_organization_says_it_counts_those_named(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["results"]["bindings"][0]["count"]["value"] == "4"  # l.15
    assert "counted among those the article names" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the most transistors, excluding the Cerebras system figures?",
        "how many 7nm chips are there, excluding the Cerebras system figures?",
        "which chip has the most memory capacity, excluding the SambaNova system figures?",
        "which chip has the most transistors, not counting the Cerebras system memory?",
    ],
)
def test_an_organizations_figures_set_aside_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "sets aside figures of")


def test_an_organization_set_aside_is_still_its_chips(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips use hbm, excluding nvidia?")
    assert "not designed by Nvidia" in data["reading"]
