"""Red team 63: 37 questions answered wrong at 95fb79a (exit 0), each now refused or answered right,
with the near misses that must keep their answers. Report: the session 41 closing note.

Article lines: clocks l.89 (MTIA v2 1.35 GHz), l.113 (NorthPole nominal 400 MHz), l.119 (M4 up to
3.5 GHz), l.179 (e75 1 GHz); power l.165 (M2000 approximately 4 W typical), l.183 (e75 75 W); OPS
l.103 (AI 100 Ultra 400 TOPS INT8), l.113 (NorthPole "over 200 TOPS ... 400 ... 800", one "over"
for the list: ibm.ttl ambiguity note), l.153 (Groq up to 1 PetaOPS); Microsoft and OpenAI l.15;
Gaudi 3 FP8 l.57 (per node and per cluster only); AI 100 Ultra 150 W per card l.105.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "which chip draws the least power, stated outright?",  # the M2000's "about 4 W" was answered
        "which chip has the lowest power, explicitly stated?",
        "which chip has the highest clock speed, stated outright?",  # the M4's "up to 3.5 GHz"
        "lowest clock speed, stated outright",  # NorthPole's nominal 400 MHz
        "which chip has the highest TFLOPS, stated outright?",  # the Corsair's claimed "up to" 9,600
        "what's the top TFLOPS figure given outright in the article?",
        "which chip delivers the most OPS, stated outright?",  # Groq's "up to 1 PetaOPS"
        "rank the chips by clock speed, stated outright",
        "list chips by power, lowest first, explicitly stated figures",
        "what's the fastest-clocked chip going by explicitly stated numbers?",
        "which chip delivers the fewest TOPS, stated outright?",  # the M2000's "up to 35 TOPS"
        "which chip has the lowest memory bandwidth, stated outright?",  # the M4's "up to 100 GB/s"
        "which chips run at over 1 GHz, stated outright?",
        "which chips draw under 100 W, explicitly stated?",
        "which chips have over 10 billion transistors, explicitly?",  # Groq's "over 20 billion"
        "NorthPole INT2 TOPS, stated outright",
    ],
)
def test_stated_outright_beside_hedged_figures_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "may mean figures with no hedge")  # any word of it


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chip has the most SRAM, stated outright?", ["d-Matrix Corsair C8"]),  # no hedged SRAM wins
        ("Groq LPU SRAM, stated outright", ["128 MB"]),
    ],
)
def test_stated_outright_where_no_hedged_figure_counts(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == expected
    assert "stated outright: no hedged figure changes it (checked)" in data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # NorthPole's 400 and 800 TOPS may fall under l.113's one "over": whether they are firm decides
        # the answer, which is refused naming the doubt (red team 71; answered as the AI 100 Ultra before)
        ("which chip has the most TOPS as a firm figure?", None),
        ("which chip has the most TOPS, concrete figures?", None),
        ("which chips deliver more than 100 TOPS as a firm figure?", None),
        # the same words still rank clocks with no hedge as before
        ("which chip has the highest clock speed as a firm figure?", ["Meta MTIA v2"]),
    ],
)
def test_a_firm_figure_is_none_whose_hedge_is_unclear(ask_json, question, expected):  # noqa: ANN001
    if expected is None:
        refused(ask_json, question, "leaves unclear")
    else:
        assert first_column(answered(ask_json, question)) == expected


def test_one_chips_figure_said_unhedged_when_its_hedge_is_unclear(ask_json):  # noqa: ANN001
    refused(ask_json, "what is NorthPole's 4-bit TOPS as a firm figure?", "leaves the hedge of 400 TOPS")


@pytest.mark.parametrize(
    "question",
    ["which chips were designed by partners of Microsoft?", "chips designed by a partner of Microsoft"],
)
def test_a_chain_of_relations_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "chains two relations")  # Microsoft's Maia 100 was answered


def test_designed_by_alone_still_answers(ask_json):  # noqa: ANN001
    assert first_column(answered(ask_json, "chips designed by Microsoft")) == ["Microsoft Maia 100"]


@pytest.mark.parametrize(
    "question",
    [
        "what's the Cloud AI 100 Ultra's power per card — no wait, per chip?",  # the per-card 150 W
        "Gaudi 3 FP8 per chip I mean, not per node",  # "true" (a yes/no of FP8 support)
        "Gaudi 3 FP8, not per node",
    ],
)
def test_corrections_and_scopes_of_no_figure_are_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_terse_format_yes_no_without_a_scope_still_answers(ask_json):  # noqa: ANN001
    assert answered(ask_json, "Gaudi 3 FP8")["boolean"] is True


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does the article credit with a PCIe interface of any generation (host link or lane count)?",
        "Which chips have PCIe with a lane count or a host link?",
    ],
)
def test_an_or_no_alternative_takes_is_refused(ask_json, question):  # noqa: ANN001
    # set 60: read as "has a lane count" AND "linked to the host": the Mythic M2000 and the Grayskulls
    # (PCIe with no lane count) were left out, exit 0
    refused(ask_json, question, "alternatives of the same kind")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # two words of one figure joined by "or": one condition (set 9)
        (
            "Which chips are given both a PCIe connection and an explicit lane count or link width?",
            ["Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"],
        ),
        ("which uses more juice, mtia v2 or the grayskull e75?", ["Meta MTIA v2"]),  # names joined by "or"
        # a relation's word after another's that is no chain (set 11, set 24)
        (
            "Which chips does the article describe as built on a 7nm process, regardless of which foundry makes them?",
            [
                "AWS Trainium2",
                "Cerebras CS-3",
                "Groq LPU",
                "Meta MTIA v2",
                "Qualcomm Cloud AI 100 Ultra",
                "SambaNova SN40L",
            ],
        ),
    ],
)
def test_or_and_relation_words_that_still_answer(ask_json, question, expected):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == sorted(expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chips are definitely unsuitable for data centres?",  # the Adreno 750: "very unlikely" (l.97)
        "which chips are not meant for data centers, for sure?",
        "how many chips are definitely not meant for data centres?",
    ],
)
def test_for_certain_beside_a_hedged_fact_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "Qualcomm Adreno 750")


def test_clearly_keeps_the_hedged_fact_with_its_hedge(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips are clearly not meant for data centers?")
    assert sorted(first_column(data)) == ["AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"]
