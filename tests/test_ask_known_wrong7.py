"""Known wrong answers of the eleventh session (kw7's brief; /work/brief/redteam11-wrong.md W5-W10),
each fixed by a mechanism of ``chipkg ask`` and tested on questions of its class written here.

- Two relation clauses joined by "and", each with its own subject and verb ("chips Nvidia designs
  and TSMC makes"): the second name was joined to the first name's relation (a chip has one
  designer, so "Nvidia and TSMC" read as either), the second verb then took both names and the
  first clause was lost: every TSMC chip was listed. An "and" after a name's own verb now starts
  another relation (walk._add_relation, ``_State.verb_after``).
- W5, later sentences that changed the question: "Just the names of their designers." ('just', a
  filler valued only, now makes a listing sentence, checked against the question's list); node-age
  superlatives (newest, oldest, most / least advanced) compare process nodes only (frames._NODE_AGE);
  a count sentence or a sentence naming a figure after a yes/no is refused
  (question._count_shape_kept, _noun_told); a later sentence of a superlative alone is refused
  (sentences._superlative_told).
- W6: 'maker(s)', 'chipmaker(s)' are ck:manufacturedBy's words too, as 'make' is (ontology).
- W8: a bare one-word line word ('Trainium2's prior') is no claim baseline (forms._bare_line_word);
  'quantity' beside a verb of making, or 'quantity of <a chip>', is refused (rewrites._amount_made).
- W9: one kind of organization named twice, once negated, is refused (walk._take_term).
- W10: two scopes of one figure are refused (walk, rewrites._chip_node_counted).
- Two things asked of a chip, a relation word joined by "and" to a figure's word, refused
  (frames._relation_joined_to_figure).
- Item 8: 'especially <chip>' after a word for chips (sentences._one_singled_out); 'by my count'
  (words.tsv filler); an organization subject with 'itself' (sentences._maker_itself); a plain verb
  between a kind of organization and chips (sentences._organizations_verb_chips).
- Item 10: "both dies combined" takes the chip to have two dies, checked when answered
  (checks._dies_said; answer checks ``Frame.chip_premises`` of a value).

Facts from /work/shared/sources/ai-chip-race.txt: TSMC makes the Blackwell GPUs (l.41), the Adreno
GPUs (l.97, said of the Adreno GPUs in general), the Cloud AI 100 Ultra (l.101-103), the Apple M4
(l.119) and the Groq LPU (l.151); no Google, AMD or Intel chip is said to be made by TSMC.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

# --------------------------------------------------------------------------- two clauses joined by "and"


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("Which chips does Nvidia design and TSMC make?", ["Nvidia Blackwell GPU"]),
        ("Which chips did Apple design and TSMC manufacture?", ["Apple M4"]),
        ("chips that Qualcomm designs and that TSMC makes", ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]),
        ("Which chips does TSMC make and Nvidia design?", ["Nvidia Blackwell GPU"]),
        ("what chips does groq design and tsmc fabricate?", ["Groq LPU"]),
    ],
)
def test_two_clauses_keep_both_relations(ask_json, question, chips):
    data = answered(ask_json, question)
    assert column(data) == chips, data
    assert "designed by" in data["reading"] and "manufactured by TSMC" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does Google design and TSMC fabricate?",
        "chips AMD designs and TSMC makes",
        "Which chips that Intel designs and TSMC makes use HBM?",
    ],
)
def test_two_clauses_that_no_chip_fits_are_refused(ask_json, question):
    check(ask_json, question, (REFUSE, "names no chip"))


def test_two_clauses_counted(ask_json):
    data = answered(ask_json, "How many chips does Apple design and TSMC make?")
    assert column(data) == ["1"], data


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # near misses: one verb after two names is still one relation, either of them
        ("Which chips does Nvidia or AMD design?", "AMD Instinct MI300 series"),
        ("Which chips are designed by Nvidia and made by TSMC?", "Nvidia Blackwell GPU"),
    ],
)
def test_one_verb_after_two_names_unchanged(ask_json, question, first):
    data = answered(ask_json, question)
    assert column(data)[0] == first, data


# --------------------------------------------------------------------------- W5: later sentences that change the question


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM? Just the names of their designers.",
        "Which chips are 7nm? Just the names of their designers.",
        "Which chips does TSMC make? Just the names of their designers.",
        "Which chips use SRAM? Merely the names of their makers.",
        "Which chips use HBM? Just their designers' names.",
        "Which chips use SRAM? Just their makers.",  # a kind that is a relation's word too
    ],
)
def test_a_listing_sentence_with_just_is_checked(ask_json, question):
    """'just' (a filler valued only) makes a listing sentence as 'only' does: what it lists must be
    what the question lists, else refused (it was folded in as "designed by a chip designer")."""
    check(ask_json, question, (REFUSE, "asks for other things than the question does"))


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM? Just the newest one.",
        "Which chips use HBM? Just the oldest one.",
        "Which HBM chip is the newest?",
        "Which is the oldest chip with HBM?",
        "What is the newest chip by transistor count?",
    ],
)
def test_node_age_words_compare_nodes_only(ask_json, question):
    """'newest' / 'oldest' are superlatives of the process node; of HBM they read as the least /
    most HBM capacity. The article dates no chip: refused."""
    check(ask_json, question, (REFUSE, "compares process nodes"))


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use HBM? Just the fastest one.",
        "Which chips use HBM? The biggest, please.",
        "Which chips does TSMC make? Just the largest one.",
    ],
)
def test_a_superlative_sentence_of_no_figure_is_refused(ask_json, question):
    """A later sentence of a superlative alone says 'the fastest chip', not the fastest HBM: it was
    read into the question as the most HBM bandwidth (capacity)."""
    check(ask_json, question, (REFUSE, "of no figure"))


def test_a_superlative_of_the_memory_in_the_question_unchanged(ask_json):
    data = answered(ask_json, "Which chip has the fastest HBM?")
    assert "Intel Gaudi 3" in column(data), data
    assert "the most HBM bandwidth" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    ("question", "chip"),
    [
        ("Which chip has the newest process node?", "Apple M4"),
        ("Which chip has the oldest process node?", "Mythic M2000"),
        ("Which chip is on the most advanced node?", "Apple M4"),
    ],
)
def test_node_age_words_on_the_node_unchanged(ask_json, question, chip):
    assert column(answered(ask_json, question)) == [chip]


@pytest.mark.parametrize(
    "question",
    [
        "Does Trillium use HBM? Give me the number.",
        "Does the Gaudi 3 have HBM? Give the number.",
        "Does Trillium use HBM? The number, please.",
        "Does Trillium use HBM? Just the figure.",
        "Is the Groq LPU made by TSMC? The value, thanks.",
        "Does the MTIA v2 use SRAM? Just the figures.",
    ],
)
def test_a_yes_no_is_not_turned_into_a_figure(ask_json, question):
    """A later sentence asking a number or a figure of a yes/no was read into it (128 GB for "Does
    Trillium use HBM? Give me the number.") or dropped unread (answered 'true'): refused."""
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which chips are on 7nm? Give the number.", "6"),  # a list's count
        ("Which chips use HBM? Give me the number.", "5"),
        ("Does Trillium use HBM? Thanks.", "true"),
        ("How much HBM does Trillium have? Just the figure.", "128 GB"),
        ("Which chips use HBM? Just the names.", "AMD Instinct MI350"),
    ],
)
def test_later_sentences_that_fit_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


