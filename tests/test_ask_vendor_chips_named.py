"""``chipkg ask``: "what is SambaNova's chip?", "what are the chips by AMD?", "what is the name of
Meta's chip?" ask which chips the vendor has: they are listed, as "what chip does Groq make?" is.

They were refused ("does not say what to tell about the chips"), a rule meant for "what does
Nvidia's chip support?". Only a question word, a copula, the vendor's chips and naming words
("the name of", "called") make the shape (parse.frames._identity_asked); any other word ("for",
"like", "used for", a verb after "does") still asks something about the chips, refused as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is sambanova's chip?", {"SambaNova SN40L"}),
        ("What are Google's chips?", {"Google Trillium TPU"}),
        ("what is the name of Microsoft's chip?", {"Microsoft Maia 100"}),
        ("what is Cerebras's chip called?", {"Cerebras CS-3"}),
        ("what are the chips by tenstorrent?", {"Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"}),
        # anything else about the chips: what to tell is not said
        ("what is nvidia's chip for?", REFUSE),
        ("what is meta's chip like?", REFUSE),
        ("what does groq's chip support?", REFUSE),
        ("what is intel's chip about?", REFUSE),
        # "what's" with a preposition left at the end asks what the chips are for or like: they were
        # listed (a wrong answer)
        ("what's groq's chip good for?", (REFUSE, "for?")),
        ("what's nvidia's chip like?", (REFUSE, "like?")),
        ("whats groqs chip good at", (REFUSE, "at?")),
        # a word for the chips after "what": those chips
        ("what gpus is nvidia known for?", {"Nvidia Blackwell GPU", "Nvidia H100"}),
    ],
)
def test_a_vendors_chips_named(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
