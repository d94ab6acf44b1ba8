"""``chipkg ask``: a question that attributes its fact to a section of the article ("according to the
Future Prospects section, ...", "per its own section", "going by what each section states", "as the
introduction names them") asks what that section says: the answer stands only where the things it
rests on cite the section (ck:section, the graph's provenance), and is refused otherwise; the section
phrase is never dropped unread. "Each section" is each chip's own: its designer's section (ck:profiles).

Was refused: a section cited before a yes/no about organizations ("According to the Future Prospects
section, did Intel acquire Habana Labs?": read as a yes/no about chips), "per its own section" (taken
back in 29a4dc9 for a wrong answer since refused in answer._from_company_section), "each section" and
"their sections" (read as the section-sources report), "as the introduction names them", and a count
cited to a section ("how many organizations does the introduction name as hyperscalers"); "going by
the workloads each section states" (the report, where "the workloads" names the relation the question
asks: rewrites._each_own_section reads it as "what each section states").

Facts from /work/shared/sources/ai-chip-race.txt and data/*.ttl: line 15 (Introduction): Microsoft,
Meta, Amazon and Google design their own processors; AMD, Intel and Google are in the UXL Foundation
(org:uxl-foundation cites sec:introduction only). Line 193 (Future Prospects): Intel's acquisition of
Habana Labs (org:habana-labs cites sec:future-prospects only). Groq section line 151: TSMC's 7nm; Apple
section line 119: TSMC's 3nm. node:7nm cites the AWS, Meta, Qualcomm Cloud AI, SambaNova, Cerebras and
Groq sections; fmt:fp8 the Intel and AWS sections; sw:cuda the Introduction and Future Prospects only.
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

STARTUPS_7NM = ["Cerebras CS-3", "Groq LPU", "SambaNova SN40L"]
ALL_7NM = [
    "AWS Trainium2",
    "Cerebras CS-3",
    "Groq LPU",
    "Meta MTIA v2",
    "Qualcomm Cloud AI 100 Ultra",
    "SambaNova SN40L",
]
UXL = ["AMD", "Google", "Intel"]
SEVEN_NM_TRAINING = ["AWS Trainium2", "Cerebras CS-3", "SambaNova SN40L"]
FIVE_NM = ["Intel Gaudi 3", "Microsoft Maia 100"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a section cited before a yes/no about two organizations
        ("According to the Future Prospects section, did Intel buy Habana Labs?", True),
        ("Per the Future Prospects section, was Habana Labs acquired by Intel?", True),
        ("Per the introduction, is Google a member of the UXL Foundation?", True),
        ("Going by the Introduction section, is AMD in the UXL Foundation?", True),
        ("Is Intel a UXL Foundation member, according to the introduction?", True),
        # ... refused where the section does not say it, or is another company's
        ("According to the Intel section, did Intel buy Habana Labs?", (REFUSE, "does not name Habana Labs")),
        ("According to the Groq section, did Intel buy Habana Labs?", (REFUSE, "Groq section does not name")),
        ("According to the introduction, did Intel buy Habana Labs?", (REFUSE, "does not name Habana Labs")),
        ("Per the Future Prospects section, is Intel a member of the UXL Foundation?", REFUSE),
        ("Per the introduction, is Nvidia a member of the UXL Foundation?", REFUSE),
        ("According to the Huawei section, did Intel buy Habana Labs?", REFUSE),  # no such section
        # "its own section": the one chip's section
        ("Is the Groq LPU, per its own section, fabricated by TSMC?", True),
        ("Is the Groq LPU built by TSMC, according to its own section?", True),
        ("According to its own section, is the Apple M4 made on 3nm?", True),
        ("Per its own section, is the Groq LPU designed by TSMC?", False),
        ("Going by its own section, is the Apple M4 made on 5nm?", (REFUSE, "Apple section does not name 5nm")),
        ("What software does Blackwell use, per its own section?", (REFUSE, "outside the Nvidia section")),
        # "each section", "their sections": each chip's own section
        ("Which chips from the unicorn startups are on 7nm, going by what each section says?", STARTUPS_7NM),
        ("Which chips are built on 7nm, according to their own sections?", ALL_7NM),
        ("Going by what each section states, which chips support FP8?", ["AWS Trainium2", "Intel Gaudi 3"]),
        ("Which chips support FP8, per each chip's own section?", ["AWS Trainium2", "Intel Gaudi 3"]),
        ("How many chips are built on 7nm, according to their sections?", "6"),
        ("Which chips run CUDA, going by what each section states?", (REFUSE, "own section does not name CUDA")),
        ("How many chips run CUDA, according to their sections?", (REFUSE, "own section does not name CUDA")),
        ("What node is the Groq LPU built on, going by what each section says?", (REFUSE, "'each section'")),
        # "the <things> each section states": what the sections state named by a word of the relation asked
        ("Which 7nm chips are suited to training, going by the workloads each section states?", SEVEN_NM_TRAINING),
        ("Which chips support FP8, going by the formats each section states?", ["AWS Trainium2", "Intel Gaudi 3"]),
        ("Going by the process nodes each section states, which chips are on 5nm?", FIVE_NM),
        ("How many chips are on 5nm, going by the process nodes each section states?", "2"),
        ("Which chips run CUDA, going by the software stacks each section states?", (REFUSE, "does not name CUDA")),
        # ... a word of another relation than the question asks is no citation: the report is asked
        ("Which chips are on 7nm, going by the workloads each section states?", REFUSE),
        ("Which chips support FP8, going by the workloads each section states?", REFUSE),
        # "as the introduction names them": a section without the word "section"
        ("Which organizations belong to the UXL Foundation, as the introduction names them?", UXL),
        ("Which megacap players are UXL Foundation members, as the introduction lists them?", UXL),
        ("Which companies did Intel acquire, as the Future Prospects section describes it?", ["Habana Labs"]),
        ("Which companies did Intel acquire, as the introduction names them?", (REFUSE, "outside the Introduction")),
        ("Which chips run CUDA, as the introduction names them?", (REFUSE, "outside the Introduction")),
        (
            "Which organizations belong to the UXL Foundation, as the Future Prospects section names them?",
            (REFUSE, "does not name UXL Foundation"),
        ),
        # a count cited to a section: the list it counts is traced
        ("How many organizations does the introduction name as hyperscalers designing their own chips?", "4"),
        ("How many organizations belong to the UXL Foundation, per the introduction?", "3"),
        ("How many chips use HBM, per the AMD section?", (REFUSE, "outside the Advanced Micro Devices (AMD)")),
    ],
)
def test_a_fact_attributed_to_a_section_rests_on_that_section(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