# --------------------------------------------------------------------------- W6: a chip's makers counted


@pytest.mark.parametrize(
    "question",
    [
        "How many makers does the Groq LPU have?",
        "How many makers does the Apple M4 have?",
        "the Blackwell has how many makers?",
        "number of makers of the Adreno 750?",
        "How many chip makers does the Cloud AI 100 Ultra have?",
        "How many chipmakers does the Groq LPU have?",
    ],
)
def test_makers_of_a_chip_are_not_its_designers_alone(ask_json, question):
    """'maker' (as 'make') is the designer or the foundry: ck:manufacturedBy's label too. The count
    was the designer's alone (1 for the Groq LPU, which TSMC builds, l.151): refused, as "how many
    companies make X" is."""
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many designers does the Groq LPU have?", "1"),
        ("how many foundries make the groq lpu?", "1"),
    ],
)
def test_designers_and_foundries_still_counted(ask_json, question, count):
    assert column(answered(ask_json, question)) == [count]


# --------------------------------------------------------------------------- W8: 'prior' and 'quantity'


@pytest.mark.parametrize(
    "question",
    [
        "What is Trainium2's prior?",
        "What is Trainium2's previous?",
        "What was Trainium2's earlier?",
        "What is Trillium's prior?",
        "Prior to Trainium2, which chip did AWS design?",
        "Prior to the Trillium, which TPU did Google make?",
    ],
)
def test_a_bare_line_word_is_no_claim_baseline(ask_json, question):
    """A one-word line word with no noun after it and no comparing word before it was read as the
    baseline of the chip's comparison claims (answered with the claims): refused."""
    check(ask_json, question, (REFUSE, "no noun after it"))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What is the prior of Trainium2?", "AWS Trainium"),
        ("What was the prior generation of Trainium2?", "AWS Trainium"),
        ("How does Trainium2 compare to its prior?", "2 x, efficiency, vs AWS Trainium"),
        ("What are Trainium2's gains over its prior generation?", "2 x, efficiency, vs AWS Trainium"),
        ("Does Trainium2 succeed a previous generation?", "true"),
    ],
)
def test_line_words_that_name_a_generation_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


