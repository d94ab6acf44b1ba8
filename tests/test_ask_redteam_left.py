"""``chipkg ask``: classes of wrong answers red teams 13 and 14 left open (/work/brief/redteam13-wrong.md,
redteam14-wrong.md), each tested on new questions of its class.

- C1 search-box questions whose nouns were not read as what is asked ("gaudi 3 node accelerators" →
  5nm, "trainium2 ultracluster size" → 96 GB, "blackwell nvlink gpus" → true):
  parse.checks._terse_noun_unread refuses a plural kind of chip or unit counted at the end (it asks how
  many), a process node with a scope, a condition on a chip already named, and "⟨system⟩ size".
- C2 megacaps counted twice (Amazon and AWS, Alphabet and Google are each typed, as the section titles
  "Amazon/AWS", "Alphabet/Google" name both): a count of organizations counts a subsidiary whose parent
  it counts once (compile.compile_frame), and says so; the list keeps both names, with a note.
- C3 "other than hyperscalers" listed AWS (no hyperscaler by type, its parent Amazon is): a negated kind
  of organization leaves out an organization whose parent is of that kind (compile._org_constraint).
- C4 "…, with capacities" narrowed the list to chips with a stated capacity (the MI350 dropped):
  parse.checks._figures_shown refuses a measure set off after the list or said as the chips' own.
- C5 "the total number of Tensix cores across both Grayskulls" gave each chip's figure: "total number
  of" (words.tsv count VALUE sum) asked of several chips' figure is a sum, refused.
- C6 "Does Gaudi 3 have 32 TPCs?" was false by the 64 per chip, where the article gives 32 per die: a
  figure of another scope that fits the yes/no refuses it, saying both (answer._yes_no).
- C7 refusal messages that said something false: "minus ⟨name⟩" ("a negative quantity") now excludes,
  as "excluding" does; "include ..." names no parenthesis; "could you give ..." says the question was
  read as a yes/no; an unstated yes/no of two conditions says which one is stated; "who builds on 3nm"
  names the process node; "only X has a figure" no longer says X "is not the most"; "kindly" (stemmed
  as "kind") is politeness.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, answered, check, refused

HBM = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # C1: a plural kind of chip or unit at the end of a search-box question asks how many
        ("maia 100 node chips", (REFUSE, "asks how many")),
        ("blackwell nvlink accelerators", (REFUSE, "asks how many")),
        ("trainium2 ultracluster gpus", (REFUSE, "asks how many")),
        ("corsair c8 dimcs", (REFUSE, "asks how many")),
        # C1: a process node has no scope; a condition on the chip named is not what is asked
        ("cs-3 nodes per cluster", (REFUSE, "no figure per cluster")),
        ("grayskull e75 node per pod", (REFUSE, "no figure per pod")),
        ("sn40l node fp16", (REFUSE, "condition on the chip")),
        ("trillium node bf16", (REFUSE, "condition on the chip")),
        # C1: a system's size is not a memory's capacity
        # session 49: refused as a figure of a system built of the chip (question._figure_of_a_named_system)
        ("trainium2 ec2 ultracluster size", (REFUSE, "trainium2 ec2 ultracluster")),
        ("ec2 ultraclusters size", (REFUSE, "size of Amazon EC2 UltraClusters")),
        # C1: a figure of a chip named beside a system is the chip's, not the system's
        ("maia 100 azure power", (REFUSE, "not the system's")),
        ("trainium2 ultracluster max chips", "up to 100,000 chips, via Amazon EC2 UltraClusters, per cluster"),
        # C1: the same shapes where the noun is what is counted, or a scope is read, stay answered
        ("m2000 amp tiles", "108 AMP tiles"),
        ("corsair c8 dimc units", "2,048 DIMCs (DIMC units)"),
        ("groq lpu node", "7nm"),
        ("gaudi 3 node accelerator", (REFUSE, "left over")),
        ("intel chips", ["Intel Gaudi 3"]),
        ("can trainium2 scale out to 100,000 chips?", True),
        # C2
        ("how many megacaps are there?", "10"),
        ("Count the megacap players.", "10"),
        ("How many megacap players design chips?", "10"),  # AWS and Google design; their parents do not
        ("how many unicorn startups are there?", "6"),
        ("how many organizations are hyperscalers?", "4"),
        # C3
        (
            "Which organizations other than hyperscalers design 7nm chips?",
            {"Cerebras Systems", "Groq", "Qualcomm", "SambaNova Systems"},
        ),
        ("How many companies other than hyperscalers use HBM?", "3"),
        # C4: a figure asked to be shown is no filter; a filter said as one stays
        ("How many chips use SRAM, with capacities?", (REFUSE, "not to narrow it")),
        ("Which chips are built on 7nm, with their transistor counts?", (REFUSE, "not to narrow it")),
        ("Which chips use HBM? HBM capacities too.", (REFUSE, "not to narrow it")),
        ("Which chips use SRAM, giving their capacities?", (REFUSE, "not to narrow it")),
        ("List the HBM chips and bandwidths.", (REFUSE, "not to narrow it")),
        ("Which chips have SRAM and a stated capacity?", 8),  # a filter said as one
        ("Which chips use HBM, with a stated capacity?", HBM - {"AMD Instinct MI350"}),
        ("Which chips use HBM?", HBM),
        # C5
        ("total number of cores across the m4 and the grayskull e150", (REFUSE, "sum")),
        ("What is the total number of transistors in Blackwell and the M4?", (REFUSE, "sum")),
        ("What's the total number of chips built on 7nm?", "6"),
        ("How many TPCs do the Gaudi 3 and the Blackwell have in all?", (REFUSE, "sum")),
        ("How many chips use SRAM in all?", "10"),  # a count of chips in all is the count
        ("How many 5nm chips are there, all told?", "2"),
        ("How many Tensix cores do the two Grayskulls have between them?", (REFUSE, "each chip's figure")),
        ("What is the total number of Tensix cores in the Grayskull e75?", "96 Tensix cores"),
        # C6
        ("Does the Gaudi 3 have 48 MB of on-chip SRAM?", (REFUSE, "48 MB, per die")),
        ("Does Gaudi 3 have fewer than 40 TPCs?", (REFUSE, "per die")),
        ("Does Gaudi 3 have more than 20 TPCs?", True),
        ("Does the Gaudi 3 have 24 MB of SRAM?", False),  # neither scope's figure
        ("Does the Gaudi 3 have 48 MB of SRAM per chip?", False),  # the chip's own figure asked: 96 MB
        # C7
        ("Which chips use SRAM? Minus Mythic.", 9),
        ("5nm chips minus intel", ["Microsoft Maia 100"]),
        ("Which chips draw minus 10 W?", (REFUSE, "negative quantity")),
        ("Which chips are 7nm? Include power figures.", (REFUSE, "'include' is read as giving examples")),
        ("Could you give the HBM of the Trainium2?", (REFUSE, "the question reads as a yes/no")),
        # "Intel-designed" is a premise that holds (session 54): the question is whether it uses LPDDR5
        (
            "Does the Intel-designed Gaudi 3 use LPDDR5?",
            (REFUSE, "does not say whether Intel Gaudi 3 is memory LPDDR5"),
        ),
        # session 52: a value before a chip's name in a yes/no describes it, refused as such ("the 5nm Groq
        # LPU" was answered false of a premise that does not hold)
        ("Is the 5nm Gaudi 3 made by TSMC?", (REFUSE, "describes the chip")),
        ("who builds on 5nm?", (REFUSE, "a process node")),
        ("Which 5nm chip has the most SRAM?", "Intel Gaudi 3"),  # the only one with a figure, said so
        ("What's the M4's clock speed? Kindly give it as stated.", "up to 3.5 GHz"),
    ],
)
def test_left_classes(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_megacap_count_says_what_it_counted_once(ask_json) -> None:  # noqa: ANN001
    """The count of megacaps is the article's ten company sections, and the answer says which
    subsidiary it counted with its parent; the list keeps both names (both are in the section titles)."""
    data = answered(ask_json, "how many megacap companies does the article list?")
    assert data["results"]["bindings"][0]["count"]["value"] == "10"
    assert "AWS with its parent Amazon" in data["reading"]
    listed = answered(ask_json, "which companies are megacap players?")
    names = {b["organization"]["value"] for b in listed["results"]["bindings"]}
    assert {"Amazon", "AWS", "Alphabet", "Google"} <= names and len(names) == 12


def test_other_than_a_kind_leaves_out_its_subsidiaries(ask_json) -> None:  # noqa: ANN001
    data = answered(ask_json, "Which companies, excluding hyperscalers, use SRAM?")
    names = {b["organization"]["value"] for b in data["results"]["bindings"]}
    assert "Meta" not in names and "AWS" not in names
    assert {"Groq", "IBM", "Intel", "d-Matrix"} <= names


def test_per_die_figure_named_in_refusal(ask_json) -> None:  # noqa: ANN001
    data = refused(ask_json, "Is it so that the Gaudi 3 has 4 matrix math engines?")
    assert "4 matrix math engines, per die" in data["reason"]
    assert "8 matrix math engines" in data["reason"]
