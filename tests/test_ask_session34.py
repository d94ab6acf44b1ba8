"""Session 34: what was found outside the held-out sets, each with the reason it was wrong.

- UNRANKED-SCOPE-SILENT: "chips by flops" ranked the five per-chip FLOPS figures and left out the
  Gaudi 3, whose FLOPS are per node and per cluster only (l.57), with no word, though "which chip
  has the most FLOPS" names them; a ranking names each chip it leaves out for that reason with its
  figures (answer._unranked_other_scopes), a top N only those beyond its last place.
"""

from __future__ import annotations

import pytest
from ask_expect import SEVEN_NM_CHIPS, answered, check, column, count_of, first_column, refused


def test_a_ranking_names_the_chips_of_other_scopes(ask_json):  # noqa: ANN001
    data = answered(ask_json, "chips by flops")
    assert "Intel Gaudi 3" not in column(data)
    assert "not ranked: Intel Gaudi 3: up to 15 exaflops, FP8, per cluster" in data["reading"]
    assert "14.7 petaflops, FP8, per node" in data["reading"]
    # a chip ranked by its per-chip figure is not named again for its cluster's (l.141)
    assert "Cerebras CS-3" in column(data)
    assert "256 exaflops" not in data["reading"]


def test_a_top_n_names_only_the_figures_beyond_its_last_place(ask_json):  # noqa: ANN001
    data = answered(ask_json, "top 2 chips by flops")
    assert "14.7 petaflops, FP8, per node" in data["reading"]  # beyond the CS-3's 2.6 PFLOPS
    data = answered(ask_json, "the 2 chips with the least flops")  # lowest first: nothing per node is lower
    assert "not ranked" not in data["reading"]


def test_a_chip_left_out_for_another_reason_is_not_said_to_be_of_another_scope(ask_json):  # noqa: ANN001
    data = answered(ask_json, "rank chips by memory capacity")
    # the AI 100 Ultra's 144 MB is per chip; it is not ranked as its LPDDR4X has no stated size (l.103)
    assert "Qualcomm Cloud AI 100 Ultra: 144 MB" not in data["reading"]
    assert "Qualcomm Cloud AI 100 Ultra (LPDDR4X" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # ("treating NorthPole's '8-bit precision' figure as INT8" is a premise checked since session 51)
        "Counting transistors per chip (and treating Cerebras's wafer-scale engine as one chip), which part has the most?",
        "Taking the CS-3 as the wafer-scale chip itself, is it built on a 5nm process according to the article?",
    ],
)
def test_a_premise_not_read_says_so(ask_json, question):  # noqa: ANN001
    """PREMISE-AS-UNKNOWN-WORD: such a premise was refused as an unknown word, with "did you mean
    'training'?" for "treating"; it is refused as a premise that cannot be checked."""
    data = refused(ask_json, question, "takes as given something I cannot check")
    assert "training" not in data["reason"]


