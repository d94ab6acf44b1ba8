"""``chipkg ask``: words of ordinary questions that ask did not know.

- "Keep the qualifier on the figure.": a closing sentence that keeps a figure's hedge, said with
  where the hedge sits ("on the figure"), was read as part of the question, its "keep" and
  "qualifier" unknown words. words.tsv instruction parts "on the figure", "on the number" ... (det):
  the sentence is an instruction (lexicon.told), told of a figure; beside a count still refused.
- "taking its dual-chip design as a whole": words.tsv chipscope phrases of a chip's two dies taken
  as one ("its two dies as a whole", "its dual-die design as a whole"); two dies said ("dual"
  now too), the die count is a premise checked when answered (parse.checks._dies_said): of a
  one-die chip the question is refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What performance does the Groq LPU reach? Keep the qualifier on the figure.", "up to 1 PetaOPS, INT8, peak"),
        ("What is the Adreno 750's transistor count? Please keep the vendor's hedge on the number.", "over 10 billion"),
    ],
)
def test_a_hedge_kept_on_the_figure_is_an_instruction(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips use HBM? Keep the qualifier on the figure.",  # no figure is answered
        "What is the Groq LPU's performance? Drop the qualifier on the figure.",  # asks another answer
        "Does the Groq LPU reach 1 PetaOPS? Keep the qualifier on the figure.",
    ],
)
def test_a_hedge_kept_on_no_figure_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many compute cores does the SN40L have, taking its dual-chip design as a whole?", "1,040 compute cores"),
        ("How many TPCs does one Gaudi 3 have, taking its dual-die design as a whole?", "64 TPCs"),
        ("How many cores does the SN40L have, counting its two dies as a whole?", "1,040 compute cores"),
    ],
)
def test_a_two_die_design_taken_as_a_whole(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "die count = 2" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "How many cores does the Groq LPU have, taking its dual-chip design as a whole?",
        "How many cores does the Grayskull e150 have, taking its dual-die design as a whole?",
    ],
)
def test_a_two_die_design_of_a_one_die_chip_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "die count = 2"))
