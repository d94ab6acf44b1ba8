"""``chipkg ask``: set-aside asides beside lists, counts, rankings and yes/no (round 15 checked them
beside one figure asked only). Two mechanisms, each checked on the answer, never on the words:

- a negated aside ("(not SRAM bandwidth)", "(the die-to-die link is excluded)", "(interconnect
  bandwidth such as NVLink is set aside)") beside a question that compares figures of a measure is
  dropped only when no figure of that measure (of any chip and scope: a superset of what the answer
  rests on; a yes/no's own chips only) is what it sets aside (answer._set_aside_disjoint, with
  round 15's per-figure verdicts); a figure that is it, or one the graph cannot tell, refuses;
- "rather than Y" / "as opposed to Y" where Y is a name or a kind of chip (Frame.rather_than) is
  answered only when no chip the answer rests on is Y, of kind Y or related to Y (a list's or a
  count's chips; a yes/no's chip when it holds; every chip when figures are compared): then both
  readings ("A, not B" and "A, B or not") give the same answer. "Is X A rather than B?" that does
  not hold stays false; one that holds with B true of X is refused: the contrast never flips it.

Also a wrong answer of round 15 fixed: "What is the Blackwell's bandwidth (not NVLink)?" listed the
NVLink 5 row it sets aside (the links' bandwidths beside the memory's were never checked), and "(not
interconnect bandwidth)" beside plain "bandwidth" answered the link rows (remarks.uses had no
interconnect for a metric with ``links_too``).

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: Gaudi 3 HBM 128 GB / 3.7 TB/s and 96 MB SRAM; Trillium
3.7 TB/s; Trainium2 96 GB HBM; Groq LPU 128 MB SRAM; SN40L 64 GB HBM3 and 1.5 TB DDR5; Blackwell
NVLink 5 1.8 TB/s and a 10 TB/s die-to-die link; Corsair C8 2 GB SRAM.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column, refused

TOP_BANDWIDTH = {"Google Trillium TPU", "Intel Gaudi 3"}

# --------------------------------------------------------------------------- negated asides: answered


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a list, a count, a ranking: no memory bandwidth compared is a link's or an SRAM's
        ("Which chips have more than 1 TB/s of HBM bandwidth (not SRAM bandwidth)?", TOP_BANDWIDTH),
        ("How many chips have HBM bandwidth above 1 TB/s (not SRAM bandwidth)?", {"2"}),
        ("Which chip has the highest memory bandwidth (not NVLink)?", TOP_BANDWIDTH),
        ("Which chip has the highest memory bandwidth (not the die-to-die link)?", TOP_BANDWIDTH),
        # said after what it sets aside ("X is set aside", "X are excluded"), with examples
        ("Which chip has the highest memory bandwidth (interconnect bandwidth is set aside)?", TOP_BANDWIDTH),
        ("Which chip has the highest memory bandwidth (the die-to-die link is excluded)?", TOP_BANDWIDTH),
        (
            "Which chips have more than 2 TB/s of memory bandwidth (interconnect links such as NVLink are excluded)?",
            TOP_BANDWIDTH,
        ),
        # a yes/no: only its chip's figures
        ("Does Trainium2 have more than 64 GB of memory (not its SRAM)?", {"true"}),
        ("Does the Groq LPU have more than 100 MB of memory (not HBM)?", {"true"}),
        ("Does the Groq LPU have more than 100 MB of memory (not DRAM)?", {"true"}),
    ],
)
def test_nothing_compared_is_set_aside(ask_json, question, expected):
    data = check(ask_json, question, expected)
    assert "(no figure compared is)" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # a figure compared is what the aside sets aside: leaving it out changes the answer
        "Does Trainium2 have more than 64 GB of HBM (not 96 GB)?",
        "Does the Gaudi 3 have more than 100 GB of memory (not its SRAM)?",
        "Which chips have more than 100 MB of SRAM (not the 2 GB)?",
        # the graph cannot tell (the CS-3's memory names no technology)
        "Which chip has the most memory (DDR5 is set aside)?",
        "Rank the chips by memory capacity (not DDR5)",
        "Which chips have more than 64 GB of memory (not SRAM)?",
    ],
)
def test_set_aside_figures_compared_refused(ask_json, question):
    check(ask_json, question, (REFUSE, "a negation inside a parenthesis"))


@pytest.mark.parametrize(
    "question",
    [
        # an example that is not of the thing set aside; "besides" (which may add); a chip named
        "Which chip has the highest memory bandwidth (interconnect bandwidth such as HBM is set aside)?",
        "Which chip has the highest memory bandwidth (besides NVLink is set aside)?",
        "Which chip has the highest memory bandwidth (not the Gaudi 3's)?",
        # a list of chips by no figure: nothing the check can look at
        "Which chips are made by TSMC (not HBM)?",
    ],
)
def test_other_negated_asides_stay_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- a link row beside memory's


def test_link_row_set_aside_is_dropped(ask_json):
    data = answered(ask_json, "What is the Blackwell's bandwidth (not NVLink)?")
    assert column(data) == ["die-to-die interconnect, bandwidth 10 TB/s"]
    assert "left out" in data["reading"] and "1.8 TB/s" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "What is the Blackwell's bandwidth (not interconnect bandwidth)?",  # answered both link rows
        "What is the Blackwell's bandwidth (interconnect bandwidth is set aside)?",  # every row set aside
    ],
)
def test_every_link_row_set_aside_is_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- "rather than", "as opposed to"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # no chip answered is what is set aside: the same under both readings (in a parenthesis, the
        # contrast glosses what is asked; said as a claim, it must be ruled out: see below)
        ("Is the Groq LPU an ASIC rather than a GPU?", True),
        ("Does the Groq LPU use SRAM (rather than HBM)?", True),
        (
            "Which chips are made by TSMC (rather than Intel)?",
            {"Apple M4", "Groq LPU", "Nvidia Blackwell GPU", "Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("How many chips are made by TSMC (rather than Intel)?", {"5"}),
        ("Which GPUs are made by TSMC (as opposed to Intel)?", {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"}),
        # a yes/no that does not hold is no truer with the contrast
        ("Is the Cerebras CS-3 a GPU as opposed to an ASIC?", False),
    ],
)
def test_contrast_answered_when_nothing_answered_has_both(ask_json, question, expected):
    data = check(ask_json, question, expected)
    assert "rather than" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "undecided"),
    [
        # red team 45 A: "X instead of Y" said as the question's claim says the chip has no Y; the
        # article gives the Groq LPU's SRAM and says nothing of HBM (its lists are not exhaustive),
        # so "true" claimed what it does not say
        ("Does the Groq LPU use SRAM instead of HBM?", "Groq LPU"),
        ("Does the Groq LPU use SRAM rather than HBM?", "Groq LPU"),
        ("Does the Cloud AI 100 Ultra use LPDDR4X instead of HBM?", "Qualcomm Cloud AI 100 Ultra"),
        ("Does Trillium use HBM instead of SRAM?", "Google Trillium TPU"),
        ("Does NorthPole use SRAM instead of DRAM?", "IBM NorthPole"),
        ("Which chips use LPDDR instead of HBM?", "Apple M4"),
        ("How many chips use LPDDR instead of HBM?", "d-Matrix Corsair C8"),
        ("Which chips use LPDDR4 rather than HBM?", "Qualcomm Cloud AI 100 Ultra"),
        ("Which chips use LPDDR4 in place of HBM?", "Qualcomm Cloud AI 100 Ultra"),
        ("Which chips use HBM instead of LPDDR?", "Intel Gaudi 3"),
        ("Which chips are made by TSMC rather than Intel?", "Groq LPU"),  # a chip may have two foundries
        ("Which chips are for data center rather than laptop?", "Groq LPU"),
    ],
)
def test_contrast_claimed_is_refused_where_the_article_does_not_rule_it_out(ask_json, question, undecided):
    reason = refused(ask_json, question)["reason"]
    assert "does not say that" in reason and undecided in reason, reason


@pytest.mark.parametrize(
    "question",
    [
        # ruled out by the graph: Grayskull's LPDDR4 stands in for HBM (l.183, ck:usedInsteadOf); the
        # Adreno 750 and the M4 are judged unsuited to data centres (ck:notSuitableFor)
        "Does the Grayskull e75 use LPDDR4 instead of HBM?",
        "Is the Adreno 750 meant for mobile rather than data centers?",
        "Is the M4 aimed at laptops rather than data centres?",
    ],
)
def test_contrast_claimed_is_answered_where_the_article_rules_it_out(ask_json, question):
    data = check(ask_json, question, True)
    assert "rather than" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # a chip answered has both: whether it counts is what the contrast would decide
        "Does the Gaudi 3 use HBM rather than SRAM?",
        "Which chips use HBM rather than DDR5?",  # SN40L: HBM3 and DDR5
        "How many chips use SRAM rather than HBM?",
        # figures compared: the chip's DDR5 may count or not, whatever the yes/no says
        "Does the SN40L have more than 1 TB of HBM rather than DDR5?",
        # a ranking, and a contrast the graph cannot look up
        "Which chip has the most HBM rather than DDR5?",
        "Which chips are made by TSMC (rather than by Intel)?",
    ],
)
def test_contrast_with_both_stays_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- "no <relation>": none stated

#: the profiled chips on 7nm whose foundry the article does not name (the Groq LPU and the Cloud AI
#: 100 Ultra are TSMC's)
SEVEN_NM_NO_FOUNDRY = {"AWS Trainium2", "Cerebras CS-3", "Meta MTIA v2", "SambaNova SN40L"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips on 7nm have no foundry named?", SEVEN_NM_NO_FOUNDRY),
        ("Which 7nm chips does the article give without a foundry?", SEVEN_NM_NO_FOUNDRY),
        ("Which chip with no foundry stated has the most SRAM?", {"d-Matrix Corsair C8"}),
        (
            "Rank the chips with no foundry by transistor count",
            ["Cerebras CS-3", "Microsoft Maia 100", "IBM NorthPole"],
        ),
    ],
)
def test_no_relation_is_none_stated(ask_json, question, expected):
    data = check(ask_json, question, expected)
    assert "(none stated)" in data["reading"], data["reading"]


def test_none_stated_keeps_a_hedged_fact_out(ask_json):
    # the Adreno 750's TSMC is a hedged fact: stated, so not a chip with no foundry
    data = answered(ask_json, "Which chips have no foundry?")
    assert "Qualcomm Adreno 750" not in column(data) and "Groq LPU" not in column(data)
    assert "Mythic M2000" in column(data)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have no foundry other than TSMC?",  # which one is lacking: not none stated
        "Does the Groq LPU have no foundry?",  # a yes/no
        "Which foundries make chips with no process node?",  # organizations
        "Which chips have no HBM?",  # a name, not a relation: the article's lists are not exhaustive
        # a figure asked of them: read as a list it would show chips, not the figure
        "What is the die area of the chip with no foundry?",
    ],
)
def test_no_relation_elsewhere_refused(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- "(X only)" beside one figure


@pytest.mark.parametrize(
    ("question", "expected", "left_out"),
    [
        ("How much memory does the SN40L have (HBM only)?", ["HBM3, off-chip, capacity 64 GB"], "1.5 TB"),
        ("What is the Gaudi 3's memory capacity (only the SRAM)?", ["SRAM, on-chip, capacity 96 MB"], "128 GB"),
        (
            "What is the Blackwell's bandwidth (NVLink only)?",
            ["NVLink 5, bandwidth 1.8 TB/s, bidirectional"],
            "10 TB/s",
        ),
        ("What is the SN40L's HBM3 capacity (the HBM tier only)?", ["64 GB"], ""),  # nothing to leave out
    ],
)
def test_only_keeps_the_rows_of_that_thing(ask_json, question, expected, left_out):
    data = answered(ask_json, question)
    assert column(data) == expected
    assert ("left out" in data["reading"]) == bool(left_out) and left_out in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "What is Gaudi 3's performance (FP16 only)?",  # no row is
        "How much memory does the CS-3 have (SRAM only)?",  # its memory names no technology
        "Which chips have more than 64 GB of memory (HBM only)?",  # a list: 'only' stays refused
        "How much memory does the SN40L have (HBM and DDR5 only)?",  # two things
    ],
)
def test_only_refused(ask_json, question):
    check(ask_json, question, REFUSE)


def test_contrast_checked_on_the_chips_answered_fails_without_the_check(ask_json):
    """The check itself: the SN40L's DDR5 beside its HBM3 refuses 'HBM rather than DDR5', while
    'INT8 as opposed to FP8' (no INT8 chip has FP8) is answered as INT8 alone."""
    check(ask_json, "Which chips use HBM rather than DDR5?", (REFUSE, "SambaNova SN40L is that too"))
    data = check(
        ask_json,
        "Which chips support INT8 (as opposed to FP8)?",
        {"Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"},
    )
    assert "rather than" in data["reading"]


# --------------------------------------------------------------------------- "rather than leaving X unstated"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # every chip answered states the relation: nothing answered is what is set aside
        (
            "Which chips on 7nm are made by TSMC (rather than leaving the foundry unstated)?",
            {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"},
        ),
        ("Is the Groq LPU made by TSMC (rather than leaving the foundry unstated)?", True),
    ],
)
def test_rather_than_unstated_answered(ask_json, question, expected):
    data = check(ask_json, question, expected)
    assert "(no chip answered is)" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # 7nm chips with no foundry stated (Trainium2, CS-3, MTIA v2, SN40L) are answered: refused
        "Which chips are on 7nm (rather than leaving the foundry unstated)?",
        "Is the Cerebras CS-3 on 7nm (rather than leaving the foundry unstated)?",
        # a word the relation cannot be left by
        "Which chips are made by TSMC (rather than leaving the foundry vague)?",
    ],
)
def test_rather_than_unstated_refused(ask_json, question):
    check(ask_json, question, REFUSE)