@pytest.mark.parametrize(
    "question",
    [
        # a bare head in a list of scopes is the scope's ("node": not the process node)
        "which chip has the most flops, excluding node and cluster figures?",
        "which chip has the most flops (node and cluster figures excluded)?",
        "which chip has the most flops (excluding node or cluster totals)?",
        # a participle after a last part of scopes sets aside that part only
        "which chip has the most flops (any precision, node and cluster figures excluded)?",
        "rank chips by flops, per-node and per-cluster figures left out",
        # a hedge taken at face value with no "with" before it; precision set aside is any precision
        "which chip has the most flops (vendor claims taken at face value)?",
        "which chip has the most flops, vendor claims taken as stated?",
        "which chip has the most flops (precisions aside)?",
        "Comparing per-chip FLOPS figures as stated (vendor claims taken at face value, precision set aside, "
        "node and cluster figures excluded), which chip comes out highest?",
    ],
)
def test_scopes_and_hedges_set_aside_in_parts(ask_json, question):  # noqa: ANN001
    """SCOPE-LIST-PARTS (held-out sets 47-49's analyst rows, refused): the Corsair C8's up to 9,600
    TFLOPS leads the per-chip figures (l.173); the Gaudi 3's are per node and cluster (l.57)."""
    data = answered(ask_json, question)
    assert column(data)[0] == "d-Matrix Corsair C8"
    assert "Intel Gaudi 3" not in column(data)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "node" with no scope beside it is the process node, as before
        ("which chips use hbm, node figures excluded", "negation"),
        # "any precision" is said of performance only
        ("which chip has the most power (precision set aside, node and cluster figures excluded)?", "precision"),
        # a report asked whole stays the report
        ("vendor claims taken at face value", None),
    ],
)
def test_scope_and_hedge_words_elsewhere_unchanged(ask_json, question, said):  # noqa: ANN001
    if said is None:
        data = answered(ask_json, question)
        assert "hedged-figures" in data["reading"]
    else:
        refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # NUMBER-WORDS: a number word before a scale word is the number ("ten billion": 10 billion);
        # "at least one trillion" is no "at least one" and an unknown "trillion"
        ("which chips have over ten billion transistors?", "transistor count > 10 billion"),
        ("which chips can handle models of at least one trillion parameters?", "maximum model size >= 1 trillion"),
        ("which chip has more than a trillion transistors?", "transistor count > 1 trillion"),
    ],
)
def test_number_words_before_a_scale_word(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    assert expected in data["reading"]


def test_models_of_at_least_one_trillion(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips can handle models of at least one trillion parameters?")
    # up to 24 trillion per system (l.141), up to 10 trillion (l.37), over 1 trillion (l.129)
    assert set(column(data)) == {"Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"}


def test_number_words_elsewhere_unchanged(ask_json):  # noqa: ANN001
    assert "top 3" in answered(ask_json, "top three chips by sram")["reading"]
    assert "memory HBM" in answered(ask_json, "which chips have at least one HBM memory")["reading"]


CLOUD_CHIPS = {"Microsoft Maia 100", "AWS Trainium2", "Google Trillium TPU"}  # Azure l.81, EC2 l.75, l.63


@pytest.mark.parametrize(
    "question",
    [
        # EXAMPLES-OF-A-KIND: names of the kind a relation's value is ("cloud platform") are examples
        "which of these chips run on a cloud platform like Azure?",
        "which chips are deployed on a cloud platform (e.g. Azure)?",
        "which chips run on a cloud platform like Azure or EC2 UltraClusters?",
        "which chips are deployed on a cloud platform (such as Azure or EC2 UltraClusters)?",
    ],
)
def test_examples_of_a_cloud_platform(ask_json, question):  # noqa: ANN001
    assert set(column(answered(ask_json, question))) == CLOUD_CHIPS


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a name of no cloud platform is no example of one
        ("which chips are deployed on a cloud platform like nvlink?", "examples"),
        ("which chips run on a cloud platform like the Groq LPU", "examples"),
        # an "or" between two kinds outside a gloss is refused as before
        ("which chips use HBM or are on 7nm?", "same kind"),
    ],
)
def test_no_examples_of_a_cloud_platform(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question",
    [
        # PORTS-OF-A-PORT-FIGURE: the ports a port's figure is of say whose figure it is, not how many
        "What line rate does the article give for each of Gaudi 3's integrated Ethernet ports?",
        "what is the line rate of gaudi 3's ethernet ports",
        "What is the speed of each Ethernet port on Gaudi 3?",
        "how fast is each of gaudi 3's ethernet ports?",  # "how fast" + ports: the graph's "port speed"
        # a sum across the ports set aside is none the graph holds
        "What line rate does the article give for each of Gaudi 3's integrated Ethernet ports "
        "(the per-port rate, not an aggregate across the 24 ports)?",
        "what is gaudi 3's port speed (per port, not summed across its 24 ports)",
    ],
)
def test_a_ports_figure_of_its_ports(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [float(v) for v in column(data, "stated_value")] == [200.0]  # 24 ports of 200 GbE (l.55)
    assert column(data, "scope") == ["per port"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what is the sram of each port on gaudi 3", "one port"),  # "port SRAM" is no word of the graph
        ("what is gaudi 3's sram (not an aggregate across ports)", "negation"),
        ("how many ports does gaudi 3 have at what line rate", "more than one measure"),
    ],
)
def test_ports_elsewhere_unchanged(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


def test_a_sized_cluster_is_no_list_of_scopes(ask_json):  # noqa: ANN001
    """ "the 1,024-node cluster figure": "node" sizes the cluster, no scope of its own (scoring the
    held-out sets caught the list reading refusing five rows of sets 20-46)."""
    data = answered(
        ask_json,
        "What FP8 compute does the article give for a single Gaudi 3 node of eight accelerators — the per-node "
        "figure, not the 1,024-node cluster figure?",
    )
    assert [float(v) for v in column(data, "stated_value")] == [14.7]  # 14.7 petaflops per node (l.57)


def test_a_serial_comma_in_a_list_of_scopes(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chip has the most flops (any precision, node, pod, and cluster figures excluded)?")
    assert column(data) == ["d-Matrix Corsair C8"]


NOT_FOR_DATA_CENTRES = {"Qualcomm Adreno 750", "Apple M4", "AMD Ryzen 9000 series"}  # l.97, 119, 191


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # ALSO-INCLUDED: chips that also meet another condition are in the answer anyway
        (
            "How many profiled chips does the article associate with inference workloads, "
            "including those also associated with training?",
            13,
        ),
        # RELATION-SAID-AGAIN: "or not intended for" after "not suited to" says the same relation
        (
            "Which chips does the article describe as not suited to, or not intended for, data-center deployment?",
            NOT_FOR_DATA_CENTRES,
        ),
        ("which chips are unsuitable for, or not intended for, data centers", NOT_FOR_DATA_CENTRES),
        # a list by a relation shows each fact's hedge (the Adreno 750's "highly unlikely")
        (
            "Which chips does the article describe as not suited to, or not intended for, data-center deployment "
            "(hedged statements included)?",
            NOT_FOR_DATA_CENTRES,
        ),
    ],
)
def test_words_that_include_what_the_answer_has(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, int):
        assert count_of(ask_json, question) == str(expected)
    else:
        assert set(column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which chips do only inference, including those also used for training", "examples"),
        ("which chips are suited to, or not intended for, data centers", "or not"),  # two relations
        ("which chips use hbm, or not made by tsmc", "or not"),
        # session 52: "(hedges included)" is an instruction to show hedges ("hedge included"); the
        # question is refused for the MI350's "likely" HBM3E
        ("which chips definitely use hbm3e (hedges included)", "likely"),
    ],
)
def test_words_that_include_elsewhere_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


