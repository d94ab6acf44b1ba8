"""Words for things the graph holds, added in session 32 from blind sets 23-47 (one line of Turtle
each, no code): "AI research organisation" is a hidden label of ck:AILab (OpenAI, l.15)."""

from __future__ import annotations

import pytest
from ask_expect import answered, check, count_of, first_column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which AI research organisation is Microsoft a partner of?", ["OpenAI"]),
        ("Which AI research organizations does the article name?", {"OpenAI", "Google DeepMind"}),
        ("which ai research labs are named", {"OpenAI", "Google DeepMind"}),
        ("which labs are named?", {"OpenAI", "Google DeepMind"}),
        # a name that holds the word is read as the name (the longest reading wins)
        ("Which company acquired Habana Labs?", ["Intel"]),
    ],
)
def test_ai_research_organisations(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # units spelled out read as their symbols (words.tsv; NorthPole's 400 and 800 TOPS, l.113)
        (
            "For IBM's NorthPole, what throughput is quoted at 4-bit precision, in tera-operations per second?",
            "400 TOPS, INT4",
        ),
        (
            "What throughput does IBM's NorthPole reach at 2-bit precision, in tera-operations per second?",
            "800 TOPS, INT2",
        ),
    ],
)
def test_units_spelled_out(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_number_with_a_unit_spelled_out_reads_as_with_its_symbol(ask_json):  # noqa: ANN001
    spelled = ask_json("Which chips have an INT8 throughput above 500 tera-operations per second?")
    symbol = ask_json("Which chips have an INT8 throughput above 500 TOPS?")
    assert spelled == symbol
    assert spelled[0] == 0


#: the chips with a foundry named: TSMC for the Blackwell GPU, the Adreno 750 (hedged), the Cloud AI 100
#: Ultra, the M4 and the Groq LPU (l.41, 95, 99, 119, 151)
NAMED_FOUNDRY = {"Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra", "Apple M4", "Groq LPU"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a relation's noun beside a word that says its value is given: chips with any value of it
        ("Which chips have a named foundry?", NAMED_FOUNDRY),
        ("Which chips does the article name a foundry for?", NAMED_FOUNDRY),
        ("Which chips have a known foundry?", NAMED_FOUNDRY),
    ],
)
def test_chips_with_a_value_given(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "How many chips have a stated process node?",
        "Which chips have a process node stated?",
        "How many chips does the article give a process node for?",
        "For how many chips does the article state a process node?",
    ],
)
def test_chips_with_a_process_node_given(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert "has a process node" in data["reading"]
    # of the 18 profiled chips, the MI350, Trillium and the two Grayskulls are given no node (l.47, 67, 179)
    if question.startswith("Which"):
        assert len(first_column(data)) == 14
        assert not {"AMD Instinct MI350", "Google Trillium TPU", "Tenstorrent Grayskull e75"} & set(first_column(data))
    else:
        assert count_of(ask_json, question) == "14"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "backs": the memory a chip has (the Corsair C8's 256 GB of LPDDR5, l.145)
        ("What LPDDR5 capacity backs the d-Matrix Corsair C8?", "256 GB"),
        (
            "How much LPDDR5 memory backs the d-Matrix Corsair C8, in gigabytes (excluding its separately stated SRAM)?",
            "256 GB",
        ),
        # "expressed in", "measured in": the unit said
        (
            "What INT8 throughput does the article attribute to the Qualcomm Cloud AI 100 Ultra, expressed in tera operations per second?",
            "400 TOPS, INT8",
        ),
        # "each individual": "each" (Gaudi 3's 48 MB of SRAM per die, l.55)
        ("How much on-chip SRAM does each individual Gaudi 3 die carry?", "48 MB, per die"),
    ],
)
def test_words_that_change_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_measured_in_beside_a_superlative(ask_json):  # noqa: ANN001
    plain = answered(ask_json, "Which profiled chip is built on the smallest process node?")
    said = answered(ask_json, "Which profiled chip is built on the smallest process node, measured in nanometres?")
    assert first_column(said) == first_column(plain)


def test_with_the_articles_hedge_included(ask_json):  # noqa: ANN001
    # the Groq LPU's "up to 1 PetaOPS" at INT8 (l.151): shown with its hedge, as every figure is
    data = check(
        ask_json,
        "What peak 8-bit integer throughput does the article give for the Groq LPU, with the article's hedge included?",
        "up to 1 PetaOPS, INT8, peak",
    )
    assert data["results"]["bindings"][0]["qualifier"]["value"] == "upper bound"


def test_largest_count_first(ask_json):  # noqa: ANN001
    # the three chips above 100 billion transistors (l.41, 83, 139), by count
    check(
        ask_json,
        "Rank the chips the article credits with more than 100 billion transistors, largest count first.",
        ["Cerebras CS-3", "Nvidia Blackwell GPU", "Microsoft Maia 100"],
    )
