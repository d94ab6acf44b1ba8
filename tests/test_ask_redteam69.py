"""Red team 69 (570 questions at a42b89b, 29 wrong answers with exit 0), each class mended here.

- "X's baseline for <property>" dropped "baseline" and answered the chip's own figure (the MTIA v2's
  256 MB for "its baseline for SRAM"): a baseline is asked of a chip alone, and the word beside
  anything else asked is refused (question._baseline_unread).
- A scope in a parenthesis beside two named chips ("the e75 or the e150 (per card)") admitted per-chip
  figures as the scope's: a bare "per ..." scope in a parenthesis is the comparison's, not one chip's
  description (asides._named_scope), and a scope admitted beside named chips must be one a named chip
  has a figure of (answer._admitted_scope_held). Only the AI 100 Ultra's 150 W is per card (l.105).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "What is the MTIA v2's baseline for SRAM?",
        "what is Trainium2's baseline for HBM capacity?",
        "What is the MTIA v2's baseline for process node?",
        "what is the Corsair C8's baseline for TFLOPS?",
    ],
)
def test_a_baseline_beside_another_thing_asked_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "baseline")


@pytest.mark.parametrize(
    "question",
    [
        "Which uses more power, the Grayskull e75 or the Grayskull e150 (per card)?",
        "Which uses more power, the Grayskull e75 or the Grayskull e150 per card?",
        "Which uses more power, the MTIA v2 or the AI 100 Ultra (per card)?",
        "Does the AI 100 Ultra use more power than the MTIA v2 (per card)?",
    ],
)
def test_a_scope_beside_named_chips_none_has_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "per card")


def test_a_scope_said_after_the_chip_that_has_it_is_admitted(ask_json):  # noqa: ANN001
    data = answered(ask_json, "does the mtia v2 draw less power than the cloud ai 100 ultra per card")
    assert first_column(data) == ["true"]
