"""``chipkg ask``: a question that opens as a yes/no, read as one chip's comparison claims, printed
the claims with exit 0 ("Is Trillium the previous TPU?" listed Trillium's four claims against the
previous TPUs, line 63; red team 29's leftover). The article gives claims, not verdicts: refused,
and the claims stay answered when asked for as such."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Is Trillium the previous TPU?",
        "Is Trillium the last TPU?",
        "Is Trillium faster than the previous TPU?",
        "Is the MI350 better than the MI300?",
    ],
)
def test_a_yes_no_read_as_claims_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    ["trillium vs previous tpu", "What does the article claim for Trillium over the previous TPUs?"],
)
def test_claims_asked_for_are_answered(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, 4)  # 67% efficiency, 2x ICI, 2x HBM bandwidth, 4.7x peak compute
    assert any("4.7" in b["figure"]["value"] for b in data["results"]["bindings"]), data
