"""``chipkg ask`` on the closed classes of English (words.tsv block "closed").

The inventories of Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of the English
Language* (1985) -- simple and complex prepositions, coordinators and subordinators, determiners and
quantifiers, pronouns, auxiliaries and modals, wh-words, degree, focusing and linking adverbs -- were
run through the lexicon; each word it did not read was given the role of a listed word that does what
it does in a question about chips, or kept unknown where it can change an answer and ask has no
mechanism for it. Each class is tested here in the places a word of it stands: where it changes
nothing (answered as the question without it is), and where it would change the answer (refused).
"within" is a place ("scaled out within EC2 UltraClusters", as "in") and, before a number or a node,
a range ask does not read (``parse.rewrites._range_word_before_number``): read as "in", "which chips
have within 64 GB of HBM" answered the chips with exactly 64 GB.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, refused

HBM = ["AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"]
SEVEN = ["AWS Trainium2", "Cerebras CS-3", "Groq LPU", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"]
SRAM_AND_HBM = ["Intel Gaudi 3", "SambaNova SN40L"]


def listed(ask_json, question: str) -> list[str]:  # noqa: ANN001
    return sorted(column(answered(ask_json, question)))


def figure(ask_json, question: str) -> str:  # noqa: ANN001
    figures = column(answered(ask_json, question))
    assert len(figures) == 1, figures
    return figures[0]


# --------------------------------------------------------------------------- prepositions


@pytest.mark.parametrize(
    "question",
    [
        "Which chips amongst those profiled use HBM?",  # as "among"
        "Throughout the article, which chips use HBM?",  # a place, first
        "Which chips use HBM throughout?",  # last
        "Which chips within the article use HBM?",  # "within" as "in"
        # not "Despite that, ...": left unknown (red team 11 W7)
        "As per the article, which chips use HBM?",  # complex prepositions, as "according to"
        "In accordance with the article, which chips use HBM?",
        "In view of the article, which chips use HBM?",
        "In light of the article, which chips use HBM?",
        # not 'Notwithstanding that, ...': left unknown (red team 11 W7)
    ],
)
def test_prepositions_that_change_nothing_in_a_list(ask_json, question):
    assert listed(ask_json, question) == HBM


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Re the Intel Gaudi 3: how much HBM does it have?", "128 GB"),
        ("How much HBM does the Intel Gaudi 3 have, as per the article?", "128 GB"),
        ("In the case of the Intel Gaudi 3, how much HBM is there?", "128 GB"),
        ("In line with the article, what is the Groq LPU's process node?", "7nm"),
        ("As far as the Groq LPU is concerned, what process node does it use?", "7nm"),
        ("In relation to power, what does the Mythic M2000 draw?", "4"),
        # not 'Despite its size, ...': 'despite' sets a condition aside, left unknown (red team 11 W7)
        ("How much SRAM is within the Groq LPU?", "128 MB"),
        ("How many Trainium2 chips can be scaled out within EC2 UltraClusters?", "100,000"),
    ],
)
def test_prepositions_that_change_nothing_beside_a_figure(ask_json, question, expected):
    assert expected in figure(ask_json, question)


@pytest.mark.parametrize(
    "question",
    ["Which chips are built towards training?", "Which chips are built toward training?"],
)
def test_towards_as_for(ask_json, question):
    assert listed(ask_json, question) == listed(ask_json, "Which chips are built for training?")


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Which chips connect by means of PCIe?", "Which chips connect via PCIe?"),
        ("Which chips connect by way of PCIe?", "Which chips connect via PCIe?"),
        ("Which chips run within Azure?", "Which chips run in Azure?"),
    ],
)
def test_prepositions_read_as_the_plain_one(ask_json, question, plain):
    assert listed(ask_json, question) == listed(ask_json, plain)


@pytest.mark.parametrize("opener", ["As per", "In accordance with", "In line with", "Pursuant to"])
def test_source_openers_before_an_organization_say_whose_claim(ask_json, opener):
    # as "according to": whose claim it is, not its designer ("as per Nvidia, which chips use 4nm"
    # listed Nvidia's chips on 4nm only, where the article names the Adreno 750 too)
    reason = refused(ask_json, "According to Nvidia, which chips use 4nm?")["reason"]
    assert refused(ask_json, f"{opener} Nvidia, which chips use 4nm?")["reason"] == reason


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips use HBM because of Nvidia?", "'because of'"),  # a cause: before an organization
        ("Which chips use HBM due to Nvidia?", "'due to'"),  # it would read as the designer
        ("Which chips use HBM thanks to Nvidia?", "'thanks to'"),
    ],
)
def test_causal_prepositions_stay_refused(ask_json, question, said):
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips draw within 100 W?",  # a range: under? around?
        "Which chips have within 64 GB of HBM?",  # read as "in": the chips with exactly 64 GB
        "Does the Apple M4 draw within 10 W?",
        "Which chips are within 10% of the Groq LPU's SRAM?",
        "Is the Groq LPU within 7nm?",  # a node: as fine as 7nm, or exactly 7nm?
        "Which chips have a clock within 1 GHz and 2 GHz?",
    ],
)
def test_within_before_a_number_is_refused(ask_json, question):
    refused(ask_json, question, "'within' before a number or a node")


# --------------------------------------------------------------------------- comparison, contrast, exclusion, ranges


def test_upwards_of_as_more_than(ask_json):
    assert listed(ask_json, "Which chips draw upwards of 100 W?") == listed(
        ask_json, "Which chips draw more than 100 W?"
    )


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Which chips have at the least 64 GB of HBM?", "Which chips have at least 64 GB of HBM?"),
        ("Which chips have at the very least 64 GB of HBM?", "Which chips have at least 64 GB of HBM?"),
        ("Which chips have at the most 96 GB of HBM?", "Which chips have at most 96 GB of HBM?"),
        ("Which chips draw at the very most 10 W?", "Which chips draw at most 10 W?"),
    ],
)
def test_at_the_least_as_at_least(ask_json, question, plain):
    assert listed(ask_json, question) == listed(ask_json, plain)


def test_in_place_of_sets_aside_as_rather_than(ask_json):
    expected = listed(ask_json, "Which chips use LPDDR4 (rather than HBM)?")
    assert listed(ask_json, "Which chips use LPDDR4 (in place of HBM)?") == expected
    # said as a claim, both are refused alike: the article does not rule out HBM for the AI 100 Ultra
    reason = refused(ask_json, "Which chips use LPDDR4 rather than HBM?")["reason"]
    assert refused(ask_json, "Which chips use LPDDR4 in place of HBM?")["reason"] == reason


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Which chips use LPDDR4X in place of LPDDR4?", "Which chips use LPDDR4X rather than LPDDR4?"),
        ("Which chips, in the absence of HBM, use SRAM?", "Which chips, without HBM, use SRAM?"),
    ],
)
def test_comparison_contrast_and_lack_refused_as_the_plain_phrase(ask_json, question, plain):
    reason = refused(ask_json, plain)["reason"]
    assert refused(ask_json, question)["reason"] == reason


@pytest.mark.parametrize("compared", ["in comparison with", "in comparison to", "as compared with"])
def test_comparison_of_two_chips_beside_a_figure_gives_both(ask_json, compared):
    # a comparison of two chips' figure: each chip's figure, as "compare the HBM of A and B" gives
    # (it was refused, naming no one reading; both figures side by side are no reading of one)
    data = answered(ask_json, f"How much HBM does the Intel Gaudi 3 have {compared} the AWS Trainium2?")
    assert sorted(column(data, "chip")) == ["AWS Trainium2", "Intel Gaudi 3"], data


def test_compared_with_beside_a_figure_still_refused(ask_json):
    # "compared with" still takes another path (a claim's baseline): left refused, not answered otherwise
    refused(ask_json, "How much HBM does the Intel Gaudi 3 have compared with the AWS Trainium2?", "comparison")


# --------------------------------------------------------------------------- conjunctions and subordinators


@pytest.mark.parametrize("joined", ["whilst using", "along with", "together with", "in addition to", "as well as"])
def test_conjunctions_as_and(ask_json, joined):
    assert listed(ask_json, f"Which chips use SRAM {joined} HBM?") == SRAM_AND_HBM


def test_along_with_between_organizations_is_with_not_or(ask_json):
    # as "and" it read "designed by Nvidia or TSMC" and listed Nvidia's chips; as "with", both designers
    for joined in ("along with", "together with"):
        refused(ask_json, f"Which chips does Nvidia design {joined} TSMC?", "no chip that fits")


@pytest.mark.parametrize("word", ["because", "although", "once"])
def test_subordinators_read_only_in_a_remark(ask_json, word):
    # in a remark of the asker's ("(because the article says so)") they change nothing ...
    assert "3.5" in figure(ask_json, f"What clock speed does the Apple M4 have ({word} the article says so)?")
    # ... elsewhere they may carry a condition or a time ("once in production", "because they are fast")
    refused(ask_json, f"Which chips use HBM {word} they are made by TSMC?", f"'{word}'")


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have used HBM since 2023?",  # a time; "since" also kept out for the typo 'silce'
        "What clock speed does the Apple M4 have (since the article says so)?",
        "Which chips use HBM until 2025?",
        "Which chips use HBM before 2025?",
        "Which chips use HBM unless made by Nvidia?",  # an exception clause
        "Which chips were produced once?",
    ],
)
def test_time_and_condition_words_stay_refused(ask_json, question):
    refused(ask_json, question, "know the word")


# --------------------------------------------------------------------------- determiners and pronouns


@pytest.mark.parametrize(
    "question",
    [
        "Can you give me your list of the chips that use HBM?",
        "Which of the various chips use HBM?",
        "Which chips use HBM, if you're sure?",
    ],
)
def test_pronouns_of_the_asker_and_reader_change_nothing(ask_json, question):
    assert listed(ask_json, question) == HBM


def test_such_after_the_condition_it_refers_to(ask_json):
    question = (
        "Restricting attention to chips whose process node is explicitly stated as 7nm, "
        "how many such chips does the article cover?"
    )
    assert column(answered(ask_json, question)) == [str(len(SEVEN))]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which chips are his?", "'his'"),  # a person: the graph holds none
        ("What does he make?", "'he'"),
        ("Which chips have few cores?", "'few'"),  # quantities
        ("Which chips have several memories?", "'several'"),
        ("Which other chips use HBM?", "'other'"),  # an exclusion with nothing named
        ("Does anyone make a 3nm chip?", "'anyone'"),
        ("Which chips are mainly for inference?", "'mainly'"),  # a degree the graph does not grade
        ("Which chips are near 100 W?", "'near'"),
        ("Which chips, notably the Groq LPU, use SRAM?", "'notably'"),  # an example, not a filler
    ],
)
def test_words_that_change_the_answer_stay_refused(ask_json, question, said):
    refused(ask_json, question, said)


# --------------------------------------------------------------------------- auxiliaries and modals


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Am I right that TSMC makes the Apple M4?", True),
        ("Am I correct that the Groq LPU uses 5nm?", False),
    ],
)
def test_am_as_is(ask_json, question, expected):
    assert answered(ask_json, question)["boolean"] is expected


def test_shall_as_will(ask_json):
    assert listed(ask_json, "Which chips shall use HBM?") == HBM


@pytest.mark.parametrize("modal", ["cannot", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "mustn't"])
def test_negated_modals_negate(ask_json, modal):
    # a negation, as "doesn't": the article's lists are not exhaustive, so "which chips ... not" is refused
    reason = refused(ask_json, "Which chips don't use HBM?")["reason"]
    assert refused(ask_json, f"Which chips {modal} use HBM?")["reason"] == reason


@pytest.mark.parametrize("modal", ["Can't", "Won't", "Couldn't", "Hasn't"])
def test_negated_modal_questions_read_as_isnt(ask_json, modal):
    # a yes/no opening with a negated modal asks the positive, as "isn't" does
    # (tests/test_ask_negated_opening.py): the article does not say the Groq LPU has HBM
    refused(ask_json, f"{modal} the Groq LPU got HBM?", "does not say")


# --------------------------------------------------------------------------- wh-words


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Where is the Apple M4 made?", "'where'"),  # a question word: a place the graph does not hold
        ("Which chips where the foundry is TSMC use 7nm?", "'where'"),  # a relative clause
        ("Which chips use 7nm where TSMC is the foundry?", "'where'"),
        ("Why does the Groq LPU use SRAM?", "'why'"),
        ("How is the Apple M4 made?", "'how'"),
    ],
)
def test_wh_words_with_no_reading_stay_refused(ask_json, question, said):
    refused(ask_json, question, said)


# --------------------------------------------------------------------------- adverbs


@pytest.mark.parametrize(
    "lead",
    [
        # not "Similarly", "Alternatively": left unknown, as mid-question they change it ("Which chips
        # use HBM similarly to Gaudi 3?" answered Gaudi 3's figure; red team 11 W7)
        "Anyhow",
        "As such",
        "In effect",
        "At present",
        "That said",
        "Even so",
        "After all",
        "All the same",
    ],
)
def test_linking_adverbs_change_nothing(ask_json, lead):
    assert listed(ask_json, f"{lead}, which chips use HBM?") == HBM


@pytest.mark.parametrize("degree", ["entirely", "completely", "fully"])
def test_degree_adverbs_change_nothing(ask_json, degree):
    assert listed(ask_json, f"Which chips {degree} support FP8?") == listed(ask_json, "Which chips support FP8?")


def test_by_far_before_a_superlative(ask_json):
    assert column(answered(ask_json, "Which chip has by far the most SRAM?")) == ["d-Matrix Corsair C8"]


def test_together_asks_for_a_sum(ask_json):
    refused(
        ask_json, "How much HBM do the Intel Gaudi 3 and the AWS Trainium2 have together?", "'together' asks for a sum"
    )
    assert "64" in figure(ask_json, "How many TPCs does the Intel Gaudi 3 have together?")


# --------------------------------------------------------------------------- typos


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("silce", "slice"),  # "since" left out: it would be a second neighbour
        ("corse", "cores"),  # "of course" left out
        ("oging", "going"),  # "owing to" left out
        ("ttally", "tally"),  # "totally" left out
        ("contrat", "contract"),  # "in contrast to" left out
        ("exceution", "execution"),  # "with the exception of" left out
        ("wheras", "whereas"),  # the block's own words are read through their typos
        ("althoug", "although"),
    ],
)
def test_typos_still_read(kg, typo, word):  # noqa: ANN001
    from chipkg.ask import lexicon
    from chipkg.ask.answer import lexicon_of

    assert lexicon.misspelt_word(typo, lexicon_of(kg.store)) == word


def test_quiet_is_no_typo_of_a_filler(ask_json):
    # "quite" left out: "quiet" would read as it, and "which chips are quiet" list every chip
    refused(ask_json, "Which chips are quiet?", "'quiet'")
