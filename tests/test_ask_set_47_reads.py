"""Readings blind set 47 (session 31) showed missing, in questions of our own:

- "Taking only per-chip SRAM figures, ...": as "considering only" (not "taking ... at face value");
- "(nominal figures taken as stated)": hedged figures read as stated, as ask reads them, said of no
  one figure (a ranking or a list, not only one chip's figure);
- "Counting each Grayskull model separately, ...", "..., counting the Grayskull models separately":
  a first or last clause of counting apart, read as the parenthesis is (each chip counts once);
- "(counting Amazon and AWS separately)": a count of organizations that counts a subsidiary apart
  from its parent (by default AWS is counted with Amazon, l.15-17: the heading "Amazon/AWS").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, count_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # l.53, 87, 101, 125, 151, 159: per-chip SRAM of 128 MB or more (not Gaudi 3's 48 MB per die)
        (
            "Taking only per-chip SRAM figures, which chips carry at least 128 MB of SRAM?",
            {"Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "IBM NorthPole", "Groq LPU", "d-Matrix Corsair C8"},
        ),
        # l.125: NorthPole's nominal 400 MHz is the lowest clock stated
        ("Which chip has the lowest clock speed (nominal figures taken as stated)?", "IBM NorthPole"),
        ("What is the clock speed of NorthPole (nominal figures taken as stated)?", "nominal 400 MHz"),
        # l.179-183: the two Grayskull cards are two chips; both are edge AI chips with the M2000 (l.171)
        ("Counting each Grayskull model separately, how many chips does Tenstorrent design?", "2"),
        ("How many chips does Tenstorrent design, counting the two Grayskull cards individually?", "2"),
        # beside a list, "counting ... separately" lists each apart, as ask lists them; the imperative
        # "(count ... separately)" asks for a count and stays refused beside a list (test_ask_round14)
        ("Which chips does Tenstorrent design, counting the Grayskull models separately?", 2),
        ("Which chips does Tenstorrent design (count the Grayskull models separately)?", REFUSE),
        # a parenthesis before the clause stays read as it was (l.57, 107, 167, 179-183)
        (
            "Which chips connect over PCIe of any generation (2.0, 4.0 or 5.0), counting the two Grayskull "
            "cards separately?",
            {
                "Intel Gaudi 3",
                "Qualcomm Cloud AI 100 Ultra",
                "Mythic M2000",
                "Tenstorrent Grayskull e75",
                "Tenstorrent Grayskull e150",
            },
        ),
    ],
)
def test_readings_of_set_47(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_subsidiaries_counted_apart_when_asked(ask_json):  # noqa: ANN001
    # l.15-17 (headings): Nvidia, AMD, Intel, Alphabet/Google, Amazon/AWS, Microsoft, Meta, Qualcomm,
    # IBM, Apple: ten companies; eleven with one pair named apart, twelve with both (red team 49 A)
    assert count_of(ask_json, "How many megacap players are there?") == "10"
    assert count_of(ask_json, "How many megacap players are there (count Amazon and AWS separately)?") == "11"
    assert (
        count_of(
            ask_json,
            "How many organizations sit under the Megacap Players heading, counting Alphabet and Google "
            "separately and Amazon and AWS separately?",
        )
        == "12"
    )


@pytest.mark.parametrize(
    "question",
    [
        # organizations counted apart beside a question that counts no organizations
        "How many chips use HBM, counting Alphabet and Google separately?",
        "Which chips use HBM (count Amazon and AWS separately)?",
    ],
)
def test_organizations_counted_apart_beside_other_questions_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "trained" is a word of training (data/technologies.ttl hidden label): l.75, 300 billion per cluster
        (
            "What model size can be trained on Trainium2 across EC2 UltraClusters (a cluster-level figure)?",
            "up to 300 billion, per cluster",
        ),
        # "anyone" stays a word that changes the answer ("does anyone make a 3nm chip", test_ask_closed_class)
        ("what's the smallest node anyone is using?", REFUSE),
        # "which models ..." with one chip named after "on": the list would hold that chip only (it
        # answered "Nvidia Blackwell GPU" to a question about AI models)
        ("which models train on Blackwell?", REFUSE),
        ("which models were trained on the Trainium2?", REFUSE),
    ],
)
def test_more_readings_of_set_47(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "as opposed to inference only": a chip answered does training (stated), so it is not one that
        # does inference only, whatever the article's lists leave out (l.75, 131, 139)
        (
            "Which 7nm chips does the article tie to training, as opposed to inference only?",
            {"AWS Trainium2", "SambaNova SN40L", "Cerebras CS-3"},
        ),
        # the same thing set aside, a narrower one, or beside a negation: refused as before
        ("Which chips do training, as opposed to training only?", REFUSE),
        ("Which chips do LLM training, as opposed to training only?", REFUSE),
        ("Which chips don't do training, as opposed to inference only?", REFUSE),
    ],
)
def test_another_thing_only_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
