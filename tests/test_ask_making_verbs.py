"""``chipkg ask``: "build" with a system as its subject.

"What chips does the Azure OpenAI Service build?" answered the Microsoft Maia 100, exit 0: "build" is
a filler verb (no property's word: "which chips does Nvidia build" reads the designer from the
subject), so the system fell back to its own relation to chips (the Maia 100 serves it). Only
organizations design or make chips: a system, service or other technology as the subject of "build"
is refused as "make" and "design" are (words.tsv phrase class ``making``,
parse.rewrites._maker_not_an_organization).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "What chips does the Azure OpenAI Service build?",
        "which chips does azure build",
        "Does Gemini build the Trillium TPU?",
        "Which accelerators does Microsoft Copilot build?",
    ],
)
def test_a_system_that_builds_chips_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "not an organization"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips does Nvidia build", {"Nvidia Blackwell GPU", "Nvidia H100"}),
        ("Which chips does Intel build?", {"Intel Gaudi 3"}),
        ("What does Tenstorrent build?", REFUSE),  # what about the chips is not said
    ],
)
def test_an_organization_that_builds_chips_is_its_designs(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
