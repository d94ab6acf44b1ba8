"""Wrong answers of red team 10 (/work/brief/redteam10-wrong.md, R1-R3) and of the helpers' reports
(a23: "GPU performance" in a list), each fixed by a mechanism of ``chipkg ask``:

- R2: "the previous / prior / older generation of X" asked the comparison claims X makes against
  it; asked of one chip with nothing else said, it names the chip X succeeds (ck:successorOf).
- R1: "who succeeded the MTIA v1?" dropped the line word and answered "who designs it" (Meta); a
  line word the frame does not ask is refused.
- R3: "how much faster is the MI350 than its predecessor?" said "no comparison claim ... it gives:
  comparison claim ..."; the absent answer says "against its predecessor".
- "which chips have a GPU performance above 5 TFLOPS" read "a GPU" as "per GPU" (per chip) and
  listed non-GPUs; a kind of chip before a measure's word in a question about several chips is
  refused unless kept as the kind.

Facts from /work/shared/sources/ai-chip-race.txt: MTIA v2 follows MTIA v1 (line 87), Trainium2
follows Trainium (75), the MI350's claim is against the MI300 series (47), Trillium's against
unnamed previous TPUs (63).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the previous generation of the MTIA v2?", "Meta MTIA v1"),
        ("What is the prior generation of Trainium2?", "AWS Trainium"),
        ("which chip is the older generation of the mtia v2?", "Meta MTIA v1"),
        ("what is the older generation of trillium?", REFUSE),  # previous TPUs, unnamed
        ("what is the previous generation of the groq lpu", REFUSE),
        # a claim is still asked with a word of its own
        (
            "how does trainium2 compare with the previous generation",
            {
                "2 x, efficiency, vs AWS Trainium",
                "3 x, memory capacity, vs AWS Trainium",
                "up to 4 x, training performance, vs AWS Trainium",
            },
        ),
        ("who succeeded the mtia v1?", REFUSE),
        ("who came before trainium2?", REFUSE),
        ("who is trainium2's predecessor", REFUSE),
        ("which chips have a GPU performance above 5 TFLOPS", REFUSE),
        ("chips with GPU performance over 1 TFLOPS", REFUSE),
        ("what is the GPU performance of the M4", "7.5 TFLOPS, on Apple M4 GPU, peak"),
    ],
)
def test_red_team_10(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_no_claim_against_a_predecessor_says_so(ask_json):  # noqa: ANN001
    refused(
        ask_json,
        "how much faster is the mi350 than its predecessor?",
        "no comparison claim against its predecessor for AMD Instinct MI350",
    )


def test_a_line_word_not_read_is_named(ask_json):  # noqa: ANN001
    refused(ask_json, "who succeeded the mtia v1?", "'succeeded' (a chip's place in its line) was not read")
