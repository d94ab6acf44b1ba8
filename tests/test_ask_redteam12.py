"""``chipkg ask``: wrong answers red team 12 found (/work/brief is not in the project; the classes
are named here), each fixed as a class and tested on new questions of it.

- W1: an organization right after a conjunction in a yes/no is a second statement's subject ("Is
  Gaudi 3 5nm and Groq 7nm?" read "Gaudi 3 designed by Groq": false): refused.
- W2: a negated part ("does the Snapdragon lack the Adreno 750?", "what GPU is not in ...") was read
  as "not that chip" (true; every other GPU): refused, asked positively.
- W3: "does Apple make the M4 on its own / in-house / entirely", "made by their own designers" (true;
  every chip): refused, as "itself" is.
- W4: a correction or a follow-up ("HBM, sorry, SRAM", "HBM? And SRAM?") read as both: refused.
- W5, W6: "newest first" beside another figure; certainty words beside a likely memory.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # W1
        ("Is Gaudi 3 5nm and Groq 7nm?", (REFUSE, "second statement")),
        ("Does Gaudi 3 use HBM and Groq use SRAM?", (REFUSE, "second statement")),
        ("Is Trainium2 on 7nm and Nvidia on 4nm?", (REFUSE, "second statement")),
        ("Neither Gaudi 3 nor Groq is 7nm -- is that right?", REFUSE),
        ("Is the M4 made by Apple and TSMC?", True),  # two organizations joined: one statement
        # two values of a functional relation ask which one: refused (test_ask_lead12.py), not "true"
        ("Is Gaudi 3 designed by Intel or AMD?", (REFUSE, "asks which one it is")),
        # W2
        ("Does the Snapdragon 8 Gen 3 lack the Adreno 750?", REFUSE),
        ("Does the Snapdragon 8 Gen 3 not contain the Adreno 750?", REFUSE),
        ("Does the Apple M4 exclude the Groq LPU?", REFUSE),
        ("What GPU is not in the Snapdragon 8 Gen 3?", REFUSE),
        ("Which chips don't contain the Adreno 750?", REFUSE),
        ("Which chips other than the Groq LPU use SRAM?", 9),  # the rest of the SRAM chips
        # W3
        ("Does Apple make the M4 on its own?", REFUSE),
        ("Does Nvidia build the Blackwell GPU in-house?", REFUSE),
        ("Does Qualcomm manufacture the Adreno 750 entirely?", REFUSE),
        ("Which chips are made by their own designers?", REFUSE),
        ("Does Apple design the M4?", True),
        # W4
        ("Which chips use HBM, sorry, SRAM?", (REFUSE, "corrects itself")),
        ("Which chips are 7nm, I mean 5nm?", (REFUSE, "corrects itself")),
        ("Which chips use HBM? And SRAM?", (REFUSE, "follow-up")),
        ("Which chips use HBM? What about SRAM?", (REFUSE, "follow-up")),
        ("Sorry, which chips use HBM?", 5),  # an apology first corrects nothing
        ("Which chips use HBM, um, SRAM?", (REFUSE, "corrects itself")),
        ("so, um, which chips use hbm?", 5),  # a pause between no two names corrects nothing
        ("which chips, um, use hbm?", 5),
    ],
)
def test_red_team_12(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # W6: asked outright, a memory stated only as likely is no answer
        ("Which chips definitely use HBM3E?", (REFUSE, "likely uses HBM3E")),
        ("Which chips are confirmed to use HBM3E?", (REFUSE, "likely uses HBM3E")),
        ("Which chips use HBM3E?", ["AMD Instinct MI350"]),
        # W7: a chip's release status, a condition on the answer
        ("I'm researching released products: which chips use HBM?", (REFUSE, "release status")),
        ("What memory does the released MI350 use?", (REFUSE, "release status")),
        ("Which chips use HBM, provided they are released?", (REFUSE, "condition")),
        ("Which chips were released by Nvidia?", {"Nvidia Blackwell GPU", "Nvidia H100"}),
        # W10: a grouping is never dropped from a list
        ("HBM chips per designer", 5),  # five designers, one HBM chip each: counted per group
        ("chips per designer excluding Nvidia", (REFUSE, "groups the chips")),
        ("which chips use HBM per designer?", (REFUSE, "groups the chips")),
    ],
)
def test_red_team_12_lists(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # W9: how much of a chip a thing is, wherever the word stands
        ("which chips are designed mostly for inference?", (REFUSE, "'mostly'")),
        ("which chips run largely inference?", (REFUSE, "'largely'")),
        ("which chips are made of two dies?", 3),  # a part named after "made of": as before
        # W11: one chip singled out of the list asked for
        ("Which chips use HBM, say the Gaudi 3?", (REFUSE, "singles out")),
        ("Which chips use HBM, namely the Gaudi 3?", (REFUSE, "singles out")),
        ("Which chips use HBM, for one the Gaudi 3?", (REFUSE, "singles out")),
    ],
)
def test_red_team_12_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # W8: a scale across several pods or nodes is no one pod's figure, nor a claim
        ("How many Trillium TPUs can be linked across pods?", (REFUSE, "across pods")),
        # session 49: "across multiple nodes" is a cluster's scope (words.tsv), and Trainium2's scale-out
        # is stated per cluster (l.75: up to 100,000 chips in EC2 UltraClusters)
        ("How many Trainium2 chips can scale across multiple nodes?", 1),
        # W13: what an organization relies on is not what it designs
        ("Which chips does Microsoft rely on?", (REFUSE, "relies on")),
        ("Does the Groq LPU rely on SRAM?", True),
        # minor: "datasets" asked of chips is no word for the graph
        ("Which datasets do chips use?", REFUSE),
        ("How many chips in the dataset are 7nm?", "6"),
    ],
)
def test_red_team_12_more(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "I'm researching current products: which chips use HBM?",
        "I'm weighing launched parts: which chips use HBM?",
        "Which current chips use HBM?",
    ],
)
def test_red_team_12_release_status(ask_json, question):  # noqa: ANN001
    """W7: a chip's release status in a lead-in or beside the chips (the MI350 is upcoming, l.47)."""
    check(ask_json, question, (REFUSE, "release status"))
