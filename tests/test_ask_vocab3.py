"""``chipkg ask`` on a third round of careful analyst prose: discourse and scoping phrases about the
asker's reading ("for the purposes of this question", "limiting the field to", "unless I'm
mistaken", "on the face of it", "sticking to what's stated"), verbs of reckoning and classing
("reckon", "tally", "lump together", "chalk up"), claim frames ("am I correct in thinking that",
"can one reasonably conclude from the article that") and answer-format sentences ("A short list
will do.", "No need to round.", "A bare number is fine."). They are words.tsv's block "vocab3".

``ask_vocab3_questions.csv`` (103 analyst questions over facts the article states, written before
any of these words were added; judged by the held-out judge): 55 right, 47 refused, 1 wrong before
(the wrong one was the row's expectation: "who makes" the AI 100 Ultra is answered with its designer
and its maker, each row labelled, by design; the row now expects both); 95 right, 8 refused, 0 wrong
after.

The verbs of reckoning and classing are "sense" fillers: "which chips does the article lump
together" would be every chip, and is refused; with "as" ("lump together as hyperscalers") they
name the class asked for. Words inside the new phrases that could change a condition on their own
("closely" is "close" by its stem, "precisely" before a figure, "loosely", "reasonably", "aside")
are listed only inside their phrases and stay unknown alone.
"""

from __future__ import annotations

from collections import Counter

import pytest
from ask_expect import answered, column, judged, refused

FLOOR = 95  # right answers of the 103 after the vocab3 round (55 before): may only go up


def test_vocab3_questions_answered_right_and_never_wrong(ask_json):
    answers = judged(ask_json, "ask_vocab3_questions")
    verdicts = Counter(verdict for _row, verdict, _out in answers)
    wrong = [row["question"] for row, verdict, _out in answers if verdict == "wrong"]
    print(f"ask_vocab3_questions.csv: {dict(verdicts)} (floor {FLOOR})")
    assert not wrong, wrong
    assert verdicts["right"] >= FLOOR, dict(verdicts)


# --------------------------------------------------------------------------- words of the block, new questions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("For the purposes of this question, what is the Groq LPU's SRAM capacity?", "128 MB"),
        ("Limiting the field to IBM's NorthPole, how many transistors does it have?", "22 billion"),
        ("Unless I'm mistaken, what is the Meta MTIA v2's clock speed?", "1.35 GHz"),
        ("On the face of it, what process node does the Mythic M2000 use?", "40nm"),
        ("Sticking to what is stated, what HBM capacity does the Intel Gaudi 3 have?", "128 GB"),
        ("What power does the article reckon the Grayskull e150 draws? No need to round.", "200 W"),
        ("What SRAM capacity does the article chalk up to the IBM NorthPole? A bare number is fine.", "192 MB"),
        ("In a nutshell, what die area does the IBM NorthPole have? No elaboration needed.", "800 mm²"),
        ("Reading the article closely, what is the Apple M4's GPU peak performance?", "7.5 TFLOPS"),
    ],
)
def test_listed_words_change_nothing(ask_json, question, expected):
    figures = column(answered(ask_json, question))
    assert len(figures) == 1 and expected in figures[0], figures


def test_a_short_list_will_do_is_dropped(ask_json):
    data = answered(ask_json, "Which chips are built on a 5nm process? A short list will do.")
    assert sorted(column(data, "chip")) == ["Intel Gaudi 3", "Microsoft Maia 100"]


def test_lump_together_as_names_the_class(ask_json):
    data = answered(ask_json, "Which organisations are lumped together as hyperscalers?")
    assert sorted(column(data)) == ["Amazon", "Google", "Meta", "Microsoft"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Am I right in thinking that TSMC makes the Groq LPU?", True),
        ("Can one reasonably conclude that the IBM NorthPole has 256 cores?", True),
        ("Am I correct in thinking the Mythic M2000 is built on 7nm?", False),
    ],
)
def test_claim_frames_are_yes_no(ask_json, question, expected):
    assert answered(ask_json, question)["boolean"] is expected


# --------------------------------------------------------------------------- what stays refused


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the verbs of reckoning would carry the whole question: every chip
        ("Which chips does the article lump together?", "'lump together'"),
        ("Which chips does the article tally?", "'tally'"),
        # words of the phrases that change a condition on their own stay unknown
        ("Which chips draw closely 90 W?", "closely"),
        ("Which chips draw precisely 90 W?", "precisely"),
        ("Which chips use 7nm, loosely?", "loosely"),
        # "aside" is read since session 38 (said after what it sets aside, as "set aside"): these stay
        # refused, on the word around it ("setting" before a name) or the negation with nothing to negate
        ("Setting Intel aside, which chips use 5nm?", "setting"),
        ("Which chip draws the most power? Ties aside, one name.", "negation"),
        # words that change the answer are no fillers
        ("Limiting the field to chips on 7nm alone, which use HBM?", "alone"),
        ("For the purposes of this question, which chips only support INT8?", "only"),
    ],
)
def test_words_that_change_the_answer_stay_refused(ask_json, question, said):
    refused(ask_json, question, said)
