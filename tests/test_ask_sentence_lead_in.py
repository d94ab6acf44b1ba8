"""``chipkg ask``: a yes/no question after a lead-in sentence is answered as a yes/no or refused.

"Both figures appear in a single sentence. Does the M4 have more transistors than the Maia 100?"
printed a table of the most transistors (exit 0): the first sentence was read as the question and the
second sentence's auxiliary was never read. A sentence after the first that opens with an auxiliary,
with no "which", "who" or "how many" before it, asks yes or no (parse.checks._yes_no_after_lead_in, as a
lead-in up to a comma does); read as anything else, the question is refused. "a single sentence", "a
single paragraph" and "the same line" say where in the text figures stand, which the graph does not
record (words.tsv unheld, as "same sentence" is: tests/test_ask_premise_rider.py).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

WHERE = "where in the article's text"
LEAD_IN = "asks yes or no after its lead-in"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Both figures appear in a single sentence. Does the M4 have more transistors than the Maia 100?", WHERE),
        ("The two numbers share a single paragraph. Does Trillium have more HBM than Trainium2?", WHERE),
        ("Both numbers are on the same line. Is the M4's transistor count above the Maia 100's?", WHERE),
        ("Does NorthPole have more SRAM than the Groq LPU? Both sit in a single passage.", WHERE),
        # a lead-in sentence naming the figures, then a yes/no: printed the top of the two (exit 0)
        ("HBM capacities of Gaudi 3 and Trainium2. Does Gaudi 3 have more?", LEAD_IN),
        ("The clock speeds of the e75 and e150. Is the e150 faster?", LEAD_IN),
        ("SRAM on NorthPole and the Groq LPU. Does NorthPole have more?", LEAD_IN),
        ("Power draw of the MTIA v2 and Grayskull e75. Does the e75 draw more?", LEAD_IN),
        ("Transistor counts of the M4 and Maia 100. Does the M4 have more?", LEAD_IN),
        ("Two figures appear in one paragraph. Does Trillium have more HBM than Trainium2?", LEAD_IN),
        # red team 24 W1: a relative "which" before the comma, a lead-in sentence that states ("are")
        ("Of the 7nm chips which have SRAM, does the Cloud AI 100 Ultra have the most?", LEAD_IN),
        ("Among chips which draw power, does the Grayskull e150 draw the most?", LEAD_IN),
        ("The HBM figures of Gaudi 3 and Trillium are both stated. Does Trillium have more?", LEAD_IN),
        ("Trillium and Trainium2, which both use HBM. Does Trainium2 have more?", LEAD_IN),
        ("Gaudi 3 is a 5nm chip and Trainium2 is 7nm. Does Trainium2 have more HBM?", LEAD_IN),
    ],
)
def test_a_yes_no_after_a_lead_in_sentence_is_never_answered_as_another_shape(ask_json, question, reason):  # noqa: ANN001
    check(ask_json, question, (REFUSE, reason))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a lead-in of discourse: the yes/no is read and answered
        ("Quick one. Does Gaudi 3 have more HBM than Trainium2?", True),
        ("Just curious. Does NorthPole have more SRAM than the Groq LPU?", True),
        ("Quick one. Is the Groq LPU on 14nm?", False),
        ("I have a question about the M4. Is it made on 3nm?", True),
        ("The MTIA v2 and Groq LPU are 7nm chips. Does the Groq LPU have more SRAM?", False),
        ("Of the chips that use HBM, does Gaudi 3 have the most?", (REFUSE, "ties with Google Trillium TPU")),
        ("Of the 7nm chips, which has the most SRAM?", ["Meta MTIA v2"]),
        # a later sentence that states ("I am ..."), a lead-in that asks after a colon
        (
            "For a procurement evaluation: which chips that the article describes as suitable for inference are also built on a 7nm node? I am interested in the chips, not their designers.",
            ["Cerebras CS-3", "Groq LPU", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"],
        ),
        # a later sentence opening with "if" is a condition, not a yes/no
        ("Which chip has the most SRAM? If several are tied, I want all of them.", ["d-Matrix Corsair C8"]),
    ],
)
def test_a_lead_in_of_discourse_leaves_the_yes_no_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
