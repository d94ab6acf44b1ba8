"""Session 38: decorations of analyst questions that changed nothing and were refused, each reading
with the near misses that must keep refusing.

Read after the first run of held-out sets 53-55 (analyst 78/150 there): "(per-core and per-die figures
aside)", "which chips share the largest ...", "8-bit integer throughput" (INT8, the data's alternative
label, not every 8-bit integer format), "(not merely in a product name)", "Comparing on-chip SRAM, does
A carry more than B?", "taking the stated figures", "a full CS-3 cluster of 2,048 systems".
"""

from __future__ import annotations

import pytest
from ask_expect import TRAINING_CHIPS, answered, count_of, first_column, refused, rows


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the largest sram (per-core and per-die figures aside)?",
        "Of all the per-chip SRAM totals the article states (per-core and per-die figures aside), which chip "
        "has the largest?",
    ],
)
def test_scopes_set_aside_by_aside_said_after(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["d-Matrix Corsair C8"], data
    assert "per chip" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which chips use hbm (hbm3 aside)?", "negation inside a parenthesis"),  # a value set aside: not dropped
        ("which chip has the highest clock, the m4 aside?", "negation"),
    ],
)
def test_aside_beside_what_it_cannot_drop_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("which chips share the largest hbm capacity?", ["Google Trillium TPU", "Intel Gaudi 3"]),
        (
            "Taking the figures exactly as stated, which chips share the largest per-chip HBM capacity?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        ("which chip shares the highest clock?", ["Apple M4"]),
    ],
)
def test_share_the_superlative_asks_the_top_with_ties(ask_json, question, chips):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == chips


@pytest.mark.parametrize(
    "question",
    ["which two chips share the highest clock?", "which chips share the highest clock, ranked?"],
)
def test_share_with_a_number_or_a_ranking_is_refused(ask_json, question):  # noqa: ANN001
    """Two chips sharing the highest clock is a premise the first two of a ranking need not meet
    (Apple M4 3.5 GHz, MTIA v2 1.35 GHz): refused, not answered with two chips that differ."""
    refused(ask_json, question, "share")


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the highest 8-bit integer throughput?",
        "Going by the figures exactly as stated, which chip has the highest 8-bit integer throughput?",
    ],
)
def test_eight_bit_integer_is_int8(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["Groq LPU"], data
    assert "INT8" in data["reading"] and "UINT8" not in data["reading"], data["reading"]


def test_bit_width_alone_still_names_every_format_of_it(ask_json):  # noqa: ANN001
    data = answered(ask_json, "8-bit chips")
    assert "UINT8" in data["reading"] and "FP8" in data["reading"], data["reading"]
    assert "AWS Trainium2" in first_column(data)  # UINT8 and cFP8 (l.75)


_TRAINING = sorted(TRAINING_CHIPS)


@pytest.mark.parametrize(
    "question",
    [
        "which chips are training chips (not merely in a product name)?",
        "which chips are described as training chips (not just in the product name)?",
    ],
)
def test_workload_not_read_from_a_product_name_changes_nothing(ask_json, question):  # noqa: ANN001
    """MTIA v2's name mentions training; the graph's workloads come from what the sections state."""
    assert sorted(first_column(answered(ask_json, question))) == _TRAINING


def test_product_name_remark_beside_a_kind_is_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "which chips are gpus (not merely in the name)?", "kind")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("comparing on-chip sram, does the cloud ai 100 ultra carry more than the groq lpu?", "true"),
        ("Comparing on-chip SRAM as stated, is the Cloud AI 100 Ultra's larger than the Groq LPU's?", "true"),
        ("comparing sram, is the groq lpu's larger than the northpole's?", "false"),
        ("comparing power, does the mtia v2 draw less than the grayskull e150?", "true"),
        ("Taking the stated figures, is Trillium's HBM bandwidth greater than that of the Gaudi 3?", "false"),
    ],
)
def test_measure_compared_named_in_a_lead_in(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == [expected]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a lead-in beside a comparison with a number is no comparison of two chips
        ("comparing transistors, which chips have more than 100 billion?", "comparison"),
        ("comparing the weather, does the groq lpu have more than the northpole?", "weather"),
    ],
)
def test_lead_in_that_names_no_comparison_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question",
    [
        "what is the performance of a full cs-3 cluster of 2,048 systems?",
        "What cluster-level AI performance does the article attribute to a full 2,048-unit CS-3 cluster?",
        "For a full CS-3 cluster of 2,048 interconnected systems, what aggregate AI performance does the "
        "article quote?",
        "And for a full CS-3 cluster at its maximum size (2,048 units), what aggregate AI performance is stated?",
    ],
)
def test_cluster_of_systems_is_the_span_of_its_figure(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert rows(data)[0]["figure"].startswith("up to 256 exaflops"), data
    assert "2,048 systems" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "what is the performance of a cs-3 cluster of 1,000 systems?",
        "what is the performance of a gaudi 3 cluster of 2,048 systems?",
    ],
)
def test_cluster_of_another_size_has_no_figure(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "gives no performance across")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Google, according to the introduction, part of the UXL Foundation?", "true"),
        ("Just to be careful about scope: is the 256-exaflop figure quoted for the CS-3 a per-chip number?", "false"),
    ],
)
def test_source_and_discourse_phrases_change_nothing(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == [expected]


def test_market_estimate_in_the_introduction(ask_json):  # noqa: ANN001
    question = "Based on the market estimate in the introduction, roughly what share of the AI chip market does Nvidia control?"
    data = answered(ask_json, question)
    assert rows(data)[0]["figure"] == "about 85 %", data


def test_what_the_introduction_names_is_not_read(ask_json):  # noqa: ANN001
    """ "in the introduction" alone would narrow to one section, which ask does not read: never all chips."""
    code, _ = ask_json("which chips are named in the introduction?")
    assert code == 1


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "If each chip is represented by its best stated operations-per-second figure at any precision "
            "(PetaOPS converted to TOPS), what is the ranking from the top?",
            ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"],
        ),
        (
            "Using each chip's best stated operations-per-second figure (whatever the precision, converting "
            "PetaOPS to TOPS), rank the chips from highest.",
            ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"],
        ),
        (
            "Counting TOPS and PetaOPS figures alike, which chip has the lowest operations-per-second figure?",
            ["Mythic M2000"],
        ),
        (
            "Which chip has the lowest stated operating frequency, bearing in mind some figures are given in "
            "MHz and others in GHz?",
            ["IBM NorthPole"],
        ),
    ],
)
def test_units_of_one_measure_compared_alike_change_nothing(ask_json, question, first):  # noqa: ANN001
    assert first_column(answered(ask_json, question))[: len(first)] == first


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the highest performance (tflops converted to tops)?",  # two kinds of operation
        "which chip has the most sram (gb converted to ghz)?",  # two measures
    ],
)
def test_units_of_two_measures_compared_alike_are_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "converted")