def test_startup_chips_with_a_stated_node(ask_json):  # noqa: ANN001
    """STATED-RELATION-OF-OWNED-CHIPS: "startup chips" names whose chips are asked, not the
    organizations asked; the relation stated is read as for any chips (was: "names no value")."""
    data = answered(ask_json, "which startup chips have a stated process node?")
    # the SN40L, CS-3 and Groq LPU on 7nm (l.131, 139, 151), the M2000 on 40nm (l.163), the Corsair C8
    # (l.173); the section on the Grayskulls names no node
    assert set(column(data)) == {"SambaNova SN40L", "Cerebras CS-3", "Groq LPU", "Mythic M2000", "d-Matrix Corsair C8"}
    assert "designed by a unicorn startup" in data["reading"]
    assert "has a process node" in data["reading"]
    assert count_of(ask_json, "how many startup chips have a process node stated?") == str(len(column(data)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # SHARE-THE-SAME: "share the same" says what "have the same" says
        ("do the gaudi 3 and the trillium tpu share the same hbm capacity?", "true"),  # 128 GB each (l.55, 63)
        ("does the groq lpu share the same sram as gaudi 3?", "false"),  # 128 MB against 96 MB (l.153, 55)
        ("does the maia 100 share the same node as the gaudi 3?", "true"),  # 5nm both (l.81, 53)
    ],
)
def test_share_the_same(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_list_of_a_memory_and_scopes_set_aside_whole(ask_json):  # noqa: ANN001
    """ "(HBM, node and cluster figures excluded)": one list of three set aside, not a part "HBM" and
    a part of scopes (the memory set aside beside SRAM asked changes nothing, as before). Since session
    39 the scopes of groups set aside leave the per-core SRAM of the Grayskulls named as not compared
    (up to 1.5 MB a core, l.181: they may hold over 100 MB), where "per chip only" dropped them."""
    data = answered(ask_json, "which chips have over 100 MB of SRAM (HBM, node and cluster figures excluded)?")
    assert "Tenstorrent Grayskull e150 (SRAM, on-chip, capacity up to 1.5 MB, per core" in data["reading"]
    assert "figures given per chip only" not in data["reading"], data["reading"]


PCIE_CHIPS = {  # PCIe 2.0 (l.165), 4.0 (l.107, 183), 5.0 (l.55)
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e75",
    "Tenstorrent Grayskull e150",
    "Intel Gaudi 3",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # VERSIONS-LISTED: "PCIe 2.0, 4.0 or 5.0": each bare number the family's name again
        (
            "Which accelerators does the article describe as using a PCI Express link of any generation (PCIe 2.0, 4.0 or 5.0)?",
            PCIE_CHIPS,
        ),
        ("which chips use pcie 4.0 or 5.0", PCIE_CHIPS - {"Mythic M2000"}),
    ],
)
def test_versions_listed_after_a_name(ask_json, question, expected):  # noqa: ANN001
    assert set(column(answered(ask_json, question))) == expected


