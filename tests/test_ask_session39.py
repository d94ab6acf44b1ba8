"""Session 39: the 37 questions red team 60 found answered wrong at b9f21d8 (exit 0), each now refused
or answered right, with the near misses that must keep their answers.

Article lines: the clocks l.89 (MTIA v2 1.35 GHz), l.113 (NorthPole nominal 400 MHz), l.119 (M4 up
to 3.5 GHz), l.153/183 (1.2 GHz); SRAM l.53 (Gaudi 3 96 MB), l.153 (Groq 128 MB), l.181 (Grayskull
up to 1.5 MB per Tensix core); UINT8 l.75 (Trainium2); HBM l.55/l.63 (128 GB), l.75 (96 GB).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused, rows


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the highest clock speed, counting only MHz figures?",
        "which chip has the highest clock speed, counting only figures in MHz?",
        "which chip has the lowest clock speed, counting only GHz figures?",
        "which chip has the lowest clock speed, counting only figures in GHz?",
        "which chip has the lowest clock speed among GHz figures?",
        "rank chips by clock speed, counting only GHz figures",
        "which chip has the most TOPS, counting only TOPS figures?",
        "which chip has the most TOPS, counting only figures stated in TOPS?",
        "which chip has the most TOPS, counting only figures in TOPS?",
        "which chip has the most memory, counting only GB figures?",
    ],
)
def test_figures_kept_by_their_stated_unit_are_refused(ask_json, question):  # noqa: ANN001
    """Every figure is compared by its value whatever its unit: read as the unit to show, "counting
    only MHz figures" answered the M4's 3.5 GHz."""
    refused(ask_json, question, "whatever unit they are stated in")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("which chip has the highest TOPS figure?", "Groq LPU"),  # a kind of figure (OPS), not a stated unit
        ("which chip has the highest clock speed?", "Apple M4"),
    ],
)
def test_unit_named_without_keeping_figures_reads_as_before(ask_json, question, first):  # noqa: ANN001
    assert first_column(answered(ask_json, question))[:1] == [first]


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the least SRAM (per-die figures aside)?",
        "which chip has the least SRAM, per-die figures aside?",
        "which chip has the least SRAM (per-cluster figures aside)?",
        "which chip has the least SRAM (per-system figures aside)?",
        "which chip has the least SRAM (per-card figures aside)?",
        "which chip has the least SRAM (cluster figures excluded)?",
        "which chip has the least SRAM (node and cluster figures excluded, vendor claims taken as stated)?",
        "which chips share the lowest SRAM (per-die figures aside)?",
        "how many chips have less than 100 MB of SRAM (per-die figures aside)?",
        "which chips have less than 100 MB of SRAM (per-die figures aside)?",
        "rank chips by SRAM from lowest (per-die figures aside)",
        "which chip has the least on-chip memory (per-die figures aside)?",
    ],
)
def test_other_scopes_aside_keep_the_per_core_sram_undecided(ask_json, question):  # noqa: ANN001
    """Grayskull's SRAM is given per Tensix core (l.181): set aside only with per-core figures named.
    Setting a die's, a cluster's or a card's figures aside read as "per chip only" and dropped it,
    answering Gaudi 3's 96 MB as the least."""
    refused(ask_json, question, "given per core")


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        ("which chip has the least on-chip memory (per-core and per-die figures aside)?", "Intel Gaudi 3"),
        ("which chip has the most on-chip memory (per-core and per-die figures aside)?", "d-Matrix Corsair C8"),
        ("which chip has the most SRAM (per-die figures aside)?", "d-Matrix Corsair C8"),
        ("which chip has the most SRAM (per chip, not per core)?", "d-Matrix Corsair C8"),
    ],
)
def test_per_core_figures_set_aside_by_name_still_answer(ask_json, question, chip):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == [chip]


