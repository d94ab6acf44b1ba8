"""Red team 52 (session 33, 498 questions on 209affe, 344 answered, 27 wrong): the wrong answers'
classes, each fixed.

- F1: "taking ... at face value" was an aside dropped whole, a premise in it too: "taking the Groq
  LPU's 1 TB of HBM at face value" (it has no HBM, l.153) and "taking Intel as a hyperscaler at face
  value" (l.15) were answered as if unsaid. An aside that names a chip, an organization, a kind of
  them or a number is a premise, not a way of reading figures: left to the reading, refused
  (parse.asides._premise_word). The ways of reading figures ("taking 'up to' figures at face value")
  are dropped as before; one chip's hedged figure read as stated ("taking the M4's 'up to 3.5 GHz' CPU
  figure at face value", "Treat the M2000's 'approximately' as close enough.") is a rider whose
  premise is checked (parse.riders._face_value_premise), in a last sentence too (_LAST_SENTENCE).
- F2: "which chips have figures?", "which merely mentioned chips have a stated figure?" dropped the
  noun and listed every chip (the six mentioned ones have no figure at all). Refused where no
  figure is named (parse.checks._figure_unnamed).
- F3: "which chips have an approximate figure?" answered with the hedged-figures report, AMD's and
  Nvidia's market shares among its rows (l.13). The kind the question asks the rows of keeps only
  rows about that kind (Frame.report_kind, answer._report); red team 53 found sections kept, and a
  label that names a section and a company alike ("Meta", "Nvidia"): such a row is refused.
- F4: "the performance of a CS-3 system" dropped "system" and gave the cluster's 256 exaflops (l.143);
  "the power of a Mythic M2000 card" gave the chip's figure as a card's. "a" before a chip's name
  and a scope's noun asks for that scope's figure, as "one" and "a single" do (parse.asides.ONE).
- F5: "which chip or system has the most FLOPS?" compares per-chip and per-system figures and left
  out the node's and the clusters' without a word; the reading names them as "which chip has the
  most FLOPS?" does (answer._beyond_unranked).
- Minor: "which chips have an INT8 number?" listed NorthPole without the note that its INT8 is the
  graph's reading of "8-bit" (l.113): a figure at a precision rests on the format (answer._hedged_props).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column, rows


@pytest.mark.parametrize(
    "question",
    [
        "taking the Groq LPU's 1 TB of HBM at face value, which chip has the most HBM?",
        "taking Nvidia's Habana acquisition at face value, who acquired Habana Labs?",
        "taking the M4's 100 TOPS at face value, which chips exceed 50 TOPS?",
        "taking the Groq LPU as a GPU at face value, how many GPUs are profiled?",
        "taking Intel as a hyperscaler at face value, how many hyperscalers are there?",
        "treating the Mythic M2000 as a 7nm chip at face value, how many chips are on 7nm?",
        "taking the CS-3's 1,200 TB at face value, which chip has the most memory?",
    ],
)
def test_f1_a_premise_at_face_value_is_not_dropped(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # ways of reading figures: dropped as before
        ("taking 'up to' figures at face value, which chip has the highest clock speed?", "Apple M4"),
        ("taking hedged figures at face value, which chip has the most transistors?", "Cerebras CS-3"),
    ],
)
def test_f1_a_way_of_reading_figures_is_dropped(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which merely mentioned chips have figures?",
        "which merely mentioned chips have a stated figure?",
        "how many merely mentioned chips have figures?",
        "do any merely mentioned chips have figures?",
        "which chips have figures?",
        "which chips have stated numbers?",
        "which chips have a figure stated as about?",
    ],
)
def test_f2_a_figure_unnamed_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "does not say which"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which chips have a stated power figure?", 5),
        ("which chips have figures for power?", 5),
    ],
)
def test_f2_a_figure_named_is_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_f3_rows_of_the_kind_asked(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips have an approximate figure?")
    assert set(column(data)) == {"Apple M4", "Mythic M2000"}  # l.119, 165
    assert "chips only" in data["reading"]
    # "Nvidia" names the company and its section alike: which rows are the company's is not told
    check(ask_json, "which companies have approximate figures?", (REFUSE, "the name of an organization"))
    # a report with rows about figures and sections (the slips): which concern chips is not told
    check(ask_json, "which chips have slips?", (REFUSE, "not about one chip or organization"))
    # the report asked as such keeps every row
    assert {"AMD", "Apple M4"} <= set(column(answered(ask_json, "approximate figures")))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the performance of a CS-3 system?", (REFUSE, "per system")),
        ("what's the power of a Mythic M2000 card?", (REFUSE, "per card")),
    ],
)
def test_f4_a_scope_after_a(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_f4_a_cards_figure(ask_json):  # noqa: ANN001
    data = answered(ask_json, "what's the power of an AI 100 Ultra card?")
    assert [float(v) for v in column(data, "stated_value")] == [150.0]  # l.105
    assert "per card" in data["reading"]


def test_f5_scopes_not_compared_are_named(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chip or system has the most FLOPS?")
    assert column(data) == ["d-Matrix Corsair C8"]  # up to 9,600 TFLOPS (l.173)
    assert "not ranked: Cerebras CS-3: up to 256 exaflops, per cluster" in data["reading"]
    assert "14.7 petaflops, FP8, per node" in data["reading"]


def test_a_precisions_reading_is_shown(ask_json):  # noqa: ANN001
    data = answered(ask_json, "which chips have an INT8 number?")
    hedges = {r["chip"]: r.get("hedge", "") for r in rows(data)}
    assert "our reading of the bit widths" in hedges["IBM NorthPole"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips clock above 1 GHz, taking the M4's 'up to 3.5 GHz' CPU figure at face value?",
            {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"},  # l.119, 153, 89, 183
        ),
        (
            "Which accelerator has the lowest stated power consumption? Treat the M2000's 'approximately' as close enough.",
            "Mythic M2000",
        ),
        (
            "Which chip draws the most power? Take the AI 100 Ultra's single-card figure as its power.",
            "Tenstorrent Grayskull e150",
        ),
        (
            "How many chips does the article describe as using some form of high-bandwidth memory (HBM, HBM3 or "
            "HBM3E), taking the MI350's 'likely HBM3E' as stated?",
            ["5"],
        ),
        (
            "Ordering Meta's MTIA v2, the Groq LPU, the Grayskull e75 and IBM's NorthPole by their stated clock "
            "speeds, fastest first (take NorthPole's nominal figure as its clock), what is the sequence?",
            ["Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e75", "IBM NorthPole"],
        ),
        # the premise checked: the M4's clock is up to 3.5 GHz (l.119), the e75's power a plain 75 W (l.183),
        # the Gaudi 3's HBM not hedged (l.55), the MTIA v2's clock not nominal (l.89)
        ("How many chips use HBM, taking the Gaudi 3's 'likely HBM' as stated?", (REFUSE, "does not hold")),
        (
            "Which chip has the highest clock, treating the MTIA v2's nominal figure as its clock?",
            (REFUSE, "does not hold"),
        ),
        (
            "taking the M4's 'up to 5 GHz' CPU figure at face value, which chips clock above 1 GHz?",
            (REFUSE, "does not hold"),
        ),
        (
            "Which accelerator has the lowest stated power consumption? Treat the e75's 'approximately' as close enough.",
            (REFUSE, "does not hold"),
        ),
    ],
)
def test_f1_one_chips_hedged_figure_taken_is_a_rider(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, expected)
    if not isinstance(expected, tuple):
        assert "taken as said of" in data["reading"]
