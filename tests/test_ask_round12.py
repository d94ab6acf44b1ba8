"""``chipkg ask`` round 12: the classes of analyst and casual refusals that held-out set 20
revealed, each tested on questions written for this round (in no held-out set), with near misses
that must stay refused. Every expected answer is checked against the article (line numbers of
/work/shared/sources/ai-chip-race.txt in the comments).

- (A) a sentence that only asks to keep the hedge, with how the article puts it: "Keep the hedge
  exactly as the article words it.", "Keep 'nominal' if that is how the article frames it.",
  "Keep the approximation the source uses.", "... rather than presenting it as an exact number";
  and "the hedge kept" after the hedge talked of. A verb that changes the figure ("drop", "round")
  or a word more ("in millions") keeps the sentence in the question, refused there.
- (B) a later sentence that says what to list, with "only" or what not to list: "Companies only,
  please, not their chips.", "I want the chips themselves, not the foundry." What it sets aside
  must not be of the kind listed ("Chips only, not GPUs" would leave chips out): refused.
- (C) another chip set aside beside the one whose figure is asked ("the Grayskull e150
  specifically, not the e75"): the figure is that chip's alone. The chip asked set aside, or its
  line, is refused.
- (D) an aside between a dash and the end that says which figure is meant and sets aside another
  ("— per chip, not for a node", "— the package-wide figure, not the 48 MB per die"), read as its
  parenthesis is; the figure set aside may be quoted ("the 256-exaflop cluster one", "the
  Grayskull's up-to-1.5 MB per Tensix core", "not the 1,024-node cluster one"). A figure quoted
  with no scope, part or link it is of, or the scope asked set aside, is refused.
- (F) a clause that says again a relation the question asks, with its value: ", counting only those
  where TSMC is named as the foundry", "(only chips where Qualcomm is named as the designer)": it
  goes, checked: the question must ask that relation with that name ("the fab": ck:manufacturedBy,
  whose range is the foundry). A name the question does not use, or asks of another relation, is
  refused.
- (G) a lead-in that compares named chips alone ("Comparing only the two Grayskull models, which
  one draws more power?"): the chips are the field, as "Of A and B, which ..." says. Another chip
  named after it, or no comparison, is refused.
- (E) words: "take part in", "participants in" (ck:memberOf, the ontology's hidden labels), "effort"
  after a name (words.tsv attr), "how quick" (as "how fast"), "lean on" (as "rely on"), "take on"
  (as "handle").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: line numbers of the article: Adreno 750 transistors 97; M4 transistors, clock, LPDDR5X 119-121;
#: NorthPole clock and INT8 113; Groq LPU transistors, INT8, SRAM 151-153; M2000 power 165; AI 100
#: Ultra transistors, SRAM, power 103-105; UXL Foundation 15; nodes 41-173; Grayskull clocks and
#: power 179-183; Gaudi 3 SRAM, HBM, node and cluster compute 53-57; CS-3 141-143; Trillium 63

# --------------------------------------------------------------------------- (A) hedge instructions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What is the Adreno 750's transistor count? Keep the hedge exactly as the article words it.",
            "over 10 billion",
        ),
        (
            "What clock speed does the article give for NorthPole? Keep 'nominal' if that is how the article frames it.",
            "nominal 400 MHz",
        ),
        ("How many transistors does the Apple M4 have? Keep the approximation the source uses.", "about 40 billion"),
        (
            "What INT8 throughput does the article give the Groq LPU? Preserve the 'up to' rather than presenting it "
            "as an exact number.",
            "up to 1 PetaOPS, INT8, peak",
        ),
        (
            "What typical power does the Mythic M2000 draw? Keep the qualifier as it is written in the article.",
            "nominal about 4 watts",
        ),
        ("What transistor count does the article give the Groq LPU, with the hedge kept?", "over 20 billion"),
        (
            "How many transistors does the AI 100 Ultra have? Keep the qualifier the article attaches to it.",
            "over 10 billion",
        ),
        ("What is the M4's clock speed? Preserve the article's wording of the hedge.", "up to 3.5 GHz"),
        (
            "What is the Groq LPU's INT8 throughput? Please keep any 'over' or 'up to' as written.",
            "up to 1 PetaOPS, INT8, peak",
        ),
        (
            "Per the article, how many transistors does the Adreno 750 have? The figure is hedged, and I want the "
            "hedge kept.",
            "over 10 billion",
        ),
    ],
)
def test_a_hedge_instructions_with_how_the_article_puts_it(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "What is the Adreno 750's transistor count? Drop the hedge exactly as the article words it.",
        "What clock speed does the article give for NorthPole? Keep 'nominal' if that is how the article rounds it.",
        "How many transistors does the Apple M4 have? Keep the approximation but give it in millions.",
        "Which chips have over 10 billion transistors, with the hedge kept?",
        "What transistor count does the article give the Groq LPU, with the hedge removed?",
        "How many transistors does the AI 100 Ultra have? Keep the qualifier the article attaches, and round it.",
    ],
)
def test_a_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (B) what to list


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which companies are members of the UXL Foundation? Companies only, please, not their chips.",
            {"AMD", "Google", "Intel"},
        ),
        (
            "Which chips does the article place on a 3nm process? I want the chips themselves, not the foundry.",
            "Apple M4",
        ),
        ("Which accelerators are built on a 12nm node? The chips only, not the process node.", "IBM NorthPole"),
        (
            "Which chips are fabricated by TSMC on a 4nm process? List the chips, not the foundry or the node.",
            {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"},
        ),
    ],
)
def test_b_a_sentence_says_what_to_list(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are built on a 5nm process? Chips only, not GPUs.",
        "Which chips use HBM? Organizations only, not the chips.",
    ],
)
def test_b_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_b_a_sentence_setting_a_kind_aside_read_as_its_parenthesis(ask_json):  # noqa: ANN001
    # session 44: the sentence is read as "(companies only, not foundries)" is, checked of each
    # organization answered (none of the 7nm chips' designers is a foundry); it was refused before
    check(
        ask_json,
        "Which companies design chips on a 7nm process? Companies only, not foundries.",
        {"AWS", "Cerebras Systems", "Groq", "Meta", "Qualcomm", "SambaNova Systems"},
    )


# --------------------------------------------------------------------------- (C) another chip set aside


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What clock does the article give for the Grayskull e150 specifically, not the e75?", "1.2 GHz"),
        ("How much power does the Grayskull e75 draw, not the e150?", "75 W"),
        ("What SRAM capacity does the Groq LPU have, excluding the AI 100 Ultra?", "128 MB"),
    ],
)
def test_c_another_chip_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "What clock does the article give for the Grayskull e150, not the e150?",
        "What is the clock speed of the Grayskull e75, not the Grayskull?",
    ],
)
def test_c_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (D) dashed asides, quoted figures


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What HBM bandwidth does a Trillium TPU have — the per-chip figure, not for a pod?", "3.7 TB/s"),
        ("How much SRAM does Gaudi 3 have in all — the package-wide figure, not the 48 MB per die?", "96 MB"),
        (
            "What mixed-precision throughput does one CS-3 deliver — the single-chip figure, not the cluster "
            "total of 256 exaflops?",
            "2.6 petaflops, mixed-precision",
        ),
        (
            "Which chip carries the least SRAM per chip (setting aside the Grayskull's up-to-1.5 MB per Tensix core)?",
            "Intel Gaudi 3",
        ),
        (
            "What FP8 performance does a single Gaudi 3 node deliver — the per-node figure, not the 1,024-node "
            "cluster one?",
            "14.7 petaflops, FP8, per node, across 8 chips",
        ),
        (
            "Of the Groq LPU and the Gaudi 3, which has less SRAM (taking Gaudi 3's package-wide total, not its "
            "per-die figure)?",
            "Intel Gaudi 3",
        ),
        (
            "What power does the Cloud AI 100 Ultra draw — the single-card figure, not a dual-card total?",
            "150 W, per card",
        ),
        ("How many TPCs does Gaudi 3 have — the package-wide count, not the 32 in each of its two dies?", "64 TPCs"),
        (
            "How many Tensix cores does the e75 have (the chip total, not the five RISC-V processors in each core)?",
            "96 Tensix cores",
        ),
        ("What HBM capacity does a Trillium TPU have — per chip, not for a whole pod?", "128 GB"),
    ],
)
def test_d_a_dashed_aside_that_narrows(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "What HBM capacity does the article give for the Gaudi 3 — per node, not per node?",
        "What is Gaudi 3's SRAM — the package-wide figure, not the 96 MB?",
        "What is the CS-3's performance — per cluster, not the 256-exaflop cluster figure?",
        "How much SRAM does Gaudi 3 have — the per-die figure, not the 96 MB per die?",
        # the kind of unit counted set aside
        "How many RISC-V processors does the e75 have (the chip total, not the RISC-V processors in each core)?",
    ],
)
def test_d_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (E) words


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which companies take part in the UXL Foundation?", {"AMD", "Google", "Intel"}),
        ("Does Intel take part in the UXL Foundation effort?", True),
        ("Who are the participants in the UXL Foundation?", {"AMD", "Google", "Intel"}),
        ("how quick is the apple m4's clock?", "up to 3.5 GHz"),
        ("what memory does the mtia v2 lean on?", "SRAM, on-chip, capacity 256 MB"),
        ("how big a model can the ai 100 ultra take on with one card?", "up to 100 billion, per card"),
    ],
)
def test_e_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "what is the UXL Foundation effort?",
        "which chips take on large models?",
    ],
)
def test_e_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (F) "where X is named as the Y"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "How many chips does TSMC fabricate on a 7nm process, counting only those where TSMC is named as the "
            "foundry?",
            "2",
        ),
        (
            "Which chips does Qualcomm design, counting only those where Qualcomm is explicitly named as the designer?",
            {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra", "Qualcomm Snapdragon 8 Gen 3"},
        ),
        (
            "Which 4nm chips does TSMC fabricate (only chips where TSMC is named as the fab)?",
            {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"},
        ),
        (
            "Which chips designed by Qualcomm does TSMC make, counting only those where TSMC is named as the fab?",
            {"Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
    ],
)
def test_f_a_relation_said_again_with_its_value(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips does TSMC fabricate, counting only those where Intel is named as the foundry?",
        "Which chips does Qualcomm design, counting only those where Qualcomm is named as the fab?",
        "Which chips are on a 7nm node, counting only those where TSMC is named as the foundry?",
        # the name is asked, of another relation: the clause says it is the fab
        "Which chips designed by Qualcomm does TSMC make, counting only those where Qualcomm is named as the fab?",
        "How many chips does TSMC make, counting only those where TSMC is named as the designer?",
    ],
)
def test_f_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (G) "comparing only A and B, which ..."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Comparing only the Grayskull e75 and the MTIA v2, which one runs at a higher clock?", "Meta MTIA v2"),
        ("Comparing only the two Grayskull models, which one has fewer Tensix cores?", "Tenstorrent Grayskull e75"),
        ("Comparing only the Groq LPU and NorthPole, which carries more SRAM?", "IBM NorthPole"),
    ],
)
def test_g_compared_chips_only(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Comparing only the Groq LPU and NorthPole, does the MTIA v2 carry more SRAM?",
        "Comparing only the Groq LPU and NorthPole, which chips use SRAM?",
    ],
)
def test_g_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
