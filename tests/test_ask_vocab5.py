"""``chipkg ask`` on common words of careful analyst prose, chosen systematically: a list of the
everyday words of analytical English was run through ``ask``, the words it refused as unknown were
each tried in several places of a question beside a known word of the same reading, and only those
that change no answer were added (words.tsv block "vocab5"): verbs of holding ("accommodate",
"possess", "utilize"/"utilise", "outfitted with"), "respectively", "upon" (as "on"), the asker's
discourse ("in fact", "as a matter of fact", "in any case", "on paper", "to be precise", "to be exact",
"in essence", "out of curiosity", "quick question", "for clarity", "remind me", "if I understand
correctly", "to my understanding", "as I understand it"), sentence adverbs ("importantly",
"interestingly", "undeniably", "naturally"), "verify" (a sense filler) with the claim frames "can you
verify that", and "tabulate" (as "list").

``ask_vocab5_questions.csv`` (82 analyst questions over facts the article states, and one that must be
refused; written before the words were added; judged by the held-out judge): 33 right, 49 refused,
0 wrong before; 82 right, 0 wrong after, the must-refuse row refused.

Words that can change an answer stay unknown ("left", "remaining", "within", "since", "such",
"main", "load", "keep", "quantity", "supply", "where", "nearly", "overall", "whole", "together",
"generally"), and so do "manage" ("who manages the Groq LPU" read as who designs it) and "published"
("chips published by Intel" read as designed by). Words that would be a second neighbour of a typo
``lexicon.misspelt_word`` reads are left out too: "sport" would leave "suport" unread (two
neighbours: "sport" and "support"), "respective" "irespective", "fitted" "citted", "compile" "compise".
"""

from __future__ import annotations

from collections import Counter

import pytest
from ask_expect import answered, column, judged, refused

FLOOR = 82  # right answers of the 82 answerable rows after the vocab5 round (33 before): may only go up


def test_vocab5_questions_answered_right_and_never_wrong(ask_json):
    answers = judged(ask_json, "ask_vocab5_questions")
    verdicts = Counter(verdict for _row, verdict, _out in answers)
    wrong = [row["question"] for row, verdict, _out in answers if verdict == "wrong"]
    print(f"ask_vocab5_questions.csv: {dict(verdicts)} (floor {FLOOR})")
    assert not wrong, wrong
    assert verdicts["right"] >= FLOOR, dict(verdicts)


# --------------------------------------------------------------------------- words of the block, new questions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much LPDDR4 can the Tenstorrent Grayskull e150 accommodate?", "8 GB"),
        ("What SRAM capacity does the Intel Gaudi 3 possess per die?", "48 MB"),
        ("What clock speed is the IBM NorthPole's, to be exact?", "400 MHz"),
        ("In fact, how much HBM does the Intel Gaudi 3 have?", "128 GB"),
        ("Remind me, what is the die area of the IBM NorthPole?", "800 mm²"),
        ("What process node does the Meta MTIA v2 utilise, as I understand it?", "7nm"),
        ("On paper, what is the Grayskull e150's power draw?", "200 W"),
        ("Naturally, how many transistors does the Nvidia Blackwell GPU possess?", "208 billion"),
    ],
)
def test_listed_words_change_nothing(ask_json, question, expected):
    figures = column(answered(ask_json, question))
    assert len(figures) == 1 and expected in figures[0], figures


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are built upon a 7nm process?",
        "Tabulate the chips on a 7nm process.",
        "Importantly, which chips utilize a 7nm process?",
        "Which chips, respectively, are built on a 7nm process?",
    ],
)
def test_listed_words_change_nothing_in_a_list(ask_json, question):
    seven = [
        "AWS Trainium2",
        "Cerebras CS-3",
        "Groq LPU",
        "Meta MTIA v2",
        "Qualcomm Cloud AI 100 Ultra",
        "SambaNova SN40L",
    ]
    assert sorted(column(answered(ask_json, question))) == seven


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can you verify that Intel acquired Habana Labs?", True),
        ("Could you verify that the Groq LPU is built on 5nm?", False),
        ("Could you verify whether the Apple M4 is made by TSMC?", True),
    ],
)
def test_verify_frames_are_yes_no(ask_json, question, expected):
    assert answered(ask_json, question)["boolean"] is expected


# --------------------------------------------------------------------------- what stays refused


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "verified" would carry the whole list: every chip
        ("Which chips has the article verified?", "'verified'"),
        # words that can change the answer stay unknown
        ("Which chips are left on a 7nm process?", "left"),
        ("Which remaining chips use HBM?", "remaining"),
        ("Which chips draw within 100 W?", "within"),
        ("Which chips have used HBM since 2023?", "since"),
        # "main memory" is read since as off-chip memory (test_ask_analyst26); "main" alone is not
        ("What is the main workload of the Intel Gaudi 3?", "main"),
        ("What is the Grayskull e150's power under load?", "load"),
        ("Who manages the Groq LPU?", "manages"),
        ("Which chips are published by Intel?", "published"),
        ("Which chips nearly use 5nm?", "nearly"),
        # "overall" is read since as "total" (one chip's whole figure: the Gaudi 3's 96 MB, not 48 MB
        # per die; test_ask_analyst26); a sum of several chips stays refused
        ("What is the overall SRAM of the Intel Gaudi 3 and the Groq LPU?", "overall"),
        # "supplies" is a verb of providing since vocab6; the memory's maker is still no answer
        ("Who supplies the HBM of the Intel Gaudi 3?", "no maker of a chip's memory"),
    ],
)
def test_words_that_change_the_answer_stay_refused(ask_json, question, said):
    refused(ask_json, question, said)


# --------------------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("suport", "support"),  # "sport" would be a second neighbour
        ("suported", "supported"),
        ("irespective", "irrespective"),  # "respective"
        ("citted", "cited"),  # "fitted"
        ("comrpise", "comprise"),  # "compise" has two neighbours since "compile" is a word
        ("ccounts", "counts"),  # "accounts"
        ("utilze", "utilize"),  # the block's own words are read through their typos
        ("verfiy", "verify"),
    ],
)
def test_typos_still_read(kg, typo, word):  # noqa: ANN001
    from chipkg.ask import lexicon
    from chipkg.ask.answer import lexicon_of

    assert lexicon.misspelt_word(typo, lexicon_of(kg.store)) == word
