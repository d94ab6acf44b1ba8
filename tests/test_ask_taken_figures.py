"""``chipkg ask``: words that say how a figure is taken, and ordinary verbs of the question proper.

- A participle of taking a figure (words.tsv phrase class ``taken``: "taken", "measured", "counted",
  "reckoned") right before a scope says the scope ("the MTIA v2's SRAM, taken per chip"), before a way
  of reading figures as stated it changes nothing ("taken at face value"); elsewhere it stays a word
  ask does not know (parse.rewrites._taken_figures). A scope the article gives no figure of is still
  refused, never answered with the per-chip figure.
- "at its stated peak" (filler valued ``peak``) after such a participle or in an aside: said of "up
  to" figures it is how ask reads them (dropped); said of figures hedged otherwise ("'over' figures")
  refused; said of no hedge ("the highest clock, taken at its peak") the point "maximum" is checked
  of every figure compared, as "the lowest maximum clock" is (a nominal figure refuses). Alone ("the
  M4's clock at its peak") it is a phrase ask does not know.
- "taking the clock speeds exactly as the article states them": the aside closes on the article's
  verb of stating, as on "as stated".
- Verbs of range before "between" ("fall", "lie", "sit"); a lower bound far below a range's lower
  limit ("over 10 billion" for "between 100 and 300 billion") is decided out, as it is for "more than
  100 billion" (answer._undecided_bounds), one nearer stays undecided and refuses.
- "the whole two-die package": a per-chip scope, its die count checked against the chip.
- "would it be accurate to classify X as Y", "is it fair to call X a Y": the yes/no "is X a Y",
  only before a verb of calling (words.tsv phrase class ``calling``); "would it be fair to rank ..."
  stays unknown.
- Source hedges that hold a question word ("going by what the article states", "based on how the
  article describes it") ask no value and no manner.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a participle before a scope: the scope read as said
        ("What's the MTIA v2's SRAM capacity, taken per chip?", "256 MB"),
        ("What is the Gaudi 3's on-chip SRAM, measured per die?", "48 MB, per die"),
        ("What is the Grayskull e150's SRAM, reckoned per core?", "up to 1.5 MB, per core"),
        ("How much SRAM does the Gaudi 3 have, taken per chip rather than per die?", "96 MB"),
        ("Which chip has the most on-chip SRAM, taken per chip?", "d-Matrix Corsair C8"),
        ("How many cores does the e150 have, counted per chip?", "120 Tensix cores"),
        # before a way of reading figures as stated
        ("What is the Gaudi 3's SRAM, taken at face value?", "96 MB"),
        ("Which chip has the lowest clock, taking the figures as the article states them?", "IBM NorthPole"),
        # said of 'up to' figures, "at its stated peak" is how ask reads them
        ("Which chip has the highest clock speed? An 'up to' figure can be taken at its stated peak.", "Apple M4"),
        ("Which chip has the highest clock, taking 'up to' figures at their peak?", "Apple M4"),
        ("Is the M4's clock above 3 GHz, taken at its peak?", True),
        # verbs of range
        ("Which chips lie between 100 and 300 billion transistors?", {"Microsoft Maia 100", "Nvidia Blackwell GPU"}),
        ("How many chips sit between 100 and 300 billion transistors?", ["2"]),
        (
            "Which chips have more than 100 billion transistors, as the article counts them?",
            {"Cerebras CS-3", "Microsoft Maia 100", "Nvidia Blackwell GPU"},
        ),
        # the whole package: a per-chip figure
        ("What is the Blackwell GPU's transistor count for the entire two-die package?", "208 billion"),
        ("What is the Gaudi 3's SRAM for the whole two-die package?", "96 MB"),
        # a yes/no of a kind said with a verb of calling
        ("Would it be fair to call the Cerebras CS-3 a GPU?", False),
        ("Is it accurate to classify the AMD Instinct MI350 as a GPU?", True),
        # source hedges with a question word
        ("Going by what the article says, which chips use HBM3E?", "AMD Instinct MI350"),
        ("Judging by what the article states, how many transistors does the Maia 100 have?", "120 billion"),
        ("Based on how the article describes it, is the Groq LPU a GPU?", False),
    ],
)
def test_taken_figures_answered(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_a_ranking_measured_per_chip_sets_other_scopes_aside(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Rank the chips by on-chip SRAM, measured per chip, largest first.",
        ["d-Matrix Corsair C8", "Meta MTIA v2", "IBM NorthPole"],
        at_least=True,
    )


def test_a_ranking_taking_figures_as_the_article_gives_them(ask_json):  # noqa: ANN001
    check(
        ask_json,
        "Order the chips by clock speed, highest first, taking the clock speeds as the article gives them.",
        ["Apple M4", "Meta MTIA v2"],
        at_least=True,
    )


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a scope the article gives no figure of: never the per-chip figure
        ("What is the MTIA v2's SRAM capacity, counted per die?", REFUSE),
        ("What is the Gaudi 3's SRAM, taken per card?", REFUSE),
        # a peak said of figures hedged otherwise than 'up to'
        ("Which chip has the highest clock, taking 'over' figures at their stated peak?", (REFUSE, "'over'")),
        (
            "Which chip has the highest INT8 performance? 'Over' figures may be taken at their stated peak.",
            (REFUSE, "'over'"),
        ),
        (
            "Which chip has the highest INT8 performance? An 'about' figure may be taken at its peak.",
            (REFUSE, "'about'"),
        ),
        # 'up to' taken as typical contradicts its hedge
        ("Which chip has the highest clock, taking 'up to' figures as typical?", REFUSE),
        ("Which chip has the highest clock? 'Up to' figures may be taken as typical.", REFUSE),
        # a peak said of every figure compared: the NorthPole's nominal clock has none
        ("Which chip has the highest clock, considered at its peak?", (REFUSE, "nominal 400 MHz")),
        # a peak phrase nothing opens
        ("What is the M4's clock at its peak?", (REFUSE, "at its peak")),
        # an opinion asked, not a fact: no verb of calling after the opening
        ("Would it be fair to rank the chips by power?", REFUSE),
        ("Is it right to list the chips by SRAM?", REFUSE),
        # the whole two-die package of a chip the article does not give two dies
        ("What is the MTIA v2's SRAM for the whole two-die package?", (REFUSE, "die count")),
        # a lower bound near the range ("over 10 billion" for 15 to 300 billion) stays undecided
        ("Which chips have between 15 and 300 billion transistors?", (REFUSE, "lower bound")),
        # a verb of range is only "between": "fall short of" is not read
        ("Which chips fall short of 100 W?", REFUSE),
    ],
)
def test_taken_figures_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
