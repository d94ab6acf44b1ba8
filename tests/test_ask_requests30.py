"""``chipkg ask``: requests about the form of the answer that ask honours for every answer, and the
same words beside a question they do not fit.

An analyst adds a sentence that asks for what ask already does: ties kept in a most or least ("If two
or more share the top figure, list every one of them"), a figure's hedge kept ("I'd like that hedge
preserved"), a bare count ("a single number is all I need"), each chip counted once ("count each chip
once, regardless of how many other precisions it lists"). Each is read as a words.tsv instruction
(chipkg.ask.lexicon.told) that asks for a form of the answer, checked against the question's frame
(chipkg.ask.parse.checks._check_forms), never dropped as a blanket filler:

- a tie request (form ``tie``) fits a most/least or a ranking, whose ties are always listed; beside a
  list, a count or one chip's figure it is refused. Its "all", "every one of them" widen nothing; one
  that narrows ("list only the startup chips", "pick one", "only one of them") is refused;
- a request to keep the hedge (form ``figure``) fits what shows hedges (a value, a most, a ranking, a
  list with its hedged values: "likely HBM3E"); beside a count or a yes/no it is refused; "keep only the
  hedged figures" and "drop the hedge" are refused;
- "I'm after", "all I need" are the asker's want (words of asking), not "after" of time;
- "count each chip once" (form ``once``) fits a count of chips, which counts DISTINCT chips; beside a
  list or a figure it is refused; "count each precision separately" stays refused.

Questions written for this file (in no held-out set). Article lines (/work/shared/sources/
ai-chip-race.txt): Gaudi 3 128 GB HBM 55, Trillium 128 GB (per chip); Groq LPU 1.2 GHz 153 and Grayskull
e150 1.2 GHz, both data-center; Mythic M2000 about 4 W 165; Apple M4 around 40 billion transistors 119;
Groq LPU over 20 billion transistors, up to 1 PetaOPS INT8 151-153; MI350 up to 35 times the MI300 series
47; NorthPole 192 MB SRAM, nominal 400 MHz 113; INT8: Groq LPU, NorthPole, AI 100 Ultra; 7nm: six chips.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, first_column

HBM_TOP = ["Google Trillium TPU", "Intel Gaudi 3"]
DC_CLOCK_TOP = ["Groq LPU", "Tenstorrent Grayskull e150"]
SEVEN_NM = 6
INT8 = ["Groq LPU", "IBM NorthPole", "Qualcomm Cloud AI 100 Ultra"]

# --------------------------------------------------------------------------- the reader of requests


def test_the_reader_tells_each_request():
    """chipkg.ask.lexicon.told on the sentences alone: a tie request, a hedge kept, a form asked, what
    is asked said as enough; anything that narrows, drops or picks is no request."""
    from chipkg.ask.lexicon import Told, told

    vocab = {("capac",): ["ck:capacity"], ("precis",): ["ck:precision"]}
    assert told("I suspect a tie at the top, in which case list them all.") == Told(tie=True)
    assert told("If two come out level, list both.") == Told(tie=True)
    assert told("Please report ties.") == Told(tie=True)
    assert told("The author hedges the figure, and I'd like the answer to say so.") == Told(forms=("figure",))
    assert told("Don't flatten the hedge into a plain number.") == Told(forms=("figure",))
    assert told("A single number is all I need; I'll go through the parts myself.") == Told(forms=("number",))
    assert told("Count each chip once.") == Told(forms=("once",))
    said = told("Count each chip once, regardless of how many other precisions it lists.", vocab=vocab)
    assert said == Told(forms=("once",))
    assert told("The capacity is what I'm after.", vocab=vocab) == Told(asked=("ck:capacity",))
    assert told("List all of them.") == Told(forms=("every",))  # checked: a list, never a most's ties
    for sentence in (
        "If there's a tie, list only one of them.",
        "If there's a tie, pick one.",
        "Keep only the hedged figures.",
        "Drop the hedge.",
        "Count each precision separately.",
        "Keep the capacity.",  # a thing of the graph beside no "is what I'm after"
        "I'll go through the parts myself.",  # what the asker does, beside no number asked
        "List all of them, largest first.",
    ):
        assert told(sentence, vocab=vocab) is None, sentence


# --------------------------------------------------------------------------- ties kept in a most or least

TIES_KEPT = [
    ("Which chip has the most HBM capacity? If several tie for first, name them all.", HBM_TOP),
    ("Which data-center chip has the highest clock speed? In case of a tie, list every tied chip.", DC_CLOCK_TOP),
    (
        "Which data-center chip has the highest clock? There may well be a tie; if so, give me all of them.",
        DC_CLOCK_TOP,
    ),
    (
        "Which chip has the most HBM? Should more than one share the top spot, include each of them rather than "
        "choosing one.",
        HBM_TOP,
    ),
    (
        "Which training chip has the largest HBM capacity? Don't pick just one if there's a tie.",
        ["Google Trillium TPU"],
    ),
    ("Which chip draws the least power? If two come out level, list both.", ["Mythic M2000"]),
    ("Which chip carries the most HBM? I suspect a tie at the top, in which case list them all.", HBM_TOP),
    ("Which chip has the most HBM capacity? If there happens to be a tie, include all the tied chips.", HBM_TOP),
    (
        "Which chip has the largest HBM capacity? If two or more share the top figure, list every one of them "
        "rather than picking one.",
        HBM_TOP,
    ),
    ("most HBM? ties: list all", HBM_TOP),
    ("top clock among data center chips, all ties pls", DC_CLOCK_TOP),
    ("Which chip has the most HBM? Should there be a tie, I'd want every one of them rather than just one.", HBM_TOP),
    ("which chip has the biggest HBM? if it's a tie give me both", HBM_TOP),
    ("Which chip has the most SRAM? If there is more than one, list them all.", ["d-Matrix Corsair C8"]),
    ("highest clock among data center chips? if two or more are tied I want all of them", DC_CLOCK_TOP),
    # a closing clause after a comma, read as a sentence is and checked the same way
    ("Which chip has the most HBM, if tied list all?", HBM_TOP),
    ("Which chip draws the least power, in case of a tie list both?", ["Mythic M2000"]),
    ("Which chip draws the least power, if two are tied, name both?", ["Mythic M2000"]),
]


@pytest.mark.parametrize(("question", "expected"), TIES_KEPT)
def test_a_tie_request_beside_a_most_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=True)


def test_a_tie_request_beside_a_ranking_changes_nothing(ask_json):  # noqa: ANN001
    found = first_column(
        answered(ask_json, "Rank the chips by HBM capacity, highest first. If two are tied, keep both.")
    )
    assert sorted(found[:2]) == HBM_TOP, found


TIES_REFUSED = [
    # a tie request beside a question with no top: a list, one chip's figure, a count, a yes/no
    "Which chips use HBM? If there is a tie, list all of them.",
    "Which chips are built on 5nm? Please report ties.",
    "Is Gaudi 3's HBM the largest? If there's a tie, list all of them.",
    "What is the HBM capacity of Gaudi 3? If two chips tie, list both.",
    "How many chips use HBM? In case of a tie, list every one of them.",
    "Which chips are built on 7nm? If there happens to be a tie, include all the tied chips.",
    # a request that narrows or breaks the tie: never dropped
    "Which chip has the most HBM? If there's a tie, list only the startup chips.",
    "Which chip has the most HBM? If there's a tie, pick one.",
    "Which chip has the most HBM? If there's a tie, list only one of them.",
    "Which chip has the most HBM? If there's a tie, break it by bandwidth.",
    "Which chip has the most HBM? If there is a tie, just give me one of them.",
    "Which chip has the most HBM? In case of a tie, list only the first one.",
    # in the question's own sentence: a tie word under a condition
    "Which chip has the most HBM — if tied, just one?",
    "Which chip has the most HBM, if tied, the one from Google?",
    "Which chips use HBM, if tied list all?",
    "How many chips use HBM, ties included?",
    "Which chips use HBM, should there be a tie, list both?",
]


@pytest.mark.parametrize("question", TIES_REFUSED)
def test_a_tie_request_that_does_not_fit_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_a_tie_word_in_the_question_that_is_no_condition_is_read(ask_json):  # noqa: ANN001
    """ "tie" as a verb ("tie to"), or "are there ties" asked, is no tie condition: read as before."""
    question = "Which chips does the article tie to ranking and recommendation models?"
    check(ask_json, question, ["Google Trillium TPU", "Meta MTIA v2"], any_order=True)
    check(ask_json, "Which chip has the most HBM, and are there ties?", HBM_TOP, any_order=True)


#: "list all of them" with no tie said: every chip of a list, never a most's tied chips (which it may not mean)
EVERY_REFUSED = [
    "Which chip has the most HBM? List all of them.",
    "Which chip has the most HBM? Include every one of them.",
    "Which chip has the most HBM? Every one of them, please.",
    "How many chips use HBM? List all of them.",
    "What is Gaudi 3's HBM capacity? List all of them.",
]


@pytest.mark.parametrize("question", EVERY_REFUSED)
def test_listing_all_with_no_tie_beside_a_most_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "every one listed"))


def test_listing_all_with_no_tie_beside_a_list_changes_nothing(ask_json):  # noqa: ANN001
    hbm = ["AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"]
    check(ask_json, "Which chips use HBM? List them all, please.", hbm, any_order=True)


# --------------------------------------------------------------------------- a figure's hedge kept

HEDGES_KEPT = [
    (
        "What transistor count does the article give for the Apple M4? The figure is hedged, and I'd like the "
        "hedge kept in the answer.",
        "about 40 billion",
    ),
    (
        "What power does the Mythic M2000 draw? The author calls it approximate, and I'd like the answer to say so.",
        "nominal about 4 watts",
    ),
    (
        "What uplift does the MI350 give over the MI300 series? Keep the 'up to' qualifier the author uses, please.",
        "up to 35",
    ),
    (
        "What peak INT8 performance does the article give the Groq LPU? Give it exactly as stated; I'd rather keep "
        "the author's qualifier than have it flattened.",
        "up to 1 PetaOPS",
    ),
    ("How many transistors does the Groq LPU have? Don't flatten the hedge into a plain number.", "over 20 billion"),
    ("What's the M4's transistor count? Please preserve the author's hedge.", "about 40 billion"),
    (
        "What clock speed does the article give for NorthPole? The author calls it nominal, and I'd like the answer "
        "to reflect that.",
        "nominal 400 MHz",
    ),
    ("M2000 power, hedge kept please", "nominal about 4 watts"),
    ("m4 transistor count, keep the hedge", "about 40 billion"),
    (
        "What transistor count does the Apple section quote for the M4? The number is hedged, and I want that hedge "
        "retained rather than dropped.",
        "about 40 billion",
    ),
]


@pytest.mark.parametrize(("question", "figure"), HEDGES_KEPT)
def test_a_hedge_request_beside_a_figure_changes_nothing(ask_json, question, figure):  # noqa: ANN001
    found = first_column(answered(ask_json, question))
    assert len(found) == 1 and found[0].startswith(figure), found


def test_a_hedge_request_beside_a_least_changes_nothing(ask_json):  # noqa: ANN001
    question = "Which chip draws the least power? Keep whatever qualifier the article attaches to the figure."
    check(ask_json, question, "Mythic M2000")


HEDGES_REFUSED = [
    "How many chips use HBM? Keep the hedge on the figure.",
    "Does the Groq LPU have over 10 billion transistors? I'd like the hedge preserved.",
    "Which chips have more than 10 billion transistors? Keep only the hedged figures.",
    "What transistor count does the Apple M4 have? Drop the hedge and give a plain number.",
    "How many chips are built on 7nm? I'd like the hedge preserved in the answer rather than dropped.",
]


@pytest.mark.parametrize("question", HEDGES_REFUSED)
def test_a_hedge_request_that_does_not_fit_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- "what I'm after", "all I need"

WANTS = [
    ("What SRAM capacity does the article give for IBM NorthPole? The capacity is what I'm after.", "192 MB"),
    ("How many chips are built on 7nm? A single number is all I need.", str(SEVEN_NM)),
    (
        "How many chips are on a 7nm node? A single number is what I'm after; I'll look at the individual parts "
        "myself.",
        str(SEVEN_NM),
    ),
    ("How many chips support INT8? A bare count is what I'm after.", "3"),
    ("how many 7nm chips? just a number is all i need", str(SEVEN_NM)),
    ("How many chips are built on 7nm? The count is all I'm after.", str(SEVEN_NM)),
    ("How many 7nm chips are there? The number is what I'm after, not the names.", str(SEVEN_NM)),
    ("How many chips use LPDDR memory? A bare number, no list.", "5"),
    ("What SRAM capacity does the article give for IBM NorthPole? It's the size I'm after.", "192 MB"),
    ("How many chips use HBM? A single number is all I need here; I'll go through the parts separately.", "5"),
]


@pytest.mark.parametrize(("question", "expected"), WANTS)
def test_the_askers_want_is_no_word_of_time(ask_json, question, expected):  # noqa: ANN001
    found = first_column(answered(ask_json, question))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_what_i_am_after_in_a_clause_of_discourse(ask_json):  # noqa: ANN001
    """ "what I'm after" (words.tsv role discourse) is the asker's want in a clause of discourse, dropped
    with it; "after" alone stays a word of time ask does not read, and a clause that says what is not
    wanted ("... are not what I'm after") narrows the answer: refused."""
    check(ask_json, "To be clear about what I'm after, which chips use HBM3?", "SambaNova SN40L")
    check(ask_json, "Which chips use HBM3? I hope that is clear about what I'm after.", "SambaNova SN40L")
    check(ask_json, "Which chips were produced after 2023?", REFUSE)
    check(ask_json, "Which chips use HBM3? Chips that merely use HBM are not what I'm after.", REFUSE)


def test_names_are_all_i_need_beside_a_list(ask_json):  # noqa: ANN001
    check(ask_json, "Which chips support INT8? Names are all I need.", INT8, any_order=True)


WANTS_REFUSED = [
    # what the sentence says is asked is not what the question asks
    "What SRAM capacity does the article give for IBM NorthPole? The bandwidth is what I'm after.",
    "What is the clock speed of the Groq LPU? The foundry is all I need.",
    "Which chips use HBM? The capacity is what I'm after.",
    "Is the Groq LPU built on 7nm? A single number is all I need.",
    "What is the Groq LPU's clock speed? The chip names are what I'm after.",
    "What comes after the MI300? That is what I'm after.",
    "Which chips use HBM? The number is what I'm after, not the names.",
    "How many chips support FP16? I'm after the ones from startups.",
    "Which chips were produced after 2024? The names are what I'm after.",
]


@pytest.mark.parametrize("question", WANTS_REFUSED)
def test_a_want_that_does_not_fit_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- each chip counted once

ONCE = [
    (
        "How many chips support INT8? Count each chip once, regardless of how many other precisions it lists.",
        "3",
    ),
    ("How many chips use HBM? Please count each chip only once, however many memory types it lists.", "5"),
    ("How many chips are built on 7nm? Count every chip once.", str(SEVEN_NM)),
    ("How many chips support FP8? Each chip once please.", "2"),
    ("How many chips support INT8? Count each chip just once.", "3"),
    ("How many chips support INT8, counting each chip only once?", "3"),
    ("how many chips do INT8, each counted once?", "3"),
    (
        "How many chips does the article describe as supporting INT8? Each chip should count once, whatever other "
        "formats it supports; a bare count is what I'm after.",
        "3",
    ),
]


@pytest.mark.parametrize(("question", "expected"), ONCE)
def test_each_chip_counted_once_beside_a_count_changes_nothing(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


ONCE_REFUSED = [
    "Which chips support INT8? Count each chip once.",
    "What is the INT8 performance of the Groq LPU? Count each chip once.",
    "How many chips support INT8? Count each precision separately.",
    "How many chips support INT8? Count each chip once per precision it lists.",
    "Which chip has the most HBM? Count each chip once, regardless of how many memories it lists.",
    "Which chip has the most HBM? Each chip once please.",
    "Which chips support INT8, counting each chip only once?",
]


@pytest.mark.parametrize("question", ONCE_REFUSED)
def test_each_chip_counted_once_that_does_not_fit_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_the_count_of_chips_is_distinct():
    """What makes "count each chip once" true of every count of chips: the query counts DISTINCT chips."""
    from chipkg.ask import frame as F
    from chipkg.ask.compile import compile_frame

    compiled = compile_frame(F.Frame(ask=F.COUNT))
    assert "COUNT(DISTINCT ?c)" in compiled.sparql, compiled.sparql
