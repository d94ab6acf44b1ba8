"""``chipkg ask``: a parenthesis that names a chip and says the article gives it no figure of the
measure asked, with the exclusion said after the clause ("(the MI350, whose capacity the article
omits, cannot qualify)", "(..., whose capacity is not given, left out)"), sets aside a chip the
answer cannot hold anyway: read as "(ignoring the MI350, whose capacity is never given)" was, a
figure set aside and checked (chipkg.ask.parse.asides._figureless_set_aside; set 38). A chip that
has the figure is refused, and so is a clause about another measure."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM_96 = {"Intel Gaudi 3", "Google Trillium TPU", "AWS Trainium2"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips have at least 96 GB of HBM (the MI350, whose capacity the article omits, cannot qualify)?",
            HBM_96,
        ),
        ("which chips have 96 GB or more of HBM (the MI350, whose capacity is not given, left out)", HBM_96),
        (
            "Which chips carry at least 96 GB of HBM (any HBM generation counts; the MI350, whose HBM capacity is unstated, is excluded)?",
            HBM_96,
        ),
        (
            "Rank the chips by HBM capacity, lowest first (the AMD Instinct MI350, whose capacity the article omits, can't qualify).",
            ["SambaNova SN40L", "AWS Trainium2"],
        ),
        (
            "Rank the chips from least to most HBM (the MI350, whose capacity is not given, left out).",
            ["SambaNova SN40L", "AWS Trainium2"],
        ),
        ("Which chip has the most SRAM (the SN40L, whose capacity is not stated, excluded)?", "d-Matrix Corsair C8"),
    ],
)
def test_chip_without_the_figure_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=isinstance(expected, list))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the chip has the figure: the clause is false
        (
            "Which chips have more than 100 GB of HBM (the Trainium2, whose capacity the article omits, cannot qualify)?",
            "said not given",
        ),
        (
            "Which chips have more than 100 GB of HBM (the Gaudi 3, whose capacity is not given, left out)?",
            "said not given",
        ),
        # a clause about another measure: not read
        ("Which chips have at least 96 GB of HBM (the MI350, whose bandwidth the article omits, cannot qualify)?", ""),
        # no exclusion after the clause
        ("Which chips have at least 96 GB of HBM (the MI350, whose capacity the article omits, qualifies)?", ""),
    ],
)
def test_chip_with_the_figure_or_other_clause_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
