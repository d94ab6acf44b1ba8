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


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # units spelled out read as their symbols (words.tsv; NorthPole's 400 and 800 TOPS, l.113)
        (
            "For IBM's NorthPole, what throughput is quoted at 4-bit precision, in tera-operations per second?",
            "400 TOPS, INT4",
        ),
        (
            "What throughput does IBM's NorthPole reach at 2-bit precision, in tera-operations per second?",
            "800 TOPS, INT2",
        ),
        ("What is the Maia 100's performance in tera floating-point operations per second?", "800 TFLOPS, peak"),
    ],
)
def test_units_spelled_out(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_number_with_a_unit_spelled_out_reads_as_with_its_symbol(ask_json):  # noqa: ANN001
    spelled = ask_json("Which chips have an INT8 throughput above 500 tera-operations per second?")
    symbol = ask_json("Which chips have an INT8 throughput above 500 TOPS?")
    assert spelled == symbol
    assert spelled[0] == 0
