"""``chipkg ask``: "all the <organizations>" and "scales to the most chips".

- "Who are all the startups the article talks about?" was refused as "the organization of each
  chip": "all" (each, every) in a question about organizations is refused only where it goes with
  chips ("who designs each chip"), not with the kind of organization asked for
  (parse.frames._before_org_kind).
- "Which chip scales to the most chips?" was refused as a count of chips per group: after a word of
  scaling out, "the most chips" is how far a chip scales (parse.walk), answered as "the largest
  scale out" is.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

STARTUPS = {"SambaNova Systems", "Cerebras Systems", "Groq", "Mythic", "d-Matrix", "Tenstorrent"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who are all the startups the article talks about?", STARTUPS),
        ("who are all of the foundries?", {"TSMC"}),
        ("who designs each chip?", REFUSE),
        ("who makes all the chips?", REFUSE),
        ("which foundries make every chip?", REFUSE),
        ("which chip scales to the most chips?", ["AWS Trainium2"]),
        ("which node do the most chips use?", ["7nm"]),  # a count per group, as before
    ],
)
def test_all_and_the_most(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
