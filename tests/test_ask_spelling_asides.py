"""``chipkg ask``: an aside that says how the article spells a name, or "any" of it, names the same thing.

- "How many chips support BF16 (spelled BFLOAT16 in one section)?" was refused ('spelled' unknown):
  a spelling aside (words.tsv gloss valued ``spelling``: "spelled", "spelt", "written as") whose
  names are all ones the question uses outside it, said by another label of the same thing
  (BFLOAT16 is an altLabel of BF16), with only where the article spells it so, is dropped
  (parse.asides._spelling).
- "Which chips use LPDDR5 (any LPDDR generation)?" was answered with the LPDDR5 chips: an aside of
  "any" and a name other than the question's (a broader or narrower one, or another thing) is
  refused, as is a spelling aside naming another thing ("BF16 (spelled FP16 in one section)"):
  read as the same thing, it would widen or narrow the question.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

LPDDR = {
    "Apple M4",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}
BF16 = {"AWS Trainium2", "Groq LPU"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips support BF16 (spelled BFLOAT16 in one section)?", "2"),
        ("Which chips support bfloat16 (written as BF16 in the article)?", BF16),
        ("Which chips handle BF16 (spelt bfloat16 in places)?", BF16),
        ("Which chips use LPDDR DRAM (spelled low-power DDR in one section)?", LPDDR),
        ("Which chips use an LPDDR-family DRAM (any LPDDR generation)?", LPDDR),
        ("Which chips use LPDDR (any LPDDR generation)?", LPDDR),
    ],
)
def test_an_aside_naming_the_same_thing_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips support BF16 (spelled FP16 in one section)?",
        "Which chips use LPDDR (spelled LPDDR5 in one section)?",
        "Which chips use LPDDR5 (any LPDDR generation)?",
        "Which chips use HBM3 (any HBM generation)?",
        "Which chips use HBM (any LPDDR generation)?",
    ],
)
def test_an_aside_naming_another_thing_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names as the same thing"))
