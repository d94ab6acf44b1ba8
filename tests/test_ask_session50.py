"""Session 50: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) The SN40L's "multi-trillion parameter models" (l.133) are said of the SambaNova platform, not of
    one chip: the figure is per system, recorded as a lower bound of one trillion with the magnitude
    word (ck:statedMagnitude "multi-trillion"), whose value lies under ten trillion. So a limit inside
    that decade does not decide it ("over 2 trillion" refused, not answered without it), a figure at
    the decade's end does (Blackwell's "up to 10 trillion" ranks above it), and the reading names the
    magnitude word's reach rather than the 1.5 times of a plain "over".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, first_column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("models over 2 trillion parameters", (REFUSE, "cannot be told")),
        ("which chips handle models over 5 trillion parameters?", (REFUSE, "cannot be told")),
        # at or past its decade's end: decided without it, or with it
        ("chips that handle models over 10 trillion parameters", {"Cerebras CS-3"}),
        (
            "chips that handle models over 500 billion parameters",
            {"Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"},
        ),
        ("sn40l max model size", "over 1 trillion, per system"),
        ("sn40l max model size per chip", REFUSE),
    ],
)
def test_multi_trillion_reaches_its_decade(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "rank chips by max model size",
        "Ranking chips by the largest model size they can handle, which three come first?",
    ],
)
def test_a_magnitude_word_ranks_under_its_decade(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data)[:3] == ["Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"], data
    assert "a word for a magnitude as under 10 times its number" in data["reading"], data["reading"]
    assert "1.5 times" not in data["reading"], data["reading"]
