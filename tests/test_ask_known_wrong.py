"""Known wrong answers of ``chipkg ask`` (exit 0, the worst defect), each fixed by its mechanism:
the question, paraphrases, and near misses that must keep their answers or stay refused (article
lines given). Every case marked "was wrong" failed before the fix.

- K1: "X among them", "X included" after a comma named a member of the field, read as the field:
  "which GPU has the most transistors, Gaudi 3 included" asked among Gaudi 3 alone.
- K2: "groq lpu the most sram?" (a yes/no with its "is" left out) showed the LPU's own SRAM as if
  it led; now the R16 question "is the Groq LPU the chip with the most SRAM?".
- K3: "Does Trainium2 succeed a previous generation?" answered its comparison claims.
- K4: "which chips have SRAM in memory" read "in memory" as in-memory compute.
- K5: a parenthesis of four or more words was dropped as a remark whatever words it held: a
  premise ("(the one made by Samsung)") went unread. Only words.tsv's words may make a remark.
- K6: "how many GPUs are connected by NVLink" counted the chips that use NVLink (1), where the
  article gives "up to 576 GPUs" (l.41): a reach, refused as "can be connected" is.
- K7: "currently available chips that use HBM" dropped "available" and listed the MI350, which goes
  into production in 2025 (l.47): availability is not in the graph, refused.
- K8: "is Habana Labs owned by Intel" was true, "does Intel own Habana Labs" refused: an acquisition
  (l.193) is an ownership (ck:acquiredBy is a sub-property of ck:parentOrganization), both true.
- K9: "which chips can be interconnected" listed the chips with a scale-out figure only.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

HBM = {"AMD Instinct MI350", "AWS Trainium2", "Google Trillium TPU", "Intel Gaudi 3", "SambaNova SN40L"}
SRAM = {  # l.55, 89, 103, 113, 131, 153, 165, 173, 181
    "Groq LPU",
    "IBM NorthPole",
    "Intel Gaudi 3",
    "Meta MTIA v2",
    "Mythic M2000",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
    "Tenstorrent Grayskull e150",
    "Tenstorrent Grayskull e75",
    "d-Matrix Corsair C8",
}
IN_MEMORY = {"Mythic M2000", "d-Matrix Corsair C8"}  # l.167, 173

K1: list[tuple[str, object]] = [
    ("which gpu has the most transistors, blackwell among them?", "Nvidia Blackwell GPU"),  # l.41 (reading below)
    ("which gpu has the most transistors, adreno 750 among them?", "Nvidia Blackwell GPU"),  # was: the Adreno 750
    ("which gpu has the most transistors, the adreno 750 included", "Nvidia Blackwell GPU"),  # was: the Adreno 750
    ("which gpus, adreno 750 among them, have the most transistors", "Nvidia Blackwell GPU"),  # was: the Adreno 750
    ("which gpu has the most transistors, gaudi 3 among those?", "Nvidia Blackwell GPU"),  # was refused
    # near misses: "including" (a gloss before), names that are the field, a chip not of the kind named
    ("which gpu has the most transistors, including the adreno 750?", "Nvidia Blackwell GPU"),
    ("which chip has the most transistors among blackwell and the m4", "Nvidia Blackwell GPU"),
    # the two named are the field: "about 40 billion" against "over 10 billion" decides nothing (l.119, 97)
    ("which chip has the most transistors among the adreno 750 and the m4", (REFUSE, "do not decide")),
    ("does blackwell have the most transistors among gpus", True),
    ("which gpu has the most transistors, groq lpu among them?", REFUSE),  # the LPU is no GPU
    # "included in" goes with its relation (held-out set 7): Google, Intel, AMD (l.15)
    ("How many organizations does the article name as participating in or included in the UXL Foundation?", "3"),
]

K2: list[tuple[str, object]] = [
    ("groq lpu the most sram?", False),  # was its own 128 MB (l.153); the Corsair has 2 GB (l.173)
    ("groq lpu the chip with the most sram?", False),
    ("the groq lpu the most sram", False),
    ("groq lpu the 7nm chip with the most sram?", False),  # was the LPU alone; MTIA v2 has 256 MB (l.89)
    (
        "corsair the most sram?",
        REFUSE,
    ),  # red team 46 E: an SRAM of no size (the SN40L's) leaves a yes/no of the most untold
    # near misses: the R16 question said in full, the figure itself, its own maximum (no "the")
    ("is the groq lpu the chip with the most sram?", False),
    ("does the groq lpu have the most sram?", False),
    (
        "mtia v2 the 7nm chip with the most sram?",
        REFUSE,
    ),  # red team 46 E: an SRAM of no size (the SN40L's) leaves a yes/no of the most untold
    ("what is the groq lpu's sram", "128 MB"),
    ("the groq lpu's max sram", "128 MB"),  # "groq lpu max sram" may name a "Groq LPU Max": refused (kw2 W1)
]

K3: list[tuple[str, object]] = [
    ("Does Trainium2 succeed a previous generation?", True),  # was its claims; l.75
    ("does trainium2 succeed the previous generation", True),
    ("is trainium2 the successor of a previous generation?", True),
    ("does mtia v2 succeed a prior generation?", True),  # l.87
    ("does trainium2 succeed its predecessor?", True),
    # near misses: a chip named, the claims against the previous generation, a list, gen 1
    ("does trainium2 succeed trainium?", True),
    (
        "trainium2 vs previous generation",  # its claims against the first Trainium (l.75)
        [
            "2 x, efficiency, vs AWS Trainium",
            "3 x, memory capacity, vs AWS Trainium",
            "up to 4 x, training performance, vs AWS Trainium",
        ],
    ),
    ("which chips succeed a previous generation", REFUSE),  # asked yes/no only, as before
    ("does trainium succeed a previous generation?", (REFUSE, "does not say")),
]

K4: list[tuple[str, object]] = [
    ("which chips have sram in memory", SRAM),  # was the in-memory compute accelerators
    ("chips with sram in memory", SRAM),
    ("which chips have hbm in memory", HBM),
    ("does the groq lpu have sram in memory?", True),
    # near misses: in-memory compute, hyphenated or not (R11, test_ask_redteam7)
    # "in-memory compute(ing)" names the technique, which l.185 credits to Grayskull too: refused
    # (red team 10 R11, test_ask_known_wrong6); "in-memory" alone is the class
    ("which chips do in-memory compute", (REFUSE, "technique")),
    ("which chips are in-memory", IN_MEMORY),
    ("does the corsair use in-memory computing", (REFUSE, "technique")),
    ("which chips have sram", SRAM),
]

K5: list[tuple[str, object]] = [
    ("which chips use hbm (the one sold in korea)?", (REFUSE, "korea")),  # was the HBM list
    ("which chips use hbm (the ones still shipping this quarter)?", (REFUSE, "shipping")),  # was the HBM list
    ("what is the process node of gaudi 3 (the variant shipped to china)?", REFUSE),  # was 5nm
    ("what is the die area of northpole (the one made by samsung)?", (REFUSE, "samsung")),
    # near misses: remarks made of words that change nothing (words.tsv), kept in held-out sets 2, 16
    ("which chips use hbm (if any at all)", HBM),
    ("which chips use hbm (it seems to hedge on this)", HBM),
    ("which chips use hbm (in the author's opinion)", HBM),
    (
        "What clock frequency does the article report for the Tenstorrent Grayskull e150 "
        "(the higher-end of the two models)?",
        "1.2 GHz",  # l.183
    ),
    (
        "What memory bandwidth does the article attribute to the HBM of Google's Trillium TPU "
        "(reportedly double the prior generation)?",
        "3.7 TB/s",  # l.63
    ),
    (
        "For a procurement shortlist: which chips does the source describe as suited to training workloads?",
        {
            "AWS Trainium2",
            "Cerebras CS-3",
            "Google Trillium TPU",
            "Microsoft Maia 100",
            "Nvidia Blackwell GPU",
            "SambaNova SN40L",
        },
    ),
    ("which procurement chips use hbm", (REFUSE, "procurement")),  # a remark's word outside a remark
]

K6: list[tuple[str, object]] = [
    ("how many GPUs are connected by NVLink", REFUSE),  # was 1; l.41 "up to 576 GPUs"
    ("how many gpus are connected with nvlink 5", REFUSE),
    ("how many gpus are linked by nvlink", REFUSE),
    ("how many gpus are interconnected by nvlink", REFUSE),
    # near misses: the chips that use it, the reach of the chip named, the modal form
    ("how many chips use nvlink", "1"),
    ("how many gpus can nvlink 5 hook together with blackwell?", "up to 576 GPUs, via NVLink 5, per cluster"),
    ("how many gpus can be connected with nvlink 5", REFUSE),
]

K7: list[tuple[str, object]] = [
    ("currently available chips that use HBM", (REFUSE, "available")),
    ("which currently available chips are designed by AMD", (REFUSE, "available")),  # was the MI350 (l.47)
    ("currently available chips with more than 100 GB of HBM", (REFUSE, "available")),  # was answered
    ("available chips made by TSMC", (REFUSE, "available")),  # was answered
    ("which hbm chips are currently available?", (REFUSE, "available")),
    # near misses: the chips asked without it, the production year, "available on" a platform
    ("which chips are designed by amd", {"AMD Instinct MI300 series", "AMD Instinct MI350", "AMD Ryzen 9000 series"}),
    ("which chips use hbm", HBM),
    ("what year is the mi350 produced", "2025"),
    ("which chips are available", (REFUSE, "available")),
]

K8: list[tuple[str, object]] = [
    ("is habana labs owned by intel", (REFUSE, "does not say")),  # was true: an acquisition (l.193)
    ("is habana owned by intel?", (REFUSE, "does not say")),  # was true
    ("does intel own habana labs", (REFUSE, "does not say")),
    ("who owns habana labs?", REFUSE),
    # near misses: the acquisition both ways, ownership the article states (Alphabet/Google)
    ("did intel acquire habana labs", True),
    ("was habana acquired by intel", True),
    ("is google owned by alphabet", True),  # was "not said": read as an acquisition
    ("who owns google?", {"Alphabet"}),
    ("does alphabet own google", True),
]

K9: list[tuple[str, object]] = [
    ("which chips can be interconnected", REFUSE),  # was the chips with a scale-out figure only
    ("which chips are interconnected", REFUSE),
    ("which chips can be linked together", REFUSE),
    ("which chips can be hooked together", REFUSE),
    ("which chips scale out", REFUSE),
    # near misses: a range on the figure, the figure as a noun, one chip's reach, a link named
    (
        "which chips scale to more than 1,000 units",
        {"AWS Trainium2", "Cerebras CS-3", "Google Trillium TPU", "Intel Gaudi 3"},  # l.77, 143, 67, 57
    ),
    (
        "which chips have a scale out",
        {"AWS Trainium2", "Cerebras CS-3", "Google Trillium TPU", "Intel Gaudi 3", "Nvidia Blackwell GPU"},
    ),
    ("does blackwell scale to 500 gpus", True),
    ("which chips use nvlink", {"Nvidia Blackwell GPU"}),
    ("how many chips can be interconnected", REFUSE),
]

CASES = K1 + K2 + K3 + K4 + K5 + K6 + K7 + K8 + K9


def test_cases_collected():
    assert len(CASES) == 84


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_known_wrong_answers_are_answered_right_or_refused(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question",
    [
        "which gpu has the most transistors, blackwell among them?",
        "which gpu has the most transistors, blackwell included",
        "which gpus, blackwell among them, have the most transistors",
    ],
)
def test_a_member_said_aside_is_not_the_field(ask_json, question):  # noqa: ANN001
    """K1: the field is the GPUs, not Blackwell alone (whose answer happens to be the same)."""
    data = check(ask_json, question, "Nvidia Blackwell GPU")
    # (then the Adreno 750's "over 10 billion", placed below by its reach among the field: red team 44)
    assert data["reading"].split(" · placed by reading")[0] == "the most transistor count · a GPU", data["reading"]
