"""Words for things the graph holds, added in session 32 from blind sets 23-47 (one line of Turtle
each, no code): "AI research organisation" is a hidden label of ck:AILab (OpenAI, l.15)."""

from __future__ import annotations

import pytest
from ask_expect import check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which AI research organisation is Microsoft a partner of?", ["OpenAI"]),
        ("Which AI research organizations does the article name?", {"OpenAI", "Google DeepMind"}),
        ("which ai research labs are named", {"OpenAI", "Google DeepMind"}),
    ],
)
def test_ai_research_organisations(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
