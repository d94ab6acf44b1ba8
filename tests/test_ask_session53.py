"""Session 53: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) A word that is itself a word of a name ("float", of "16-bit float", from ck:FloatingPoint's
    skos:altLabel) is no typo of another name: "float" was read as "bfloat" and answered the BF16
    chips (exit 0). It is refused as a word ask cannot read alone, naming the formats it is part of.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check

REFUSE_ANY = ""

STARTUP_INFERENCE = {
    "Cerebras CS-3",
    "Groq LPU",
    "SambaNova SN40L",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}


@pytest.mark.parametrize("question", ["float", "float chips", "which chips support float?"])
def test_a_word_of_a_name_is_no_typo_of_another(ask_json, question):  # noqa: ANN001
    # "float" is the floating-point family's own word (session 55): every floating-point format, not BF16
    floating = {"AWS Trainium2", "Groq LPU", "Intel Gaudi 3", "Nvidia Blackwell GPU", "Qualcomm Cloud AI 100 Ultra"}
    check(ask_json, question, floating)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("16-bit float chips", {"AWS Trainium2", "Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("4-bit integer chips", {"IBM NorthPole"}),
        ("groq lpu bflaot", True),
        ("nortpole clock speed", ["nominal 400 MHz"]),
    ],
)
def test_formats_by_width_and_typos_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("startup inference chips", STARTUP_INFERENCE),
        ("which startup inference chips are there?", STARTUP_INFERENCE),
        ("startups' inference chips", STARTUP_INFERENCE),
        ("startup-designed inference chips", STARTUP_INFERENCE),
        ("hyperscaler-built training chips", {"AWS Trainium2", "Google Trillium TPU", "Microsoft Maia 100"}),
        ("how many startup inference chips are there?", "6"),
        ("number of startup lpddr chips", "3"),
        ("megacap hbm chips", {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3"}),
        ("hyperscaler 7nm chips", {"AWS Trainium2", "Meta MTIA v2"}),
        (
            "megacap tsmc chips",
            {"Apple M4", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
        # the kind as the head, a verb or a preposition between: the organizations
        (
            "which startups make inference chips?",
            {"Cerebras Systems", "Groq", "SambaNova Systems", "Tenstorrent", "d-Matrix"},
        ),
        ("startups with inference chips", {"Cerebras Systems", "Groq", "SambaNova Systems", "Tenstorrent", "d-Matrix"}),
        ("which hyperscalers build 7nm chips", {"Amazon", "Meta"}),
        (
            "which startup designed inference chips?",
            {"Cerebras Systems", "Groq", "SambaNova Systems", "Tenstorrent", "d-Matrix"},
        ),
        ("who actually fabs groq's chip?", {"TSMC"}),
    ],
)
def test_a_kind_of_organization_before_modifiers_qualifies_the_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "who makes the chips designed by startups?",
        "who produces chips designed by hyperscalers?",
        "which companies produce the chips designed by hyperscalers?",
        "who makes the startup chips on 7nm?",
        "who produces the startups' inference chips?",
        "who makes the chips that hyperscalers design?",
    ],
)
def test_who_makes_the_chips_of_a_kind_would_repeat_it(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "would only repeat"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("trillium pod interconnect", ["ICI"]),
        ("what is the interconnect of a trillium pod?", ["ICI"]),
        ("what links trillium pods?", ["Google datacenter network"]),
        ("what connects cs-3 systems", ["Cerebras cluster network"]),
    ],
)
def test_the_links_of_one_pod_are_inside_it(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    ["groq lpu node formats", "gaudi 3 node interconnect", "groq lpu designer foundry", "m4 architecture node"],
)
def test_two_relations_in_a_search_box_are_two_questions(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "2 things to tell"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [("groq lpu process node", ["7nm"]), ("groq lpu foundry", ["TSMC"]), ("tsmc 7nm chips", 2)],
)
def test_one_relation_in_a_search_box_still_reads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the MI350 35 times faster than the MI300?", (REFUSE, "only as a bound")),
        ("Does Trainium2 train 4x faster than Trainium?", (REFUSE, "only as a bound")),
        ("Is the MI350 up to 35 times faster than the MI300?", True),
        ("Is the MI350 40 times faster than the MI300?", False),
        ("Is the Corsair C8 nine times faster than the H100?", True),
    ],
)
def test_a_bound_multiple_asked_as_reached_is_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        ("Which chips have at least 180 MB of SRAM?", ["Tenstorrent Grayskull e150"], ["Tenstorrent Grayskull e75"]),
        ("How many chips have at least 144 MB of SRAM?", ["Grayskull e150", "Grayskull e75"], []),
        ("Which chips have more than 180 MB of SRAM?", [], ["Grayskull"]),
    ],
)
def test_a_per_core_total_at_the_limit_may_fit(ask_json, question, named, not_named):  # noqa: ANN001
    data = answered(ask_json, question)
    uncompared = data["reading"].split("not compared (may or may not fit):")[-1]
    assert all(chip in uncompared for chip in named), data["reading"]
    assert not any(chip in uncompared for chip in not_named), data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Yes or no: is the Groq LPU built on a 5nm process?", False),
        ("Yes or no: is the Groq LPU built on a 7nm process?", True),
        ("yes or no, is the groq lpu on 7nm?", True),
    ],
)
def test_a_lead_in_instruction_may_end_in_a_colon(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which platform does AWS offer Trainium2 on?", "asks for a platform"),
        ("On which platform does Amazon offer Trainium2?", "asks for a platform"),
        ("Which platforms do hyperscalers deploy their chips on?", "asks for a platform"),
        ("Who is the parent of the company that designs Trainium2?", "two relations at once"),
        ("What company owns the firm that designs the Trillium TPU?", "two relations at once"),
        ("Which company did the designer of Gaudi 3 buy?", "two relations at once"),
        ("Who designs Trainium2? What is its parent company?", "two relations at once"),
        ("Is the designer of the MI350 in the UXL Foundation?", "consortium"),
        ("What are Blackwell's node and its software stack?", "two things"),
        ("Give the Maia 100's node and its platform.", "two things"),
        ("Whose chip does the Corsair C8 beat?", "whose chip"),
        ("Whose chip is the Corsair C8 compared against?", REFUSE_ANY),
    ],
)
def test_red_team_106(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which platform does Trainium2 run on?", ["Amazon EC2 UltraClusters"]),
        ("Is AMD a member of the UXL Foundation?", True),
        ("whose chip is trillium?", ["Google"]),
        ("which chips are made by tsmc and designed by nvidia?", {"Nvidia Blackwell GPU"}),
        (
            "What speed-up over Nvidia's H100 in GenAI workloads does d-Matrix claim for the Corsair C8? It is the "
            "vendor's own claim, so flag it as such.",
            1,
        ),
    ],
)
def test_red_team_106_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize("question", ["gpu hbm > 100gb", "gpu sram > 100mb", "gpu hbm bandwidth > 1 tb/s"])
def test_a_kind_before_a_memory_is_refused_as_before_a_measure(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "of each chip's gpu"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gpus hbm > 100gb", {"Intel Gaudi 3"}),
        ("asic sram > 100mb", 4),
        ("gpu hbm", {"AMD Instinct MI350", "Intel Gaudi 3"}),
    ],
)
def test_a_kind_of_chips_with_a_memory_still_reads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "hbm capacity",
            {
                ("AWS Trainium2", "96 GB"),
                ("Google Trillium TPU", "128 GB"),
                ("Intel Gaudi 3", "128 GB"),
                ("SambaNova SN40L", "64 GB"),
            },
        ),
        (
            "tsmc transistors",
            {
                ("Apple M4", "about 40 billion"),
                ("Groq LPU", "over 20 billion"),
                ("Nvidia Blackwell GPU", "208 billion"),
                ("Qualcomm Adreno 750", "over 10 billion"),
                ("Qualcomm Cloud AI 100 Ultra", "over 10 billion"),
            },
        ),
        ("7nm tops", {("Groq LPU", "up to 1 PetaOPS, INT8, peak"), ("Qualcomm Cloud AI 100 Ultra", "400 TOPS, INT8")}),
        ("pcie lanes", {("Intel Gaudi 3", "16 lanes"), ("Qualcomm Cloud AI 100 Ultra", "x8 (8 lanes)")}),
        (
            "startup chips power",
            {
                ("Mythic M2000", "nominal about 4 watts"),
                ("Tenstorrent Grayskull e150", "200 W"),
                ("Tenstorrent Grayskull e75", "75 W"),
            },
        ),
    ],
)
def test_a_list_of_chips_with_a_figure_shows_it(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    assert data["head"]["vars"][:2] == ["chip", "figure"], data["head"]
    shown = {(b["chip"]["value"], b["figure"]["value"]) for b in data["results"]["bindings"]}
    assert shown == expected, shown


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("gaudi 3 sram hbm", "several memories"),
        ("sn40l hbm and ddr5", "several memories"),
        ("grayskull lpddr4 sram", "several memories"),
        ("blackwell bandwidth per die", "per die"),
        ("blackwell bandwidth per node", "per node"),
        ("startup transistors", "kind of organization"),
        ("startups sram capacity", "kind of organization"),
        ("megacap transistors", "kind of organization"),
        ("startup memory", "kind of organization"),
        ("sambanova memory", "memory of an organization's chips"),
        ("qualcomm ram", "memory of an organization's chips"),
    ],
)
def test_red_team_105(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 sram", ["96 MB"]),
        ("does gaudi 3 have sram and hbm?", True),
        ("sram hbm chips", {"Intel Gaudi 3", "SambaNova SN40L"}),
        ("blackwell nvlink bandwidth", 1),
        ("blackwell bandwidth", 2),
        ("startups with sram", {"Groq", "Mythic", "SambaNova Systems", "Tenstorrent", "d-Matrix"}),
        ("sn40l memory", 3),
    ],
)
def test_red_team_105_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=True)


@pytest.mark.parametrize(
    ("question", "named", "not_named"),
    [
        ("Which chips deliver more than 1 petaflop?", ["AWS Trainium2", "Apple M4"], ["Maia"]),
        ("how many chips deliver more than 500 TFLOPS?", ["Apple M4"], ["Trainium2"]),
        ("chips over 100 tops", ["Apple M4"], ["Qualcomm"]),
    ],
)
def test_a_performance_range_names_the_chips_its_figures_do_not_decide(ask_json, question, named, not_named):  # noqa: ANN001
    data = answered(ask_json, question)
    undecided = data["reading"].split("only part of the performance of:")[-1].split("(")[0]
    assert all(chip in undecided for chip in named), data["reading"]
    assert not any(chip in undecided for chip in not_named), data["reading"]


def test_a_performance_comparison_names_the_chips_its_figures_do_not_decide(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which has more TFLOPS, the Maia 100 or Trainium2?")
    assert "only part of the performance of: AWS Trainium2" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("isnt the mtia v2 on 7nm?", True),
        ("doesnt nvidia make blackwell?", True),
        ("isnt intel in the uxl foundation", True),
        ("isnt gaudi 3 on 7nm?", False),
        ("which chips are on 5nm + hbm", {"Intel Gaudi 3"}),
        ("which chips are 4nm + tsmc", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"}),
        ("64gb+ hbm chips", {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}),
        ("what's the go-to chip for training?", (REFUSE, "go-to")),
    ],
)
def test_red_team_108(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips use HBM (all of which are GPUs)?", "says what the answer is"),
        ("Which chips use HBM, namely the GPUs?", "says what the answer is"),
        ("How many chips use HBM (some of which are GPUs)?", "says what the answer is"),
        ("Which chip has the lowest clock (counting only chips whose foundry is named)?", "named or stated"),
        ("Rank the chips by transistor count (counting only chips whose foundry is named).", "named or stated"),
        ("In addition to Gaudi 3, which chips use HBM?", "adds a chip"),
        ("Along with Gaudi 3, which chips use HBM?", "adds a chip"),
        ("What is Blackwell's bandwidth (memory bandwidth, not NVLink)?", "says which bandwidth"),
        ("As Nvidia puts it, does the Groq LPU use SRAM?", "Nvidia's claim"),
        ("Which chips, all on 7nm, use HBM?", "says what the answer is"),
        ("Which chips use HBM (all designed by startups)?", "says what the answer is"),
        ("Rank the HBM chips (all GPUs) by HBM capacity.", "says what the answer is"),
        ("Which chip has the least SRAM (all chips here are on 7nm)?", "says what the answer is"),
        ("Between Gaudi 3 and the MI350, which uses HBM?", "leaves out one"),
    ],
)
def test_red_team_107(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip has the most sram (counting only chips whose foundry is named)?", ["Qualcomm Cloud AI 100 Ultra"]),
        (
            "Which chip has the largest HBM capacity? If several are tied, list all of them.",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("Which chip lists the most distinct workloads in the article (stated workloads only)?", 1),
        ("Which chips use HBM?", 5),
    ],
)
def test_red_team_107_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=isinstance(expected, int))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which chip handles the largest model on one chip?", "no chip that fits"),
        ("top 3 chips by model size on one chip", "no chip that fits"),
        ("which chip has the most nvlinks?", "by which figure"),
        ("which chip has the fewest nvlinks?", "by which figure"),
        ("which chip has the most dimcs?", "by which figure"),
    ],
)
def test_red_team_110(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "rank the chips by power on one chip",
            ["Tenstorrent Grayskull e150", "Meta MTIA v2", "Tenstorrent Grayskull e75"],
        ),
        ("what processors does the m4 combine on one chip?", 3),
        ("what's the biggest chip cerebras has?", ["Cerebras CS-3"]),
        ("which chip has the most ethernet ports?", ["Intel Gaudi 3"]),
    ],
)
def test_red_team_110_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=isinstance(expected, list))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the mtia v2 have up to 128 mb of sram?", (REFUSE, "'up to' an amount")),
        ("does blackwell have up to 100 billion transistors?", (REFUSE, "'up to' an amount")),
        ("does the m4 run at up to 3.5 ghz?", True),
        ("does the groq lpu deliver up to 1 petaops?", True),
        ("does the mtia v2 have 0.25 gb of sram?", (REFUSE, "binary units")),
        ("does gaudi 3 have 0.125 tb of hbm?", (REFUSE, "binary units")),
        ("does the mtia v2 have more than 0.2 gb of sram?", True),
        ("does the sn40l have 1.5 tb of ddr5?", True),
        ("is gaudi 3's pcie link bidirectional?", (REFUSE, "quality of the link")),
        ("is trillium's ici bidirectional?", (REFUSE, "quality of the link")),
        ("Is the Apple M4 presented as suitable for data-center deployment?", False),
    ],
)
def test_red_team_109(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
