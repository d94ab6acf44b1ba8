"""``chipkg ask``: "how many <chip> can be linked / connected / combined?" asks that chip's scale
out, as "how many GPUs can Blackwell scale to?" does.

It was refused ("'how many' about one chip"): the verb of joining was read as the chip's
interconnect. Read by ``parse.rewrites._chip_joined``: a count, one named chip (a chip-kind word
may follow), a modal, "be" and a verb of joining. Without a chip named, the count asks how far a
technology reaches and stays refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many Blackwell GPUs can be linked over NVLink?", "up to 576 GPUs, via NVLink 5, per cluster"),
        ("How many Blackwell GPUs can be connected by NVLink 5?", "up to 576 GPUs, via NVLink 5, per cluster"),
        ("how many Trainium2 chips can be combined?", "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster"),
        (
            "how many Trainium2 chips could be interconnected in an UltraCluster?",
            "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster",
        ),
        (
            "how many Gaudi 3 chips can be networked?",
            {"thousands (over 1,000 GPUs), via RoCE, per cluster", "8 accelerators, per node"},
        ),
        # the chip holds no scale-out figure: said so (exit 1), not another figure
        ("how many Groq LPUs can be linked?", (REFUSE, "no scale out")),
        # no chip named: how far a technology reaches, refused as before
        ("how many GPUs can be linked over NVLink?", (REFUSE, "joined together")),
        # the chips that use a link are counted with the active verb, as before
        ("how many chips connect over PCIe?", "5"),
    ],
)
def test_how_many_of_a_chip_can_be_joined(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "what's the max number of trainium2 chips in an ultracluster?",
            "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster",
        ),
        ("max number of blackwell gpus linked by nvlink", "up to 576 GPUs, via NVLink 5, per cluster"),
        ("what is the largest number of trillium chips in a pod?", "up to 256 units, via ICI, per pod"),
        ("the max number of groq lpus", (REFUSE, "no scale out")),
        # the most of a figure, not of a chip: as before
        ("which chip has the max number of cores?", "Cerebras CS-3"),
    ],
)
def test_the_most_of_one_chip_is_its_scale_out(ask_json, question, expected):  # noqa: ANN001
    """ "The max number of Trainium2 chips": how many of that chip can be joined (its scale out);
    parse.rewrites._most_of_a_chip. It was refused as a superlative of a count."""
    check(ask_json, question, expected)
