"""``chipkg ask``: classes behind the refusals of answerable analyst questions (held-out sets 22 and
23), each a mechanism checked on the answer or the frame, never on a question's text:

- "only" beside the word of a measure the question compares ("Considering memory bandwidth only,
  which chips exceed 2 TB/s?") says which figure is compared, not that a chip does nothing else:
  dropped, and the measure is checked to be one the frame compares (parse.forms._measure_only);
- "one or the other" (words.tsv role ``either``) after a negation beside "both" says "both" again,
  as "(not merely one of the two)" does; anywhere else it is refused, never read as a filler
  ("support one or the other of FP8 and BF16" would ask for both);
- examples a gloss gives of what the answer lists ("(including its configurable FP8 variant)",
  "including the Groq LPU"; a chip only after "including": "chips, e.g. the Gaudi 3" may ask for
  chips like it, red team 11) are checked against the answer's rows (Frame.examples): answered
  when each is one of them, refused otherwise (the question rests on it);
- a negated aside's positive part may say how many cards the figure spans ("(a two-card figure,
  not per chip)"), "per" before a scope phrase ("not per single card"), or the measure asked ("(the
  capacity, not the HBM3)", checked against the frame);
- "(excluding the Gaudi 3)" beside a list, count or ranking that names no chip outside it: read as
  the same words after a comma are (an exclusion word only: a bare "not" may set a figure aside); a last part "whose ..." that names no other chip nor a
  negation says why and goes;
- "peak" before the word of a measure other than performance ("the M4's peak clock", "peak CPU
  clock") is that measure's most, as "max" is: read as performance it refused ("more than one
  measure"), and a nominal or typical figure is no peak;
- a kind that a named chip is not and one of its parts is ("the GPU performance of the M4") names
  that part, as "the M4's GPU performance" does. A wrong answer on main: it was read as a scope
  ("per GPU": per chip) and answered the M4's GPU and Neural Engine figures both;
- a hedge said in a negated aside's positive part ("(the upper-bound figure, not per chip)") is
  stated of the figure and checked (Frame.hedges), as said outside;
- "(which the article does not hedge)", "(not hedged)" of one chip's figure says the figure has no
  hedge: checked against every figure answered (Frame.no_hedge), a hedged one refuses (it was
  refused as a hedge set aside); beside a list it still leaves hedged figures out;
- "limit" is a noun for a figure ("(a per-cluster limit, not a per-chip figure)"), as spelled only
  (words.tsv: "what limits the clock" stays unknown);
- a parenthesis opened by "i.e." ("(i.e., both dies combined)") is read as it would be with no
  "i.e.", and must leave the frame as the question without it reads: then answered as without it
  (it refused as a gloss naming things); a name narrower than one outside said to be the same ("HBM
  (i.e. HBM3)") narrows, and is refused -- a WRONG answer on main: "Which chips use HBM (i.e.
  HBM3)?" listed every HBM chip, as if "(e.g. HBM3)";
- a hedge said of "the figure" ("Keep the 'up to'.", "(an upper bound)") is told of one chip's figure,
  or of the chips of one name ("Tenstorrent's Grayskull": e75 and e150), each figure checked; of two
  names it stays refused;
- "counting (narrower) variants (such as X)" is a gloss, as "including variants such as X" is: the
  names after it must be variants of a name of the question, which ask counts in anyway; negated
  ("not counting narrower variants") it stays refused;
- "enumerate" asks for a list, as "list" does (words.tsv a23, an imperative: never a yes/no);
- "maximum scale" / "max scale" is a word of ck:scaleOut (ontology), as "max chips" is;
- "a Tensix core" beside a scope the question says already ("per-core SRAM ... for a Tensix core"),
  and "per Tensix core", are that scope's unit, as "each Tensix core" is (read as a count of cores,
  they refused).

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: Gaudi 3 and Trillium 3.7 TB/s memory bandwidth; power:
Grayskull e150 200 W, AI 100 Ultra 150 W per card, MTIA v2 90 W, e75 75 W, M2000 about 4 W;
Trainium2 formats FP32, TF32, BF16, FP16, UINT8, cFP8; the AI 100 Ultra's 175 billion parameters
across two cards; SN40L 1.5 TB DDR5 beside 64 GB HBM3; chips made by TSMC: Apple M4, Groq LPU,
Blackwell, Adreno 750, AI 100 Ultra; HBM: MI350 (likely HBM3E), Trainium2, Trillium, Gaudi 3, SN40L.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, TRAINIUM2_FORMATS, check, column

TOP_BANDWIDTH = {"Google Trillium TPU", "Intel Gaudi 3"}
TRAINING_AND_INFERENCE = {"Cerebras CS-3", "Google Trillium TPU", "Nvidia Blackwell GPU", "SambaNova SN40L"}
TSMC_CHIPS = {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"}
HBM_CHIPS = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}

# --------------------------------------------------------------------------- "only" beside a measure


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Considering memory bandwidth only, which chips exceed 2 TB/s?", TOP_BANDWIDTH),
        ("How many chips have a memory bandwidth above 1 TB/s, memory bandwidth only?", "2"),
        (
            "Looking at power only, which chips draw more than 80 W?",
            {
                "Meta MTIA v2",
                "Qualcomm Cloud AI 100 Ultra",
                "Tenstorrent Grayskull e150",
            },
        ),
        ("Which chip has the fastest clock, clock speed only?", "Apple M4"),
        # with a set-aside beside it, as set 23 asked
        ("Considering memory bandwidth only (not NVLink), which chips exceed 3 TB/s?", TOP_BANDWIDTH),
    ],
)
def test_only_beside_a_compared_measure(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # no comparison: "only" would say a chip has nothing else
        "Which chips have memory bandwidth only?",
        # "only" beside a name, not a measure's word
        "Which chips exceed 2 TB/s of memory bandwidth, HBM only?",
        # the measure said with "only" is not the one compared
        "Which chips have more than 100 TOPS, considering memory bandwidth only?",
    ],
)
def test_only_elsewhere_stays_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- "one or the other"


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are designed for both training and inference (not just one or the other)?",
        "Which chips handle both training and inference — not merely one or the other?",
    ],
)
def test_one_or_the_other_beside_both(ask_json, question):
    check(ask_json, question, TRAINING_AND_INFERENCE)


@pytest.mark.parametrize(
    "question",
    [
        # read as a filler these would ask for both, or drop the 'or'
        "Does the Gaudi 3 support FP8 or BF16, one or the other?",
        "Which chips support one or the other of FP16 and FP32?",
        "How many chips handle training and inference, one or the other?",
    ],
)
def test_one_or_the_other_elsewhere_refused(ask_json, question):
    check(ask_json, question, (REFUSE, "one or the other"))


# --------------------------------------------------------------------------- examples checked


@pytest.mark.parametrize(
    ("question", "expected", "checked"),
    [
        (
            "What numeric formats does the article give for Trainium2 (e.g. TF32 and UINT8)?",
            TRAINIUM2_FORMATS,
            "TF32, UINT8",
        ),
        ("Which data types does the Gaudi 3 support (for example FP8)?", {"FP8"}, "FP8"),
        ("Which chips does the article say are made by TSMC, including the Groq LPU?", TSMC_CHIPS, "Groq LPU"),
        ("Which chips support FP8, including the Gaudi 3?", {"AWS Trainium2", "Intel Gaudi 3"}, "Intel Gaudi 3"),
        # a hedged member ("likely HBM3E") is still one of the answer's rows, shown hedged
        ("Which chips use HBM (including Trainium2 and the MI350)?", HBM_CHIPS, "AWS Trainium2, AMD Instinct MI350"),
    ],
)
def test_examples_held_by_the_answer(ask_json, question, expected, checked):
    data = check(ask_json, question, expected)
    assert f"{checked} among them (checked)" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # a chip after "e.g." / "such as" may ask for chips like it: not read as an example
        "Which chips support FP8, such as the Gaudi 3?",
        "Which chips use HBM (e.g. the Gaudi 3)?",
    ],
)
def test_chip_after_eg_stays_refused(ask_json, question):
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # INT8 is no format the article lists for Trainium2 (its 8-bit one is UINT8)
        "What numeric formats does the article give for Trainium2 (such as INT8)?",
        # the Gaudi 3 is not made by TSMC in the article
        "Which chips are made by TSMC, including the Gaudi 3?",
        "Which chips support FP8, including the MI350?",
    ],
)
def test_example_the_answer_lacks_refused(ask_json, question):
    check(ask_json, question, (REFUSE, "as an example, and the article's answer does not hold it"))


# --------------------------------------------------------------------------- a negated aside's positive part


@pytest.mark.parametrize(
    "question",
    [
        "How many parameters can the Cloud AI 100 Ultra handle (per system of two cards, not per single card)?",
        "What maximum model size does the article give for the Cloud AI 100 Ultra (a two-card figure, not per chip)?",
    ],
)
def test_cards_spanned_said_in_the_aside(ask_json, question):
    data = check(ask_json, question, "175 billion, per system, across 2 cards")
    assert "across 2 cards" in data["reading"], data["reading"]


def test_other_count_of_cards_is_not_the_figure(ask_json):
    # the article gives the figure across two cards only: three is no figure of it
    check(
        ask_json, "How many parameters can the Cloud AI 100 Ultra handle (a three-card figure, not per chip)?", REFUSE
    )


def test_measure_said_in_the_aside(ask_json):
    check(ask_json, "How much DDR5 does the SambaNova SN40L have (the capacity, not the HBM3)?", "1.5 TB")
    # a measure the question does not ask
    check(
        ask_json,
        "How much DDR5 does the SambaNova SN40L have (the bandwidth, not the HBM3)?",
        (REFUSE, "does not ask what the remark says it asks"),
    )


# --------------------------------------------------------------------------- chips excluded in a parenthesis

POWER_WITHOUT_ULTRA = ["Tenstorrent Grayskull e150", "Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use HBM (excluding the Gaudi 3)?", HBM_CHIPS - {"Intel Gaudi 3"}),
        ("How many chips use HBM (other than Gaudi 3 and Trainium2)?", "3"),
        ("Which chip has the most SRAM (except the CS-3)?", "d-Matrix Corsair C8"),
        ("Rank the chips by power, highest first (except the Cloud AI 100 Ultra).", POWER_WITHOUT_ULTRA),
        (
            "Order the chips by power draw, highest first (excluding the AI 100 Ultra, whose 150 W is given per card).",
            POWER_WITHOUT_ULTRA,
        ),
    ],
)
def test_chips_excluded_in_a_parenthesis(ask_json, question, expected):
    data = check(ask_json, question, expected)
    assert " · not " in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # a bare "not": "(not the CS-3's)" may set a figure aside, or deny a claim
        "Which chip has the most SRAM (not the CS-3)?",
        # a kind, not names
        "Which chips use HBM (excluding GPUs)?",
        # a relative clause with a negation or another chip may say more than why
        "Which chips use HBM (except the Gaudi 3, whose figure is not counted)?",
        "Which chips use HBM (excluding the Gaudi 3, whose HBM matches the Trillium's)?",
    ],
)
def test_other_exclusions_in_a_parenthesis_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- "peak" before another measure


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What peak clock does the article give for the Apple M4?", "up to 3.5 GHz"),
        ("What peak CPU clock does the article give for the Apple M4? Keep the qualifier.", "up to 3.5 GHz"),
        ("What is the Grayskull e150's peak power?", "200 W"),
        ("Which chip has the peak clock speed?", "Apple M4"),
        # a nominal or typical figure is no peak
        ("What is the peak clock of NorthPole?", REFUSE),
        ("What is the M2000's peak power?", REFUSE),
    ],
)
def test_peak_of_another_measure(ask_json, question, expected):
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- a part's kind before a measure


@pytest.mark.parametrize(
    "question",
    [
        "What is the GPU performance of the M4?",
        "What is the peak GPU performance of the Apple M4?",
    ],
)
def test_part_kind_before_a_measure(ask_json, question):
    # the M4's GPU only: its Neural Engine's 38 TOPS is another part's figure
    data = check(ask_json, question, 1)
    assert "7.5 TFLOPS" in column(data, "figure")[0], column(data, "figure")
    assert "Apple M4 GPU" in data["reading"], data["reading"]


def test_per_gpu_still_a_scope_of_a_gpu(ask_json):
    # Blackwell is a GPU: "per GPU" is per chip there
    check(ask_json, "How much NVLink bandwidth per GPU does Blackwell have?", "1.8 TB/s, bidirectional")


# --------------------------------------------------------------------------- a hedge in a negated aside


def test_hedge_said_in_a_negated_aside(ask_json):
    question = "What performance does the article give for a CS-3 cluster (the {} figure, not per chip)?"
    data = check(ask_json, question.format("upper-bound"), 1)
    assert column(data, "qualifier") == ["upper bound"], data
    check(ask_json, question.format("lower-bound"), (REFUSE, "lower bound"))


# --------------------------------------------------------------------------- "maximum scale"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the maximum scale of Trainium2?", "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster"),
        ("Which chip has the largest maximum scale?", "AWS Trainium2"),
    ],
)
def test_maximum_scale_is_scale_out(ask_json, question, expected):
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- "a Tensix core" beside "per core"


@pytest.mark.parametrize(
    "question",
    [
        "What per-core SRAM does the article give for a Tensix core in the Grayskull e75?",
        # "per" before the unit, as "each" is
        "What is the SRAM per Tensix core of the Grayskull e75?",
    ],
)
def test_unit_of_a_scope_said(ask_json, question):
    data = check(ask_json, question, 1)
    assert column(data, "figure") == ["up to 1.5 MB, per core"], data


def test_unit_with_no_scope_said(ask_json):
    # no scope said: "a Tensix core" is not read as one
    check(ask_json, "How much SRAM does the Grayskull e150 have for a Tensix core?", REFUSE)


# --------------------------------------------------------------------------- "not hedged" of one figure


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is NorthPole's transistor count (not hedged)?", "22 billion"),
        (
            "How many parameters can two Cloud AI 100 Ultra cards handle (the parameter count, which the "
            "article does not hedge)?",
            "175 billion, per system, across 2 cards",
        ),
        # one card's figure is "up to 100 billion": hedged
        (
            "What maximum model size does the article give for the Cloud AI 100 Ultra (the parameter count, "
            "which the text does not hedge)?",
            (REFUSE, "up to 100 billion"),
        ),
        # the figure is hedged: the statement does not hold
        ("What is the Groq LPU's transistor count (which the article does not hedge)?", (REFUSE, "not hedged")),
        ("What is the M4's clock (the clock speed, which the article does not hedge)?", (REFUSE, "up to 3.5 GHz")),
    ],
)
def test_no_hedge_said_of_one_figure(ask_json, question, expected):
    check(ask_json, question, expected)


def test_not_hedged_beside_a_list_leaves_hedged_out(ask_json):
    check(
        ask_json,
        "Which chips have more than 20 billion transistors (not hedged)?",
        {"Cerebras CS-3", "IBM NorthPole", "Microsoft Maia 100", "Nvidia Blackwell GPU"},
    )


# --------------------------------------------------------------------------- "limit"


def test_limit_a_noun_for_a_figure(ask_json):
    check(
        ask_json,
        "To how many chips can Trainium2 scale in EC2 UltraClusters (a per-cluster limit, not a per-chip figure)?",
        "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster",
    )
    check(ask_json, "What limits the M4's clock?", (REFUSE, "limits"))


# --------------------------------------------------------------------------- "i.e." in a parenthesis


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What total SRAM does the article give for one Intel Gaudi 3 (i.e., both dies combined)?", "96 MB"),
        ("Which chips use HBM (i.e., high-bandwidth memory)?", HBM_CHIPS),
        # an example is no restatement: HBM's chips, HBM3 among their kinds
        ("Which chips use HBM (e.g. HBM3)?", HBM_CHIPS),
    ],
)
def test_ie_parenthesis_said_again(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM (i.e. HBM3)?",
        "Which chips use HBM, i.e. HBM3?",
        "Which chips support FP8 (i.e. cFP8)?",
    ],
)
def test_ie_with_a_narrower_name_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- a hedge said of one name's chips

GRAYSKULLS = {
    ("up to 1.5 MB, per core", "Tenstorrent Grayskull e75"),
    ("up to 1.5 MB, per core", "Tenstorrent Grayskull e150"),
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much SRAM does each Tensix core of Tenstorrent's Grayskull hold? Keep the 'up to'.", GRAYSKULLS),
        ("How much SRAM per Tensix core does the Grayskull have, stated as an upper bound?", GRAYSKULLS),
        # the hedge does not hold of the figures: refused, each checked; since session 36 refused first
        # as one name of two chips whose clocks differ (tests/test_ask_session36.py), each clock named
        ("What is the Grayskull's clock? Keep the 'up to'.", (REFUSE, "may be any of 2 chips")),
        # two names: "the figure" is not one
        ("What is the transistor count of the Groq LPU and NorthPole, stated as a lower bound?", REFUSE),
    ],
)
def test_hedge_said_of_one_names_chips(ask_json, question, expected):
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- "counting narrower variants"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips support FP8, counting variants such as configurable FP8?", {"AWS Trainium2", "Intel Gaudi 3"}),
        ("Which chips use HBM (counting narrower variants such as HBM3E)?", HBM_CHIPS),
        ("Which chips use HBM, counting narrower variants?", HBM_CHIPS),
        # FP4 is no variant of FP8
        ("Which chips support FP8, counting narrower variants such as FP4?", REFUSE),
        ("Which chips use HBM, not counting narrower variants?", REFUSE),
    ],
)
def test_counting_variants(ask_json, question, expected):
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- "enumerate"


def test_enumerate_asks_a_list(ask_json):
    check(ask_json, "Enumerate the numeric formats the article lists for AWS Trainium2.", TRAINIUM2_FORMATS)
    check(ask_json, "Enumerate the chips made by TSMC.", TSMC_CHIPS)
    # an imperative asks for figures or names: two figures of one chip are not a yes/no
    check(ask_json, "Enumerate the Gaudi 3's SRAM and HBM", (REFUSE, "not yes/no"))
