"""Words blind set 45 (session 30) showed unread, each a word of no reading of its own, written here
in questions of our own: "perform" a workload (as "run"; "performance" keeps its reading),
"noting any qualification of the figure" (every figure is shown with its hedge), "does the article
project" (as "state")."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, TRAINING_CHIPS, answered, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("can the SN40L perform both training and inference?", True),  # l.133
        ("which chips perform training", TRAINING_CHIPS),
        (
            "what power does the article give for the M2000, noting any qualification of the figure?",
            "nominal about 4 watts",
        ),
        (
            "what gain over the MI300 series does the article project for the MI350?",
            "up to 35 times, inference performance, vs AMD Instinct MI300 series",
        ),
    ],
)
def test_words_of_no_reading(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_performance_keeps_its_reading(ask_json):  # noqa: ANN001
    data = answered(ask_json, "what is the FP8 performance of gaudi 3 per node")
    assert data["results"]["bindings"][0]["figure"]["value"] == "14.7 petaflops, FP8, per node, across 8 chips"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "its" before a section of the article is the article's ("in its Future Prospects section")
        ("Does the article state, in its Future Prospects section, that Intel acquired Habana Labs?", True),
        ("what is its power", REFUSE),  # a pronoun with nothing to refer to, as before
    ],
)
def test_its_section(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_figures_taken_as_written(ask_json):  # noqa: ANN001
    # "as written" as "as stated" (l.41, 81, 141)
    check(
        ask_json,
        "Which of the profiled chips are stated to have more than 100 billion transistors, taking the figures "
        "as written and per chip rather than per system?",
        {"Cerebras CS-3", "Microsoft Maia 100", "Nvidia Blackwell GPU"},
    )
