"""``chipkg ask``: red team 29, words read as changing nothing whose meaning changes the answer.

Each of these was answered with exit 0 and another set of chips than the question asks for, because
a word or phrase was read as a filler (or matched a filler or a label by its stem) and what followed
it was read as a plain condition, or the word's own restriction was lost:

- (a) "every one of A and B", "each one of", "every single one of": "every" (a filler) and "one of"
  (or) made it "A or B" ("Does the Groq LPU support every one of INT8 and FP8?" answered true; it has
  no FP8). Now read whole, as "all of" and "each of" are: both.
- (b) "optionally", "optional": the stem of "options" (a filler): "INT8 and optionally FP16" asked for
  both. "options" is read only as spelled now, so these are words ask does not know.
- (c) "even if", "even though", "even when": a concession, which keeps the chips whether or not the
  clause holds; "even" (a filler) and "if" made the clause a condition. Refused (words.tsv unheld).
- (d) (left open: "all but X", all except X or almost X, is still read as "X": "all but rules out" in
  held-out set 26 means "almost", and is answered right so)
- (e) "used to": a past state the article does not give; "used" and "to" (fillers) answered the
  present one. Refused, read only as spelled; "use to" and the passive "be used to" read as before.
- (f) "multiple" right before a kind of thing ("companies with multiple chips"): the label of ck:claim
  ("what multiple"), so it answered the organizations with a comparison claim. Refused (words.tsv
  phrase class plurality); "what multiple does the MI350 claim" still answered.
- (g) "questionably", "originally": the stems of "question" and "original" (fillers), so "which chips
  are questionably made by TSMC" listed TSMC's chips. Both fillers are read only as spelled now.
- (h) "just one of A and B", "a single one of", "just either of": one and not the other; "just" and "a
  single" (fillers) left "one of" (or), so the chips with both were listed too. Refused, as "only one
  of" and "exactly one of" were (rewrites._only_one_of); after a negation ("(not just one of the
  two)") it says both, read as before.
- (i) "one or both of A and B", "either or both of", "one or more of": at least one of them; "both"
  (and) made it both. Read as "any of" (or).
- (j) "last", "final": the stems of "lastly" and "finally" (fillers): "what is the last chip made on
  7nm" listed the six 7nm chips, "which chip is listed last" every chip, "which chips rank last by
  power" ranked them highest first. Both adverbs are read only as spelled; "last" alone is the
  previous generation ("than the last TPU"), as "last generation" is; elsewhere refused.
- (k) "in some capacity", "in any capacity": in some way; "capacity" was read as the memory's capacity,
  so "which chips use HBM (in some capacity)" left out the MI350 (HBM with no capacity stated). Read
  whole as a filler now.

Facts: formats (data/*.ttl): INT8 and FP16: Groq LPU (l.153), Cloud AI 100 Ultra (l.103); INT8 only of
the two: NorthPole (our reading of its 8-bit figure); FP16 only: Trainium2 (l.75, UINT8 is no INT8).
The Groq LPU has no FP8. SRAM and HBM: Gaudi 3 (l.53-55) and SN40L (l.131). Qualcomm (Adreno 750,
AI 100 Ultra) and Tenstorrent (Grayskull e75, e150) are the two designers of more than one chip.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

BOTH_INT8_FP16 = {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}
HBM_CHIPS = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}
SRAM_CHIPS = {
    "Groq LPU",
    "IBM NorthPole",
    "Intel Gaudi 3",
    "Meta MTIA v2",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support every one of INT8 and FP16?", BOTH_INT8_FP16),
        ("Which chips support every single one of INT8 and FP16?", BOTH_INT8_FP16),
        ("Which chips handle each one of INT8 and FP16?", BOTH_INT8_FP16),
        ("Which accelerators support each and every one of INT8 and FP16?", BOTH_INT8_FP16),
        ("How many chips support every one of INT8 and FP16?", ["2"]),
        ("Does the Qualcomm Cloud AI 100 Ultra support every one of INT8 and FP16?", True),
        # one of them lacking: never "true" (either one would do is not what it asks)
        ("Does the Groq LPU support every one of INT8 and FP8?", REFUSE),
    ],
)
def test_a_every_one_of_is_all_of_them(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # negative: the choices keep their "or"; "all of" and "each of" their "and"
        ("Which chips support one of INT8 and FP8?", 5),
        ("Which chips support any of INT8 and FP16?", 4),
        ("Which chips support at least one of INT8 and FP8?", 5),
        ("Which chips support all of INT8 and FP16?", BOTH_INT8_FP16),
        ("Which chips support each of INT8 and FP16?", BOTH_INT8_FP16),
        # "every one of" before a chip's name: its figures, one by one
        ("What is the power of every one of the Grayskull models?", ["75 W", "200 W"]),
    ],
)
def test_a_choices_and_all_of_stay(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # (b) "optional(ly)": the stem of "options"
        "Which chips support INT8 and optionally FP16?",
        "Which chips optionally support FP16?",
        "Which chips have optional HBM?",
        "How many chips offer FP8 optionally?",
        # (c) a concession
        "Which chips use SRAM even if they use HBM?",
        "Which chips use SRAM, even though they also use HBM?",
        "Which chips are built on 7nm even when TSMC makes them?",
        "How many chips have SRAM even where they have HBM?",
        # (e) "used to"
        "Which chips used to support FP16?",
        "Which chips used to be made on 7nm?",
        "How many chips used to use HBM?",
        "What chips used to be made by TSMC?",
        # (f) "multiple" before a kind of thing
        "Which companies have multiple chips?",
        "Which vendors make multiple products?",
        "How many designers have multiple accelerators?",
        "Does Qualcomm have multiple chips?",
        # (g) the stems of "question" and "original"
        "Which chips are questionably made by TSMC?",
        "Which chips were originally built on 7nm?",
        "Which chips were originally designed by Google?",
        # (h) exactly one of them
        "Which chips support just one of INT8 and FP16?",
        "Which chips support a single one of INT8 and FP16?",
        "Which chips have just one of HBM and SRAM?",
        "How many chips handle just either of INT8 and FP16?",
        "Which accelerators support merely one of INT8 and FP16?",
        # (j) one of an order
        "What is the last chip made on 7nm?",
        "Which chip is the final one on 7nm?",
        "Which chip is listed last?",
        "Which chip comes last in the article?",
        "Which chips rank last by power?",
    ],
)
def test_b_to_h_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # (b) "options" as spelled
        ("What memory options does the SN40L have?", 3),
        # (c) what is said beside HBM, not against it
        ("Which chips use SRAM in addition to HBM?", {"Intel Gaudi 3", "SambaNova SN40L"}),
        ("Which chips use SRAM, if any?", SRAM_CHIPS),
        ("Which chips use SRAM even so?", SRAM_CHIPS),
        # (e) "use to" and the passive "be used to"
        ("what does Gaudi 3 use to link GPUs?", {"Ethernet", "RoCE"}),
        ("What is Gaudi 3 using to connect its GPUs?", {"Ethernet", "RoCE"}),
        ("can NorthPole be used to train LLMs?", False),
        ("Which chips are used to support FP16?", {"AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        # (f) "multiple" as a noun: ck:claim
        ("What multiple does the MI350 claim?", 1),
        ("By what multiple does Meta report MTIA v2 improves sparse compute performance over the first generation?", 1),
        # (g) "the original Trainium": the chip named
        ("How much faster is Trainium2 than the original Trainium?", 1),  # session 44: its claim of speed alone
        ("A question: which chips use HBM?", 5),
        # (h) after a negation: both
        ("How many chips handle both training and inference (not just one of the two)?", ["4"]),
        ("Which chips support one of INT8 and FP8?", 5),
        # (j) "last" of a generation; the adverbs as spelled
        (
            "how much more energy efficient is trillium than the last tpu?",
            ["67 %, energy efficiency, vs previous generation TPUs"],
        ),
        ("Lastly, which chips use HBM?", 5),
        # (k) in some way, whether or not a capacity is stated
        ("Which chips use HBM (in some capacity)?", HBM_CHIPS),
        ("Which chips use HBM in any capacity?", HBM_CHIPS),
        ("Which chips have HBM, in one capacity or another?", HBM_CHIPS),
        ("What is the HBM capacity of Gaudi 3?", ["128 GB"]),
        ("Finally, which chips use HBM?", 5),
    ],
)
def test_b_to_g_stay(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


INT8_OR_FP16 = BOTH_INT8_FP16 | {"AWS Trainium2", "IBM NorthPole"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support one or both of INT8 and FP16?", INT8_OR_FP16),
        ("Which chips support either or both of INT8 and FP16?", INT8_OR_FP16),
        ("Which accelerators support one or more of INT8 and FP16?", INT8_OR_FP16),
        ("How many chips support one or both of INT8 and FP16?", ["4"]),
        # negative: "both" alone is both; the choices keep their "or"
        ("Which chips support both INT8 and FP16?", BOTH_INT8_FP16),
        ("Which chips support INT8, FP16, or both?", INT8_OR_FP16),
        ("Which chips support either one of INT8 and FP16?", INT8_OR_FP16),
        ("Which chips support any one of INT8 and FP16?", INT8_OR_FP16),
    ],
)
def test_i_one_or_both_is_either(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
