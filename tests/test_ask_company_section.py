"""``chipkg ask``: a question that cites a company's section of the article ("per the AMD section",
"according to the Groq section") asks what that section says. The section is found through the graph
(ck:profiles: the section about the organization named), and the answer stands only where it comes
from that section: a list or count whose every chip cites it, a figure whose source is the section's,
a yes/no about a chip the section speaks of. "Which chips use HBM, per the AMD section?" listed five
chips from other sections (the citation was dropped as a hedge); now refused. Qualcomm has two
sections: refused as two sections cited. Facts from /work/shared/sources/ai-chip-race.txt (Blackwell
208 billion transistors, Nvidia section lines 39-43; the Groq LPU in the Groq section).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # answered: all from the section cited
        ("which chips does Groq design, per the Groq section?", ["Groq LPU"]),
        ("per the Nvidia section, how many transistors does blackwell have?", "208 billion"),
        ("per the Nvidia section, does blackwell have more than 200 billion transistors?", True),
        ("per the groq section, what is the groq lpu's sram?", "128 MB"),
        # refused: the answer comes from other sections
        (
            "Which chips use HBM, per the AMD section?",
            (REFUSE, "from outside the Advanced Micro Devices (AMD) section"),
        ),
        ("per the Nvidia section, which chips use HBM?", REFUSE),
        ("per the Tenstorrent section, which chips use LPDDR4?", REFUSE),
        ("per the Intel section, does the MI350 use HBM?", (REFUSE, "does not name AMD Instinct MI350")),
        # Qualcomm's two sections: the one about the chip named (test_ask_lead12.py); none named, refused
        ("per the Qualcomm section, what is the Cloud AI 100 Ultra's power?", "150 W, per card"),
        ("per the Qualcomm section, which chips use LPDDR4X?", (REFUSE, "two sections")),
    ],
)
def test_a_company_section_cited_is_where_the_answer_comes_from(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
