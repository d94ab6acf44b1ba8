"""``chipkg ask``: a figure of one unit of a named kind, asked without a chip ("how much SRAM does
each Tensix core get?", read sets 19, 33 and 35, all refused), is read as "per Tensix core" is: the
figure per core of the chips whose cores are of that kind, both Grayskulls on its one row, with its
hedge; a kind of unit whose figure the article does not give is said so, and "each core" of no
named kind stays refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

GRAYSKULL_SRAM = "up to 1.5 MB, per core"


@pytest.mark.parametrize(
    "question,expected",
    [
        ("how much sram does each tensix core get?", GRAYSKULL_SRAM),
        ("How much SRAM is in each Tensix core?", GRAYSKULL_SRAM),
        ("how much sram per tensix core?", GRAYSKULL_SRAM),
        ("how much sram does each tensix core have?", GRAYSKULL_SRAM),
        ("How much SRAM does every Tensix core have?", GRAYSKULL_SRAM),
        ("grayskull sram per tensix core", 2),  # the family named: each chip's row
        # the count asked the same way, as before
        ("how many risc-v processors does each tensix core contain?", 1),
        # the article gives the M2000's tiles SRAM, but no size: said, exit 1
        ("how much SRAM does each AMP tile have?", (REFUSE, "no SRAM capacity per tile")),
        # no kind of unit named: which chip's cores is not said
        ("how much sram per core?", REFUSE),
    ],
)
def test_figure_of_one_unit_of_a_named_kind(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    if expected == GRAYSKULL_SRAM:
        (row,) = data["results"]["bindings"]
        assert row["chip"]["value"] == "Tenstorrent Grayskull e150, Tenstorrent Grayskull e75", row
        assert row["qualifier"]["value"] == "upper bound", row
