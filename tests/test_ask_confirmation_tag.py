"""``chipkg ask``: a statement followed by a confirmation tag after a dash, a semicolon or as a
sentence of its own ("The Groq LPU uses SRAM -- is that right?", "Gaudi 3 uses HBM. Is that
correct?") asks whether the statement holds, as the tag after a comma does ("..., right?").

Such tags were refused as unknown words ('is that right'). The tag is a words.tsv ``claimclose``
phrase; the statement is read as any yes/no is, so a false statement answers false and one the
article does not settle says so (exit 1), never the statement's own claim.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("The Groq LPU uses SRAM -- is that right?", True),
        ("Trillium uses HBM; am I right?", True),
        ("The Apple M4 is made by TSMC. Is that correct?", True),
        ("The Grayskull e150 is designed by Tenstorrent — true?", True),
        # a false statement is false, whatever the tag
        ("The Groq LPU is clocked higher than the MTIA v2 -- is that right?", False),
        ("The MTIA v2 is clocked higher than the Groq LPU -- is that right?", True),
        ("Nvidia designs the Trillium TPU. Is that true?", False),
        # not settled by the article: said so (exit 1), not confirmed
        ("The Groq LPU uses HBM. Is that true?", (REFUSE, "does not say")),
        # a tag after a question that already asks, or after a list question: not a statement
        ("Does the Groq LPU use SRAM? Right?", REFUSE),
        ("Which chips use HBM? Is that right?", REFUSE),
        # an unknown name in the statement is still unknown
        ("The Groq LPU is made by Samsung. Is that right?", (REFUSE, "samsung")),
    ],
)
def test_statement_with_a_tag(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