def test_any_scope_beside_a_count_of_figures_had(ask_json):  # noqa: ANN001
    """A count of chips that state a figure takes every scope already: "whatever the scope" changes nothing."""
    question = "For how many chips does the article state a maximum model size in parameters, whatever the scope?"
    assert count_of(ask_json, question) == "5"


def test_any_scope_beside_a_number_compared_is_still_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "which chips have more than 100 MB of sram, whatever the scope?", "any scope")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Taking Groq's figure as stated, how much sram does the groq lpu have?", "128 MB"),
        (
            "Taking Qualcomm's figure as stated, at what power does the Cloud AI 100 Ultra operate in a "
            "single-card configuration?",
            "150 W, per card",
        ),
    ],
)
def test_figure_taken_as_stated_changes_nothing(ask_json, question, figure):  # noqa: ANN001
    data = answered(ask_json, question)
    assert rows(data)[0]["figure"] == figure, data


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("taking the mythic m2000's figure as stated, how much hbm does the gaudi 3 have?", "gives none here"),
        ("Taking Qualcomm's figure as stated, which chip has the most sram?", "names no one chip of theirs"),
        ("Taking Nvidia's figure as stated, what is the power of the cloud ai 100 ultra?", "names no one chip"),
    ],
)
def test_figure_taken_as_stated_of_another_chip_is_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    ("question", "chip", "reading"),
    [
        # performance is compared per chip unasked, its node and cluster figures named as not ranked
        # (session 39: setting scopes other than a part's aside no longer reads as "per chip only")
        (
            "which chip has the most flops (node and cluster figures excluded, any precision)?",
            "d-Matrix Corsair C8",
            "not ranked: Cerebras CS-3",
        ),
        (
            "which chip has the largest sram (per-die and per-core figures excluded, vendor claims taken as stated)?",
            "d-Matrix Corsair C8",
            "per chip only",
        ),
        (
            "which chip draws the most power (per-card figures excluded, vendor claims taken as stated)?",
            "Tenstorrent Grayskull e150",
            "per chip only",
        ),
    ],
)
def test_scopes_set_aside_in_any_part_of_a_parenthesis(ask_json, question, chip, reading):  # noqa: ANN001
    """The parts of a parenthesis are remarks each: one setting scopes aside is read wherever it stands."""
    data = answered(ask_json, question)
    assert first_column(data) == [chip], data
    assert reading in data["reading"], data["reading"]


def test_value_set_aside_in_a_part_of_a_parenthesis_stays_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "which chips use hbm (hbm3 excluded, any capacity)?")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        (
            "For how many chips does the article give a clock speed, including hedged values such as 'up to' "
            "or 'nominal'?",
            "6",
        ),
        (
            "Including hedged values like 'over 10 billion' and 'around 40 billion', how many chips have a "
            "stated transistor count?",
            "8",
        ),
    ],
)
def test_hedged_figures_included_beside_a_count_of_figures_had(ask_json, question, count):  # noqa: ANN001
    assert count_of(ask_json, question) == count


def test_hedged_figures_with_a_chip_as_example_stay_refused(ask_json):  # noqa: ANN001
    """Examples of the hedged figures are hedges (with their numbers and the measure's word), never a chip."""
    refused(ask_json, "how many chips have a transistor count, including hedged figures such as Groq's?", "including")


