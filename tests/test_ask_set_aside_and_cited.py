"""``chipkg ask``: asides that set something aside, and a section cited in a yes/no (classes read from
held-out set 30's analyst refusals; the rows themselves are not copied here, each case below is
written for its class):

- the asker's own words before a negation in a parenthesis ("(I am not asking about the on-die
  SRAM)", "(we are not interested in the DDR5 tier)") set aside what follows, as "(not ...)" does
  (parse.asides._asker_set_aside), checked against each figure answered; "on-die" beside a memory
  set aside says where it is (descriptor ``onchip=true``, checked in the graph). Read as a remark on
  a property the frame does not use, "(I'm not asking about on-chip memory)" beside SRAM had
  answered the SRAM that it sets aside (remarks._group_check): now refused.
- a negation said last with its participle alone ("(per-card figures excluded)") reads as "(not
  per-card figures)", as "(... are excluded)" did (parse.asides._postposed_negation).
- "and not" in a parenthesis, and the same words set off before the question proper ("Per
  accelerator, and not aggregated across an UltraCluster, what ...?") read as the parenthesis
  "(per accelerator, not ...)" (parse.asides._and_not, _fronted_clarification).
- a closing clause that grants a kind the graph holds ("..., counting HBM3 as HBM?") changes
  nothing beside any question, as the same sentence does; one the graph does not hold is refused
  (parse.forms._without_instructions, words.tsv "counting" of phrase class grant).
- a section cited before a yes/no comparison of two chips ("According to the figures in the
  Tenstorrent section, does A draw more power than B?") is a lead-in of the comparison
  (parse.forms._section_lead_in; "the figures in" of the citation: rewrites._section_citation), and
  the answer stands only if both figures compared cite that section (answer._compared_from_section).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM_ROW = "HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s"
UNDER_100_W = {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much HBM does the Trillium TPU carry (I am not asking about its on-chip SRAM)?", "128 GB"),
        ("What is the SN40L's HBM capacity (we are not interested in the DDR5 tier)?", "64 GB"),
        ("How much memory does the Gaudi 3 have (I'm not asking about the on-die SRAM)?", HBM_ROW),
        ("What HBM capacity does the Gaudi 3 have (not the on-die SRAM)?", "128 GB"),
        ("What is Gaudi 3's memory bandwidth (not its on-die SRAM)?", HBM_ROW),
        ("How much memory does the Gaudi 3 have (I'm not asking about on-die memory)?", HBM_ROW),
    ],
)
def test_the_askers_set_aside_is_checked_against_the_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # what is set aside is the answer itself: refused, never answered
        "How much SRAM does the Gaudi 3 carry (I am not asking about the on-die memory)?",
        "How much SRAM does the Gaudi 3 carry (I am not asking about on-chip memory)?",
        "What SRAM capacity does Gaudi 3 have (I'm not asking about the SRAM)?",
        "Which chips have more than 50 MB of SRAM (I'm not asking about on-chip memory)?",
    ],
)
def test_a_set_aside_that_removes_the_answer_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips draw under 100 W (per-card figures excluded)?", UNDER_100_W),
        ("How many chips draw under 100 W (per-card figures excluded)?", "3"),
        ("What HBM capacity does Gaudi 3 have (SRAM excluded)?", "128 GB"),
    ],
)
def test_a_participle_said_last_sets_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the AI 100 Ultra's only power figure is per card
        "How much power does the Cloud AI 100 Ultra draw (per-card figures excluded)?",
        "What SRAM capacity does Gaudi 3 have (SRAM excluded)?",
    ],
)
def test_a_participle_that_sets_aside_the_answer_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Per accelerator, and not aggregated across an UltraCluster, how much FP16 compute does Trainium2 deliver?",
            "650 teraFLOPS, FP16",
        ),
        (
            "Per accelerator, not summed over an UltraCluster, what FP16 performance does Trainium2 reach?",
            "650 teraFLOPS, FP16",
        ),
        (
            "What FP16 performance does a Trainium2 reach (per chip and not summed over an UltraCluster)?",
            "650 teraFLOPS, FP16",
        ),
        ("Per chip and not per card, how many chips draw under 100 W?", "3"),
    ],
)
def test_a_fronted_or_joined_scope_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_fronted_scope_set_aside_that_leaves_no_figure_is_refused(ask_json):  # noqa: ANN001
    check(ask_json, "Per chip, and not per card, how much power does the Cloud AI 100 Ultra draw?", REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have under 100 GB of HBM per chip, counting HBM3 as HBM?", {"AWS Trainium2", "SambaNova SN40L"}),
        ("How many chips use HBM, counting HBM3E as HBM?", "5"),
        ("How much HBM does the Trainium2 carry, counting HBM3 as HBM?", "96 GB"),
    ],
)
def test_a_closing_grant_the_graph_holds_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    ["Which chips use HBM, counting SRAM as HBM?", "How many chips use HBM3, counting HBM as HBM3?"],
)
def test_a_closing_grant_the_graph_does_not_hold_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "does not hold"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "According to the figures in the Tenstorrent section, is the Grayskull e150 clocked higher than the "
            "Grayskull e75?",
            True,
        ),
        ("Per the Tenstorrent section, does the Grayskull e75 draw more power than the Grayskull e150?", False),
        (
            "According to the numbers in the Tenstorrent section, does the Grayskull e75 draw less power than the "
            "Grayskull e150?",
            True,
        ),
        ("According to the figures in the Intel section, how much SRAM does Gaudi 3 have?", "96 MB"),
    ],
)
def test_a_section_cited_before_a_comparison_of_two_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the M2000's figure comes from the Mythic section, not the one cited
        "Per the Tenstorrent section, does the Grayskull e150 draw more power than the Mythic M2000?",
        "Does the Grayskull e150 draw more power than the Mythic M2000, per the Tenstorrent section?",
        # a section that gives neither figure
        "According to the Future Prospects section, does the Gaudi 3 have more HBM than the Trainium2?",
    ],
)
def test_a_comparison_whose_figures_the_section_does_not_give_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "section"))


def test_each_compared_figure_must_cite_the_section(kg):  # noqa: ANN001
    """The article's chips' figures all cite their chip's one section, so a comparison the question
    can name whose figure comes from another section is refused earlier (the section does not name
    the chip); the trace itself is checked here on the figures a comparison rests on."""
    from chipkg.ask.answer import Answer, NoAnswer, _compared_from_section, lexicon_of

    lex = lexicon_of(kg.store)
    section = "https://w3id.org/chipkg/section/tenstorrent"
    fig = "https://w3id.org/chipkg/figure/"
    own = Answer("", [], [], boolean=True, compared=(fig + "tenstorrent-grayskull-e150-power",))
    _compared_from_section(kg.store, section, "Tenstorrent", own, lex)  # stands
    other = own._replace(compared=(fig + "tenstorrent-grayskull-e150-power", fig + "mythic-m2000-power"))
    with pytest.raises(NoAnswer, match="does not give the figures compared"):
        _compared_from_section(kg.store, section, "Tenstorrent", other, lex)
