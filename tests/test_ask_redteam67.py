"""Red team 67 (639 questions at 1ccbd69, 39 wrong answers with exit 0), each class mended here.

- A certainty phrase after a yes/no ("..., for certain?", "... for sure?", "..., stated outright?")
  beside an "up to" figure was dropped and the yes/no answered true, as "definitely" is not: now an
  adverb of the clause asking the value actually reached (checks._points_said). Article: M4 up to
  3.5 GHz and up to 100 GB/s (l.119-121), Mythic up to 35 TOPS (l.165), Trainium2 up to 100,000
  chips (l.75).
- A count of an organization's chips said before its name ("both of Cerebras's chips", "all three
  of Meta's chips") was not checked: the one chip answered (rewrites._count_before_the_organization).
- "say outright" beside a list by a hedged fact (the Adreno 750 "highly unlikely" in data centres,
  l.99) is a word of certainty too (words.tsv forcertain).
- "(figures in MB only)", "the highest performance figure in exaflops": figures kept by the unit
  they are stated in, which ask does not do, were answered by every figure (question
  ._figures_of_a_stated_unit).
"""

from __future__ import annotations

import pytest
from ask_expect import answered, first_column, refused


@pytest.mark.parametrize(
    "question",
    [
        "Does the M4 have at least 100 GB/s of memory bandwidth for certain?",
        "Does the Apple M4 run above 3 GHz for sure?",
        "Is the M4's clock at least 3.5 GHz, stated outright?",
        "Does the Mythic M2000 reach at least 35 TOPS for certain?",
        "Does the Trainium2 scale to at least 100,000 chips for certain?",
    ],
)
def test_certainty_after_a_yes_no_on_a_peak_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "actually reached")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does the Groq LPU run at 1.2 GHz for sure?", ["true"]),
        ("Does the Groq LPU have at least 200 MB of SRAM for certain?", ["false"]),
    ],
)
def test_certainty_after_a_yes_no_on_an_unhedged_figure(ask_json, question, expected):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == expected


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Both of Cerebras's chips: which has more cores?", "not both"),
        ("All three of Meta's chips: which uses the least power?", "not three"),
        ("Compare both of Groq's chips by SRAM.", "not both"),
        ("Rank all three of Apple's chips by transistors.", "not three"),
    ],
)
def test_a_false_count_before_an_organization_refused(ask_json, question, said):  # noqa: ANN001
    refused(ask_json, question, said)


@pytest.mark.parametrize(
    "question",
    [
        "Both of Tenstorrent's chips: which has more cores?",
        "Which has more cores, both of Tenstorrent's chips considered?",
    ],
)
def test_a_true_count_before_an_organization_dropped(ask_json, question):  # noqa: ANN001
    assert first_column(answered(ask_json, question)) == ["Tenstorrent Grayskull e150"]


def test_say_outright_beside_a_hedged_fact_refused(ask_json):  # noqa: ANN001
    refused(ask_json, "Which chips does the article say outright are not for data centers?", "Qualcomm Adreno 750")


@pytest.mark.parametrize(
    "question",
    [
        "Which chip has the highest performance (figures in exaflops only)?",
        "Which chip has the highest performance (per-chip figures in exaflops only)?",
        "Which chip has the most SRAM (figures in MB only)?",
        "Which chip has the lowest clock (figures in GHz only)?",
        "Rank chips by SRAM (figures in MB only).",
        "What's the highest performance figure in exaflops?",
    ],
)
def test_figures_kept_by_their_unit_refused(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "whatever unit")


def test_a_unit_to_show_a_top_in_is_read_as_before(ask_json):  # noqa: ANN001
    assert first_column(answered(ask_json, "Which chip has the most SRAM (in MB)?")) == ["d-Matrix Corsair C8"]