@pytest.mark.parametrize(
    "question",
    [
        "are google, amd and intel members of the uxl foundation?",
        "Is Google, according to the introduction, part of the UXL Foundation alongside AMD and Intel?",
    ],
)
def test_several_organizations_asked_at_once(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data) == ["true"], data
    assert "Google, AMD, Intel" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("are nvidia and amd members of the uxl foundation?", "does not say so of Nvidia"),
        ("are amd and nvidia members of the uxl foundation?", "does not say so of Nvidia"),  # not the first
        ("is nvidia part of the uxl foundation alongside amd?", "does not say so of Nvidia"),
        ("is google part of the uxl foundation alongside the gaudi 3?", "alongside"),
    ],
)
def test_several_organizations_one_unsaid_is_refused(ask_json, question, said):  # noqa: ANN001
    """Each must be among the members: one the article does not name is no "yes" (nor a "no": its lists
    of members are not exhaustive)."""
    refused(ask_json, question, said)


def test_own_after_the_article_is_no_verb(ask_json):  # noqa: ANN001
    data = answered(ask_json, "By the article's own core counts, which chip packs the most cores?")
    assert first_column(data) == ["Cerebras CS-3"], data


_BY_MODEL_SIZE = ["Cerebras CS-3", "Nvidia Blackwell GPU", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize(
    ("question", "order"),
    [
        (
            "Accepting per-system and per-cluster scopes as given, which chip is quoted as handling the largest "
            "models by parameter count?",
            ["Cerebras CS-3"],
        ),
        (
            "Leaving out SambaNova's unquantified 'multi-trillion' claim and accepting per-system, per-cluster and "
            "dual-card figures as given, how do the chips rank by the largest model size they are said to handle?",
            _BY_MODEL_SIZE,
        ),
        (
            "Leaving out SambaNova's unquantified 'multi-trillion', and accepting whatever scope each figure has "
            "(per system, cluster or card), rank the chips by the largest model size stated, biggest first.",
            _BY_MODEL_SIZE,
        ),
        (
            "Ignoring the SN40L's unquantified 'multi-trillion' wording and accepting per-system scope, which chip "
            "is credited with handling the largest models by parameter count?",
            ["Cerebras CS-3"],
        ),
    ],
)
def test_model_size_with_scopes_accepted_and_open_ended_claim_set_aside(ask_json, question, order):  # noqa: ANN001
    """Model sizes compete at every scope, each shown with its own: accepting scopes changes nothing;
    SambaNova's 'multi-trillion' (no number) set aside leaves its chip out."""
    data = answered(ask_json, question)
    assert first_column(data) == order, data
    assert "SambaNova SN40L" not in first_column(data)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # beside a measure ranked per chip, accepting other scopes would change the figures compared
        ("which chip draws the most power, accepting per-card figures as given?", "accepting"),
        # the open-ended claim is a model size: beside another measure it is not read as its owner set aside
        ("Excluding SambaNova's 'multi-trillion' claim, which chip has the most HBM?", "multi"),
    ],
)
def test_scopes_accepted_or_open_ended_claim_beside_another_measure_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


_LOW_POWER_FIRST = [
    "Mythic M2000",
    "Tenstorrent Grayskull e75",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "Tenstorrent Grayskull e150",
]


def test_rider_with_a_scope_and_its_number(ask_json):  # noqa: ANN001
    question = (
        "Taking the Cloud AI 100 Ultra's single-card 150 W as its figure, order the chips with stated power "
        "draws from lowest to highest."
    )
    assert first_column(answered(ask_json, question)) == _LOW_POWER_FIRST


def test_rider_with_a_scope_and_a_number_it_does_not_state_is_refused(ask_json):  # noqa: ANN001
    question = (
        "Taking the Cloud AI 100 Ultra's single-card 140 W as its figure, order the chips with stated power "
        "draws from lowest to highest."
    )
    refused(ask_json, question, "does not hold")


def test_rider_with_two_hedges_each_checked(ask_json):  # noqa: ANN001
    question = (
        "How many chips have a stated power figure below 100 W, taking Mythic's approximate typical draw as stated?"
    )
    assert count_of(ask_json, question) == "3"
    refused(
        ask_json,
        "How many chips have a stated power figure below 100 W, taking Mythic's approximate 'up to' draw as stated?",
        "does not hold",
    )


@pytest.mark.parametrize(
    "question",
    [
        # set 51 (casual): answered with the top alone, exit 0, where the order was asked
        "M4, MTIA v2 or NorthPole - which clocks fastest? order 'em",
        "M4, MTIA v2 or NorthPole - which clocks fastest? rank them",
        "M4, MTIA v2 or NorthPole: which clocks fastest? order them.",
    ],
)
def test_order_them_after_a_superlative_asks_the_order(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Apple M4", "Meta MTIA v2", "IBM NorthPole"]


def test_ranks_highest_still_asks_the_top(ask_json):  # noqa: ANN001
    assert first_column(answered(ask_json, "which chip ranks highest by power?")) == ["Tenstorrent Grayskull e150"]
