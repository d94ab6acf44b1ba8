"""``chipkg ask``: a chip named by its designer and its model number ("d-matrix c8 sram").

"d-Matrix C8" was refused ("I don't know the word 'c8' ('c8' is part of d-Matrix Corsair C8)"): the
graph names the chip "d-Matrix Corsair C8" and "Corsair C8", not "C8". A word of letters and digits
right after an organization, in the label of exactly one chip whose label begins with that
organization's, names that chip (parse.rewrites._model_after_designer); another organization, a
model number no chip of that designer has, or a plain number stays refused.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("d-matrix c8 sram", "2 GB"),
        ("How much SRAM does the d-Matrix C8 have?", "2 GB"),
        ("does the d-matrix c8 use lpddr5?", True),
        ("meta v2 power", "90 watts"),
        # another designer's model number, an unknown one, a plain number
        ("groq c8 sram", REFUSE),
        ("d-matrix c9 sram", REFUSE),
        ("intel 3 sram", REFUSE),
        ("tenstorrent e200 power", REFUSE),
    ],
)
def test_a_model_number_after_its_designer(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
