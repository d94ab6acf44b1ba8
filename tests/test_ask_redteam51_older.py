"""Red team 51's findings older than session 32 (each the same at b71a210), fixed in session 33.

- A: "a stated FP16 figure" dropped the noun for a figure and read "supports FP16" (the AI 100 Ultra
  and the Groq LPU support FP16 but the article gives no FP16 figure for them, l.103, 153; only
  Trainium2's 650 teraFLOPS, l.75). A figure of a numeric format is a performance figure at that
  precision (parse.rewrites._figure_of_a_technology). "a stated HBM figure" listed the MI350, whose
  HBM has no figure (l.49); a figure of a memory is a capacity or a bandwidth and the question does
  not say which: refused (parse.checks._figure_of_a_memory).
- B: "described in detail" and "merely mentioned" were dropped as hedges about the source and listed
  all 24 chips; they are the article's profiles (ck:profiled, words.tsv): 18 profiled, 6 mentioned.
- The owner of a kind granted ("counting the Gaudi 3's HBM3 as HBM") was not checked: the Gaudi 3's
  HBM is not HBM3 (l.55), Trainium2's is HBM (l.75). The chip must have what the clause names
  (Lexicon.held, parse.forms._owner_holds); where it does not, the premise is refused.
- E: "the peak performance of a CS-3" gave the cluster's 256 exaflops beside the system's 2.6
  petaflops (l.141): "a" before one chip's name asks for one unit of it, as "one" and "a single"
  do (parse.forms._one_unit_said).
"""

from __future__ import annotations

import pytest
from ask_expect import MENTIONED, REFUSE, answered, check, column, count_of

PROFILED = 18


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have a stated FP16 figure?", {"AWS Trainium2"}),
        ("Which chips have an FP16 figure?", {"AWS Trainium2"}),
        ("which chips have an fp16 number", {"AWS Trainium2"}),
        ("Which chips have a stated INT8 figure?", {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"}),
        # the plain format, with no noun for a figure, is still the format supported
        ("Which chips support FP16?", {"AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("Which chips have a stated HBM figure?", (REFUSE, "capacity")),
        ("Does the MI350 have an HBM figure?", (REFUSE, "capacity")),
        ("How many chips have a stated SRAM figure?", (REFUSE, "bandwidth")),
        # the figure named: answered as before
        (
            "Which chips have a stated HBM capacity?",
            {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
    ],
)
def test_a_figure_of_a_technology(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_count_of_a_formats_figures(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "How many chips have a stated INT8 number?") == "3"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are merely mentioned in the article?", MENTIONED),
        ("which chips are mentioned briefly", MENTIONED),
        ("Which chips does the article describe briefly?", MENTIONED),
        ("Is the Nvidia H100 described in detail in the article?", False),
        ("Is the Groq LPU described in detail?", True),
    ],
)
def test_b_profiled_or_mentioned(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    ["Which chips does the article describe in detail?", "Which chips does the article discuss at length?"],
)
def test_b_described_in_detail_is_profiled(ask_json, question):  # noqa: ANN001
    found = set(column(answered(ask_json, question)))
    assert len(found) == PROFILED
    assert not found & MENTIONED


def test_b_counted(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "How many chips does the article describe in detail?") == str(PROFILED)


@pytest.mark.parametrize(
    "question",
    ["What is the peak performance of a CS-3?", "How much compute does a CS-3 deliver?"],
)
def test_e_one_unit_said_with_a(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data, "stated_value") == ["2.6"]
    assert "cluster" not in " ".join(column(data, "scope"))


def test_e_a_chip_whose_figures_span_several(ask_json):  # noqa: ANN001
    # the Gaudi 3's figures are per node and per cluster (l.57): none is of one chip
    check(ask_json, "What is the performance of a Gaudi 3?", (REFUSE, "one Intel Gaudi 3"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have HBM, counting the Gaudi 3's HBM3 as HBM?", (REFUSE, "Intel Gaudi 3 no HBM3")),
        ("Which chips have HBM, counting Trainium2's HBM3 as HBM?", (REFUSE, "AWS Trainium2 no HBM3")),
        ("Which chips support FP8, counting Gaudi 3's cFP8 as FP8?", (REFUSE, "Intel Gaudi 3 no cFP8")),
        # the owner's own: answered as before
        ("Which chips support FP8, counting Trainium2's cFP8 as FP8?", {"AWS Trainium2", "Intel Gaudi 3"}),
        (
            "Which chips have HBM, counting the SN40L's HBM3 as HBM?",
            {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
    ],
)
def test_the_owner_of_a_kind_granted(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
