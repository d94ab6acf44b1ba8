"""Session 51: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) One way of reading said once of several chips' figures ("taking Groq's 'up to 1 PetaOPS' and
    NorthPole's 'over 200 TOPS' at their stated values") is a rider of each chip, checked as one is
    (chipkg.ask.parse.sentences._each_taken): the ranking is answered when every figure is stated
    so, refused naming the figure when one is not, refused when a name is no chip's.
(b) An "or" that no alternative took, between a relation's word and another word ("deployed on a
    cloud or a vendor's platform", set 78), is refused: it was read as the first word alone, the
    answer the cloud-deployed chips without SambaNova's platform (exit 0, wrong).
(c) "together with its qualifier", "along with any qualifier": the figure shown with its hedge, as
    every figure is.
(d) A sum set aside where a part's figure is asked ("per die (not the combined figure)", "(per die,
    not the total across both dies)", "(per port, not the aggregate across all 24)") is the whole
    chip's figure, which the part's scope leaves out already: the part's figure answers.
(e) A parenthesis that sets several things aside, each with its clause ("(leave out A's figure,
    which is per Tensix core, and B and C, whose SRAM has no stated size)"), is read as one
    parenthesis per thing; things set aside for having no figure, named by examples ("chips whose
    SRAM has no stated size, such as the SN40L"), are the chips named, checked to have none.
(f) An "or" beside a word for a kind of chip ("GPUs or made by TSMC", "a GPU or an accelerator") is
    refused: a kind is read as one more condition, so the "or" was read as "and" or its other side
    dropped (red team 91: 27 answers, exit 0).
(g) A figure a rider quotes must be in a unit of the figure's kind: "'up to 1 PetaFLOPS'" is not
    Groq's 1 PetaOPS, "'up to 100 Gb/s'" not the M4's 100 GB/s (red team 91: accepted, its number
    alone compared).
(h) "corsair c8 process node nm": the node's size in nanometres is its feature size, one thing asked;
    "how big a model can Blackwell scale to?": the verb of scaling says how far the model size
    reaches, not how far the chip scales (both refused as two things asked).
(i) "exactly the same HBM bandwidth as", "the same ..., both per chip": "exactly" and "both per
    chip" say what "the same" and "per chip" say (refused; "both per chip" was read as two dies).
(j) The generation of a memory is the narrower kind the article names it by: "mi350 hbm generation"
    answers "likely HBM3E" (refused: "the graph records no generation number"); a memory of the
    named kind itself (Gaudi 3's "HBM") still has no generation to tell.
(k) "which kind of HBM does the MI350 use?", "mi350 hbm type", "which HBM does the SN40L use?": the
    chip's memories of that technology as the article names them (refused as a kind asked).
(l) In a question that asks which chips or how many, a bare "not" before chips' names in a
    parenthesis ("(so not the Groq LPU)") leaves them out, as "excluding" does; said of a chip's
    figure or in a yes/no it is refused as before.
(m) "i.e." gives no examples: what it says is the same thing again ("Per GPU, i.e. with both dies
    combined"), read as a parenthesis of its words alone (restating, narrowing or refused as one is).
(n) "the same HBM generation (version, technology) as" asks whether two chips' kinds of memory are
    the same, which ask does not compare: refused (red team 92: the word was dropped and the two
    capacities compared, "true" for two HBMs whose generation the article never gives).
(o) "how much memory can a CS-3 system take?": "take" after "can" and its subject, last in a question
    of how much or how big, is a verb of holding.
(p) "treating NorthPole's '8-bit precision' figure as INT8": a chip's figure said at a bit width (a
    name of several formats) read as one of them is the premise that the graph records the chip with
    that format, checked (refused when it does not: "as UINT8", another chip's).
(q) "Ranking only chips whose SRAM is stated per chip, ...": "only" after the verb of a ranking says
    which chips are ranked (refused as "a chip does only one thing").
(r) "What is the HBM capacity?" (no chip named, no word for chips) asks a figure of one chip: refused
    (red team 93: answered with chips' names, no figure); "What are the chips with HBM?" is a list
    (it was ranked by HBM capacity, the MI350, with no stated capacity, left out).
(s) "digital in-memory compute (DIMC) units": an acronym of the words around it stands after the
    whole name; "a Gaudi 3 cluster of 1,024 nodes" spans 1,024 nodes as "a 1,024-node cluster" does.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, first_column

INT8_ORDER = ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]


@pytest.mark.parametrize(
    "question",
    [
        "Rank the chips by INT8 throughput, highest first, taking Groq's 'up to 1 PetaOPS' and NorthPole's "
        "'over 200 TOPS' at face value.",
        "Comparing INT8 throughput stated per chip, and taking Groq's 'up to 1 PetaOPS' and NorthPole's "
        "'over 200 TOPS' at their stated values, rank the chips from highest to lowest.",
        "Rank the chips by INT8 throughput (taking Groq's 'up to 1 PetaOPS' and NorthPole's 'over 200 TOPS' "
        "at face value), highest first.",
    ],
)
def test_one_reading_of_several_chips_figures(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data)[:3] == INT8_ORDER, data
    assert "taken as said of Groq LPU" in data["reading"], data["reading"]
    assert "taken as said of IBM NorthPole" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # each chip's premise is checked: a figure misquoted, a hedge misnamed, a name of no chip
        (
            "Rank the chips by INT8 throughput, highest first, taking Groq's 'up to 2 PetaOPS' and NorthPole's "
            "'over 200 TOPS' at face value.",
            "does not hold",
        ),
        (
            "Rank the chips by INT8 throughput, highest first, taking Groq's 'up to 1 PetaOPS' and NorthPole's "
            "'up to 200 TOPS' at face value.",
            "does not hold",
        ),
        (
            "Rank the chips by INT8 throughput, highest first, taking Groq's 'up to 1 PetaOPS' and Nvidia's "
            "'over 200 TOPS' at face value.",
            "",
        ),
    ],
)
def test_each_chips_reading_is_checked(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does the article tie to a named deployment platform, whether a cloud or the vendor's own "
        "platform?",
        "Which chips are deployed on a cloud or a vendor's platform?",
        "which chips are deployed on a cloud or a foundry",
    ],
)
def test_an_or_no_alternative_took_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "alternatives of the same kind"))


def test_a_kind_of_system_or_any_is_still_any(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Which chips are available on a cloud service or platform?",
        {"AWS Trainium2", "Google Trillium TPU", "Microsoft Maia 100", "SambaNova SN40L"},
    )


@pytest.mark.parametrize(
    "question",
    [
        "What memory bandwidth, together with its qualifier, does the article give for the Apple M4's LPDDR5X memory?",
        "What memory bandwidth does the article give for the Apple M4, along with any qualifier?",
    ],
)
def test_a_qualifier_asked_alongside(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [f for f in first_column(data) if "100 GB/s" in f], data
    assert all("up to" in f for f in first_column(data) if "100 GB/s" in f), data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much SRAM sits on each of Gaudi 3's two dies (per die, not the combined figure)?", "48 MB, per die"),
        ("How much SRAM does Gaudi 3 have per die (not the combined figure)?", "48 MB, per die"),
        ("How much SRAM does Gaudi 3 have (per die, not the total)?", "48 MB, per die"),
        (
            "What is the line rate of each of Gaudi 3's Ethernet ports (per port, not the aggregate across all 24)?",
            None,
        ),
        # no part's scope said: what the sum sets aside is not told
        ("How much SRAM does Gaudi 3 have (not the total)?", REFUSE),
        ("How much SRAM does Gaudi 3 have per die (not the total of Trillium)?", REFUSE),
        ("How much SRAM does Gaudi 3 have per chip (not the combined figure)?", REFUSE),
    ],
)
def test_a_sum_set_aside_beside_a_parts_figure(ask_json, question, expected):  # noqa: ANN001
    if expected is None:
        data = answered(ask_json, question)
        assert all("200" in f for f in first_column(data)), data
        return
    check(ask_json, question, expected if expected == REFUSE else [expected], any_order=True)


SRAM_LEAD = "Among chips for which the article states a per-chip SRAM capacity "


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        (
            "(leave out Tenstorrent's 'up to 1.5 MB' figure, which is per Tensix core, and the SN40L and the M2000, "
            "whose SRAM has no stated size)",
            "d-Matrix Corsair C8",
        ),
        (
            "(leave out Tenstorrent's 'up to 1.5 MB' figure, which is per Tensix core, and any SRAM the article gives "
            "no size for, such as the SN40L's and the M2000's)",
            "d-Matrix Corsair C8",
        ),
        ("(leave out any chips without a stated figure, such as the SN40L)", "d-Matrix Corsair C8"),
        # each thing is checked: Gaudi 3 has a figure, the C8 is no chip without one
        ("(leave out chips whose SRAM has no stated size, such as the SN40L and Gaudi 3)", REFUSE),
        (
            "(leave out Tenstorrent's 'up to 1.5 MB' figure, which is per Tensix core, and the SN40L and the "
            "Corsair C8, whose SRAM has no stated size)",
            REFUSE,
        ),
    ],
)
def test_several_things_set_aside_in_one_parenthesis(ask_json, aside, expected):  # noqa: ANN001
    check(ask_json, f"{SRAM_LEAD}{aside}, which chip has the largest SRAM?", expected)


def test_a_clause_after_the_things_set_aside_is_no_thing(ask_json):  # noqa: ANN001
    data = answered(
        ask_json,
        "Using only figures stated per chip (ignore per-node and per-cluster totals, and take vendor claims as "
        "stated), rank the chips by FLOPS, highest first.",
    )
    assert first_column(data)[0] == "d-Matrix Corsair C8", data


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are GPUs or made by TSMC?",
        "How many chips are GPUs or made by TSMC?",
        "Which chips are ASICs or use HBM?",
        "Which chips are GPUs or accelerators?",
        "Which chips are for training or are GPUs?",
        "Which GPU or TSMC-made chip has the fewest transistors?",
        "Is the Groq LPU a GPU or made by TSMC?",
        "Is the Groq LPU a GPU or an accelerator?",
        "Is NorthPole a GPU or an inference chip?",
        "Is the CS-3 a GPU or a chip?",
        # "and/or", "or both", "at least one of" beside a kind (red team 93)
        "Which chips are GPUs and/or made by TSMC?",
        "How many chips are ASICs and/or built on 7nm?",
        "Which chips support FP8 and/or are GPUs?",
        "Is Gaudi 3 a GPU, built on 7nm, or both?",
        "Which chips are GPUs, made by TSMC, or both?",
        "How many chips are at least one of: GPU, made by TSMC?",
        "Is the Groq LPU a GPU &/or made by TSMC?",
    ],
)
def test_an_or_beside_a_kind_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "or"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a kind's word before another noun is no kind said
        ("Which chips have a PCIe host or board interface of any generation (2.0, 4.0 or 5.0)?", None),
        ("Which chips are GPUs?", 6),
        ("Which GPUs are made by TSMC?", 2),
        ("Which chips support INT8 and/or FP16?", None),
        ("Which chips use HBM, SRAM, or both?", None),
        ("chips that support at least one of INT8 and FP16", None),
    ],
)
def test_a_kind_without_or_still_answers(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    if expected is not None:
        assert len(first_column(data)) == expected, data


@pytest.mark.parametrize(
    ("rider", "holds"),
    [
        ("Taking Groq's 'up to 1 PetaOPS' at face value", True),
        ("Taking Groq's 'up to 1,000 TOPS' at face value", True),
        ("Taking Groq's 'up to 1 PetaFLOPS' at face value", False),
        ("Taking Groq's 'up to 1 PFLOPS' at face value", False),
    ],
)
def test_a_riders_figure_keeps_its_unit_kind(ask_json, rider, holds):  # noqa: ANN001
    question = f"{rider}, which chip has the highest INT8 performance?"
    check(ask_json, question, "Groq LPU" if holds else (REFUSE, "does not hold"))


@pytest.mark.parametrize(
    ("rider", "holds"),
    [
        ("Taking the M4's 'up to 100 GB/s' at face value", True),
        ("Taking the M4's 'up to 100 Gb/s' at face value", False),
        ("Taking the M4's 'up to 800 Gb/s' at face value", False),
        ("Taking the M4's 'up to 100 GB' at face value", False),
    ],
)
def test_a_riders_bandwidth_keeps_its_dimension(ask_json, rider, holds):  # noqa: ANN001
    question = f"{rider}, which chip has the lowest memory bandwidth?"
    check(ask_json, question, "Apple M4" if holds else (REFUSE, "does not hold"))


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("corsair c8 process node nm", "6"),
        ("groq lpu process node nm", "7"),
        ("how big a model can nvidia's blackwell scale to?", "10 trillion"),
    ],
)
def test_one_thing_asked_in_two_words(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [f for f in first_column(data) if figure in f], data


def test_a_count_of_chips_scaled_to_is_still_the_scale_out(ask_json):  # noqa: ANN001
    data = answered(ask_json, "how many chips can trainium2 scale to?")
    assert "scale out" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the article give Trillium exactly the same HBM bandwidth as Intel's Gaudi 3?", True),
        ("Does the article give Trillium exactly the same HBM bandwidth as Intel's Gaudi 3 (both per chip)?", True),
        (
            "Is the HBM bandwidth quoted for Google's Trillium the same as the one quoted for Intel's Gaudi 3, "
            "both per chip?",
            True,
        ),
        ("Does Groq LPU have exactly the same SRAM as the MTIA v2?", False),
        ("Does Groq LPU have exactly the same clock as the Gaudi 3?", REFUSE),
        ("Is the Maia 100 on exactly the same node as the Gaudi 3?", True),
    ],
)
def test_exactly_the_same(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("mi350 hbm generation", "likely HBM3E, off-chip"),
        ("what generation of hbm does the mi350 use?", "likely HBM3E, off-chip"),
        ("sn40l hbm generation", "HBM3, off-chip, capacity 64 GB"),
        ("gaudi 3 hbm generation", (REFUSE, "no generation")),
        ("trillium hbm generation", (REFUSE, "no generation")),
    ],
)
def test_a_memorys_generation_is_the_kind_named(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which kind of hbm does the mi350 use?", "likely HBM3E, off-chip"),
        ("mi350 hbm type", "likely HBM3E, off-chip"),
        ("which hbm does the sn40l use?", "HBM3, off-chip, capacity 64 GB"),
        ("what type of DRAM does the Grayskull e75 have?", "LPDDR4, off-chip, capacity 8 GB"),
        ("which hbm does the groq lpu use?", REFUSE),
        # a family of chips, an organization: no one chip's memory
        ("what kind of dram does tenstorrent's grayskull use?", REFUSE),
        ("what kind of hbm does nvidia use?", REFUSE),
    ],
)
def test_a_kind_of_memory_asked_of_one_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips does the article say are fabricated by TSMC (so not the Groq LPU)?",
            {"Apple M4", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("How many chips are fabricated by TSMC (not the Groq LPU or the M4)?", ["3"]),
        (
            "Which chips use HBM (not Gaudi 3; per chip)?",
            {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "SambaNova SN40L"},
        ),
        ("Is the Groq LPU made by TSMC (not the Gaudi 3)?", REFUSE),
        ("Which chips are fabricated by TSMC (not the Gaudi 3's figure per die)?", REFUSE),
    ],
)
def test_a_bare_not_before_chips_names(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Per GPU, i.e. with both dies combined, how many Tensor Processor Cores does Intel's Gaudi 3 have?",
        "How many Tensor Processor Cores does a whole Gaudi 3 carry, per chip, i.e. across both dies?",
    ],
)
def test_ie_says_the_same_again(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [b for b in data["results"]["bindings"] if float(b.get("stated_value", {}).get("value", 0)) == 64], data


@pytest.mark.parametrize(
    "question",
    [
        # what "i.e." says is read as said: kinds of a technology, an unknown word, refused as said plainly
        "Which chips use HBM (i.e. HBM3)?",
        "Which chips use HBM (i.e. the fastest kind of frobnication)?",
    ],
)
def test_ie_is_read_as_said_plainly(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        "Does Trillium use the same HBM generation as Gaudi 3?",
        "Is Trillium's HBM the same generation as Gaudi 3's?",
        "Does Trillium use the same HBM technology as Gaudi 3?",
        "Does the Trainium2 use the same HBM generation as the SN40L?",
        "Is the Groq LPU's SRAM the same generation as the NorthPole's?",
    ],
)
def test_the_same_kind_of_memory_is_not_a_figure(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how much memory can a cs-3 system take?", "1200 TB"),
        ("how big a model can a Cerebras CS-3 system take?", "24 trillion"),
        ("how much DDR5 can the SambaNova SN40L take?", "1.5 TB"),
    ],
)
def test_can_take_is_can_hold(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [f for f in first_column(data) if figure in f.replace(",", "")], data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips are stated to support INT8 (treating NorthPole's '8-bit precision' figure as INT8)?", ["3"]),
        (
            "Treating IBM's '8-bit precision' figure as INT8, which chips are credited with INT8 capability as stated?",
            {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("Which chips support INT8 (treating NorthPole's '8-bit' figure as UINT8)?", (REFUSE, "does not hold")),
        ("Which chips support INT8 (treating Maia's '8-bit' figure as INT8)?", (REFUSE, "does not hold")),
    ],
)
def test_a_bit_width_read_as_a_format(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Ranking only chips whose on-chip SRAM capacity is stated per chip, order them from largest to smallest SRAM.",
        "Rank only the chips whose SRAM capacity is stated per chip, largest first.",
    ],
)
def test_rank_only_the_chips(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data)[:3] == ["d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"], data


@pytest.mark.parametrize(
    "question",
    ["What is the HBM capacity?", "What's the HBM capacity?", "What is the Tensix SRAM in KB?"],
)
def test_a_figure_of_no_chip_named(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names none"))


HBM_CHIPS = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}


@pytest.mark.parametrize(
    "question",
    ["What are the chips with HBM?", "What are the HBM chips?", "What are the chips that use HBM?", "What uses HBM?"],
)
def test_what_are_the_chips_is_a_list(ask_json, question):  # noqa: ANN001
    check(ask_json, question, HBM_CHIPS)


def test_each_chips_figure_is_still_a_ranking(ask_json):  # noqa: ANN001
    data = answered(ask_json, "What is the HBM capacity of each chip?")
    assert "ranked by HBM capacity" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        (
            "How many digital in-memory compute (DIMC) units does the article say the d-Matrix Corsair C8 features?",
            "2048",
        ),
        ("What is the FP8 compute of a Gaudi 3 cluster of 1,024 nodes?", "15 exaflops"),
        ("What is the FP8 compute of a Gaudi 3 cluster with 1,024 nodes?", "15 exaflops"),
    ],
)
def test_names_and_scales_said_otherwise(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [f for f in first_column(data) if figure in f.replace(",", "")], data


def test_a_cluster_of_other_nodes_is_absent(ask_json):  # noqa: ANN001
    check(ask_json, "What is the FP8 compute of a Gaudi 3 cluster of 512 nodes?", REFUSE)


def test_a_courtesy_after_a_rider_is_no_part_of_it(ask_json):  # noqa: ANN001
    question = (
        "Which chips does the article credit with INT8 support, counting IBM NorthPole's 8-bit precision as INT8?"
    )
    plain = answered(ask_json, question)
    thanked = answered(ask_json, question + " Thank you!")
    assert thanked == plain, (thanked["reading"], plain["reading"])
