"""``chipkg ask``: "all chips with HBM" was read as each chip's HBM figure, ranked, so the AMD
Instinct MI350 (HBM3E likely, no capacity stated: line 47) was left out of the rows of what asks for
a list (exit 0; found by the lead after red team 29). A technology said right after a word of having
("with", "that use", "having") beside "all"/"every" with no measure word is a condition on the
chips: a list. "The HBM of all chips" (no word of having) still lists each chip's figure.

HBM chips: Gaudi 3 (55), MI350 (47), Trainium2 (75), Trillium (63), SN40L (131).
"""

from __future__ import annotations

import pytest
from ask_expect import check

HBM = {"Intel Gaudi 3", "AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "SambaNova SN40L"}


@pytest.mark.parametrize(
    "question",
    ["list all chips with HBM", "all chips with HBM", "list all chips that use HBM", "Show every chip having HBM."],
)
def test_all_chips_with_a_technology_is_a_list(ask_json, question):  # noqa: ANN001
    check(ask_json, question, HBM)


@pytest.mark.parametrize("question", ["the HBM capacity of all chips", "HBM capacity of every chip"])
def test_each_chips_figure_is_still_listed_by_value(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, 4)  # the four with a capacity stated, highest first
    assert "AMD Instinct MI350" not in [b["chip"]["value"] for b in data["results"]["bindings"]]
