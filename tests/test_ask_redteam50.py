"""Red team 50 (session 32, 298 questions on d870d8d): answers that said less than the article.

- A: scopes set aside beside a list that compares no figure ("Which chips have SRAM (excluding
  per-node, per-cluster and per-system figures)?", "(not per core, per die or per tile)") were read as
  "per chip" and left out the chips whose SRAM is given per tile or per core (the M2000, the
  Grayskulls: l.163, 181). A chip has SRAM whatever scope its size is given at: setting scopes
  aside changes nothing there (parse.question._scope_aside_read).
- B: the same asides beside power left out the AI 100 Ultra's 150 W per card (l.105), a figure the
  question compares unasked and did not set aside. Set aside "per card", it is left out as before.
The decision of red team 48 C stands: beside the most or least of a memory, "(per chip, not per
core)" sets aside the Grayskulls and names them.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, check, count_of, first_column

#: the chips with SRAM (l.55, 89, 101, 113, 131, 145, 151, 163, 181): ten, two of them per tile or core
WITH_SRAM = 10


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have SRAM (excluding per-node, per-cluster and per-system figures)?",
        "Which chips have SRAM (not per core, per die or per tile)?",
        "Which chips have SRAM, not per node, per cluster or per system?",
        "Which chips have SRAM (not per node)?",
    ],
)
def test_a_list_by_memory_keeps_every_chip(ask_json, question):  # noqa: ANN001
    found = first_column(answered(ask_json, question))
    assert len(found) == WITH_SRAM
    assert {"Mythic M2000", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"} <= set(found)


def test_a_count_by_memory_keeps_every_chip(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "How many chips have SRAM (not per core, per die or per tile)?") == str(WITH_SRAM)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the e150's 200 W and the AI 100 Ultra's 150 W per card (l.183, 105)
        (
            "Which chips draw more than 100 W (not per node, per cluster or per system)?",
            {"Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra"},
        ),
        (
            "Which chips draw more than 100 W (excluding per-node, per-cluster and per-system figures)?",
            {"Tenstorrent Grayskull e150", "Qualcomm Cloud AI 100 Ultra"},
        ),
        # the card's figure set aside: left out, as before
        ("Which chips draw more than 100 W (not per card)?", {"Tenstorrent Grayskull e150"}),
    ],
)
def test_a_cards_power_is_kept_unless_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_per_chip_beside_the_least_sram_stands(ask_json):  # noqa: ANN001
    data = check(ask_json, "Which chip has the least SRAM (not per core, per die or per tile)?", "Intel Gaudi 3")
    assert "set aside by 'per chip'" in data["reading"]
