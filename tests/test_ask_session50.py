"""Session 50: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) The SN40L's "multi-trillion parameter models" (l.133) are said of the SambaNova platform, not of
    one chip: the figure is per system, recorded as a lower bound of one trillion with the magnitude
    word (ck:statedMagnitude "multi-trillion"), whose value lies under ten trillion. So a limit inside
    that decade does not decide it ("over 2 trillion" refused, not answered without it), a figure at
    the decade's end does (Blackwell's "up to 10 trillion" ranks above it), and the reading names the
    magnitude word's reach rather than the 1.5 times of a plain "over".
(b) A figure that states no scope where its measure's figures state theirs is not a per-chip figure:
    Blackwell's "scaling up to 10 trillion parameters" (l.41) is said of the family, so "the maximum
    model size of one Blackwell chip" is refused (red team 88: answered "up to 10 trillion"), while
    the question without "per chip" still answers it, and a claim's multiple (which states no scope,
    as no claim does) is still the chip's.
(c) A figure quoted from the article ("SambaNova's 'over 1 trillion'") is no range: read as
    "maximum model size > 1 trillion", "the smallest maximum model size ... leaving out SambaNova's
    'over 1 trillion'" answered Blackwell's 10 trillion (exit 0; the smallest is the AI 100 Ultra's).
(d) A magnitude word quoted ("leaving out SambaNova's unquantified 'multi-trillion'", "(vague
    'thousands' ignored)", "counting 'multi-trillion' as qualifying") names the figures the graph gives
    by it (ck:statedMagnitude): set aside, or read as recorded, checked against the measure asked.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, first_column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("models over 2 trillion parameters", (REFUSE, "cannot be told")),
        ("which chips handle models over 5 trillion parameters?", (REFUSE, "cannot be told")),
        # at or past its decade's end: decided without it, or with it
        ("chips that handle models over 10 trillion parameters", {"Cerebras CS-3"}),
        (
            "chips that handle models over 500 billion parameters",
            {"Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"},
        ),
        ("sn40l max model size", "multi-trillion (over 1 trillion), per platform"),
        ("sn40l max model size per chip", REFUSE),
    ],
)
def test_multi_trillion_reaches_its_decade(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "rank chips by max model size",
        "Ranking chips by the largest model size they can handle, which three come first?",
    ],
)
def test_a_magnitude_word_ranks_under_its_decade(ask_json, question):  # noqa: ANN001
    data = answered(ask_json, question)
    assert first_column(data)[:3] == ["Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"], data
    assert "a word for a magnitude as under 10 times its number" in data["reading"], data["reading"]
    assert "1.5 times" not in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the maximum model size of one Blackwell chip?", (REFUSE, "no maximum model size per chip")),
        ("blackwell max model size per chip", (REFUSE, "no maximum model size per chip")),
        ("which chips handle models over 1 trillion parameters per chip", REFUSE),
        ("blackwell max model size", "up to 10 trillion"),
        ("what is the mtia v2's dense compute gain per chip?", "3.5 x, dense compute, vs Meta MTIA v1"),
        ("gaudi 3 sram per chip", "96 MB"),
    ],
)
def test_a_figure_stating_no_scope_is_not_per_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the smallest stated maximum model size, reading 'up to' at face value and leaving out "
        "SambaNova's 'over 1 trillion'?",
        "Which chip has the largest stated maximum model size, reading 'up to' at face value and leaving out "
        "SambaNova's 'over 1 trillion'?",
    ],
)
def test_a_quoted_figure_is_no_range(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "quotes a figure of the article"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a quoted figure a rider reads is no range: answered as before
        (
            "Give the top three chips by stated maximum model size, any scope, taking SambaNova's 'over 1 trillion' "
            "as 1 trillion.",
            ["Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"],
        ),
        # a range said without quotes is the question's
        (
            "chips with over 20 billion transistors",
            {"Apple M4", "Cerebras CS-3", "Groq LPU", "IBM NorthPole", "Microsoft Maia 100", "Nvidia Blackwell GPU"},
        ),
    ],
)
def test_a_quote_a_rider_reads_or_an_unquoted_range_stands(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Leaving out SambaNova's unquantified 'multi-trillion', rank the chips by the largest model size stated, "
            "biggest first.",
            ["Cerebras CS-3", "Nvidia Blackwell GPU", "AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"],
        ),
        (
            "Which chips are credited with handling models of at least one trillion parameters (counting "
            "'multi-trillion' as qualifying)?",
            {"Cerebras CS-3", "Nvidia Blackwell GPU", "SambaNova SN40L"},
        ),
        (
            "Which chip has the largest scale-out limit in accelerators per cluster, disregarding vague 'thousands' "
            "with no figure?",
            "AWS Trainium2",
        ),
        # the word names no figure of the measure asked: refused, not ignored
        ("Which chip has the most transistors, leaving out SambaNova's 'multi-trillion'?", REFUSE),
        # an owner of no such figure: the clause stays, and its words are refused
        ("rank chips by max model size, leaving out Groq's 'multi-trillion'", REFUSE),
        # a count of units set aside beside counts of every kind (DIMCs, tiles): "cores only" is not read
        (
            "Ranking by stated core count (cores only; Groq's unquantified 'thousands' of processing units left "
            "aside), which chips lead?",
            (REFUSE, "name the kind of unit"),
        ),
    ],
)
def test_a_quoted_magnitude_word_names_its_figures(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_magnitude_word_set_aside_is_said(ask_json):  # noqa: ANN001
    data = answered(ask_json, "Which chip handles the largest models, ignoring the SN40L's 'multi-trillion' wording?")
    assert "set aside: multi-trillion (over 1 trillion), per platform" in data["reading"], data["reading"]
    assert first_column(data) == ["Cerebras CS-3"], data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("sn40l max model size per platform", "multi-trillion (over 1 trillion), per platform"),
        ("cs-3 max model size per platform", REFUSE),  # its 24 trillion is per system (l.141)
        ("which chip supports the largest model per platform", REFUSE),  # one chip's platform figure: not compared
    ],
)
def test_per_platform_is_a_scope(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
