"""``chipkg ask``: two memory technologies joined by "or" ("which chips use LPDDR4X or LPDDR5X?")
are one condition any of them meets, the union, as "or" between two values of one relation is
("5nm or 7nm", "FP8 or INT4"): parse.walk marks the technologies said with "or"
(``technology_or``), parse.frames._memories makes them one :class:`~chipkg.ask.frame.Memory`
whose ``alternatives`` compile to one VALUES variable, and parse.checks._alternatives_of_two_kinds
takes them as one condition. It had been refused ("one memory technology at a time").

A chip the article says only likely uses one of them (the MI350's "likely HBM3E") is listed with
that hedge beside the chips that use one outright (answer._likely_besides); a count or the
organizations of such chips would lose the hedge, so they are refused, naming it. Said of one
figure, or placed on or off the chip, "or" is still refused. A technology or a variant of it
("LPDDR5 or LPDDR5X", "HBM or HBM3") is the broader one, its variants included: refused until
session 46, when a held-out writer (set 71) asked it as the union it is.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, rows

AI_100 = "Qualcomm Cloud AI 100 Ultra"
M4 = "Apple M4"
SN40L = "SambaNova SN40L"
MI350 = "AMD Instinct MI350"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips have LPDDR5X or LPDDR4X memory?", {AI_100, M4}),
        ("chips using either LPDDR4X or LPDDR5X", {AI_100, M4}),
        ("what chips come with lpddr5x or lpddr4x", {AI_100, M4}),
        ("how many chips use LPDDR4X or LPDDR5X?", "2"),
        ("which companies design chips with LPDDR4X or LPDDR5X memory?", {"Apple", "Qualcomm"}),
        # asked outright: only the chips that use one of them outright
        ("which chips definitely use HBM3 or HBM3E?", [SN40L]),
        # with another condition beside: both hold (Apple's chip only)
        ("which Apple chips use LPDDR4X or LPDDR5X?", [M4]),
    ],
)
def test_either_memory_technology_is_the_union(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_chip_said_only_likely_to_use_one_is_listed_with_its_hedge(ask_json):  # noqa: ANN001
    data = check(ask_json, "chips that use HBM3E or HBM3", {SN40L, MI350})
    hedges = {r["chip"]: r.get("hedge", "") for r in rows(data)}
    assert hedges == {SN40L: "", MI350: "likely HBM3E"}, hedges


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a count would lose the MI350's hedge
        ("how many chips have HBM3 or HBM3E?", "likely"),
        ("what is the capacity of the M4's LPDDR4X or LPDDR5X memory?", "memory technology"),
        ("which chips have off-chip LPDDR4X or LPDDR5X?", "on-chip or off-chip"),
        ("which chips use LPDDR5X or are made by TSMC?", "same kind"),
    ],
)
def test_or_that_is_no_union_of_memories_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_a_technology_or_a_variant_of_it_is_the_broader_one(ask_json):  # noqa: ANN001
    check(ask_json, "which chips use LPDDR5 or LPDDR5X memory?", {M4, "d-Matrix Corsair C8"})
    # the MI350 uses HBM outright (its generation is the likely one), as "which chips use HBM" lists it
    check(ask_json, "chips with HBM or HBM3", {SN40L, MI350, "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3"})


def test_a_yes_no_of_either_memory_still_asks_which(ask_json):  # noqa: ANN001
    check(ask_json, "does the M4 use LPDDR5X or HBM?", (REFUSE, "which one"))
