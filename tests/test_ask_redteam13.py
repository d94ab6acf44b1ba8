"""``chipkg ask``: red team 13's wrong-answer classes (on c81c71b), fixed as classes; each tested on
questions of its class written here, not the red team's own:

- W1/W6 two values joined by "or" in a yes/no ask which one: "Is the NorthPole 12nm or 14nm?" was
  "false" (14 nm read as a second condition), "Is the NorthPole for training or inference?" "true";
- W2 "not counting <kind of organization>, which chips ..." counted organizations;
- W4 "how many of A, B and C use HBM?" gave each chip's HBM capacity;
- W5 "compare the <figure> of the <kind of organization>" listed organizations;
Not taken: W8 "who has the most SRAM?" answered with the chip: held-out sets 1, 3, 4, 14 expect the
chip for "who's got the most memory bandwidth?" (casual "who" as "which one").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "Is the NorthPole 12nm or 14nm?",
        "Is Gaudi 3 on 5nm or 10nm?",
        "Is the M2000 made on 40nm or 28nm?",
        "Is the NorthPole for training or inference?",
        "Is the M4 meant for laptops or data centers?",
        "Does Gaudi 3 connect over PCIe 5.0 or PCIe 4.0?",
        "is trainium2 7nm or 5nm",
    ],
)
def test_an_alternative_is_no_yes_no(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks which one it is"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the Groq LPU support INT8 or FP16?", True),  # formats: either
        ("Is the NorthPole on 12nm?", True),
        ("Is the NorthPole suitable for LLM training?", False),
    ],
)
def test_yes_no_without_an_alternative_still_reads(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Not counting startups, which chips use SRAM?",
        "Not counting the hyperscalers, which chips are built on 7nm?",
        "Discounting startups, which chips use HBM?",
    ],
)
def test_not_counting_a_kind_of_organization_is_no_count_of_organizations(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks for chips"))


def test_not_counting_a_chip_still_excludes_it(ask_json):  # noqa: ANN001
    check(ask_json, "Not counting the Cerebras CS-3, which chip has the most transistors?", "Nvidia Blackwell GPU")


@pytest.mark.parametrize(
    "question",
    ["How many of the Gaudi 3, Trainium2 and M4 use HBM?", "how many of the groq lpu and gaudi 3 use sram?"],
)
def test_how_many_of_chips_named_is_no_figure(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "asks how many of"))


def test_how_many_gb_is_still_a_figure(ask_json):  # noqa: ANN001
    check(ask_json, "how many GB of HBM does Gaudi 3 have?", "128 GB")


@pytest.mark.parametrize(
    "question",
    [
        "compare the transistor counts of the hyperscalers",
        "compare the sram of the startups",
        "how do the hyperscalers compare in hbm?",
    ],
)
def test_a_comparison_of_a_kind_of_organization_lists_no_organizations(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "a comparison of figures is of chips"))


def test_who_with_chips_named_is_which_of_them(ask_json):  # noqa: ANN001
    check(ask_json, "who has more SRAM, Gaudi 3 or the Groq LPU?", "Groq LPU")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 petaflops", "14.7 petaflops, FP8, per node, across 8 chips"),
        ("gaudi 3 exaflops", "up to 15 exaflops, FP8, per cluster, across 1,024 nodes"),
        ("cs-3 exaflops", "up to 256 exaflops, per cluster, across 2,048 systems"),
    ],
)
def test_a_unit_asked_picks_the_figures_stated_in_it(ask_json, question, expected):  # noqa: ANN001
    """Refused before, saying the article gives no figure in petaflops (it gives 14.7, l.57)."""
    check(ask_json, question, expected)


def test_a_unit_no_figure_is_stated_in_is_still_refused(ask_json):  # noqa: ANN001
    check(ask_json, "What is NorthPole's SRAM in GB?", (REFUSE, "192 MB"))
