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


@pytest.mark.parametrize(
    "question,expected",
    [
        # a relative clause after the group's name that says what its description says (sets 3, 39)
        ("who's in that UXL group that's trying to build a CUDA alternative?", {"AMD", "Intel", "Google"}),
        (
            "which companies are in the UXL group that is building free alternatives to CUDA?",
            {"AMD", "Intel", "Google"},
        ),
        (
            "Which organizations does the article identify as participants in the UXL Foundation (the industry "
            "group working on free alternatives to Nvidia's CUDA)?",
            {"AMD", "Intel", "Google"},
        ),
        # anything the description does not say keeps the clause, read or refused
        ("which companies are in the UXL group that is not building alternatives to CUDA?", REFUSE),
        ("which companies are in the UXL group that builds chips made by TSMC?", REFUSE),
    ],
)
def test_a_relative_clause_that_describes_the_group(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # "the four hyperscalers": how many of the kind the graph holds, no condition (set 29); another
        # number is a false premise
        (
            "Of the four hyperscalers named in the introduction, which also appear as members of the UXL Foundation?",
            {"Google"},
        ),
        ("which of the six unicorn startups use TSMC", {"Groq"}),
        ("Of the five hyperscalers, which are members of the UXL Foundation?", (REFUSE, "names 4 hyperscalers")),
    ],
)
def test_the_number_of_a_kind_said_before_it(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