def test_a_version_the_graph_does_not_name(ask_json):  # noqa: ANN001
    refused(ask_json, "which chips use pcie 4.0 or 7.0", "7.0")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # VENDOR-IN-A-TERSE-LIST: a vendor of one chip named beside chips, no word between, is its chip
        ("clock ranking mtia v2 groq northpole", ["Meta MTIA v2", "Groq LPU", "IBM NorthPole"]),  # l.89, 153, 113
        (
            "rank m4 maia mythic northpole corsair blackwell by process node smallest first",
            [
                "Apple M4",
                "Nvidia Blackwell GPU",
                "Microsoft Maia 100",
                "d-Matrix Corsair C8",
                "IBM NorthPole",
                "Mythic M2000",
            ],
        ),
    ],
)
def test_a_vendor_beside_chips_in_a_terse_ranking(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == expected


def test_a_vendor_after_chips_asked_stays_the_vendor(ask_json):  # noqa: ANN001
    assert "designed by Groq" in answered(ask_json, "rank chips by sram groq")["reading"]


def test_a_component_on_its_chip(ask_json):  # noqa: ANN001
    """COMPONENT-ON-ITS-CHIP: "the neural engine on Apple's M4" says "the M4's neural engine"."""
    data = answered(ask_json, "how fast is the neural engine on Apple's M4?")
    assert column(data) == ["38 TOPS, on Apple M4 Neural Engine"]  # l.121
    # a component on another chip is refused, as before
    refused(ask_json, "how fast is the neural engine on the gaudi 3?", "component")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # SCOPE-ADMITTED-ANYWAY: a chip has a power figure at any scope power admits (the AI 100 Ultra's
        # 150 W per card, l.105), so "counting per-card figures" changes nothing in a count or a list
        ("How many chips have a stated power figure in watts, counting per-card and typical figures?", 5),
        ("which chips have a power figure, counting per-card figures?", 5),
    ],
)
def test_a_scope_a_count_takes_anyway(ask_json, question, expected):  # noqa: ANN001
    if question.lower().startswith("how many"):
        assert count_of(ask_json, question) == str(expected)
    else:
        check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chips have a power figure per node?",  # a node's power is no figure of the graph
        "how many chips have an sram figure counting per-card figures",  # SRAM is compared per chip
        "how many chips draw under 200 W counting per-card figures",  # a range: as before
        # "max chips per cluster", a most said in a search box, is the most scale out per cluster
        # since session 52 (tests/test_ask_session52.py)
    ],
)
def test_a_scope_a_count_does_not_take(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "not compared here")


@pytest.mark.parametrize(
    "question",
    [
        # ANY-PRECISION-BESIDE-ONE: a precision named and set aside at once; the named one was answered
        "which chip has the most int8 tops (precision aside)?",
        "which chip has the most int8 tops (any precision)?",
        "what is NorthPole's INT8 performance, precision aside?",
    ],
)
def test_any_precision_beside_a_precision_named(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "beside a precision named")


