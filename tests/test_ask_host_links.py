"""``chipkg ask``: "to the host" beside a list, count or yes/no of an interconnect was a filler, so
"Which chips connect to the host over NVLink?" answered the Nvidia Blackwell GPU and "Does Blackwell
connect to the host over NVLink?" answered true (exit 0), though the article's NVLink joins GPUs
(data/nvidia.ttl: ck:purpose ck:ChipToChip). Found by the lead while reading set 39 ("connect to
their host system over PCIe 4.0"). The links named must now be stated as links to the host
(ck:ChipToHost) for every chip that fits, or stated for no purpose (the Gaudi 3's PCIe 5.0, l.55: the
question's word is taken); a chip whose links of it are stated for another purpose only is refused by
name. A value question's link figures "to the host" are those of a link to the host (no link named),
or of the link named unless it is stated for another purpose.

Host links: Cloud AI 100 Ultra PCIe 4.0 x8 (l.107), Grayskull e75/e150 PCIe 4.0 (l.183), Mythic
M2000 PCIe 2.0 (l.167).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

PCIE4_HOST = {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("Per the article, which chips connect to their host system over PCIe 4.0 (a.k.a. PCIe Gen 4)?", PCIE4_HOST),
        ("Which chips connect to the host over PCIe 4.0?", PCIE4_HOST),
        ("How many chips connect to the host over PCIe 4.0?", "3"),
        ("Does the Mythic M2000 connect to the host over PCIe 2.0?", True),
        ("Does the Grayskull e75 connect to its host over PCIe 4.0?", True),
        ("How many lanes connect the Cloud AI 100 Ultra to its host?", "x8 (8 lanes)"),
        ("How many PCIe 5.0 lanes connect the Gaudi 3 to the host?", "16 lanes"),
    ],
)
def test_host_links_stated(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips connect to the host over NVLink?",
        "Does Blackwell connect to the host over NVLink?",
        "How many chips connect to the host over NVLink?",
        "Which chips connect to the host system over NVLink?",
        "How fast is Blackwell's NVLink to the host?",
        "How many lanes connect the Gaudi 3 to its host?",  # no link named: none stated to the host
        "How many Ethernet ports does Gaudi 3 use to connect to the host?",
        "What is the port speed of Gaudi 3's link to the host?",
    ],
)
def test_a_link_not_stated_as_to_the_host_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
