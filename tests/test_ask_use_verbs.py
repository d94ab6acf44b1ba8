"""``chipkg ask``: a verb of use ("power", "serve", "accelerate": ck:usedFor's words) between the
chips and a workload says what the chips are for (ck:workload).

"Which chips power inference?" listed the inference chips that have a power figure (the verb read
as the measure: a wrong answer); "which chips serve inference?" was refused ("'used for' names no
value"). parse.rewrites._use_verbs_of_workloads: only after the chips as the verb's subject, in a
sentence (a question word or an auxiliary before it), before a workload; "the power of inference
chips" and terse "groq lpu power inference" keep the measure.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("which chips power inference?", "which chips are for inference?"),
        ("which chips serve inference?", "which chips are for inference?"),
        ("which accelerators power training workloads?", "which chips are for training?"),
        ("how many chips serve inference?", "how many chips are for inference?"),
    ],
)
def test_a_verb_of_use_before_a_workload(ask_json, question, same_as):  # noqa: ANN001
    assert column(answered(ask_json, question)) == column(answered(ask_json, same_as))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the groq lpu power inference?", True),
        ("which chips power gemini?", {"Google Trillium TPU"}),  # a system: ck:usedFor, as before
        ("groq lpu power inference", (REFUSE, "no power for Groq LPU")),  # terse: the measure
    ],
)
def test_other_readings_kept(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_power_of_inference_chips_is_the_measure(ask_json):  # noqa: ANN001
    data = answered(ask_json, "what is the power of inference chips?")
    assert "ranked by power" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("which chips power 7nm inference?", "which 7nm chips are for inference?"),
        ("which chips power INT8 inference?", "which chips that support INT8 are for inference?"),
    ],
)
def test_a_workload_after_other_names(ask_json, question, same_as):  # noqa: ANN001
    """ "power 7nm inference": the workload is what the chips are for, the node narrows them (red
    team 12 W12: read as the measure, only chips with a power figure were listed)."""
    assert column(answered(ask_json, question)) == column(answered(ask_json, same_as))


def test_power_as_a_verb_of_anything_else_is_refused(ask_json):  # noqa: ANN001
    check(ask_json, "which chips power TSMC?", (REFUSE, "as a verb"))
