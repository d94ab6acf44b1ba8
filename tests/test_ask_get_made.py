"""``chipkg ask``: "which companies get their chips made at TSMC?" (set 39, casual) was refused as a
question about chips after "which companies" (checks._organizations_asked): "get their" reads as
"have their" does (words.tsv), so the organizations whose chips TSMC makes are answered.

TSMC makes chips of Nvidia, Qualcomm, Apple and Groq (data: ck:manufacturedBy org:tsmc).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TSMC_CUSTOMERS = {"Nvidia", "Qualcomm", "Apple", "Groq"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which companies get their chips made at TSMC?", TSMC_CUSTOMERS),
        ("which companies got their chips made by tsmc", TSMC_CUSTOMERS),
        ("who gets their chips built by TSMC?", TSMC_CUSTOMERS),
        ("which startups get their chips made at TSMC?", {"Groq"}),
        ("which companies get their chips made at Samsung?", REFUSE),  # no chip made by Samsung is named
        ("what do i get with the groq lpu", REFUSE),
        ("how many chips get their own profile in the article?", "18"),  # set 10: "get their own" as before
    ],
)
def test_get_their_chips_made(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
