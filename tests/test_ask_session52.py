"""Session 52: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) A noun for who makes something said after a thing that is no chip ("gemini creator", "nvlink
    developer", "hbm supplier") was a label of "designed by" only; beside a condition it was dropped
    as a verb's "how", and the chips related to the thing were listed (exit 0: "gemini creator"
    answered the Trillium TPU). The nouns are labels of ck:ChipDesigner too, as "designer" is, so
    the question asks for an organization: a maker of a technology or system is refused as before.
(b) A noun for organizations right after the word for chips ("hbm chips vendor", "7nm chip
    developers") is the head of the phrase, as the label "chip designers" is: the organizations are
    asked (the chips were listed).
(c) A relation's words that end in "by", last in a question that asks for no organization and names
    no chip ("hbm chips made by", "azure made by", "7nm chips fabricated by"), leave who out: refused
    (the relation was dropped and the chips listed).
(d) "max chips per cluster", "most chips in one cluster": the count of chips in one cluster is the
    scale out of that scope (ck:scaleOut's labels say it); a label that opens with a superlative
    ("max chips") gives way to a longer label after it, the superlative read alone.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check

HBM_DESIGNERS = {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}
SEVEN_NM_DESIGNERS = {"AWS", "Cerebras Systems", "Groq", "Meta", "Qualcomm", "SambaNova Systems"}


@pytest.mark.parametrize(
    "question",
    [
        "gemini creator",
        "gemini developer",
        "gemini supplier",
        "copilot developer",
        "nvlink creator",
        "hbm developer",
        "hbm supplier",
        "azure creator",
        "ultracluster creator",
    ],
)
def test_maker_of_what_is_no_chip_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "makers (designers, foundries) of chips only"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hbm chips vendor", HBM_DESIGNERS),
        ("hbm chip vendors", HBM_DESIGNERS),
        ("hbm chips creator", HBM_DESIGNERS),
        ("7nm chips supplier", SEVEN_NM_DESIGNERS),
        ("7nm chip developers", SEVEN_NM_DESIGNERS),
        ("7nm chips designers", SEVEN_NM_DESIGNERS),  # the label "chip designers", as before
        ("which suppliers make 7nm chips?", SEVEN_NM_DESIGNERS),
        ("how many hbm chip vendors are there?", 5),
    ],
)
def test_organization_noun_after_chips_is_the_head(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, int):
        data = check(ask_json, question, 1)
        assert data["results"]["bindings"][0]["count"]["value"] == str(expected), data
    else:
        check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 developer", "Intel"),
        ("who is the developer of gaudi 3?", "Intel"),
        ("gaudi 3 supplier", "Intel"),
        ("who supplies trainium2?", "AWS"),
    ],
)
def test_maker_of_a_chip_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "hbm chips made by",
        "tsmc 7nm chips designed by",
        "7nm chips fabricated by",
        "7nm chips produced by",
        "azure made by",
        "chips made by",
    ],
)
def test_by_with_no_one_after_it_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names no value"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 made by", "Intel"),
        ("which organization is the groq lpu manufactured by?", "TSMC"),
        ("tsmc chips made by", 5),  # the name before says by whom
    ],
)
def test_by_with_its_value_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=isinstance(expected, str))


@pytest.mark.parametrize(
    "question",
    [
        "max chips per cluster",
        "max chips in one cluster",
        "most chips in one cluster",
        "max scale out per cluster",
        "which chip scales to the most chips in one cluster?",
    ],
)
def test_most_chips_in_one_cluster(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, ["AWS Trainium2"])
    assert "per cluster" in data["reading"], data["reading"]
    figure = data["results"]["bindings"][0]["figure"]["value"]
    assert figure.startswith("up to 100,000 chips"), figure  # the hedge shown


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a scope the graph holds one chip's figure of: nothing to rank it against
        ("max chips per pod", (REFUSE, "nothing to rank")),
        # "node" is no scope of its own word (a process node), so a per-node maximum stays refused
        ("max chips per node", REFUSE),
        ("how many chips per cluster can trainium2 reach?", {"AWS Trainium2"}),
        ("blackwell max gpus", {"Nvidia Blackwell GPU"}),
        ("max sram", ["d-Matrix Corsair C8"]),
    ],
)
def test_scale_out_neighbours(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, set):
        data = check(ask_json, question, 1)
        assert {b["chip"]["value"] for b in data["results"]["bindings"]} == expected, data
    else:
        check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does NorthPole have more than twenty-one billion transistors?", True),
        ("Does NorthPole have more than twenty one billion transistors?", True),
        ("Does NorthPole have fewer than twenty-three billion transistors?", True),
        ("Does the Maia 100 have more than twenty-one billion transistors?", True),
        ("Does Gaudi 3 have more than twenty-three Ethernet ports?", True),
        ("Does Gaudi 3 have fewer than twenty-five Ethernet ports?", True),
        ("Can Blackwell handle more than twenty-one trillion parameters?", False),
        ("Does NorthPole have more than twenty-three billion transistors?", False),
        (
            "which chips have more than forty GB of HBM?",
            {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
        ),
    ],
)
def test_tens_and_units_spell_one_number(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many different interconnects are there?", "13"),
        ("How many distinct interconnects do the inference chips use?", "9"),
        ("How many distinct process nodes are there?", "7"),
    ],
)
def test_distinct_links_are_technologies(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, 1)
    assert data["results"]["bindings"][0]["count"]["value"] == expected, data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Nvidia the manufacturer of Blackwell?", (REFUSE, "manufactured by Nvidia")),
        ("Is Apple the manufacturer of the M4?", (REFUSE, "manufactured by Apple")),
        ("Is Intel the manufacturer of Gaudi 3?", (REFUSE, "manufactured by Intel")),
        ("Is Nvidia the chip manufacturer of Blackwell?", REFUSE),
        ("Is TSMC the manufacturer of Blackwell?", True),
        ("Is Nvidia the maker of Blackwell?", True),  # a maker: the designer or the foundry
        ("Does Nvidia make Blackwell?", True),
    ],
)
def test_manufacturer_is_the_foundry(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Does the Corsair C8 have 2048 MB of SRAM?",
        "Is the Corsair C8's SRAM 2048 MB?",
        "Does Gaudi 3 have 131072 MB of HBM?",
        "Does the SN40L have at least 1536 GB of DDR5?",
        "Does the Groq LPU have 131072 KB of SRAM?",
    ],
)
def test_binary_steps_are_a_binary_unit(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "binary units"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the Corsair C8 have more than 1000 MB of SRAM?", True),
        ("Does the Corsair C8 have 2000 MB of SRAM?", True),
        ("Does Gaudi 3 have 128 GB of HBM?", True),
    ],
)
def test_decimal_steps_still_compared(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips support FP32 (TF32 counts)?",
        "Which chips support FP32 (TF32 is fine)?",
        "Which chips support FP32 (TF32 will do)?",
        "Which chips support FP16 (BF16 also counts)?",
        "Which chips use HBM (SRAM is acceptable)?",
        "How many chips use HBM (SRAM also counts)?",
        "Which chips are for inference (training counts)?",
        "Which chip that supports FP8 (FP16 is fine) has the most HBM?",
        "which chips support FP8 (cFP8 counts)?",
        "Which chips support FP16, and BF16 is fine?",
    ],
)
def test_value_admitted_too_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "acceptable too"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips use HBM (HBM3 counts as HBM)?", 5),  # a grant, not an "or"
        ("which chips have a power figure (per-card figures count)?", 5),
        ("how many chips count as GPUs?", 1),
    ],
)
def test_counting_words_elsewhere_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips support INT8 (not inferred)?",
        "Which chips support INT8 (not assumed from bit widths)?",
        "Which chips support INT8 (excluding inferred formats)?",
    ],
)
def test_not_inferred_leaves_the_graphs_reading_out(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"})
    assert "left out as the graph's reading" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does NorthPole support INT8 (not inferred from bit widths)?", (REFUSE, "does not say it outright")),
        ("Which chip with INT8 (not inferred from bit widths) has the most SRAM?", (REFUSE, "graph's reading")),
        ("Which chip supporting INT8 (explicitly stated) has the most SRAM?", (REFUSE, "graph's reading")),
        ("Which chips are made by TSMC (not inferred from the family)?", (REFUSE, "Qualcomm Adreno 750")),
        ("Which chip has the most SRAM (not inferred)?", ["d-Matrix Corsair C8"]),
    ],
)
def test_not_inferred_elsewhere(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_not_inferred_count(ask_json):  # noqa: ANN001
    data = check(ask_json, "How many chips support INT8 (not inferred from bit widths)?", 1)
    assert data["results"]["bindings"][0]["count"]["value"] == "2", data


@pytest.mark.parametrize(
    "question",
    [
        "How much memory does the SN40L have across all tiers?",
        "How much memory does the SN40L have (across its tiers)?",
        "Which chip has the least memory (all tiers)?",
        "What is the SN40L's total memory across tiers?",
    ],
)
def test_memory_across_tiers_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "tiers"))


def test_tier_count_still_answered(ask_json):  # noqa: ANN001
    data = check(ask_json, "How many memory tiers does the SN40L have?", 1)
    assert data["results"]["bindings"][0]["figure"]["value"].startswith("3 tiers"), data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are designed by the same company as the Adreno 750 (Apple)?", (REFUSE, "designed by Apple")),
        ("Which chips are designed by the same company as the Trainium2 (Google)?", (REFUSE, "designed by Google")),
        ("Is the Groq LPU designed by the same company as the Cloud AI 100 Ultra (Groq)?", REFUSE),
        (
            "Which chips are designed by the same company as the Adreno 750 (Qualcomm)?",
            {"Qualcomm Cloud AI 100 Ultra", "Qualcomm Snapdragon 8 Gen 3"},
        ),
        ("Is the Groq LPU designed by the same company as the Cloud AI 100 Ultra (Qualcomm)?", False),
    ],
)
def test_value_said_of_the_chip_compared_is_checked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many cores does the m4 have?", (REFUSE, "several kinds")),
        ("how many cores does gaudi 3 have?", (REFUSE, "several kinds")),
        ("how many gpu cores does the m4 have?", {"Apple M4"}),
        ("how many cores does the cs-3 have?", {"Cerebras CS-3"}),
        ("m4 cores", {"Apple M4"}),  # a search box lists each kind, labelled
    ],
)
def test_how_many_of_several_kinds(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, set):
        data = answered(ask_json, question)
        assert {b["chip"]["value"] for b in data["results"]["bindings"]} == expected, data
    else:
        check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Does the Groq LPU have one twenty-eight MB of SRAM?",
        "Does the MTIA v2 have two fifty-six MB of SRAM?",
        "Does the Corsair C8 have twenty forty-eight MB of SRAM?",
        "Does the SN40L have more than ten thirty cores?",
    ],
)
def test_a_number_said_aloud_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "said aloud"))


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have Qualcomm as their manufacturer?",
        "Which companies are manufacturers of 7nm chips?",
        "Do the M4 and Blackwell have the same manufacturer?",
        "Which chips have the same manufacturer as the Groq LPU?",
    ],
)
def test_manufacturer_read_as_designer_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "designer or its foundry"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips have TSMC as their manufacturer?", 5),
        ("Is TSMC the manufacturer of Blackwell?", True),
    ],
)
def test_manufacturer_as_foundry_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips support FP32 (TF32 is also okay)?",
        "Which chips support FP32 (TF32 may count)?",
        "Which chips support FP32 (TF32, which counts)?",
        "Which chips support FP32 (TF32 is good)?",
        "Which chips are made by TSMC (Qualcomm is fine)?",
    ],
)
def test_more_admissions_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "acceptable too"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What chips use LPDDR (any LPDDR counts)?", 5),  # the name asked, said again
        ("corsair c8 dimc count", 1),
        ("gaudi 3 tpc count", 1),
        ("how many chips run at exactly one point two gigahertz?", 1),
        ("who's microsoft teamed up with on ai?", {"OpenAI"}),
        ("who has Microsoft teamed up with, according to the intro?", {"OpenAI"}),
    ],
)
def test_words_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_precision_differences_ignored(ask_json):  # noqa: ANN001
    data = check(
        ask_json,
        "which chip has the highest per-chip flops, ignoring precision differences?",
        ["d-Matrix Corsair C8"],
    )
    assert "any precision" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the Groq LPU have a gig of SRAM?", False),
        ("does Gaudi 3 have a terabyte of HBM?", False),
        ("does the Corsair C8 have a 2 GB sram?", True),
        ("which chips have a GB of SRAM?", REFUSE),  # none has exactly 1 GB
    ],
)
def test_a_unit_said_with_a(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "does Blackwell have roughly 200 billion transistors?",
        "does the MTIA v2 run at about 1.4 GHz?",
        "does the Groq LPU have ~130 MB of SRAM?",
        "which chips have about 100 MB of SRAM?",
    ],
)
def test_near_a_number_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "near a number"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what about 7nm chips?", 6),
        ("tell me about 5nm chips", {"Intel Gaudi 3", "Microsoft Maia 100"}),
    ],
)
def test_about_a_thing_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the most transistors, and is it made by TSMC?",
        "which chip has the most SRAM and is it on 7nm?",
        "which chip has the most SRAM - is it made by TSMC?",
        "which chip has the most transistors; is it designed by Nvidia?",
        "which chips have more than 100 MB of SRAM, and are they on 7nm?",
    ],
)
def test_tag_question_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "two questions"))


@pytest.mark.parametrize(
    "question",
    [
        "are Groq and the MTIA v2 both on 7nm?",
        "do Groq and NorthPole both have SRAM?",
        "do Intel and Trillium both have 128 GB of HBM?",
        "are Apple and Blackwell both made by TSMC?",
    ],
)
def test_organization_joined_to_a_chip_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "joins an organization and a chip"))


@pytest.mark.parametrize(
    "question",
    [
        "what node is the biggest chip on?",
        "what memory does the most power-hungry chip have?",
        "what memory does the highest clocked chip use?",
        "what node is the biggest GPU on?",
    ],
)
def test_property_of_a_top_chip_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "then about it"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what clock speed is the highest?", ["Apple M4"]),
        ("which node has the most chips?", 1),
        ("which company designs the chip with the most SRAM?", {"d-Matrix"}),
    ],
)
def test_superlatives_elsewhere_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which company has chips on the most nodes?", (REFUSE, "counts the different ones")),
        ("Which node has the most designers?", (REFUSE, "counts the different ones")),
        ("Which startup has the most SRAM chip?", (REFUSE, "then about it")),
        ("Which megacap player has the most power-hungry chip?", (REFUSE, "then about it")),
        ("In the summary, what is Nvidia's market share?", (REFUSE, "cites the summary")),
        ("which chips are in the summary?", (REFUSE, "cites the summary")),
        ("From the references, which chips use HBM?", (REFUSE, "cites the references")),
        ("Which companies are not chip designers?", (REFUSE, "not which are not")),
        ("Which companies are not hyperscalers?", (REFUSE, "not which are not")),
        ("Is Amazon not a chip designer?", REFUSE),
        ("which node has the most chips?", 1),
        ("which company has the chip with the most SRAM?", {"d-Matrix"}),
        ("In summary, which chips use HBM?", 5),
        (
            "How many cores does the Apple M4 have (not the GPU cores or the CPU cores)?",
            ["16 cores (neural engine cores)"],
        ),
    ],
)
def test_red_team_98(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Does Blackwell have some 200 billion transistors?", "near a number"),
        ("Is the MTIA v2 clocked at 1.4 GHz or so?", "near a number"),
        ("Does the CS-3 have 1 million cores or so?", "near a number"),
        ("Does Trillium have an estimated 120 GB of HBM?", "near a number"),
        ("Which chip has the most transistors? Is it made by TSMC?", "two questions"),
        ("How many chips are on 7nm? Made by TSMC?", "two questions"),
        ("Which chip has the most transistors (made by TSMC?)", "two questions"),
        ("Which chip has the most transistors, is TSMC the maker?", "two questions"),
        ("Which chip has the most transistors — is it made by TSMC?", "two questions"),
        ("Which chip has the most SRAM, and is its node 7nm?", "two questions"),
        ("Are Groq's chip and the MTIA v2 both on 7nm?", "joins an organization and a chip"),
        ("Are Groq plus the MTIA v2 on 7nm?", "joins an organization and a chip"),
        ("What memory does the chip with the most transistors use?", "then about it"),
        ("What is the foundry of the chip with the highest clock?", "then about it"),
        ("What is the chip with the highest clock designed for?", "then about it"),
        ("What node is the biggest one on?", "then about it"),
        ("Who is the designer of the most power hungry chip on 7nm?", "then about it"),
        ("Which chips support FP32 (TF32 is fine by me)?", "acceptable too"),
        ("Which chips support FP32 (TF32 is accepted)?", "acceptable too"),
    ],
)
def test_red_team_99(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("groq or northpole, which has more sram?", ["IBM NorthPole"]),
        ("which chips are on some 7nm node?", 6),
        ("Which company designs the chip with the most SRAM?", {"d-Matrix"}),
        ("which foundry makes the chip with the highest clock?", {"TSMC"}),
        ("Which chips use HBM? List them.", 5),
    ],
)
def test_red_team_99_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which of Gaudi 3, the MI350 and Trainium2 use HBM?", "capacity of each"),
        ("Among Gaudi 3, the MI350 and Trainium2, which use HBM?", "capacity of each"),
        ("If Gaudi 3 is on 7nm, does it use HBM?", "supposes"),
        ("Were the M4 on 7nm, which chips would be on 3nm?", "supposes"),
        ("Given that the Groq LPU is on 5nm, is it made by TSMC?", "supposes"),
        ("Is the Groq LPU made by TSMC if it is on 5nm?", "supposes"),
        ("Gaudi 3 is on 7nm, so does it use HBM?", "supposes"),
        ("If on 7nm, does Gaudi 3 use HBM?", "supposes"),
        ("Is the 5nm Groq LPU made by TSMC?", "describes the chip"),
        ("Which chips are designed and made by TSMC?", "two relations"),
        ("Which chips are designed, and made, by TSMC?", "two relations"),
        ("Is Blackwell designed by Nvidia and TSMC?", "two organizations"),
        ("Which chips are designed by both Apple and TSMC?", "two organizations"),
    ],
)
def test_red_team_101(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are designed by Nvidia and made by TSMC?", {"Nvidia Blackwell GPU"}),
        ("which chips are designed by nvidia or amd?", 5),
        ("Which chip has the most SRAM? If several are tied, list all of them.", ["d-Matrix Corsair C8"]),
        ("which chips are on 7nm, if any?", 6),
        ("Of the chips on 7nm, which use HBM?", {"AWS Trainium2", "SambaNova SN40L"}),
        ("Which of Gaudi 3, the MI350 and Trainium2 are on 5nm?", {"Intel Gaudi 3"}),
        ("Is the Groq LPU (on 5nm) made by TSMC?", (REFUSE, "rules out")),
    ],
)
def test_red_team_101_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips draw strictly between 75 and 200 W?", "strictly between"),
        ("Which chip has the most transistors but one?", "but one"),
        ("Does Groq support any format of 64 bits or more?", "format's width"),
        ("Does NorthPole support precision above 8 bits?", "format's width"),
    ],
)
def test_red_team_100(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip delivers the most TFLOPS?", ["d-Matrix Corsair C8"]),
        ("which chips draw between 75 and 200 W?", 4),
        ("which chip has the second most sram?", ["Meta MTIA v2"]),
        ("Does the Groq LPU have more than 1000 Mb of SRAM?", True),  # bits of memory still read
        ("what is the M4 GPU performance?", ["7.5 TFLOPS, on Apple M4 GPU, peak"]),
    ],
)
def test_red_team_100_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("northpole size", "'size' may be"),
        ("which chip has the biggest size?", "'size' may be"),
        ("What speed does the Groq LPU run at?", "'speed' may be"),
        ("groq lpu speed", "'speed' may be"),
        ("tpu hbm capacity", "a figure of a kind of chip"),
        ("gpu transistor count", "a figure of a kind of chip"),
    ],
)
def test_red_team_102(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 hbm size", ["128 GB"]),
        ("NorthPole chip size", ["800 mm², per die"]),
        ("what's the blackwell die-to-die link speed?", ["10 TB/s"]),
        ("what is the memory speed of trillium?", 1),
        ("clock speed of the groq lpu", ["1.2 GHz"]),
        ("m4 clokc speed", ["up to 3.5 GHz"]),
        ("groq lpu sram size", ["128 MB"]),
        ("hbm chips", 5),
        ("which company did intel buy to beef up its ai chips?", {"Habana Labs"}),
    ],
)
def test_red_team_102_neighbours_still_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
