"""``chipkg ask``: two classes of analysts' clauses, each tested on questions written here.

1. An aside that says only that the article leaves a property unstated, or that it is of no concern
   ("(I gather the foundry is not named)", "no precision is given, I know", "who fabricates them is not
   a concern here"; words.tsv phrase class ``unsaid``), is dropped when the frame built from the rest
   rests on none of the properties it names (not as a condition, the figure asked or the order), and
   keeps the question refused when it does. A negation of a word of stating ("the capacity isn't given
   for the MI350") never leaves a named chip out.
2. A named section of the article cited with any verb of saying, in any tense ("as characterised in its
   section", "as the section on Meta reported it", "per the Groq section's description"; words.tsv
   phrase class ``citing``) is a hedge: the answer must come from that section, as with "according to
   the Intel section"; "which section says ..." and "cite the section on Groq" still ask for the
   section-sources report.
3. A purpose clause the asker names as their own ("For a compatibility matrix I am assembling, ...") may
   hold topic words ask does not know, and a report's name for what the asker makes ("comparison"); it
   stays refused with a name, a number, a property word the rest does not carry or an operator.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

from chipkg.ask.parse.items import Item
from chipkg.ask.remarks import negates_stating


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Which chips serve inference and carry HBM -- no capacity is given for some, I realise.",
            {"AMD Instinct MI350", "Google Trillium TPU", "SambaNova SN40L"},
        ),
        ("How many chips are built on 7nm? Who manufactures them is irrelevant to me here.", "6"),
        (
            "Which chips are on 4nm? The article does not state their power, I realise.",
            {"Nvidia Blackwell GPU", "Qualcomm Adreno 750"},
        ),
        ("What is the clock speed of the Apple M4? The article does not give its power, I believe.", "up to 3.5 GHz"),
        ("Which chips does Google design? Their transistor count is unknown, I gather.", {"Google Trillium TPU"}),
        (
            "Which chips use LPDDR5? Whether their bandwidth is stated is not a concern.",
            {"Apple M4", "d-Matrix Corsair C8"},
        ),
        ("What is the SRAM capacity of the Groq LPU? I gather no bandwidth is given for it.", "128 MB"),
        (
            "Which chips sit on 5nm? (I believe the foundry is not named for them.)",
            {"Intel Gaudi 3", "Microsoft Maia 100"},
        ),
    ],
)
def test_unsaid_aside_is_inert(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the frame rests on what the aside says is unstated: a condition, the figure asked, the order
        "Which chips are made by TSMC? (I gather the foundry is not named for some.)",
        "Which chip has the most transistors? The transistor count is not stated for every chip, I know.",
        "What is the power of the Apple M4? The article does not state its power, I believe.",
        "Rank the 5nm chips by power. No power figure is given for some, I realise.",
        "What is the FP8 performance of the Intel Gaudi 3? I understand no precision is given.",
        # exclusions still negate: the aside is no remark on what the article states
        "Which chips are built on 7nm? The foundry is not TSMC, I gather.",
        "Which 7nm chips are not made by TSMC? I know the foundry is not named for all of them.",
        # not a statement, or a relative clause: it may pick the chips out
        "Which chips are built on 7nm (foundry not named)?",
        "Which chips use HBM, whose capacity is not given?",
        # a figure asked of it, with no property: "it" is the figure
        "What is the power of the Blackwell GPU -- the article does not give it?",
    ],
)
def test_unsaid_aside_the_frame_rests_on_stays_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # what the clause says is unstated is stated for some chips answered: read as a condition
        # ("7nm chips whose foundry is unknown") or as a remark, the two answers differ
        "Which chips are built on 7nm, the foundry being unknown?",
        "Which chips are built on 7nm? (I gather the foundry is not named for them.)",
        "Which Qualcomm chips are mentioned? Their power is not stated, I think.",
        "What process node is the Groq LPU fabricated on? (I gather the foundry is not named.)",
    ],
)
def test_unsaid_premise_checked(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # read as "not the MI350", the MI350 (which uses HBM) was left out of the HBM chips
        "Which chips use HBM? The capacity isn't given for the MI350.",
        "Which chips have on-chip SRAM? The SRAM size is not stated for the SN40L.",
    ],
)
def test_negated_stating_never_excludes_a_name(ask_json, question):  # noqa: ANN001
    check(ask_json, question, (REFUSE, "not which to leave out"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # read in place as a remark on phrasing, main answered the TSMC chips
        ("Which chips are made by TSMC (the foundry being unstated)?", (REFUSE, "leaves unstated what the question")),
        # no statement beside a list: it may pick out the chips whose foundry is unstated
        ("Which chips are built on 7nm (foundry unstated)?", (REFUSE, "which chips to keep")),
        ("On which process node does the article put the Trainium2 (its foundry being unstated)?", "7nm"),
        (
            "What peak performance does the article give for Microsoft's Maia 100 (precision not stated)?",
            "800 TFLOPS, peak",
        ),
    ],
)
def test_unsaid_parenthesis_read_in_place(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_exclusions_still_read(ask_json):  # noqa: ANN001
    expected = {"AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}
    check(ask_json, "Which chips use HBM, other than the MI350?", expected)
    check(ask_json, "Which chips use HBM but not the MI350?", expected)


def test_negates_stating():
    def words(*said: tuple[str, str, str]) -> list[Item]:
        return [Item(kind, text, role=role) for kind, text, role in said]

    assert negates_stating(words(("word", "not", "neg"), ("word", "named", "filler")), 0)
    assert negates_stating(
        words(("word", "no", "neg"), ("term", "precision", ""), ("word", "is", "aux"), ("word", "given", "filler")), 0
    )
    assert not negates_stating(words(("word", "not", "neg"), ("entity", "TSMC", "")), 0)
    assert not negates_stating(words(("word", "not", "neg"), ("entity", "TSMC", ""), ("word", "named", "filler")), 0)
    assert not negates_stating([Item("word", "except", role="neg", value="exclude"), Item("word", "named")], 0)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the power of the Meta MTIA v2, as the section on Meta reported it?", "90 watts"),
        ("What is the clock speed of the Apple M4, as its section puts it?", "up to 3.5 GHz"),
        ("How much HBM does the Gaudi 3 carry, as the Intel section characterized it?", "128 GB"),
        ("What process node is the Groq LPU built on, per the Groq section's description?", "7nm"),
        ("How much SRAM does the IBM NorthPole have, as its section characterises it?", "192 MB"),
        ("What is the transistor count of the Apple M4, as the Apple section outlined it?", "about 40 billion"),
        ("Is the Groq LPU built on 7nm, as the section on Groq explains?", True),
    ],
)
def test_section_cited_with_any_verb(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the cited section must hold the answer
        ("Did Intel acquire Habana Labs, as the Nvidia section describes?", "section does not name"),
        ("What is the clock of the Apple M4, as the AMD section describes it?", "section does not name"),
        ("Which chips use HBM, as the Future Prospects section portrays them?", "outside the Future Prospects"),
        # a request for the section-sources report, not a citation
        ("Which section says the Mythic M2000 draws 4 W?", "section-sources"),
        ("Cite the section on Groq.", "section-sources"),
        ("Which Nvidia section describes Blackwell?", "section-sources"),
    ],
)
def test_section_cited_near_misses(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("For a compatibility matrix I am assembling, which chips support BF16?", {"AWS Trainium2", "Groq LPU"}),
        (
            "For a thermal-budget comparison I am preparing, which chips are built on 5nm?",
            {"Intel Gaudi 3", "Microsoft Maia 100"},
        ),
    ],
)
def test_purpose_clause_with_topic_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "For consumer purposes, which chips are built on 5nm?",  # not the asker's: it may narrow
        "For a consumer comparison I am preparing, which chips have the most SRAM?",
        "For a mobile comparison I am preparing, which chips are built on 4nm?",  # a name
        "For a TSMC briefing I am preparing, which chips are built on 7nm?",
        "For a 7nm shortlist I am drafting, which chips use HBM?",  # a number
        "For a power comparison I am preparing, which chips are built on 5nm?",  # a property word
        "For the cheaper options I am weighing, which chips use HBM?",  # a comparative
    ],
)
def test_purpose_clause_that_may_narrow_stays_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
