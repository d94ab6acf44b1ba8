"""``chipkg ask``: "as the article states each node" after a ranking by process node says how each
figure is read, as "as the article states each" does; "each node" was read as the scope ck:PerNode
("figures each node are not compared here") and "each process node" as a group (set 38). "each"
and a word for a measure the question already names, right after a verb of citing or right before
"as stated", go (chipkg.ask.parse.forms._each_as_stated); a scope or group word of a measure the
question does not name keeps its reading."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Rank the IBM NorthPole, Groq LPU and Apple M4 by process node, largest first, as the article states each node.",
            ["IBM NorthPole", "Groq LPU", "Apple M4"],
        ),
        (
            "Sort the Mythic M2000 and Groq LPU by process node, as the article gives each node, smallest first.",
            ["Groq LPU", "Mythic M2000"],
        ),
        (
            "Which of the Groq LPU and Trainium2 uses the larger process node, as the article states each process node?",
            {"Groq LPU", "AWS Trainium2"},
        ),
        ("Rank the NorthPole and M2000 by node, each node as stated", ["Mythic M2000", "IBM NorthPole"]),
        (
            "order the m4 and the corsair c8 by process node, biggest first, as the article lists each node",
            ["d-Matrix Corsair C8", "Apple M4"],
        ),
        (
            "Rank the MTIA v2 and Groq LPU by clock speed, as the article quotes each clock.",
            ["Meta MTIA v2", "Groq LPU"],
        ),
    ],
)
def test_each_measure_word_after_citing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "node" names no measure the question names: still the scope per node
        ("Rank the Mythic M2000 and the Groq LPU by clock speed, as the article states each node.", "each node"),
        ("which chip has the most SRAM per node?", "per node"),
        # no verb of citing: "each process node" is still a group
        ("Which chip has the smallest feature size in each process node?", "each process node"),
    ],
)
def test_each_without_citing_keeps_its_reading(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
