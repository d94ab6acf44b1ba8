"""``chipkg ask`` round 10: refusals of careful (analyst) questions, by the mechanism that refused
them, each class tested on questions written for this round (in no held-out set), with near
misses that must stay refused. Every expected answer is checked against the article (line numbers
of /work/shared/sources/ai-chip-race.txt in the comments).

- (a) a figure's unit at the end of a sentence, before its full stop ("exceeds 100 W."): the
  tokenizer keeps a full stop on a word ("e.g."), which left the unit unread.
- (b) a preposition fronted with the question word ("To how many chips can the CS-3 scale?", "Up
  to how many ..."): the verb at the end takes it ("scale to", a label of ck:scaleOut).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, answered_or_refused, check, column, refused

# --------------------------------------------------------------------------- (a) "100 W."


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips draw more than 150 W.", {"Tenstorrent Grayskull e150"}),  # 183: 200W
        ("Which chips have SRAM of at least 200 MB.", {"Meta MTIA v2", "d-Matrix Corsair C8"}),  # 89, 173
        ("Is the Groq LPU clocked above 1 GHz.", True),  # 153: 1.2 GHz
        ("Is the Groq LPU clocked above 1.5 GHz.", False),
    ],
)
def test_a_a_unit_before_the_full_stop_is_read(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips have more than 64 gizmos.",  # an unknown word stays unknown, full stop or not
        "Which chips draw more than 150.",  # a number with no unit: what would it count?
    ],
)
def test_a_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (b) "To how many ... scale?"


def figures(data: dict) -> set[str]:
    return set(column(data, "figure"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("To how many chips can the CS-3 scale?", {"up to 2,048 interconnected units, per cluster"}),  # 143
        ("Up to how many units can a Cerebras CS-3 scale?", {"up to 2,048 interconnected units, per cluster"}),
        ("To how many chips can a Gaudi 3 node scale?", {"8 accelerators, per node"}),  # 57
    ],
)
def test_b_a_fronted_preposition_goes_with_the_verb(ask_json, question, expected):  # noqa: ANN001
    assert figures(answered(ask_json, question)) == expected


def test_b_only_before_how_many(ask_json):  # noqa: ANN001
    """ "In what year ...": "go in" (a word of ck:workload) must not take the fronted "in"."""
    check(ask_json, "In what year will the AMD Instinct MI350 go into production?", "2025")  # 47


@pytest.mark.parametrize(
    "question",
    [
        "Up to how many chips does Trainium2 have?",  # no verb to take the preposition: as before
        "To how many chips does Groq scale?",  # Groq's chip gives no scale out: not a count of Groq's chips
    ],
)
def test_b_near_misses_are_not_answered(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)


# --------------------------------------------------------------------------- (c) "make up"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many Tensix cores make up the Grayskull e150?", "120 Tensix cores"),  # 179
        ("How many dies make up the Nvidia Blackwell GPU?", "2 dies"),  # 41
    ],
)
def test_c_make_up_is_a_verb_of_containing(ask_json, question, expected):  # noqa: ANN001
    assert figures(answered(ask_json, question)) == {expected}


def test_c_make_alone_still_asks_the_maker(ask_json):  # noqa: ANN001
    check(ask_json, "Which companies make the Grayskull e150?", {"Tenstorrent"})


# --------------------------------------------------------------------------- (d) distinct values


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # nodes of the chips: 3nm, 4nm, 5nm, 6nm, 7nm, 12nm, 40nm (lines 41-183)
        ("How many distinct process nodes do the chips in the graph use?", "7"),
        ("Across the profiled chips, how many distinct process nodes appear?", "7"),
        # of one named chip, its values counted as "how many data types does Trainium2 support" counts
        # them ("process nodes" says which node; it was refused as a count of machine nodes before)
        ("How many process nodes does the Apple M4 use?", "1"),
    ],
)
def test_d_a_count_of_distinct_values(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("How many distinct numeric formats do the chips support?", "a kind of"),  # cFP8 under FP8
    ],
)
def test_d_near_misses_stay_refused(ask_json, question, why):  # noqa: ANN001
    check(ask_json, question, (REFUSE, why))


# --------------------------------------------------------------------------- (e) "unlikely to fit"

#: 97 (Adreno 750: "highly unlikely"), 123 (M4), 47 (Ryzen 9000, desktop PCs): not for data centres
NOT_FOR_DATA_CENTRES = {"AMD Ryzen 9000 series", "Apple M4", "Qualcomm Adreno 750"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are unlikely to be suitable for data centers?", NOT_FOR_DATA_CENTRES),
        (
            "Which chips does the article call not intended, or unlikely to fit, for data-center deployment?",
            NOT_FOR_DATA_CENTRES,
        ),
        ("Is the Apple M4 unlikely to fit data-center use?", True),
    ],
)
def test_e_words_of_not_suitable_for(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_e_suitable_alone_is_not_its_negation(ask_json):  # noqa: ANN001
    data = answered_or_refused(ask_json, "Which chips are suitable for data centers?")
    assert data is None or not NOT_FOR_DATA_CENTRES & set(column(data, "chip")), data


# --------------------------------------------------------------------------- (f) numbers said of the chip


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the die-to-die bandwidth of the 2-die Blackwell?", "10 TB/s"),  # 41: two dies, 10 TB/s
        ("How many Ethernet ports at 200 GbE does the Gaudi 3 have?", "24 ports"),  # 55
        ("What SRAM capacity does the Gaudi 3 with 24 ports have?", "96 MB"),  # 53
    ],
)
def test_f_a_number_of_another_measure_is_checked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("What is the die-to-die bandwidth of the 3-die Blackwell?", "does not say"),
        ("How many Ethernet ports at 100 GbE does the Gaudi 3 have?", "does not say"),
        (
            "How many cores does the 2-die Blackwell have?",
            "no compute units",
        ),  # its dies said (round 14 F): no cores given
        ("Which chips with 24 ports have the most SRAM?", ""),  # a ranking: the number is no premise
    ],
)
def test_f_near_misses_stay_refused(ask_json, question, why):  # noqa: ANN001
    check(ask_json, question, (REFUSE, why))


# --------------------------------------------------------------------------- (g) "two-die (or dual-die)"

#: 41 (Blackwell: two GPU dies), 53 (Gaudi 3: two dies), 131 (SN40L: dual-chip design)
TWO_DIES = {"Intel Gaudi 3", "Nvidia Blackwell GPU", "SambaNova SN40L"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which accelerators are dual-die parts?", TWO_DIES),
        ("Which accelerators are two-die (that is, dual-die) parts?", TWO_DIES),
        ("How many accelerators are two-die parts?", "3"),
    ],
)
def test_g_a_number_word_joined_to_a_unit(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which accelerators have two dies (or three dies)?",  # two values: which?
        "Which is the fastest die?",  # one die's figure: the graph holds how many
    ],
)
def test_g_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- (h) "a ceiling", "a floor"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 153: "up to 1 PetaOPS"; 119: "up to 3.5 GHz"; 97: "over 10 billion"
        (
            "What INT8 throughput does the article give for the Groq LPU, bearing in mind it is phrased as an upper limit?",
            "up to 1 PetaOPS, INT8, peak",
        ),
        ("What clock speed does the Apple M4 reach (I understand the figure is a ceiling)?", "up to 3.5 GHz"),
        (
            "What transistor count does the article give for the Adreno 750 (I understand the figure is a floor)?",
            "over 10 billion",
        ),
    ],
)
def test_h_a_hedge_said_in_other_words_is_checked(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "What clock speed does the Apple M4 reach (the figure is a floor)?",  # it is an upper bound
        "What transistor count does the article give for the Adreno 750, phrased as an upper limit?",
    ],
)
def test_h_a_wrong_hedge_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "the question says the figure is"))


# --------------------------------------------------------------------------- (i) "used for" a workload


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are used for ranking and recommendation?", {"Google Trillium TPU", "Meta MTIA v2"}),  # 65, 87
        ("Which chips does the article say are used for Gemini?", {"Google Trillium TPU"}),  # 69: a system
    ],
)
def test_i_used_for_a_workload_or_a_system(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


# --------------------------------------------------------------------------- (j) ", with no precision specified"


def test_j_a_trailing_clarification_is_read_as_a_parenthesis(ask_json):  # noqa: ANN001
    # 141, 143: the CS-3's figures name no precision ("mixed-precision" is a kind, not a format)
    question = "What peak performance does the article give for the Cerebras CS-3, with no precision specified?"
    assert figures(answered(ask_json, question)) == {
        "up to 256 exaflops, per cluster, across 2,048 systems",
        "2.6 petaflops, mixed-precision",
    }


@pytest.mark.parametrize(
    ("question", "why"),
    [
        # 153: the LPU's figure is of INT8: "no precision" is checked and fails
        ("What peak performance does the article give for the Groq LPU, with no precision specified?", "no precision"),
        # a relation set aside after a comma is no clarification: read in place, as before
        ("Which chips use HBM, not made by TSMC?", "manufactured by"),
    ],
)
def test_j_near_misses_stay_refused(ask_json, question, why):  # noqa: ANN001
    check(ask_json, question, (REFUSE, why))


# --------------------------------------------------------------------------- (k) "deployed on a cloud platform"

#: 75 (Trainium2: EC2 UltraClusters), 69 (Trillium: AI Hypercomputer), 81 (Maia 100: Azure), 133 (SN40L: SambaNova platform)
DEPLOYED = {"AWS Trainium2", "Google Trillium TPU", "Microsoft Maia 100", "SambaNova SN40L"}
#: the three of them on a cloud platform (ck:CloudPlatform): SambaNova's own platform is none
#: (tests/test_ask_known_wrong4.py, K1)
ON_CLOUD = DEPLOYED - {"SambaNova SN40L"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are deployed on a cloud platform?", ON_CLOUD),
        ("How many chips run on a cloud offering?", "3"),
        ("Which chips are offered on some cloud service or platform?", DEPLOYED),
    ],
)
def test_k_some_value_of_a_relation(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are deployed on?",  # no value and no noun of it
        "Who is deployed on a cloud platform?",  # organizations: as before
    ],
)
def test_k_near_misses_stay_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
