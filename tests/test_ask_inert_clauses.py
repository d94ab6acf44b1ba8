"""``chipkg ask``: clauses of discourse set off from the question proper ("If I recall correctly, ...",
"Setting the usual caveats aside, ...", "For procurement purposes, ...", "... (as printed)?", "... I am
drafting a memo.").

An analyst's question was refused for one unknown ordinary word in a clause that cannot change the
answer. A clause set off from the question (a sentence that is not the question, a part of a
parenthesis, a lead-in before a comma, colon or dash, a closing clause after one) is now inert, and
dropped with its unknown words, when it holds a word of discourse (words.tsv role ``remark``) and
nothing that could change the frame: no name, no number, no operator (negation, exclusion,
restriction, comparison, quantifier, time), no word for the chips asked about ("the gaming ones"), no
opening preposition that scopes the question ("In Europe", "For consumer devices") other than "for"
before a purpose; a word of the graph's vocabulary in it must leave the frame as it is without the
clause (chipkg.ask.remarks.inert_clause, chipkg.ask.parse.question._without_inert_clauses).

Each inert question here is answered exactly as its question proper is; each question whose clause
does change the answer is refused, or answered otherwise than the question proper. The questions are
written for this file, not taken from the held-out sets.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, refused

HBM = "Which chips use HBM?"
NODE = "Which chips are on a 5nm process?"
TRANSISTORS = "Which chip has the largest transistor count?"
GROQ = "How much SRAM does the Groq LPU have?"
FP8 = "Which chips support FP8?"
TSMC = "How many chips are made by TSMC?"
MTIA = "What is the power draw of the Meta MTIA v2?"
NVIDIA = "Which chips are designed by Nvidia?"
NORTHPOLE = "What process node is the IBM NorthPole on?"
SRAM = "Which chip has the most on-chip SRAM?"
INT8 = "Which chips support INT8?"
M4 = "Does the Apple M4 use LPDDR5X?"


def _answer(ask_json, question: str) -> object:  # noqa: ANN001
    """What an answer says: its rows, or its yes or no."""
    data = answered(ask_json, question)
    return data["boolean"] if "boolean" in data else data["results"]


INERT = [
    # lead-ins before a comma, a colon or a dash
    ("If I recall correctly, which chips use HBM?", HBM),
    ("If I remember correctly, which chips are on a 5nm process?", NODE),
    ("Setting the usual caveats aside, which chip has the largest transistor count?", TRANSISTORS),
    ("Setting vendor marketing aside, which chip has the largest transistor count?", TRANSISTORS),
    ("Putting the hype aside, which chip has the largest transistor count?", TRANSISTORS),
    ("For procurement purposes, which chips support FP8?", FP8),
    ("For planning purposes: how many chips are made by TSMC?", TSMC),
    ("For budgeting purposes -- which chips support INT8?", INT8),
    ("For due diligence purposes, what is the power draw of the Meta MTIA v2?", MTIA),
    ("For planning, which chips are designed by Nvidia?", NVIDIA),
    ("I am drafting a memo: which chips use HBM?", HBM),
    ("I'm researching this for a briefing: what process node is the IBM NorthPole on?", NORTHPOLE),
    ("As I recall, which chips support FP8?", FP8),
    ("Unless I'm mistaken about my notes, which chips use HBM?", HBM),
    ("I am weighing my procurement plans: which chip has the most on-chip SRAM?", SRAM),
    ("I'm trying to settle an argument: does the Apple M4 use LPDDR5X?", M4),
    ("If I recall correctly, how much SRAM does the Groq LPU have?", GROQ),
    # closing clauses after a comma or a semicolon, and sentences that are not the question
    ("Which chips use HBM, if I recall correctly?", HBM),
    ("Which chips are on a 5nm process; I'm drafting a memo?", NODE),
    ("Which chips support INT8? I'm preparing a briefing.", INT8),
    ("How many chips are made by TSMC? I'm grateful for the help.", TSMC),
    ("Which chips are designed by Nvidia? I appreciate the help.", NVIDIA),
    ("I'm preparing a procurement memo. Which chips support FP8?", FP8),
    ("I am drafting a briefing for my team. Which chip has the largest transistor count?", TRANSISTORS),
    ("What is the power draw of the Meta MTIA v2? I realise the caveats.", MTIA),
    ("Does the Apple M4 use LPDDR5X? I forget.", M4),
    ("What process node is the IBM NorthPole on? I'm deciding for a shortlist.", NORTHPOLE),
    ("How much SRAM does the Groq LPU have? I believe I misread my notes.", GROQ),
    ("Which chip has the most on-chip SRAM? I am aware of the usual caveats.", SRAM),
    ("Which chips use HBM? I'm weighing options for my shortlist.", HBM),
    ("Which chips use HBM? I'd appreciate the help.", HBM),
    ("How many chips are made by TSMC? I've drafted a memo.", TSMC),
    # parentheses, whole or a part of one
    ("Which chips use HBM (if I recall correctly)?", HBM),
    ("Which chips support FP8 (for procurement purposes)?", FP8),
    ("What is the power draw of the Meta MTIA v2 (I'm drafting a memo)?", MTIA),
    ("How many chips are made by TSMC (I am compiling a shortlist, as I recall)?", TSMC),
    ("Which chips are on a 5nm process (I realise the usual caveats apply)?", NODE),
    ("Which chips are designed by Nvidia (I'm preparing a briefing)?", NVIDIA),
    ("What process node is the IBM NorthPole on (as printed)?", NORTHPOLE),
    ("Does the Apple M4 use LPDDR5X (I forget the caveats)?", M4),
    ("Which chips support INT8 (I am drafting a memo; I appreciate it)?", INT8),
    ("How much SRAM does the Groq LPU have (I believe I misread it)?", GROQ),
    # a lead-in with no comma that ends in its word of discourse
    ("I'm trying to pin down the power draw of the Meta MTIA v2 -- what is it?", MTIA),
    ("For planning purposes which chips support FP8?", FP8),
    ("I am weighing how much SRAM the Groq LPU has.", GROQ),
    # the asker's hedges and courtesies
    ("If memory serves, which chips use HBM?", HBM),
    ("Out of curiosity, which chips support FP8?", FP8),
    ("Just to double-check: how many chips are made by TSMC?", TSMC),
    ("Sorry if this is a basic question, but which chips support INT8?", INT8),
    ("Which chips are designed by Nvidia? Thanks in advance.", NVIDIA),
    ("From what I understand, what process node is the IBM NorthPole on?", NORTHPOLE),
    ("I may be wrong, but does the Apple M4 use LPDDR5X?", M4),
    ("To be clear, which chips are on a 5nm process?", NODE),
    ("Which chips support FP8? No need to elaborate.", FP8),
    # a preposition whose object is discourse alone
    ("On the article's account, which chips use HBM?", HBM),
    ("In my opinion, which chips support INT8?", INT8),
    ("For my memo, how many chips are made by TSMC?", TSMC),
    # words of the graph said not to matter, where the question rests on none of them
    ("Which chips are on a 5nm process? Whether a foundry is named doesn't matter here.", NODE),
    ("Which chips use HBM (foundry immaterial)?", HBM),
    ("How much SRAM does the Groq LPU have? It does not matter to me whether a foundry is named.", GROQ),
    # words of the graph in the clause that leave the frame as it is
    (
        "I am weighing data-center options: which chips target data-center workloads?",
        "Which chips target data-center workloads?",
    ),
    ("For procurement, which chips target data-center workloads?", "Which chips target data-center workloads?"),
]


@pytest.mark.parametrize(("question", "proper"), INERT)
def test_an_inert_clause_is_answered_as_the_question_proper(ask_json, question, proper):  # noqa: ANN001
    assert _answer(ask_json, question) == _answer(ask_json, proper)


CHANGING = [
    # a preposition that scopes the question
    ("In Europe, which chips use HBM?", HBM),
    ("For consumer devices, which chips use HBM?", HBM),
    ("Among the cheaper ones, which chips use HBM?", HBM),
    ("As of 2024, which chips use HBM?", HBM),
    ("During my planning, which chips use HBM?", HBM),
    ("Across the startups I recall, which chips use HBM?", HBM),
    ("Within my procurement budget, which chips use HBM?", HBM),
    ("For gaming purposes, which chips use HBM?", HBM),
    ("For consumer planning purposes, which chips support INT8?", INT8),
    ("For inference purposes, which chips use HBM?", HBM),
    ("For Korean procurement purposes, which chips support FP8?", FP8),
    ("For procurement purposes in 2024, which chips support FP8?", FP8),
    ("For procurement in Europe, which chips support FP8?", FP8),
    # exclusion, restriction, condition, time
    ("Ignoring the outliers, which chip has the largest transistor count?", TRANSISTORS),
    ("Setting the outliers aside, which chip has the largest transistor count?", TRANSISTORS),
    ("Historically, which chips are designed by Nvidia?", NVIDIA),
    ("Recently, as I recall, which chips use HBM?", HBM),
    ("Unless you count per-card figures, which chip has the most on-chip SRAM?", SRAM),
    ("Unless I misread the consumer section, which chips use HBM?", HBM),
    ("Apart from the startups' chips, which chips use HBM?", HBM),
    ("Besides the ones I recall, which chips use HBM?", HBM),
    ("Other than what I recall, which chips use HBM?", HBM),
    ("I'm only interested in startups: which chips use HBM?", HBM),
    # names, numbers, comparisons, quantifiers, words for the chips asked about
    ("I realise Nvidia dominates: which chips use HBM?", HBM),
    ("I recall the 7nm ones; which chips use HBM?", HBM),
    ("If I recall correctly the cheapest ones, which chips use HBM?", HBM),
    ("Which chips use HBM? I recall that most do not.", HBM),
    ("Which chips use HBM? I am weighing options under 100 W.", HBM),
    ("Which chips use HBM? I'm weighing the newer parts.", HBM),
    ("Which chips use HBM? I'm weighing Korean suppliers.", HBM),
    ("Which chips use HBM? I'm weighing two of them.", HBM),
    ("Which chips use HBM? I recall they are all expensive.", HBM),
    ("Which chips use HBM? I'm weighing inference options.", HBM),
    ("Which chips use HBM (the ones I recall from the consumer section)?", HBM),
    ("Which chips use HBM, within my budgeting constraints?", HBM),
    ("Which chip has the most on-chip SRAM? I'm weighing per-die figures.", SRAM),
    ("Which chip has the most on-chip SRAM; I recall Cerebras leads?", SRAM),
    ("Which chips are on a 5nm process? I realise TSMC makes most.", NODE),
    ("Which chips support INT8 (per card, as printed)?", INT8),
    ("What is the power draw of the Meta MTIA v2? I recall the typical one is lower.", MTIA),
    ("Which chips are designed by Nvidia? Historically I recall otherwise.", NVIDIA),
    ("Which chips support FP8? I'm weighing the data-center ones.", FP8),
    ("Setting the usual caveats aside, which of the newer chips use HBM?", HBM),
    ("I recall only startups use HBM: which chips use HBM?", HBM),
    ("I'm trying to find consumer chips: which chips use HBM?", HBM),
    ("For procurement purposes under 100 W, which chips use HBM?", HBM),
    ("I'm trying to find the cheapest: which chips use HBM?", HBM),
    ("Which chips use HBM? I've misread my notes before.", HBM),
    ("Which chips use HBM? I'd recall the Korean ones.", HBM),
    ("Which chips are made by TSMC? Whether a foundry is named doesn't matter.", "Which chips are made by TSMC?"),
    ("Which chips are on a 5nm process? Whether the memory is HBM doesn't matter.", NODE),
    ("Which chip has the most on-chip SRAM? Whether a figure is per die doesn't matter.", SRAM),
    ("In the usual markets, which chips use HBM?", HBM),
    ("On the consumer side, if I recall, which chips use HBM?", HBM),
    ("For my consumer memo, which chips use HBM?", HBM),
    ("If memory serves, which of the cheaper chips use HBM?", HBM),
    ("Out of curiosity about phones, which chips support FP8?", FP8),
    ("Sorry if this is a basic question, but which newer chips support INT8?", INT8),
    ("I may be wrong, but do most chips use HBM?", HBM),
    ("To be clear about 2024, which chips are on a 5nm process?", NODE),
    # a request for a form of the answer is read by its own mechanism, never dropped as discourse
    ("How many chips are made by TSMC? A bare list would be ideal.", TSMC),
    ("Does the Apple M4 use LPDDR5X? Give me the list, as I recall it.", M4),
    # a word of the asker's prose that is no discourse: a magnitude, a place in a range, a time
    ("What is the power draw of the Meta MTIA v2, doubled?", MTIA),
    ("How much SRAM does the Groq LPU have, at the higher end?", GROQ),
    ("Which chips use HBM, once?", HBM),
    # the clause is the question's own verb or noun phrase: no clause of discourse
    ("Which chips use HBM, the gaming ones?", HBM),
]


@pytest.mark.parametrize(("question", "proper"), CHANGING)
def test_a_clause_that_may_change_the_answer_is_not_dropped(ask_json, question, proper):  # noqa: ANN001
    code, stdout = ask_json(question)
    if code == 0:  # read by another mechanism: then it must not be the question proper's answer
        assert _answer(ask_json, question) != _answer(ask_json, proper), question
    else:
        refused(ask_json, question)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Which chips does the article recall as using HBM?", "recall"),
        ("Which chips use HBM caveats?", "caveats"),
        ("Which chips are weighing under 100 W?", "weighing"),
        ("Which chips are aware of FP8?", "aware"),
        ("Which chips suit procurement purposes?", "purposes"),
        ("Which chips use HBM for planning?", "planning"),
    ],
)
def test_a_word_of_discourse_in_the_question_proper_is_refused(ask_json, question, word):  # noqa: ANN001
    assert word in refused(ask_json, question, "know the word")["reason"]


def test_the_cases_are_all_collected() -> None:
    assert len(INERT) >= 40 and len(CHANGING) >= 40