@pytest.mark.parametrize(
    "question",
    [
        "In what quantity does TSMC make the Groq LPU?",
        "What quantity of Groq LPUs does TSMC make?",
        "In what quantities is the Gaudi 3 produced?",
        "In what quantity does Apple make the M4?",
    ],
)
def test_a_quantity_made_is_not_a_memory_size(ask_json, question):
    """'quantity' (a word of ck:capacity) beside a verb of making, no memory named, asks how many
    are made (the memory capacity was answered): refused, the article states no production figure."""
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What quantity of HBM does Trillium have?", "128 GB"),
        ("What quantity of SRAM does the IBM NorthPole have?", "192 MB"),
    ],
)
def test_a_quantity_of_memory_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


# --------------------------------------------------------------------------- W9: one kind, once negated


@pytest.mark.parametrize(
    "question",
    [
        "Which unicorns are not startups?",
        "Which startups are not unicorns?",
        "Which startups aren't unicorns?",
        "Which companies that are not startups are unicorns?",
        "Which hyperscalers are not hyperscalers?",
    ],
)
def test_one_kind_named_twice_once_negated_is_refused(ask_json, question):
    """'startup' and 'unicorn' name one class; its negated
    second mention replaced the first and the 17 organizations of no such kind were listed."""
    check(ask_json, question, (REFUSE, "named before it, once with a 'not'"))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which startups design chips?", "Cerebras Systems"),
        ("Which unicorns make chips with SRAM?", "Groq"),
    ],
)
def test_one_kind_named_once_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


def test_two_kinds_one_negated_still_refused(ask_json):
    check(ask_json, "Which startups are not hyperscalers?", (REFUSE, "several kinds"))


# --------------------------------------------------------------------------- W10: a node beside another scope


@pytest.mark.parametrize(
    "question",
    [
        "how many chips in a Gaudi 3 node's cluster",
        "How many chips in a Gaudi 3 node and a Trillium pod?",
        "How many chips are in a Trillium pod and a Gaudi 3 node?",
        "How many chips in a Trillium pod's cluster?",
    ],
)
def test_two_scopes_of_one_count_are_refused(ask_json, question):
    """The first scope word was taken and the other dropped: the Gaudi 3's 8 per node answered its
    cluster (l.57: thousands of GPUs, 1,024 nodes), the Trillium pod's 256 its cluster."""
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("How many chips are in a single Gaudi 3 node?", "8 accelerators, per node"),
        ("How many chips in a Trillium pod?", "up to 256 units, via ICI, per pod"),
        ("How many chips in a Gaudi 3 cluster?", "thousands (over 1,000 GPUs), via RoCE, per cluster"),
    ],
)
def test_one_scope_counted_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


# --------------------------------------------------------------------------- two figures asked, one answered


@pytest.mark.parametrize(
    "question",
    [
        "What is the Groq LPU's process node, and its SRAM?",
        "What are the Groq LPU's process node and SRAM?",
        "What's the NorthPole's SRAM and its process node?",
        "Tell me the Gaudi 3's HBM and its process node.",
        "What is the process node and SRAM of the Groq LPU?",
    ],
)
def test_a_relation_and_a_figure_joined_are_refused(ask_json, question):
    """A relation word (the process node) joined by "and" to a figure's word was left waiting and
    the figure alone answered (the SRAM, half the answer): refused, two things asked."""
    check(ask_json, question, (REFUSE, "two things of the chip"))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("What is the Groq LPU's SRAM?", "128 MB"),
        ("What process node is the Groq LPU built on?", "7nm"),
        ("Which chips use SRAM and a 7nm process node?", "Groq LPU"),
    ],
)
def test_one_thing_asked_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


