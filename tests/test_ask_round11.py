"""``chipkg ask`` round 11: the classes of analyst refusals that held-out set 19 revealed, each
tested on questions written for this round (in no held-out set), with near misses that must stay
refused. Every expected answer is checked against the article (line numbers of
/work/shared/sources/ai-chip-race.txt in the comments).

- (A) an aside that says which figure is meant and sets aside one the reading leaves out anyway:
  "(the package-wide figure, not the per-die one)", "(the one-card figure, not the dual-card
  one)", "(not aggregated over an UltraCluster)", "(ignoring its DDR5 tier)" beside HBM, "(memory
  bandwidth, not the interchip interconnect)". One that sets aside what the reading would use
  ("(the package-wide figure, not the per-chip one)", "per cluster (not aggregated over an
  UltraCluster)", "HBM (ignoring HBM3)") is refused.
- (B) a sentence that only says how to answer, said in parts (words.tsv instruction values: a verb
  that keeps with what it keeps, "if" with a verb of tying): "Retain any 'up to' qualifier.",
  "Keep the article's hedge.", "If multiple chips share the top spot, name them all."; and
  "treating nominal figures as stated". One word more ("Drop ...", "list only one", "in
  billions") keeps the sentence in the question, refused there.
- (C) words: "looking only at" (as "considering only"), "their own proprietary" (as "their own";
  "proprietary" alone is part of a name and stays unknown), "raises" (a claim, as "improves"),
  "works with" (software), "highly unlikely" (as "unlikely": ck:notSuitableFor, its hedge shown).
- (D) a comparative in parentheses that says the question's comparison again, in its direction:
  "7nm or a finer (smaller) node"; against it ("(larger)") it is refused.
- (E) others: "the <vendor> chip" of a vendor with one chip, asked a figure, is that chip; "than the
  AI 100 Ultra's single-card figure" names that chip's scope in a yes/no, which then compares it
  (as "(counting its per-card figure)" does); "Comparing HBM only, does A carry more HBM than B?"
  (the lead-in said again by the comparison); "a cluster of 2,048 CS-3 units" (as "systems").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

#: line numbers of the article: Gaudi 3 per die and per package 53, its HBM 55; AI 100 Ultra power
#: and model sizes 105; Trainium2 FP16 and HBM 75; CS-3 2.6 petaflops 139; Trillium HBM bandwidth
#: 63; SN40L HBM3 and DDR5 131; Groq SRAM 153, clock and INT8 153; Gaudi 3 and Trillium HBM 55,
#: 63; AI 100 Ultra transistors 103; NorthPole clock 113; MTIA v2 clock 89; Grayskull power 185;
#: Trainium2 claims 75; Cloud AI SDK 109; Adreno 750 data centre 99; nodes 41-173

# --------------------------------------------------------------------------- (A) asides that narrow


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "How many matrix math engines does a Gaudi 3 have in total (the package-wide count, not the per-die one)?",
            "8 matrix math engines",
        ),
        ("How many TPCs does a Gaudi 3 have (the whole-package figure, not a single die)?", "64 TPCs"),
        ("How much SRAM does a Gaudi 3 hold (per die, not the package total)?", "48 MB, per die"),
        (
            "What power does the Cloud AI 100 Ultra draw (the one-card figure, not the dual-card one)?",
            "150 W, per card",
        ),
        (
            "What is the largest model the Cloud AI 100 Ultra handles (the dual-card figure, not the one-card one)?",
            "175 billion, per system, across 2 cards",
        ),
        (
            "What FP16 throughput does the article give Trainium2 (not aggregated over an UltraCluster)?",
            "650 teraFLOPS, FP16",
        ),
        (
            "Which chips have HBM bandwidth of at least 3 TB/s (memory bandwidth, not the chip-to-chip interconnect)?",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("does the SN40L have more HBM than Gaudi 3 (ignoring its DDR5 tier)?", False),
        (
            "What is the CS-3's performance per chip (the mixed-precision figure, not the cluster aggregate)?",
            "2.6 petaflops, mixed-precision",
        ),
        (
            "Which chip has the most SRAM, Groq LPU or Gaudi 3 (taking Gaudi 3's package-level figure, not one die)?",
            "Groq LPU",
        ),
        ("What is Gaudi 3's SRAM (the package figure, not per die)?", "96 MB"),
        ("What is NorthPole's SRAM capacity (the chip total, not per core)?", "192 MB"),
        ("What power does the AI 100 Ultra draw (the per-card figure, not a multi-card total)?", "150 W, per card"),
        ("Which chip has the most SRAM (per-chip figures only, not per-core ones)?", "d-Matrix Corsair C8"),
        (
            "How many MMEs does each Gaudi 3 die contain (the per-die count, as opposed to the package total)?",
            "4 matrix math engines, per die",
        ),
        ("How much SRAM does the Corsair C8 have (the chip-level figure, not per DIMC)?", "2 GB"),
        ("How many cores does Grayskull e150 have (the chip total, not per Tensix core)?", "120 Tensix cores"),
        ("What is Gaudi 3's HBM bandwidth (memory, not the Ethernet links)?", "3.7 TB/s"),
        (
            "Which chip has the largest HBM capacity (HBM only, ignoring DDR5 and SRAM)?",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("What is NorthPole's die area (the single die, not a package)?", "800 mm², per die"),
    ],
)
def test_a_an_aside_that_narrows_is_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the scope set aside is the one said: no reading
        "How much SRAM does Gaudi 3 have (the package-wide figure, not the per-chip one)?",
        "What model size does the Cloud AI 100 Ultra handle (the one-card figure, not the per-card one)?",
        # a system's figure set aside beside a system's scope asked
        "What FP16 performance does Trainium2 have per cluster (not aggregated over an UltraCluster)?",
        # HBM3 is narrower than the HBM asked: setting it aside would leave the SN40L out
        "does the SN40L have more HBM than Trainium2 (ignoring HBM3)?",
        # DDR5 set aside beside memory in general: the reading would include it
        "does the SN40L have more memory than Trainium2 (ignoring its DDR5 tier)?",
        # the link set aside is what the question asks
        "What is Trillium's interconnect bandwidth (memory bandwidth, not the interchip interconnect)?",
        # "as opposed to" a scope is "not" it, checked as that is
        "How many MMEs does Gaudi 3 have (the package count, as opposed to the per-chip one)?",
        # the link set aside is the one asked; HBM3 is narrower than the HBM asked; no measure
        "What is Gaudi 3's Ethernet bandwidth (memory, not the Ethernet links)?",
        "Which chip has the largest HBM capacity (HBM only, not HBM3)?",
        "Which chips have HBM (HBM only, ignoring DDR5)?",
        # a unit's figure set aside beside a unit's scope asked
        "How much SRAM does the Corsair C8 have per DIMC (the chip-level figure, not per DIMC)?",
    ],
)
def test_a_an_aside_setting_aside_what_the_reading_uses_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (B) instructions in parts


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chip has the most HBM? If multiple chips share the top spot, name them all.",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("What is the Groq LPU's peak INT8 performance? Retain any 'up to' qualifier.", "up to 1 PetaOPS, INT8, peak"),
        ("How many transistors does the AI 100 Ultra have? Preserve the source's qualifier.", "over 10 billion"),
        ("What clock speed does NorthPole run at? Keep the article's hedge.", "nominal 400 MHz"),
        ("What is the MTIA v2's clock speed? Report the figure with its qualifier.", "1.35 GHz"),
        (
            "Which chip has the most HBM? If several chips tie for the top figure, name them all.",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("How many transistors does Blackwell have? Keep the number exactly as the article gives it.", "208 billion"),
        (
            "Rank Groq LPU, MTIA v2 and NorthPole by clock speed (take NorthPole's nominal figure as its clock).",
            ["Meta MTIA v2", "Groq LPU", "IBM NorthPole"],
        ),
        (
            "Ordering the chips by SRAM, what is the sequence?",
            [
                "d-Matrix Corsair C8",
                "Meta MTIA v2",
                "IBM NorthPole",
                "Qualcomm Cloud AI 100 Ultra",
                "Groq LPU",
                "Intel Gaudi 3",
            ],
        ),
        (
            "Rank Gaudi 3, Trillium and Trainium2 by HBM capacity, largest first. If two share a figure, list both.",
            ["Google Trillium TPU", "Intel Gaudi 3", "AWS Trainium2"],
        ),
        ("What is the Groq LPU's clock speed? Give the figure exactly as stated.", "1.2 GHz"),
        (
            "Of the Groq LPU, NorthPole and MTIA v2, which has the lowest clock speed, treating nominal figures as stated?",
            "IBM NorthPole",
        ),
    ],
)
def test_b_instructions_said_in_parts_are_dropped(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "What is the Groq LPU's peak INT8 performance? Drop the 'up to' qualifier.",
        "Which chip has the most HBM? If more than one chip shares the top figure, list only one.",
        "How many transistors does the M4 have? Keep the figure in billions.",
        "Which chip has the lowest clock speed, treating nominal figures as rounded?",
        "What is the Groq LPU's clock speed? Give the figure rounded.",
        "If several chips tie for the top figure, name one. Which chip has the most HBM?",
        # a figure taken as a number, or as a measure the question does not ask, is no remark
        "Rank Groq LPU, MTIA v2 and NorthPole by clock speed (take NorthPole's nominal figure as 1 GHz).",
        "Rank Groq LPU and MTIA v2 by power (take the M2000's figure as its power).",
    ],
)
def test_b_a_sentence_with_one_word_more_is_read_and_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_b_instruction_parts_alone_are_no_instruction():
    """A verb with nothing kept, what is kept with no verb, a tie word with no "if": not instructions."""
    from chipkg.ask.lexicon import is_instruction

    assert is_instruction("If more than one chip shares the top figure, list all of them.")
    assert is_instruction("Keep the article's qualifier.")
    for sentence in (
        "Keep.",
        "The hedge.",
        "Keep the top figure.",
        "Give the figure.",
        "They share the top figure.",
        "List all.",
    ):
        assert not is_instruction(sentence), sentence


# --------------------------------------------------------------------------- (C) words


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Looking only at figures stated per chip, which chip draws the most power?", "Tenstorrent Grayskull e150"),
        (
            "Which hyperscalers build their own proprietary accelerators?",
            {"Amazon", "Google", "Meta", "Microsoft"},
        ),
        ("Which chips work with the Qualcomm Cloud AI SDK?", "Qualcomm Cloud AI 100 Ultra"),
        ("Is the Adreno 750 highly unlikely for data center use?", True),
    ],
)
def test_c_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_c_raises_is_a_claim(ask_json):  # noqa: ANN001
    """ "raise" asks the comparison claims, as "improve" does (Trainium2: up to 4x training, l.75);
    "training performance" names the one claim asked (red team 6, R8: all three were answered)."""
    data = check(
        ask_json,
        "How much does Trainium2 raise training performance over its predecessor?",
        {"up to 4 x, training performance, vs AWS Trainium"},
    )
    assert "comparison claim" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "which chips use a proprietary interconnect?",  # 'proprietary' narrows: no filler alone
        "which chips work with HBM?",  # HBM is no software
        "Which chips have SRAM (per-chip figures only)?",  # 'only' beside a list of chips by a technology
    ],
)
def test_c_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (D) node comparatives


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips are on 5nm or a finer (smaller) node?", "5"),
        ("Which chips are built on 10nm or a coarser (larger) process?", {"IBM NorthPole", "Mythic M2000"}),
    ],
)
def test_d_a_comparative_said_again(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips are built on 7nm or a finer (larger) process node?",
        "Which chips are built on 10nm or a coarser (smaller) process?",
    ],
)
def test_d_a_comparative_against_the_comparison_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (E) others


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much SRAM does the Groq chip have?", "128 MB"),
        ("how many compute cores does the SambaNova chip have?", "1,040 compute cores"),
        ("is the MTIA v2's power higher than the Cloud AI 100 Ultra's per-card figure?", False),
        ("is the Grayskull e75's power draw lower than the AI 100 Ultra's single-card number?", True),
        (
            # the chip's scope said inside a parenthesis is read there, as before
            "Rank the MTIA v2, the Grayskull e75 and the Cloud AI 100 Ultra by power, highest first "
            "(counting the AI 100 Ultra's single-card figure).",
            ["Qualcomm Cloud AI 100 Ultra", "Meta MTIA v2", "Tenstorrent Grayskull e75"],
        ),
        ("Comparing SRAM only, which chip has more SRAM, Groq LPU or NorthPole?", "IBM NorthPole"),
        ("Comparing HBM only, does the SN40L carry more HBM than Gaudi 3?", False),
        (
            "how much performance does a cluster of 2,048 CS-3 units deliver?",
            "up to 256 exaflops, per cluster, across 2,048 systems",
        ),
    ],
)
def test_e_others(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "is the MTIA v2's power higher than the Cloud AI 100 Ultra's?",  # a card's figure, its scope not said
        "does Gaudi 3 have more SRAM than NorthPole's per-die figure?",  # a die's figure is no chip's
        "Comparing HBM only, does the SN40L have more memory than Trainium2?",  # memory, not HBM, compared
        "Comparing HBM only, which chips use HBM?",  # no comparison: 'only' would say a chip has nothing else
        "how many transistors does the Groq chip not have?",
        "how much performance does a cluster of 1,000 CS-3 units deliver?",  # the article gives 2,048
    ],
)
def test_e_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
