"""Red team 6's wrong answers (exit 0, wrong) of classes R1, R2, R5, R6, R12 and R13, fixed by
mechanism, each tested on the report's examples and on paraphrases and near misses written here.

- R1: a threshold yes/no on a measure the chip has several figures of, none named (the M4's CPU,
  GPU, Neural Engine, performance and efficiency cores; NorthPole's INT2/INT4/INT8 TOPS), was true
  when any one figure passed, so a question and its opposite were both true. Now true only when
  every candidate passes; under an upper limit, figures of different parts (which add up) refuse.
- R2: who claims a figure was read as who designed the chip ("by Nvidia's claim" -> "designed by
  Nvidia", flipping a yes/no), and "vendor claims" as the chip designers. An organization said to
  claim something (by X's claim, according to X, as X claims, X says, per X,) is the claimant: a
  yes/no is answered only when every figure it rests on is X's own claim (ck:VendorClaim), a figure
  asked of chips only when X designs them; "not by X's claim" is refused. "Vendor claims" lead to
  the hedged-figures report narrowed to ck:VendorClaim (the four claimed figures).
- R5: an aside at the end of a yes/no ("(the 5nm one)", ", from Nvidia") was conjoined into the
  question, so a false premise answered "false" though the question's own test passed. An aside
  that only adds conditions about the chip is a premise, checked: refused when the article rules it
  out or does not say it, and the yes/no without it answered when it holds.
- R6: "Of A and B, does A have more X?" answered the winner's table: only "Between A and B, ..." was
  read as a pair up front. Now any function words before two chips joined by "and" (then a comma
  or the question's auxiliary) are a pair up front; a yes/no that compares nothing with the other
  (a relation, a number, or "than B" said) is asked of its chip alone; a superlative is refused.
- R12: "which chip has the most SRAM behind the Corsair" answered the Corsair's own figure: "behind"
  was read as a relation word that took no chip, and the one chip left became the answer. A
  question that asks which chip (a question word, then a kind of chip) never answers with the top
  of the one chip it names.
- R13: "what are the SN40L's memory tiers" answered the tier count ("3 tiers"): a count measure's
  things asked for by "which" / "what ... are" ask which they are, which a count does not say.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SEVERAL_FIGURES: list[tuple[str, object]] = [
    # l.113: NorthPole over 200 TOPS at 8-bit, 400 TOPS at 4-bit, 800 TOPS at 2-bit
    ("does northpole deliver less than 500 tops", (REFUSE, "several figures")),
    ("does northpole deliver more than 500 tops", (REFUSE, "several figures")),
    ("is northpole capable of at most 400 tops?", (REFUSE, "several figures")),
    ("does ibm northpole reach exactly 400 tops", (REFUSE, "several figures")),
    ("does the northpole deliver under 800 tops", (REFUSE, "several figures")),
    # l.119-121: M4 10 CPU cores (4 performance, 6 efficiency), 12 GPU cores, a 16-core Neural Engine
    ("does the m4 have fewer than 20 cores", (REFUSE, "add up")),
    ("does apple's m4 have under 30 cores?", (REFUSE, "add up")),
    ("does the m4 have at most 16 cores", (REFUSE, "several figures")),
    ("does the m4 have exactly 16 cores", (REFUSE, "several figures")),
    ("is the m4 a 16-core chip", (REFUSE, "several figures")),
    ("does the m4 have more than 15 cores", (REFUSE, "several figures")),
    # l.53-55: Gaudi 3 has 8 MMEs and 64 TPCs; 128 GB HBM and 96 MB SRAM
    ("does gaudi 3 have more than 50 cores", (REFUSE, "several figures")),
    # near misses: every candidate passes; a kind or precision named leaves one figure
    ("does northpole deliver more than 100 tops", True),
    ("does the m4 have more than 3 cores", True),
    ("does the m4 have at least 10 cores", True),  # its 4 + 6 CPU cores are part of the 10
    ("does the m4 have fewer than 40 cores", True),  # 10 + 12 + 16 = 38 together
    # a maximum (scale-out): Trillium's over 1,000 per cluster counts beside its 256 per pod
    ("which chips scale to more than 1,000 units", 4),
    ("does northpole deliver more than 500 tops at int2", True),
    ("does northpole deliver less than 500 tops at int4", True),
    ("does the m4 have 16 neural engine cores", True),
    ("does the m4 have 16 gpu cores", False),
    ("does the m4 have fewer than 12 cpu cores", True),
    ("does gaudi 3 have more than 50 MB of sram", True),
    ("does the m4 run faster than 3 ghz", True),  # one figure (up to 3.5 GHz)
    # lists and counts hold each chip to the same rule
    ("which chips have more than 500 tops and less than 500 tops", (REFUSE, "IBM NorthPole has several figures")),
    ("which chips deliver at most 400 tops", (REFUSE, "IBM NorthPole has several figures")),
    ("which chips have fewer than 20 cores", (REFUSE, "Apple M4 has several figures")),
    ("how many chips have fewer than 20 cores", (REFUSE, "Apple M4 has several figures")),
    ("which chips have more than 100 cores", 7),  # each with one count over 100 (l.179: the e150 120 Tensix)
]


@pytest.mark.parametrize(("question", "expected"), SEVERAL_FIGURES, ids=[q for q, _ in SEVERAL_FIGURES])
def test_a_threshold_yes_no_on_several_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


WHICH_COUNTED: list[tuple[str, object]] = [
    # l.131: the SN40L's three-tier memory (HBM3, DDR5, on-chip SRAM); the graph holds the count
    ("what are the sn40l's memory tiers", (REFUSE, "ask what memory the chip has")),
    ("which memory tiers does the sn40l have", (REFUSE, "ask what memory the chip has")),
    ("what were the sn40l's tiers of memory?", (REFUSE, "ask what memory the chip has")),
    ("which dies does blackwell have", (REFUSE, "not which they are")),  # l.37: two dies
    ("list the sn40l's memory tiers", (REFUSE, "ask what memory the chip has")),
    ("what are the sn40l's tiers", (REFUSE, "ask what memory the chip has")),
    # near misses: counting words ask the count; the memories are listed; compute units name their kind
    ("how many memory tiers does the sn40l have", "3 tiers (memory tiers)"),
    ("what is the number of memory tiers of the sn40l", "3 tiers (memory tiers)"),
    ("sn40l memory tiers", "3 tiers (memory tiers)"),
    ("how many dies does blackwell have", "2 dies"),
    ("what memory does the sn40l have", 3),
    ("which cores does the e75 have", "96 Tensix cores"),
]


@pytest.mark.parametrize(("question", "expected"), WHICH_COUNTED, ids=[q for q, _ in WHICH_COUNTED])
def test_which_things_a_count_counts(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


ONE_NAMED_IN_A_TOP: list[tuple[str, object]] = [
    # l.173 Corsair 2 GB SRAM, the most; l.139 CS-3 4 trillion transistors, the most
    ("which chip has the most sram behind the corsair", (REFUSE, "in a way not read")),
    ("which chip has the most transistors behind the cs-3", (REFUSE, "in a way not read")),
    ("which accelerator has the largest sram behind the corsair?", (REFUSE, "in a way not read")),
    ("which chip has the most sram related to the corsair", (REFUSE, "in a way not read")),
    ("which gpu has the most hbm behind gaudi 3", (REFUSE, "in a way not read")),
    # near misses: the chip set aside; the company behind a chip; one chip's own most, asked of it
    ("which chip has the most sram apart from the corsair", "Meta MTIA v2"),  # l.89 256 MB
    ("which chip has the most sram behind d-matrix", "d-Matrix Corsair C8"),
    ("what is the most sram of the corsair", "2 GB"),
    ("what is the highest clock speed of the m4", "up to 3.5 GHz"),  # l.119
    ("which is the largest model trainium2 can train", "AWS Trainium2"),  # l.75, not "which chip"
]


@pytest.mark.parametrize(("question", "expected"), ONE_NAMED_IN_A_TOP, ids=[q for q, _ in ONE_NAMED_IN_A_TOP])
def test_which_chip_has_the_most_never_answers_the_one_named(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


FRONTED_PAIR: list[tuple[str, object]] = [
    # SRAM: Groq LPU 128 MB (l.153), NorthPole 192 MB (l.113); power: e75 75 W, e150 200 W (l.183),
    # MTIA v2 90 W (l.89); transistors: CS-3 4 trillion (l.139), Blackwell 208 billion (l.37)
    ("of the groq lpu and northpole, does the groq lpu have more sram?", False),
    ("Of the e75 and e150, does the e75 draw more power?", False),
    ("of the cs-3 and blackwell, does the cs-3 have fewer transistors?", False),
    ("among the groq lpu and northpole, does the groq lpu have more sram?", False),
    ("of these two, the groq lpu and northpole, does the groq lpu have more sram?", False),
    ("For the MTIA v2 and the e150, does the e150 draw less power?", False),
    ("among northpole and the groq lpu, does northpole have more sram", True),
    ("of blackwell and the cs-3, does the cs-3 have more transistors?", True),
    # relation yes/nos after a pair: asked of the chip named (l.55 Gaudi 3 HBM; l.119 M4 on TSMC 3nm;
    # l.151-153 the Groq LPU's SRAM, no HBM said)
    ("Between gaudi 3 and the groq lpu, does the groq lpu use hbm?", REFUSE),
    ("Between gaudi 3 and the groq lpu, does gaudi 3 use hbm?", True),
    ("Between the M4 and the Groq LPU, is the M4 made by TSMC?", True),
    ("of the m4 and the groq lpu, is the groq lpu made by tsmc?", True),
    ("among the groq lpu and northpole, does the groq lpu have more than 100 mb of sram?", True),
    ("of the groq lpu and northpole, does the groq lpu have more sram than northpole?", False),
    # a superlative after the pair is refused; a chip outside the pair is not compared
    ("of the groq lpu and northpole, does the groq lpu have the most sram?", REFUSE),
    ("between the groq lpu and northpole, does northpole have the most sram?", REFUSE),
    ("of the groq lpu and northpole, does the m4 have more sram?", REFUSE),
    # three or more up front: a comparison is refused (against which?), a relation asked of its chip
    # (l.55 Gaudi 3 128 GB, l.73 Trainium2 96 GB, l.63 Trillium HBM)
    ("of gaudi 3, trainium2 and trillium, does trainium2 have less hbm", (REFUSE, "several chips named up front")),
    ("of gaudi 3, trainium2 and trillium, does trainium2 use hbm", True),
    ("among gaudi 3, trainium2 and trillium, does trainium2 have less hbm than gaudi 3", True),
    # near misses: "which" after the pair is the one on top
    ("of the groq lpu and northpole, which has more sram?", "IBM NorthPole"),
    ("between the groq lpu and northpole, does the groq lpu have more sram?", False),
]


@pytest.mark.parametrize(("question", "expected"), FRONTED_PAIR, ids=[q for q, _ in FRONTED_PAIR])
def test_a_pair_named_up_front_then_a_yes_no(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


PREMISE_ASIDES: list[tuple[str, object]] = [
    # l.119-121: the M4 is Apple's, on TSMC 3nm, 38 TOPS; l.151: the Groq LPU is Groq's, on 7nm
    ("does the m4 have more than 30 tops (the 5nm one)", (REFUSE, "rules out")),
    ("does the m4 have more than 30 tops, from nvidia", (REFUSE, "rules out")),
    ("is the groq lpu built on 7nm (the 5nm one)", (REFUSE, "rules out")),
    ("is the groq lpu built on 7nm (designed by google)", (REFUSE, "rules out")),
    # "made" is designer or foundry: Intel is ruled out as designer, a foundry by none (a chip may have several)
    ("is the groq lpu built on 7nm, made by intel", (REFUSE, "does not say")),
    ("is the groq lpu built on 7nm (on 3nm)", (REFUSE, "rules out")),
    ("does the mtia v2 draw 90 w (the one from google)?", (REFUSE, "rules out")),  # l.89 Meta's
    ("is the cs-3 built on 5nm (made by tsmc)", (REFUSE, "does not say")),  # no foundry for the CS-3
    # near misses: a premise that holds leaves the yes/no; "and" asks one more condition
    ("does the m4 have more than 30 tops (the 3nm one)", True),
    # the M4's own performance is not stated, only its Neural Engine's 38 TOPS, which the chip
    # delivers at least (red team 17 class 4): more than 30 is true, more than 50 not known
    ("does the m4 have more than 50 tops (the 3nm one)", (REFUSE, "does not say")),
    ("is the groq lpu built on 7nm (designed by groq)?", True),
    ("does the mtia v2 draw 90 w, designed by meta", True),
    ("is gaudi 3 made on 5nm, from intel?", True),  # l.53
    ("is the groq lpu built on 7nm, and made by intel?", (REFUSE, "does not say")),  # as above
    ("which chips use hbm (the 5nm one)", "Intel Gaudi 3"),  # a list narrowed by its aside
]


@pytest.mark.parametrize(("question", "expected"), PREMISE_ASIDES, ids=[q for q, _ in PREMISE_ASIDES])
def test_an_aside_about_the_chip_is_a_premise(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


CLAIMANTS: list[tuple[str, object]] = [
    # l.173: d-Matrix claims the Corsair's up to 9,600 TFLOPS; l.81: the Maia 100's 800 TFLOPS is
    # stated; l.89: the MTIA v2's 256 MB SRAM is stated; l.119: the M4's 40 billion transistors
    ("does the corsair deliver more than 9 petaflops by nvidia's claim", (REFUSE, "as Nvidia's claim")),
    ("according to nvidia, does the corsair deliver more than 9 petaflops?", (REFUSE, "as Nvidia's claim")),
    ("does the corsair deliver more than 9 petaflops, not by d-matrix's claim", (REFUSE, "whose claim")),
    ("does the maia 100 deliver more than 500 tflops, not by microsoft's claim", (REFUSE, "whose claim")),
    ("does the m4 have more than 30 billion transistors, not according to apple", (REFUSE, "whose claim")),
    ("does the mtia v2 have more than 200 MB of sram, by google's claim", (REFUSE, "as Google's claim")),
    ("does intel claim gaudi 3 has 128 gb of hbm", (REFUSE, "stated, not claimed")),
    ("does meta claim the mtia v2 draws 90 watts", (REFUSE, "stated, not claimed")),
    ("per apple, does the northpole have more than 20 billion transistors", (REFUSE, "as Apple's claim")),
    ("according to d-matrix, does the groq lpu have more than 100 MB of sram", (REFUSE, "as d-Matrix's claim")),
    ("what peak performance does nvidia claim for the corsair", (REFUSE, "what Nvidia claims")),
    # near misses: the claimant is the one whose claim it is; a designer asked of its own chip
    ("does the corsair deliver more than 9 petaflops by d-matrix's claim", True),
    ("does the corsair deliver more than 9 petaflops, as claimed by d-matrix", True),
    ("according to d-matrix, does the corsair deliver more than 9 petaflops?", True),
    ("what is the corsair's peak performance according to d-matrix", "up to 9,600 TFLOPS (vendor claim)"),
    ("how many transistors does blackwell have, per nvidia", "208 billion"),  # l.37, its designer's
    ("is the corsair designed by d-matrix", True),
    ("which chips are designed by nvidia", {"Nvidia Blackwell GPU", "Nvidia H100"}),
]

VENDOR_CLAIMS: list[tuple[str, object]] = [
    # the four ck:VendorClaim figures: Corsair peak and 9x vs H100 (l.173), MTIA v2 3x and 6x (l.91)
    ("which figures are vendor claims", 4),
    ("list the vendor claims", 4),
    ("what are the corsair's vendor claims", 2),
    ("vendor claims of the mtia v2", 2),
    ("how many vendor claims are there", REFUSE),
    ("does the maia 100 have a vendor claim", REFUSE),
]


@pytest.mark.parametrize(("question", "expected"), CLAIMANTS, ids=[q for q, _ in CLAIMANTS])
def test_who_claims_is_not_who_designs(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(("question", "expected"), VENDOR_CLAIMS, ids=[q for q, _ in VENDOR_CLAIMS])
def test_vendor_claims_are_claimed_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
