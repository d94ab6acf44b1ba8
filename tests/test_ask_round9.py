"""``chipkg ask`` round 9: the refusals of held-out sets 9-16 that are not about parentheses, each
class tested on questions written for this round (in no held-out set), with near misses that must
stay refused or must not be answered yes. Every expected answer is checked against the article
(line numbers of /work/shared/sources/ai-chip-race.txt in the comments).

- (a) plain words that change nothing ("recorded in the graph", "appear across", "package",
  "array", "grid", "subsystem", "slated", "alike", "aggregate") and words naming what the graph
  holds ("UXL group", "data format", "numeric data type": labels in the data, not Python).
- (b) yes/no about one organization ("does Google design its own chips?", "is Groq a unicorn
  startup?") and after an opening hedge ("According to the article, did Intel acquire ...").
- (c) comparisons of named chips where a vendor of one chip stands for it ("groq or northpole,
  which has more SRAM?"), "between A and B, which has the higher X".
- (d) a chip's generation asked yes/no ("is Trillium the fifth generation?"), the SN40L's
  "three-tier memory hierarchy", "a cluster of 2,048 CS-3 systems", a production year yes/no.
- (e) "who makes X" answers the designer and the foundry, each labelled; "who designs" and "who
  fabricates" one.
- (f) "ruled out" of a fact the article hedges ("very unlikely") is not answered yes.
- (g) a count in parentheses ("(eight accelerators)") is no "top 8"; "A vs B vs C by X" ranks all
  the named chips.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

#: line numbers of the article: FP16 75 (Trainium2), 103 (AI 100 Ultra), 153 (Groq); BF16 75, 153;
#: Trainium2's six data types 75; TSMC 41, 97, 101, 119, 151; UXL members 15; MTIA v2 8x8 PEs 87;
#: NorthPole 256 cores 111; Gaudi 3 96 MB SRAM 53; AI 100 Ultra LPDDR4X 134 GB/s 103; HBM 47, 55,
#: 63, 75, 131; MI350 production 2025 47; Intel acquired Habana 51; unicorn startups 127-187.
TSMC_CHIPS = {"Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra", "Apple M4", "Groq LPU"}
HBM_CHIPS = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}
UNSTATED = (REFUSE, "does not say")

# --------------------------------------------------------------------------- (a) words


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips support FP16 as a numeric data type?",
            {"AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("which accelerators support bf16 as a data format?", {"AWS Trainium2", "Groq LPU"}),
        ("How many chips in the graph are designed by Qualcomm?", "3"),
        ("Which chips are recorded in the graph as manufactured by TSMC?", TSMC_CHIPS),
        ("which companies are in the UXL group?", {"AMD", "Google", "Intel"}),
        ("How many organizations belong to the UXL group?", "3"),
        ("How many 7nm chips appear in the article?", "6"),
        ("which chips across the article use hbm?", HBM_CHIPS),
        ("What aggregate SRAM does a Gaudi 3 package hold?", "96 MB"),
        ("What bandwidth does the Cloud AI 100 Ultra's LPDDR4X subsystem reach?", "134 GB/s"),
        ("Is the AMD Instinct MI350 slated to go into production in 2025?", True),
    ],
)
def test_a_words_that_change_nothing_or_name_what_the_graph_holds(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_counts_in_a_grid_or_an_array_are_the_figure(ask_json):  # noqa: ANN001
    """ "the MTIA v2's grid" (8x8 PEs, l.87) and "NorthPole's core array" (256 cores, l.111) are the chip's."""
    data = check(ask_json, "How many processing elements are in the MTIA v2's grid?", {"64 processing elements"})
    assert data["results"]["bindings"][0]["chip"]["value"] == "Meta MTIA v2"
    check(ask_json, "how many cores are in the NorthPole's core array?", {"256 cores (compute cores)"})


@pytest.mark.parametrize(
    "question",
    [
        "which chips are slated",  # "slated" is read only in "slated for production" and the like
        "How many chips are slated to ship in 2026?",  # a year of no production phrase
        "Is the Adreno 750 recorded in the graph as a data format?",  # a chip is no format
    ],
)
def test_a_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (b) organizations


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("did Intel buy Habana Labs?", True),
        ("Per the article has Intel acquired Habana Labs?", True),
        ("According to the source, did Intel acquire Habana?", True),
        ("Is Google a member of the UXL Foundation?", True),
        ("Is Intel part of the UXL group?", True),
        ("does Google design its own chips?", True),
        ("does Meta design its own accelerators?", True),
        ("Does Apple design chips?", True),
        ("is Groq a unicorn startup?", True),
        ("is cerebras one of the unicorn startups?", True),
        ("Is AWS a subsidiary of Amazon?", True),
        ("is TSMC a foundry?", True),
    ],
)
def test_b_yes_no_about_an_organization(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Is Nvidia a member of the UXL Foundation?",  # the article names three members; not said of Nvidia
        "Does TSMC design its own chips?",  # TSMC makes others' chips (l.41 ...), designs none here
        "Is Intel one of the unicorn startups?",
        "did AMD acquire Habana Labs?",  # Intel did (l.51)
        "Is Intel a foundry?",
        "is Nvidia in the UXL group?",
    ],
)
def test_b_what_the_article_does_not_say_of_an_organization_is_not_yes(ask_json, question):  # noqa: ANN001
    check(ask_json, question, UNSTATED)


