"""``chipkg ask``: "anything from <vendor> ...?" asks which of the vendor's chips fit.

A casual question that opens with a word for the chips and "any" ("anything from Tenstorrent that
uses less than 100 W?", "any chip from Groq with SRAM?") was read as a yes/no about the vendor's one
chip, refused where the vendor has two ("Tenstorrent has 2 chips in the graph; name the chip"), or,
with a memory named, as the value of that memory. It lists the chips that fit, as "which" does
(parse.frames, ``chips_first``). A question with an auxiliary first ("is anything from Apple on
3nm?") stays a yes/no; "a chip from Groq with SRAM?" (no "any") is the vendor's one chip as before.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("anything from Tenstorrent that uses less than 100 W?", {"Tenstorrent Grayskull e75"}),
        ("anything from tenstorrent drawing over 100 watts?", {"Tenstorrent Grayskull e150"}),
        ("any chip from Groq with SRAM?", {"Groq LPU"}),
        ("anything from Groq with SRAM?", {"Groq LPU"}),
        ("anything from Apple on 3nm?", {"Apple M4"}),
        ("any chips from Qualcomm on 4nm?", {"Qualcomm Adreno 750"}),
        ("anything by Intel with HBM?", {"Intel Gaudi 3"}),
    ],
)
def test_anything_from_a_vendor_lists_its_chips_that_fit(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is anything from Apple on 3nm?", True),  # an auxiliary first: a yes/no, as before
        ("a chip from Groq with SRAM?", True),  # the vendor's one chip, as before
        ("groq fp8 support?", REFUSE),  # the vendor's one chip: the article does not say
        ("anything from Nvidia with HBM?", REFUSE),  # neither of Nvidia's chips is said to use HBM
    ],
)
def test_other_forms_keep_their_reading(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # an indefinite chip of the vendor after an auxiliary: true when one of its chips fits (was
        # refused, "Nvidia has 2 chips in the graph; name the chip")
        "is there an Nvidia chip on 4nm?",
        "any Qualcomm chip on 4nm?",
        "does any Qualcomm chip support INT8?",
        "is there anything from AMD with HBM?",
        "is there a Tenstorrent chip under 100 W?",
    ],
)
def test_some_chip_of_a_vendor_fits(ask_json, question):  # noqa: ANN001
    check(ask_json, question, True)


@pytest.mark.parametrize(
    "question",
    [
        "is there an Nvidia chip on 3nm?",  # none fits: refused, never "no" (lists are not exhaustive)
        "does any AMD chip use HBM3E?",  # only 'likely' for the MI350: not said outright
    ],
)
def test_no_chip_of_a_vendor_known_to_fit_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_the_vendor_chip_is_still_its_one_chip(ask_json):  # noqa: ANN001
    check(ask_json, "does the Groq chip have SRAM?", True)
    check(ask_json, "does the Nvidia chip use HBM?", REFUSE)  # Nvidia has two: name the chip
