"""``chipkg ask``: red team 20's wrong answers (exit 0), each refused or answered right.

- W1 a vendor's chip in the definite singular ("is Tenstorrent's chip over 150 W?") was read as
  "does Tenstorrent design some chip over 150 W": true, and true of "under 100 W" too. It is the
  vendor's one chip (question ``_org_yes_no``): refused where the vendor has several.
- W2 both ends of one order where the first superlative's measure is said after the second
  ("greatest versus least SRAM", "the 2 highest and the 2 lowest power figures"): the top alone was
  shown (walk ``_both_ends``).
- W3 a list asked with "how many" ("name the 7nm chips and say how many there are", "how many HBM
  chips, and name each"): the count alone was shown (checks ``_how_many_beside_a_list``).
- W4 "which formats do the Groq LPU and NorthPole both support?": every format of either was listed
  (checks ``_each_value_held``).
- W5 "what does Blackwell use to stitch its dies together?": the die count (checks
  ``_link_of_units_read_as_count``).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question",
    [
        # W1
        "is Tenstorrent's chip over 150 W?",
        "is Tenstorrent's accelerator under 100 W?",
        "is Qualcomm's chip over 100 W?",
        "does Nvidia's GPU have 208 billion transistors?",
        "is Meta's accelerator clocked above 1 GHz?",
        # W2
        "show the 2 highest and the 2 lowest power figures",
        "greatest versus least SRAM capacity?",
        "highest vs lowest power?",
        "most versus fewest transistors",
        # W3
        "name the 7nm chips and say how many there are",
        "list the chips on 7nm along with how many",
        "list 7nm chips, and tell me how many",
        "how many HBM chips, and name each",
        "which chips use HBM; also the count",
        # W4
        "which node do the Groq LPU and Gaudi 3 both use?",
        "which formats do the Groq LPU and the AI 100 Ultra both support?",
        "which formats are supported by both the Groq LPU and NorthPole?",
        "what software do the MTIA v2 and Blackwell both use?",
        # W5
        "what does Blackwell use to stitch its dies together?",
        "what does Blackwell use to connect its dies?",
    ],
)
def test_red_team_20_wrong_answers_refused(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is Groq's chip on 7nm?", True),  # a one-chip vendor's chip is its chip
        ("is there a Tenstorrent chip that draws under 100 W?", True),
        ("how many formats does the article list for the Groq LPU?", 3),  # 'list' said of the article
        ("please tell me how many chips use HBM", 5),
        ("how many dies does Blackwell have?", "2 dies"),
        ("which chip has the lowest power?", ["Mythic M2000"]),
    ],
)
def test_neighbours_still_answered(ask_json, question, expected):  # noqa: ANN001
    if isinstance(expected, int) and not isinstance(expected, bool):
        data = check(ask_json, question, 1)
        assert data["results"]["bindings"][0]["count"]["value"] == str(expected)
    else:
        check(ask_json, question, expected)
