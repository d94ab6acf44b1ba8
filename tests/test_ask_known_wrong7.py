"""Known wrong answers of the eleventh session (kw7's brief; /work/brief/redteam11-wrong.md W5-W10),
each fixed by a mechanism of ``chipkg ask`` and tested on questions of its class written here.

- Two relation clauses joined by "and", each with its own subject and verb ("chips Nvidia designs
  and TSMC makes"): the second name was joined to the first name's relation (a chip has one
  designer, so "Nvidia and TSMC" read as either), the second verb then took both names and the
  first clause was lost: every TSMC chip was listed. An "and" after a name's own verb now starts
  another relation (walk._add_relation, ``_State.verb_after``).

Facts from /work/shared/sources/ai-chip-race.txt: TSMC makes the Blackwell GPUs (l.41), the Adreno
GPUs (l.97, said of the Adreno GPUs in general), the Cloud AI 100 Ultra (l.101-103), the Apple M4
(l.119) and the Groq LPU (l.151); no Google, AMD or Intel chip is said to be made by TSMC.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, column

# --------------------------------------------------------------------------- two clauses joined by "and"


@pytest.mark.parametrize(
    ("question", "chips"),
    [
        ("Which chips does Nvidia design and TSMC make?", ["Nvidia Blackwell GPU"]),
        ("Which chips did Apple design and TSMC manufacture?", ["Apple M4"]),
        ("chips that Qualcomm designs and that TSMC makes", ["Qualcomm Adreno 750", "Qualcomm Cloud AI 100 Ultra"]),
        ("Which chips does TSMC make and Nvidia design?", ["Nvidia Blackwell GPU"]),
        ("what chips does groq design and tsmc fabricate?", ["Groq LPU"]),
    ],
)
def test_two_clauses_keep_both_relations(ask_json, question, chips):
    data = answered(ask_json, question)
    assert column(data) == chips, data
    assert "designed by" in data["reading"] and "manufactured by TSMC" in data["reading"], data["reading"]


@pytest.mark.parametrize(
    "question",
    [
        "Which chips does Google design and TSMC fabricate?",
        "chips AMD designs and TSMC makes",
        "Which chips that Intel designs and TSMC makes use HBM?",
    ],
)
def test_two_clauses_that_no_chip_fits_are_refused(ask_json, question):
    check(ask_json, question, (REFUSE, "names no chip"))


def test_two_clauses_counted(ask_json):
    data = answered(ask_json, "How many chips does Apple design and TSMC make?")
    assert column(data) == ["1"], data


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # near misses: one verb after two names is still one relation, either of them
        ("Which chips does Nvidia or AMD design?", "AMD Instinct MI300 series"),
        ("Which chips are designed by Nvidia and made by TSMC?", "Nvidia Blackwell GPU"),
    ],
)
def test_one_verb_after_two_names_unchanged(ask_json, question, first):
    data = answered(ask_json, question)
    assert column(data)[0] == first, data
