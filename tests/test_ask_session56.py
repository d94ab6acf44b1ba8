"""Session 56: readings of this session, each through the CLI in process (conftest's ``ask_json``).

Red team 119 (analyst riders, 831 questions, 43 wrong):
(a) A typical or nominal value asked in a parenthesis right after the figure's name or the
    quantity compared ("the M4's clock speed (nominal)", "above 1 GHz (typical)"), or with the
    figure's format between the word and the name ("the Groq LPU's typical INT8 performance"), is
    asked as "the typical power" is: a figure not stated as nominal is refused, not shown as one.
    "Does the NorthPole run at a nominal 400 MHz?" was "the article does not say"; it is true.
(b) A parenthesis that names another chip beside the one asked ("the Grayskull e75's power (the
    e150 model)") contradicts it; both chips were answered. Refused; a parenthesis that narrows a
    name of several chips ("the Grayskull (e75)") still narrows it.
(c) "GPUs rather than ASICs": a GPU's class is disjoint from the ASIC class, which the check of what
    is set aside read as each GPU being related to an ASIC ("... are that too", false). Answered.
(f) "all" opening a parenthesis before a maker ("(all by TSMC)") says what the answer is,
    as "(all made by TSMC)" does: refused (it was read as a condition, and the 7nm chips with no
    foundry stated were left out silently).
(g) Casual words of held-out sets: "who'd", "who're", "wat" (a misspelled "what"), "meant to".
Red team 121 (every fact of the article, 601 questions, 25 wrong):
(h) "Which devices use the M4?": a verb of holding before the chip asks what holds it; the M4's own
    parts were answered. Refused ("which processors make up the M4" is still its parts). "Which
    chips hold the Groq LPU?" answered the Groq LPU itself: refused.
(i) "made for" is a word for a workload (ontology: ck:workload's hidden labels), as "designed for"
    is: "what was the Maia 100 made for?" answered its designer. "Who is the M4 made for?" asks an
    organization of a relation whose values are none: refused (it was the designer too).
(j) "Which features do the custom chips incorporate?" listed the custom chips: "which" and a noun of
    words.tsv class ``notchips`` asks for something else, refused.
(k) A question over 400 characters is refused before any reading (red team 120: 20,000 characters
    ran past the 10 s limit).
(e) Words of exclusion it did not know: "disregarding", "barring", "save for", "excepting",
    "exclusive of" (not "exclusive", which says "only").

Red team 118 (rankings and counts, 776 questions, 65 wrong or contradicting a yes/no):
(d) "How many chips have HBM or LPDDR?" was refused as if the MI350 (counted by its HBM) were left
    out for its likely HBM3E: a count's row is its number, not the chips counted.
"""

from __future__ import annotations

import pytest
from ask_expect import GPUS, REFUSE, check

