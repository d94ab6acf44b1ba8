"""``chipkg ask``: the market-share report ranked, and narrowed to several holders.

"Rank Nvidia and AMD by their share of the AI chip market, largest first" was refused in sets 38
and 39 ("the market-share report cannot take 'rank'"), and "market share of Nvidia and AMD" ("cannot
be narrowed to AMD"). The report is ordered by its top column (share_pct), largest first: a ranking
in that order is its rows, those of the holders named when names are given (each name's rows, merged
and ordered as the report orders them). The other order, a ranking of chips, a holder with no share
and a name the report takes no parameter for are refused or said absent (exit 1).

Nvidia about 85%, AMD about 10%, the rest 5% (introduction, l.13; data/introduction.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Rank Nvidia and AMD by the share of the AI chip market the article estimates for each, largest first.",
            ["Nvidia", "AMD"],
        ),
        (
            "Rank Nvidia and AMD by their estimated share of the AI chip market as the introduction gives it, "
            "largest first (the estimates are hedged, I know).",
            ["Nvidia", "AMD"],
        ),
        ("rank amd and nvidia by market share", ["Nvidia", "AMD"]),
        ("market share of amd and nvidia", ["Nvidia", "AMD"]),
        ("rank companies by market share", ["Nvidia", "AMD", "all other chip makers"]),
        ("list market shares, largest first", ["Nvidia", "AMD", "all other chip makers"]),
        # the report's own verbs ('# verbs:' in queries/market-share.rq), refused in sets 3 and 4
        ("which company owns the biggest chunk of the AI chip market?", ["Nvidia"]),
        ("who owns the biggest slice of the AI chip market?", ["Nvidia"]),
        ("which company controls the biggest slice of the market", ["Nvidia"]),
        # the class of its rows ('# subject: ChipDesigner'): a vendor, a chip maker
        ("which vendor has the biggest market share", ["Nvidia"]),
        ("which chip maker leads the market", ["Nvidia"]),
    ],
)
def test_the_report_ranked_by_its_top_column(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_several_holders_keep_their_hedged_figures(ask_json):  # noqa: ANN001
    data = answered(ask_json, "market share of nvidia and amd")
    assert column(data, "qualifier") == ["approximate", "approximate"]
    assert column(data, "stated_figure_stated") == ["about 85 %", "about 10 %"]


@pytest.mark.parametrize(
    "question,said",
    [
        ("market shares in ascending order", "largest"),
        ("who doesn't own the biggest market share", "cannot take"),
        ("which foundry has the biggest market share", "cannot take 'foundry'"),
        ("does nvidia own the biggest chunk of the market", "not asked yes/no"),
        ("rank chips by market share", "ranks companies, not chips"),
        ("rank nvidia and intel by market share", "no AI chip market share for Intel"),
        # session 52: an organization and a chip joined is refused before the report is tried
        ("market share of nvidia and the groq lpu", "joins an organization and a chip"),
        ("rank nvidia and amd by market share as the future prospects section gives it", "outside"),
    ],
)
def test_what_the_report_cannot_rank_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))
