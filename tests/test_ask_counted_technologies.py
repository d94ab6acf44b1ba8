"""``chipkg ask``: how many technologies a chip introduces, which kinds of unit are counted, and
what the introduction's hyperscalers invest in.

- The article counts the technologies one chip introduces (Blackwell's "six cutting-edge
  technologies", l.41; data/nvidia.ttl ck:featureCount). "how many technologies does Blackwell
  present" was refused ("'technologies' asks for something I cannot look up") in five held-out rows
  of four sets: a count word right before a word for a kind of unit that a count measure counts
  reads it as that count. Which technologies they are is still refused, and so is a superlative
  over one counted chip.
- "what tiers does the SN40L have", "what dies does Blackwell have" answered a count where the
  question asks which they are (as "which tiers" is refused).
- "hyperscalers investing in (the design of) their own AI processors" (l.15) says what the group
  does: designing its chips (ck:designedBy); "invest in Nvidia" stays unread.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HYPERSCALERS = {"Amazon", "Google", "Meta", "Microsoft"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("How many technologies does the Nvidia Blackwell platform present?", "6 technologies"),
        ("how many technologies does blackwell have", "6 technologies"),
        ("how many distinct technologies does blackwell have", "6 technologies"),
        ("How many cutting-edge technologies does the article say the Blackwell platform presents?", "6 technologies"),
        ("how many new technologies does nvidia's blackwell have?", "6 technologies"),
        ("does blackwell have 6 new technologies", True),
        ("does blackwell have 5 new technologies", False),
    ],
)
def test_a_count_of_technologies_is_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,said",
    [
        ("which technologies does blackwell introduce", "cannot look up"),
        ("which cutting-edge technologies does blackwell present", "asks about one technology"),
        ("which chips use new technologies", "asks about one technology"),
        ("which chip has the most technologies", ""),
        ("how many technologies do nvidia chips have", ""),
        ("how many technologies does the groq lpu have", "no feature count"),
        ("what tiers does the sn40l have", "ask what memory the chip has"),
        ("what memory tiers does the SN40L have?", "ask what memory the chip has"),
        ("what dies does blackwell have", "not which they are"),
        ("what lanes does the gaudi 3 have", "not which they are"),
    ],
)
def test_which_technologies_or_units_they_are_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question,expected",
    [
        ("how many memory tiers does the sn40l have", "3 tiers (memory tiers)"),
        ("how many dies does blackwell have", "2 dies"),
    ],
)
def test_counts_of_units_still_answer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Which organizations does the article identify as hyperscalers investing in their own AI processors?",
            HYPERSCALERS,
        ),
        (
            "Which organizations does the article name as hyperscalers investing in their own proprietary AI "
            "processors?",
            HYPERSCALERS,
        ),
        ("which hyperscalers are investing in the design of their proprietary AI processors", HYPERSCALERS),
        ("which hyperscalers invest in nvidia", REFUSE),
        ("which hyperscalers invest in their proprietary interconnect", REFUSE),
    ],
)
def test_investing_in_their_own_processors_is_designing_them(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
