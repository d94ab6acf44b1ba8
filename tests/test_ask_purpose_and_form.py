"""``chipkg ask``: sentences and clauses around the question that talk about the asker's purpose or
about the answer's form.

- A sentence or lead-in that states what the asker is doing ("I'm compiling transistor counts for a
  market study.", "Cooling is one of our facility constraints.", "For a packaging study: ...") is
  inert when it names nothing the question proper does not (words.tsv ``discourse``: the asker's
  work; a word of the graph's prose or an unknown word right before such a noun, "a packaging
  study", says what the work is about; a name the question names too is checked to change nothing,
  remarks.inert_clause). One that names another thing ("an inference-focused evaluation" before a
  question about 7nm, "clock speeds" before a question about die area) keeps the refusal.
- Sentences about the answer's form are read by lexicon.told and checked against the question's
  shape, never dropped unread: "No conversion is needed." (a figure kept as stated), a preference of
  names ("I would prefer the chip names over the platform names", "I'm interested in the chips, not
  their vendors": refused where the question asks the other), every chip sharing a tie, groups that
  tie ("If two nodes tie, list both."), "If several qualify, list them all." (a list's answer,
  refused beside a most), "Count each node once." (a count of distinct nodes, refused beside a
  count of chips), "the top two matter most to me" after a ranking (its top N; anywhere else refused).
- "the largest number of chips" is "the most chips" (the group with the most chips): read word by
  word it was the largest process node, a wrong answer; "the most of them" after a group is refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a sentence or lead-in of the asker's work, inert
        (
            "I'm compiling transistor counts for a market study. How many transistors does the Maia 100 have?",
            "120 billion",
        ),
        ("For a packaging study: what die area is given for NorthPole?", "800 mm², per die"),
        ("Cooling is one of our facility constraints. Does Intel's Gaudi 3 use HBM?", True),
        # a name in the lead-in that the question proper names too, checked to change nothing
        (
            "For an inference-focused evaluation: which chips does the article describe as suited to "
            "inference and built on 4nm?",
            ["Nvidia Blackwell GPU"],
        ),
    ],
)
def test_a_sentence_of_the_askers_work_is_inert(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the purpose names a workload the question does not ask about: it may narrow the chips
        "For an inference-focused evaluation: which chips are built on a 7nm node?",
        # the work names another figure than the one asked
        "I'm compiling clock speeds for a study. What die area is given for NorthPole?",
        # a name and a number in the sentence
        "One of our facility constraints concerns the 5nm node. Which chips use HBM?",
        "For a Nvidia study, which chips use HBM?",
        "I'm compiling transistor counts for a market study. What is the clock speed of the Groq LPU?",
    ],
)
def test_a_sentence_of_the_askers_work_that_names_something_else_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the die area of NorthPole? No unit conversion is needed.", "800 mm², per die"),
        ("How much SRAM does the Groq LPU have? No conversion, please.", "128 MB"),
        ("Which chips run on Azure? I'd prefer the chip names over the platform names.", ["Microsoft Maia 100"]),
        (
            "Which chips use HBM3E? I would prefer the chip names over the company names.",
            ["AMD Instinct MI350"],
        ),
        (
            "Which chips support FP8? I'm interested in the chips, not their vendors.",
            {"AWS Trainium2", "Intel Gaudi 3"},
        ),
        (
            "Which chip has the most HBM capacity per chip? If there is a tie, I'd like every chip sharing "
            "the top figure.",
            {"Google Trillium TPU", "Intel Gaudi 3"},
        ),
        ("Which process node do the most chips use? If two nodes tie, list both.", ["7nm"]),
        (
            "Which chips have more than 200 MB of SRAM? If several qualify, list them all.",
            {"Meta MTIA v2", "d-Matrix Corsair C8"},
        ),
        (
            "Which chips are clocked above 1 GHz? If more than one chip matches, list every chip.",
            {"Apple M4", "Groq LPU", "Meta MTIA v2", "Tenstorrent Grayskull e150"},
        ),
        ("How many distinct process nodes do the chips use? Please count every node once.", ["7"]),
        ("How many companies design the chips in the article? Count each company once.", ["16"]),
        (
            "Rank the chips by clock speed, fastest first; the top two matter most to me.",
            ["Apple M4", "Meta MTIA v2"],
        ),
    ],
)
def test_an_instruction_about_the_form_is_read_and_fits(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the names preferred are not what the question asks for
        (
            "What platform is Trainium2 deployed on? I would prefer the chip names over the platform names.",
            "chip names",
        ),
        (
            "Which chips are deployed on a cloud platform? I'd prefer the platform names over the chip names.",
            "platforms",
        ),
        ("Which chips support FP8? I'm interested in the vendors, not the chips.", "organization names"),
        ("Who makes the Gaudi 3? I am interested in the chips, not their designers.", "chip names"),
        # a tie of groups beside a list, every one beside a most, each node once beside a count of chips
        ("Which chips are made on 5nm? If two nodes tie, name both.", "tied"),
        ("Which chip has the most SRAM? If more than one qualifies, include all of them.", "every one"),
        ("How many chips are built on 7nm? Count each node once.", "each process node counted once"),
        # what matters, said of no ranking's top N
        ("Which chips matter most to us?", "matter most"),
        ("Rank the chips by power; the top three matter most, on 7nm.", "matter most"),
        # a listing condition that asks for one chip only is no instruction
        ("Which chips are clocked above 1 GHz? If more than one matches, list only one.", ""),
    ],
)
def test_an_instruction_that_does_not_fit_the_question_is_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which foundry makes the largest number of chips?", ["TSMC"]),
        ("Which node has the biggest number of chips?", ["7nm"]),
        ("which process node is used by the greatest number of chips?", ["7nm"]),
    ],
)
def test_the_largest_number_of_chips_is_the_most_chips(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # was the largest process node (Mythic M2000, 40 nm), exit 0
        "Across the article's chips, which node is used by the greatest number of them?",
        "Across the profiled chips, which process node is used by the most of them?",
    ],
)
def test_the_most_of_them_after_a_group_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "counts chips per group"))


def test_an_unknown_word_that_ends_a_sentence_is_named_without_its_stop(ask_json):  # noqa: ANN001
    # "once" is a word of a remark (words.tsv ``remark``), unknown outside one; its token keeps the stop
    data = check(ask_json, "Which chips use HBM? Count each gizmo once.", (REFUSE, "'once'"))
    assert "'once.'" not in data["reason"]