@pytest.mark.parametrize(
    "question",
    [
        "which chips support any 8-bit integer format?",
        "which chips support an 8-bit integer format?",
        "which chips support 8-bit integer arithmetic of any kind?",
        "which chips support 8-bit integer formats?",
    ],
)
def test_eight_bit_integer_said_of_any_format_names_both(ask_json, question):  # noqa: ANN001
    """ "8-bit integer" is INT8's own label, and UINT8 (Trainium2, l.75) is an 8-bit integer format
    too: with "any", "an ... format", "of any kind" it asks for both, and was read as INT8 alone."""
    data = answered(ask_json, question)
    assert sorted(first_column(data)) == [
        "AWS Trainium2",
        "Groq LPU",
        "IBM NorthPole",
        "Qualcomm Cloud AI 100 Ultra",
    ], data
    assert "INT8 or UINT8" in data["reading"], data["reading"]


def test_eight_bit_integer_said_of_an_answer_of_one_chip(ask_json):  # noqa: ANN001
    assert answered(ask_json, "does Trainium2 support an 8-bit integer format?")["boolean"] is True


def test_every_eight_bit_integer_format_is_refused(ask_json):  # noqa: ANN001
    """No chip is said to support both INT8 and UINT8: "every" asks for both at once, which ask does
    not read; answered as "any", it listed four chips."""
    refused(ask_json, "which chips support every 8-bit integer format?", "INT8 and UINT8")


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("which chips support 8-bit integer?", ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]),
        (
            "which chips support 8-bit integer or unsigned 8-bit integer?",
            ["AWS Trainium2", "Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"],
        ),
        ("which chips support unsigned 8-bit integer?", ["AWS Trainium2"]),
    ],
)
def test_eight_bit_integer_alone_is_int8(ask_json, question, chips):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == chips


@pytest.mark.parametrize(
    "question",
    [
        "which chips target inference (in a product name)?",
        "which chips target inference, in a product name?",
        "which chips target inference (only in a product name)?",
        "which chips target training (in a product name)?",
        "which chips target training (only in a product name)?",
    ],
)
def test_workload_said_in_a_product_name_is_refused(ask_json, question):  # noqa: ANN001
    """Taken for a form of the answer ("product names"), the remark went and every chip that targets
    the workload was answered; only the MTIA v2's long name says training (l.87)."""
    refused(ask_json, question, "in a product name")


def test_workload_not_merely_in_a_product_name_still_answers(ask_json):  # noqa: ANN001
    chips = first_column(answered(ask_json, "which chips target training (not merely in a product name)?"))
    assert "Nvidia Blackwell GPU" in chips and "Meta MTIA v2" not in chips, chips


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the most SRAM? order them by name",
        "which chip has the highest clock speed? order them by name",
        "which chip has the most transistors? order them by name",
        "rank chips by SRAM by name",
    ],
)
def test_order_by_name_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "by name")


@pytest.mark.parametrize(
    "question",
    [
        "which chips share the largest HBM capacity of 96 GB?",
        "which chips share the highest clock speed of 1.2 GHz?",
        "which chip has the largest HBM capacity of 96 GB?",
        "which chip has the largest HBM capacity of 128 GB?",  # true, yet a premise ask does not check
    ],
)
def test_top_said_with_its_figure_is_refused(ask_json, question):  # noqa: ANN001
    """ "the largest HBM capacity of 96 GB" says the top is 96 GB: read as the most among chips with
    96 GB, Trainium2 was answered as the largest (Gaudi 3 and Trillium have 128 GB, l.55, l.63)."""
    refused(ask_json, question, "gives the top figure itself")


def test_least_among_chips_over_a_number_still_answers(ask_json):  # noqa: ANN001
    """A bound on one side is a condition, not the top's figure: "over 100 GB" then the least."""
    chips = first_column(answered(ask_json, "which chip with over 100 GB of HBM has the least HBM?"))
    assert sorted(chips) == ["Google Trillium TPU", "Intel Gaudi 3"], chips  # 128 GB each (l.55, l.63)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("lowest power draw ranking", ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"]),
        ("highest clock ranking", ["Apple M4", "Meta MTIA v2"]),
        ("which chip has the most SRAM, ranked?", ["d-Matrix Corsair C8", "Meta MTIA v2"]),
    ],
)
def test_rank_word_last_asks_the_order(ask_json, question, first):  # noqa: ANN001
    """Set 56: "lowest power draw ranking" answered the one chip at the top, the rank word dropped."""
    chips = first_column(answered(ask_json, question))
    assert chips[: len(first)] == first and len(chips) > len(first), chips


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("what's the TOPS leaderboard?", ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]),
        ("clock speed league table", ["Apple M4", "Meta MTIA v2"]),
    ],
)
def test_leaderboard_is_a_ranking(ask_json, question, first):  # noqa: ANN001
    """Set 56: "what's the TOPS leaderboard, going by each chip's best number?" (words.tsv rank)."""
    chips = first_column(answered(ask_json, question))
    assert chips[: len(first)] == first and len(chips) > len(first), chips


