"""``chipkg ask``: ways an analyst opens or frames a question that change nothing, read as the plain
question, beside framings that do change the answer, which stay refused or are read:

* a request: a modal and "you" before a verb of answering ("could you list ...", "would you please
  name ...", "can you rank ...") asks that verb's request, never a yes/no of several chips
  (chipkg.ask.parse.asides._request_opened);
* "taking A, B and C, ..." names the chips a ranking or comparison ranges over, as "considering" does
  (asides._chips_taken); a class, a restriction or one name is not such a list;
* "is it the case (, per the article,) that ...", a claim opening (words.tsv ``claimopen``) with a
  source hedge set off by commas, or a lead-in before it (frames._statement_asked);
* "setting (putting, leaving) X aside, ..." is the negated parenthesis "(setting aside X)" after the
  question (sentences._aside_lead_in); beside a question of one scope ("a Gaudi 3 node"), figures of
  another scope set aside ask for that scope's figure (asides._other_scope_aside, check
  ``otherscope``).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

GAUDI_NODE = "14.7 petaflops"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could you list the chips built on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("Would you please list the chips that use LPDDR5?", {"Apple M4", "d-Matrix Corsair C8"}),
        ("Would you be able to name the chips built on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("Can you identify which chips are built on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("Could you give the HBM bandwidth of Gaudi 3?", "3.7 TB/s"),
        (
            "Would you rank the Grayskull e150, the Grayskull e75 and the MTIA v2 by power, highest first?",
            ["Tenstorrent Grayskull e150", "Meta MTIA v2", "Tenstorrent Grayskull e75"],
        ),
        ("Could you tell me whether the Maia 100 is built on 7nm?", False),
        # another verb after "could you" is still a yes/no of that verb
        ("Could you use the Apple M4 in a data center?", False),
        # what the request asks for still has to be known
        ("Could you list the chips that are cheaper than Gaudi 3?", REFUSE),
        ("Could you explain why TSMC makes the Groq LPU?", REFUSE),
        ("Could you estimate the power of the Maia 100?", REFUSE),
    ],
)
def test_request_opening(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected, any_order=isinstance(expected, set))


def test_request_keeps_its_exclusion(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Could you list the chips other than the Trillium TPU that use HBM?",
        {"AMD Instinct MI350", "AWS Trainium2", "Intel Gaudi 3", "SambaNova SN40L"},
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Taking the Grayskull e150 and the MTIA v2, which draws less power?", "Meta MTIA v2"),
        ("Taking the Maia 100 and the Apple M4, which has the most transistors?", "Microsoft Maia 100"),
        (
            "Taking the MTIA v2, the Groq LPU and the NorthPole, order them by SRAM, largest first.",
            ["Meta MTIA v2", "IBM NorthPole", "Groq LPU"],
        ),
        ("Take the Trainium2 and the SN40L: which has more HBM?", "AWS Trainium2"),
        # a class, a restriction, one chip, or a chip named after the list: not a list the question ranges over
        ("Taking the 7nm chips, which has the most transistors?", REFUSE),
        # "taking only" reads as "considering only" (session 31): the startups' chips, the C8's 2 GB (l.159)
        ("Taking only the startups, which chip has the most SRAM?", "d-Matrix Corsair C8"),
        ("Taking Nvidia out, which chip has the most transistors?", REFUSE),
        ("Taking the Gaudi 3, which chips use HBM?", REFUSE),
        ("Taking the Maia 100 and the Apple M4, is the Groq LPU faster?", REFUSE),
    ],
)
def test_chips_taken(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is it the case, per the article, that the Cerebras CS-3 is built on 7nm?", True),
        ("Is it the case, per the article, that the Maia 100 is built on 7nm?", False),
        ("Is it really the case that the Grayskull e75 draws more power than the Grayskull e150?", False),
        ("According to the article, is it the case that Trainium2 is designed by Amazon?", True),
        ("Is it true, as the article says, that the Groq LPU is made by TSMC?", True),
        # what the claim says must still be known and askable
        ("Is it the case, per the article, that the Groq LPU is cheaper than the MTIA v2?", REFUSE),
        ("Is it the case, per the article, which chips use HBM?", REFUSE),
        ("Is it not the case that Gaudi 3 uses HBM?", REFUSE),
    ],
)
def test_claim_opening_with_a_hedge(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Setting the cluster figure aside, what FP8 compute does one Gaudi 3 node reach?", GAUDI_NODE),
        ("Leaving aside the multi-node number, what FP8 throughput does a Gaudi 3 node reach?", GAUDI_NODE),
        ("Putting the system-level figure aside, how many cores does the Cerebras CS-3 have?", "900,000"),
        ("Setting the Cerebras CS-3 aside, which chip has the most transistors?", "Nvidia Blackwell GPU"),
        ("Leaving the marketing claims aside, what is the clock speed of the Groq LPU?", "1.2 GHz"),
        # the scope the question asks, set aside; or none asked: refused, never the other scope's figure
        ("Setting the node figure aside, what FP8 compute does a Gaudi 3 node reach?", REFUSE),
        ("Setting the cluster figure aside, what FP8 compute does a Gaudi 3 cluster reach?", REFUSE),
        ("Setting the cluster figure aside, which chip has the most FP8 compute?", REFUSE),
        # names, classes, numbers and things the graph does not hold, set aside: read or refused
        ("Setting Nvidia aside, which chip has the most transistors?", REFUSE),
        ("Leaving aside the startups, which chips are built on 7nm?", REFUSE),
        ("Setting aside anything over 100 W, which chip has the most SRAM?", REFUSE),
        ("Setting aside the price, which chip is cheapest?", REFUSE),
    ],
)
def test_set_aside_lead_in(ask_json, question, expected):  # noqa: ANN001
    data = check(ask_json, question, REFUSE if expected == REFUSE else 1)
    if expected != REFUSE:
        assert expected in str(data["results"]["bindings"][0]), data


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the asker's work and why a figure matters to it: a clause of discourse, dropped
        ("For a slide I'm preparing, how many transistors does the Apple M4 have?", "about 40 billion"),
        ("Our team is assessing foundries: who manufactures the Groq LPU?", "TSMC"),
        ("We're sizing racks, so this matters: how much power does the Grayskull e75 draw?", "75 W"),
        ("For comparison purposes, what is the clock speed of the Groq LPU?", "1.2 GHz"),
        # a topic the lead-in turns to, which the question says again: dropped, checked
        ("On the power side, how much power does the MTIA v2 draw?", "90 watts"),
        ("On the process side, which chips are built on 3nm?", "Apple M4"),
        # a topic that narrows the question, a class, a thing the graph cannot tell: never dropped
        ("On the inference side, which chips are built on 7nm?", REFUSE),
        ("On the consumer side, which chips are built on 3nm?", REFUSE),
        ("On the Nvidia side, which chip has the most transistors?", REFUSE),
        ("On our shortlist, which chips are built on 7nm?", REFUSE),
        ("In the deck, which chips use HBM?", REFUSE),
        ("We're evaluating cheaper options, so: which chip draws the least power?", REFUSE),
    ],
)
def test_discourse_and_topic_lead_ins(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Looking at startups: which chips are built on 7nm?",
        "Looking only at startups: which chips are built on 7nm?",
        "Among startups, which chips are built on 7nm?",
    ],
)
def test_fronted_organizations_after_a_colon(ask_json, question):  # noqa: ANN001
    # asked for chips, the chips of those organizations: never the organizations themselves
    check(ask_json, question, {"Cerebras CS-3", "Groq LPU", "SambaNova SN40L"}, any_order=True)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a word of colour said of a named chip: before its name, or in an apposition to it
        ("How many transistors does the flagship Nvidia Blackwell GPU have?", "208 billion"),
        ("What is the clock speed of the much-discussed Groq LPU?", "1.2 GHz"),
        ("How much HBM does the Gaudi 3, Intel's flagship accelerator, have?", "128 GB"),
        ("Does the much-hyped Maia 100 have more transistors than the acclaimed Apple M4?", True),
        # the apposition's designer is still checked
        ("How much HBM does the Gaudi 3, Nvidia's flagship accelerator, have?", REFUSE),
        # anywhere else it would pick chips the graph cannot tell
        ("Which flagship chips use HBM?", REFUSE),
        ("Which is Nvidia's flagship chip?", REFUSE),
        ("How many flagship chips are built on 7nm?", REFUSE),
        ("Which chips are innovative?", REFUSE),
        # a word of status or time is no colour
        ("Who manufactures the Apple M4, Apple's latest chip?", REFUSE),
    ],
)
def test_epithets(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "Excluding startups, which chips are built on 7nm?",
        "Leaving aside the startups, which chips are built on 7nm?",
        "Setting aside hyperscalers, which chips use HBM?",
    ],
)
def test_chips_asked_never_answered_with_organizations(ask_json, question):  # noqa: ANN001
    # these were answered with organizations ("AWS | Meta | Qualcomm"): the question asks for chips
    check(ask_json, question, (REFUSE, "asks for chips"))
