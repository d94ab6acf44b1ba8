"""``chipkg ask``: "per its own section" cites the chip's section as "per its section" does.

"Is the Groq LPU, per its own section, fabricated by TSMC?" was refused ("the section-sources report
cannot take 'per'"): "its own" is one filler of words.tsv, which the citation of a section
(parse.rewrites._section_citation) did not take for "its". The answer must still come from that
section (Frame.section), as with "its section".
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is the Groq LPU, per its own section, fabricated by TSMC?", True),
        ("Is the Groq LPU, according to its own section, fabricated by TSMC?", True),
        ("Is the Groq LPU fabricated by TSMC, per its own section?", True),
        ("Per its own section, is the Apple M4 made on 3nm?", True),
        ("Is the Groq LPU, per its own section, designed by TSMC?", False),
        # as with "its section": the answer comes from the section, which names no 5nm
        ("Going by its own section, is the Apple M4 built on 5nm?", REFUSE),
    ],
)
def test_its_own_section_is_cited(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