def test_a_tie_allowed_changes_nothing(ask_json):  # noqa: ANN001
    """Set 56: "(a tie is possible)" beside the largest HBM capacity: both 128 GB chips (l.55, l.63)."""
    question = "As stated per chip, which chips share the largest HBM capacity in the article (a tie is possible)?"
    assert sorted(first_column(answered(ask_json, question))) == ["Google Trillium TPU", "Intel Gaudi 3"]


def test_rider_with_two_hedges_listed_by_a_comma(ask_json):  # noqa: ANN001
    """Set 56: "(treating Mythic's approximate, typical draw as given)": the comma lists two hedges of
    the M2000's "nominal about 4 watts" (l.165), each checked; under 100 W: MTIA v2 90 W (l.89),
    M2000, Grayskull e75 75 W (l.183)."""
    question = (
        "Which chips have a stated power figure under 100 W (treating Mythic's approximate, typical draw as given)?"
    )
    data = answered(ask_json, question)
    assert sorted(first_column(data)) == ["Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"], data
    refused(ask_json, question.replace("Mythic's", "Groq's"), "Groq LPU")


@pytest.mark.parametrize(
    "question",
    [
        # set 47
        "Which profiled chip has the largest stated maximum model size in parameters, taking 'up to' bounds at face "
        "value, counting system-level figures, and excluding the vague 'multi-trillion' claim for the SN40L?",
        # set 48: scopes taken as given beside a measure compared at every scope
        "Excluding SambaNova's unquantified 'multi-trillion' claim, rank the chips by the largest model size in "
        "parameters the article says they can handle, largest first (taking dual-card and cluster figures as given).",
        "which chip handles the largest model, excluding the 'multi-trillion' claim for the SN40L?",
    ],
)
def test_open_ended_model_size_set_aside_with_its_owner_after(ask_json, question):  # noqa: ANN001
    """CS-3 up to 24 trillion per system (l.143) leads; SN40L's "multi-trillion" (l.131) set aside."""
    data = answered(ask_json, question)
    assert first_column(data)[0] == "Cerebras CS-3", data
    assert "SambaNova SN40L" not in first_column(data), data


@pytest.mark.parametrize(
    "question",
    [
        # scopes taken as given beside a measure compared per chip: two scopes, refused as before
        "which chip has the most SRAM (taking per-die and per-core figures as given)?",
        # how to take the wording, not a setting aside: read as before (refused)
        "which chip handles the largest model, counting the 'multi-trillion' claim of SambaNova as one trillion?",
    ],
)
def test_scopes_taken_or_wording_read_elsewhere_stay_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


@pytest.mark.parametrize(
    "question",
    [
        "which chips have clock speeds stated in GHz?",  # NorthPole's 400 MHz (l.113) was listed
        "list chips whose clock is given in MHz",
    ],
)
def test_figures_stated_in_a_unit_are_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "whatever unit they are stated in")


def test_one_chips_figure_stated_in_a_unit_is_the_unit_to_show(ask_json):  # noqa: ANN001
    """Set 46: "..., expressed in tera operations per second?" of one chip's figure asks its unit,
    checked against the unit stated: Groq's 1.2 GHz (l.153) in GHz, and not in MHz."""
    assert rows(answered(ask_json, "what's Groq's clock, stated in GHz?"))[0]["figure"].strip() == "1.2 GHz"
    refused(ask_json, "what's Groq's clock, stated in MHz?", "not in mhz")


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("lowest power draw ranking, per chip only", ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"]),
        ("lowest power ranking (per chip)", ["Mythic M2000", "Tenstorrent Grayskull e75", "Meta MTIA v2"]),
    ],
)
def test_rank_word_before_a_scope_asks_the_order(ask_json, question, first):  # noqa: ANN001
    chips = first_column(answered(ask_json, question))
    assert chips[: len(first)] == first and len(chips) > len(first), chips


