"""Red team 68 (721 questions at 8e6601a, 28 wrong answers with exit 0), each class mended here.

- Figures set aside by a hedge ("excluding figures hedged with 'up to'", "(no 'up to' figures)")
  also left out every figure with a ck:Ambiguity note, whatever the note is about: NorthPole's 400
  and 800 TOPS (l.113, whose one "over" may cover them) went from a question setting aside "up to",
  and Trillium's 128 GB HBM (l.63, a doubling whose referent is unclear) would have gone too. Now a
  note says which qualifier is in doubt (ck:qualifierInDoubt), and only a question setting that one
  aside leaves the figure out (compile.metric_path).
- "per card" said beside named chips ("Which draws more power per card, the MTIA v2 or the e150?",
  "(per card, not per chip)") admitted per-chip figures as per-card ones: only the AI 100 Ultra's
  150 W is per card (l.105); the MTIA v2's 90 W (l.89) and the Grayskulls' 75 W and 200 W (l.183)
  are per chip.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, answered_or_refused, column, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest TOPS (excluding figures hedged with 'up to')?",
        "Which chip has the highest performance in OPS? Leave out every figure qualified with 'up to'.",
    ],
)
def test_a_hedge_set_aside_keeps_a_figure_whose_other_hedge_is_in_doubt(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["IBM NorthPole"]
    assert column(data, "stated_value") == ["800.0"]


def test_a_count_with_a_hedge_set_aside_counts_a_figure_whose_other_hedge_is_in_doubt(ask_json):  # noqa: ANN001
    data = answered(
        ask_json, "How many chips deliver at least 100 TOPS? Leave out every figure qualified with 'up to'."
    )
    assert first_column(data) == ["2"]  # the AI 100 Ultra's 400 TOPS and NorthPole's


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest TOPS (excluding figures hedged with 'over')?",
        "Which chip has the highest TOPS (no hedged figures)?",
    ],
)
def test_the_hedge_in_doubt_set_aside_leaves_the_figure_out(ask_json, question):  # noqa: ANN001
    # never NorthPole on a figure in doubt: answered without it, or refused where the doubt decides (red team 71)
    data = answered_or_refused(ask_json, question)
    assert data is None or "IBM NorthPole" not in first_column(data)


def test_a_firm_figure_whose_hedge_is_in_doubt_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "What is NorthPole's 4-bit TOPS as a firm figure?", "unclear")


def test_an_ambiguity_about_no_hedge_does_not_set_a_figure_aside(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which chip has the most HBM (no 'up to' figures)?")
    assert sorted(first_column(data)) == ["Google Trillium TPU", "Intel Gaudi 3"]


@pytest.mark.parametrize(
    "question",
    [
        "Which uses more power, the MTIA v2 or the Grayskull e150 (per card, not per chip)?",
        "Which draws more power per card, the MTIA v2 or the Grayskull e150?",
        "Which uses more power per card, the AI 100 Ultra or the Grayskull e150?",
        "Does the MTIA v2 use less power than the Grayskull e75 (per card, not per chip)?",
        "Rank the Grayskulls by power (per card, not per chip).",
    ],
)
def test_per_card_beside_named_chips_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "per card")


def test_one_chips_card_figure_beside_named_chips_is_read_as_before(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Does the e150 draw more power than the AI 100 Ultra in its single-card configuration?")
    assert first_column(data) == ["true"]
