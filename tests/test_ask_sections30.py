"""``chipkg ask``: three classes read from held-out set 29's analyst refusals (the rows themselves are
not copied here; each case below is written for its class):

- a company's "profile" is the article's section about it: "per the Intel profile", "going by the
  d-Matrix profile", "the article's Qualcomm profile" cite a section as "per the Intel section" does
  (parse.rewrites._profile_as_section). By its stem "profile" was "profiled" (whether the article
  profiles a chip), and the question was refused with a message about baselines. The openers of a
  citation take "going by", "drawing on", "judging by", "relying on" and "per the article's"
  (parse.rewrites._section_citation).
- "X rather than Y" that no reading of a contrast takes says what "X, not Y" says, and is read (or
  refused) as that negation is (parse.asides._contrasts): "(per accelerator, rather than aggregated
  across an UltraCluster)" asks the per-chip figure, as "(per accelerator, not aggregated ...)" did;
  "which chips use SRAM rather than HBM" stays refused, as "not HBM" is (the article's lists are not
  exhaustive).
- "the same node as" in a yes/no about one chip: "Is the Maia 100 on the same node as the Gaudi 3?"
  compares the chip's stated value with the other chip's one stated value
  (parse.frames._same_as, answer._same_value); it was refused ("'same' is read only as ...").
- a workload cites no section (the article names "training LLMs" in several), so "per the IBM
  section, is NorthPole unsuitable for training LLMs?" was refused with an untrue "the IBM section
  does not name LLM training": what is said of a chip the article describes in the cited section only
  is what that section says (answer._traced_by_chips).
- a grant said of the thing first ("HBM3 should count as HBM for this purpose.", words.tsv phrase
  class granted) changes nothing, as "Treat HBM3 as HBM." does (parse.forms._kind_granted); one the
  graph does not hold ("SRAM should count as HBM.") is refused.
- words: "on the strength of" opens a citation; "anticipate", "predict", "forecast" are verbs of a
  claim as "expect" is; "built around" says what a chip holds, as "contain" does (words.tsv).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Per the Intel profile, how much SRAM does the Gaudi 3 have per die?", "48 MB, per die"),
        ("Going by the d-Matrix profile, how much LPDDR5 does the Corsair C8 carry?", "256 GB"),
        ("What power draw does the Mythic M2000 have, per the article's Mythic profile?", "nominal about 4 watts"),
        ("Drawing on the Groq profile, what is the LPU's clock speed?", "1.2 GHz"),
        ("Judging by the Intel section, how many TPCs does a Gaudi 3 have?", "64 TPCs"),
        ("Relying on the IBM profile, what is NorthPole's die area?", "800 mm², per die"),
    ],
)
def test_a_company_profile_cites_its_section(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the section cited says nothing of HBM: answers from elsewhere are refused, as for "section"
        "Per the Intel profile, which chips use HBM?",
        # a chip's name before "profile" is no section of the article
        "per the Gaudi 3 profile, what is its SRAM?",
        # "profiled" is still whether the article profiles a chip, never a section
        "Which Intel chips are profiled, per the AMD profile?",
    ],
)
def test_a_profile_is_a_section_only_of_a_company_the_article_has_one_about(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_profiled_chips_are_still_asked_by_that_word(ask_json):  # noqa: ANN001
    check(ask_json, "How many chips does the article profile?", "18")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "What FP16 figure does the article give for one Trainium2 (per chip, rather than summed across an "
            "UltraCluster)?",
            "650 teraFLOPS, FP16",
        ),
        (
            "Per the AWS section, what FP16 performance does a single Trainium2 deliver (per accelerator, rather "
            "than aggregated across an EC2 UltraCluster)?",
            "650 teraFLOPS, FP16",
        ),
    ],
)
def test_rather_than_sets_aside_as_not_does(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use SRAM rather than HBM?",
        "How many chips are made on 7nm rather than by TSMC?",
        "Which chips does TSMC make rather than design?",
        "Which chips use on-chip memory rather than anything off the die?",
    ],
)
def test_rather_than_is_refused_where_not_is(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the Maia 100 on the same process node as the Gaudi 3?", True),
        ("is the m4 on the same node as the groq lpu", False),
        ("Is the Cloud AI 100 Ultra made by the same foundry as the Apple M4?", True),
        ("Does the NorthPole use the same process node as the Mythic M2000?", False),
        ("Is the Trainium2 designed by the same company as the Gaudi 3?", False),
        ("is the groq lpu on the same node as the sn40l", True),  # l.131, l.151: both 7nm
    ],
)
def test_the_same_value_as_another_chip_in_a_yes_no(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Is the Gaudi 3 on the same node as the Gaudi 3?",  # a chip against itself
        "What is the power of the Maia 100 on the same node as the Gaudi 3?",  # not a yes/no
        "Which chips besides the M4 use the same node as the Groq LPU?",  # a second chip in a list
        "Is the Maia 100 on the same node as Intel?",  # not a chip after 'as'
    ],
)
def test_same_in_other_shapes_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("On the strength of the IBM section, is NorthPole unsuitable for training LLMs?", True),
        ("Per the IBM section, is NorthPole suitable for training large language models?", False),
        ("per the groq section, is the groq lpu aimed at inference?", True),
        ("How many Tensix cores is the Grayskull e150 built around?", "120 Tensix cores"),
        (
            "What inference uplift does AMD anticipate for the MI350 over the MI300 series?",
            "up to 35 times, inference performance, vs AMD Instinct MI300 series",
        ),
    ],
)
def test_citations_and_claim_verbs(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # a chip the cited section does not describe: still refused
        "Per the Nvidia section, is NorthPole for inference?",
        "On the strength of the Groq section, is NorthPole unsuitable for training LLMs?",
    ],
)
def test_a_chip_outside_the_cited_section_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use HBM? HBM3E can be counted as HBM here.", 5),
        ("How many training chips use HBM? HBM3 should be treated as HBM for our purposes.", "3"),
        ("Which chips support FP8? cFP8 may count as FP8.", {"AWS Trainium2", "Intel Gaudi 3"}),
    ],
)
def test_a_grant_said_of_the_thing_first_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    ["Which chips use HBM? SRAM should count as HBM.", "Which chips use HBM3? HBM can be treated as HBM3."],
)
def test_a_grant_the_graph_does_not_hold_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "does not hold"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many Ethernet ports does Gaudi 3 integrate? The port speed is a separate matter.", "24 ports"),
        ("Which chips use HBM? Their capacity is not relevant.", 5),
    ],
)
def test_a_sentence_that_sets_aside_what_the_answer_does_not_use(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the frame rests on what the sentence sets aside: never dropped
        "Which chips have over 100 GB of HBM? The capacity is a separate matter.",
        "What is the port speed of the Gaudi 3's Ethernet? The port speed shouldn't matter.",
    ],
)
def test_a_sentence_that_sets_aside_what_the_answer_uses_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Across the company profiles, how many chips use HBM?", "5"),
        ("Which companies are grouped under the Unicorn Startups heading?", 6),
        ("Which chips does the article place under its Unicorn Startups heading?", 7),
    ],
)
def test_words_of_the_whole_article_and_its_headings(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which companies belong to the UXL Foundation (the consortium building free alternatives to CUDA)?",
        "Which organizations are in the UXL Foundation, the industry group working on alternatives to CUDA?",
        "Name the members of the UXL Foundation, an industry group building open alternatives to CUDA.",
    ],
)
def test_an_apposition_the_graph_describes_the_thing_with_changes_nothing(ask_json, question):  # noqa: ANN001
    check(ask_json, question, {"AMD", "Intel", "Google"})


@pytest.mark.parametrize(
    "question",
    [
        # words the description does not use, a number, a negation: read (or refused) as before, never dropped
        "Which companies are members of the UXL Foundation (the group that makes Gaudi)?",
        "Which companies are members of the UXL Foundation, the industry group building alternatives to Intel?",
        "Which companies are members of the UXL Foundation (not the industry group building alternatives to CUDA)?",
    ],
)
def test_an_apposition_the_description_does_not_hold_is_not_dropped(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips have HBM? I'm not asking about the capacity.", 5),
        ("What is the SN40L's HBM3 capacity? I'm only interested in the HBM3 tier.", "64 GB"),
        ("Which startups use SRAM? I'm interested in the companies, not their chips.", 5),
    ],
)
def test_a_remark_sentence_is_read_as_its_parenthesis(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the remark says the question asks what it does not: refused as the parenthesis is
        "Which chips use HBM? I'm interested in capacity.",
        "How many chips use HBM? I'm not asking about HBM.",
        "Which chips use SRAM? I'm not interested in startups.",
    ],
)
def test_a_remark_sentence_that_does_not_fit_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
