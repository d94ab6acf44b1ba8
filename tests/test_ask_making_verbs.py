"""``chipkg ask``: verbs and nouns of making.

"What chips does the Azure OpenAI Service build?" answered the Microsoft Maia 100, exit 0: "build" is
a filler verb (no property's word: "which chips does Nvidia build" reads the designer from the
subject), so the system fell back to its own relation to chips (the Maia 100 serves it). Only
organizations design or make chips: a system, service or other technology as the subject of "build"
is refused as "make" and "design" are (words.tsv phrase class ``making``,
parse.rewrites._maker_not_an_organization).

"Is TSMC the developer of the Apple M4?" answered true, exit 0: the role noun stood after an article,
not right after the name, so TSMC's kind (a foundry) said "manufactured by" over it; the relation
word past an article says the relation as one right after the name does (parse.walk).
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


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "developer" and "creator" are words of ck:designedBy alone: past the article they say the
        # relation, not TSMC's kind (a foundry: "manufactured by"), which answered true
        ("Is TSMC the developer of the Apple M4?", False),
        ("Is TSMC the creator of the M4?", False),
        ("Is Apple the developer of the M4?", True),
        ("Is TSMC the fab of the Apple M4?", True),
        ("Is TSMC the maker of the M4?", True),  # a maker designs or makes: TSMC makes it (l.119)
    ],
)
def test_a_role_word_after_an_article_says_the_relation(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a yes/no about "the vendor's chip" takes its designer's: a foundry named for the chips it
        # makes is a condition on them, answered as "are there ..." is (it said "TSMC has 0 chips")
        ("Is there any chip made by TSMC on 7nm?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("Is any chip made by TSMC on 3nm?", {"Apple M4"}),
        ("does groq use sram?", True),  # the vendor's one chip, as before
    ],
)
def test_a_foundrys_chips_are_not_its_own_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
