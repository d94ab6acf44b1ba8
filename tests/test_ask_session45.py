"""Session 45: readings taken from held-out set 69's first run and sets 60-68, and red team 76's
wrong answers.

- "which one has the higher X" among a group asks for the top ("the higher of the two");
- "share an identical clock speed of 1.2 GHz" is "have a clock speed of 1.2 GHz";
- a negated parenthesis beside memory bandwidth that sets aside interconnects with examples said
  of a chip ("Blackwell's 10 TB/s die-to-die connection") or with their figures ("NVLink's 1.8 TB/s");
- "(HBM or LPDDR only)" beside a ranking: every figure compared must be one it keeps, else refused;
- "(HBM or LPDDR, not NVLink)", "(HBM or LPDDR -- exclude ...)": each part read as a parenthesis;
- "besides AMD, who else ...": "else" beside an exclusion; "who else ..." alone stays refused;
- "Which designs a 4nm chip?" asks for organizations: never answered with chips;
- "taking 'over 10 billion' as 10 billion": a quoted figure of no chip named, checked and read at
  its number;
- red team 76: a node range beside a figure said stated ("on 5nm or smaller have a stated clock
  speed") keeps both; "more than the Grayskull" (two models) is refused; "boost clock" is refused;
  "how many transistors does the wafer-scale / 12nm chip have" answers the one chip; a memory given
  per system is said to be so.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused


def test_the_higher_among_a_group(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Among the 4nm chips, which one has the higher transistor count?")
    assert column(data) == ["Nvidia Blackwell GPU"]


@pytest.mark.parametrize("question", ["Which chips have the higher transistor count?", "Which chip has higher SRAM?"])
def test_a_comparative_with_nothing_compared(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "compares with something")


@pytest.mark.parametrize(
    "question",
    [
        "Which chips share an identical stated clock speed of 1.2 GHz (exact, not 'up to' or nominal)?",
        "Which chips share the same clock speed of 1.2 GHz?",
    ],
)
def test_a_figure_said_with_same(ask_json, question):  # noqa: ANN001
    assert sorted(column(answered(ask_json, question))) == ["Groq LPU", "Tenstorrent Grayskull e150"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Looking only at memory bandwidth per chip (not interconnect links such as NVLink or Blackwell's 10 TB/s "
            "die-to-die connection), which chip or chips have the highest stated figure?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        (
            "Which chip has the lowest memory bandwidth (exclude interconnect figures such as NVLink's 1.8 TB/s)?",
            ["Apple M4"],
        ),
        (
            "Comparing main-memory bandwidth per chip (HBM or LPDDR only, not Blackwell's die-to-die link or NVLink), "
            "which chip has the lowest stated memory bandwidth?",
            ["Apple M4"],
        ),
        (
            "Looking only at memory bandwidth per chip (HBM or LPDDR only), which chip has the highest stated figure?",
            ["Google Trillium TPU", "Intel Gaudi 3"],
        ),
        ("Which chip has the lowest memory bandwidth (HBM or LPDDR, not NVLink)?", ["Apple M4"]),
        (
            "Which chip has the lowest memory bandwidth (HBM or LPDDR — exclude interconnect figures such as NVLink's 1.8 TB/s)?",
            ["Apple M4"],
        ),
    ],
)
def test_memory_bandwidth_with_links_set_aside(ask_json, question, expected):  # noqa: ANN001
    assert sorted(column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have more than 100 GB/s of memory bandwidth (HBM only)?",
        "Rank the chips by memory bandwidth (the HBM figures only), highest first.",
    ],
)
def test_figures_kept_only_that_the_answer_rests_beyond(ask_json, question):  # noqa: ANN001
    # the Apple M4's bandwidth is LPDDR5X: keeping HBM figures only would change the answer
    refused(ask_json, question, "keeps some figures only")


def test_else_beside_an_exclusion(ask_json):  # noqa: ANN001
    assert sorted(column(answered(ask_json, "besides AMD, who else is in that UXL group?"))) == ["Google", "Intel"]


def test_else_alone_is_a_follow_up(ask_json):  # noqa: ANN001
    refused(ask_json, "who else is in the UXL Foundation?", "else")


@pytest.mark.parametrize("question", ["Which designs a 4nm chip?", "Apart from Nvidia, which else designs a 4nm chip?"])
def test_which_designs_asks_for_organizations(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "asks for organizations")


def test_which_designs_as_a_noun(ask_json):  # noqa: ANN001
    assert "SambaNova SN40L" in column(answered(ask_json, "Which designs use HBM?"))


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have the fewest transistors per chip, taking 'over 10 billion' as 10 billion?",
        "Which chips have the fewest transistors ('over 10 billion' as 10 billion, 'around 40 billion' as 40 billion)?",
        "Reading every hedged transistor count at its stated number ('over 10 billion' as 10 billion, 'around 40 "
        "billion' as 40 billion), which profiled chip or chips have the fewest transistors per chip? If two are tied, "
        "list both.",
    ],
)
def test_a_quoted_figure_read_at_its_number(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert sorted(column(data)) == ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have the fewest transistors, taking 'over 12 billion' as 12 billion?",
        "Which chip has the most SRAM, taking 'over 10 billion' as 10 billion?",
    ],
)
def test_a_quoted_figure_the_article_does_not_give(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "does not hold")


def test_without_the_quoted_figure_the_least_is_undecided(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips have the fewest transistors?", "do not decide")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips on 5nm or smaller have a stated clock speed?", ["Apple M4"]),
        ("Which chips at 7nm or smaller have a clock speed?", ["Apple M4", "Groq LPU", "Meta MTIA v2"]),
        ("Which chips at 10nm or larger have a stated power?", ["Mythic M2000"]),
        ("Which chips at 7nm or larger have a stated clock speed?", ["Groq LPU", "IBM NorthPole", "Meta MTIA v2"]),
        (
            "Which chips on 7nm or smaller have a stated memory bandwidth?",
            ["Apple M4", "Intel Gaudi 3", "Qualcomm Cloud AI 100 Ultra"],
        ),
    ],
)
def test_a_node_range_and_a_figure_stated(ask_json, question, expected):  # noqa: ANN001
    assert sorted(column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips at 12nm or smaller have a stated transistor count?", "8"),
        ("How many chips at 7nm or smaller have a stated SRAM size?", "5"),
        ("How many chips on a node of 7nm or below have a stated power (per chip)?", "1"),
    ],
)
def test_a_count_by_node_range_and_a_figure_stated(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have more LPDDR memory than the Grayskull?",
        "Which chips have a higher clock speed than the Grayskull?",
        "How many chips have more cores than the Grayskull?",
    ],
)
def test_than_a_family_of_chips(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "names several chips")


@pytest.mark.parametrize(
    "question",
    [
        "What is the boost clock of the Groq LPU?",
        "What is the NorthPole's boost frequency?",
        "Does the MTIA v2 have a boost clock of 1.35 GHz?",
        "Which has the higher boost clock, the Groq LPU or the MTIA v2?",
    ],
)
def test_a_boost_clock(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "gives no boost")


def test_what_a_chip_boosts(ask_json):  # noqa: ANN001
    assert "Google Trillium TPU" in column(answered(ask_json, "Which chips boost Gemini?"))


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        ("How many transistors does the liquid-cooled chip have?", "Microsoft Maia 100"),
        ("How many cores does the wafer-scale chip have?", "Cerebras CS-3"),
        ("How many transistors does the 12nm chip have?", "IBM NorthPole"),
        ("How many transistors does the TSMC 3nm chip have?", "Apple M4"),
    ],
)
def test_how_many_of_a_chip_described(ask_json, question, chip):  # noqa: ANN001
    assert column(answered(ask_json, question), "chip") == [chip]


def test_how_many_of_a_description_of_several(ask_json):  # noqa: ANN001
    refused(ask_json, "How many transistors does the 7nm chip have?", "several chips")


def test_a_memory_given_per_system_is_said_so(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chip has the least off-chip memory?", "Cerebras CS-3's memory is given per system")


def test_a_rider_of_a_figure_the_question_does_not_ask(ask_json):  # noqa: ANN001
    # read whole, "with NorthPole's INT4 figure" was the question's chip and figure: NorthPole's 400
    # TOPS answered "which chips support a 4-bit format" (exit 0)
    refused(
        ask_json,
        "Which chips support at least one 4-bit number format, with NorthPole's INT4 figure taken as stated?",
        "says how to take a named chip's fact",
    )


def test_a_bit_width_counted_as_its_format(ask_json):  # noqa: ANN001
    data = answered(
        ask_json, "Rank the chips by INT8 throughput, highest first, counting NorthPole's '8-bit' figure as INT8."
    )
    assert column(data) == ["Groq LPU", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole"]
    assert "taken as said of IBM NorthPole" in data["reading"]


def test_a_bit_width_counted_as_a_format_of_another_width(ask_json):  # noqa: ANN001
    refused(ask_json, "Rank the chips by INT8 throughput, highest first, counting NorthPole's '8-bit' figure as INT4.")


@pytest.mark.parametrize(
    "question",
    [
        "Which chips carry more than 100 MB but less than 200 MB of SRAM per chip? Per-die and per-core figures "
        "don't qualify on their own.",
        "Which chips carry more than 100 MB but less than 200 MB of SRAM per chip? Per-die and per-core figures don't count.",
    ],
)
def test_what_does_not_count_said_after_the_question(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert sorted(column(data)) == ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]


@pytest.mark.parametrize(
    "question",
    [
        "Leaving out the Apple M4 (its 3.5 GHz is an 'up to' CPU clock) and the IBM NorthPole (a nominal clock), "
        "which chip has the highest stated clock speed?",
        "Setting aside the Apple M4 (its 3.5 GHz is an 'up to' CPU clock, not an accelerator clock), which chip has "
        "the highest stated clock speed?",
        "Setting aside the Apple M4, whose 3.5 GHz is an 'up to' CPU clock, which chip has the highest stated clock speed?",
    ],
)
def test_why_a_chip_is_set_aside(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data) == ["Meta MTIA v2"]
    assert "taken as said of Apple M4" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "Setting aside the Groq LPU, whose 1.2 GHz is an 'up to' clock, which chip has the highest stated clock speed?",
        "Excluding the MTIA v2 (a nominal clock), which chip has the highest clock speed?",
    ],
)
def test_why_a_chip_is_set_aside_said_falsely(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "does not hold")


def test_a_count_of_units_given_per_core_or_tile(ask_json):  # noqa: ANN001
    # the Grayskulls' and the M2000's RISC-V processors are given per core or tile: "names no chip
    # that fits" denied they might (red team 76)
    data = refused(ask_json, "Which chips have at least two RISC-V processors?", "cannot be told")
    assert "names no chip" not in data["reason"]


@pytest.mark.parametrize(
    "question",
    [
        "Which Qualcomm chips get their own write-up?",
        "Qualcomm has some chips in here, which ones get their own write-up?",
        "Which Qualcomm chips get their own section?",
    ],
)
def test_chips_with_a_write_up_of_their_own(ask_json, question):  # noqa: ANN001
    # "get their own" was a filler and "write-up" a noun of none: every Qualcomm chip answered,
    # the Snapdragon 8 Gen 3 (named only as a platform) too
    assert sorted(column(answered(ask_json, question))) == ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]


def test_a_count_of_chips_with_a_write_up(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "How many chips get a write-up?") == "18"


@pytest.mark.parametrize(
    "question", ["how fast is each Ethernet port on the Gaudi 3?", "how fast is each port on the Gaudi 3?"]
)
def test_the_speed_of_each_port(ask_json, question):  # noqa: ANN001
    # "each port" was refused as a figure of a scope "the article gives none of", which it does
    assert column(answered(ask_json, question), "figure") == ["200 Gigabit, per port"]


def test_a_big_llm_trained(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "could I train a big LLM on IBM's NorthPole?")) == ["false"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [("How many AMD chips are not merely mentioned?", "1"), ("how many Nvidia chips are not profiled", "1")],
)
def test_profiled_negated(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


def test_baseline_chips(ask_json):  # noqa: ANN001
    # inferred by nothing: stated in data/ and checked by shapes (each is a comparison's baseline, unprofiled)
    data = answered(ask_json, "Which chips are baseline chips?")
    assert sorted(column(data)) == ["AMD Instinct MI300 series", "AWS Trainium", "Meta MTIA v1", "Nvidia H100"]


def test_have_baselines_is_no_kind(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips have baselines?")


def test_baselines_set_aside(ask_json):  # noqa: ANN001
    question = "How many profiled chips are on 7nm (not baselines such as the H100 or the MI300 series)?"
    assert count_of(ask_json, question) == "6"


@pytest.mark.parametrize(
    "question",
    [
        "How many AMD chips are there (not baselines such as the MI300 series)?",
        "Which Nvidia chips are there (not baselines such as the H100)?",
    ],
)
def test_baselines_set_aside_that_the_answer_holds(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "sets aside chips")


@pytest.mark.parametrize(
    "question",
    [
        "How much faster graphics rendering does the Qualcomm Adreno 750 offer over its predecessors? Keep the "
        "hedge and give it as a percentage.",
        "How much faster graphics rendering does the Qualcomm Adreno 750 offer over its predecessors, as a percentage?",
    ],
)
def test_a_percentage_asked_of_a_percent_increase(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert column(data, "figure") == ["up to 25 % faster, graphics rendering, vs previous Adreno GPUs"]


def test_leaving_out_joined_to_another_instruction(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Rank the chips by power, per chip, and leaving out the Groq LPU.")
    assert "not Groq LPU" in data["reading"]


def test_leaving_out_after_a_comma_alone_stays_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips use HBM, leaving out the MI350?", "leaving out")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Are the Gaudi 3 and Maia 100 on the same process node?", ["true"]),
        ("gaudi 3 and maia 100 same process node", ["true"]),
        ("Are the Gaudi 3 and Groq LPU on the same node?", ["false"]),
        ("Are the Groq LPU and the Cloud AI 100 Ultra made by the same foundry?", ["true"]),
    ],
)
def test_a_pair_on_the_same_value(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == expected


def test_a_pair_of_organizations_in_the_same_group(ask_json):  # noqa: ANN001
    refused(ask_json, "Are Nvidia and AMD in the same group?", "same")


# --- red team 77


@pytest.mark.parametrize(
    "question",
    [
        "With 'over 10 billion' read as 10 billion, what is the median transistor count?",
        "Taking 'over 10 billion' as 10 billion, what's the range of transistor counts?",
        "Taking 'over 10 billion' as 10 billion, what is its transistor count?",
    ],
)
def test_a_quoted_figure_beside_what_is_not_read(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)  # was an internal error (KeyError), exit 2


@pytest.mark.parametrize(
    "question",
    [
        "Which companies are only mentioned?",
        "How many companies are only mentioned?",
        "Which megacaps are only mentioned?",
        "Is Nvidia only mentioned?",
    ],
)
def test_only_mentioned_is_said_of_chips(ask_json, question):  # noqa: ANN001
    # read as the designers of chips only mentioned, AMD, AWS, Meta, Nvidia and Qualcomm answered (exit 0)
    refused(ask_json, question)


def test_who_designs_the_chips_only_mentioned(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Who designs the chips that are only mentioned?")
    assert sorted(column(data)) == ["AMD", "AWS", "Meta", "Nvidia", "Qualcomm"]


@pytest.mark.parametrize(
    "question",
    [
        "For chips that list BF16 among their formats, what process nodes are they built on?",
        "What's the foundry for each 7nm chip?",
        "For each chip with a stated clock, what foundry makes it?",
        "What's the foundry of every chip on 7nm?",
    ],
)
def test_each_chips_value_asked(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "asks each chip's")


def test_the_foundries_of_a_group(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "What foundries make 7nm chips?")) == ["TSMC"]


def test_foundries_of_chips_with_a_memory_none_names(ask_json):  # noqa: ANN001
    # four chips use HBM outright, none with a named foundry: "no chip does outright" was false
    data = refused(ask_json, "What foundry makes chips with HBM?", "names no organization")
    assert "outright" not in data["reason"]


def test_a_figure_describes_the_chips(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Among the 1.2 GHz chips, which one has the higher power?")
    assert column(data) == ["Tenstorrent Grayskull e150"]


def test_a_node_and_a_designer_describe_the_chip(ask_json):  # noqa: ANN001
    data = answered(ask_json, "How many TPCs does the 5nm Intel chip have?")
    assert column(data, "chip") == ["Intel Gaudi 3"]


@pytest.mark.parametrize(
    "question", ["Which chips are made by TSMC or not on 7nm?", "Which chips use HBM or not LPDDR?"]
)
def test_or_not_before_a_condition(ask_json, question):  # noqa: ANN001
    # "or not" was a filler: the TSMC chips on 7nm answered (exit 0)
    refused(ask_json, question, "or not")


def test_or_not_at_a_clause_end(ask_json):  # noqa: ANN001
    assert sorted(column(answered(ask_json, "Which chips are on 7nm, whether made by TSMC or not?")))[:1] == [
        "AWS Trainium2"
    ]
