"""``chipkg ask``: search-box yes/no questions about a company and an industry group.

"intel in uxl foundation?" (set 39, terse) was refused ("the answer would only repeat Intel, UXL
Foundation"): a company, "in" and a consortium (ck:Consortium), nothing else, asks whether the
company is a member, as "is Intel in the UXL Foundation" does. "google part of the uxl foundation?"
was refused for the chip reading of "part of" (integrated into): between two organizations only
their relations are read. A company the article does not name as a member is not ruled out: the
article's lists are not exhaustive (exit 1, never false).

UXL Foundation members named: AMD, Intel, Google (introduction, l.15; data/organizations.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("intel in uxl foundation?", True),
        ("amd in the uxl foundation?", True),
        ("google part of the uxl foundation?", True),
        ("intel part of uxl?", True),
        ("nvidia in uxl?", (REFUSE, "not exhaustive")),
        ("microsoft part of the uxl foundation?", (REFUSE, "not exhaustive")),
        ("intel in habana?", REFUSE),  # no consortium
        ("which chips are in uxl foundation?", REFUSE),
    ],
)
def test_a_company_in_a_consortium(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
