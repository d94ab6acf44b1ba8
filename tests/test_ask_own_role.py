"""``chipkg ask``: "TSMC's fabs", an organization before the word for the role it plays itself.

"How many chips come out of TSMC's fabs?" was refused as "the organization of an organization",
while "the fabs of TSMC" answered. An organization right before the word for a role it plays for
chips itself (TSMC is a foundry) names that organization (parse.rewrites._own_kind_after). Another
organization's role ("Apple's foundry" is TSMC, which the question does not say) and a kind that is
no role of a chip ("Meta's cloud provider") stay refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TSMC_CHIPS = {
    "Nvidia Blackwell GPU",
    "Apple M4",
    "Groq LPU",
    "Qualcomm Adreno 750",
    "Qualcomm Cloud AI 100 Ultra",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips come out of tsmc's fabs?", TSMC_CHIPS),
        ("which chips come out of TSMC's foundry?", TSMC_CHIPS),
        ("which chips come out of the fabs of tsmc?", TSMC_CHIPS),
        ("which chips come out of apple's foundry?", REFUSE),
        ("which chips come out of groq's foundry?", REFUSE),
        ("which chips come from Meta's cloud provider?", REFUSE),
    ],
)
def test_an_organization_in_its_own_role(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