NOMINAL = "typical (nominal) value"
SEVEN_NM_TSMC = {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Apple M4's clock speed (nominal)?", (REFUSE, NOMINAL)),
        ("What is the MTIA v2's power (typical)?", (REFUSE, NOMINAL)),
        ("What is the Groq LPU's INT8 performance (typical)?", (REFUSE, NOMINAL)),
        ("What is the Groq LPU's typical INT8 performance?", (REFUSE, NOMINAL)),
        ("What is the Trainium2's typical FP16 performance?", (REFUSE, NOMINAL)),
        ("Which chip has the highest clock speed (typical)?", (REFUSE, NOMINAL)),
        ("Which chips have a clock speed above 1 GHz (typical)?", (REFUSE, NOMINAL)),
        ("What is the Cloud AI 100 Ultra's power (typical, per card)?", (REFUSE, NOMINAL)),
        ("Does the MTIA v2 draw 90 W (typical)?", (REFUSE, NOMINAL)),
        ("Does the NorthPole run at a nominal 400 MHz?", True),
        ("Does the NorthPole run at 400 MHz (nominal)?", True),
        ("What is the NorthPole's clock speed (nominal)?", "nominal 400 MHz"),
        ("What is the Mythic M2000's power (typical)?", "nominal about 4 watts"),
        ("What is the Apple M4's clock speed?", "up to 3.5 GHz"),  # no rider: the figure, hedge shown
        ("Which chips run at the lowest clock speed (nominal figures included)?", "IBM NorthPole"),
    ],
)
def test_a_nominal_value_asked_beside_the_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the Grayskull e75's power (the e150 model)?", (REFUSE, "which it is not")),
        ("What is the Groq LPU's clock speed (the Tenstorrent e150)?", (REFUSE, "which it is not")),
        ("What is the SRAM of the Grayskull (e75)?", {("up to 1.5 MB, per core", "Tenstorrent Grayskull e75")}),
        ("What is the power of the Grayskull e75 (the e75 model)?", "75 W"),
    ],
)
def test_another_chip_in_a_gloss(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are GPUs rather than ASICs?", GPUS),
        ("Which chips are GPUs as opposed to CPUs?", GPUS),
        ("Which chips are ASICs rather than GPUs?", 11),
        # was in test_ask_set_aside's refusals as "a chip with both": no GPU is an ASIC (owl:disjointWith)
        ("Is the Nvidia Blackwell a GPU rather than an ASIC?", True),
    ],
)
def test_a_kind_rather_than_a_disjoint_kind(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many chips have HBM or LPDDR?", "10"),
        ("How many chips use HBM or SRAM?", "13"),
        # one chip outright (SN40L's HBM3), the MI350's HBM3E only likely: a count of 1 or 2
        ("How many chips use HBM3 or HBM3E?", (REFUSE, "likely uses HBM3E")),
    ],
)
def test_a_count_with_a_likely_alternative(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


SEVEN_NM_BUT_GROQ = {"AWS Trainium2", "Cerebras CS-3", "Meta MTIA v2", "Qualcomm Cloud AI 100 Ultra", "SambaNova SN40L"}


@pytest.mark.parametrize(
    "question",
    [
        "Which chips are on 7nm, disregarding the Groq LPU?",
        "Which chips are on 7nm, save for the Groq LPU?",
        "Which chips are on 7nm, barring the Groq LPU?",
        "Which chips are on 7nm excepting the Groq LPU?",
        "Which chips are on 7nm, exclusive of the Groq LPU?",
    ],
)
def test_more_words_of_exclusion(ask_json, question):  # noqa: ANN001
    check(ask_json, question, SEVEN_NM_BUT_GROQ)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which chips are made on 7nm (all by TSMC)?", (REFUSE, "says what the answer is")),
        # "both" says what each must have (held-out sets 2, 4, 16, 40, 70, 83): not refused
        ("Which accelerators are made on TSMC's 7nm process (both foundry and node given)?", SEVEN_NM_TSMC),
        ("Which chips are made on 7nm (by TSMC)?", {"Groq LPU", "Qualcomm Cloud AI 100 Ultra"}),
        ("wat node is the mtia v2 made on", "7nm"),
        ("who'd Intel buy to beef up its AI chips?", "Habana Labs"),
        ("what apps is the maia 100 meant to power?", {"Microsoft Copilot", "Azure OpenAI Service"}),
    ],
)
def test_premises_and_casual_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which devices use the M4?", (REFUSE, "asks what holds or uses it")),
        ("which chips contain the Groq LPU", (REFUSE, "asks what holds or uses it")),
        ("Which processors make up the M4?", {"Apple M4 CPU", "Apple M4 GPU", "Apple M4 Neural Engine"}),
        (
            "What processors does the M4 combine on one chip?",
            {"Apple M4 CPU", "Apple M4 GPU", "Apple M4 Neural Engine"},
        ),
        ("what GPU is inside the Snapdragon 8 Gen 3", "Qualcomm Adreno 750"),
        ("which chips hold the Groq LPU", (REFUSE, "would only name it again")),
        ("which chips are the Groq LPU and the MTIA v2", {"Groq LPU", "Meta MTIA v2"}),
        ("what was the Maia 100 made for?", {"data center", "training"}),
        ("Who is the M4 made for?", (REFUSE, "'who' asks for an organization")),
        ("Who is the M4 designed for?", (REFUSE, "'who' asks for an organization")),
        ("who is behind the Groq LPU", "Groq"),
        ("Which features do the article's custom chips incorporate?", (REFUSE, "'which features'")),
        ("which chips " * 40, (REFUSE, "longer than 400 characters")),
    ],
)
def test_what_holds_a_chip_and_what_it_is_for(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
