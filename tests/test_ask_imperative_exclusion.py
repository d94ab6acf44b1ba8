"""``chipkg ask``: an exclusion said as an imperative, "leave out X".

- "... (leave out the AI 100 Ultra, whose 150 W is per card)" was refused as an unknown word
  'leave': "leave out", as spelled, is an exclusion (words.tsv role ``neg``, VALUE exclude), read
  and checked as "excluding X" is, in the question or in a parenthesis.
- Its other forms share its stems: ", leaving out meta's" may say what the answer leaves out rather
  than what to exclude (set 20 must refuse it), so "leaving out" / "leaves out" stay refused
  (words.tsv lists "leaving out" first, role ``unheld``; "leave out" is matched only as spelled).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # BF16: Trainium2, Groq LPU (and the M4? no): the LPU left out
        ("Which chips support BF16 (leave out the Groq LPU)?", {"AWS Trainium2"}),
        ("Which chips support FP16? Leave out the ones AWS designs.", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        (
            "Which chips use HBM, leave out Nvidia's?",
            {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
        (
            "List the chips by per-chip power, highest first, top 2 (leave out the Grayskull e150).",
            ["Meta MTIA v2", "Tenstorrent Grayskull e75"],
        ),
    ],
)
def test_leave_out_excludes_as_excluding_does(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # what "leaving out" leaves out may be the answer's own (Meta's chip has no core count)
        ("which chips have under 50 cores, leaving out meta's?", "leaving out"),
        ("Which chips support FP16, leaving out AWS's?", "leaving out"),
        ("Which chips support FP16 (this leaves out AWS's)?", "leaves out"),
    ],
)
def test_leaving_out_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        # "(leave out Apple's)" beside INT8 is answered since session 36: no chip answered is
        # Apple's, each one's designer stated (tests/test_ask_session36.py)
        # as "(excluding ...)" of a member: chips of a group's members are not read
        "Which UXL members make chips, leave out AMD?",
    ],
)
def test_leave_out_refused_where_excluding_is(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
