"""``chipkg ask``: a clause at the end that says why an organization acted ("... acquire to strengthen
its purpose-built AI accelerator offerings", "..., thereby adding AI accelerators to its lineup") was
refused for its unknown words in four held-out sets (2, 19, 29, 39). It is no condition on whom the
organization acted with: dropped when the rest asks an organization relation and the clause names no
organization, chip, number or negation (words.tsv phrase class ``motive``).

Intel acquired Habana Labs (Future Prospects, l.193; data/organizations.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Which company did Intel acquire to bolster its data center accelerator range?", "Habana Labs"),
        ("Who did Intel buy in order to strengthen its AI portfolio?", "Habana Labs"),
        ("what did intel buy to get into ai chips?", "Habana Labs"),  # read set 16
        ("which company did intel acquire to break into ai accelerators", "Habana Labs"),
        ("Which firm did Intel acquire, strengthening its lineup of purpose-built accelerators?", "Habana Labs"),
        ("Which company bought Habana Labs to broaden its AI offerings?", "Intel"),
        ("Who acquired Habana Labs, thereby adding purpose-built AI accelerators to its range?", "Intel"),
    ],
)
def test_a_motive_clause_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does Intel use to strengthen its AI lineup?",  # no organization relation asked
        "Which company did Intel acquire to strengthen its lineup beyond Nvidia?",  # names an organization
        "Which company did Intel acquire to strengthen its lineup with over 100 chips?",  # a number
        "Which chips did Intel make to get into AI training?",  # no organization relation asked
        "what did intel buy to get into nvidia's market",  # names an organization
    ],
)
def test_a_motive_clause_that_says_more_is_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
