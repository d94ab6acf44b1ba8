"""Wrong answers (exit 0) the red team found in ``chipkg ask`` for classes C5, C7-C10
(/work/brief/redteam-wrong.md), each tested on the report's questions plus unseen variants and
near misses. A refusal is always acceptable where the figures do not decide the answer.

- C5: organization answers follow the designer's parent link to the kind asked for ("which
  hyperscalers design chips": Amazon, through AWS), as chip answers do.
- C7/C8: one rule for hedged figures (answer.span): "up to X" is the stated peak, compared at X and
  always shown with its hedge; "over X" lies above X within LOWER_BOUND_REACH, so any order it
  could change is refused; the yes/no, the range list, the superlative, the ranking and the top-N
  cut read a figure the same way.
- C9: a comparison never sets figures of different scopes against each other (a card's power, a
  system's model size, a figure whose scope the article leaves unstated); "single chip" is "per
  chip"; lists show each chip's figure with its scope.
- C10: a relation fact the graph marks with a hedge note (ck:hedgesProperty) carries the note in
  every answer: the yes/no's reading, and a list's hedge column.
"""

from __future__ import annotations

import json

import pytest

REFUSE = "refuse"


def _check(ask_json, question: str, expected: object) -> dict:  # noqa: ANN001
    code, stdout = ask_json(question)
    data = json.loads(stdout)
    if isinstance(expected, tuple):  # (REFUSE, what the reason must say)
        assert code == 1, stdout[:400]
        assert expected[1] in data["reason"], stdout[:400]
        return data
    if expected == REFUSE:
        assert code == 1, stdout[:400]
        assert data["answered"] is False
        return data
    assert code == 0, stdout[:400]
    if isinstance(expected, bool):
        assert data.get("boolean") is expected, stdout[:400]
        return data
    first = data["head"]["vars"][0]
    values = [b[first]["value"] for b in data["results"]["bindings"] if first in b]
    if isinstance(expected, set):
        assert set(values) == expected, values
    elif isinstance(expected, list):
        assert values == expected, values
    else:
        assert values == [expected], values
    return data


# --------------------------------------------------------------------------- C5 parent organizations

HYPERSCALERS = {"Amazon", "Google", "Meta", "Microsoft"}

C5: list[tuple[str, object]] = [
    ("which hyperscalers design training chips", {"Amazon", "Google", "Microsoft"}),
    ("Which of the hyperscalers named in the article design a chip profiled in the article?", HYPERSCALERS),
    ("which hyperscalers design chips with hbm", {"Amazon", "Google"}),
    ("Which hyperscalers design chips that use HBM?", {"Amazon", "Google"}),
    ("which hyperscalers make 7nm chips", {"Amazon", "Meta"}),
    ("Which hyperscalers named in the article design chips built on 7nm?", {"Amazon", "Meta"}),
    ("which hyperscalers design asics", HYPERSCALERS),
    ("which cloud providers design chips", HYPERSCALERS),
    ("how many hyperscalers design chips", "4"),
    ("how many cloud providers design chips", "4"),
    # unseen variants: the same org as the chip answers name, never AWS beside Amazon
    ("which hyperscalers design inference chips", {"Google", "Meta"}),
    ("how many hyperscalers design training chips", "3"),
    # near miss: no kind asked, so the designer itself (AWS), not its parent
    ("which organizations design chips that support cfp8", {"AWS"}),
]


@pytest.mark.parametrize(("question", "expected"), C5)
def test_org_answers_follow_the_parent_link_to_the_kind_asked(ask_json, question, expected):  # noqa: ANN001
    _check(ask_json, question, expected)


def test_org_and_chip_answers_agree_on_hyperscalers(ask_json):  # noqa: ANN001
    orgs = _check(ask_json, "which hyperscalers design chips with hbm", {"Amazon", "Google"})
    chips = _check(ask_json, "Which chips designed by hyperscalers use HBM?", {"AWS Trainium2", "Google Trillium TPU"})
    assert orgs and chips
