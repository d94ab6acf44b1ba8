"""``chipkg ask``: casual ways of saying what the parser already reads.

- "<vendor>'s chip" (possessive, or with no article) of a vendor that designs one chip of the graph
  names that chip, as "the SambaNova chip" did: "how many cores does sambanova's chip have?" was
  refused as a figure of several chips. A vendor of several chips stays several.
- "go over / above / beyond N" compare as "exceed" does, "go under / below N" as "under"
  (words.tsv, role cmp).
- "the old TPUs", "older generation": a claim's baseline, the chip line's previous generation
  (words.tsv, role lineref), as "previous generation" is; "older" alone (an older node) is not.

Facts from /work/shared/sources/ai-chip-race.txt: SN40L 1,040 cores (line 131), NorthPole 22
billion transistors (113), clocks M4 up to 3.5 GHz (119), MTIA v2 1.35 GHz (89), Groq LPU 1.2 GHz
(153), Grayskull e150 1.2 GHz (179), NorthPole 400 MHz (113); Trillium 4.7x peak compute over previous TPUs (63).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many cores does sambanova's chip have?", "1,040 compute cores"),
        ("how many transistors does IBM's chip have", "22 billion"),
        ("how many transistors does the ibm chip have", "22 billion"),
        # several chips of one vendor: no one chip
        ("how many cores do nvidia's chips have", REFUSE),
        ("how many cores does qualcomm's chip have", REFUSE),
        ("which chips go over 1 ghz?", {"Apple M4", "Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e150"}),
        ("Which chips go above 1.3 GHz", {"Apple M4", "Meta MTIA v2"}),
        ("which chips go under 10 W", {"Mythic M2000"}),
        (
            "how much faster is trillium than the old tpus at peak compute?",
            "4.7 x, peak compute, vs previous generation TPUs",
        ),
        ("which chips are stuck on an older node", REFUSE),
    ],
)
def test_casual_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
