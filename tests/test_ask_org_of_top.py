"""``chipkg ask``: the organization behind the chip with the most (or least) of a measure ("which
company designs the chip with the most SRAM?"), refused until now ("ask for the chip first"). The top
chips are found by the chip question's own rules (F.TopOf, resolved by the answer), ties kept, then
their designers (or foundries) listed, the top chips and figures said in the reading. The answers are
checked against the two questions asked one after the other, so a change to either shows here.
Refused: "makes" with nothing to say whether it designs or manufactures, a kind of organization that
may narrow the chips instead (a hyperscaler's, a startup's), a ranking of organizations.
Figures from /work/shared/sources/ai-chip-race.txt: Corsair C8 2 GB SRAM (line 173), CS-3 4 trillion
transistors (141), MTIA v2 256 MB of on-chip SRAM on 7nm (87-89), Mythic M2000 about 4 W.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check, column


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which company designs the chip with the most SRAM", "d-Matrix"),
        ("Which organization designs the chip with the largest SRAM capacity?", "d-Matrix"),
        ("who designs the chip with the most transistors", "Cerebras Systems"),
        ("who designs the chip with the least power", "Mythic"),
        ("which company designs the 7nm chip with the most sram", "Meta"),
        ("which companies design the chips with the most tflops", "d-Matrix"),
        ("how many companies design the chip with the most sram", "1"),
        # refused: "makes" says neither design nor manufacture
        ("who makes the chip with the most transistors", REFUSE),
        # refused: the top of every chip, or of the hyperscalers' chips?
        ("which hyperscaler designs the chip with the most HBM", REFUSE),
        ("which startup designs the chip with the most sram", REFUSE),
        # refused: organizations ranked, not the top chip's
        ("rank the companies by the SRAM of the chips they design", REFUSE),
        # the article names no foundry for the CS-3: exit 1, not an empty list
        ("which foundry makes the chip with the most transistors", REFUSE),
    ],
)
def test_the_organization_behind_the_top_chip(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("measure", "direction"),
    [
        ("SRAM", "most"),
        ("HBM", "most"),
        ("transistors", "most"),
        ("clock speed", "highest"),
        ("power", "least"),
        ("compute cores", "most"),
        ("memory bandwidth", "highest"),
    ],
)
def test_it_is_the_designer_of_the_chip_question_s_answer(ask_json, measure, direction):  # noqa: ANN001
    """Asked in one question, the designers of the top chips; asked in two, the same organizations."""
    code, stdout = ask_json(f"which chip has the {direction} {measure}")
    org_code, org_stdout = ask_json(f"which company designs the chip with the {direction} {measure}")
    assert org_code == code, (stdout[:300], org_stdout[:300])
    if code != 0:  # the chip question refused: so is the organization's
        assert json.loads(org_stdout)["answered"] is False
        return
    designers: set[str] = set()
    for chip in column(json.loads(stdout)):
        code, one = ask_json(f"who designs the {chip}")
        assert code == 0, one[:300]
        designers |= set(column(json.loads(one)))
    assert set(column(json.loads(org_stdout))) == designers
