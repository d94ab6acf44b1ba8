"""``chipkg ask``: a count word used as a verb lists; organizations asked are answered with organizations.

- "Which chips use LPDDR (LPDDR of any kind counts)?" was answered with a count (exit 0): a count
  word used as a verb ("X counts", "that counts too", "both count", "any generation counts", as
  "counting X as Y" already was) says what is counted in, not how many
  (parse.rewrites._count_as_verb, read in the question and in a later sentence). "How many", "the
  number of", "the count" (a determiner before it), "count the chips" / "count them" and a terse
  "hbm chips count" still count.
- "Which chip-design companies have a chip ...?" listed the chips: "chip-design companies" (and
  "firms") name chip designers (ontology hidden labels), and a maker's modifier between a word for
  chips and a kind of organization ("chip design startups") is the head's modifier, refused where the
  rest reads as chips (parse.checks._organizations_read_as_chips).
- "Which companies have a chip that TSMC manufactures?" was refused ("the answer would only repeat
  TSMC"): the verb of the chips' clause, its subject an organization named ("TSMC manufactures",
  "manufactured by TSMC"), says what the chips are; the companies that have them are their designers
  (parse.frames._verb_of_held_chips).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}
LPDDR = {
    "Apple M4",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}
TSMC_DESIGNERS = {"Apple", "Groq", "Nvidia", "Qualcomm"}
HBM_DESIGNERS = {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}

COUNTED_IN: list[tuple[str, object]] = [
    ("Which chips use LPDDR (LPDDR of any kind counts)?", LPDDR),
    ("What chips use LPDDR (any LPDDR counts)?", LPDDR),
    ("Which chips use HBM (any HBM generation counts)?", HBM),
    ("Which chips use HBM (that counts too)?", HBM),
    ("Which chips use HBM? Any generation counts.", HBM),
    ("chips with hbm (any generation counts)", HBM),
    ("Which vendors have chips with HBM (any generation counts)?", HBM_DESIGNERS),
    # a negation after the parenthesis still reads ("(... counts) other than X": not a count of one)
    ("Which chips use HBM (any generation counts) other than Intel Gaudi 3?", HBM - {"Intel Gaudi 3"}),
    ("Which chips use LPDDR (LPDDR of any generation counts) except the Apple M4?", LPDDR - {"Apple M4"}),
    # the earlier participle, unchanged
    ("Which chips use HBM, counting HBM3E as HBM?", HBM),
]

STILL_COUNTED: list[tuple[str, object]] = [
    ("How many chips use HBM (any generation counts)?", "5"),
    ("What is the number of chips that use HBM (any generation counts)?", "5"),
    ("Count the chips that use HBM (any generation counts).", "5"),
    ("which chips use hbm; give the count", "5"),
    ("which chips use hbm; the count", "5"),
    ("which chips use hbm? count them", "5"),
    ("hbm chips count", "5"),
    ("count hbm chips", "5"),
]

ORGANIZATIONS: list[tuple[str, object]] = [
    ("Which chip-design companies have at least one chip that TSMC manufactures?", TSMC_DESIGNERS),
    ("Which chip design firms have a chip that TSMC manufactures?", TSMC_DESIGNERS),
    ("Which companies have a chip that TSMC manufactures?", TSMC_DESIGNERS),
    ("Which companies have chips that are manufactured by TSMC?", TSMC_DESIGNERS),
    ("Which vendors have chips TSMC manufactures?", TSMC_DESIGNERS),
    ("Which startups have at least one chip that TSMC manufactures?", {"Groq"}),
    ("Which chip design companies use HBM?", HBM_DESIGNERS),
    ("Which chip-design firms have a chip with HBM?", HBM_DESIGNERS),
    ("Which companies design chips made by TSMC?", TSMC_DESIGNERS),
    # the other way round, unchanged: the organization asked is the maker
    ("Which foundries make chips designed by Nvidia?", {"TSMC"}),
    ("Which chip designed by startups has the most SRAM?", "d-Matrix Corsair C8"),
]

REFUSED: list[str] = [
    "Which chip design startups use HBM?",  # a maker's modifier, then the head: never the chips
    "Which fabless companies have a chip made by TSMC?",  # 'fabless' is no word of the graph
    "who does TSMC fabricate for",
    "Which companies have a chip that Intel designs?",  # the answer would only repeat Intel
    "Which chips use HBM (HBM3E counts)?",  # a family and its variant
]


@pytest.mark.parametrize(("question", "expected"), COUNTED_IN, ids=[q for q, _ in COUNTED_IN])
def test_a_count_word_used_as_a_verb_lists(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(("question", "expected"), STILL_COUNTED, ids=[q for q, _ in STILL_COUNTED])
def test_a_count_asked_still_counts(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(("question", "expected"), ORGANIZATIONS, ids=[q for q, _ in ORGANIZATIONS])
def test_organizations_asked_are_answered_with_organizations(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize("question", REFUSED)
def test_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
