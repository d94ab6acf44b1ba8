"""``chipkg ask``: a yes/no that opens with a negated auxiliary ("Isn't Gaudi 3 on 7nm?", "wait,
doesn't Trillium use HBM?") asks whether the positive holds, and is answered so (Gaudi 3 is on
5nm: false). It was refused. parse.sentences._negated_opening: only the first word after fillers,
only a yes/no; a negation inside a question, or a tag at its end, is read as before."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wait, isn't Gaudi 3 on 7nm?", False),
        ("isn't the groq lpu on 7nm?", True),
        ("doesn't trillium use HBM?", True),
        ("didn't intel acquire habana labs?", True),
        ("Aren't the Grayskull chips designed by Tenstorrent?", True),
        ("doesn't the groq lpu use HBM?", (REFUSE, "does not say")),  # not stated: never "true"
        # not a yes/no once the negation is read: refused
        ("don't list the startups", REFUSE),
        # inside a question, or a tag: as before
        ("the groq lpu uses sram, doesn't it?", True),
        ("which chips aren't made by tsmc?", REFUSE),
    ],
)
def test_negated_opening(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
