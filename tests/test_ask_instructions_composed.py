"""``chipkg ask``: a sentence (or a closing clause) that only says how to answer is read in parts
that compose (words.tsv role ``instruction``, :func:`chipkg.ask.lexicon.told`): courtesy ("kindly",
"if you would"), a verb that keeps and what it keeps, a state of what is kept ("intact", "as is"), a
condition of it ("if one is given", "when present"), "don't" with a verb of dropping ("don't round"),
a form of the answer with words that say it is enough ("a plain list of the chips is sufficient").
One extra word of courtesy or condition no longer leaves the sentence in the question (it was
refused); a word that restricts, drops or converts ("keep only ...", "drop the qualifier", "in
MHz") still does, and a form the question's shape does not give is refused."""

from __future__ import annotations

import json

import pytest
from ask_expect import answered_or_refused, refused

from chipkg.ask.lexicon import told

FIGURE = ("figure",)


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        # courtesy, a part of its own
        ("Kindly preserve the hedge.", FIGURE),
        ("If you would, retain the qualifier.", FIGURE),
        ("Keep the unit, if possible.", FIGURE),
        ("Thanks, and keep the hedge.", FIGURE),
        # a condition of what is kept
        ("Retain the qualification if one is given.", FIGURE),
        ("Keep the hedge when present.", FIGURE),
        ("Preserve the qualifier if the article gives one.", FIGURE),
        ("If a hedge is given, keep it.", FIGURE),
        ("Maintain any qualifier, if any.", FIGURE),
        # a state of what is kept, which says both parts
        ("Leave the hedge in place.", FIGURE),
        ("Keep it as is.", FIGURE),
        ("Qualifier intact.", FIGURE),
        ("Keep the hedging language untouched.", FIGURE),
        # a negated verb of dropping keeps
        ("Please don't round.", FIGURE),
        ("Do not strip the hedge.", FIGURE),
        ("No rounding, thanks.", FIGURE),
        # a verb of answering with what is kept
        ("Return the value with its unit.", FIGURE),
        ("Express it in the unit the article uses.", FIGURE),
        # a form with words that say it is enough
        ("A plain list of the chips is sufficient.", ("chips", "names")),
        ("A bare list would be ideal.", ("names",)),
        ("Company names are plenty.", ("orgs",)),
        ("The chip alone is fine.", ("chips",)),
        ("A simple yes or no.", ("yesno",)),
        ("The number is all I need.", ("number",)),
        ("The multiple alone will do.", ("multiple",)),
        ("Kindly express it as a multiple.", ("multiple",)),
        # a tie condition with courtesy
        ("Kindly name them all if several are tied.", ()),
    ],
)
def test_instruction_parts_compose(sentence, forms):  # noqa: ANN001
    said = told(sentence)
    assert said is not None and said.forms == forms, said


@pytest.mark.parametrize(
    "sentence",
    [
        "Keep only the hedged figures.",  # "only" beside what is kept restricts it
        "Just keep the startups.",
        "Drop the qualifier.",  # dropping, not negated
        "Round it, please.",
        "Give the figure without its unit.",  # a negation of keeping
        "Don't keep the hedge.",
        "Keep the hedge out.",
        "Leave the qualifier off.",
        "If any.",  # a condition of nothing
        "Please.",
        "If the article gives one, use the per-card figure.",
        "List only one, please.",
        "List just two.",
        "A plain list of the Nvidia chips is sufficient.",
        "Give the figure in MB, if possible.",
        "Kindly exclude ties.",
        "The single-chip figure.",  # "chip" alone is no form: a figure's scope
        "Do not change the chips.",  # a negated verb of dropping keeps a figure, not a form
    ],
)
def test_words_that_change_the_answer_are_no_instruction(sentence):  # noqa: ANN001
    assert told(sentence) is None


#: one chip's figure with a hedge, a list of chips, a count, a yes/no, a claim's multiple
HEDGED = "What is the typical power of the Mythic M2000?"
LISTED = "Which chips are manufactured by TSMC?"
COUNTED = "How many chips are made on 7nm?"
YES_NO = "Does the Intel Gaudi 3 use HBM?"
MULTIPLE = "By how much does Trillium improve peak compute over the previous generation?"


def _same(ask_json, question: str, with_instruction: str) -> None:  # noqa: ANN001
    code, base = ask_json(question)
    assert code == 0, base[:300]
    code, out = ask_json(with_instruction)
    assert code == 0, out[:300]
    assert json.loads(out) == json.loads(base)


