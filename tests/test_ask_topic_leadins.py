"""``chipkg ask``: a clause of the asker's discourse is dropped with its unknown words only when
none of them is what a preposition in it turns to (remarks._topic_after). "Thinking of automotive,
which chips are built on 7nm?" and "Given my budget, which chips use HBM?" were answered with every
7nm or HBM chip: the topic ("automotive", "budget", "price") may be meant as a condition, which ask
cannot read, so the question is refused. A clause whose unknown words are the asker's own ("If I
recall correctly", "For a compatibility matrix I am assembling") is still dropped."""

from __future__ import annotations

import pytest
from ask_expect import answered, refused


@pytest.mark.parametrize(
    "question",
    [
        "Thinking of automotive, which chips are built on 7nm?",
        "Thinking about price, which chips use HBM?",
        "Given my budget, which chips use HBM?",
        "Given the budget I have, which chips use HBM?",
        "Speaking about the automotive market, which chips use HBM?",
        "Wondering about latency, which chips are built on 4nm?",
    ],
)
def test_a_topic_in_a_lead_in_is_not_dropped(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        "If I recall correctly, which chips use HBM?",
        "For a compatibility matrix I am assembling, which accelerators support BF16?",
    ],
)
def test_the_askers_own_words_are_still_dropped(ask_json, question):  # noqa: ANN001
    answered(ask_json, question)
