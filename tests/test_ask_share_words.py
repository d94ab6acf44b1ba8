"""``chipkg ask``: words that say how much of a chip's memory or use a thing is ("mostly",
"largely", "predominantly") and advice ("should") are refused, naming the word.

"Which chips mostly use SRAM?" was answered as "the most SRAM" (the stem of 'mostly' is 'most'),
"largely used for inference" as every inference chip, "which chips should use HBM?" as the chips
that do: all wrong. words.tsv role ``unheld``; a word spelled in words.tsv whose stem reads as
another word is not read into a longer phrase of stems either (parse.segment: "mostly use" is no
"most use").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips mostly use SRAM?", (REFUSE, "'mostly'")),
        ("which chips have mostly on-chip memory?", (REFUSE, "'mostly'")),
        ("which chips are largely used for inference?", (REFUSE, "'largely'")),
        ("which accelerators are predominantly made by TSMC?", (REFUSE, "'predominantly'")),
        ("which chips should use HBM?", (REFUSE, "'should'")),
        ("Should I use the Groq LPU for training?", REFUSE),
        # the words their stems share keep their own readings
        ("which chip has the most SRAM?", ["d-Matrix Corsair C8"]),
        ("which chips are large?", REFUSE),
        ("which node is used the most?", {"7nm"}),  # the node with the most chips
    ],
)
def test_share_and_advice_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use HBM? Newest first.", (REFUSE, "compares process nodes")),
        ("rank the hbm chips, newest first", (REFUSE, "compares process nodes")),
        ("which chips use HBM, oldest first?", (REFUSE, "compares process nodes")),
        ("which chip has the newest process node?", ["Apple M4"]),
    ],
)
def test_newest_first_ranks_nodes_only(ask_json, question, expected):  # noqa: ANN001
    """ "Newest first" beside a ranking by another figure ranked by it ("Which chips use HBM? Newest
    first." was the least HBM capacity first): the article dates no chip; the age of a process node is
    its feature size (parse.checks._node_age_ranked)."""
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use HBM? Fastest first.", (REFUSE, "does not fit capacity")),
        ("Which chips use SRAM? Most powerful first.", (REFUSE, "does not fit capacity")),
        ("rank chips by clock speed, fastest first", ["Apple M4"]),
        ("which chip has the fastest HBM?", ["Google Trillium TPU", "Intel Gaudi 3"]),
    ],
)
def test_a_superlative_fits_what_is_ranked(ask_json, question, expected):  # noqa: ANN001
    """ "Fastest first" beside a memory ranked it by capacity: a superlative or a ranking's "X first"
    that says what it compares (words.tsv ``fits``) must fit the figure ranked, as a comparative must."""
    check(ask_json, question, expected, at_least=True)