@pytest.mark.parametrize(
    ("question", "instruction"),
    [
        (HEDGED, "Kindly preserve any qualifier the article attaches to that number."),
        (HEDGED, "Please retain the qualification if one is present."),
        (HEDGED, "Leave any hedge in place."),
        (HEDGED, "Please do not round the figure."),
        (LISTED, "A plain list of the chips is sufficient."),
        (LISTED, "A short list of names would be ideal."),
        (COUNTED, "A whole number is fine, thanks."),
        (YES_NO, "A simple yes or no would suffice."),
        (MULTIPLE, "Give the multiple as stated."),
        (MULTIPLE, "Kindly express it as a multiple."),
    ],
)
def test_an_instruction_sentence_changes_nothing(ask_json, question, instruction):  # noqa: ANN001
    _same(ask_json, question, f"{question} {instruction}")


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        (HEDGED, "keeping the article's hedge intact"),  # one chip's figure
        (HEDGED, "qualifier and all"),
        (HEDGED, "exactly as printed"),
        (LISTED, "a bare list is ideal"),  # a form of the answer, of any question
        (LISTED, "names only"),
        (YES_NO, "yes or no"),
        (COUNTED, "a single number is fine"),
    ],
)
def test_a_closing_clause_that_only_says_how_to_answer(ask_json, question, clause):  # noqa: ANN001
    _same(ask_json, question, f"{question.rstrip('?')}, {clause}?")


@pytest.mark.parametrize(
    ("question", "instruction"),
    [
        (LISTED, "A simple yes or no."),
        (LISTED, "A number is fine."),
        (COUNTED, "A plain list of the chips is sufficient."),
        (YES_NO, "A bare list is ideal."),
        (COUNTED, "Kindly preserve any qualifier."),
        ("How much HBM does the Intel Gaudi 3 have?", "Give the multiple as stated."),
        ("Which companies are members of the UXL Foundation?", "A plain list of the chips is sufficient."),
    ],
)
def test_a_form_the_question_does_not_give_is_refused(ask_json, question, instruction):  # noqa: ANN001
    refused(ask_json, f"{question} {instruction}")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (LISTED, "Keep only the startups."),
        (LISTED, "List only one."),
        (LISTED, "A plain list of the Nvidia chips is sufficient."),
        (HEDGED, "Drop the qualifier."),
        (HEDGED, "Keep the hedge out."),  # read as keeping the hedge (parse.frames._stated_hedges)
        (HEDGED, "Leave out the hedge."),
        (HEDGED, "Answer for the e75 instead."),
        ("What is the Groq LPU's transistor count?", "Round it to the nearest billion."),
        ("What is the peak CPU clock of the Apple M4?", "Report it in MHz."),  # "MHz." with its full stop
        ("Which chip has the highest transistor count?", "Keep only the hedged figures."),
        (MULTIPLE, "Express it as a percentage."),
        (HEDGED, "If one is given, give the maximum instead."),
    ],
)
def test_a_near_miss_is_never_dropped(ask_json, question, sentence):  # noqa: ANN001
    code, base = ask_json(question)
    assert code == 0, base[:300]
    said = answered_or_refused(ask_json, f"{question} {sentence}")
    assert said is None or said != json.loads(base), said


@pytest.mark.parametrize(
    "question",
    [
        "Which companies are members of the UXL Foundation? Don't list Intel.",  # Intel was listed
        "Which companies are members of the UXL Foundation? Please do not show Intel.",
    ],
)
def test_a_later_sentence_that_says_what_not_to_list_is_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "sets aside what the answer lists")


def test_a_negated_organization_of_another_kind_is_refused(ask_json):  # noqa: ANN001
    # read as "not member of Intel", Intel was listed among the members
    refused(ask_json, "Which companies are members of the UXL Foundation, not Intel?", "other than Intel")


def test_a_unit_asked_with_a_full_stop_is_checked(ask_json):  # noqa: ANN001
    refused(ask_json, "What is the peak CPU clock of the Apple M4 in MHz.", "not in mhz")


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        # a modal and "you", courtesy between, before a verb that asks for the answer: a request
        ("Could you state the typical power of the Mythic M2000?", HEDGED),
        ("Would you kindly name the chips manufactured by TSMC?", LISTED),
        ("Could you state the HBM capacity of the Intel Gaudi 3?", "How much HBM does the Intel Gaudi 3 have?"),
        (
            "Could you please state the typical power of the Mythic M2000, keeping the article's hedge intact?",
            HEDGED,
        ),
    ],
)
def test_a_request_opened_with_a_modal_asks_for_the_answer(ask_json, question, plain):  # noqa: ANN001
    _same(ask_json, plain, question)


@pytest.mark.parametrize(
    "question",
    [
        "Would you say the Groq LPU is made by TSMC?",  # a statement after the verb: yes or no
        "Could you confirm the Intel Gaudi 3 uses HBM?",
        "Can you use the Groq LPU for inference?",  # a verb of a relation: yes or no, as before
    ],
)
def test_a_modal_before_a_statement_still_asks_yes_or_no(ask_json, question):  # noqa: ANN001
    said = answered_or_refused(ask_json, question)
    assert said is None or "boolean" in said, said
