"""Two readings from blind sets 37-47 (session 32), in questions of our own:

- a word the graph's description of the one chip named uses, right before a kind of unit counted:
  "the Blackwell GPU's two reticle-limit dies" (l.41; the chip's rdfs:comment says so), dropped
  before the question is read, so "joining the two dies" is the die-to-die link as without it. Of another
  chip, of several or of none it stays a word ask does not know (red team 48 B: the Gaudi 3's and
  the SN40L's dies are not called so);
- "with <figures> taken at face value" ("with vendor claims taken at their stated number", "with
  hedged figures read as stated"): read as "taking <figures> at face value", an aside of how figures
  are read, which is how ask reads them. Said of a name, a number or with a negation, as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, count_of

#: the Blackwell GPU's die-to-die link (l.41)
DIE_LINK = "10 TB/s"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What bandwidth does the chip-to-chip link joining Blackwell's two reticle-limit dies provide?", DIE_LINK),
        (
            "What bandwidth does the link joining the two Reticle-Limit dies of a Blackwell GPU provide, in TB/s?",
            DIE_LINK,
        ),
        ("What bandwidth does the interconnect joining the Blackwell GPU's two reticle-limit dies provide?", DIE_LINK),
        ("How many reticle-limit dies does the Blackwell GPU have?", "2 dies"),
        ("How many reticle-limit dies does the Gaudi 3 have?", REFUSE),
        ("Which chips have two reticle-limit dies?", REFUSE),
        ("Does the SN40L have two reticle-limit dies?", REFUSE),
        ("Does Blackwell have more reticle-limit dies than the Gaudi 3?", REFUSE),
        ("What bandwidth joins the Gaudi 3's two reticle-limit dies?", REFUSE),
    ],
)
def test_a_word_of_the_chips_description_before_its_units(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the Corsair C8's "up to 9,600 TFLOPS" vendor claim is the most FLOPS per chip (l.145)
        (
            "Which chip has the highest per-chip TFLOPS figure, with vendor claims taken at face value?",
            "d-Matrix Corsair C8",
        ),
        (
            "Which chip has the highest per-chip TFLOPS figure, with vendor claims taken at their stated number?",
            "d-Matrix Corsair C8",
        ),
        (
            "Which chip has the highest per-chip TFLOPS figure, with hedged figures read as stated?",
            "d-Matrix Corsair C8",
        ),
        ("Which chip has the highest TFLOPS figure, with 'up to' figures at face value?", "d-Matrix Corsair C8"),
        # a negation or "only" in what is taken: as before (the report's words, refused)
        ("Which chip has the highest per-chip TFLOPS figure, with vendor claims not taken at face value?", REFUSE),
        ("Which chip has the highest per-chip TFLOPS figure, with only vendor claims taken at face value?", REFUSE),
    ],
)
def test_with_figures_taken_at_face_value(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_with_a_name_taken_at_face_value_is_not_dropped(ask_json):  # noqa: ANN001
    # the name stays read (as before): Nvidia's chip made by TSMC, the Blackwell GPU (l.41)
    data = check(ask_json, "Which chips are made by TSMC, with Nvidia taken at face value?", ["Nvidia Blackwell GPU"])
    assert "designed by Nvidia" in data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a hedge named in "(... included)": figures of that hedge are counted, as ask counts them
        ("Which chip has the highest per-chip FLOPS rating (vendor 'up to' claims included)?", "d-Matrix Corsair C8"),
        (
            "Which chip posts the highest per-chip FLOPS rating (FLOPS only, not TOPS; 'up to' claims included)?",
            "d-Matrix Corsair C8",
        ),
        ("Which chip has the highest clock (nominal figures included)?", None),
        # "hedged counts such as 'over'": examples of the hedged figures (eight chips give a count)
        ("How many chips does the article give a transistor count for, including hedged counts such as 'over'?", "8"),
        # a ranking cannot place a lower bound: refused as before
        ("Which chip has the most transistors ('over' counts included)?", REFUSE),
        # a hedge in "included" beside a list that shows no figure: refused as before
        ("Which accelerators use HBM3 or HBM3E memory (hedged mentions included)?", REFUSE),
    ],
)
def test_a_hedge_included(ask_json, question, expected):  # noqa: ANN001
    if expected is None:  # the clock ranking's top as ask gives it without the remark
        expected = check(ask_json, "Which chip has the highest clock?", 1)["results"]["bindings"][0]["chip"]["value"]
    if isinstance(expected, str) and expected.isdigit():
        assert count_of(ask_json, question) == expected
        return
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a rider that says which hedge a chip's figure has: checked against the figure compared
        (
            "Taking the d-Matrix figure as a vendor claim, what peak throughput does the article report for the Corsair C8?",
            "up to 9,600 TFLOPS (vendor claim)",
        ),
        (
            "Treating the Corsair C8's figure as a vendor claim, what peak throughput does the article report for it?",
            "up to 9,600 TFLOPS (vendor claim)",
        ),
        (
            "Rank the d-Matrix Corsair C8, AWS Trainium2 and Cerebras CS-3 by per-chip FLOPS, highest first, taking d-Matrix's figure as the vendor claim it is.",
            ["d-Matrix Corsair C8", "Cerebras CS-3", "AWS Trainium2"],
        ),
        ("Taking the Groq LPU's figure as a lower bound, how many transistors does it have?", "over 20 billion"),
        # the premise does not hold: refused, naming the figure
        (
            "Taking Trainium2's figure as a vendor claim, what FP16 throughput does Trainium2 reach?",
            (REFUSE, "does not hold"),
        ),
        ("Taking the CS-3's figure as a vendor claim, which chip has the most TFLOPS?", (REFUSE, "does not hold")),
        (
            "Taking the Groq LPU's figure as an upper bound, how many transistors does it have?",
            (REFUSE, "does not hold"),
        ),
    ],
)
def test_a_rider_naming_the_hedge_of_a_chips_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


#: the four chips of set 46's ranking, by transistor count (l.41, 83, 139, 115: the M4's "about 40 billion")
FOUR_BY_TRANSISTORS = ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100", "Apple M4"]
FOUR = (
    "Rank the Cerebras CS-3, Nvidia Blackwell GPU, Microsoft Maia 100 and Apple M4 by transistor count, highest first"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "treating <chip>'s '<hedge> N' as N": the figure at its stated number, a premise of the
        # hedge and the number, checked
        (f"{FOUR}, treating the M4's 'around 40 billion' as 40 billion.", FOUR_BY_TRANSISTORS),
        ("How many transistors does the M4 have, treating its 'around 40 billion' as 40 billion?", "about 40 billion"),
        (f"{FOUR}, treating the M4's 'around 30 billion' as 30 billion.", (REFUSE, "does not hold")),
        (f"{FOUR}, treating the M4's 'over 40 billion' as 40 billion.", (REFUSE, "does not hold")),
        # another number after "as" than the one said: no such reading
        (f"{FOUR}, treating the M4's 'around 40 billion' as 30 billion.", REFUSE),
    ],
)
def test_a_hedged_figure_taken_as_its_number(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # hedges named again in a parenthesis inside an aside: the aside as without them
        (
            "Order the chips with a stated INT8 throughput from highest to lowest, taking lower bounds ('over') and upper bounds ('up to') at their stated values.",
            None,
        ),
        # "as printed" closes an aside as "as stated" does (Gaudi 3 and Trillium: 128 GB, l.55, 69)
        (
            "Taking the capacities exactly as printed, which chip has the greatest HBM capacity?",
            {"Intel Gaudi 3", "Google Trillium TPU"},
        ),
        (
            "Which chip has the greatest HBM capacity, with capacities taken exactly as printed?",
            {"Intel Gaudi 3", "Google Trillium TPU"},
        ),
        # a name in the parenthesis: as before
        (
            "Order the chips with a stated INT8 throughput from highest to lowest, taking lower bounds (the Groq LPU) at their stated values.",
            REFUSE,
        ),
    ],
)
def test_asides_of_stated_figures(ask_json, question, expected):  # noqa: ANN001
    if expected is None:  # as the same aside without the parenthesis ranks them
        plain = "Order the chips with a stated INT8 throughput from highest to lowest, taking lower bounds and upper bounds at their stated values."
        expected = check(ask_json, plain, 3)["results"]["bindings"]
        expected = [b["chip"]["value"] for b in expected]
        assert expected[0] == "Groq LPU"
    check(ask_json, question, expected)
