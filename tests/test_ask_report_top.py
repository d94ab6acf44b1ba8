"""``chipkg ask``: the top of a stored report ("who is the market leader?").

"Who is the market leader?" led to the market-share report and printed all its rows (Nvidia, AMD,
all other chip makers) with exit 0, the first column of the JSON listing three "leaders"; "who has
the biggest market share?" was refused ("cannot take 'biggest'"). A report now declares the column
a superlative takes the top of (``# top: share_pct``), and an ``# ask:`` phrase may lead to its top
rows (``market leader => top``): the answer is the rows with the largest value, ties kept. The
other end is refused, since a report's last row may be a remainder ("all other chip makers"), not
one holder; and a report without a ``# top:`` column takes no superlative.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ask_expect import REFUSE, check

from chipkg import catalog
from chipkg.errors import QueryError


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is the market leader?", ["Nvidia"]),
        ("which company dominates the AI chip market?", ["Nvidia"]),
        ("who leads the ai chip market?", ["Nvidia"]),
        ("who has the biggest market share?", ["Nvidia"]),
        ("Which company holds the largest share of the AI chip market, per the introduction?", ["Nvidia"]),
        ("who has the smallest market share?", REFUSE),
        ("which company has the least market share", REFUSE),
        ("is nvidia the market leader?", REFUSE),
        ("According to the Intel section, who is the market leader?", REFUSE),
        # the whole report and one holder's row, as before
        ("market share", ["Nvidia", "AMD", "all other chip makers"]),
        ("what is AMD's market share?", "about 10 %"),
        # a report with no '# top:' column takes no superlative
        ("which chip has the most inconsistencies?", REFUSE),
    ],
)
def test_the_top_of_a_report(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_phrase_to_the_top_needs_a_top_column() -> None:
    header = "# title: T\n# ask: the leader => top\nSELECT ?a WHERE { }\n"
    with pytest.raises(QueryError, match="no '# top:' column"):
        catalog.parse_header(header, Path("t.rq"))
    told = catalog.parse_header("# title: T\n# ask: the leader => top\n# top: a\nSELECT ?a WHERE { }\n", Path("t.rq"))
    assert told.top == "a"
