"""``chipkg ask``: synonyms of the instruction words (words.tsv role ``instruction``): "retain any
qualification", "leave the qualifier intact", "preserve the qualifier as printed", "chip names would
suffice" say how to answer, as "keep the qualifier" and "names will do" do; a sentence that asks for
something else ("Leave out the startups.") is still no instruction."""

from __future__ import annotations

import pytest
from ask_expect import check

from chipkg.ask.lexicon import told


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        ("Retain any qualification.", ("figure",)),
        ("Keep the hedge intact.", ("figure",)),
        ("Leave the qualifier intact.", ("figure",)),
        ("Preserve the qualifier as printed.", ("figure",)),
        ("Chip names would suffice.", ("chips",)),
    ],
)
def test_instruction_synonyms(sentence, forms):  # noqa: ANN001
    said = told(sentence)
    assert said is not None and said.forms == forms, said


@pytest.mark.parametrize("sentence", ["Leave out the startups.", "Leave Nvidia out.", "Keep only the startups."])
def test_other_sentences_are_no_instruction(sentence):  # noqa: ANN001
    assert told(sentence) is None


def test_an_instruction_synonym_after_a_question(ask_json):  # noqa: ANN001
    check(ask_json, "What is the Groq LPU's transistor count? Leave the qualifier intact.", "over 20 billion")
