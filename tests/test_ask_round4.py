"""Mechanisms of ``chipkg ask`` added for classes of questions held-out set 12 refused, each tested on
questions of its class that are in no held-out set, with near misses that must stay refused.

- (a) typos of names: an unknown word of five or more letters, with no digit, that is a name token
  of the graph with one letter left out or two adjacent letters swapped, and no other known word
  one edit away, is read as that name; the reading says so ("(read 'nortpole' as 'NorthPole')"),
  and so does a refusal of the corrected question. A letter typed wrong or one too many, a word of
  the vocabulary ("scores" is not "cores"), a word with digits and a correction that does not then
  read as a whole name are refused as before.
- (b) instructions: a sentence beside the question that only says how to answer, in the way ask
  always answers ("If there is a tie, name all of them.", "Include hedges.", "Give the figure with
  its unit."), made of words.tsv's instruction phrases alone, is dropped; one word more ("list only
  one", "in GB", "exclude ties") leaves it in the question, which then refuses as before.
- (c) market share in casual and analyst phrasing: "how much of the market does X have", "what
  portion of the AI chip market ...", "the share the article attributes to X, based on its market
  estimation" lead to the market-share report (its "# ask:" phrases, and the source hedge in
  words.tsv), answered with the one holder's figure and hedge; an organization after "to" is the
  holder, not a comparison's baseline (a chip there still is refused). Names the article gives no
  share for, a chip, a workload, or a year still refuse.
- (d) a heading of the article after the name of a group of organizations ("under its Unicorn
  Startups heading", "in the Megacap Players section"): the group; a heading word anywhere else
  refuses, and 'under' without a heading is still a comparison.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, check, first_column, refused

from chipkg.errors import NoAnswer


@pytest.fixture(scope="module")
def lex(kg):  # noqa: ANN001
    from chipkg.ask.answer import lexicon_of

    return lexicon_of(kg.store)


# --------------------------------------------------------------------------- (a) typos of names


@pytest.mark.parametrize(
    ("question", "expected", "read"),
    [
        ("nortpole sram", ["192 MB"], "read 'nortpole' as 'NorthPole'"),
        ("tenstorent grayskull e75 clock", ["1 GHz"], "read 'tenstorent' as 'Tenstorrent'"),
        ("which chips did nvdia design?", ["Nvidia Blackwell GPU", "Nvidia H100"], "read 'nvdia' as 'Nvidia'"),
        ("does nivdia design the blackwell gpu?", ["true"], "read 'nivdia' as 'Nvidia'"),
        ("blackwel transistor count", ["208 billion"], "read 'blackwel' as 'Blackwell'"),
    ],
)
def test_a_typo_of_a_name_is_read_as_the_name_and_the_reading_says_so(kg, ask_json, question, expected, read):  # noqa: ANN001
    from chipkg.ask.answer import answer

    check(ask_json, question, expected, any_order=True)
    assert answer(kg.store, question).reading.endswith(f"({read})")


def test_a_refusal_of_the_corrected_question_says_what_was_read(ask_json):  # noqa: ANN001
    reason = refused(ask_json, "nortpole")["reason"]
    assert "names a chip but not what to tell" in reason and "(read 'nortpole' as 'NorthPole')" in reason


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("gaudy 3 power", "'gaudy'"),  # a letter typed wrong: not read
        ("does apply support int8?", "'apply'"),  # an English word one letter from "Apple"
        ("which chips did nvidiaa design?", "'nvidiaa'"),  # one letter too many
        ("which chips have the most scores?", "'scores'"),  # vocabulary ("cores") is never a correction
        ("sambanova sn40l memry", "'memry'"),  # nor "memory"
        ("cerebrs wafer memory", "'wafer'"),  # one unknown word is no typo: the question is refused
        ("machine chips", "'machine'"),  # "machines" is part of a name, not one: not read
        ("gaud 3 power", "'gaud'"),  # under five letters
    ],
)
def test_a_near_miss_is_refused_naming_the_word(ask_json, question, word):  # noqa: ANN001
    reason = refused(ask_json, question)["reason"]
    assert "I don't know the word" in reason and word in reason and "read '" not in reason, reason


def test_misspelt_name_needs_one_neighbour_that_is_a_name_token(lex):  # noqa: ANN001
    from chipkg.ask.lexicon import misspelt_name

    assert misspelt_name("cerebas", lex) == "cerebras"
    assert misspelt_name("nivdia", lex) == "nvidia"  # two letters swapped
    assert misspelt_name("nlink", lex) is None  # "nvlink" and "link": two neighbours
    assert misspelt_name("northpole", lex) is None  # no typo at all


def test_a_typo_is_never_read_as_another_version(lex):  # noqa: ANN001
    from chipkg.ask.parse import read

    for question in ("gaudy 2 power", "mtia v3 power", "trainum3 memory"):
        with pytest.raises(NoAnswer):
            read(question, lex)


# --------------------------------------------------------------------------- (b) instructions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chip has the most HBM bandwidth? If more than one chip is tied, name them all.",
            ["Google Trillium TPU", "Intel Gaudi 3"],  # tied
        ),
        ("Which chip has the highest HBM capacity? In case of a tie, list all of them.", None),
        ("What is the transistor count of the Groq LPU? Include any hedge.", ["over 20 billion"]),
        ("How much SRAM does NorthPole have? Keep any qualifier.", ["192 MB"]),
        ("Include any hedges. What is the transistor count of the Groq LPU?", ["over 20 billion"]),
    ],
)
def test_a_sentence_that_only_says_how_to_answer_is_dropped(ask_json, question, expected):  # noqa: ANN001
    shown = first_column(answered(ask_json, question))
    alone = answered(ask_json, question.split("? ")[0] + "?" if "? " in question else question.split(". ", 1)[1])
    assert shown == first_column(alone)
    if expected is not None:
        assert sorted(shown) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest HBM capacity? If several are tied, list only one.",
        "Which chip has the highest HBM capacity? Exclude ties.",
        "What is the die area of NorthPole? Give the figure in square centimetres.",
        "What is the transistor count of the Groq LPU? Do not include hedges.",
        "Which chip has the highest HBM capacity? If several are tied, list all of them, smallest first.",
    ],
)
def test_a_sentence_with_one_word_more_stays_in_the_question(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


def test_instructions_are_whole_sentences_only(lex):  # noqa: ANN001
    from chipkg.ask.lexicon import is_instruction
    from chipkg.ask.parse import segment

    assert is_instruction("If several are tied, list all of them.")
    assert not is_instruction("List all of them.")  # listing all, with no tie said, may ask for more
    assert not is_instruction("")
    # within a question, an instruction phrase is no word ask reads
    assert any(it.kind == "unknown" for it in segment("which chip has the most hbm if several are tied", lex))


# --------------------------------------------------------------------------- (c) market share


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how much of the AI chip market does AMD have?", "about 10 %"),
        ("what portion of the market does nvidia hold?", "about 85 %"),
        (
            "What share of the AI chip market does the article give to Nvidia, based on its market estimate?",
            "about 85 %",
        ),
        ("What slice of the AI chip market is attributed to AMD?", "about 10 %"),
    ],
)
def test_one_holders_market_share_in_casual_and_careful_phrasing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "how much of the market does intel have?",  # the article gives none
        "how much of the market does the H100 have?",  # a chip holds no share
        "how much of the market is inference?",
        "what portion of the market will nvidia have in 2030?",
        "how big is the AI chip market?",
        "how much of the market do all other chip makers have?",
    ],
)
def test_market_questions_it_cannot_answer_are_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# --------------------------------------------------------------------------- (d) headings


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how many companies does the article place under its Megacap Players heading?", None),
        ("which chips come from organizations under the Unicorn Startups heading?", None),
        ("How many organizations are listed in the Unicorn Startups section?", ["6"]),
    ],
)
def test_a_groups_heading(ask_json, question, expected):  # noqa: ANN001
    data = answered(ask_json, question)
    if expected is not None:
        assert first_column(data) == expected


def test_a_heading_names_the_group_it_titles(ask_json):  # noqa: ANN001
    heading = first_column(
        answered(ask_json, "which chips come from organizations under the Unicorn Startups heading?")
    )
    assert sorted(heading) == sorted(first_column(answered(ask_json, "unicorn startup chips")))
    megacaps = answered(ask_json, "how many companies does the article place under its Megacap Players heading?")
    assert first_column(megacaps) == first_column(answered(ask_json, "how many megacap players are there?"))


@pytest.mark.parametrize(
    "question",
    [
        "how many headings does the article have?",  # a heading word that follows no group
        "which chips are under the heading?",
        "which organizations are under unicorn startups?",  # 'under' with no heading: still a comparison
    ],
)
def test_headings_it_cannot_read_are_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)
