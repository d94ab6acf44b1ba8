"""``chipkg ask`` on the words of careful analyst prose, built from systematic lists rather than from
held-out rows: reporting and characterising verbs ("portray", "tout", "peg at", "spell out"),
discourse and scoping phrases ("restricting attention to", "by its own account", "in short"),
answer-format sentences ("The names alone will do.", "A short answer is fine."), adverbs of manner
("outright", "expressly") and nouns for the article's parts ("roster", "passage", "write-up"), with
question frames ("can you tell me", "would it be right to say that"). They are words.tsv's block
"vocab2": fillers (the selective verbs, "highlight", "tout", as "sense" fillers: refused where they
would carry the whole question), claim openers and instruction sentences.

``ask_vocab2_questions.csv`` (142 analyst questions over facts the article states, written before
any of these words were added; judged by the held-out judge): 47 right, 95 refused, 0 wrong before;
130 right, 12 refused, 0 wrong after.

Words that change the answer ("only", "merely", "alone", "around" before a number, "double",
"earlier", "additional") are not fillers and stay refused or read as they were; stems that would
have made another word a filler ("literally" is "liters" by its stem, "openly" "open", "plainly"
"plain", "additionally" "additional") are read only as spelled.

A fronted kind of organization before a question about chips ("Among startups, which chips use
7nm?", "Restricting attention to hyperscalers, how many chips are on 7nm?") asks for those
organizations' chips (parse.forms._fronted_organizations): it was answered with the organizations, or
their number, a wrong answer on main (the count happened to match for the startups).

Adverbs that claim a fact outright ("clearly", "explicitly", "certainly": words.tsv filler VALUE
"outright") make a yes/no definite, as "ruled out" does: resting on a fact the article hedges (the
Adreno 750's data-centre use "very unlikely"), it is refused, where main answered yes. A request for
the answer ("could you tell me", "do you know", "I'd like to know": VALUE imperative) asks for
figures or names: "Could you tell me the Groq LPU's SRAM?" was answered 'true' (read as "does it
have SRAM"); now refused, unless "whether" or "if" follows the request.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from ask_expect import answered, column, judged, refused

FLOOR = 130  # right answers of the 142 after the vocab2 round (47 before): may only go up


def test_vocab2_questions_answered_right_and_never_wrong(ask_json):
    answers = judged(ask_json, "ask_vocab2_questions")
    verdicts = Counter(verdict for _row, verdict, _out in answers)
    wrong = [row["question"] for row, verdict, _out in answers if verdict == "wrong"]
    print(f"ask_vocab2_questions.csv: {dict(verdicts)} (floor {FLOOR})")
    assert not wrong, wrong
    assert verdicts["right"] >= FLOOR, dict(verdicts)


# --------------------------------------------------------------------------- words of the lists, new questions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What SRAM capacity is portrayed for the Groq LPU?", "128 MB"),
        ("What transistor count does the article depict for the Microsoft Maia 100?", "120 billion"),
        ("What power does the piece peg the Meta MTIA v2 at?", "90 watts"),
        ("What die area does the author spell out for the IBM NorthPole?", "800 mm²"),
        ("What HBM capacity is touted for the Intel Gaudi 3?", "128 GB"),
        ("What memory bandwidth does the write-up underline for the Trillium TPU?", "3.7 TB/s"),
        ("In short, what process node does the Apple M4 use?", "3nm"),
        ("Strictly speaking, what clock speed does the Grayskull e150 run at?", "1.2 GHz"),
        ("As regards the Groq LPU, what is its SRAM capacity?", "128 MB"),
        ("By its own account, how much SRAM does the Corsair C8 carry?", "2 GB"),
        ("What is the Blackwell GPU's transistor count? A short answer is fine.", "208 billion"),
        ("What is the Maia 100's peak performance? No need to explain.", "800 TFLOPS"),
        ("What process node does the roster give the Gaudi 3?", "5nm"),
        ("Taking the article at its word, what is the Groq LPU's clock speed?", "1.2 GHz"),
        ("Drawing on the article, what is the Groq LPU's SRAM capacity?", "128 MB"),
        ("What die area does the text go on to give for IBM's NorthPole, to your knowledge?", "800 mm²"),
    ],
)
def test_listed_words_change_nothing(ask_json, question, expected):
    figures = column(answered(ask_json, question))
    assert len(figures) == 1 and expected in figures[0], figures


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could you let me know whether TSMC makes the Groq LPU?", True),
        ("Would it be correct to say that Intel acquired Habana Labs?", True),
        ("Am I right in saying the Grayskull e75 draws 200 W?", False),
        ("Is it safe to say that the Apple M4 is built on 3nm?", True),
    ],
)
def test_claim_frames_are_yes_no(ask_json, question, expected):
    assert answered(ask_json, question)["boolean"] is expected


def test_the_top_n_will_do_is_read_as_top_n(ask_json):
    data = answered(ask_json, "Which chip has the most SRAM? The top two will do.")
    assert column(data, "chip") == ["d-Matrix Corsair C8", "Meta MTIA v2"]


# --------------------------------------------------------------------------- what stays refused


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # selective verbs ('sense' fillers) never make 'which chips' mean every chip
        ("Which chips does the article highlight?", "'highlight'"),
        ("Which chips does the article tout?", "'tout'"),
        # words that change the answer are no fillers
        ("Which chips merely support INT8?", "only"),
        ("In short, which chips only support INT8?", "only"),
        ("Which chips use HBM alone?", "alone"),
        ("Which chips have around 40 billion transistors?", "around"),
        ("Which chip has double the SRAM of the Groq LPU?", "double"),
        # 'earlier' is a generation of a chip's line (a claim's baseline, 'earlier Adreno GPUs'), never a date
        ("Which chips came out earlier than the MI350?", "I can't answer that"),
        ("Which chips have additional cores?", "additional"),
        # stems of the new words that are other words
        ("Groq LPU clock speed in liters", "liters"),
        ("Is the Groq LPU open source?", "open"),
        ("Which chips use plain HBM?", "plain"),
        # an answer-format sentence with a word ask does not read stays in the question
        ("What is the Groq LPU's clock speed? The figure alone in MHz is fine.", ""),
    ],
)
def test_words_that_change_the_answer_stay_refused(ask_json, question, said):
    refused(ask_json, question, said)


def test_at_most_and_except_keep_their_meaning(ask_json):
    data = answered(ask_json, "By the way, which chips support FP16 except the Groq LPU?")
    assert sorted(column(data, "chip")) == ["AWS Trainium2", "Qualcomm Cloud AI 100 Ultra"]
    data = answered(ask_json, "For the record, which chips have at most 96 GB of HBM?")
    assert sorted(column(data, "chip")) == ["AWS Trainium2", "SambaNova SN40L"]


# --------------------------------------------------------------------------- a fronted kind of organization


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Among startups, which chips use 7nm?", ["Cerebras CS-3", "Groq LPU", "SambaNova SN40L"]),
        ("Restricting attention to startups, which chips use 7nm?", ["Cerebras CS-3", "Groq LPU", "SambaNova SN40L"]),
        (
            "For hyperscalers, which chips support training?",
            ["AWS Trainium2", "Google Trillium TPU", "Microsoft Maia 100"],
        ),
        ("Among the hyperscalers, which chips are on 7nm?", ["AWS Trainium2", "Meta MTIA v2"]),
    ],
)
def test_fronted_organizations_ask_for_their_chips(ask_json, question, expected):
    data = answered(ask_json, question)
    assert data["head"]["vars"][0] == "chip", data["head"]
    assert sorted(column(data, "chip")) == expected


def test_fronted_organizations_count_chips_not_organizations(ask_json):
    # Tenstorrent's two Grayskull cards are the startups' only PCIe 4.0 chips: two chips, one startup
    data = answered(ask_json, "Among startups, how many chips connect over PCIe 4.0?")
    assert column(data) == ["2"], data


def test_fronted_organizations_alone_still_ask_for_organizations(ask_json):
    data = answered(ask_json, "Among startups, which use 7nm?")
    assert sorted(column(data)) == ["Cerebras Systems", "Groq", "SambaNova Systems"]


# --------------------------------------------------------------------------- adverbs that claim a fact outright


@pytest.mark.parametrize(
    "question",
    [
        # the article judges the Adreno 750's data-centre use very unlikely, not ruled out
        "Does the article clearly say the Adreno 750 is unsuitable for data centers?",
        "Is the Adreno 750 certainly unsuitable for data centers?",
        "Does the article explicitly state that the Adreno 750 is unsuitable for data-center use?",
    ],
)
def test_outright_adverbs_do_not_answer_a_hedged_fact_yes(ask_json, question):
    refused(ask_json, question, "hedges this")


def test_outright_adverbs_change_nothing_for_a_stated_fact(ask_json):
    assert answered(ask_json, "Does the article unambiguously say that Intel acquired Habana Labs?")["boolean"] is True


# --------------------------------------------------------------------------- a request for the answer


@pytest.mark.parametrize(
    "question",
    [
        # 'X's SRAM?' alone asks whether X has SRAM; asked for, it is the figure, never 'true'
        "Could you tell me the Groq LPU's SRAM?",
        "Do you know the Groq LPU's SRAM?",
        "I'd like to know the Gaudi 3's HBM?",
    ],
)
def test_a_request_for_a_figure_is_no_yes_no(ask_json, question):
    code, stdout = ask_json(question)
    assert code == 1 or json.loads(stdout).get("boolean") is None, stdout[:300]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Can you tell me whether TSMC makes the Apple M4?", True),
        ("Do you happen to know if the NorthPole is suitable for LLM training?", False),
        ("Show me whether Intel acquired Habana Labs.", True),
    ],
)
def test_a_request_for_a_yes_no_is_answered(ask_json, question, expected):
    assert answered(ask_json, question)["boolean"] is expected


def test_an_empty_parenthesis_after_both_is_refused_not_a_crash(ask_json):
    # "name both (" raised a ValueError in parse.asides._not_one (found by test_ask_units' word salads)
    code, _stdout = ask_json("name both (")
    assert code == 1


def test_a_request_before_a_yes_no_question_keeps_it(ask_json):
    # "Tell me, is ...": the auxiliary after the request opens the yes/no (ask_phrasings.csv has one)
    assert answered(ask_json, "Tell me, does the Apple M4 use TSMC's 3nm process?")["boolean"] is True
