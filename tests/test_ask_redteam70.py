"""Red team 70 (1,050 questions at f73a368; 87 wrong, 41 with exit 0, 46 with a false reason).

- TIED-WITH: "Which chip is tied with the Groq LPU on clock speed?" dropped the tie and printed the
  Groq LPU's own figure (25 wrong, exit 0); "Is Gaudi 3 tied with Trainium2 on HBM capacity?" was read
  as both having HBM. A tie with a named chip is refused (ask does not look for equal figures).
- SET-ASIDE before the question or with no comma: "Do not count Intel's 128 GB. Which chips have
  HBM?", "top 3 chips by HBM excluding Intel's 128 GB" were read as "not designed by Intel and HBM =
  128 GB" (Trillium alone answered). Now read as the figure set aside.
- POWER-VERB: "What is the MTIA v2 meant to power?" said "The article gives no used for ..."; now a
  refusal naming what the article says each chip is for. "Which Microsoft chip powers Copilot?" said
  no chip fits; now the refusal names the Maia 100's support of Copilot (l.81).
- RIDER: "taking NorthPole's 'over 200 TOPS' as 200 TOPS" beside TOPS of any precision was denied on
  its 800 TOPS at 2-bit; the rider holds when one of the chip's figures is stated so (l.113).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused


@pytest.mark.parametrize(
    "question",
    [
        "Which chip is tied with the Groq LPU on clock speed?",
        "Which chip ties the Groq LPU for clock speed?",
        "Which chip does the Groq LPU tie with on clock speed?",
        "Which chips are tied with the e150 on clock speed?",
        "List chips tied with Trillium on HBM capacity.",
        "Which chip is tied with the Groq LPU?",
        "Is Gaudi 3 tied with Trainium2 on HBM capacity?",
        "Which chip is tied with MTIA v2 on power?",
    ],
)
def test_a_tie_with_a_named_chip_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "same figure as another")


def test_a_tie_at_the_top_still_answered(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which chips tie for the most HBM?")
    assert sorted(column(data)) == ["Google Trillium TPU", "Intel Gaudi 3"]  # 128 GB each (l.55, l.63)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Do not count Intel's 128 GB. Rank the chips by HBM capacity.",
            ["Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"],
        ),
        (
            "Which are the top 3 chips by HBM excluding Intel's 128 GB?",
            ["Google Trillium TPU", "AWS Trainium2", "SambaNova SN40L"],
        ),
        ("Do not count Meta's 256 MB. Which chip has the second most SRAM?", ["IBM NorthPole"]),
        (
            "Which are the top 3 chips by clock excluding Apple's 3.5 GHz?",
            ["Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e150"],
        ),
        (
            "Do not count Groq's 1.2 GHz. Rank the chips by clock speed.",
            ["Apple M4", "Meta MTIA v2", "Tenstorrent Grayskull e150", "Tenstorrent Grayskull e75", "IBM NorthPole"],
        ),
    ],
)
def test_an_organizations_figure_set_aside_before_or_without_a_comma(ask_json, question, expected):  # noqa: ANN001
    assert column(answered(ask_json, question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Do not count Tenstorrent's 200 W. How many chips draw at least 75 W per chip?", "2"),
        ("Excluding Qualcomm's 150 W: how many chips draw under 100 W?", "3"),
        ("Do not count Intel's 96 MB. How many chips have more than 90 MB of SRAM?", "5"),
    ],
)
def test_a_count_after_a_leading_set_aside(ask_json, question, expected):  # noqa: ANN001
    assert count_of(ask_json, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Do not count Intel's 128 GB. Which chips have HBM?",  # no measure compared: the set aside unread
        "Which chips have HBM excluding Google's 128 GB?",
    ],
)
def test_a_set_aside_beside_no_measure_refused(ask_json, question):  # noqa: ANN001
    data = refused(ask_json, question)
    assert "fits" not in data["reason"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what is the MTIA v2 meant to power?", "ranking and recommendation"),
        ("What is the Maia 100 designed to power?", "Microsoft Copilot"),
        ("What models does the SN40L power?", "large language models"),
        ("Which Microsoft chip powers Copilot?", "Microsoft Maia 100: supports application Microsoft Copilot"),
    ],
)
def test_what_a_chip_powers_refused_with_what_it_is_for(ask_json, question, said):  # noqa: ANN001
    data = refused(ask_json, question, said)
    assert "gives no" not in data["reason"] and "fits" not in data["reason"]


def test_the_one_chip_used_for_a_model(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "Which chips does Google use to power Gemini?")) == ["Google Trillium TPU"]


def test_a_rider_naming_one_of_several_figures(ask_json):  # noqa: ANN001
    data = answered(
        ask_json, "How many chips reach at least 200 TOPS (so NorthPole's 'over 200 TOPS' counts as 200 TOPS)?"
    )
    assert data["results"]["bindings"][0]["count"]["value"] == "3"  # Groq LPU, AI 100 Ultra, NorthPole
    data = answered(ask_json, "Which chip has the least TOPS, taking NorthPole's 'over 200 TOPS' as 200 TOPS?")
    assert column(data) == ["Mythic M2000"]


def test_a_rider_naming_none_of_several_figures_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chip has the least TOPS, taking NorthPole's 'over 300 TOPS' as 300 TOPS?", "does not hold")


def test_the_mtia_family_name_is_both_generations(ask_json):  # noqa: ANN001
    # "Meta Training and Inference Accelerator" (l.85) names MTIA v1 and v2, as "MTIA" does; it was read
    # as the workloads training and inference
    data = answered(ask_json, "How much power does the Meta Training and Inference Accelerator use?")
    assert column(data, "chip") == ["Meta MTIA v2"]
    assert "Meta MTIA v1" in data["reading"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What will the Maia 100 be powering?", "Microsoft Copilot"),
        ("What is Trillium powering?", "reads as a verb"),
    ],
)
def test_powering_is_no_power_draw(ask_json, question, said):  # noqa: ANN001
    data = refused(ask_json, question, said)
    assert "gives no power" not in data["reason"]


def test_what_models_a_chip_is_powering(ask_json):  # noqa: ANN001
    assert column(answered(ask_json, "What models is Trillium powering?")) == ["Gemini"]
