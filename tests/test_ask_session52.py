"""Session 52: readings of this session, each through the CLI in process (conftest's ``ask_json``).

(a) A noun for who makes something said after a thing that is no chip ("gemini creator", "nvlink
    developer", "hbm supplier") was a label of "designed by" only; beside a condition it was dropped
    as a verb's "how", and the chips related to the thing were listed (exit 0: "gemini creator"
    answered the Trillium TPU). The nouns are labels of ck:ChipDesigner too, as "designer" is, so
    the question asks for an organization: a maker of a technology or system is refused as before.
(b) A noun for organizations right after the word for chips ("hbm chips vendor", "7nm chip
    developers") is the head of the phrase, as the label "chip designers" is: the organizations are
    asked (the chips were listed).
(c) A relation's words that end in "by", last in a question that asks for no organization and names
    no chip ("hbm chips made by", "azure made by", "7nm chips fabricated by"), leave who out: refused
    (the relation was dropped and the chips listed).
(d) "max chips per cluster", "most chips in one cluster": the count of chips in one cluster is the
    scale out of that scope (ck:scaleOut's labels say it); a label that opens with a superlative
    ("max chips") gives way to a longer label after it, the superlative read alone.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM_DESIGNERS = {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}
SEVEN_NM_DESIGNERS = {"AWS", "Cerebras Systems", "Groq", "Meta", "Qualcomm", "SambaNova Systems"}


@pytest.mark.parametrize(
    "question",
    [
        "gemini creator",
        "gemini developer",
        "gemini supplier",
        "copilot developer",
        "nvlink creator",
        "hbm developer",
        "hbm supplier",
        "azure creator",
        "ultracluster creator",
    ],
)
def test_maker_of_what_is_no_chip_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "makers (designers, foundries) of chips only"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hbm chips vendor", HBM_DESIGNERS),
        ("hbm chip vendors", HBM_DESIGNERS),
        ("hbm chips creator", HBM_DESIGNERS),
        ("7nm chips supplier", SEVEN_NM_DESIGNERS),
        ("7nm chip developers", SEVEN_NM_DESIGNERS),
        ("7nm chips designers", SEVEN_NM_DESIGNERS),  # the label "chip designers", as before
        ("which suppliers make 7nm chips?", SEVEN_NM_DESIGNERS),
        ("how many hbm chip vendors are there?", 5),
    ],
)
def test_organization_noun_after_chips_is_the_head(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, int):
        data = check(ask_json, question, 1)
        assert data["results"]["bindings"][0]["count"]["value"] == str(expected), data
    else:
        check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 developer", "Intel"),
        ("who is the developer of gaudi 3?", "Intel"),
        ("gaudi 3 supplier", "Intel"),
        ("who supplies trainium2?", "AWS"),
    ],
)
def test_maker_of_a_chip_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "hbm chips made by",
        "tsmc 7nm chips designed by",
        "7nm chips fabricated by",
        "7nm chips produced by",
        "azure made by",
        "chips made by",
    ],
)
def test_by_with_no_one_after_it_is_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "names no value"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("gaudi 3 made by", "Intel"),
        ("which organization is the groq lpu manufactured by?", "TSMC"),
        ("tsmc chips made by", 5),  # the name before says by whom
    ],
)
def test_by_with_its_value_still_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, at_least=isinstance(expected, str))


@pytest.mark.parametrize(
    "question",
    [
        "max chips per cluster",
        "max chips in one cluster",
        "most chips in one cluster",
        "max scale out per cluster",
        "which chip scales to the most chips in one cluster?",
    ],
)
def test_most_chips_in_one_cluster(ask_json, question):  # noqa: ANN001
    data = check(ask_json, question, ["AWS Trainium2"])
    assert "per cluster" in data["reading"], data["reading"]
    figure = data["results"]["bindings"][0]["figure"]["value"]
    assert figure.startswith("up to 100,000 chips"), figure  # the hedge shown


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a scope the graph holds one chip's figure of: nothing to rank it against
        ("max chips per pod", (REFUSE, "nothing to rank")),
        # "node" is no scope of its own word (a process node), so a per-node maximum stays refused
        ("max chips per node", REFUSE),
        ("how many chips per cluster can trainium2 reach?", {"AWS Trainium2"}),
        ("blackwell max gpus", {"Nvidia Blackwell GPU"}),
        ("max sram", ["d-Matrix Corsair C8"]),
    ],
)
def test_scale_out_neighbours(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, set):
        data = check(ask_json, question, 1)
        assert {b["chip"]["value"] for b in data["results"]["bindings"]} == expected, data
    else:
        check(ask_json, question, expected)
