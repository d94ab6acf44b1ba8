"""``chipkg ask``: a parenthesis that sets aside something the question's reading already leaves out.

"(setting aside Qualcomm's per-card 150 W)" beside power figures given per chip, "(the Grayskull's
per-core figure doesn't count)" beside per-chip SRAM, "(ignoring the MI350, whose capacity is never
given)" beside HBM capacity, "(the count, not their 64-bit width)" beside "how many controllers" were
refused as "a negation inside a parenthesis". Each sets aside what the reading leaves out anyway: a
figure of another scope than the question's, a chip with no figure of the measure asked, another
measure than the one asked. They are read through the figures-set-aside mechanism of
tests/test_ask_negated_aside.py (parse.asides._narrowing_aside, answer._set_figures_aside) and the
units' width premise (parse.asides._width_said), and checked in the graph when answered: an
organization's figure must be one of the figures of the chips it designs, of the scope said; a chip
said to have no figure must have none; the width set aside must be the units' own. Where what is set
aside is not already left out (the question's own scope, a chip that has the figure, a width the
article does not give), refused.

Power in the article: Grayskull e150 200 W, MTIA v2 90 W, Grayskull e75 75 W, Mythic M2000 about 4 W
(each per chip); the Cloud AI 100 Ultra 150 W per card (Qualcomm's only power figure). HBM capacity:
Trillium and Gaudi 3 128 GB, Trainium2 96 GB, SN40L 64 GB; the MI350's none. The Cloud AI 100 Ultra
has four LPDDR4X controllers, each 64-bit.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

E150 = "Tenstorrent Grayskull e150"
SRAM_PER_CHIP = [
    "d-Matrix Corsair C8",
    "Meta MTIA v2",
    "IBM NorthPole",
    "Qualcomm Cloud AI 100 Ultra",
    "Groq LPU",
    "Intel Gaudi 3",
]
MOST_HBM = {"Google Trillium TPU", "Intel Gaudi 3"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an organization's figure of another scope: the one of its chips' figures it names
        (
            "Which accelerators draw under 100 W per chip (setting aside Qualcomm's per-card 150 W)?",
            {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"},
        ),
        ("Which chip uses the most power (Qualcomm's per-card figure excluded)?", E150),
        ("Which chip draws the least power (leaving aside Qualcomm's single-card rating)?", "Mythic M2000"),
        ("Which chip has the most SRAM (setting aside Tenstorrent's per-core figures)?", "d-Matrix Corsair C8"),
        # the scope right before the name
        (
            "Leaving the single-card Qualcomm figure aside, rank the chips by power per chip.",
            [E150, "Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000"],
        ),
        ("Which chip uses the most power (setting aside the per-card AI 100 Ultra rating)?", E150),
        # "doesn't count" after what it sets aside, as "excluded" is
        ("Rank the chips by SRAM capacity per chip (the Grayskull's per-core allowance doesn't count).", SRAM_PER_CHIP),
        ("Which chip draws the most power (the AI 100 Ultra's single-card rating does not count)?", E150),
        # a chip said to have no figure of the measure asked: not compared anyway
        (
            "Which accelerator has the most HBM capacity (leaving aside the MI350, whose capacity is never given)?",
            MOST_HBM,
        ),
        (
            "Rank the chips by HBM capacity (ignoring the MI350, whose HBM capacity isn't stated).",
            ["Google Trillium TPU", "Intel Gaudi 3", "AWS Trainium2", "SambaNova SN40L"],
        ),
        ("Which chip has the most HBM capacity (excluding the MI350, which has no stated capacity)?", MOST_HBM),
        (
            "How many chips have more than 80 GB of HBM capacity (ignoring the MI350, whose capacity is never given)?",
            "3",
        ),
        # the units' width set aside beside how many of them: another measure, said of the units
        ("How many memory controllers does the AI 100 Ultra have (not their 64-bit width)?", "4 memory controllers"),
        (
            "How many LPDDR4X controllers does Qualcomm's Cloud AI 100 Ultra have (rather than their 64-bit width)?",
            "4 memory controllers",
        ),
    ],
)
def test_what_the_reading_leaves_out_is_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected", "said"),
    [
        (
            "Which chip draws the most power per chip (setting aside Qualcomm's per-card 150 W)?",
            E150,
            "Cloud AI 100 Ultra's 150 W",
        ),
        (
            "Which accelerator has the most HBM capacity (ignoring the MI350, whose capacity is never given)?",
            MOST_HBM,
            "MI350 (no HBM capacity given)",
        ),
        (
            "How many memory controllers does the AI 100 Ultra have (not their 64-bit width)?",
            "4 memory controllers",
            "64-bit",
        ),
    ],
)
def test_the_reading_names_what_is_set_aside(ask_json, question, expected, said):  # noqa: ANN001
    data = check(ask_json, question, expected)
    assert said in str(data), str(data)[:600]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # no figure of Qualcomm's chips has that value
        (
            "Which chip draws the most power (setting aside Qualcomm's per-card 120 W)?",
            "Qualcomm's power as '150 W, per card', not the figure set aside",
        ),
        # Meta's chips have no per-card power
        ("Which chip draws the most power (setting aside Meta's per-card figure)?", "Meta no power per card"),
        ("Which chip draws the most power (the MTIA v2's per-card figure doesn't count)?", "no power per card"),
        ("Which chip draws the most power (setting aside the per-card Meta figure)?", "Meta no power per card"),
        # the chip said to have no figure has one: ignoring it would leave it out
        (
            "Which accelerator has the least HBM capacity (ignoring the Gaudi 3, whose capacity is never given)?",
            "Intel Gaudi 3",
        ),
        (
            "Rank the chips by power (ignoring the Cloud AI 100 Ultra, whose power is never given).",
            "Cloud AI 100 Ultra",
        ),
        # the width said is not the units' own
        ("How many memory controllers does the AI 100 Ultra have (not their 32-bit width)?", "64-bit"),
        ("How many cores does the Grayskull e150 have (not their 64-bit width)?", "does not say"),
    ],
)
def test_an_aside_of_nothing_the_article_says_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        # the question's own scope set aside
        "Which chip draws the most power per card (Qualcomm's per-card figure doesn't count)?",
        "Which chip draws the most power (setting aside Qualcomm's per-chip figure)?",
        "Which chip draws the most power per card (setting aside the per-card Qualcomm figure)?",
        # a clause of another measure than the one asked
        "Which accelerator has the least HBM capacity (ignoring the MI350, whose bandwidth is never given)?",
        # ignoring a chip that has the relation asked would leave it out
        "Which chips use HBM (ignoring the MI350, whose capacity is never given)?",
        # a width with nothing counted
        "What is the width of the AI 100 Ultra's memory controllers?",
        "Which chip has the most memory controllers (not their 64-bit width)?",
    ],
)
def test_an_aside_that_is_not_already_left_out_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
