"""``chipkg ask``: instruction sentences in more words (words.tsv, the thirteenth session's block of
role ``instruction``; :func:`chipkg.ask.lexicon.told`): modals before a participle ("The unit
should be retained."), an inverted condition ("Should two or more be tied, ..."), ties said as a
noun ("Ties should all be listed."), the listing in the passive, what is kept left as it is ("as
they are", "in place", "next to its figure"), figures taken as the article prints them ("taken at
face value", "as printed"), forms that exclude figures ("names only, no figures"). Articles and
copulas now compose with a tie condition and its listing. A sentence added to a question that
only says how to answer changes nothing; one that drops, restricts or converts is never dropped.

Before these phrases, 13 of 35 instruction sentences written for this (each added to
a question whose answer it must leave as it is) changed nothing; after, 34 (the last is refused:
it names a hedge the answer does not check that way)."""

from __future__ import annotations

import json

import pytest
from ask_expect import refused

from chipkg.ask.lexicon import told

TOP = "Which chip has the most SRAM?"
VALUE = "What is the clock speed of the Groq LPU?"
LIST = "Which chips use HBM?"
COUNT = "How many chips use HBM?"
YESNO = "Does the Gaudi 3 use HBM?"
RANK = "Rank the chips by clock speed, fastest first."
HEDGED = "What transistor count does the article give for the Groq LPU?"

SAID = [
    (TOP, "Should two or more be tied, list every one of them."),
    (TOP, "Ties should all be listed."),
    (TOP, "Where several share the top figure, include each."),
    (TOP, "If a tie occurs, give every tied chip."),
    (TOP, "All tied chips should be named."),
    (TOP, "In case two chips share the figure, list both."),
    (TOP, "Please name every chip that ties for first."),
    (TOP, "If more than one chip has that figure, return them all."),
    (VALUE, "Report it as the article words it."),
    (VALUE, "The unit should be retained."),
    (VALUE, "The qualifier must be kept."),
    (VALUE, "I'd like the figure together with its unit."),
    (LIST, "Only the chip names, no figures."),
    (LIST, "No need for figures; names are enough."),
    (COUNT, "I only need the total."),
    (YESNO, "I only need a yes/no."),
    (TOP, "Hedged peaks may be taken as printed."),
    (TOP, "Take the figures as printed."),
    (RANK, "Keep each hedge next to its figure."),
    (RANK, "Hedges should stay attached."),
    (RANK, "Leave the qualifiers as they are."),
    (HEDGED, "The 'over' should be preserved."),
]


@pytest.mark.parametrize(("question", "sentence"), SAID, ids=[s for _, s in SAID])
def test_an_instruction_sentence_changes_nothing(ask_json, question, sentence):  # noqa: ANN001
    alone = ask_json(question)
    assert alone[0] == 0, alone[1][:300]
    assert ask_json(f"{question} {sentence}") == alone


NOT_INSTRUCTIONS = [
    "Ties should not be listed.",
    "Ties should be excluded.",
    "Ties should be broken by clock speed.",
    "Only one chip should be named.",
    "The hedge should be dropped.",
    "Hedges should be removed.",
    "Figures should be rounded.",
    "The unit should be converted.",
    "The qualifier must not be kept.",
    "Take only the hedged figures.",
    "Peaks should be taken without hedges.",
    "The tied chips should be omitted.",
]


@pytest.mark.parametrize("sentence", NOT_INSTRUCTIONS)
def test_a_sentence_that_drops_restricts_or_converts_is_no_instruction(sentence):  # noqa: ANN001
    assert told(sentence) is None


@pytest.mark.parametrize("sentence", NOT_INSTRUCTIONS)
def test_beside_a_question_it_is_refused(ask_json, sentence):  # noqa: ANN001
    refused(ask_json, f"{TOP} {sentence}")


# --------------------------------------------------------------------------- a kind granted


GRANTED = [
    ("Which chips use HBM?", "Treat HBM3 and HBM3E as HBM."),
    ("Which chips use HBM?", "Please count HBM3 as a kind of HBM."),
    ("Which chips support FP8?", "Consider cFP8 a form of FP8."),
    ("Which chips support FP8?", "You may treat cFP8 as FP8."),
    ("Rank the SambaNova SN40L and the Intel Gaudi 3 by HBM capacity.", "Treat the SN40L's HBM3 as HBM."),
    ("How many chips use HBM?", "Regard HBM3E as HBM, thanks."),
]