# --------------------------------------------------------------------------- (c) comparisons

#: SRAM: NorthPole 192 MB (l.111), Groq 128 MB (l.151), Gaudi 3 96 MB (l.53), Corsair C8 2 GB
#: (l.173); HBM: Trillium 128 GB (l.63), Gaudi 3 128 GB (l.55), Trainium2 96 GB (l.75), SN40L 64 GB
#: (l.131); clock: MTIA v2 1.35 GHz (l.89), Groq 1.2 GHz (l.153), e75 1 GHz (l.183); power: e150
#: 200 W, e75 75 W (l.183), MTIA v2 90 W (l.89).


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("between groq and northpole, which has the higher sram", "IBM NorthPole"),
        ("Between the Gaudi 3 and Trainium2, which has more HBM?", "Intel Gaudi 3"),
        ("which is clocked faster, the groq lpu or the mtia v2?", "Meta MTIA v2"),
        ("groq or northpole, which has more sram?", "IBM NorthPole"),
        ("trillium or trainium2, which has more hbm?", "Google Trillium TPU"),
        ("does groq have more sram than the corsair c8?", False),
        ("does the northpole have more sram than groq?", True),
        ("Does the MTIA v2 have a higher clock than the Groq LPU?", True),
        ("Of Trainium2 and the SN40L, which has the larger HBM capacity?", "AWS Trainium2"),
        ("which uses less power, the e75 or the e150?", "Tenstorrent Grayskull e75"),
    ],
)
def test_c_named_chips_compared(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which is faster, groq or northpole?",  # faster by which figure
        "between groq and northpole, which is cheaper?",  # prices: not in the article
        "which chips designed by groq have more sram than northpole",  # Groq qualifies the chips asked for
        "does nvidia have more sram than groq?",  # Nvidia designs two chips here
        "who designed the Corsair C8 other than d-Matrix?",  # "other than": a negation, not a comparison
    ],
)
def test_c_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (d) generations and scopes


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Trillium a sixth-generation TPU?", True),  # l.63
        ("Is the Trillium TPU the fifth generation of TPU?", False),  # one generation per chip
        ("Is Trainium2 a second-generation chip?", True),  # l.75: improvements over its predecessor
        ("is trillium a 6th gen tpu", True),
        ("According to the article, is the Trillium TPU the sixth generation?", True),
        ("What generation is AWS Trainium2?", "2"),
        ("which generation of SparseCore does Trillium use?", "3"),  # l.65
        ("what generation of NVLink does blackwell use", "5"),  # l.41
        ("How much DDR5 is in the SN40L's three-tier memory hierarchy?", "1.5 TB"),  # l.131
        ("How much HBM is in the SN40L's three-tier memory hierarchy?", "64 GB"),
        ("How many tiers does the SN40L's memory hierarchy have?", "3 tiers (memory tiers)"),
        ("Is the MI350 supposed to go into production in 2025?", True),  # l.47
        ("is the mi350 expected to enter production in 2026", False),  # the article gives 2025
    ],
)
def test_d_generations_tiers_and_years(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_d_a_cluster_of_systems_is_the_figure_it_spans(ask_json):  # noqa: ANN001
    """ "a cluster of 2,048 CS-3 systems": up to 256 exaflops across 2,048 systems (l.143)."""
    for question in (
        "What performance does a cluster of 2048 CS-3 systems deliver?",
        "what performance do 2,048 cs-3 systems deliver",
    ):
        data = check(ask_json, question, {"up to 256 exaflops, per cluster, across 2,048 systems"})
        assert "2,048 systems" in data["reading"]
    check(ask_json, "what performance does a cluster of 1000 cs-3 systems deliver?", (REFUSE, "no performance"))


@pytest.mark.parametrize(
    "question",
    [
        "is the groq lpu a second generation chip?",  # no generation given for it
        "How much DDR5 is in the Gaudi 3's three-tier memory hierarchy?",  # a false premise
        "how much sram is in the sn40l's two-tier memory",  # three tiers, not two
        "is the groq lpu scheduled for production in 2025?",  # no year given for it
        "which chips are second generation",
    ],
)
def test_d_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (e) who makes


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who makes the Adreno 750", {("Qualcomm", "designed by"), ("TSMC", "manufactured by")}),  # l.97
        ("who makes the groq lpu?", {("Groq", "designed by"), ("TSMC", "manufactured by")}),  # l.151
        ("who made the apple m4", {("Apple", "designed by"), ("TSMC", "manufactured by")}),  # l.119
        ("who produces the cloud ai 100 ultra", {("Qualcomm", "designed by"), ("TSMC", "manufactured by")}),
        ("who makes the gaudi 3?", {("Intel", "designed by")}),  # l.53 names no foundry
    ],
)
def test_e_who_makes_answers_designer_and_foundry_labelled(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["head"]["vars"][:2] == ["organization", "relation"]
    assert set(zip(column(data, "organization"), column(data, "relation"), strict=True)) == expected
    if len(expected) == 1:
        assert "names no foundry" in data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who designs the groq lpu?", "Groq"),
        ("who fabricates the groq lpu?", "TSMC"),
        ("who manufactures the cloud ai 100 ultra?", "TSMC"),
        ("which foundry makes the m4?", "TSMC"),
    ],
)
def test_e_who_designs_or_fabricates_answers_one(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_e_the_maker_of_a_part_is_refused(ask_json):  # noqa: ANN001
    """ "who makes the Gaudi 3's HBM": the article names no memory maker; Intel designs the chip."""
    check(ask_json, "who makes the gaudi 3's hbm?", REFUSE)


# --------------------------------------------------------------------------- (f) ruled out


@pytest.mark.parametrize(
    "question",
    [
        "Is the Adreno 750 ruled out for data centers?",
        "Does the article rule out the Adreno 750 for data-center use?",
        "Is the Qualcomm Adreno 750 ruled out for data-centre deployment?",
    ],
)
def test_f_ruled_out_is_not_what_a_hedge_supports(ask_json, question):  # noqa: ANN001
    """l.97: "highly unlikely that these can be integrated in large-scale data center environments"."""
    check(ask_json, question, (REFUSE, "very unlikely rather than ruled out"))  # answered false


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the Adreno 750 unsuitable for data centers?", True),  # what the graph records, with its hedge
        ("Is the Adreno 750 unlikely for data centers?", True),
        ("Is the Ryzen 9000 ruled out for data centers?", True),  # l.47 "not meant for data center scale"
    ],
)
def test_f_what_the_hedge_supports_is_still_yes(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_f_ruled_out_of_another_use_is_not_said(ask_json):  # noqa: ANN001
    check(ask_json, "is the adreno 750 ruled out for mobile?", REFUSE)


# --------------------------------------------------------------------------- (g) counts and rankings


@pytest.mark.parametrize(
    "question",
    [
        "which chips (eight accelerators) use hbm?",
        "which chips (8 chips) use hbm?",
        "which chips (eight accelerators) are the best?",
    ],
)
def test_g_a_count_in_parentheses_is_no_top_n(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_g_top_n_said_is_still_read(ask_json):  # noqa: ANN001
    check(ask_json, "(top 3) chips by sram", ["d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("groq lpu vs northpole vs gaudi 3 by sram", ["IBM NorthPole", "Groq LPU", "Intel Gaudi 3"]),
        ("groq lpu vs ibm northpole vs intel gaudi 3 sram", ["IBM NorthPole", "Groq LPU", "Intel Gaudi 3"]),
        ("mtia v2 vs groq lpu vs e75 clock", ["Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e75"]),
        ("trainium2 vs trillium vs sn40l hbm capacity", ["Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"]),
        ("e75 vs e150 vs mtia v2 power", ["Tenstorrent Grayskull e150", "Meta MTIA v2", "Tenstorrent Grayskull e75"]),
        ("groq lpu vs northpole sram", ["IBM NorthPole"]),  # two named: which of them has more
    ],
)
def test_g_three_or_more_named_with_vs_are_all_ranked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (h) more of (a) and (c)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # l.81: "a specialized liquid cooling system"; the kind is inferred from ck:cooling "liquid"
        ("is the maia 100 cooled by liquid?", True),
        ("liquid-cooled chips", {"Microsoft Maia 100"}),
        ("how many chips are liquid cooled", "1"),
        ("which liquid cooled chips are made on 5nm", {"Microsoft Maia 100"}),
        # a vendor of one chip, or of several compared among themselves
        ("is the groq chip clocked faster than the mtia v2?", False),  # l.153 1.2 GHz, l.89 1.35 GHz
        ("rank groq, northpole and the gaudi 3 by sram", ["IBM NorthPole", "Groq LPU", "Intel Gaudi 3"]),
        ("which tenstorrent card draws more power?", "Tenstorrent Grayskull e150"),  # l.183 200 W vs 75 W
    ],
)
def test_h_liquid_cooling_and_vendors_compared(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "is northpole liquid cooled?",  # the article says it needs no bulky cooling, not how it is cooled
        "which chips are not liquid cooled",  # the article's list of cooling is not exhaustive
        "does nvidia have more transistors?",  # than what
        "which chips have more sram than groq",  # a vendor beside no named chip
    ],
)
def test_h_near_misses_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
