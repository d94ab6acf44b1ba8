"""``chipkg ask``: chips "under" one of the article's two headings (Megacap Players, Unicorn Startups).

The heading names a group of organizations, so "chips under the Megacap Players heading" is read as
the chips those organizations design. That is the answer only where each such chip is also named in
a section about one of them: the Nvidia H100 is Nvidia's (a megacap) but the article names it only
in d-Matrix's section (line 173, the Corsair's baseline), so "how many chips are under the Megacap
Players heading" counted it (17) with exit 0. Now such a question is refused, naming the chip; the
Unicorn Startups' chips all sit in their own sections (lines 127-187), so those questions answer.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused

STARTUP_CHIPS = {
    "SambaNova SN40L",
    "Cerebras CS-3",
    "Groq LPU",
    "Mythic M2000",
    "d-Matrix Corsair C8",
    "Tenstorrent Grayskull e75",
    "Tenstorrent Grayskull e150",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many chips are under the megacap players heading", REFUSE),
        ("Which chips does the article place under its Megacap Players heading?", REFUSE),
        ("which chips are under the unicorn startups heading", STARTUP_CHIPS),
        ("how many chips come from companies under the Unicorn Startups heading?", "7"),
        # a condition that leaves the H100 out answers (it is on no stated node)
        (
            "Which chips profiled under the Megacap Players heading are built on 5nm?",
            {"Intel Gaudi 3", "Microsoft Maia 100"},
        ),
        # organizations under a heading: the group itself
        ("how many companies are under the unicorn startups heading", "6"),
        # said without the heading, the chips the group designs, the H100 among them
        ("how many chips are designed by megacap players", "17"),
    ],
)
def test_chips_under_a_heading(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_refusal_names_the_chip_outside(ask_json):  # noqa: ANN001
    refused(ask_json, "how many chips are under the megacap players heading", "Nvidia H100")
