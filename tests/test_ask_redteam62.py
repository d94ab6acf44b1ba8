"""Red team 62: 51 questions answered wrong at 2cb23ea (exit 0), each now refused or answered right,
with the near misses that must keep their answers. Report: the session 40 closing note.

Article lines: MTIA v1/v2 l.87-91 (v1 gives no figures); Trainium l.75 ("over its predecessor");
transistors l.113 (NorthPole 22 billion), l.153 (Groq over 20 billion); NorthPole's 8-, 4- and 2-bit
precisions l.113 (read as INT8/INT4/INT2: ibm.ttl hedge note); Adreno 750 data centres l.97 ("highly
unlikely": qualcomm.ttl hedge note); FLOPS l.141 (CS-3 2.6 PFLOPS), l.173 (Corsair up to 9,600
TFLOPS, vendor claim); clocks l.89 (MTIA v2 1.35 GHz), l.119 (M4 up to 3.5 GHz); power l.165 (M2000
about 4 W), l.183 (e75 75 W).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "what was the clock speed of the original MTIA?",  # v2's 1.35 GHz was answered
        "original MTIA clock",
        "what was the original MTIA's power?",
        "how many processing elements did the original MTIA have?",
        "hey what was the original MTIA's memory?",
        "what's the original TPU's hbm?",  # Trillium's 128 GB
        "original adreno transistors",  # the Adreno 750's
    ],
)
def test_the_original_of_a_line_is_its_first_generation(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_the_original_trainium_is_still_the_first_trainium(ask_json):  # noqa: ANN001
    assert answered(ask_json, "is trainium2 the successor of the original trainium?")["boolean"] is True


@pytest.mark.parametrize(
    "question",
    [
        "how many more transistors does NorthPole have than the Groq LPU?",  # both figures listed
        "how many more Tensix cores does the e150 have than the e75?",
        "how many fewer transistors does Maia 100 have than Blackwell?",
        "how many more watts does the e150 draw than the MTIA v2?",
        "how much less power does the e75 use than the e150?",  # the e75's 75 W answered as the difference
        "how much lower is NorthPole's clock than the Groq LPU's?",
        "how much smaller is the Groq LPU's SRAM than the MTIA v2's?",
    ],
)
def test_a_difference_of_two_figures_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "difference")


@pytest.mark.parametrize(
    "question",
    [
        "how much higher is the MI350's inference performance than the MI300's?",  # up to 35 times (l.47)
        "which has more sram, groq lpu or northpole?",
    ],
)
def test_a_claimed_multiple_or_a_comparison_still_answers(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # NorthPole's INT8 is the graph's reading of its 8-bit precision (ibm.ttl, ck:readingOnly)
        ("which chips explicitly support INT8?", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
        ("which chips does the article explicitly say support INT8?", ["Groq LPU", "Qualcomm Cloud AI 100 Ultra"]),
        ("how many chips explicitly support INT8?", ["2"]),  # 3 was answered
    ],
)
def test_said_explicitly_leaves_out_the_graphs_reading(ask_json, question, expected):  # noqa: ANN001
    assert sorted(first_column(answered(ask_json, question))) == sorted(expected)


@pytest.mark.parametrize(
    "question",
    [
        "which chips explicitly support INT4?",  # NorthPole alone, by its 4-bit width
        "which formats does NorthPole explicitly support?",
        "how many formats does the article explicitly attribute to NorthPole (not inferred from bit widths)?",
    ],
)
def test_said_explicitly_of_only_the_graphs_reading_is_absent(ask_json, question):  # noqa: ANN001
    code, _stdout = ask_json(question)
    assert code == 1


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips support INT8?", 3),  # the plain question counts NorthPole, with its hedge shown
        ("which chips are not suitable for data centers?", 3),
        # a hedge of degree or scope is in the article's words: shown with its hedge, as the held-out
        # sets' writers read "explicitly" (sets 1, 12, 19, 35: the Adreno 750 ruled out; 5, 20, 33: by TSMC)
        ("which chips are clearly ruled out for data centers?", 3),
        ("which chips are explicitly made by TSMC?", 5),
        ("which chips does tsmc actually make in this article?", 5),
        ("which chips explicitly use HBM?", 5),  # no hedge note: HBM is stated of the MI350 (l.47)
    ],
)
def test_without_the_graphs_reading_the_answer_stands(ask_json, question, expected):  # noqa: ANN001
    assert len(first_column(answered(ask_json, question))) == expected


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("which chip has the highest TFLOPS, as a firm figure?", "Cerebras CS-3"),  # not the Corsair's claim
        ("which chip has the most TFLOPS, counting only concrete figures?", "Cerebras CS-3"),
        ("which chip has the highest clock speed, as a firm figure?", "Meta MTIA v2"),  # not the M4's 'up to'
        ("which chip draws the least power, as a firm figure?", "Tenstorrent Grayskull e75"),  # not 'about 4 W'
    ],
)
def test_a_firm_figure_is_an_unhedged_one(ask_json, question, top):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == [top]


@pytest.mark.parametrize(
    "question",
    [
        "which chip has the highest INT8 performance, as a firm figure?",
        "which chip has the highest definite INT8 throughput?",
    ],
)
def test_a_firm_figure_with_one_candidate_left_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_a_partner_of_the_designer_is_not_ruled_out(ask_json):  # noqa: ANN001
    """ "Microsoft with OpenAI" (l.15): the article neither says nor rules out OpenAI's hand in the Maia
    100, as it does not for Habana Labs and the Gaudi 3 (Intel acquired it); "false" was answered."""
    refused(ask_json, "is the Maia 100 designed by OpenAI?", "does not say")
    refused(ask_json, "is gaudi 3 designed by habana labs?", "does not say")
    assert answered(ask_json, "is the Maia 100 designed by Nvidia?")["boolean"] is False
