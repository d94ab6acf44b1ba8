"""``chipkg ask``: instructions about the form of the answer ("A plain yes or no is enough.", "Just
the count.", "Full chip names, please.", "Give the multiplier.", "As a percentage, please."), which
careful analysts append to a question. Each is read as a words.tsv instruction valued ``form X``
(chipkg.ask.lexicon.told) and checked against the shape of the question it follows
(chipkg.ask.parse.checks._check_forms): where the question's shape gives that form it changes
nothing; where it does not ("Which chips support FP8? Answer yes or no.", "The number alone will
do." beside a list) the question is refused, never answered with the instruction dropped. A multiple
or a percentage must be how the article states the figure: 67% is not converted to 1.67x, 4x not to
300%. Instructions that keep a figure's hedge or unit are told of figures: beside a count or a
yes/no they are refused too.

Questions written for this file (in no held-out set). Article lines (/work/shared/sources/
ai-chip-race.txt): Groq LPU on TSMC's 7nm, over 20 billion transistors, 1.2 GHz 151-153; Apple M4
on TSMC's 3nm 119; Gaudi 3 on 5nm 53, 128 GB HBM; Maia 100 on 5nm 81; Grayskull e75 75 W, e150
200 W 183, e150 120 Tensix cores 179; MI350 up to 35 times the MI300 series 47; Trillium 67% greater
energy efficiency 67; Trainium2 up to 4x faster training 75; Nvidia about 85% of the market 13;
FP8: Trainium2 (cFP8), Gaudi 3.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column, first_column

# --------------------------------------------------------------------------- the reader of instructions


def test_the_reader_tells_the_form_asked():
    """The instruction reader itself: the form a sentence asks for, and what leaves it a question."""
    from chipkg.ask.lexicon import Told, instruction, told

    assert told("A plain yes or no will do.") == Told((), ("yesno",))
    assert told("Answer true or false.") == Told((), ("yesno",))
    assert told("Just the count, no commentary.") == Told((), ("integer",))
    assert told("Chip names only, please.") == Told((), ("chips",))
    assert told("Return the company names as the article gives them.") == Told((), ("orgs",))
    assert told("Return organization names rather than chips.") == Told((), ("orgs",))
    assert told("Express it as a multiple.") == Told((), ("multiple",))
    assert told("As a percentage, please.") == Told((), ("percentage",))
    assert told("Keep the hedge.") == Told((), ("figure",))
    # a form and the same form set aside, a verb of answering alone, anything else: no instruction
    assert told("Return chip names rather than chips.") is None
    assert told("Answer.") is None
    assert told("Round it to the nearest GB.") is None
    assert told("Give it in GB.") is None
    # "count" and "names" alone are verbs as well: "as the article counts them" asks no count
    assert told("as the article counts them") is None
    # an instruction that asks for a form is not one ask always answers: the caller checks it
    assert instruction("A plain yes or no will do.") is None
    assert instruction("Keep the hedge.") == ()


# --------------------------------------------------------------------------- the form the question gives


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the Groq LPU fabricated by TSMC? A plain yes or no will do.", True),
        ("Does the Grayskull e75 draw more power than the e150? Answer true or false.", False),
        ("Is the Apple M4 made by TSMC — answer yes or no?", True),
        ("Is the Apple M4 made by TSMC (per the Apple section; answer yes or no)?", True),
        ("How many chips does the article say are built on a 5nm node? A single integer, please.", "2"),
        ("Which chips support FP8? Full chip names, please.", ["AWS Trainium2", "Intel Gaudi 3"]),
        ("Which organizations design 5nm chips? Return the company names.", ["Intel", "Microsoft"]),
        ("Which companies design chips on 5nm? Return organization names rather than chips.", ["Intel", "Microsoft"]),
        ("Who manufactures the Apple M4? Company names only, please.", "TSMC"),
        ("Which chips are built on 5nm? Name them, please.", ["Intel Gaudi 3", "Microsoft Maia 100"]),
    ],
)
def test_a_form_the_question_gives_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=isinstance(expected, list))


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many Tensix cores does the Grayskull e150 have? Just the count.", "120 Tensix cores"),
        ("What inference gain does the AMD MI350 claim over the MI300 series? Give the multiplier.", "up to 35 times"),
        ("What training gain does Trainium2 claim over the first Trainium? Express it as a multiple.", "up to 4 x"),
        ("How much does Trillium improve energy efficiency over the previous generation? As a percentage.", "67 %"),
        ("What is the Groq LPU's transistor count? Reproduce the article's hedge.", "over 20 billion"),
        ("What is Nvidia's share of the AI chip market? As a percentage, please.", "about 85 %"),
    ],
)
def test_a_figure_asked_in_its_own_form_is_answered(ask_json, question, figure):  # noqa: ANN001
    """One figure, as the article states it (a claim's text goes on with what it measures)."""
    found = first_column(answered(ask_json, question))
    assert len(found) == 1 and found[0].startswith(figure), found


# --------------------------------------------------------------------------- a form the question does not give


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # yes or no beside a list, a count, a most, a relation asked
        ("Which chips support FP8? Answer yes or no.", "asks for a yes or no"),
        ("Which chips support FP8 (answer yes or no)?", "asks for a yes or no"),
        ("How many chips are built on 5nm? A simple yes or no will do.", "asks for a yes or no"),
        ("Which chip has the highest clock speed? True or false is enough.", "asks for a yes or no"),
        ("Who designs the Maia 100? Answer yes or no.", "asks for a yes or no"),
        # names of one kind beside a count or a list of the other kind
        ("How many chips are on 7nm? Full chip names, please.", "asks for chip names"),
        ("Which chips does TSMC manufacture? Return the company names.", "asks for other things"),
        ("Which chips support FP8? Return organization names rather than chips.", "asks for organization names"),
        ("Which organizations design 5nm chips? Chip names, please.", "asks for chip names"),
        ("What is the Apple M4's clock speed? Company names only, please.", "asks for other things"),
        # a count or a number beside a yes/no, a list, a figure with a unit
        ("Is the Groq LPU made by TSMC? Just the count.", "asks for a count"),
        ("How much SRAM does the Groq LPU have? A single integer, please.", "asks for a count"),
        ("What is Nvidia's share of the AI chip market? A whole number, please.", "asks for a count"),
        # a multiple beside a figure that is none, or stated in percent (never converted)
        ("What is the Groq LPU's clock speed? Give the multiplier.", "asks for a multiple"),
        (
            "What gain in energy efficiency does Trillium claim over the previous generation? Express it as a multiple.",
            "not as a multiple",
        ),
        # a percentage beside a figure stated in another unit (never converted)
        ("What training gain does Trainium2 claim over the first Trainium? Give it as a percentage.", "not in percent"),
        ("What is the Gaudi 3's HBM capacity? Express it as a percentage.", "not in percent"),
        ("Which chips support FP8? As a percentage.", "asks for a percentage"),
        # a hedge kept beside an answer that shows none
        ("How many chips have over 10 billion transistors? Keep the hedge.", "a figure with its hedge"),
        ("Does the Apple M4 reach 3.5 GHz? Keep the qualifier.", "a figure with its hedge"),
        # conversions and rounding stay refused
        ("What is the Gaudi 3's HBM capacity? Give it in TB.", "not in tb"),
        ("What is the Groq LPU's SRAM? Round it to the nearest GB.", "round"),
    ],
)
def test_a_form_the_question_does_not_give_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # whole sentences that were dropped unread before: the list, the count, the capacity answered
        ("Which chips support FP8? The number alone will do.", "asks for a number"),
        ("How many chips support FP8? The names alone will do.", "asks for names"),
        ("What is the Groq LPU's SRAM? The multiplier alone is fine.", "asks for a multiple"),
        ("How many chips use HBM? Give the figure with its unit.", "a figure with its hedge"),
        ("How many chips are built on 5nm? List them.", "asks for names"),
    ],
)
def test_a_form_said_whole_is_checked_not_dropped(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


def test_a_shape_given_by_a_count_word_still_changes_the_question(ask_json):  # noqa: ANN001
    """ "Give the number." names nothing and asks a count (words.tsv role count): read into the
    question, as before, not as an instruction checked against a list."""
    data = check(ask_json, "Which chips support FP8? Give the number.", "2")
    assert column(data) == ["2"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Groq LPU's transistor count? It is hedged, so keep the qualifier.", "over 20 billion"),
        (
            "What is the Apple M4's transistor count (keep its 'around' qualifier, since the article frames it as an approximation)?",
            "about 40 billion",
        ),
        # the hedge named is still the figure's, checked (the Groq LPU's clock is unhedged, 153)
        (
            "What is the Groq LPU's clock speed (keeping its 'up to' qualifier, since it is framed as a ceiling)?",
            (REFUSE, "upper bound"),
        ),
        ("How many chips use HBM? It is hedged, so keep the qualifier.", (REFUSE, "a figure with its hedge")),
    ],
)
def test_why_the_hedge_is_kept_is_part_of_the_instruction(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a later sentence that only asks a count is read into the question where it has a number to give
        ("Which chips are built on 5nm? Give the number.", "2"),
        ("Which companies design 5nm chips? Give me the number.", "2"),
        ("What is the Groq LPU's clock speed? Just the number.", "1.2 GHz"),
        # it was dropped, the organizations answered: now the count of one chip's organizations
        # (kw6, R8: parse.frames._makers_counted), or refused where 'make' may be either relation
        ("Who makes the Groq LPU? Just the number.", (REFUSE, "designer or the foundry")),
        ("Who designs the Maia 100? Give me the number.", "1"),
        ("Who manufactures the Groq LPU? Give me the number.", "1"),
    ],
)
def test_a_sentence_that_only_asks_a_count_is_checked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # said inside the question ("multiple" and "factor" are words for a claim): checked the same way
        ("What is the MI350's inference gain over the MI300 series as a multiple?", "up to 35 times"),
        (
            "What energy-efficiency gain does Trillium claim over the previous generation as a factor?",
            (REFUSE, "not as a multiple"),
        ),
        (
            "What is Trillium's energy-efficiency gain over its predecessors, expressed as a multiple?",
            (REFUSE, "not as a multiple"),
        ),
    ],
)
def test_a_form_said_inside_the_question_is_checked(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, str):
        found = first_column(answered(ask_json, question))
        assert len(found) == 1 and found[0].startswith(expected), found
    else:
        check(ask_json, question, expected)


def test_inline_forms_are_read_from_the_words_file():
    from chipkg.ask.lexicon import inline_forms

    assert inline_forms("What is the gain, expressed as a multiple?") == ("multiple",)
    assert inline_forms("What share does AMD hold, as a percentage?") == ("percentage",)
    assert inline_forms("By what multiple does MTIA v2 improve?") == ()  # a word for the claim, no form
