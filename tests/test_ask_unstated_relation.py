"""``chipkg ask``: a relation the article leaves unstated, said in more ways, with other constraints.

- "no foundry" / "without a process node" read as none stated (frame.Unstated) only when the
  negation stood right before the relation's word. A word of stating between them ("no stated
  foundry", "without a named foundry"), the verbs "lack" / "missing" and "leave ... without" (words.tsv
  phrase class ``lackword``) say the same: none stated, a filter beside the question's other
  constraints ("7nm chips ...").
- "how many profiled chips have no process node": the stored report of the profiled chips without a
  process node cannot take "how many"; its phrase is read again as the negation and the relation's
  word, a filter a count takes.
- Still refused: a technology or figure lacked (the article's lists are not exhaustive), a yes/no of
  one chip's absence, "a given foundry" (any one foundry, not none stated), "leaving out".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

SEVEN_NM_NO_FOUNDRY = {"AWS Trainium2", "Cerebras CS-3", "Meta MTIA v2", "SambaNova SN40L"}
PROFILED_NO_NODE = {
    "AMD Instinct MI350",
    "Google Trillium TPU",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # 7nm: Trainium2, MTIA v2, AI 100 Ultra, SN40L, CS-3, Groq LPU; TSMC named for the AI 100 and Groq
        ("Which 7nm chips have no stated foundry?", SEVEN_NM_NO_FOUNDRY),
        ("Name the chips on 7nm that are left without a stated foundry.", SEVEN_NM_NO_FOUNDRY),
        ("Which chips on a 7nm node does the article leave without a foundry?", SEVEN_NM_NO_FOUNDRY),
        ("How many 7nm chips lack a named foundry?", "4"),
        # 5nm: Gaudi 3, Maia 100 (no foundry), Blackwell is 4nm
        ("Which chips lacking a stated foundry are built on 5nm?", {"Intel Gaudi 3", "Microsoft Maia 100"}),
        ("Which Meta chips lack a stated foundry?", {"Meta MTIA v1", "Meta MTIA v2"}),
        ("Which profiled chips are missing a process node?", PROFILED_NO_NODE),
        ("How many profiled chips does the article leave without a process node?", "4"),
        ("Of the profiled chips, how many have no process node named in the article?", "4"),
        ("Count the profiled chips without a process node.", "4"),
    ],
)
def test_relation_left_unstated_is_a_filter(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # lists are not exhaustive: a memory technology lacked is never read as none stated
        ("Which chips are missing HBM?", "not exhaustive"),
        ("Which chips does the article leave without HBM?", "not exhaustive"),
        ("Which profiled chips are left without a power figure?", ""),
        # "a given process node": any one node, not none stated
        ("Which profiled chips are missing a given process node?", ""),
        # a yes/no of one chip's absence is not this filter
        ("Is the MI350 missing a process node?", ""),
        # every chip, baselines too, where the stored report lists the profiled ones
        ("How many chips have no process node?", "narrower than the question"),
        ("Which chips lack a foundry other than TSMC?", ""),
        ("which chips have fewer than 50 cores, leaving out meta's?", "leaving out"),
    ],
)
def test_still_refused(ask_json, question, said):  # noqa: ANN001
    check(ask_json, question, (REFUSE, said) if said else REFUSE)


def test_plain_no_foundry_unchanged(ask_json):  # noqa: ANN001
    # the form read before: "no foundry" right before the relation's word
    check(ask_json, "Which 7nm chips have no foundry?", SEVEN_NM_NO_FOUNDRY)
