"""``chipkg ask``: names the read sets used that the graph lacked, and a terse yes/no of a chip's
generation.

- "ranking recommendation chips" (sets 16, 27, 42): the workload said without its "and" was read as
  a ranking with no figure; data/technologies.ttl now gives the workload that hidden label.
- "Meta's second-generation MTIA" (sets 29, 31): the MTIA v2, which the article sets against "the
  first generation" (l.87-91); data/meta.ttl gives the hidden label.
- "how many GPUs can Blackwell scale up to?" (set 29): the ontology reads "scale up to" as it
  reads "scale to" (ck:scaleOut); "up to" alone stays a comparator.
- "trillium sixth generation" (set 33): a chip, an ordinal and "generation", with no auxiliary, is
  the yes/no "is trillium the sixth generation?"; another ordinal says false.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    "question,expected",
    [
        ("ranking recommendation chips", ["Google Trillium TPU", "Meta MTIA v2"]),
        ("ranking recommendation accelerators", ["Google Trillium TPU", "Meta MTIA v2"]),
        ("What power consumption does the article report for Meta's second-generation MTIA?", "90 watts"),
        ("second-generation mtia sram", "256 MB"),
        ("trillium sixth generation", True),
        ("trillium sixth generation?", True),
        ("trillium 5th generation", False),
        ("mtia v2 second generation", True),
        ("trillium sixth generation hbm", REFUSE),
        # "scale up to" is "scale to" (ck:scaleOut), not a comparator waiting for a number (set 29)
        ("how many GPUs can Blackwell scale up to?", "up to 576 GPUs, via NVLink 5, per cluster"),
        ("can trainium2 scale up to 100000 chips?", True),
        ("can trainium2 scale up to 200000 chips?", False),
        ("how much power does the M2000 use up to?", REFUSE),
        # "(or judged unsuitable)" restates "ruled out for" (ck:notSuitableFor's hidden labels, set 42)
        ("How many chips are explicitly ruled out (or judged unsuitable) for data-center use?", "3"),
        ("is the apple m4 unsuitable for data centers?", True),
        ("which chips are unsuitable?", REFUSE),
        # "partnership" is a hidden label of ck:partnerOf (set 42)
        ("Is Microsoft described as working with OpenAI (a partnership, in the article's framing)?", True),
        ("does microsoft have a partnership with openai?", True),
        ("does google have a partnership with openai?", REFUSE),
        # terse "suitable" before a workload, as "suitable for" (ck:workload's hidden labels, set 16)
        ("northpole suitable llm training", False),
        ("northpole suitable inference", True),
        ("is northpole suitable?", REFUSE),
    ],
)
def test_names_and_terse_generation(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        # set 41: a parenthesis that states a named chip's figure is an 'up to' one is the premise a rider
        # ("taking the M4's 'up to' figure as its peak") gives, checked when answered (riders._stated_hedge)
        (
            "Rank the Apple M4, Meta MTIA v2, Groq LPU and Tenstorrent Grayskull e75 by the clock speed the "
            "article gives, highest first (the M4's is an 'up to' figure).",
            ["Apple M4", "Meta MTIA v2", "Groq LPU", "Tenstorrent Grayskull e75"],
        ),
        ("Rank chips by clock, highest first (the MTIA v2's is an 'up to' figure).", (REFUSE, "does not hold")),
        ("Rank chips by clock, highest first (the M4's is an 'over' figure).", REFUSE),
    ],
)
def test_a_hedge_stated_of_a_named_chips_figure(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
