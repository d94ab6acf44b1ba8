"""Red team 7's wrong answers (/work/brief/redteam7-wrong.md, against this session's new shapes),
fixed by mechanism: each class with the report's examples and near misses.

- R1 "than" with two named chips, or "other than A ... than B": answered the pair's winner. Refused.
- R2 several named chips apart from the list ("..., in addition to A and B", "(A and B too)"): the
  list shrank to them. Refused; "which of A and B ..." up front stays a field.
- R3-R6 the group with the most chips: a kind of organization ("which hyperscaler"), chip kinds
  ("the most GPUs", read as the largest node), "the most powerful chips" (counted as the most chips),
  "which company makes" (designer or foundry): refused, or counted right.
- R7 a list above or below a named chip now reads the other chips as the same range with its number
  does (a card's figure shown as such, a memory per core refused); R7b a place resting on a card's
  figure is refused; R8 a hedged process node is no bound, no place, and is shown with its hedge.
- R9 "who makes X" cites its sources and shows a hedged foundry's hedge; R10 a statement comparing two
  named chips ("A has more X than B?", ", doesn't it?") asks yes/no; R11 a lead-in then an auxiliary
  is answered yes/no or refused; R12 a value of two chips, one with none, says so in the reading.
"""

from __future__ import annotations

import json

import pytest
from ask_expect import REFUSE, check

CASES: list[tuple[str, object]] = [
    # R1
    ("which chips have more sram than the groq lpu and northpole", (REFUSE, "names one chip only")),
    ("which chips other than northpole have more sram than the groq lpu", (REFUSE, "names one chip only")),
    ("how many chips have more sram than the groq lpu and northpole", REFUSE),
    ("which has more sram, the groq lpu or northpole?", "IBM NorthPole"),  # near miss: the pair compared
    # R2
    ("which chips support int8, in addition to the groq lpu and northpole?", (REFUSE, "apart from the list")),
    ("which chips support int8 (the groq lpu and northpole too)?", (REFUSE, "apart from the list")),
    ("Which of the Groq LPU and the IBM NorthPole support INT8?", {"Groq LPU", "IBM NorthPole"}),
    ("which chips support int8 other than the groq lpu and northpole", {"Qualcomm Cloud AI 100 Ultra"}),
    # R3-R6
    ("which hyperscaler designs the most chips", REFUSE),
    ("which company designs the most chips, counting aws as amazon", REFUSE),
    ("which node do the most gpus use?", REFUSE),  # the Adreno 750's hedged 4nm decides the top
    ("who has the most tpus?", REFUSE),
    ("which foundry makes the most powerful chips", REFUSE),
    ("which company makes the most chips", REFUSE),  # designer or foundry: not said
    # R7, R7b, R8
    ("which chips have less sram than the groq lpu", (REFUSE, "per core or tile")),
    ("which chips draw more power than the mtia v2", {"Qualcomm Cloud AI 100 Ultra", "Tenstorrent Grayskull e150"}),
    ("which chip has the second most power", (REFUSE, "not per chip")),
    ("which chips are on a smaller node than the adreno 750", (REFUSE, "hedged")),
    # R10
    ("the groq lpu has more sram than northpole?", False),  # l.153 128 MB, l.113 192 MB
    ("northpole has more sram than the groq lpu, doesn't it?", True),
    ("the groq lpu has more sram than northpole, does it?", False),
    ("groq lpu vs northpole sram", "IBM NorthPole"),  # near miss: "vs" asks which
    # R11
    # read yes/no with d-Matrix as the claimant (red team 6 R2): true, by its own claim (l.173: up to 9600 TFLOPS)
    ("Going by d-Matrix's claims, does the Corsair C8 deliver more than 9 petaflops?", True),
    ("Going by Nvidia's claims, does the Corsair C8 deliver more than 9 petaflops?", REFUSE),  # not Nvidia's claim
    ("According to the article, is the Google Trillium TPU the fifth generation of TPU?", False),  # l.61: sixth
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_red_team_7_wrong_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_smaller_node_list_shows_the_hedged_node_with_its_hedge(ask_json):  # noqa: ANN001
    code, stdout = ask_json("which chips are on a smaller node than the groq lpu")
    assert code == 0, stdout[:300]
    rows = {b["chip"]["value"]: b.get("hedge", {}).get("value", "") for b in json.loads(stdout)["results"]["bindings"]}
    assert "Qualcomm Adreno 750" in rows and rows["Qualcomm Adreno 750"]  # l.97: said of the Adreno GPUs in general


def test_who_makes_cites_sources_and_hedges(ask_json):  # noqa: ANN001
    code, stdout = ask_json("who makes the adreno 750")
    assert code == 0, stdout[:300]
    data = json.loads(stdout)
    assert "source" in data["head"]["vars"] and "qualifier" in data["head"]["vars"]
    rows = {b["relation"]["value"]: b for b in data["results"]["bindings"]}
    assert all(b["source"]["value"].startswith("https://") for b in rows.values())
    assert rows["manufactured by"].get("qualifier", {}).get("value")  # the hedged TSMC


def test_a_value_of_two_chips_says_which_has_none(ask_json):  # noqa: ANN001
    code, stdout = ask_json("what is the sram of the groq lpu and the trainium2")
    assert code == 0, stdout[:300]
    data = json.loads(stdout)
    assert [b["chip"]["value"] for b in data["results"]["bindings"]] == ["Groq LPU"]
    assert "no SRAM capacity for AWS Trainium2" in data["reading"]
