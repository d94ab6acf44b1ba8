"""``chipkg ask``: "how many" (or "count", "number of") of one chip's memory, with no unit said, asks
a number of its parts (stacks, dies), which the article never gives; it answered the memory's size
("gaudi 3 hbm count": 128 GB, an exit-0 answer to another question). With a unit ("how many GB of
HBM") it is the size, and "how many chips use HBM" stays a count of chips."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("gaudi 3 hbm count", (REFUSE, "number of its parts")),
        ("how many hbm does gaudi 3 have", (REFUSE, "number of its parts")),
        ("number of hbm in gaudi 3", REFUSE),
        ("groq lpu sram count", REFUSE),
        ("what's the count of HBM on the Trainium2?", REFUSE),
        # the size asked: answered
        ("how many GB of hbm does gaudi 3 have", "128 GB"),
        ("how much hbm does gaudi 3 have", "128 GB"),
        ("how much sram does the groq lpu have", "128 MB"),
        # chips counted: answered
        ("how many chips use hbm", "5"),
        ("how many hbm chips", "5"),
    ],
)
def test_a_count_of_a_memory_is_not_its_size(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
