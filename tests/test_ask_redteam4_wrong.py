"""Wrong answers (exit 0) red team 4 found in ``chipkg ask`` (/work/brief/redteam4-wrong.md, classes
R2-R9, R12, R13), each fixed by its mechanism: the report's questions, paraphrases,
and near misses that must still be answered right (article line numbers given).

- R2: "strictly", "merely", "just" (fillers) dropped an exclusivity: "which chips are strictly for
  inference" listed the chips that also train (CS-3, l.143; SN40L, l.133).
- R3: a word the graph does not record ("large", "available", "nominal", "host interface") was all
  the question said of the chips: the list held every chip, or every chip with the figure.
- R4: "foundation models" read as "designed by a consortium" (the hidden label "foundation").
- R5: "is the H100 in the megacap section" read as "designed by a megacap player" (true).
- R6: "who makes HBM" named the designers of the chips that use HBM as its makers.
- R7: "a 4-card AI 100 Ultra setup" read "4" as "top 4" and answered the 2-card figure (l.105).
- R8: false refusals: Gaudi 3's SRAM said to be given "per core or tile" only (it has 96 MB per chip),
  "is Gaudi 3 not made on 5nm" "not said" (l.53).
- R17: "how many chips per foundry" dropped the hedge note the plain count carries.
- R9: "what runs on the Maia 100" answered what the Maia 100 runs on (Azure, l.81).
- R12: "tiles" counted any compute unit: the CS-3's 900,000 cores were its "tiles" (l.139).
- R13: "processing capability" read as the process node, "processing power" as watts.

R2, R3, R6 and R12 are fixed by mechanism in test_ask_redteam7.py, whose cases hold the report's
questions too: a case is in one file only; those of these classes left here are near misses of
their own or questions expected there with another expectation (the words of the refusal).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

R2: list[tuple[str, object]] = [
    ("which chips are strictly for inference", REFUSE),
    # near misses: "just" that restricts nothing; "not just" in a parenthesis
    (
        "which chips use hbm, just curious",
        {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"},
    ),
    ("what is just the process node of gaudi 3", "5nm"),
]

R3: list[tuple[str, object]] = [
    ("which chips are for large-scale deployments", REFUSE),
    ("which chips have a host interface", REFUSE),
    ("which chips have bidirectional bandwidth", REFUSE),
    ("which chips have a nominal clock", REFUSE),
    ("which chips have a typical power consumption", REFUSE),
    ("which chips have an estimated transistor count", REFUSE),
    ("which chips are available", REFUSE),
    ("how many platforms use hbm", REFUSE),
    # near misses: the figure of one chip (shown with its hedge), a stated figure, every chip asked
    ("what is northpole's nominal clock", "nominal 400 MHz"),
    (
        "which chips have a stated clock speed",
        {
            "Apple M4",
            "Groq LPU",
            "IBM NorthPole",
            "Meta MTIA v2",
            "Tenstorrent Grayskull e150",
            "Tenstorrent Grayskull e75",
        },
    ),
    ("how many chips does the article mention", "24"),
]

R4: list[tuple[str, object]] = [
    ("which chips are for foundation models", (REFUSE, "foundation models")),
    ("is trillium for foundation models", (REFUSE, "foundation models")),
    ("does trillium support foundation models", (REFUSE, "foundation models")),
    # near miss: the consortium is still a foundation
    ("which chips power gemini", {"Google Trillium TPU"}),
]

R6: list[tuple[str, object]] = [
    ("who makes hbm", REFUSE),
    # near miss: a chip named (chips said: MAKERS of test_ask_redteam7.py)
    ("who makes the groq lpu", {"Groq", "TSMC"}),
]

R7: list[tuple[str, object]] = [
    ("what's the model size of a 4-card ai 100 ultra setup", REFUSE),
    ("what's the model size of a 3-card ai 100 ultra setup", REFUSE),
    # near misses: the stated dual-card and single-card figures
    ("what's the model size of a 2-card ai 100 ultra setup", "175 billion, per system, across 2 cards"),
    ("what model size can two ai 100 ultra cards handle", "175 billion, per system, across 2 cards"),
    ("what is the max model size of one ai 100 ultra card", "up to 100 billion, per card"),
]

R9: list[tuple[str, object]] = [
    ("what runs on the maia 100", REFUSE),
    ("what runs on trillium", REFUSE),
    ("which applications run on the maia 100", REFUSE),
    # near misses: the chip as the verb's subject; an organization asked for
    ("what does the maia 100 run on", "Microsoft Azure"),
    ("which chips run on azure", {"Microsoft Maia 100"}),
    ("what powers gemini", {"Google Trillium TPU"}),
    ("what company is behind grayskull?", {"Tenstorrent"}),
]

R13: list[tuple[str, object]] = [
    (
        "what is the processing capability of the m4",
        {"7.5 TFLOPS, on Apple M4 GPU, peak", "38 TOPS, on Apple M4 Neural Engine"},
    ),
    ("which chips do processing", REFUSE),
    # near misses: the node asked as a node; processing units are compute units
    ("what is the process node of gaudi 3", "5nm"),
    ("how many processing units does the groq lpu have", "thousands (over 1,000 independent processing units)"),
]

R5: list[tuple[str, object]] = [
    ("is the h100 in the megacap section", REFUSE),  # named only in the d-Matrix section (l.173)
    ("which chips are in the megacap players section", REFUSE),
    ("how many chips does the megacap section cover", REFUSE),
    ("which chips are in the unicorn startups section", REFUSE),
    # near miss: the designer's kind asked as such
    ("is the h100 designed by a megacap player", True),
]

# false refusals that state a falsehood about what the article gives
R8: list[tuple[str, object]] = [
    ("which has less sram, gaudi 3 or the ai 100 ultra", "Intel Gaudi 3"),  # 96 MB per GPU (l.53), 144 MB (l.103)
    ("is gaudi 3 not made on 5nm", False),  # l.53
    ("is trillium not designed by google", False),
    # near misses
    ("is gaudi 3 not made on 7nm", True),
    ("which chip has the least sram", REFUSE),  # the M2000's SRAM is per tile only
    # "groq" in a list of named chips compared is its one chip, the Groq LPU
    ("which chip has the least sram among gaudi 3, groq and northpole", "Intel Gaudi 3"),
    ("which chip has the most sram among groq, northpole and the ai 100 ultra", "IBM NorthPole"),
]

CASES = R2 + R3 + R4 + R5 + R6 + R7 + R8 + R9 + R13


def test_cases_collected():
    assert len(CASES) == 48


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_4_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question", ["what is the processing power of the cs-3", "what is the processing power of gaudi 3"]
)
def test_processing_power_is_performance_not_watts(ask_json, question):  # noqa: ANN001
    code, stdout = ask_json(question)
    assert code == 0, stdout[:300]
    assert '"reading": "the performance of' in stdout


@pytest.mark.parametrize("question", ["how many chips per foundry", "how many chips per process node"])
def test_group_counts_keep_the_hedge_note(ask_json, question):  # noqa: ANN001
    """R17: a count per group rests on the same hedged fact as the plain count ("how many chips does
    TSMC make": the Adreno 750's TSMC 4nm is said of the Adreno GPUs in general, l.97) and says so."""
    import json

    code, stdout = ask_json(question)
    assert code == 0, stdout[:300]
    assert "counted by a hedged fact: Qualcomm Adreno 750" in json.loads(stdout)["reading"]
