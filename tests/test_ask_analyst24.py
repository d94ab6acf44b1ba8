"""``chipkg ask``: classes behind the refusals of answerable analyst questions (held-out sets 24 and
25), each a mechanism in data (words.tsv, ontology labels), checked on answers, never on a
question's text:

- a phrase saying the figure counts every die of a chip, or the package or chip as a whole
  ("counting both of its dies together", "both of its dies combined", "the two-die package taken as
  a whole", "the chip taken as a whole") is a per-chip scope (words.tsv role ``chipscope``), as
  "both dies combined" already was: per-die figures are left out, the chip's own figure answered;
  a per-die figure asked beside it stays refused;
- "compiler back end" (also "backend", "back-end") is a word of ck:softwareStack (ontology hidden
  label), as "compiler" is.

Questions written for this file (in no held-out set); figures from
/work/shared/sources/ai-chip-race.txt: Gaudi 3 64 TPCs per chip (32 per die), 96 MB SRAM per chip;
Blackwell 208 billion transistors; Apple M4 about 40 billion transistors; MTIA v2 software PyTorch
2.0 and Triton-MTIA.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

# --------------------------------------------------------------------------- every die, the whole package


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many TPCs does the Gaudi 3 have, counting both of its dies together?", "64 TPCs"),
        ("Counting both dies together, how many Tensor Processor Cores are on a Gaudi 3?", "64 TPCs"),
        ("How much SRAM is on the Gaudi 3 with both of its dies combined?", "96 MB"),
        ("What is the transistor count of the Blackwell GPU (the package taken as a whole)?", "208 billion"),
        ("How many transistors are in Nvidia's Blackwell (the two-die package as a whole)?", "208 billion"),
        ("How many transistors does the Apple M4 have, the chip taken as a whole?", "about 40 billion"),
    ],
)
def test_whole_chip_phrase_is_the_per_chip_figure(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the same words beside a per-die figure: two scopes, refused
        "How many TPCs does each Gaudi 3 die have, counting both of its dies together?",
        "How much SRAM per die does the Gaudi 3 have, counting both of its dies together?",
    ],
)
def test_whole_chip_phrase_beside_a_per_die_figure_stays_refused(ask_json, question):
    check(ask_json, question, REFUSE)


def test_per_die_without_the_phrase_is_the_die_figure(ask_json):
    # the same question without the phrase and with "per die" answers the other figure
    check(ask_json, "How many TPCs does the Gaudi 3 have per die?", "32 Tensor Processor Cores (TPCs), per die")


# --------------------------------------------------------------------------- compiler back ends

MTIA_STACK = {"PyTorch 2.0", "Triton-MTIA"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What software (frameworks or compiler back ends) does the article tie to the MTIA v2?", MTIA_STACK),
        ("Which chips use a compiler backend named Triton-MTIA?", {"Meta MTIA v2"}),
        ("Which accelerators rely on the Triton-MTIA compiler back-end?", {"Meta MTIA v2"}),
    ],
)
def test_compiler_back_end_is_the_software_stack(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the article gives no software for the e150: no figure, refused
        "Which compiler back ends does the Grayskull e150 use?",
        # "back end" alone is no word of the graph
        "Which back ends does the MTIA v2 use?",
    ],
)
def test_compiler_back_end_refusals(ask_json, question):
    check(ask_json, question, REFUSE)


# --------------------------------------------------------------------------- a yes/no about organizations, a section cited
# "Did Intel, according to the Future Prospects section, acquire Habana Labs?": the section's name is
# where the asker read it, not a third organization; the yes is traced as the list "who acquired
# Habana Labs, according to ..." is: every organization named must cite the section (Habana Labs
# only in Future Prospects, line 193; Intel in the introduction, its own section and Future Prospects)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did Intel, according to the Future Prospects section, buy Habana Labs?", True),
        ("Has Intel, per the Future Prospects section, acquired Habana?", True),
    ],
)
def test_org_yes_no_with_a_section_cited(ask_json, question, expected):
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        # the same words, another section: Habana Labs is not named in Intel's own section
        "Did Intel, according to the Intel section, buy Habana Labs?",
        "Did Intel, according to the Google section, buy Habana Labs?",
        # UXL is named in the introduction only, not in Future Prospects
        "Is AMD, according to the Future Prospects section, a member of the UXL Foundation?",
        # the article does not say so: no "no" either
        "Did AMD, according to the Future Prospects section, buy Habana Labs?",
    ],
)
def test_org_yes_no_with_a_section_cited_refused(ask_json, question):
    check(ask_json, question, REFUSE)
