"""Red team 46 (session 30): exit-0 answers that said more than the article.

- A: "Is HBM an Intel chip?" was true, read as Intel's one chip with HBM (Gaudi 3); a yes/no whose
  subject is a named thing that is no chip, with no chip named, is refused.
- B: "Does Microsoft use the Maia 100 instead of Nvidia GPUs?" was true: a kind of chip set aside
  beside anything but a question of kind ("is it an ASIC rather than a GPU") is not decided.
- C: "Can Trainium2 handle a 250 billion parameter model?" was true by its UltraCluster's "up to 300
  billion" (l.75): a yes that only a figure of several units allows is refused (how far a chip
  scales is such a figure by what it measures, and is answered).
- E: "Does the Corsair C8 have the most SRAM?" was true while the SN40L's SRAM has no size (l.131):
  a yes/no of the most is refused where chips of the kind have no figure (the list names them)."""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check, refused


@pytest.mark.parametrize(
    "question",
    [
        "Is HBM an Intel chip?",
        "Is HBM made by Intel?",
        "Is CUDA an Nvidia chip?",
        "Is NVLink an Nvidia chip?",
        "Is Gemini a Google chip?",
        "Is the AI Hypercomputer a Google chip?",
        "Is SRAM a Groq chip?",
        "Is INT8 a Groq chip?",
        "Is RISC-V a Tenstorrent chip?",
    ],
)
def test_a_thing_that_is_no_chip_is_not_asked_as_one(ask_json, question):  # noqa: ANN001
    assert "is not a chip" in refused(ask_json, question)["reason"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is Blackwell an Nvidia chip?", True),
        ("Is PCIe 4.0 supported by the Grayskull e75?", True),
        ("Does Microsoft use Maia 100 instead of Nvidia GPUs?", REFUSE),
        ("Does Meta use MTIA v2 rather than GPUs?", REFUSE),
        ("Does Google use Trillium instead of Nvidia GPUs?", REFUSE),
        ("Is the Groq LPU an ASIC rather than a GPU?", True),  # its kind asked: decided by its kind
        ("Can the Trainium2 handle a 200 billion parameter model?", REFUSE),
        ("Is Trainium2 able to train 250 billion parameter models on its own?", REFUSE),
        ("can the cs-3 handle 20 trillion parameters", True),  # one system is one CS-3
        ("does gaudi 3 scale to more than 500 chips", True),  # a scale-out is of many chips
        ("Does the Corsair C8 have the most SRAM?", REFUSE),
        ("Does the Corsair C8 have the most on-chip memory?", REFUSE),
        ("Which chip has the most SRAM?", "d-Matrix Corsair C8"),  # the list says what is not ranked
    ],
)
def test_red_team_46(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)
