"""``chipkg ask``: sentences and lead-ins around the question that carry no constraint (an analyst's
context and remarks), read by the inert clauses and instructions that exist for them, never by a
mechanism of their own.

- The asker's task ("I'm updating our spreadsheet.", "I'm cross-referencing datasheets: ...") and a
  survey of the article ("Looking across the article, ...": words.tsv discourse ``looking across``) are
  inert clauses: dropped only when they name nothing the question proper does not, hold no number and
  no operator, and the question reads the same without them (remarks.inert_clause). What such a
  lead-in governs ("Looking across 7nm parts, ...") is read as the question's own condition.
- Where in the source the figures stand ("Both figures appear in the same sentence.": words.tsv
  unheld ``same sentence``, ``same paragraph``, ``same passage``) is a premise the graph cannot check
  (it records each figure's section, not its sentence): refused (red team 21 W6), as it is beside a
  thing of the graph ("the same paragraph as the clock"), another quantifier or a comparison.
- "I realise this is the vendor's own claim.": a hedge the asker says of the figure (lexicon.told reads
  "own" inside a hedge's name), checked when answered (a figure the article gives unhedged is refused),
  told of one chip's figure only, and never dropped as an inert clause (a list was answered with it).
- Sentences that do name something ("So I want FP16 itself.", "I only care about HBM parts.", "a 7nm
  shortlist", "two datasheets") are constraints: refused where no reader takes them.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the asker's task, before the question (a sentence, or a lead-in ending in a colon)
        ("I'm updating our spreadsheet. Which chips use HBM3E?", {"AMD Instinct MI350"}),
        ("I'm updating my notes. How many transistors does the Maia 100 have?", "120 billion"),
        ("I'm cross-referencing datasheets: how much SRAM does the Groq LPU have?", "128 MB"),
        ("I'm cross-referencing datasheets: how many transistors does the Maia 100 have?", "120 billion"),
        (
            "I'm compiling a format-support matrix. Which chips list both INT8 and FP16?",
            {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        # a survey of the article as a lead-in
        ("Looking across the article, which chip has the most SRAM?", "d-Matrix Corsair C8"),
        ("Looking across the profiles: which chips are built on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("Looking across the article: how many chips use HBM?", "5"),
        (
            "Looking across every chip the author covers, which one has the most transistors?",
            "Cerebras CS-3",
        ),
    ],
)
def test_a_sentence_of_the_askers_task_is_inert(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # what "looking across" governs is the question's own condition, read as one
        ("Looking across 7nm parts, which chip has the most SRAM?", "Meta MTIA v2"),
        ("Looking across every chip except Nvidia's, which has the most SRAM?", "d-Matrix Corsair C8"),
    ],
)
def test_what_a_survey_lead_in_governs_is_read_as_a_condition(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert "7nm" in data["reading"] or "not designed by Nvidia" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # both Grayskull clocks stand in one sentence of the article (l.179), but the graph records each
        # figure's section only; the Groq LPU's and Gaudi 3's stand in two sections (red team 21 W6: the
        # premise had been dropped and the comparison answered; tests/test_ask_premise_rider.py)
        "Does the Grayskull e150 run at a higher clock than the e75? Both figures appear in the same sentence.",
        "Does the Groq LPU have more SRAM than Gaudi 3? Both figures are given in the same paragraph.",
        "Both figures appear in the same passage. Does Gaudi 3 have more SRAM than the Groq LPU?",
        "Which chip has the most HBM? All the figures appear in the same paragraph.",
    ],
)
def test_where_the_figures_stand_in_the_source_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "where in the article's text"))


def test_a_vendor_claim_said_of_a_claim_is_checked_and_answered(ask_json):  # noqa: ANN001
    data = check(
        ask_json,
        "By what multiple does d-Matrix claim the Corsair C8 outpaces the H100? I realise this is the vendor's "
        "own claim.",
        "9 times, generative AI performance, vs Nvidia H100 (vendor claim)",
    )
    assert "claim" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # a vendor claim said of a figure the article gives unhedged: a false premise
        ("What is the die area of NorthPole? I know this is the vendor's own claim.", "vendor claim"),
        ("What is the die area of NorthPole? I know this is the vendor's claim.", "vendor claim"),
        # said beside a list: no one figure it is said of (it was dropped as an inert clause)
        ("Which chips use HBM3E? I realise this is the vendor's own claim.", "names a hedge"),
    ],
)
def test_a_vendor_claim_said_of_another_figure_is_refused(ask_json, question, reason):  # noqa: ANN001
    check(ask_json, question, (REFUSE, reason))


@pytest.mark.parametrize(
    "question",
    [
        # where the figures stand, said with something more: a thing, a quantifier, a comparison, a name
        "How much SRAM does the Groq LPU have? It is in the same paragraph as the clock.",
        "Does the Grayskull e150 run at a higher clock than the e75? Only one of the figures appears in the "
        "same sentence.",
        "Does the Grayskull e150 run at a higher clock than the e75? Both chips appear in the same sentence.",
        "Does the Groq LPU have more SRAM than Gaudi 3? Both figures appear in the same sentence, and the Groq "
        "one is lower.",
        "Does the Groq LPU have more SRAM than Gaudi 3? Both figures appear in the same sentence of the Intel section.",
        "Does the Groq LPU have more SRAM than Gaudi 3? Not both figures appear in the same paragraph.",
        # "same sentence" in the question proper is no condition ask reads
        "Which chips are in the same sentence as Gaudi 3?",
        # the asker's task naming a condition the question does not, or a number
        "I'm updating a 7nm shortlist. Which chips support FP16?",
        "I'm cross-referencing two datasheets. What is the die area of NorthPole?",
        "I'm compiling a matrix of 7nm parts. Which chips support FP16?",
        "Which chips use HBM? We're updating a memo on training chips.",
        # a survey of a class of chips, a quantifier, or a tie picked: read as a condition or refused
        "Looking across the startups, which chip has the most SRAM?",
        "Looking across all the sections, which chip has the most SRAM?",
        "Looking across the article, which chip has the most SRAM? If two tie, list just one.",
        # sentences that name something: constraints no reader takes
        "Which chips support INT8? So I want FP16 itself.",
        "Which chips support INT8? I only care about HBM parts.",
        "By what multiple does d-Matrix claim the Corsair C8 beats the H100? I realise this is Nvidia's own claim.",
    ],
)
def test_a_sentence_that_carries_a_constraint_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