@pytest.mark.parametrize("question", ["max model size per chip ranking", "rank chips by max model size per chip"])
def test_ranking_of_per_chip_model_sizes_is_the_one_chip(ask_json, question):  # noqa: ANN001
    """A rank word last asks the order (session 39), as "rank chips by ..." did: no chip has a per-chip
    model size (the SN40L's multi-trillion is its platform's, l.133), so the ranking is refused, naming
    each chip's scope, not ranked at every scope."""
    refused(ask_json, question, "not compared with per-chip figures")


@pytest.mark.parametrize(
    "question",
    [
        "which chips handle models over 100 billion parameters (per-cluster figures aside)?",
        "how many chips handle models over 100 billion parameters (cluster figures excluded)?",
        "which chip has the largest scale-out (per-cluster figures aside)?",
    ],
)
def test_some_scopes_aside_of_a_measure_compared_at_every_scope_is_refused(ask_json, question):  # noqa: ANN001
    """Read as per chip only, the list kept the SN40L alone, leaving out the CS-3's per-system (l.143)
    and Blackwell's unscoped (l.41) model sizes, which the question did not set aside."""
    refused(ask_json, question, "compared at every scope")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How much SRAM does the Gaudi 3 hold per die, rather than per die?", "per die"),
        ("What is Gaudi 3's SRAM (per-die figures aside)?", "96 MB"),
    ],
)
def test_scopes_aside_of_one_chips_figure_read_as_before(ask_json, question, said):  # noqa: ANN001
    if said == "per die":
        refused(ask_json, question, "per die")
    else:
        assert rows(answered(ask_json, question))[0]["figure"].strip() == said


# --------------------------------------------------------------------------- red team 61 (at 8cad356)


@pytest.mark.parametrize(
    "question",
    [
        "of the clocks given in megahertz, which is highest?",  # the M4's 3.5 GHz was answered (l.119, l.113)
        "looking only at performance quoted in petaflops, which chip leads?",
        "considering only figures in TFLOPS, which chip is fastest?",
        "which chips have a clock in MHz?",  # all six clocks listed; only NorthPole's is in MHz (l.113)
        "which chips have SRAM expressed in GB?",
        "how many chips have a performance figure in PetaOPS?",
        "which chips have FLOPS figures in petaflops?",
        "rank clocks given in GHz",
    ],
)
def test_figures_kept_by_a_unit_said_after_them_are_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "whatever unit they are stated in")


def test_unit_to_show_a_top_in_still_answers(ask_json):  # noqa: ANN001
    """ "in GHz" beside a most asks the unit of the answer shown, no figures kept by it."""
    assert first_column(answered(ask_json, "which chip has the highest clock in GHz?")) == ["Apple M4"]


@pytest.mark.parametrize(
    "question",
    [
        "which chips are tied on clock speed?",  # every chip with a clock was listed
        "are there chips tied on clock speed?",
        "which chips are tied on HBM capacity?",
        "chips tied on power?",
    ],
)
def test_tied_without_a_top_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "share a figure")


def test_tie_beside_a_top_still_answers(ask_json):  # noqa: ANN001
    # NorthPole's nominal 400 MHz (l.113) is alone at the bottom: the tie said is a premise that does not
    # hold (red team 71), refused; a tie that holds is answered (tests/test_ask_redteam71.py)
    refused(ask_json, "which chips tie for the lowest clock?", "IBM NorthPole there alone")


@pytest.mark.parametrize(
    "question",
    ["which chips are for inference (in the chip's name only)?"],
)
def test_workload_said_in_a_name_is_refused(ask_json, question):  # noqa: ANN001
    """Only the MTIA v2's long name says training and inference (l.87); read as the workload, the
    plain list was answered."""
    refused(ask_json, question)
