"""``chipkg ask``: red team 31's wrong answers (each exit 0 before), closed as classes.

- W1: "regardless of <word>" with no comma, from the middle of a sentence, took the question's own
  words with it ("Which chips regardless of designer are made on 7nm?" listed all 24 chips): not read
  as the phrase; "regardless" stays a word ask does not know.
- W2/W3: "a top clock speed" (as "a peak"), "peak clock speeds", "chips with peak clock": the chips'
  peak figures, read as the most of them (the M4 alone); refused. "The peak clock", "the highest
  peak clock", "the M4's peak clock" as before.
- W4: "all HBM chips", "all chips using HBM memory", "every chip that uses LPDDR memory": chips by a
  technology they have, read as each chip's figure ranked (chips with no figure left out of the
  rows); a list now. "Every chip's HBM", "the HBM of all chips" still list the figures.
- W5: a yes/no said without opening with its verb ("Is it true that Trillium is faster ...?",
  "Trillium is faster than the previous TPU?") read as the claims; refused as "Is Trillium ..." is.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM = {"Intel Gaudi 3", "AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "SambaNova SN40L"}
LPDDR = {
    "Qualcomm Cloud AI 100 Ultra",
    "Apple M4",
    "d-Matrix Corsair C8",
    "Tenstorrent Grayskull e75",
    "Tenstorrent Grayskull e150",
}


@pytest.mark.parametrize(
    "question",
    [
        "Which chips regardless of designer are made on 7nm?",
        "How many chips irrespective of the vendor support FP16?",
        "Which chips have a top clock speed above 1 GHz?",
        "How many chips have a top clock speed?",
        "Which chips have peak power figures?",
        "Which chips have peak clock speeds?",
        "chips with peak clock",
        "Is it true that Trillium is faster than previous TPUs?",
        "Trillium is faster than the previous TPU?",
        "Tell me: is Trillium faster than the previous TPU?",
    ],
)
def test_red_team_31_wrong_answers_are_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("all HBM chips", HBM),
        ("Show all chips using HBM memory.", HBM),
        ("all chips equipped with HBM", HBM),
        ("every chip that uses LPDDR memory", LPDDR),
        ("Which chips, regardless of designer, are made on 7nm?", 6),  # 75, 87, 101, 131, 139, 151
        ("Which chip has the highest peak clock?", {"Apple M4"}),  # 119: up to 3.5 GHz
        (
            "How much faster is Trillium than the previous TPUs?",
            1,
        ),  # session 44: of its four claims (l.63), the one of speed
    ],
)
def test_nearby_questions_keep_their_answers(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_each_chips_figure_is_still_listed_by_value(ask_json):  # noqa: ANN001
    data = check(ask_json, "every chip's HBM", 4)  # the four with a capacity stated
    assert "AMD Instinct MI350" not in [b["chip"]["value"] for b in data["results"]["bindings"]]
