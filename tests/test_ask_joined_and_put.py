"""``chipkg ask``: dies said with how they are joined in one package ("two dies stuck together",
"glued", "bonded", "in one package": hidden labels of ck:Die) are the die count; "together" alone
still asks for a sum ("which chips are stuck together" is refused, it names no count). Verbs of
putting a chip somewhere ("stick", "install") change nothing, as "put" does."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TWO_DIES = {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}  # l.41, l.53, l.131


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which chips are two dies stuck together?", TWO_DIES),
        ("which chips are two dies glued together?", TWO_DIES),
        ("chips that are two dies bonded together", TWO_DIES),
        ("which chips are two dies in one package", TWO_DIES),
        ("is gaudi 3 two dies glued together?", True),
        ("is the groq lpu two dies stuck together?", REFUSE),  # the article gives no die count for it
        ("which chips are stuck together", REFUSE),
    ],
)
def test_dies_joined_in_a_package_are_the_die_count(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("can i stick an apple m4 in a data center?", False),  # l.121-127: not for data centers
        ("can i install an apple m4 in a data center?", False),
        ("can i install a groq lpu in a data center?", True),
    ],
)
def test_verbs_of_putting_change_nothing(ask_json, question, expected):  # noqa: ANN001
    """ "stick", "install", "slot" say where a chip is put, as "put" and "place" do (read set 42)."""
    check(ask_json, question, expected)
