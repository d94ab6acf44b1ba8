"""``chipkg ask``: a section of the article cited as where the asker read the answer.

Two ways of citing one that were refused on unknown grounds: the clause first, before the question
("As the AWS section reports it, how much HBM does Trainium2 have?": the comma after it is gone by
the time the section is looked at), and the section as the subject of a verb of saying, as "the
article" is ("Which organizations does the introduction name as members of the UXL Foundation?").
Either way the answer stands only where what it shows cites that section (answer._from_section).

A stored report (market share) ignored a cited section: "According to the Intel section, what is
Nvidia's market share?" answered the introduction's 85% with exit 0. Its rows now stand only when
every figure they show cites the section (answer._report_from_section).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HYPERSCALERS = {"Amazon", "Google", "Meta", "Microsoft"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the clause first
        ("As the AWS section reports it, how much HBM does Trainium2 have?", "96 GB"),
        ("as the nvidia section puts it, how many transistors does blackwell have", "208 billion"),
        ("As the Intel section describes it, does Gaudi 3 use HBM?", True),
        ("As the Intel section states, which chips have HBM?", (REFUSE, "outside the Intel section")),
        ("As the Groq section reports it, how much HBM does Trainium2 have?", REFUSE),
        # the section as the subject of a verb of saying
        (
            "Which organizations does the introduction name as members of the UXL Foundation?",
            {"AMD", "Intel", "Google"},
        ),
        ("Which hyperscalers does the introduction cite as designing their own AI processors?", HYPERSCALERS),
        ("What share of the AI chip market does the introduction attribute to AMD?", "about 10 %"),
        ("Which organizations does the Future Prospects section identify as members of the UXL Foundation?", REFUSE),
        ("which chips does the intel section list?", REFUSE),
        # a report read for a cited section: its figures must cite it
        ("According to the Intel section, what is Nvidia's market share?", (REFUSE, "outside the Intel section")),
        ("market share according to the future prospects section", REFUSE),
        ("According to the introduction, what is Nvidia's market share?", "about 85 %"),
        ("per the introduction, what is nvidia's market share?", "about 85 %"),
        ("per the AMD section, what is AMD's market share?", (REFUSE, "outside")),
        ("per the introduction, which chips have hbm?", (REFUSE, "outside")),
    ],
)
def test_a_cited_section(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
