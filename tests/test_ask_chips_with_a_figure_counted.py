"""``chipkg ask``: "how many chips have a transistor count / a core count" counts the chips with that
figure, as "how many chips have a die area" did; the count of a measure of several chips was
refused whole ("'how many transistors / cores' of several chips", read set 40). "How many
transistors do the chips have" and "how many chips have transistors" (every chip has them; the
article gives 8 counts) stay refused."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, first_column

# l.41 Blackwell, l.81 Maia 100, l.97 Adreno 750, l.103 AI 100 Ultra, l.113 NorthPole, l.121 M4,
# l.139 CS-3, l.153 Groq LPU
WITH_TRANSISTORS = 8


@pytest.mark.parametrize(
    "question,expected",
    [
        ("How many chips have a stated transistor count?", str(WITH_TRANSISTORS)),
        ("how many chips give a transistor figure", str(WITH_TRANSISTORS)),
        ("how many chips have a transistor count", str(WITH_TRANSISTORS)),
        ("how many 7nm chips have a transistor count", "3"),  # AI 100 Ultra, CS-3, Groq LPU
        ("how many chips have transistors", REFUSE),
        ("how many cores do the chips have", REFUSE),
        ("how many transistors do the 7nm chips have", REFUSE),
    ],
)
def test_the_chips_with_a_figure_are_counted(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_count_agrees_with_the_list(ask_json):  # noqa: ANN001
    listed = answered(ask_json, "which chips have a core count")["results"]["bindings"]
    count = answered(ask_json, "how many chips have a core count")["results"]["bindings"]
    assert len(listed) > 5
    assert first_column({"head": {"vars": ["count"]}, "results": {"bindings": count}}) == [str(len(listed))]
