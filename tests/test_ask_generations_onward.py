"""``chipkg ask``: "PCIe 4.0 or later" (set 37: "pcie 4.0 or newer chips", refused on 'newer').

A technology of a stated generation (ck:generation: PCIe 4.0 is Gen 4, data/technologies.ttl)
followed by a comparator said after it names it and the others of its line (the same skos:broader)
of a later or earlier generation, joined by "or" (chipkg.ask.parse.segment._generations_onward): the
question then reads as "PCIe 4.0 or PCIe 5.0" does. A name with no generation keeps its comparator,
which follows no number: refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.answer import lexicon_of
from chipkg.ask.parse import segment

NEWER = ["Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]
OLDER = ["Mythic M2000", "Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"]


@pytest.mark.parametrize(
    "question,expected",
    [
        ("pcie 4.0 or newer chips", NEWER),
        ("chips with pcie 4.0 or later", NEWER),
        ("which chips use pcie 4.0 or older?", OLDER),
        ("chips with pcie 5.0 or later", ["Intel Gaudi 3"]),
        ("chips with pcie 2.0 or earlier", ["Mythic M2000"]),
        ("how many chips use pcie 4.0 or later?", "4"),
        ("chips with nvlink 5 or later", REFUSE),  # NVLink 5 has a generation, but no line of NVLinks
        ("chips with hbm or later", REFUSE),  # no generation
    ],
)
def test_a_generation_onward(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_names_it_reads(kg):  # noqa: ANN001
    lex = lexicon_of(kg.store)
    items = segment("chips with pcie 4.0 or newer", lex)
    assert [(x.kind, x.text) for x in items[-3:]] == [("entity", "PCIe 4.0"), ("word", "or"), ("entity", "PCIe 5.0")]
    older = segment("chips with pcie 4.0 or older", lex)
    assert [x.text for x in older[-3:]] == ["PCIe 2.0", "or", "PCIe 4.0"]


@pytest.mark.parametrize(
    "question,expected",
    [
        # sets 25, 38, 42: a link of an older revision of the same line rules the newer one out (a PCIe 2.0
        # device cannot run PCIe 4.0); a newer one does not (a PCIe 5.0 device may run at 4.0)
        ("m2000 pcie 4.0?", False),
        ("does the m2000 use pcie 4.0?", False),
        ("does the ai 100 ultra use pcie 5.0?", False),
        ("does the m2000 use pcie 2.0?", True),
        ("does the gaudi 3 use pcie 4.0?", REFUSE),
        ("does the m2000 use nvlink?", REFUSE),  # another line: not ruled out
    ],
)
def test_an_older_revision_rules_a_newer_one_out(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
