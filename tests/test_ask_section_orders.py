"""``chipkg ask``: an order cited to a section of the article, and a citation of a part of the
article that is no section.

- Red team 21 W9 / red team 22 N11: a most/least, a top few, a two-chip "which has more" and a yes/no
  about the leader, cited to a section, were checked on the leader's figure only ("per the Mythic
  section, which chip draws the least power?" printed the M2000's 4 W, the other chips' figures coming
  from other sections). They are now checked as the ranking of the same field is ("rank the chips by
  power" per that section was refused already): every figure the order rests on must cite the section
  (answer._order_from_section).
- A company's name read into its chip's ("the Apple section, does the M4 ...") cites the chip's own
  section; a name cited as a section that leads to none is refused, never dropped
  (parse.rewrites._cited_section).
- Red team 21 W4: "according to the Summary / the References" was dropped as a source hedge; a source
  hedge before a noun naming a part of a text (words.tsv filler valued ``noun``) is refused, naming
  the sections an answer can be traced to (parse.question._part_cited).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

OUTSIDE = "outside the"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the leader's figure is in the section, the others' are not
        ("Going by the Mythic section, which chip has the lowest power draw?", OUTSIDE),
        ("According to the Tenstorrent section, which chip consumes the most power?", OUTSIDE),
        ("Per the Cerebras section, which chip has the largest core count?", OUTSIDE),
        ("According to the Meta section, which chip carries the most on-chip SRAM?", OUTSIDE),
        # the top few
        ("According to the Groq section, what are the top 2 chips by SRAM?", OUTSIDE),
        # a yes/no about the leader, the chip read with its company's name
        ("Per the Apple section, is the M4 the chip with the fastest clock?", OUTSIDE),
        ("According to the Cerebras section, does the CS-3 have the most cores of any chip?", OUTSIDE),
        # two named chips, one described elsewhere
        ("According to the Groq section, which has more SRAM, the Groq LPU or the MTIA v2?", "does not name"),
        ("Per the IBM section, which chip has less SRAM, NorthPole or the Groq LPU?", "does not name"),
    ],
)
def test_an_order_cited_to_a_section_rests_on_every_figure_ranked(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # every figure ranked is in the section: answered
        (
            "According to the Tenstorrent section, which has more Tensix cores, the e150 or the e75?",
            "Tenstorrent Grayskull e150",
        ),
        (
            "Per the Tenstorrent section, which of the Grayskull e150 and e75 draws less power?",
            "Tenstorrent Grayskull e75",
        ),
        ("Per the Tenstorrent section, does the Grayskull e75 draw less power than the e150?", True),
        (
            "According to the Tenstorrent section, rank the Grayskull e150 and e75 by clock speed.",
            ["Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75"],
        ),
        # one chip's figure per its own section, the company's name read into the chip's
        ("According to the Apple section, what clock speed does the M4 reach?", "up to 3.5 GHz"),
        ("Per the Cerebras section, how many cores does the CS-3 have?", "900,000 AI-optimized cores"),
    ],
)
def test_an_order_whose_figures_all_cite_the_section_is_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_name_cited_as_a_section_that_leads_to_none_is_refused(ask_json):  # noqa: ANN001
    # UXL has no section of its own (it is named in the introduction and Google's section)
    check(ask_json, "According to the UXL section, which chip has the most SRAM?", (REFUSE, "no section"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the sections titled "Amazon/AWS" and "Alphabet/Google" profile the subsidiary; the parent,
        # in the title and recorded in the section (ck:section), cites the same section
        ("According to the Amazon section, what is Trainium2's HBM capacity?", "96 GB"),
        (
            "According to the Alphabet section, how many TPUs fit in a Trillium pod?",
            "up to 256 units, via ICI, per pod",
        ),
        ("According to the Amazon section, how much HBM does Trillium have?", (REFUSE, "does not name")),
        ("According to the Amazon section, which chip scales to the most chips?", (REFUSE, "outside the Amazon/AWS")),
    ],
)
def test_a_parent_named_in_a_section_title_cites_it(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "According to the Summary, which chips are built on 5nm?",
        "Per the references, which chips use HBM3E?",
        "According to the summary: how many chips does TSMC make?",
        "Which chips have more than 100 MB of SRAM, according to the summary?",
        "As per the References, is Gaudi 3 made by TSMC?",
        "According to the passage, which chips use LPDDR5X?",
    ],
)
def test_a_part_of_the_article_that_is_no_section_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "its sections"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the article as a whole, and the parts of it that are sections, are cited as before
        ("According to the article, which chips use HBM3E?", "AMD Instinct MI350"),
        ("Per the piece, how much SRAM does the Groq LPU have?", "128 MB"),
        ("According to the write-up, how much SRAM does NorthPole have?", "192 MB"),
        ("According to the introduction, which chips use HBM?", (REFUSE, "outside the Introduction")),
        # "summary" elsewhere is no citation
        ("In summary, which chips use HBM3E?", "AMD Instinct MI350"),
    ],
)
def test_the_article_and_its_sections_are_cited_as_before(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
