"""``chipkg ask``: an organization said of a system with no chip between ("which company is behind
the Gemini models?") asks who made or runs the system (Google DeepMind made Gemini, google.ttl);
read as the designers of the chips used for it, Google was answered (exit 0). Refused; whose chips
are used for a system is answered as before."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which company is behind the Gemini models?", (REFUSE, "who made or runs it")),
        ("who is behind gemini?", (REFUSE, "who made or runs it")),
        ("which lab is behind the Gemini models?", REFUSE),
        # still answered: a chip said between
        ("whose chips are behind gemini?", {"Google"}),
        ("which company designs the chip behind gemini?", {"Google"}),
        ("chip behind gemini", {"Google Trillium TPU"}),
        ("which vendors have chips on azure?", {"Microsoft"}),
    ],
)
def test_organization_said_of_a_system(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
