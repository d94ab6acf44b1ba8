"""Readings of ``chipkg ask`` that a red-team round found answering wrong with exit 0, fixed as
classes (the red-team report's C1, C2, C3, C4, C6, C11): each class's questions from the report,
unseen variants of them, and near misses that must still be refused.

- C1: an organization followed by a property word ("nvidia process node", "qualcomm formats",
  "amd architecture") listed the organization's chips and dropped the property: it now asks that
  property of each of the organization's chips, or is refused; a relation word left with no value
  never disappears from a list of chips, nor from a terse question for a figure ("qualcomm sram
  formats" asks two things).
- C2: "what size models" is the maximum model size (an ontology hidden label), not the memory
  capacity; "what year ... produced" is the production year, and a year of anything else is refused.
- C3: a small number glued to a name ("wse-3", "blackwell 2") is a version of it, not a count of
  what follows; with no name spelled so, the question is refused.
- C4: with a range in the question, a superlative that begins a measure's label ("max model size")
  or follows "a" ("a max clock") names the measure: a list, not a top-1.
- C6: "X as opposed to Y" / "X rather than Y" with Y narrower than X leaves out the chips that have
  X only as Y ("LPDDR4 as opposed to LPDDR4X": not the AI 100 Ultra), in lists and counts; refused
  elsewhere.
- C11: a stored report narrower than the question ("Profiled chips without a process node" for
  "chips without a process node") is refused, naming the restriction.
- A generation asked of a memory the article names only by a narrower kind ("m4 lpddr generation")
  is answered with that memory (LPDDR5X) since session 51 (refused, naming it, before), not "no
  generation" (a PCIe revision has its generation in the graph: "gaudi 3 pcie generation" is 5); "which chips use
  Triton" says the MTIA v2 has Triton-MTIA (related to Triton), not only "names no chip".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

# --------------------------------------------------------------------------- C1


C1: list[tuple[str, object]] = [
    # the report's questions
    ("nvidia process node", {("4nm", "Nvidia Blackwell GPU")}),
    ("qualcomm process node", {("4nm", "Qualcomm Adreno 750"), ("7nm", "Qualcomm Cloud AI 100 Ultra")}),
    ("groq process node", {("7nm", "Groq LPU")}),
    ("cerebras process node", {("7nm", "Cerebras CS-3")}),
    ("apple process node", {("3nm", "Apple M4")}),
    ("ibm process node", {("12nm", "IBM NorthPole")}),
    ("intel process node", {("5nm", "Intel Gaudi 3")}),
    ("meta process node", {("7nm", "Meta MTIA v2")}),
    ("tenstorrent process node", ("refuse", "no process node")),  # the article gives none
    ("d-matrix process node", {("6nm", "d-Matrix Corsair C8")}),
    ("sambanova process node", {("7nm", "SambaNova SN40L")}),
    ("microsoft process node", {("5nm", "Microsoft Maia 100")}),
    ("qualcomm formats", {(f, "Qualcomm Cloud AI 100 Ultra") for f in ("INT8", "INT16", "FP16", "FP32")}),
    ("groq formats", {(f, "Groq LPU") for f in ("INT8", "FP16", "BF16")}),
    ("aws formats", {(f, "AWS Trainium2") for f in ("FP32", "TF32", "BF16", "FP16", "UINT8", "cFP8")}),
    ("groq workloads", {("inference", "Groq LPU"), ("data center", "Groq LPU")}),
    (
        "google workloads",
        {(w, "Google Trillium TPU") for w in ("training", "inference", "ranking and recommendation")},
    ),
    ("amd architecture", {("CDNA 4", "AMD Instinct MI350")}),
    ("mythic architecture", {("Mythic Analog Matrix Processor", "Mythic M2000")}),
    (
        "tenstorrent architecture",
        {(a, f"Tenstorrent Grayskull {m}") for a in ("Tensix", "RISC-V") for m in ("e75", "e150")},
    ),
    ("grayskull pcie version", REFUSE),  # 'version' is asked, not a filler
    # unseen variants: other word orders, plurals, possessives, other relations
    ("nvidia chips process node", {("4nm", "Nvidia Blackwell GPU")}),
    ("process node nvidia", {("4nm", "Nvidia Blackwell GPU")}),
    ("nvidia's process nodes", {("4nm", "Nvidia Blackwell GPU")}),
    ("process node of nvidia chips", {("4nm", "Nvidia Blackwell GPU")}),
    ("nvidia gpu process node", {("4nm", "Nvidia Blackwell GPU")}),
    ("meta software stack", {("PyTorch 2.0", "Meta MTIA v2"), ("Triton-MTIA", "Meta MTIA v2")}),
    (
        "intel interconnects",
        {(i, "Intel Gaudi 3") for i in ("Ethernet", "PCIe 5.0", "RoCE", "die-to-die interconnect")},
    ),
    ("amd production year", {("2025", "AMD Instinct MI350")}),
    ("qualcomm integrated into", {("Qualcomm Snapdragon 8 Gen 3", "Qualcomm Adreno 750")}),
    # near misses: refused, never the bare list of chips
    ("hyperscaler chips process node", REFUSE),
    ("7nm chips formats", REFUSE),
    ("tsmc process node", REFUSE),
    ("meta deployed on", REFUSE),  # the article names no system for either MTIA
    ("gaudi 3 pcie version", REFUSE),
    ("what version of pcie does gaudi 3 use", REFUSE),
    # a measure and a relation word: two things asked, not the measure alone
    ("nvidia transistors process node", ("refuse", "two things")),
    ("qualcomm sram formats", ("refuse", "two things")),
    ("groq lpu sram formats", ("refuse", "two things")),
    ("mtia v2 clock workloads", ("refuse", "two things")),
    # still answered as before: a kind of organization is the value of the relation word
    ("Which chips designed by hyperscalers use HBM?", {"AWS Trainium2", "Google Trillium TPU"}),
    ("nvidia transistors", {("208 billion", "Nvidia Blackwell GPU")}),
    ("groq sram", {("128 MB", "Groq LPU")}),
    ("what process node does qualcomm use", {("4nm", "Qualcomm Adreno 750"), ("7nm", "Qualcomm Cloud AI 100 Ultra")}),
    ("groq lpu formats", {"INT8", "FP16", "BF16"}),
    (
        "what chips hook up over PCIe, any version?",
        {
            "Intel Gaudi 3",
            "Mythic M2000",
            "Qualcomm Cloud AI 100 Ultra",
            "Tenstorrent Grayskull e75",
            "Tenstorrent Grayskull e150",
        },
    ),
]


@pytest.mark.parametrize(("question", "expected"), C1, ids=[q for q, _ in C1])
def test_c1_an_organization_and_a_property_word_asks_the_property(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- C2


C2: list[tuple[str, object]] = [
    (
        "what size models can the AI 100 Ultra handle?",
        {"up to 100 billion, per card", "175 billion, per system, across 2 cards"},
    ),
    ("what size model can trainium2 train?", "up to 300 billion, per cluster"),
    ("what year was blackwell produced?", ("refuse", "no production year")),
    ("what year is the mi350 produced", "2025"),
    # unseen variants
    ("what size models does the sn40l support", "multi-trillion (over 1 trillion), per platform"),
    ("which year was the mi350 produced?", "2025"),
    ("what year is the mi350 made", "2025"),
    ("in what year does the mi350 go into production", "2025"),
    # near misses: a year the graph does not hold is not the designer
    ("what year was blackwell designed", ("refuse", "production year")),
    ("what year was the groq lpu made", REFUSE),
    ("what year did amd design the mi350", REFUSE),
    # still read as before
    (
        "what size memory does the gaudi 3 have",
        {"HBM, off-chip, capacity 128 GB, bandwidth 3.7 TB/s", "SRAM, on-chip, capacity 96 MB"},
    ),
    ("who produced the mi350", "AMD"),
]


@pytest.mark.parametrize(("question", "expected"), C2, ids=[q for q, _ in C2])
def test_c2_size_of_models_and_year_of_production(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- C3


C3: list[tuple[str, object]] = [
    ("wse-3 transistors", ("refuse", "version number")),
    ("wse-3 cores", ("refuse", "version number")),
    ("wse 3 cores", ("refuse", "version number")),
    # unseen variants: another name, another measure, another number
    ("blackwell 2 transistors", ("refuse", "version number")),
    ("wse-2 transistors", ("refuse", "version number")),
    ("mtia 3 cores", ("refuse", "version number")),
    ("groq lpu 2 clock speed", ("refuse", "version number")),
    # near misses: names that hold the digit, counts after a verb, big numbers, ranks
    ("wse cores", "900,000 AI-optimized cores"),
    ("gaudi 3 transistors", REFUSE),  # the article gives no transistor count for Gaudi 3
    ("maia 100 transistors", "120 billion"),
    ("does the cs-3 have 900000 cores", True),
    ("which chips use hbm 3", {"SambaNova SN40L"}),
    ("gaudi 3 2 dies", True),  # the name has its number already
    # a multiplier, not a version: read as one, of Trainium2's claims of speed (up to 4x training)
    # (with its 'up to': the bound alone is refused since session 53, as an 'up to' figure's is)
    ("is trainium2 up to 4x faster than trainium?", True),
    ("how many chips use pcie 4", "3"),
]


@pytest.mark.parametrize(("question", "expected"), C3, ids=[q for q, _ in C3])
def test_c3_a_number_glued_to_a_name_is_not_a_count(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- C4

_OVER_100B = {
    "AWS Trainium2",
    "Cerebras CS-3",
    "Nvidia Blackwell GPU",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
}

C4: list[tuple[str, object]] = [
    ("chips with a max model size over 100 billion parameters", _OVER_100B),
    ("chips with a max model size over 200 billion", _OVER_100B - {"Qualcomm Cloud AI 100 Ultra"}),
    ("chips with max model size above 150 billion", _OVER_100B),
    # unseen variants
    ("chips with max. model size of at least 1 trillion", {"Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"}),
    ("how many chips have a max model size over 200 billion?", "4"),
    ("chips with a max clock over 1 ghz", {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"}),
    # near misses: a true superlative next to a range is still a superlative, or refused
    ("which chip with a max model size over 100 billion has the most sram", REFUSE),
    ("chips with maximum model size above 150 billion", _OVER_100B),
]


@pytest.mark.parametrize(("question", "expected"), C4, ids=[q for q, _ in C4])
def test_c4_a_superlative_that_names_the_measure_keeps_the_range_a_list(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- C6

_GRAYSKULLS = {"Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"}
_PLAIN_HBM = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3"}

C6: list[tuple[str, object]] = [
    ("Which chips use LPDDR4 as opposed to LPDDR4X?", _GRAYSKULLS),
    ("which chips use lpddr4 rather than lpddr4x?", _GRAYSKULLS),
    ("Which chips use HBM as opposed to HBM3?", _PLAIN_HBM),
    ("Which chips use HBM rather than HBM3?", _PLAIN_HBM),
    ("Which chips support FP8 as opposed to cFP8?", {"Intel Gaudi 3"}),
    ("Which chips support FP8 rather than cFP8?", {"Intel Gaudi 3"}),
    (
        "Which chips use DRAM as opposed to DDR5?",  # HBM is DRAM (JEDEC JESD235); the SN40L has HBM3 too
        {"Apple M4", "Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8", "SambaNova SN40L"}
        | {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3"}
        | _GRAYSKULLS,
    ),
    ("which chips use lpddr5 as opposed to lpddr5x?", {"d-Matrix Corsair C8"}),
    (
        "Which chips use LPDDR as opposed to LPDDR5X?",
        {"Qualcomm Cloud AI 100 Ultra", "d-Matrix Corsair C8"} | _GRAYSKULLS,
    ),
    ("Which chips use PCIe as opposed to PCIe 4.0?", {"Intel Gaudi 3", "Mythic M2000"}),
    # unseen variants: counts, other words, an uncertain technology (MI350's "likely HBM3E")
    ("how many chips use hbm rather than hbm3", "4"),
    ("how many chips use LPDDR4, as opposed to LPDDR4X?", "2"),
    ("chips with pcie instead of pcie 5.0", {"Mythic M2000", "Qualcomm Cloud AI 100 Ultra"} | _GRAYSKULLS),
    (
        "which chips use hbm rather than hbm3e",
        {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
    # near misses: refused
    ("does the m4 use lpddr5 rather than lpddr5x", REFUSE),
    ("chips with more than 64 GB of HBM rather than HBM3", REFUSE),
    ("which companies make chips with hbm rather than hbm3", REFUSE),
    ("which chips use lpddr4x rather than lpddr4", REFUSE),  # broader set aside
    ("Which chips use LPDDR4 (not LPDDR4X)?", REFUSE),
    ("which chips are for training rather than inference", REFUSE),
    # "specifically": the broader one in general is asked, the phrase changes nothing
    (
        "chips for training as opposed to LLM training specifically",
        {
            "AWS Trainium2",
            "Cerebras CS-3",
            "Google Trillium TPU",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "SambaNova SN40L",
        },
    ),
]


@pytest.mark.parametrize(("question", "expected"), C6, ids=[q for q, _ in C6])
def test_c6_a_narrower_thing_set_aside_leaves_out_its_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_c6_the_reading_says_what_is_set_aside(kg):  # noqa: ANN001
    from chipkg.ask.answer import answer

    assert "memory HBM other than HBM3" in answer(kg.store, "Which chips use HBM rather than HBM3?").reading


# --------------------------------------------------------------------------- C11

_PROFILED_WITHOUT_NODE = {"AMD Instinct MI350", "Google Trillium TPU"} | _GRAYSKULLS

C11: list[tuple[str, object]] = [
    ("chips without a process node", ("refuse", "Profiled chips without a process node")),
    ("chips with no process node given", ("refuse", "Profiled chips without a process node")),
    # unseen variants
    ("which chips have no process node", ("refuse", "profiled only")),
    ("chips with a missing process node", ("refuse", "profiled only")),
    # near misses: the question that asks for profiled chips gets the report
    ("Which of the profiled chips have no process node given in the article?", _PROFILED_WITHOUT_NODE),
    ("profiled chips without a process node", _PROFILED_WITHOUT_NODE),
    ("what's the AI chip market share?", {"Nvidia", "AMD", "all other chip makers"}),  # "AI" narrows nothing
]


@pytest.mark.parametrize(("question", "expected"), C11, ids=[q for q, _ in C11])
def test_c11_a_report_narrower_than_the_question_is_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- generations

GENERATIONS: list[tuple[str, object]] = [
    # PCIe revisions carry their generation since stop 41 (PCIe 5.0 is Gen 5, data/technologies.ttl)
    ("gaudi 3 pcie generation", "5"),
    ("which generation of pcie does the ai 100 ultra use", "4"),
    ("which generation of pcie does the m2000 use?", "2"),
    # the memory of the kind the article names since session 51 (refused, naming LPDDR5X, before)
    ("m4 lpddr generation", "LPDDR5X, off-chip, bandwidth up to 100 GB/s"),
    ("trillium hbm generation", ("refuse", "no generation")),  # the article names no HBM revision
    ("which generation of NVLink does Blackwell use?", "5"),
    # an empty list where a chip has something the graph relates to the name says so
    ("which chips use triton", ("refuse", "Meta MTIA v2 has Triton-MTIA")),
    ("which chips use infiniband", ("refuse", "names no chip")),
]


@pytest.mark.parametrize(("question", "expected"), GENERATIONS, ids=[q for q, _ in GENERATIONS])
def test_a_generation_refused_says_what_the_article_names(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
