"""``chipkg ask``: comparisons of named chips said without a number, and casual verbs of the
measures (held-out set 32's casual and analyst refusals, as classes; none of its rows' wording).

Comparisons of two named chips' figures without a number:
- a lead-in of comparing and the figures compared ("Comparing capacities, does the Groq LPU have
  more SRAM than NorthPole?"): its figures' words are the measure of the yes/no comparison after it,
  checked there (parse.forms._comparing_lead_in); a lead-in of another measure is refused;
- "between" before one name of several chips ("between the Grayskull cards, which ..."), the
  number said matching the name's chips (parse.forms._between_group), and "the larger number of
  Tensix cores" read as "more Tensix cores" (parse.rewrites._number_of_units_as_most): it had
  answered each card's count with no leader;
- a comparator of 'more' ("exceed", "higher than") between a chip's claim and its baseline, no
  number: the claim's baseline (parse.forms._claim_words); 'less' is refused (a claim says its chip
  is the better).

Casual verbs, as labels in the graph and words.tsv (no Python word lists): "eat", "guzzle" (power),
"stitch" (interconnect), "stack up" (compare), "moves data" (bandwidth; "in and out of its memory"
makes it the memory's: parse.walk), "these days" (a filler of the present, as "today"), a terse
question's trailing "yes/no" (parse.forms._trailing_yes_no), and "how many GPUs can <chip> connect"
(the chip's scale out, parse.rewrites._chip_joins).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

GRAYSKULL_E75 = "Tenstorrent Grayskull e75"
GRAYSKULL_E150 = "Tenstorrent Grayskull e150"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Comparing memory capacities, does the Groq LPU have more SRAM than NorthPole?", False),
        ("comparing clock speeds, is the M4 faster than the Groq LPU?", True),
        ("Comparing stated power, does the e150 draw more than the e75?", True),
        ("comparing capacities, is Trillium's HBM larger than Gaudi 3's?", False),  # 128 GB each
        # a lead-in of another measure than the comparison's is refused, not dropped
        ("comparing power, is the Groq LPU's SRAM larger than NorthPole's?", REFUSE),
        ("comparing bandwidth, is the Groq LPU's SRAM larger than NorthPole's?", REFUSE),
    ],
)
def test_a_lead_in_of_comparing_names_the_measure_compared(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Between the Grayskull cards, which has fewer Tensix cores?", [GRAYSKULL_E75]),
        ("between both Grayskull models which one has more Tensix cores", [GRAYSKULL_E150]),
        ("which Grayskull model has the greater number of Tensix cores?", [GRAYSKULL_E150]),
        ("of the Groq LPU and NorthPole, which has the smaller number of cores?", ["IBM NorthPole"]),
        # a number that is not the name's number of chips is no group said
        ("between the three Grayskull models, which one has more Tensix cores?", REFUSE),
        # "between" before numbers stays a range
        ("which chips have between 90 and 100 Tensix cores?", [GRAYSKULL_E75]),
    ],
)
def test_the_leader_within_a_named_group(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("by what factor does Trainium2's training performance exceed the previous generation?", "4"),
        ("by what factor is the MTIA v2's dense compute higher than the MTIA v1's?", "3.5"),
        ("by what factor does the MTIA v2's memory capacity exceed the previous generation's?", "2"),
    ],
)
def test_a_comparator_of_more_before_a_baseline_asks_the_claim(ask_json, question, value):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [float(v) for v in column(data, "stated_value")] == [float(value)], data


@pytest.mark.parametrize(
    "question",
    [
        # a claim says its chip is the better: 'lower' would turn it round
        "by what factor is the MI350's inference performance lower than the MI300's?",
        # the baseline claims nothing against the chip
        "by what factor is the MI300's inference performance higher than the MI350's?",
    ],
)
def test_a_claim_turned_round_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which of the Grayskull cards eats more power?", [GRAYSKULL_E150]),
        ("which chip guzzles the least power?", ["Mythic M2000"]),
        (
            "which chips are stitched together with a die-to-die interconnect?",
            {"Intel Gaudi 3", "Nvidia Blackwell GPU"},
        ),
        ("how do the M4 and the Groq LPU stack up on clock speed?", {"up to 3.5 GHz", "1.2 GHz"}),
        ("which chip moves data to and from memory fastest?", {"Google Trillium TPU", "Intel Gaudi 3"}),
        ("which chip has the lowest bandwidth to its memory?", ["Apple M4"]),
        ("which chips are made on 4nm these days?", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"}),
        ("northpole int4 yes/no", True),
        ("m4 tsmc y/n", True),
    ],
)
def test_casual_verbs_read_as_the_measure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "does AMD eat into Nvidia's market share?",  # a share lessened, no power
        "which chip eats the most SRAM?",  # SRAM has no power
        "which chips stitch their dies together?",  # no link named
        "how does the Groq LPU stack up?",  # nothing to compare with
        "which chip moves data the fastest?",  # of a memory or a link?
        "which chip has the highest bandwidth and the most memory?",  # two measures, not the memory's bandwidth
        "how many days does it take to train on Trainium2?",  # "days" alone is no filler
        "which chips support bf16 yes/no",  # a list asked yes or no
        "groq lpu bfloat16 no",  # a bare "no" is a negation, no form
    ],
)
def test_near_misses_of_the_casual_verbs_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_how_many_a_chip_can_connect_is_its_scale_out(ask_json):  # noqa: ANN001
    data = answered(ask_json, "how many GPUs can Blackwell's NVLink connect?")
    assert [float(v) for v in column(data, "stated_value")] == [576.0], data
    data = answered(ask_json, "how many chips can Trainium2 connect?")
    assert [float(v) for v in column(data, "stated_value")] == [100000.0], data


@pytest.mark.parametrize(
    "question",
    [
        "how many GPUs can NVLink hook up?",  # no chip: how far a technology reaches
        "how many TPUs can Blackwell hook up?",  # Blackwell is no TPU
    ],
)
def test_how_many_a_technology_connects_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