def test_the_top_chip_is_not_looked_for_among_chips_with_a_value(ask_json):  # noqa: ANN001
    """An organization asked ("which foundry makes the chip with the most transistors") is no kind of
    organization whose chips are asked: read as one, the top chip was looked for among chips with a
    foundry and TSMC answered for the Blackwell; the CS-3 has the most (4 trillion, l.139) and no
    foundry named (caught by tests/test_ask_org_of_top.py in a full run)."""
    refused(ask_json, "which foundry makes the chip with the most transistors", "Cerebras CS-3")


def test_a_cloud_platform_set_aside_is_no_scope(ask_json):  # noqa: ANN001
    """ "(not Azure)" beside chips deployed on a cloud platform was read as a system's figures set
    aside (a scope), dropped, and the Maia 100 (on Azure, l.81) listed; wrong since before this
    session (caught by tests/test_ask_negations.py's variants of this session's cloud questions)."""
    # since session 42 read as the platform set aside, and refused naming the Maia 100 (on Azure)
    refused(ask_json, "which chips are deployed on a cloud platform (not Azure)?", "Microsoft Maia 100")
    refused(ask_json, "which chip on a cloud platform (not Azure) has the most sram?")


# --------------------------------------------------------------------------- blind set 50's wrong answers
# (first run at 40647b0, before anyone read it: terse 29/30, casual 22/30, analyst 26/50, 2 wrong)


def test_a_ranking_by_each_chips_best_figure(ask_json):  # noqa: ANN001
    """ "what's the ranking of chips by their best TOPS number?" was answered as the one top chip:
    "best" after "by their" says which of each chip's figures ranks it, as a ranking reads anyway."""
    data = answered(ask_json, "what's the ranking of chips by their best TOPS number?")
    # up to 1 PetaOPS (l.153), 800 TOPS INT2 (l.113), 400 TOPS (l.103), 38 TOPS (l.121), up to 35 TOPS (l.165)
    assert column(data) == [
        "Groq LPU",
        "IBM NorthPole",
        "Qualcomm Cloud AI 100 Ultra",
        "Apple M4",
        "Mythic M2000",
    ]
    refused(ask_json, "what's the ranking of chips by their lowest tops number?", "each chip by its lowest")
    assert "lowest first" in answered(ask_json, "rank chips by lowest clock")["reading"]


def test_a_count_with_a_named_premise_is_checked(ask_json):  # noqa: ANN001
    """ "How many chips ... built from two dies, counting SambaNova's dual-chip design as two dies?"
    counted 1: the premise's "SambaNova's" was read as a condition (designed by SambaNova); the three
    are the Blackwell, Gaudi 3 and SN40L (l.41, 53, 131). Refused since; from session 41 the premise
    is a rider of one chip's count, checked (parse.riders._count_premise), and the count answered."""
    data = answered(
        ask_json,
        "How many chips does the article describe as built from two dies, counting SambaNova's dual-chip design "
        "as two dies?",
    )
    assert first_column(data) == ["3"]
    assert "taken as said of SambaNova SN40L" in data["reading"]
    assert count_of(ask_json, "how many chips have two dies") == "3"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # CONTRACTIONS (blind set 50's casual rows): a word and the verb it carries ("who're": "who are");
        # words.tsv's own ("we're", "they've") stay whole
        ("which of the startups've got chips on 7nm?", {"SambaNova Systems", "Cerebras Systems", "Groq"}),
        ("they're chips on 7nm, which ones?", SEVEN_NM_CHIPS),
    ],
)
def test_contractions_carry_their_verb(ask_json, question, expected):  # noqa: ANN001
    assert set(column(answered(ask_json, question))) == expected


def test_a_contracted_count(ask_json):  # noqa: ANN001
    data = answered(ask_json, "how many RISC-V processors're packed into each Tensix core?")
    assert [float(v) for v in column(data, "stated_value")] == [5.0]  # l.181


def test_a_count_per_node_group_is_not_chips_with_a_scale_out(ask_json):  # noqa: ANN001
    """ "how many chips are on each node?" counted the 5 chips with a scale-out at 2ad12b2 (a scope
    admitted by a measure of any scope); only the one scope a measure admits beside the chip's (a
    card's power) changes nothing in a count (caught by tests/test_ask.py in CI). Since session 46
    the scale out is a figure counted of one chip ("how many GPUs can the 4nm Nvidia chip scale to"),
    so the refusal names the several chips."""
    refused(ask_json, "how many chips are on each node?", "of several chips")
