"""Parentheses that say something and set something else aside, as blind sets 44 and 45 (session 31)
asked them, written here in questions of our own:

- kinds of organization kept and set aside beside organizations asked ("(designers only, not
  foundries)"): the role an organization plays or the kind it is; answered only where both
  readings agree, checked against the organizations answered (answer._organization_kinds_checked);
- a parenthesis no reading takes whole, read as its two parts ("(the energy-efficiency gain, not the
  peak-compute multiple)" as "(the energy-efficiency gain) (not the peak-compute multiple)");
- "separately stated" in what is set aside ("(excluding its separately stated SRAM)").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, SEVEN_NM_CHIPS, check, refused

#: the designers of the chips on 7nm (l.75, 87, 101, 131, 139, 151), none of them a foundry
SEVEN_NM_DESIGNERS = {"AWS", "Meta", "Qualcomm", "SambaNova Systems", "Cerebras Systems", "Groq"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which organizations design the chips built on 7nm (designers only, not foundries)?", SEVEN_NM_DESIGNERS),
        ("who designs 7nm chips (the designers themselves, not the foundry)", SEVEN_NM_DESIGNERS),
        ("Which companies design a 7nm chip (not foundries)?", SEVEN_NM_DESIGNERS),
        # TSMC fabricates chips of Nvidia, Qualcomm, Apple and Groq (l.35, 111, 119, 151)
        ("Which organizations design chips fabricated by TSMC (chip designers, not foundries)?", None),
        ("Which organizations fabricate the 7nm chips (foundries only, not designers)?", {"TSMC"}),
    ],
)
def test_organization_kinds_agree(ask_json, question, expected):  # noqa: ANN001
    if expected is None:
        expected = {"Nvidia", "Qualcomm", "Apple", "Groq"}
    data = check(ask_json, question, expected)
    assert "true of every organization answered" in data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        # the foundry is answered by the role asked, and is of the kind set aside
        "Which organizations fabricate the 7nm chips (designers only, not foundries)?",
        # the designers are answered, and are of the kind set aside
        "Which organizations design the 7nm chips (foundries, not designers)?",
        # kinds that are no role: Meta is a hyperscaler (l.15), so the two readings differ
        "Which organizations design a 7nm chip (not hyperscalers)?",
        "Which organizations design a 7nm chip (startups only, not hyperscalers)?",
    ],
)
def test_organization_kinds_that_change_the_answer_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "may say the role an organization plays or the kind it is")


@pytest.mark.parametrize(
    "question",
    [
        # beside chips or a count, kinds of organization set aside are not read (as before)
        "Which chips are designed by Nvidia (designers only, not foundries)?",
        "How many organizations design a 7nm chip (designers only, not foundries)?",
    ],
)
def test_organization_kinds_beside_other_answers_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # l.63: 67% better energy efficiency than the previous generation
        (
            "By how much does Trillium improve energy efficiency over earlier TPUs (the energy-efficiency figure, "
            "not the peak compute multiple)?",
            "67 %, energy efficiency, vs previous generation TPUs",
        ),
        (
            "By how much does Trillium improve energy efficiency over earlier TPUs (the energy-efficiency gain, "
            "and not the compute multiple)?",
            "67 %, energy efficiency, vs previous generation TPUs",
        ),
        # each part is refused as it would be alone: "(HBM3E)" beside HBM names a narrower thing
        ("Which chips use HBM (HBM3E, not HBM3)?", REFUSE),
        ("Which organizations design chips (designers, not Nvidia)?", REFUSE),
    ],
)
def test_parenthesis_read_in_parts(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # l.159: 256 GB of LPDDR5 beside 2 GB of SRAM
        ("How much LPDDR5 does the Corsair C8 have, in GB (excluding its separately stated SRAM)?", "256 GB"),
        ("corsair c8 lpddr5 capacity (not the separately listed sram)", "256 GB"),
    ],
)
def test_separately_stated_set_aside(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_seven_nm_chips_unchanged(ask_json):  # noqa: ANN001
    # the list the organizations above are the designers of
    check(ask_json, "which chips are built on 7nm", SEVEN_NM_CHIPS)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "among those whose X the article gives" beside a superlative of X: the chips ranked (l.125)
        ("Which chip has the lowest clock, among those whose clock speed is stated?", "IBM NorthPole"),
        ("which chip runs at the lowest clock among those whose clock the article gives", "IBM NorthPole"),
        # of another measure it would narrow the chips ranked: not read
        ("Which chip has the lowest clock among those whose power the article gives?", REFUSE),
        # "(a nominal figure is acceptable)" admits a hedge, as "nominal figures included" does
        ("Which chip has the lowest clock (a nominal figure is acceptable)?", "IBM NorthPole"),
        ("What is NorthPole's clock speed (a nominal figure is acceptable)?", "nominal 400 MHz"),
        # "the oldest, i.e. largest, node": the superlative said again (l.171: 40nm)
        ("Which chip sits on the oldest, i.e. largest, process node?", "Mythic M2000"),
        ("Which chip uses the newest, i.e. smallest, node?", "Apple M4"),  # l.91: 3nm
        ("Which chip uses the newest, i.e. largest, node?", REFUSE),  # two directions
    ],
)
def test_said_again_in_other_words(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # neither per chip nor a cluster's sum: nothing left to answer (red team 32's question), also
        # when said as two parentheses, where the cluster set aside by one is no scope said by the other
        "What FP16 throughput does Trainium2 reach (not per accelerator) (not summed over a cluster)?",
        "What FP16 throughput does Trainium2 reach (not per accelerator, and not summed over a cluster)?",
        "What FP16 throughput does Trainium2 reach (not per chip) (excluding the cluster figure)?",
    ],
)
def test_two_negated_scopes_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    "question",
    [
        # the parts say one thing together ("both ..., not either"): read whole, refused as before
        "Which chips support FP16 or FP32 (both formats, not either one)?",
        # a name set aside may be a premise about the chip (the SN40L does inference too, l.133):
        # read whole, refused as before, never as a gloss of the first part
        "How many cores does the SN40L have (training, not inference)?",
        "What is the Groq LPU's performance (data centre chips, not mobile)?",
        "What is the Groq LPU's performance (the 7nm node, not 5nm)?",
    ],
)
def test_parts_that_hold_together_read_whole(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
