"""``chipkg ask``: kinds of analyst parenthesis set 39 (blind when scored, read afterwards) refused,
read as classes, with what must still be refused beside each.

- a scope set aside by a word of summing: "(not anything aggregated across an EC2 UltraCluster)",
  "(not anything summed over a cluster)": per-chip figures (asides._negated_scope);
- a claim against the chip's line set aside: "(not the 'doubling' relative to its predecessor)",
  "(not the increase over the previous generation)": checked absent from what the answer rests on
  (remarks._relative_claim);
- chips or memories with no figure left out, said first or last: "(leaving aside any memory whose
  capacity is not given)", "(chips whose LPDDR capacity is not given are left aside)": what a list
  or ranking of that figure does anyway, checked (remarks.figureless_left_out, checks._chips_left_out).

Figures: Trainium2 650 teraFLOPS FP16 per chip (l.75); MTIA v2 256 MB SRAM (l.89); HBM capacities:
Gaudi 3, Trillium, Trainium2, SN40L (MI350's HBM has none, l.47); LPDDR capacities: Corsair 256 GB,
Grayskull 8 GB (l.173, 183).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check

HBM_SIZED = {"Intel Gaudi 3", "Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"}


@pytest.mark.parametrize(
    "question",
    [
        "What per-accelerator FP16 throughput does the article attribute to AWS Trainium2 (the per-chip figure, "
        "not anything aggregated across an EC2 UltraCluster)?",
        "What FP16 throughput does Trainium2 reach (not anything summed over a cluster)?",
        "What FP16 performance does Trainium2 reach (not any figure aggregated across a cluster)?",
    ],
)
def test_a_sum_over_a_cluster_set_aside_asks_the_per_chip_figure(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [b["chip"]["value"] for b in data["results"]["bindings"]] == ["AWS Trainium2"]
    assert "650" in data["results"]["bindings"][0]["figure"]["value"]
    assert "per chip" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "As stated in the article, what is the on-chip SRAM capacity of Meta's MTIA v2 (the figure itself, not the "
        "'doubling' relative to its predecessor)?",
        "what is the SRAM capacity of MTIA v2 (not the increase over the previous generation)?",
        "what is the SRAM capacity of MTIA v2 (not the comparison with its predecessor)?",
    ],
)
def test_a_claim_against_the_predecessor_set_aside_leaves_the_figure(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert [b["figure"]["value"] for b in data["results"]["bindings"]] == ["256 MB"]


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "Which chips have a stated HBM capacity in the article (counting HBM3 as HBM, and leaving aside any "
            "memory whose capacity is not given)?",
            HBM_SIZED,
        ),
        ("Which chips have a stated HBM capacity (leaving aside any memory whose capacity is not given)?", HBM_SIZED),
        (
            "Which chip has the largest LPDDR capacity (chips whose LPDDR capacity is not given are left aside)?",
            "d-Matrix Corsair C8",
        ),
    ],
)
def test_figureless_left_out_said_first_or_last(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the list does not rest on a capacity: the set-aside would narrow it
        "Which chips use HBM (leaving aside any memory whose capacity is not given)?",
        # the question asks the claim the parenthesis sets aside
        "how does MTIA v2 compare to its predecessor (not the increase over the previous generation)?",
        # Gaudi 3's FP8 figures are per node and per cluster only
        "What FP8 performance does Gaudi 3 reach (not any figure aggregated across a cluster)?",
        # an exclusion of chips by a negated relation is no figure left out
        "Which chips use HBM (excluding chips whose foundry is not TSMC)?",
        "Which chips use HBM, excluding chips whose foundry is not TSMC?",
    ],
)
def test_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question,expected",
    [
        (
            "which accelerators does the article position for edge AI applications, whether or not it also "
            "pitches them for data centres?",
            {"Mythic M2000", "Tenstorrent Grayskull e75", "Tenstorrent Grayskull e150"},
        ),
        (
            "Which chips target data centers, whether or not the article also pitches them for edge use?",
            {
                "AMD Instinct MI350",
                "Groq LPU",
                "Microsoft Maia 100",
                "Qualcomm Cloud AI 100 Ultra",
                "Tenstorrent Grayskull e75",
                "Tenstorrent Grayskull e150",
            },
        ),
    ],
)
def test_whether_or_not_of_another_value_of_the_same_property_is_dropped(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which startup chips use SRAM, startup or not?",  # the thing itself named again
        "Which chips have over 100 MB of SRAM, whether or not the figure is per chip?",  # which figures count
    ],
)
def test_whether_or_not_still_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
