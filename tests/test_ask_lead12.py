"""``chipkg ask``: wrong answers found in the twelfth session's first measure of held-out set 28 and
in red team 12's leftovers, fixed as classes (each tested on questions of its class written here):

- a question that asks "which companies" was answered with chips when a word for chips followed
  ("which companies get their chips made at TSMC?" listed the chips): refused;
- a search-box question with a noun for a figure ("blackwell nvlink gpu limit") was answered "true"
  as a yes/no: refused, the figure is not named;
- an alternative question of a relation a chip has one of ("is Gaudi 3 5nm or 7nm?") was answered
  "true": refused;
- a technology the article names only as likely ("likely HBM3E") was denied by counts, organizations
  and yes/no ("names no chip that fits"): they say the hedge; "likely" in a question is no "like";
- "cloud provider" named the hyperscalers (Meta among them); the article says hyperscalers only.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check

ORGS_ASKED = (REFUSE, "asks for organizations")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "get their chips made" reads as "have their chips made" since (test_ask_get_made): the
        # organizations are answered, never their chips
        ("so which companies actually get their chips made at tsmc?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("which companies got their chips made by TSMC?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("how many companies get their chips made by tsmc?", "4"),
        ("what vendors get their chips built at TSMC on 7nm?", {"Groq", "Qualcomm"}),
        # "get ... fabricated by TSMC" says what the chips are (session 49, set 77): their designers
        ("which firms get their accelerators fabricated by tsmc", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        ("which companies chips made by tsmc", ORGS_ASKED),
    ],
)
def test_organizations_asked_are_never_answered_with_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which companies have their chips made at tsmc?", {"Apple", "Groq", "Nvidia", "Qualcomm"}),
        (
            "which startup chips use sram?",
            {
                "Groq LPU",
                "Mythic M2000",
                "SambaNova SN40L",
                "Tenstorrent Grayskull e150",
                "Tenstorrent Grayskull e75",
                "d-Matrix Corsair C8",
            },
        ),
    ],
)
def test_organizations_or_their_chips_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_chips_of_a_kind_of_organization_still_read(ask_json):  # noqa: ANN001
    answered(ask_json, "Which of the startups' chips do inference?")


@pytest.mark.parametrize(
    "question",
    ["blackwell nvlink gpu limit", "blackwell nvlink figure", "maia 100 5nm figure", "nvlink gpu limit"],
)
def test_a_figure_noun_is_no_yes_no(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks for a figure"))


def test_a_named_figure_still_reads(ask_json):  # noqa: ANN001
    check(ask_json, "blackwell nvlink max gpus", "up to 576 GPUs, via NVLink 5, per cluster")


@pytest.mark.parametrize(
    "question",
    ["Is Gaudi 3 5nm or 7nm?", "is the gaudi 3 on 5nm or on 7nm", "Is Gaudi 3 designed by Intel or AMD?"],
)
def test_an_alternative_of_a_functional_relation_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks which one it is"))


def test_either_of_a_relation_with_several_values_is_still_yes_no(ask_json):  # noqa: ANN001
    check(ask_json, "Does Gaudi 3 support FP8 or BF16?", True)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips use HBM3E?",
        "Which designers use HBM3E?",
        "number of hbm3e chips",
        "Does the MI350 use HBM3E?",
        "Is the MI350 likely to use HBM3E?",
    ],
)
def test_a_likely_technology_is_said_not_denied(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "AMD Instinct MI350 likely uses HBM3E"))


@pytest.mark.parametrize("question", ["Which chips likely use HBM3E?", "which chips probably use hbm3e"])
def test_likely_is_no_like(ask_json, question):  # noqa: ANN001
    check(ask_json, question, {"AMD Instinct MI350"})


@pytest.mark.parametrize("question", ["chips most likely to use HBM", "which chip is most likely the fastest?"])
def test_most_likely_is_no_superlative_of_a_figure(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "how likely"))


@pytest.mark.parametrize(
    "question", ["Is Meta a cloud provider?", "which cloud providers design chips", "cloud vendors with 7nm chips"]
)
def test_cloud_provider_names_nothing(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "cloud providers, which the article does not say"))


def test_hyperscaler_still_reads(ask_json):  # noqa: ANN001
    check(ask_json, "Is Meta a hyperscaler?", True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Sorry if this is obvious, but does the Groq LPU have more SRAM than Gaudi 3?", True),
        ("Sorry, but does Gaudi 3 have more SRAM than the Groq LPU?", False),
        ("Sorry if this is obvious, but which chips use HBM3?", {"SambaNova SN40L"}),
    ],
)
def test_a_lead_in_of_discourse_joined_by_but_is_dropped(ask_json, question, expected):  # noqa: ANN001
    """The yes/no was answered as "which has more" (the chip) after the lead-in."""
    check(ask_json, question, expected)


def test_a_lead_in_that_names_a_thing_stays(ask_json):  # noqa: ANN001
    check(ask_json, "I know Nvidia leads, but which chips use HBM?", REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("As reported in the Qualcomm section, how much on-chip SRAM does the Cloud AI 100 Ultra carry?", "144 MB"),
        ("per the Qualcomm section, how many LPDDR4X controllers does the AI 100 Ultra have?", "4 memory controllers"),
    ],
)
def test_a_company_section_is_the_one_about_the_chip_named(ask_json, question, expected):  # noqa: ANN001
    """Qualcomm has two sections (Adreno, Cloud AI 100 Ultra): "the Qualcomm section" was refused as
    two sections even with the chip named."""
    check(ask_json, question, expected)


def test_a_company_section_with_no_chip_named_is_still_two(ask_json):  # noqa: ANN001
    check(ask_json, "per the Qualcomm section, which chips use LPDDR4X?", (REFUSE, "two sections"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Compare the transistor counts of the M4 and the Maia 100.", {"about 40 billion", "120 billion"}),
        ("How do Gaudi 3 and Trillium compare in HBM capacity?", {"128 GB"}),
        ("compare groq lpu and gaudi 3 sram", {"128 MB", "96 MB"}),
    ],
)
def test_compare_with_a_measure_gives_each_chips_figure(ask_json, question, expected):  # noqa: ANN001
    """'compare' with a measure was refused ('a comparison needs ... nothing else')."""
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What host interface does the Cloud AI 100 Ultra use?", "PCIe 4.0"),
        ("What is the computational throughput of the Maia 100?", "800 TFLOPS, peak"),
        ("Determine which chips use HBM3.", {"SambaNova SN40L"}),
    ],
)
def test_words_of_analysts(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What total DRAM capacity does the article give for the SambaNova SN40L's DDR5 tier?", "1.5 TB"),
        ("sn40l dram ddr5 capacity", "1.5 TB"),
        ("What HBM capacity does the SN40L's HBM3 tier hold?", "64 GB"),
    ],
)
def test_a_technology_and_a_broader_one_name_the_narrower(ask_json, question, expected):  # noqa: ANN001
    """'more than one memory technology for one figure' was said of DRAM and its DDR5."""
    check(ask_json, question, expected)


def test_two_technologies_apart_are_still_two(ask_json):  # noqa: ANN001
    check(ask_json, "what is the sn40l's sram and hbm capacity?", (REFUSE, "more than one memory technology"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What scale-out limit does the article give for Trillium pods?", "up to 256 units, via ICI, per pod"),
        ("trillium scale-out limit per pod", "up to 256 units, via ICI, per pod"),
    ],
)
def test_a_report_phrase_the_report_cannot_take_is_read_as_the_graphs_words(ask_json, question, expected):  # noqa: ANN001
    """'the scale-out-limits report cannot take 'pods'': the phrase also names ck:scaleOut."""
    check(ask_json, question, expected)


@pytest.mark.parametrize("question", ["nvidia market share per pod", "hedged figures of the groq lpu per core"])
def test_a_report_phrase_of_no_figure_still_refuses(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "report cannot take"))


def test_a_report_phrase_of_a_kind_of_organization_is_no_figure(ask_json):  # noqa: ANN001
    """'how many vendor claims are there' was read as 'vendor' (chip designers) and counted 16."""
    check(ask_json, "how many vendor claims are there", REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could you confirm how many cores the Cerebras CS-3 has?", "900,000 AI-optimized cores"),
        ("Could you confirm which chips use HBM3?", {"SambaNova SN40L"}),
        ("Could you confirm that the Gaudi 3 uses HBM?", True),
    ],
)
def test_could_you_confirm_a_question_asks_it(ask_json, question, expected):  # noqa: ANN001
    """'could you confirm' was a statement opener alone, and 'Could you confirm how many ...' was refused
    ("I don't know the word 'could you confirm'"): it opens a statement only with 'that' or 'whether'."""
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Would you kindly name the chips manufactured by TSMC on 7nm?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("So, could you list the chips built on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
    ],
)
def test_one_reading_of_a_request(ask_json, question, expected):  # noqa: ANN001
    """Two readers of 'could you + verb' (segment._request, asides._request_opened) each took part of
    the class; merged, 'Would you kindly name ...' was refused ('kindly' read as 'kind'). Now one."""
    check(ask_json, question, expected)


def test_a_hyphenated_possessive_kind_still_reads_chips(ask_json):  # noqa: ANN001
    """'which start-ups' chips ...': the possessive was missed for a name typed with a hyphen, and the
    question refused as one asking for organizations (tests/test_groups.py caught it)."""
    check(ask_json, "which start-ups' chips are made on 7nm?", {"Cerebras CS-3", "Groq LPU", "SambaNova SN40L"})
