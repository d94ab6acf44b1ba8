"""``chipkg ask``: a parenthesis that sets a named chip's figure aside by its scope, with no number.

"Which chip draws the most power (the Cloud AI 100 Ultra's per-card figure set aside)?" was refused
as "a negation inside a parenthesis". A chip named with a scope and no number in a parenthesis that
sets aside ("set aside", "excluded", "is out of scope", "setting aside ...") names every figure of
that chip of the measure asked (parse.asides._narrowing_aside, role ``figaside`` with no values):
when answered (answer._set_figures_aside) they must exist and each must be of the scope said, and
they are left out of the query; the question's own scope must differ from the scope set aside (the
reading is then per chip, which leaves those figures out anyway). A chip with no such figure, a
figure of another scope, a number that is not the chip's figure, or the question's own scope set
aside: refused, never read as if the aside were not there.

Power in the article: Grayskull e150 200 W, MTIA v2 90 W, Grayskull e75 75 W, Mythic M2000 about
4 W (each per chip); the Cloud AI 100 Ultra 150 W per card (its only power figure).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

E150 = "Tenstorrent Grayskull e150"
PER_CHIP_POWER = [E150, "Meta MTIA v2", "Tenstorrent Grayskull e75", "Mythic M2000"]
# per-chip SRAM: Corsair C8 2 GB, MTIA v2 256 MB, NorthPole 192 MB, Cloud AI 100 Ultra 144 MB, Groq LPU
# 128 MB, Gaudi 3 96 MB (its 48 MB is per die; the Grayskull's 1.5 MB per core)
SRAM_PER_CHIP = [
    "d-Matrix Corsair C8",
    "Meta MTIA v2",
    "IBM NorthPole",
    "Qualcomm Cloud AI 100 Ultra",
    "Groq LPU",
    "Intel Gaudi 3",
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chip draws the most power (the Cloud AI 100 Ultra's per-card figure set aside)?", E150),
        ("Which accelerator draws the most power (the AI 100 Ultra's single-card rating set aside)?", E150),
        (
            "Counting only per-chip power figures (the AI 100 Ultra's single-card rating set aside), "
            "which accelerator has the highest power draw?",
            E150,
        ),
        ("Which chip draws the most power per chip (the Qualcomm Cloud AI 100 Ultra's per-card power excluded)?", E150),
        ("Which accelerator draws the most power (the Cloud AI 100 Ultra's per-card rating is out of scope)?", E150),
        ("Which chip draws the most power (setting aside the Cloud AI 100 Ultra's per-card figure)?", E150),
        ("Which chip draws the least power (the Cloud AI 100 Ultra's per-card figure set aside)?", "Mythic M2000"),
        ("Rank the chips by power (the Cloud AI 100 Ultra's single-card figure set aside).", PER_CHIP_POWER),
        (
            "Which chips draw under 100 W (the Cloud AI 100 Ultra's per-card power excluded)?",
            {"Meta MTIA v2", "Mythic M2000", "Tenstorrent Grayskull e75"},
        ),
        ("Which chips draw more than 80 W (the AI 100 Ultra's per-card figure set aside)?", {E150, "Meta MTIA v2"}),
        (
            "Is the Grayskull e150 the chip that draws the most power (the Cloud AI 100 Ultra's per-card figure "
            "set aside)?",
            True,
        ),
        # the Grayskull e150's SRAM is given per Tensix core only: set aside, the ranking is as before
        ("Which chip has the most SRAM (the Grayskull e150's per-core figure set aside)?", "d-Matrix Corsair C8"),
        # the Gaudi 3's 48 MB per die set aside, its 96 MB per chip stays; a family name sets aside each
        # of its chips' figures of the scope said
        (
            "Rank the chips by SRAM capacity (leaving aside the Gaudi 3's per-die number and the Grayskull's "
            "per-core allowance).",
            SRAM_PER_CHIP,
        ),
        ("Rank the chips by SRAM capacity (not the Gaudi 3's per-die figure).", SRAM_PER_CHIP),
        # the lead-in says per chip with the measure between the scope and "only"
        ("Counting per-chip power figures only, which accelerator draws the most power?", E150),
        (
            "Counting per-chip power figures only (the Cloud AI 100 Ultra's one-card rating set aside), "
            "which accelerator uses the most power?",
            E150,
        ),
        (
            "Restricting myself to per-chip power figures (so the Cloud AI 100 Ultra's single-card 150 W is out "
            "of scope), which accelerator draws the most?",
            E150,
        ),
    ],
)
def test_a_named_chips_figure_of_a_scope_is_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_count_leaves_the_figure_set_aside_out(ask_json):  # noqa: ANN001
    data = check(
        ask_json, "How many chips draw more than 50 W (the Cloud AI 100 Ultra's per-card figure excluded)?", "3"
    )
    assert data["results"]["bindings"]


def test_the_reading_names_the_figure_set_aside(ask_json):  # noqa: ANN001
    data = check(
        ask_json, "Which chip draws the most power (the Cloud AI 100 Ultra's per-card figure set aside)?", E150
    )
    assert "150 W" in str(data), str(data)[:600]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the MTIA v2's power is per chip: no per-card figure of it to set aside
        ("Which chip draws the most power (the MTIA v2's per-card figure set aside)?", "no power per card"),
        ("Which chip draws the most power (excluding the Grayskull e150's per-card figure)?", "no power per card"),
        ("Which chip draws the most power (the Grayskull e75's per-die power set aside)?", "no power per die"),
        # the article gives the Gaudi 3 no power at all
        ("Which chip draws the most power (the Gaudi 3's per-card figure set aside)?", "no power"),
        # a number that is not the chip's figure
        (
            "Which accelerator draws the most power (the Cloud AI 100 Ultra's per-card 120 W excluded)?",
            "power as '150 W, per card', not the figure set aside",
        ),
        # the Ultra's per-card model size set aside, only the SN40L's is per chip: nothing to rank it against
        ("Which chip has the largest model size (the Cloud AI 100 Ultra's per-card figure set aside)?", "only"),
        # the M4's clock is not given per core
        (
            "Which chip has the highest clock speed (the Apple M4's per-core figure set aside)?",
            "no clock speed per core",
        ),
        # one of two chips named has no figure of that scope
        (
            "Which chip draws the most power (the Cloud AI 100 Ultra's per-card figure and the MTIA v2's per-card "
            "figure set aside)?",
            "MTIA v2 no power per card",
        ),
        ("Rank the chips by SRAM capacity (not the Gaudi 3's per-core figure).", "Gaudi 3 no SRAM capacity per core"),
    ],
)
def test_an_aside_naming_no_such_figure_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    "question",
    [
        # the question's own scope set aside
        "Which chip draws the most power per card (the Cloud AI 100 Ultra's per-card figure set aside)?",
        # the chip's only power figure set aside: no figure left to give
        "What is the Cloud AI 100 Ultra's power (its per-card figure set aside)?",
        "What is the Cloud AI 100 Ultra's power (the Cloud AI 100 Ultra's per-card figure set aside)?",
        # a chip's per-chip figure set aside is not read as per-chip figures only
        "Which chip draws the most power (the Grayskull e150's per-chip figure set aside)?",
    ],
)
def test_an_aside_that_contradicts_the_question_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
