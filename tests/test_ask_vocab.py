"""Vocabulary of careful analysts' questions: words ask did not know, each decided by its meaning.

- A word that changes nothing (a hedge about the source, an instruction the answer always honors) is
  read as such, in the shapes analysts write it: a last clause after a comma that only says how to
  answer (", keeping its qualifier?", read so only where the question asks one chip's figure or a
  report of one name: in a list the hedge kept may be the question's own "over"); a section cited "as the Azure section puts it" or "(see the
  Future Prospects section)", as "per the Azure section"; "per its internal testing", "generally
  speaking", "I mean".
- A synonym of a property, class or scope is a label or a words.tsv role with its mechanism: "when"
  asks a year (only a production year answers), "scheduled to go into production"; "platform level" a
  system scope; "industry group" a consortium; "model serving throughput"; "houses", "exposes" verbs of
  holding; "(a per-card figure is fine)", "(... where that is all the article gives)" admit that
  scope's figure; "earlier" the previous generation of a claim's baseline.
- Found on the way (wrong on main): "how many of the 3 chips with the most SRAM are made by TSMC"
  listed the top TSMC chips; "the figure for the dual-chip device" read 'dual' as a top 2. Refused.
- A word that can change the answer and that the graph cannot express stays unknown: refused,
  naming it ("around" 7nm, "double", "thousands", "percentage", "together", "invest", "leaving out";
  "cloud" was one until ck:CloudPlatform told a cloud from SambaNova's own platform).

tests/ask_vocab_questions.csv: 150 new analyst questions written before the tuning (79 right, 58
refused at the start, and 3 answers judged wrong that were the writer's mistakes, fixed: the Ryzen
9000 series is also "not meant for data center scale", the H100 is Nvidia's too, two 128 GB tied);
judged by the held-out judge: none wrong, must-refuse rows refused, right at least the floor.
"""

from __future__ import annotations

from collections import Counter

import pytest
from ask_expect import REFUSE, check, judged
from test_ask_heldout import _rows

ROWS = _rows("ask_vocab_questions")
#: right answers over the answerable rows: 79/140 at the start (82 with the writer's slips fixed), 106 now
FLOOR = 0.75


def test_the_question_file_is_whole():
    assert len(ROWS) == 150
    assert sum(r["shape"] == "refuse" for r in ROWS) == 10


def test_vocab_questions_never_wrong_and_at_least_the_floor(ask_json):  # noqa: ANN001
    verdicts = judged(ask_json, "ask_vocab_questions")
    wrong = [(r["question"], out[:200]) for r, v, out in verdicts if v == "wrong"]
    assert not wrong, wrong
    answerable = [v for r, v, _ in verdicts if r["shape"] != "refuse"]
    counts = Counter(answerable)
    assert counts["right"] >= FLOOR * len(answerable), counts


CASES: list[tuple[str, object]] = [
    # a last clause after a comma that only says how to answer
    ("What SRAM capacity does the article give for the d-Matrix Corsair C8, keeping the unit?", "2 GB"),
    (
        "What transistor count does the article report for the Cerebras CS-3, keeping the hedge exactly as stated?",
        "4 trillion",
    ),
    (
        "What memory bandwidth does the article give for the Apple M4, keeping its qualifier?",
        "LPDDR5X, off-chip, bandwidth up to 100 GB/s",
    ),
    ("What transistor count does the article report for the Cerebras CS-3, keeping only the first digit?", REFUSE),
    ("What transistor count does the article give the Apple M4, keeping the 'over'?", (REFUSE, "lower bound")),
    # of one chip's figure only: in a list the hedge kept may be the question's own "over"
    ("Which chips have more than 100 billion transistors, keeping the hedges?", REFUSE),
    ("What transistor count does the article give the Adreno 750, with the hedge kept?", "over 10 billion"),
    # a section cited as where the answer was read
    ("What die area does the article give for NorthPole, as the IBM section describes it?", "800 mm², per die"),
    ("What HBM capacity does the article give for the Trainium2, as the AWS section states?", "96 GB"),
    ("What is the Groq LPU's clock speed (see the Groq section)?", "1.2 GHz"),
    ("What is the Groq LPU's clock speed (see the Groq section and the Mythic one)?", (REFUSE, "'see'")),
    ("Which chips see the Groq section?", (REFUSE, "'see'")),
    # "when": a year, which only a production year answers
    ("When is the AMD Instinct MI350 due to go into production, per the article?", "2025"),
    ("When does the Trainium2 reach 650 teraFLOPS?", (REFUSE, "production year")),
    ("When did Intel acquire Habana Labs?", (REFUSE, "production year")),
    # scopes, holding verbs, admitted scopes, source hedges
    (
        "What serving throughput gain does Meta claim for the MTIA v2 at the platform level?",
        "6 x, serving throughput, vs Meta MTIA v1, per system (vendor claim)",
    ),
    ("What model serving throughput gain does Meta claim for the MTIA v2 per chip?", REFUSE),
    ("How much DDR5 does the SN40L house?", "1.5 TB"),
    ("Which chips house LPDDR5X?", {"Apple M4"}),
    ("Which chips expose a PCIe 2.0 host interface?", {"Mythic M2000"}),
    (
        "What power does the article give the Qualcomm Cloud AI 100 Ultra (a per-card number is fine)?",
        "150 W, per card",
    ),
    ("Which industry group is Google part of, per the article?", {"UXL Foundation"}),
    ("How much SRAM does the MTIA v2 integrate, generally speaking?", "256 MB"),
    # meaning-changing words stay refused, named
    ("Which chips are built on around 7nm?", (REFUSE, "'around'")),
    ("Which chips have double the HBM of the SN40L?", (REFUSE, "'double'")),
    ("Which chips scale to thousands of units?", (REFUSE, "'thousands'")),
    # "percentage" is read since (of a figure stated in percent: test_ask_analyst26); refused still
    ("By what percentage is the Maia 100's transistor count higher than NorthPole's?", REFUSE),
    ("What is the SRAM of the e75 and e150 together?", (REFUSE, "'together'")),
    ("Which companies invest in Groq?", (REFUSE, "'invest'")),
    ("Which chips are made on a 7nm process, leaving out the Cerebras CS-3?", (REFUSE, "'leaving out'")),
    # "cloud" is a word of ck:CloudPlatform: the chips on a cloud platform, not SambaNova's own (l.133)
    ("Which chips run in the cloud?", {"AWS Trainium2", "Google Trillium TPU", "Microsoft Maia 100"}),
    ("Which chips were released earlier than the MI350?", REFUSE),
    # found on the way: a count within a top few listed the top chips that meet the condition (the
    # top 3 by SRAM are the C8, MTIA v2 and NorthPole, none TSMC's; it listed the AI 100 Ultra and
    # the Groq LPU); 'dual' of "the dual-chip device" read as a top 2 of the one chip named
    ("how many of the 3 chips with the most sram are made by tsmc?", (REFUSE, "within the top 3")),
    ("How many of the two chips with the most HBM are built on 5nm?", REFUSE),
    ("What is the SN40L's core count, the figure for the dual-chip device?", (REFUSE, "top 2 of 1")),
    ("which 2 of the groq lpu, northpole and gaudi 3 have the most sram?", ["IBM NorthPole", "Groq LPU"]),
    ("the top 3 chips by sram", ["d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"]),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_vocabulary(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