@pytest.mark.parametrize(("question", "sentence"), GRANTED, ids=[s for _, s in GRANTED])
def test_a_kind_the_graph_holds_granted_changes_nothing(ask_json, question, sentence):  # noqa: ANN001
    alone = ask_json(question)
    assert alone[0] == 0, alone[1][:300]
    assert ask_json(f"{question} {sentence}") == alone


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Treat HBM as HBM3.", "does not hold HBM as a kind of HBM3"),  # the other way round
        ("Treat HBM3 as SRAM.", "does not hold HBM3 as a kind of SRAM"),
        ("Count LPDDR5 as HBM.", "does not hold LPDDR5 as a kind of HBM"),
        ("Treat the Gaudi 3 as HBM.", "does not hold Intel Gaudi 3 as a kind of HBM"),
    ],
)
def test_a_kind_the_graph_does_not_hold_is_refused(ask_json, sentence, said):  # noqa: ANN001
    refused(ask_json, f"Which chips use HBM? {sentence}", said)


@pytest.mark.parametrize(
    "sentence",
    [
        "Treat the Groq LPU as a training chip.",  # not names of the graph on both sides
        "Count Trainium2 as Amazon's.",
        "Treat HBM3 as HBM only for the SN40L.",
    ],
)
def test_anything_else_after_treat_is_no_grant(ask_json, sentence):  # noqa: ANN001
    refused(ask_json, f"Which chips use HBM? {sentence}")


# --------------------------------------------------------------------------- a scope set aside by a contrast


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What is the peak performance of a single Cerebras CS-3 chip, rather than the cluster aggregate?", "2.6"),
        ("What is the peak performance of the Cerebras CS-3 as opposed to the cluster total?", "2.6"),
        ("What is the SRAM of the Gaudi 3 per chip rather than per die?", "96 MB"),
        ("What is the SRAM of the Gaudi 3 per chip as opposed to per die?", "96 MB"),
    ],
)
def test_a_scope_set_aside_by_a_contrast_reads_as_not(ask_json, question, figure):  # noqa: ANN001
    """ "rather than" / "as opposed to" before a scope (and words of a total) outside a parenthesis
    too: a chip has figures of both scopes, and the one set aside is not asked for, as "not the
    cluster aggregate" says it (parse.asides._contrasts)."""
    code, stdout = ask_json(question)
    assert code == 0, stdout[:300]
    data = json.loads(stdout)
    figures = [b["figure"]["value"] for b in data["results"]["bindings"]]
    assert figures and all(figure in f for f in figures), figures
    assert "per chip only" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM, as opposed to SRAM?",  # a thing, not a scope: a chip may have both
        "Which chips are for inference as opposed to training?",
    ],
)
def test_a_thing_set_aside_by_a_contrast_stays_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "set aside")


# --------------------------------------------------------------------------- a hedge stated as known


@pytest.mark.parametrize(
    ("sentence", "hedges"),
    [
        ("It is an 'up to' figure.", ("upper bound",)),
        ("I know it's an 'up to' figure.", ("upper bound",)),
        ("I realise the figure is an 'over' figure.", ("lower bound",)),
    ],
)
def test_a_hedge_stated_as_known_is_told(sentence, hedges):  # noqa: ANN001
    said = told(sentence, {("up", "to"): "upper bound", ("over",): "lower bound"})
    assert said is not None and said.hedges == hedges


@pytest.mark.parametrize(
    "sentence", ["I know it is not an 'up to' figure.", "I know.", "I know the figure is up to 20."]
)
def test_anything_else_known_is_no_instruction(sentence):  # noqa: ANN001
    assert told(sentence, {("up", "to"): "upper bound"}) is None


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What is the maximum number of Trainium2 chips in an UltraCluster? (I know it is an 'up to' figure.)", None),
        ("How many Trainium2 chips fit in an UltraCluster? It is an 'up to' figure, I know.", None),
        ("What is the clock speed of the Apple M4? I realise it is an 'up to' figure.", None),
        # the hedge stated is checked against the article's: a false one is refused
        ("How many Trainium2 chips fit in an UltraCluster? I know it's an 'over' figure.", "lower bound"),
        ("What is the clock speed of the Groq LPU? I realise it is an 'up to' figure.", "upper bound"),
    ],
)
def test_a_hedge_stated_as_known_is_checked(ask_json, question, said):  # noqa: ANN001
    if said is not None:
        refused(ask_json, question, said)
        return
    code, stdout = ask_json(question)
    assert code == 0, stdout[:300]
    assert json.loads(stdout)["results"]["bindings"][0]["figure"]["value"].startswith("up to")


@pytest.mark.parametrize(
    "sentence",
    [
        "Should two or more be tied, I would expect every one of them to be listed.",
        "One of these figures is hedged as nominal, so please keep that qualifier in view.",
        "Bear in mind that at least one of these is described as typical and approximate.",
        "For this purpose a peak stated as 'up to' is acceptable.",
    ],
)
def test_remarks_on_ties_and_hedges_change_nothing(ask_json, sentence):  # noqa: ANN001
    """A tie listed with a verb of wanting; a hedge said loosely of 'one of these' figures (no one
    figure's hedge asserted); a figure of a hedge said acceptable."""
    alone = ask_json(TOP)
    assert alone[0] == 0
    assert ask_json(f"{TOP} {sentence}") == alone
