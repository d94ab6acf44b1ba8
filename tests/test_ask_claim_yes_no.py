"""``chipkg ask``: a yes/no on a chip's comparison claims against another chip ("does the MI350 beat
the MI300 at inference?", "Does d-Matrix claim the Corsair C8 outperforms Nvidia's H100 on
generative AI workloads?"), refused until now ("a yes/no question about several chips at once"). The
second chip is read as the claims' baseline when the first makes claims against it (ck:baseline),
and the answer rests on the claims whose aspect the question names: true when each is above 1x, a
vendor's claim said to be one. Refused when no aspect is named (which claim "outperform" means is
not read), none of that aspect exists, the baseline is named first, or none is named. Claims from
/work/shared/sources/ai-chip-race.txt: MI350 up to 35x inference vs the MI300 series (line 47),
Corsair C8 9x generative AI vs the H100 (a vendor claim, 173), Trainium2 up to 4x training vs
Trainium (75), MTIA v2 7x sparse compute and 2x memory vs MTIA v1 (89-91).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the mi350 beat the mi300 at inference", True),
        ("Does the AMD Instinct MI350 outperform the MI300 series for inference?", True),
        ("does trainium2 outperform trainium in training", True),
        ("does trainium2 outperform the previous generation in training", True),
        ("does the mtia v2 beat the mtia v1 on sparse compute", True),
        ("does the mtia v2 beat the mtia v1 on memory capacity", True),
        # no claim of that aspect: the article does not say
        ("does the mi350 beat the mi300 at training", REFUSE),
        # no aspect named: which claim 'outperform' rests on is not read
        ("does the corsair c8 outperform the h100", (REFUSE, "say what is compared")),
        ("does trainium2 outperform trainium", (REFUSE, "say what is compared")),
        # the baseline named first: no claim of the H100's
        ("does the h100 outperform the corsair c8 on generative ai", REFUSE),
        # no baseline at all
        ("does the mi350 outperform", REFUSE),
        # another organization's claim: the article reports it as d-Matrix's
        ("Does Nvidia claim the Corsair C8 outperforms the H100 on generative AI?", REFUSE),
    ],
)
def test_a_yes_no_on_claims_against_a_named_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_vendor_claim_is_said_to_be_one(ask_json):  # noqa: ANN001
    data = check(
        ask_json, "Does d-Matrix claim the Corsair C8 outperforms Nvidia's H100 on generative AI workloads?", True
    )
    assert data["claimed_by"] == ["d-Matrix"]
    plain = check(ask_json, "does the corsair c8 beat the h100 on generative ai", True)
    assert plain["claimed_by"] == ["d-Matrix"]
