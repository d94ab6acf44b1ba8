"""``chipkg ask``: the organization of a kind, or the organizations, with the most chips.

"Which unicorn startup has the most chips?" was refused ("'most chips' counts chips per group"):
a kind of organization after "which" was no group. It is the designers of that kind, each counting
its own chips (parse.frames._group_superlative), the top of "how many chips designed by a startup per
designer". "Which companies have the most chips?" was refused as organizations asked and chips read
(checks._organizations_asked); the count per designer answers organizations.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which unicorn startup has the most chips?", {"Tenstorrent"}),
        ("which startup has the most chips?", {"Tenstorrent"}),
        ("startup with most chips", {"Tenstorrent"}),
        # AWS's and Meta's second chips are baselines (the first Trainium, the MTIA v1): refused unless
        # the question says which chips count (session 49)
        ("which hyperscalers have the most chips?", (REFUSE, "AWS Trainium")),
        ("which hyperscaler designs the most chips?", (REFUSE, "Meta MTIA v1")),
        # each chip counts for its designer's hyperscaler: Amazon for AWS's Trainium2 (red team 111 W7)
        ("which hyperscaler designs the most profiled chips?", {"Amazon", "Google", "Meta", "Microsoft"}),
        ("which startup has the most chips on 7nm?", {"Cerebras Systems", "Groq", "SambaNova Systems"}),
        ("which companies have the most chips?", (REFUSE, "profiled chips")),
        ("which company has the most chips?", (REFUSE, "AMD Ryzen 9000 series")),
        ("which company has the most profiled chips?", {"Qualcomm", "Tenstorrent"}),
    ],
)
def test_the_kind_with_the_most_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which startup makes the most chips?",  # 'makes': designer or foundry, not said
        "how many companies have the most chips?",
    ],
)
def test_other_shapes_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
