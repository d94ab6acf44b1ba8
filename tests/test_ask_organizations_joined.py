"""``chipkg ask``: two names of one organization side by side, and a kind of organization placed in
a section, as the value of a relation.

- "chips designed by Amazon (AWS) or Google", "... by Alphabet's Google or Amazon", "... by Amazon via
  AWS or Google", "... by Amazon's AWS or Google": two organizations side by side (or one acting
  through the other, or glossed in a parenthesis) were read as two conditions joined by "and", the
  chips designed by Amazon and by AWS or Google: the Trainium2 alone, Google's Trillium left out
  (exit 0). They name one maker by either name and are read as alternatives
  (parse.rewrites._via_organization).
- "Which chip designed by a hyperscaler named in the introduction has the most HBM?" was refused: the
  section was read as the answer's (the chips, which the introduction does not describe). Said of a
  kind of organization that is a relation's value, it restricts nothing where every organization of
  the kind cites the section (every hyperscaler is named in the introduction), and is refused,
  naming those it does not name, where some are not (parse.question._class_named_in_section).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

AWS_GOOGLE_HBM = ["AWS Trainium2", "Google Trillium TPU"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips designed by Amazon (AWS) or Google carry HBM?", AWS_GOOGLE_HBM),
        ("Which chips designed by Alphabet's Google or Amazon carry HBM?", AWS_GOOGLE_HBM),
        ("Which chips designed by Amazon's AWS or Google carry HBM?", AWS_GOOGLE_HBM),
        ("Which chips designed by Amazon via AWS or Google carry HBM?", AWS_GOOGLE_HBM),
        ("Which chips designed by Google or Amazon by way of AWS carry HBM?", AWS_GOOGLE_HBM),
        ("How many chips designed by Amazon (AWS) or Google use HBM?", "2"),
        (
            "Which chip designed by Microsoft, Meta, Amazon via AWS, or Google has the most HBM per chip?",
            ["Google Trillium TPU"],
        ),
        # the pair first in a longer list, or joined by "and" (red team 25)
        ("Which chips designed by Amazon (AWS), Google or Meta carry HBM?", AWS_GOOGLE_HBM),
        (
            "Which chip designed by Amazon (AWS), Google or Intel has the most HBM?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        (
            "Which chips designed by Habana Labs (Intel), Google or Meta carry HBM?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        ("Which chips designed by Amazon (AWS) and Google carry HBM?", AWS_GOOGLE_HBM),
        # two names side by side with no "or" beside them: read as before
        ("intel uxl member?", True),
        ("Which chips designed by Amazon (AWS) use HBM?", ["AWS Trainium2"]),
        # a kind of organization placed in a section that names every one of them
        ("Which chip designed by a hyperscaler named in the introduction has the most HBM?", ["Google Trillium TPU"]),
        ("Which chips designed by one of the hyperscalers the introduction names are on 5nm?", ["Microsoft Maia 100"]),
        ("How many chips designed by hyperscalers named in the introduction use HBM?", "2"),
        # the kind asked, not a relation's value: the section is the answer's, as before
        ("Which hyperscalers are named in the introduction?", ["Amazon", "Google", "Meta", "Microsoft"]),
    ],
)
def test_names_of_one_maker_and_kinds_placed_in_a_section(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the introduction does not name every startup, nor every megacap player
        "Which chip designed by a startup named in the introduction has the most SRAM?",
        "Which chips designed by megacap players the introduction names use HBM?",
    ],
)
def test_a_kind_the_section_names_only_in_part_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "does not name every one"))
