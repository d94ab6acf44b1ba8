"""``chipkg ask``: red team 16's wrong-answer classes 6, 7, 9 and 12 (/work/brief/redteam16-wrong.md),
on questions of each class written for these tests (none copied from the report or a held-out set).

- 6: a system, a service or software as the SUBJECT of a verb of making or designing ("which chips
  does Copilot make", "which chips are made by Gemini") was read as the chips related to it: only
  organizations make or design chips, so it is refused (parse.frames._maker_not_an_organization).
- 7: refer-back phrases other than "those", "them", "it" ("such chips", "said chips", "the ones you
  listed", "that list", "the pair") were dropped, and the answer covered every chip: refused as
  "those" is (words.tsv phrase class ``referback``; parse.rewrites._pronoun_without_referent).
- 9: "chiplets", "chiplet-based" named the die count, leaving out the one chip the article calls
  chiplet-based (the d-Matrix Corsair C8, l.173): they name the chiplet architecture feature.
- 12: "manufacturers" named foundries only (TSMC), where the article's "chip manufacturers" are the
  chips' vendors (l.13): the word names a designer or a foundry, and a question that rests on which
  is refused, as "makers" is; "foundries" and "manufactured by" keep their meaning.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, answered_or_refused, check, column

TSMC_CHIPS = {
    "Apple M4",
    "Groq LPU",
    "Nvidia Blackwell GPU",
    "Qualcomm Adreno 750",
    "Qualcomm Cloud AI 100 Ultra",
}
SRAM_DESIGNERS = {"Groq", "IBM", "Intel", "Meta", "Mythic", "Qualcomm", "SambaNova Systems", "Tenstorrent", "d-Matrix"}


# --- class 6: the subject of "make" / "design" is an organization, or the question is refused ----------------


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does Triton make?",
        "Which chips does TensorFlow design?",
        "Which chips does cuDNN produce?",
        "How many chips does Copilot design?",
        "Does Gemini make the Trillium?",  # Gemini is served by Trillium (l.69); Google designs it
        "Which chip did PyTorch 2.0 design?",  # software of the MTIA v2's stack (l.91)
        "Which chips does NVLink make?",  # an interconnect
        "Which chips does HBM make?",  # a memory
        "What chips does the Azure OpenAI Service design?",  # a service the Maia 100 supports (l.81)
        "Which accelerators were designed by Copilot?",
        "Which chips are made by Gemini?",
        "Which chips do Azure and Copilot design?",
        "Copilot makes which chips?",
        "Has Azure made any chips?",
    ],
)
def test_a_system_or_technology_makes_no_chip(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    ["Which chips does PyTorch 2.0 design?", "Which chips are made by Gemini?", "Does Gemini make the Trillium?"],
)
def test_the_refusal_says_only_organizations_make_chips(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "not an organization"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips does TSMC make?", TSMC_CHIPS),
        ("Which chips does Microsoft design?", {"Microsoft Maia 100"}),
        ("Which chips does Google make?", {"Google Trillium TPU"}),
        ("Which chips does Microsoft Azure use?", {"Microsoft Maia 100"}),  # use, not make (l.81)
        ("Which chips are designed by Intel?", {"Intel Gaudi 3"}),
        ("Which chips with HBM are designed by Intel?", {"Intel Gaudi 3"}),  # HBM before the passive verb
        ("Which chips are made by TSMC?", TSMC_CHIPS),
    ],
)
def test_organizations_still_make_and_design(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --- class 7: refer-back phrases are refused as "those" is ------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which such chips are on 7nm?",
        "How many of said chips are built on 5nm?",
        "Of the chips you mentioned, which use SRAM?",
        "Among the ones you named, which are on 7nm?",
        "From the list above, which chips use HBM?",
        "Which of the two chips uses HBM?",
        "Which of the aforementioned chips use SRAM?",
        "Which of the above use HBM?",
        "Of the pair, which is on 5nm?",
        "Out of that list, how many use SRAM?",
        "Which of the chips listed earlier are on 7nm?",
        "Which of the previous chips use HBM?",
        "Same chips, but which use HBM?",
        "Out of your list, which are on 7nm?",
    ],
)
def test_a_refer_back_phrase_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "Which such chips are on 7nm?",
        "How many of said chips are built on 5nm?",
        "Of the chips you mentioned, which use SRAM?",
        "Out of that list, how many use SRAM?",
        "Which of the two chips uses HBM?",
    ],
)
def test_the_refusal_says_it_refers_back(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "refers to something asked before"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the referent is named before the phrase, or right after it
        ("Looking only at chips on 7nm, how many such chips use HBM?", "2"),  # Trainium2, SN40L
        ("Of the two Grayskull chips, which has more cores?", "Tenstorrent Grayskull e150"),
        ("Is the Gaudi 3 the faster-clocked of the two, set against the Groq LPU?", REFUSE),
        # "such as" gives examples; "the same node as" compares
        ("Which companies, such as Groq, use SRAM?", SRAM_DESIGNERS),
        ("Which chips are on the same node as the Maia 100?", {"Intel Gaudi 3"}),
    ],
)
def test_a_referent_in_the_question_is_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --- class 9: chiplets are the Corsair C8's chiplet architecture, not a die count ---------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are chiplet-based?", {"d-Matrix Corsair C8"}),
        ("Which chips use chiplets?", {"d-Matrix Corsair C8"}),
        ("How many chips are chiplet-based?", "1"),
        ("Which startup chips use a chiplet design?", {"d-Matrix Corsair C8"}),
        ("Which companies make chiplet-based chips?", {"d-Matrix"}),
        ("Does the Corsair C8 use chiplets?", True),
        ("Is the Corsair C8 chiplet-based?", True),
        ("Does the Corsair C8 have a chiplet architecture?", True),
        # two dies are stated, not chiplets: never 'false', and no count of chiplets
        ("Does the Gaudi 3 use chiplets?", REFUSE),
        ("Is the Blackwell GPU chiplet-based?", REFUSE),
        ("How many chiplets does the Nvidia Blackwell GPU have?", REFUSE),  # was its die count
        ("Which chip has the most chiplets?", REFUSE),
    ],
)
def test_chiplets_are_the_chiplet_architecture(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "chip", "figure"),
    [
        ("How many dies does the Gaudi 3 have?", "Intel Gaudi 3", "2 dies"),
        ("How many dies does the Blackwell GPU have?", "Nvidia Blackwell GPU", "2 dies"),
        ("What is the die count of the SN40L?", "SambaNova SN40L", "2 chips"),
    ],
)
def test_the_die_count_is_still_asked(ask_json, question, chip, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data, "chip") == [chip], data
    assert column(data) == [figure], data


# --- class 12: "manufacturers" may be the vendors or the foundries ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which manufacturers use HBM?",
        "Which manufacturers are on 5nm?",
        "How many manufacturers use SRAM?",
        "Which chip manufacturers support INT8?",
        "Which manufacturers have chips on 7nm?",
        "How many manufacturers does the Groq LPU have?",
        "how many manufacturers does the m4 have?",  # its designer (Apple) or its foundry (TSMC)
    ],
)
def test_manufacturers_are_not_only_foundries(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question", ["Which manufacturers make inference chips?", "List the manufacturers.", "Who are the manufacturers?"]
)
def test_manufacturers_are_never_the_foundries_alone(ask_json, question):  # noqa: ANN001
    data = answered_or_refused(ask_json, question)
    if data is not None:
        assert column(data) != ["TSMC"], data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which foundries make 7nm chips?", {"TSMC"}),
        ("Which chips are manufactured by TSMC?", TSMC_CHIPS),
        ("Which foundry manufactures the Cloud AI 100 Ultra?", "TSMC"),
        ("Which chips does TSMC manufacture?", TSMC_CHIPS),
        ("Who fabricates the Groq LPU?", "TSMC"),
        ("Who is the contract manufacturer of the Groq LPU?", "TSMC"),
        ("how many foundries does the m4 have?", "1"),
    ],
)
def test_foundries_and_manufactured_by_keep_their_meaning(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_the_manufacturer_of_one_chip_is_both_relations(ask_json):  # noqa: ANN001
    """ "the manufacturer of the Groq LPU": its designer or its foundry, both answered and labelled,
    as "who makes the Groq LPU" is (never the foundry alone)."""
    data = answered(ask_json, "Who is the manufacturer of the Groq LPU?")
    assert set(column(data)) == {"Groq", "TSMC"}, data
