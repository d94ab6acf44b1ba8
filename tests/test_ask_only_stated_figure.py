"""``chipkg ask``: a most or a least where only one of the chips asked about has the figure.

"which 5nm chip has the most transistors?" has one answer the article supports: the Maia 100's 120
billion is the only transistor count it states for a 5nm chip (the Gaudi 3's is not given). That was
refused ("nothing to rank it against"); it is now answered with that chip, and the reading says it
is the only one of the chips asked about with the figure, so the answer is the most *stated*, not a
comparison (``answer._ranking``). Where no chip has the figure the question is still refused; where
two or more have it, the reading carries no such note. A most inside another question is refused as
before (red team 23's R1): the yes/no "is the Maia 100 the 5nm chip with the most transistors?" said
a bare "true" (and "true" of the fewest), and the organization behind the top chip dropped the note
(``Frame.most_stated``, set only for the question's own most). Where the other chips do have
figures of the measure, of another scope or precision (the CS-3's model size per system, the Maia
100's TFLOPS of no named format), "the others' are not stated" would not be true: refused as before,
naming them (red team 23's FP16 borderline; test_ask_redteam_hedges' per-chip model size).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

ONLY = "the only one of the"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which 5nm chip has the most transistors?", "Microsoft Maia 100"),
        ("which 5nm chip has the fewest transistors?", "Microsoft Maia 100"),
        ("which gpu has the most hbm?", "Intel Gaudi 3"),
        ("Which 5nm chip has the most SRAM?", "Intel Gaudi 3"),
    ],
)
def test_the_only_chip_with_the_figure_is_the_most_stated(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert ONLY in data["reading"] and "not a comparison" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which 7nm chip has the most transistors?", "Cerebras CS-3"),
        ("which chip has the most SRAM?", "d-Matrix Corsair C8"),
    ],
)
def test_a_comparison_of_several_has_no_note(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert ONLY not in data["reading"], data["reading"]


def test_no_chip_with_the_figure_is_still_refused(ask_json):  # noqa: ANN001
    check(ask_json, "which 5nm chip has the most tensix cores?", REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # the Maia 100's 800 TFLOPS and the CS-3's petaflops name no format (lines 81, 141)
        "highest fp16 throughput",
        # other chips' pods, clusters and units: figures of it of another scope or kind
        "which chip scales to the most chips per pod?",
        "which chip has the most tiles",
    ],
)
def test_other_chips_figures_of_another_scope_or_precision_keep_the_refusal(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "another scope or precision"))


@pytest.mark.parametrize(
    "question", ["max model size per chip", "Which chip supports the largest model on a single chip?"]
)
def test_no_per_chip_model_size_is_refused_naming_each_scope(ask_json, question):  # noqa: ANN001
    # the CS-3's 24 trillion is per system, one wafer-scale chip (line 141); the SN40L's multi-trillion
    # is said of the SambaNova platform (line 133): no chip has a per-chip figure to compare
    check(ask_json, question, (REFUSE, "not compared with per-chip figures"))


@pytest.mark.parametrize(
    "question",
    [
        "is the Maia 100 the 5nm chip with the most transistors?",
        "is the Maia 100 the 5nm chip with the fewest transistors?",
        "is Trainium2 the chip with the highest fp16 throughput?",
        "is Gaudi 3 the 5nm chip with the most SRAM?",
        "which company designs the 5nm chip with the most transistors?",
        "which company designs the gpu with the most hbm?",
    ],
)
def test_a_most_inside_another_question_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "nothing to rank it against"))