# --------------------------------------------------------------------------- item 8: narrowing, 'by my count', 'itself', org verbs


@pytest.mark.parametrize(
    "question",
    [
        "Which chips use SRAM, especially the Groq LPU?",
        "Which chips, especially the Gaudi 3, use HBM?",
        "Which GPUs, in particular the Blackwell, are made by TSMC?",
        "Which chips use HBM, particularly Gaudi 3?",
    ],
)
def test_one_chip_singled_out_of_a_list_is_refused(ask_json, question):
    """'especially X' after a word for chips was read as X alone: the list became X's figure."""
    check(ask_json, question, (REFUSE, "singles out one chip"))


def test_how_many_chips_singling_out_one_is_refused(ask_json):
    # refused since session 35 (da7c6cc) as "how many chips" beside a named chip, before the
    # "especially" reading: either way no figure of Trillium's answers the count
    check(ask_json, "How many chips use HBM, especially Trillium?", (REFUSE, "'how many chips' counts chips"))


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("By my count, which chips use 7nm?", 6),  # a list, not its count
        ("Which chips use HBM, by my count?", 5),
        ("Which chips, by your count, have SRAM?", 10),
    ],
)
def test_whose_count_asks_no_count(ask_json, question, rows):
    data = answered(ask_json, question)
    assert data["head"]["vars"][0] == "chip", data
    assert len(column(data)) == rows, data


def test_by_my_count_of_a_count_still_counts(ask_json):
    assert column(answered(ask_json, "By my count, how many chips use HBM?")) == ["5"]


@pytest.mark.parametrize(
    "question",
    [
        "Does Nvidia make the Blackwell itself?",
        "Does Nvidia itself make the Blackwell?",
        "Does Apple make the M4 itself?",
        "Which chips does Apple make itself?",
        "Do Groq and TSMC make the LPU themselves?",
    ],
)
def test_an_organization_doing_it_itself_is_refused(ask_json, question):
    """'itself' after an organization that is the subject asks whether it does it alone (TSMC builds
    the Blackwell GPUs, l.41, and the M4, l.119): answered 'true' by the designer alone; refused."""
    check(ask_json, question, (REFUSE, "alone"))


def test_itself_of_a_chip_unchanged(ask_json):
    assert column(answered(ask_json, "Is the Groq LPU itself made by TSMC?")) == ["true"]


@pytest.mark.parametrize(
    "question",
    [
        "Which companies support chips made by TSMC?",
        "Which companies run chips made by TSMC?",
        "Which companies employ chips made by TSMC?",
        "Which startups run chips with HBM?",
    ],
)
def test_organizations_verb_chips_is_refused(ask_json, question):
    """A verb the question does not read between a kind of organization and chips: the chips were
    listed as if "company chips" were asked."""
    check(ask_json, question, (REFUSE, "no relation the article states"))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Which hyperscaler chips use HBM?", "AWS Trainium2"),
        ("Which of the hyperscalers' in-house chips are built on a 7 nm process?", "AWS Trainium2"),
    ],
)
def test_a_kind_of_organization_qualifying_chips_unchanged(ask_json, question, first):
    assert column(answered(ask_json, question))[0] == first


# --------------------------------------------------------------------------- item 10: "both dies combined" of a chip with no two dies


@pytest.mark.parametrize(
    "question",
    [
        "How many cores does the Cerebras CS-3 have across both dies combined?",
        "What is the Cerebras CS-3's transistor count, both dies combined?",
        "How many cores does the NorthPole have across both dies?",
        "What is the M4's transistor count as a two-die package as a whole?",
    ],
)
def test_two_dies_said_of_a_chip_without_them_is_refused(ask_json, question):
    """'both dies combined' takes the chip to have two dies: the CS-3 is one wafer-scale die
    (l.139), NorthPole one 800 mm² die (l.113); the figure was answered with the premise dropped."""
    check(ask_json, question, (REFUSE, "die count = 2"))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("How many transistors does the Blackwell have across its two dies?", "208 billion"),  # l.41
        (
            "What total on-chip SRAM capacity does the article attribute to a single Intel Gaudi 3 "
            "(i.e., both dies combined)?",
            "96 MB",
        ),  # l.53: two identical dies
    ],
)
def test_two_dies_of_a_two_die_chip_unchanged(ask_json, question, first):
    data = answered(ask_json, question)
    assert column(data)[0] == first
    assert "die count = 2" in data["reading"], data["reading"]
