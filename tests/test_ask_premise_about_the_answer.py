"""``chipkg ask``: a clause about the things answered never narrows the answer (red team 18, class 6).

"Which chips are on 7nm; all of them are startups" listed the 3 startup chips of the 6 on 7nm, exit
0: the clause after the semicolon (or after ", so") was read into the question as one more
condition, true or not. A clause in the question proper that opens with a word for the things
answered ("they", "all of them", "both", "one", a possessive name: "Apple's is on 3nm") and names
something is refused (parse.question._premise_about_the_answer). A clause that asks or instructs is
read as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "which chips are on 7nm; all of them are startups",
        "how many chips are on 7nm; all of them are startups",
        "which chips are on 7nm, so they are all made by TSMC",
        "which chips are made by TSMC; they are all on 4nm",
        "which chips use HBM; they're all GPUs",
        "which chips are on 5nm; both are from Microsoft",
        "which chips are on 5nm; one is Intel's",
        "which chips use SRAM; some are from startups",
        "which chips are made by TSMC; Apple's is on 3nm",
        "which chips use SRAM; Meta's has 256 MB",
        "how many chips are made by TSMC; Apple's counts",
    ],
)
def test_a_clause_about_the_answer_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Rank the chips by transistor count, highest first; the top three suffice.", 3),
        ("Rank the chips by transistor count, highest first; which three come first?", 3),
        ("which chips are on 7nm; list them all", 6),
    ],
)
def test_a_clause_that_asks_or_instructs_is_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
