"""``chipkg ask``: courtesy and context around a question people type ("Thanks!", "For a report
I'm writing, ...", "(just checking)") never changes its answer: every answered question of the
held-out sets, said with such words around it, is answered the same or refused, never answered
otherwise.

Generated: each answered casual or analyst question of sets 20-23 with each of the openings, closings and asides
below (written for this test, apart from the held-out sets and from the lexicon's word lists).
The share still answered the same is printed and held to a floor: a closed list of words cannot
know every word of politeness, so a refusal is allowed, a different answer never.
"""

from __future__ import annotations

import pytest
from ask_expect import judged

OPENINGS = ("Hi there, ", "For a report I'm writing, ", "Out of interest, ", "Quick question: ")
CLOSINGS = (" Thank you!", " Appreciate it.", " Just curious.", " No rush.")
ASIDES = (" (just checking)", " (for my notes)")
SETS = ("ask_heldout_20", "ask_heldout_21", "ask_heldout_22", "ask_heldout_23")
FLOOR = 0.75  # share of variants answered the same: 0.77-0.79 now, 0.68-0.69 at the start of this round


def _variants(question: str) -> list[str]:
    body = question.rstrip()
    lowered = body[0].lower() + body[1:] if body[:1].isupper() and not body[1:2].isupper() else body
    out = [o + lowered for o in OPENINGS] + [body + c for c in CLOSINGS]
    if body.endswith("?"):
        out += [body[:-1] + a + "?" for a in ASIDES]
    return out


@pytest.mark.parametrize("name", SETS)
def test_courtesy_never_changes_an_answer(ask_json, name):  # noqa: ANN001
    same = total = 0
    changed = []
    for row, verdict, stdout in judged(ask_json, name):
        if verdict != "right" or row["style"] == "terse" or row["shape"] in ("absent", "refuse"):
            continue  # a search-box query is typed bare: "Hi there, chip power ranking" is no question
        for variant in _variants(row["question"]):
            code, out = ask_json(variant)
            total += 1
            if code == 0 and out == stdout:
                same += 1
            elif code != 1:
                changed.append(variant)
    print(f"{name}: {same}/{total} variants answered the same (floor {FLOOR:.2f})")
    assert not changed, changed[:5]
    assert total and same / total >= FLOOR, (same, total)
