"""``chipkg ask``: red team 21's wrong answers (exit 0), refused or answered right.

- W1 "which process node is shared by the Groq LPU and the Maia 100?" listed each chip's node
  (nothing is shared) once "shared by" was made a verb of use: the word is taken back (refused as
  an unknown word, as before this session).
- W7 "which process node has the largest count of chips?" printed the 40 nm node: "count of" is
  read as "number of" is (rewrites ``_number_of_chips_as_most``, walk).
- W2 "how many chips are on 7nm? list them too", "... — which ones?": the count alone; a later
  clause that asks for the things counted is refused (checks ``_how_many_beside_a_list``).
- "which process node is used by two chips?" ranked the chips by feature size and showed the top
  two; a number of chips with no order word ("which two chips use HBM?") is refused (walk).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        "which process node is shared by the Groq LPU and the Maia 100?",
        "which formats are shared by the Groq LPU and the AI 100 Ultra?",
        "which chips are shared by Nvidia and AMD?",
        "which process node is shared by two chips?",
        "how many chips are on 7nm? list them too",
        "how many 7nm chips are there — which ones?",
        "how many HBM chips are there? name them",
        "which process node has the largest count of designers?",
        "which process node is used by two chips?",  # was the top 2 chips by feature size
        "which two chips use HBM?",  # was the top 2 by HBM capacity (five chips use HBM)
    ],
)
def test_red_team_21_wrong_answers_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


def test_the_largest_count_of_chips_is_the_most_chips(ask_json):  # noqa: ANN001
    data = check(ask_json, "which process node has the largest count of chips?", ["7nm"])
    assert data["results"]["bindings"][0]["count"]["value"] == "6"


def test_a_relative_which_after_how_many_still_counts(ask_json):  # noqa: ANN001
    data = check(ask_json, "how many chips which use HBM are on 7nm?", 1)
    assert data["results"]["bindings"][0]["count"]["value"] == "2"
